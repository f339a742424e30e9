/**
 * Indicators across plans, as the compare page shows them: the plans' targets grouped by the glossary
 * (matching.ts), each group with the national and provincial figures of data/reference/benchmarks.csv that the
 * glossary names as the same measure, and an alignment verdict (alignment.ts) for every pair of targets of two
 * plans and for every plan's target against every benchmark target.
 *
 *   compareIndicators(planTargetSpecs("yanan", model), glossary, benchmarks)
 *     → [{name: "制造业产品质量合格率", reach: "benchmark", targets: [I9], benchmarks: [中国 2025 =94, …],
 *         verdicts: [{a: I9, b: 中国 nation-2025, verdict: "same", …}], …}, …]
 *
 * A benchmark joins a group only through the glossary (its indicator_zh is the entry's name or an alias, read
 * with matchKey), as two plans' targets do: a name the glossary does not list is never matched.
 */
import type {Benchmark, Direction, GlossaryEntry} from "../reference.js";
import {alignTargets, pairVerdicts, type PairVerdict} from "./alignment.js";
import {type IndicatorGroup, matchIndicators, matchKey} from "./matching.js";
import {benchmarkSpec, type TargetSpec} from "./targetSpec.js";

/**
 * What a group can be set against: "plans" several plans set it; "benchmark" one plan, with a national or
 * provincial figure; "one" one plan and nothing else ("this plan only").
 */
export type IndicatorReach = "plans" | "benchmark" | "one";

export interface IndicatorComparison extends IndicatorGroup {
  /** The glossary's direction (raise/reduce), null for an indicator the glossary does not list. */
  direction: Direction | null;
  /** The benchmark rows of the indicator, targets and observations: the nation's first, then the province's, each by year. */
  benchmarks: Benchmark[];
  /** Every pair of targets of two plans (A before B in the plans' order), then each plan's target against each benchmark target (the plan as A). */
  verdicts: PairVerdict[];
  reach: IndicatorReach;
}

const LEVEL_ORDER = {nation: 0, province: 1} as const;
const REACH_ORDER: Record<IndicatorReach, number> = {plans: 0, benchmark: 1, one: 2};

/**
 * The targets of several plans as indicator comparisons: the groups several plans share first, then those one
 * plan shares with a benchmark, then the "this plan only" ones; within each, matchIndicators' order (the
 * glossary's, then the unmatched targets in the order given).
 */
export function compareIndicators(
  targets: TargetSpec[],
  glossary: GlossaryEntry[],
  benchmarks: Benchmark[]
): IndicatorComparison[] {
  const rows = matchIndicators(targets, glossary).map((group): IndicatorComparison => {
    const entry = group.entry;
    const keys = new Set(entry ? [entry.name, ...entry.aliases].map(matchKey) : []);
    const figures = benchmarks
      .filter((b) => keys.has(matchKey(b.indicatorZh)))
      .sort(
        (a, b) =>
          LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
          (a.kind === b.kind ? 0 : a.kind === "target" ? -1 : 1) ||
          a.year - b.year
      );
    const direction = entry?.direction ?? null;
    const specs = figures.map(benchmarkSpec).filter((s): s is TargetSpec => s !== null);
    const verdicts = [
      ...pairVerdicts(group.targets, direction),
      ...group.targets.flatMap((a) => specs.map((b) => ({a, b, ...alignTargets(a, b, direction)})))
    ];
    const reach: IndicatorReach = !group.onlyOnePlan ? "plans" : figures.length ? "benchmark" : "one";
    return {...group, direction, benchmarks: figures, verdicts, reach};
  });
  return rows
    .map((row, index) => ({row, index}))
    .sort((a, b) => REACH_ORDER[a.row.reach] - REACH_ORDER[b.row.reach] || a.index - b.index)
    .map(({row}) => row);
}

/** One figure of an indicator, whoever states it: a plan's target, or a benchmark's target or observed value. */
export interface IndicatorFigure {
  /** "plan" for a plan's target, else the benchmark's level. */
  side: "plan" | "nation" | "province";
  /** The plan's name, or the benchmark's jurisdiction (中国, 陕西省). */
  who: string;
  /** A plan's figure is always a target. */
  kind: "target" | "observation";
  /** The plan's record (I9, A2.1-1), or null for a benchmark. */
  id: string | null;
  /** The name the figure goes by where it was read. */
  name: string;
  value: number | null;
  comparator: TargetSpec["comparator"];
  unit: string | null;
  year: number | null;
  attribute: TargetSpec["attribute"];
  /** A plan's indicator table, a sentence of a plan, or the benchmarks file. */
  from: TargetSpec["from"];
  /** As written: the indicator's cell, the sentence's phrase, or the benchmark's comparator, value and unit. */
  raw: string;
  /** A benchmark's source, publication date and note; null for a plan's target. */
  source: string | null;
  published: string | null;
  note: string | null;
}

/** Every figure of one indicator comparison: the plans' targets in order, then the benchmarks' rows in order. */
export function indicatorFigures(c: IndicatorComparison): IndicatorFigure[] {
  return [
    ...c.targets.map((t): IndicatorFigure => ({
      side: "plan",
      who: t.plan,
      kind: "target",
      id: t.id,
      name: t.name,
      value: t.value,
      comparator: t.comparator,
      unit: t.unit,
      year: t.year,
      attribute: t.attribute,
      from: t.from,
      raw: t.raw,
      source: null,
      published: null,
      note: null
    })),
    ...c.benchmarks.map((b): IndicatorFigure => ({
      side: b.level,
      who: b.jurisdiction,
      kind: b.kind,
      id: null,
      name: b.indicatorZh,
      value: b.value,
      comparator: b.comparator,
      unit: b.unit || null,
      year: b.year,
      attribute: null,
      from: "benchmark",
      raw: benchmarkSpec({...b, kind: "target"})!.raw,
      source: b.source,
      published: b.published || null,
      note: b.note || null
    }))
  ];
}
