/**
 * One target of one plan in the shape the comparison reads, whether it comes from the plan's indicator table
 * (model.indicators: name, unit, value, ≥/≤, [x] cumulative, x年均, attribute, the column's year) or from a sentence
 * of a task (model.targets: 到2025年…达到95%).
 */
import type {Comparator, Indicator, Target} from "../model.js";
import type {Benchmark} from "../reference.js";

export interface TargetSpec {
  /** The plan's slug; for a benchmark, its jurisdiction (中国, 陕西省). */
  plan: string;
  /** The record's id in its plan: I3 for an indicator, A2.1-1 for a sentence target; nation-2025 for a benchmark. */
  id: string;
  /** A plan's indicator table, a sentence of a plan, or a benchmark target of data/reference/benchmarks.csv. */
  from: "indicator" | "sentence" | "benchmark";
  /** The indicator's name, or the sentence target's subject (what is counted). */
  name: string;
  value: number | null;
  /** The unit as written (%, 个, 万人), or null when the indicator has none. */
  unit: string | null;
  /** = the number itself, >= at least, <= at most. */
  comparator: Comparator;
  /** The year the target is for, or null. */
  year: number | null;
  /** 约束性 binding, 预期性 expected, or null when the plan does not say. */
  attribute: "binding" | "expected" | null;
  /** A total over a period ([10] in an indicator table, 累计 in a sentence), not a level or a yearly rate. */
  cumulative: boolean;
  /** The period of a cumulative value, when the plan names it. */
  period: {from: number; to: number} | null;
  /** An annual average (年均, 每年), not a level or a total. */
  annualAverage: boolean;
  /** The words as written: the indicator's cell or the sentence's phrase. */
  raw: string;
}

/** A row of the indicator table as a TargetSpec. */
export function indicatorSpec(plan: string, i: Indicator): TargetSpec {
  return {
    plan,
    id: i.id,
    from: "indicator",
    name: i.name,
    value: i.target.value,
    unit: i.unit,
    comparator: i.target.comparator,
    year: i.year,
    attribute: i.attribute,
    cumulative: i.target.cumulative,
    period: i.target.period ? {from: i.target.period.from, to: i.target.period.to} : null,
    annualAverage: i.target.annualAverage,
    raw: i.target.raw
  };
}

/** Words that make a sentence's figure a total over a period (累计新增20家) or a yearly average (年均增长6%). */
const CUMULATIVE = /累计/;
const ANNUAL = /年均|年平均|每年/;

/**
 * A sentence target as a TargetSpec. Its subject and phrase decide cumulative (累计) and annual average (年均, 年平均,
 * 每年); a sentence target has no attribute (the 约束性/预期性 column belongs to indicator tables).
 */
export function sentenceSpec(plan: string, t: Target): TargetSpec {
  const words = `${t.subject} ${t.raw}`;
  return {
    plan,
    id: t.id,
    from: "sentence",
    name: t.subject,
    value: t.value,
    unit: t.unit,
    comparator: t.op,
    year: t.year,
    attribute: null,
    // The reader marks a total over a period (三年累计, 5年内, “十四五”期间) and a rate per year; the words are read too.
    cumulative: t.cumulative === true || CUMULATIVE.test(words),
    period: null,
    annualAverage: t.annual === true || ANNUAL.test(words),
    raw: t.raw
  };
}

/** Every target of a plan model: the indicator table's rows, then the sentence targets, in document order. */
export function planTargetSpecs(plan: string, model: {indicators: Indicator[]; targets: Target[]}): TargetSpec[] {
  return [...model.indicators.map((i) => indicatorSpec(plan, i)), ...model.targets.map((t) => sentenceSpec(plan, t))];
}

const SIGN: Record<Comparator, string> = {"=": "", ">=": "≥", "<=": "≤"};

/**
 * A benchmark target (data/reference/benchmarks.csv, kind "target") as a TargetSpec, so that a plan's target can be
 * set against the nation's or the province's with the same verdict as against another plan's: `plan` is the
 * benchmark's jurisdiction, `id` its level and year (nation-2025), `raw` its comparator, value and unit (≥98%).
 * A benchmark states neither an attribute nor a total or a yearly rate. Observations are not targets: null for them.
 */
export function benchmarkSpec(b: Benchmark): TargetSpec | null {
  if (b.kind !== "target") return null;
  return {
    plan: b.jurisdiction,
    id: `${b.level}-${b.year}`,
    from: "benchmark",
    name: b.indicatorZh,
    value: b.value,
    unit: b.unit || null,
    comparator: b.comparator,
    year: b.year,
    attribute: null,
    cumulative: false,
    period: null,
    annualAverage: false,
    raw: `${SIGN[b.comparator]}${b.value}${b.unit}`
  };
}
