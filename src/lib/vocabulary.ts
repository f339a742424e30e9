/**
 * The product's vocabulary, written once: the labels the interface shows for a member of the model's unions, in
 * English and Chinese ({en, zh}), typed by the union they name, so that a new member without a label is a type
 * error. Pure: no DOM.
 */
import type {Verdict} from "./compare/alignment.js";
import type {IndicatorReach} from "./compare/indicatorComparison.js";
import type {LineageLabel} from "./compare/lineage.js";
import type {TargetSpec} from "./compare/targetSpec.js";
import type {Indicator} from "./model.js";
import type {BenchmarkKind, BenchmarkLevel} from "./reference.js";

/** A label in both languages. */
export interface Label {
  en: string;
  zh: string;
}

/** A label in one language, or both as "中文 English". */
export function labelText(label: Label, language: "zh" | "en" | "both"): string {
  return language === "both" ? `${label.zh} ${label.en}` : label[language];
}

/** An indicator's attribute in the plan's table: 约束性 binding or 预期性 expected. */
export type Attribute = NonNullable<Indicator["attribute"]>;
export const ATTRIBUTE_LABELS: Record<Attribute, Label> = {
  binding: {en: "binding", zh: "约束性"},
  expected: {en: "expected", zh: "预期性"}
};

/** The alignment verdict of two targets (src/lib/compare/alignment.ts): A relative to B. */
export const VERDICTS: Verdict[] = ["stricter", "same", "looser", "not comparable"];
export const VERDICT_LABELS: Record<Verdict, Label> = {
  stricter: {en: "stricter", zh: "更严"},
  same: {en: "same", zh: "相同"},
  looser: {en: "looser", zh: "更宽"},
  "not comparable": {en: "not comparable", zh: "不可比"}
};

/** What an indicator can be set against on the compare page (src/lib/compare/indicatorComparison.ts). */
export const REACH_LABELS: Record<IndicatorReach, Label> = {
  plans: {en: "set by several plans", zh: "多个方案均有"},
  benchmark: {en: "against the national or provincial figure", zh: "与国家或省级数据对照"},
  one: {en: "this plan only", zh: "仅本方案"}
};

/** Where a target was read: the plan's indicator table, a sentence of the plan, or the benchmarks file. */
export const TARGET_FROM_LABELS: Record<TargetSpec["from"], Label> = {
  indicator: {en: "indicator table", zh: "指标表"},
  sentence: {en: "in the text", zh: "正文"},
  benchmark: {en: "benchmark", zh: "对标"}
};

/** A benchmark row's kind: a target set by a plan above, or an observed value. */
export const BENCHMARK_KIND_LABELS: Record<BenchmarkKind, Label> = {
  target: {en: "target", zh: "目标"},
  observation: {en: "observed", zh: "实际值"}
};

/** The level of a benchmark. */
export const BENCHMARK_LEVEL_LABELS: Record<BenchmarkLevel, Label> = {
  nation: {en: "nation", zh: "全国"},
  province: {en: "province", zh: "省"}
};

/** The lineage labels (src/lib/compare/lineage.ts) of an item of the child plan against its parent. */
export const LINEAGE_LABELS_LIST: LineageLabel[] = ["copied", "adapted", "new"];
export const LINEAGE_LABELS: Record<LineageLabel, Label> = {
  copied: {en: "copied", zh: "照搬"},
  adapted: {en: "adapted", zh: "改写"},
  new: {en: "new", zh: "新增"}
};
