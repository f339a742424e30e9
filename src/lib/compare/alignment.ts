/**
 * The alignment verdict of two plans' targets for one indicator: is plan A's target stricter than plan B's, the
 * same, looser, or not comparable, and why. It answers the researcher's question "does the city ask more than the
 * province?" only where the two figures measure the same thing in the same way; everywhere else it says why not.
 *
 * The checks, in order (the first that fails gives the verdict "not comparable" and its reason):
 * 1. both targets state a value;
 * 2. the units are the same (compared width-folded: ％ is %; 个百分点 is not %, 万人 is not 人);
 * 3. both are levels, both totals over a period ([x], 累计) or both annual averages (x年均): a total of 10 over five
 *    years and a rate of 2 a year are different measures;
 * 4. two totals are over the same period when both name it;
 * 5. the target years are the same (95% by 2025 and 95% by 2030 ask different things);
 * 6. which way is progress is known: the glossary's direction (raise/reduce), else the comparators when both point
 *    the same way (≥ and ≥: raise; ≤ and ≤: reduce);
 * 7. the comparators do not point against each other (≥ 5 and ≤ 5 bound the value from opposite sides).
 * Then equal values are "same" (≥94 and =94 both ask for 94), and otherwise a higher value is stricter for a raise
 * indicator and a lower one for a reduce indicator (reference.ts `alignment`).
 */
import type {Comparator} from "../model.js";
import {alignment, type Direction} from "../reference.js";
import {foldWidth} from "../width.js";
import type {TargetSpec} from "./targetSpec.js";

export type Verdict = "stricter" | "same" | "looser" | "not comparable";

export interface AlignmentVerdict {
  /** A relative to B: "stricter" means A asks more than B. */
  verdict: Verdict;
  /** Why, in a short English sentence (for "not comparable", what differs; else how the values compare). */
  why: string;
  /** The same reason in Chinese. */
  whyZh: string;
}

const SIGN: Record<Comparator, string> = {"=": "", ">=": "≥", "<=": "≤", ">": ">", "<": "<"};
const show = (t: TargetSpec) => `${SIGN[t.comparator]}${t.value}${t.unit ?? ""}`;
const unitKey = (u: string | null) => foldWidth(u ?? "").replace(/\s+/g, "");
const shape = (t: TargetSpec) => (t.cumulative ? "cumulative" : t.annualAverage ? "annual average" : "level");
const SHAPE_ZH = {cumulative: "累计值", "annual average": "年均值", level: "水平值"} as const;

/**
 * How target A compares with target B (both of one indicator). `direction` is the glossary's (null when the
 * indicator is not in the glossary).
 */
export function alignTargets(a: TargetSpec, b: TargetSpec, direction: Direction | null): AlignmentVerdict {
  const no = (why: string, whyZh: string): AlignmentVerdict => ({verdict: "not comparable", why, whyZh});
  if (a.value === null || b.value === null) {
    const plan = a.value === null ? a.plan : b.plan;
    return no(`${plan} states no value for the target`, `${plan}未给出目标数值`);
  }
  if (unitKey(a.unit) !== unitKey(b.unit))
    return no(
      `units differ (${a.unit || "no unit"} vs ${b.unit || "no unit"})`,
      `单位不同（${a.unit || "无单位"}与${b.unit || "无单位"}）`
    );
  if (shape(a) !== shape(b))
    return no(
      `${shape(a)} vs ${shape(b)} (${a.raw} vs ${b.raw})`,
      `${SHAPE_ZH[shape(a)]}与${SHAPE_ZH[shape(b)]}（${a.raw}与${b.raw}）`
    );
  if (a.cumulative && a.period && b.period && (a.period.from !== b.period.from || a.period.to !== b.period.to))
    return no(
      `totals over different periods (${a.period.from}–${a.period.to} vs ${b.period.from}–${b.period.to})`,
      `累计期间不同（${a.period.from}—${a.period.to}年与${b.period.from}—${b.period.to}年）`
    );
  if (a.year !== b.year)
    return no(
      `target years differ (${a.year ?? "none"} vs ${b.year ?? "none"})`,
      `目标年份不同（${a.year ?? "未注明"}与${b.year ?? "未注明"}）`
    );
  // A strict bound (> 50%) points the way its inclusive form does.
  const sides = [a.comparator, b.comparator]
    .filter((c) => c !== "=")
    .map((c) => (c === ">" ? ">=" : c === "<" ? "<=" : c));
  if (sides.includes(">=") && sides.includes("<="))
    return no(
      `comparators point opposite ways (${show(a)} vs ${show(b)})`,
      `一为下限、一为上限（${show(a)}与${show(b)}）`
    );
  const way: Direction | null =
    direction ??
    (sides.length && sides.every((c) => c === ">=")
      ? "raise"
      : sides.length && sides.every((c) => c === "<=")
        ? "reduce"
        : null);
  if (!way)
    return no(
      "which way is progress is not known (the glossary does not list the indicator)",
      "无法判断进步方向（指标对照表未列该指标）"
    );
  const verdict = alignment(a, b, way)!;
  if (verdict === "same")
    return {
      verdict,
      why: `both ask for ${a.value}${a.unit ?? ""} by ${a.year ?? "the plan's end"}`,
      whyZh: `均要求${a.year ? `到${a.year}年` : "到方案期末"}达到${a.value}${a.unit ?? ""}`
    };
  return {
    verdict,
    why: `${show(a)} vs ${show(b)}: a ${way === "raise" ? "higher" : "lower"} value is progress`,
    whyZh: `${show(a)}与${show(b)}：数值${way === "raise" ? "越高" : "越低"}越好`
  };
}

export interface PairVerdict extends AlignmentVerdict {
  a: TargetSpec;
  b: TargetSpec;
}

/**
 * The verdict of every pair of targets from different plans in a group (each unordered pair once, A before B in
 * the order given). Two targets of the same plan are not paired.
 */
export function pairVerdicts(targets: TargetSpec[], direction: Direction | null): PairVerdict[] {
  const out: PairVerdict[] = [];
  for (let i = 0; i < targets.length; ++i)
    for (let j = i + 1; j < targets.length; ++j) {
      const a = targets[i];
      const b = targets[j];
      if (a.plan === b.plan) continue;
      out.push({a, b, ...alignTargets(a, b, direction)});
    }
  return out;
}
