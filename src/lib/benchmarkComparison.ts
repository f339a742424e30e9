/**
 * The target comparison of the indicators page: which indicators' targets can stand beside a benchmark (the
 * "comparable" rule) and the chart's rows. Types only from monitoring.ts, so that a page importing this module
 * loads no CSV reader.
 */
import type {BenchmarkMatch} from "./reference.js";
import type {MonitoredIndicator} from "./monitoring.js";

/**
 * Whether the plan's target can stand beside a benchmark in the target comparison: a level target with a
 * number (not a cumulative change over the period, not an annual average, which a level benchmark does not
 * measure) and a national or provincial benchmark target.
 */
export function isComparable(indicator: MonitoredIndicator): boolean {
  const t = indicator.target;
  return (
    t.value !== null &&
    !t.cumulative &&
    !t.annualAverage &&
    Boolean(indicator.nation.benchmark || indicator.province.benchmark)
  );
}

/** A row of the target comparison chart (src/components/targetComparison.ts). */
export interface ComparisonRow {
  indicator: string;
  level: "city" | "province" | "nation";
  value: number;
  comparator: string;
  /** The plan's document number for the city's row; "source, published" for a benchmark. */
  source: string;
}

/**
 * The rows of the target comparison for the comparable indicators: the plan's target (level city, its source
 * `planSource`), then the provincial and national benchmark targets, each labelled `label(indicator)`.
 */
export function comparisonRows(
  indicators: MonitoredIndicator[],
  planSource: string,
  label: (indicator: MonitoredIndicator) => string
): ComparisonRow[] {
  return indicators.filter(isComparable).flatMap((i) => [
    {
      indicator: label(i),
      level: "city" as const,
      value: i.target.value!,
      comparator: i.target.comparator,
      source: planSource
    },
    ...(["province", "nation"] as const).flatMap((l) => {
      const b = i[l].benchmark;
      return b
        ? [{indicator: label(i), level: l, value: b.value, comparator: b.comparator, source: benchmarkSource(b)}]
        : [];
    })
  ]);
}

/** How a benchmark is cited: "source, published". */
export function benchmarkSource(benchmark: Pick<BenchmarkMatch, "source" | "published">): string {
  return `${benchmark.source}, ${benchmark.published}`;
}

/** What the indicators page says of its comparison, for the plan at hand (comparisonContext). */
export interface ComparisonContext {
  /** The year of the targets: the indicator table's target column, else the plan's target year; null when neither says. */
  year: number | null;
  /** The documents of the national benchmark targets set beside the plan's, by title (《质量强国建设纲要》), first seen first. */
  nation: string[];
  /** The jurisdictions of the provincial benchmark targets set beside the plan's (陕西省), first seen first. */
  province: string[];
}

/** A source's document title: the last 《…》 in it (中共中央 国务院《质量强国建设纲要》 → 《质量强国建设纲要》), else the source. */
export function sourceTitle(source: string): string {
  const titles = source.match(/《[^《》]+》/g);
  return titles ? titles[titles.length - 1] : source.trim();
}

/**
 * The context of the plan's comparison, from its own indicators and the benchmarks matched to them (monitoring.json,
 * where the provincial ones are the plan's province's: reference.ts, benchmarksFor): the year of its targets (the
 * year most of the indicator rows give, the earliest among equals; else `document.targetYear`), the national
 * documents and the provinces whose targets stand beside them. Empty lists when no benchmark matches: the page
 * then names none, never another plan's.
 */
export function comparisonContext(
  indicators: Pick<MonitoredIndicator, "year" | "nation" | "province">[],
  document: {targetYear: number | null}
): ComparisonContext {
  const years = new Map<number, number>();
  for (const i of indicators) if (i.year !== null) years.set(i.year, (years.get(i.year) ?? 0) + 1);
  const year = [...years].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? document.targetYear ?? null;
  const distinct = (values: string[]) => [...new Set(values)];
  return {
    year,
    nation: distinct(indicators.flatMap((i) => (i.nation.benchmark ? [sourceTitle(i.nation.benchmark.source)] : []))),
    province: distinct(indicators.flatMap((i) => (i.province.benchmark ? [i.province.benchmark.jurisdiction] : [])))
  };
}
