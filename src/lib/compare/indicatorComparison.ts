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
