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
