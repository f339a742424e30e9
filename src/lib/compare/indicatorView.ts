/**
 * What the Indicators across plans page shows, computed once: for the site's plans by the build (the data loader
 * compare/indicator-view.json), in the browser only when a user has added plans of their own. The page then draws;
 * it does not match, pair or judge targets (with 100 plans, 250 targets and 1,200 verdicts, that took the page
 * 80 to 160 ms before its first chart).
 *
 *   indicatorView(comparedPlans(summary.plans, []), glossary, benchmarks)
 *     → {plans: 6, targets: 37, withTargets: 2, counts: {plans: 1, benchmark: 3, one: 33},
 *        cards: [{name: "中等及以上农村公路占比", figures: [F0, F1], verdicts: [{a: 0, b: 1, verdict: "not comparable", …}]}, …],
 *        only: [{plan: "yanan-2024-8", name: "…", …}, …], labels: {"yanan-2024-8": "延政发〔2024〕8号", …}, …}
 *
 * A card's verdicts name their two figures by position in its `figures` (indicatorFigures: the plans' targets, then
 * the benchmarks' rows), so that a verdict does not repeat both targets: at 100 plans the file is a fifth of the
 * comparisons written out whole.
 */
import type {Benchmark, Direction, GlossaryEntry} from "../reference.js";
import type {AlignmentVerdict} from "./alignment.js";
import {type ComparedPlan, comparedTargets, planLabel} from "./comparison.js";
import {
  compareIndicators,
  type IndicatorComparison,
  type IndicatorFigure,
  indicatorFigures,
  type IndicatorReach
} from "./indicatorComparison.js";
import {benchmarkSpec, type TargetSpec} from "./targetSpec.js";

/** A verdict of two figures of a card: `a` and `b` are positions in the card's figures. */
export interface FigureVerdict extends AlignmentVerdict {
  a: number;
  b: number;
}

/** One indicator several plans set, or one plan against a national or provincial figure: one card of the page. */
export interface IndicatorCard {
  name: string;
  nameEn: string | null;
  reach: Exclude<IndicatorReach, "one">;
  direction: Direction | null;
  /** The glossary's limit for the indicator (100 for a rate), else null. */
  limit: number | null;
  /** The glossary's note, else null. */
  note: string | null;
  /** The distinct plans with a target for it, in the plans' order. */
  plans: string[];
  figures: IndicatorFigure[];
  verdicts: FigureVerdict[];
}

/** A target of an indicator no other plan sets and no benchmark has ("in one plan only"). */
export type OnlyTarget = Pick<
  TargetSpec,
  "plan" | "id" | "from" | "name" | "value" | "unit" | "comparator" | "year" | "attribute" | "raw"
>;

export interface IndicatorView {
  /** The number of plans compared. */
  plans: number;
  /** Each compared plan's label (planLabel), by its name in the comparison. */
  labels: Record<string, string>;
  /** The plans a user added (kept in their browser), by name. */
  stored: string[];
  /** The number of targets, and of plans with at least one. */
  targets: number;
  withTargets: number;
  /** Plans whose summary keeps no targets (a comparison saved before targets were kept). */
  missing: string[];
  /** Plans with no target read, neither missing: their names. */
  none: string[];
  /** The number of indicators of each reach. */
  counts: Record<IndicatorReach, number>;
  /** The indicators to compare (reach "plans", then "benchmark"), in compareIndicators' order. */
  cards: IndicatorCard[];
  /** The targets of the "one" indicators, in compareIndicators' order. */
  only: OnlyTarget[];
}

/**
 * The positions in indicatorFigures(c) of each verdict's two figures. compareIndicators gives the verdicts of pairs
 * of plans' targets first (both among c.targets, the same objects), then each target against each benchmark target
 * in order (c.targets × the benchmarks of kind "target", in c.benchmarks' order): those are placed by their order.
 */
export function verdictFigures(c: IndicatorComparison): {a: number; b: number}[] {
  const at = new Map(c.targets.map((t, i) => [t, i]));
  const benchmarkTargets = c.benchmarks.flatMap((b, i) => (benchmarkSpec(b) ? [c.targets.length + i] : []));
  const pairs = c.verdicts.length - c.targets.length * benchmarkTargets.length;
  return c.verdicts.map((v, k) => {
    if (k < pairs) {
      const a = at.get(v.a);
      const b = at.get(v.b);
      if (a === undefined || b === undefined) throw new Error(`verdict ${k} of ${c.name}: a target not of the group`);
      return {a, b};
    }
    const n = k - pairs;
    return {a: Math.floor(n / benchmarkTargets.length), b: benchmarkTargets[n % benchmarkTargets.length]};
  });
}

/** The page's data for these plans (see the top of this file). */
export function indicatorView(
  plans: ComparedPlan[],
  glossary: GlossaryEntry[],
  benchmarks: Benchmark[]
): IndicatorView {
  const {targets, missing} = comparedTargets(plans);
  const comparisons = compareIndicators(targets, glossary, benchmarks);
  const withTargets = new Set(targets.map((t) => t.plan));
  const counts: Record<IndicatorReach, number> = {plans: 0, benchmark: 0, one: 0};
  for (const c of comparisons) ++counts[c.reach];
  const cards: IndicatorCard[] = [];
  const only: OnlyTarget[] = [];
  for (const c of comparisons) {
    if (c.reach === "one") {
      for (const t of c.targets) {
        const {plan, id, from, name, value, unit, comparator, year, attribute, raw} = t;
        only.push({plan, id, from, name, value, unit, comparator, year, attribute, raw});
      }
      continue;
    }
    const places = verdictFigures(c);
    cards.push({
      name: c.name,
      nameEn: c.nameEn,
      reach: c.reach,
      direction: c.direction,
      limit: c.entry?.limit ?? null,
      note: c.entry?.note || null,
      plans: c.plans,
      figures: indicatorFigures(c),
      verdicts: c.verdicts.map(({verdict, why, whyZh}, k) => ({...places[k], verdict, why, whyZh}))
    });
  }
  return {
    plans: plans.length,
    labels: Object.fromEntries(plans.map((p) => [p.plan, planLabel(p)])),
    stored: plans.filter((p) => p.stored).map((p) => p.plan),
    targets: targets.length,
    withTargets: withTargets.size,
    missing,
    none: plans.filter((p) => !withTargets.has(p.plan) && !missing.includes(p.plan)).map((p) => p.plan),
    counts,
    cards,
    only
  };
}
