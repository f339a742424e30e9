/**
 * The product's vocabulary, written once: every label the interface shows for a member of the model's unions,
 * in English and Chinese ({en, zh}), typed by the union it names, so that a new member without a label is a type
 * error and test/vocabulary.test.ts checks that every label has both languages. Also how a label is shown in
 * the interface language (zh, en or both) and how a chapter is named.
 *
 *   localize(ROLE_LABELS.lead, "both") → "牵头 lead";  localize(ROLE_LABELS.lead, "en") → "lead"
 *   chapterLabel({numeral: "二", title: "重点任务"}) → "二、重点任务"
 *
 * Pure: no DOM. Colours live in src/components/palette.ts; the language switch in src/page/language.ts.
 */
import {CJK} from "./chars.js";
import type {LedgerColumn, LedgerStatus} from "./ledger.js";
import type {DepartmentClass} from "./measures.js";
import type {PlanLevel} from "./compare/planRow.js";
import type {Chapter, Comparator, DepartmentKind, Indicator, ItemKind, Role, Target} from "./model.js";
import type {ObservationLevel} from "./observations.js";
import type {Ordering} from "./ordering.js";
import type {BenchmarkAlignment, BenchmarkKind, BenchmarkLevel} from "./reference.js";
import type {Verdict} from "./compare/alignment.js";
import type {IndicatorReach} from "./compare/indicatorComparison.js";
import type {LineageLabel} from "./compare/lineage.js";
import type {TargetSpec} from "./compare/targetSpec.js";
import type {GrowthStatus, RateStatus} from "./progress.js";
import type {HeaderField, HeaderSource} from "./planHeader.js";

/** A label in both languages. */
export interface Label {
  en: string;
  zh: string;
}

/** The interface language: 中文 (zh), English (en) or both (the default). */
export type Language = "zh" | "en" | "both";
export const LANGUAGES: Language[] = ["zh", "en", "both"];

/** Roles of a department in an item: 牵头 lead, 配合 support, 共同 joint (会同/联合), 默认 implicit (a blanket note). */
export const ROLES: Role[] = ["lead", "support", "joint", "implicit"];
export const ROLE_LABELS: Record<Role, Label> = {
  lead: {en: "lead", zh: "牵头"},
  support: {en: "support", zh: "配合"},
  joint: {en: "joint", zh: "共同"},
  implicit: {en: "implicit", zh: "默认"}
};

/** Kinds of item: 任务 tasks (the numbered tasks) and 专栏行动 actions (the actions of a 专栏 column). */
export const KINDS: ItemKind[] = ["task", "action"];
export const KIND_LABELS: Record<ItemKind, Label> = {
  task: {en: "tasks", zh: "任务"},
  action: {en: "actions", zh: "专栏行动"}
};

/** Jurisdictions in the target comparison: the plan's own, the province's, the nation's. */
export type Level = ObservationLevel;
export const LEVELS = ["city", "province", "nation"] as const satisfies readonly Level[];
export const LEVEL_LABELS: Record<Level, Label> = {
  city: {en: "this plan", zh: "本市"},
  province: {en: "province", zh: "省"},
  nation: {en: "nation", zh: "全国"}
};

/** An indicator's attribute in the plan's table: 约束性 binding or 预期性 expected. */
export type Attribute = NonNullable<Indicator["attribute"]>;
export const ATTRIBUTES: Attribute[] = ["binding", "expected"];
export const ATTRIBUTE_LABELS: Record<Attribute, Label> = {
  binding: {en: "binding", zh: "约束性"},
  expected: {en: "expected", zh: "预期性"}
};

/** Statuses of progress towards an indicator's target, by either method (src/lib/progress.ts), good to bad. */
export type ProgressStatus = RateStatus | GrowthStatus;
export const PROGRESS_STATUSES: ProgressStatus[] = [
  "achieved",
  "on track",
  "moderately improving",
  "needs acceleration",
  "stagnating",
  "limited progress",
  "worsening",
  "deterioration",
  "not achieved",
  "insufficient data"
];
/**
 * Worsening (the required-rate method) and deterioration (the growth ratio) both mean moving away from the
 * target; they keep two Chinese words, as they keep two English ones, so that a reader can tell the methods apart.
 */
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, Label> = {
  achieved: {en: "achieved", zh: "已实现"},
  "on track": {en: "on track", zh: "进展顺利"},
  "moderately improving": {en: "moderately improving", zh: "温和改善"},
  "needs acceleration": {en: "needs acceleration", zh: "需要加快"},
  stagnating: {en: "stagnating", zh: "停滞"},
  "limited progress": {en: "limited progress", zh: "进展有限"},
  worsening: {en: "worsening", zh: "恶化"},
  deterioration: {en: "deterioration", zh: "退步"},
  "not achieved": {en: "not achieved", zh: "未实现"},
  "insufficient data": {en: "insufficient data", zh: "数据不足"}
};

/**
 * The task ledger's statuses (src/lib/ledger.ts). The four a status file reports are also the words a person may
 * type in it (未开始, 进行中, 已完成, 有风险: src/lib/observations.ts reads them with these labels).
 */
export const LEDGER_STATUS_LABELS: Record<LedgerStatus, Label> = {
  overdue: {en: "overdue", zh: "逾期"},
  "at risk": {en: "at risk", zh: "有风险"},
  "not started": {en: "not started", zh: "未开始"},
  "in progress": {en: "in progress", zh: "进行中"},
  completed: {en: "completed", zh: "已完成"},
  "not reported": {en: "not reported", zh: "未报告"}
};

/**
 * The task ledger's columns (src/lib/ledger.ts LedgerColumn), one name each: the page's table heads its columns with
 * these and keys them by the names the export writes (item, person, next_step, persons …), and a status file's header
 * may be the Chinese label (责任人 → person, 下一步 → next_step: observations.ts reads it so). `person` is the 责任人
 * a report gives; `persons` the people the plan itself names (牵头负责领导:金力); `progress` the progress the plan's own
 * status table reports (进展情况:①已完成。…), apart from the reports of a status file.
 */
export const LEDGER_COLUMN_LABELS: Record<LedgerColumn, Label> = {
  item: {en: "Item", zh: "条目"},
  as_of: {en: "As of", zh: "报告日期"},
  status: {en: "Reported status", zh: "报告状态"},
  evidence: {en: "Evidence", zh: "佐证"},
  source: {en: "Source", zh: "来源"},
  person: {en: "Person", zh: "责任人"},
  next_step: {en: "Next step", zh: "下一步"},
  title: {en: "Title", zh: "标题"},
  deadline: {en: "Deadline", zh: "完成时限"},
  deadline_from: {en: "Deadline as written", zh: "时限原文"},
  due_date_source: {en: "Due date from", zh: "时限来源"},
  ledger_status: {en: "Status", zh: "状态"},
  lead: {en: "Lead", zh: "牵头"},
  others: {en: "With", zh: "配合/共同"},
  persons: {en: "Persons named", zh: "方案所列责任人"},
  progress: {en: "Progress stated", zh: "方案所列进展"},
  targets: {en: "Targets", zh: "量化目标"},
  history: {en: "History", zh: "进展记录"}
};

/** The level of government a plan is issued at (a plan's .meta.json, src/lib/compare/planRow.ts). */
export const PLAN_LEVEL_LABELS: Record<PlanLevel, Label> = {
  nation: {en: "nation", zh: "国家"},
  province: {en: "province", zh: "省级"},
  city: {en: "city", zh: "市级"},
  county: {en: "county", zh: "县区级"}
};

/** Kinds of department (data/reference/departments.csv's kind column). */
export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, Label> = {
  "national-department": {en: "national ministry or agency", zh: "国家部委"},
  "provincial-department": {en: "provincial department", zh: "省级部门"},
  "municipal-department": {en: "municipal department", zh: "市级部门"},
  "county-department": {en: "county department", zh: "县级部门"},
  office: {en: "office or committee", zh: "办公室/委员会"},
  "vertical-agency": {en: "vertical agency", zh: "垂直管理机构"},
  "management-committee": {en: "management committee", zh: "管委会"},
  "provincial-government": {en: "provincial governments", zh: "省级政府"},
  "municipal-government": {en: "municipal governments", zh: "市级政府"},
  "county-government": {en: "county governments", zh: "县级政府"},
  township: {en: "township or subdistrict", zh: "街道/乡镇"},
  enterprise: {en: "enterprise", zh: "企业"},
  society: {en: "association or cooperative", zh: "社会组织"},
  generic: {en: "generic placeholder", zh: "泛指"},
  unknown: {en: "unknown", zh: "未知"}
};

/**
 * Kinds of party that are no part of government (企业 停车经营服务企业, 城投集团; 协会, 合作社): kept as bodies with their
 * roles; named as lead, one answers for its item like any named body (accountability.ts, answersAsLead), and the
 * overview marks it as outside government (overview.ts, LeadRank.outsideGovernment).
 */
export const NON_GOVERNMENT_KINDS: ReadonlySet<DepartmentKind> = new Set(["enterprise", "society"]);

/** A department's class by its measures (src/lib/measures.ts): 主导 leading, 重要 key, 辅助 auxiliary. */
export const DEPARTMENT_CLASS_LABELS: Record<DepartmentClass, Label> = {
  leading: {en: "leading", zh: "主导"},
  key: {en: "key", zh: "重要"},
  auxiliary: {en: "auxiliary", zh: "辅助"}
};

/** The responsibility matrix's row and column orders (src/lib/ordering.ts). */
export const ORDERING_LABELS: Record<Ordering, Label> = {
  document: {en: "document order", zh: "文件顺序"},
  workload: {en: "workload", zh: "任务量"},
  similarity: {en: "similarity", zh: "相似性"}
};

/** How a local target compares with a benchmark (src/lib/reference.ts), or that the level has none. */
export const ALIGNMENT_LABELS: Record<BenchmarkAlignment, Label> = {
  stricter: {en: "stricter", zh: "更严"},
  same: {en: "same", zh: "相同"},
  looser: {en: "looser", zh: "更宽"},
  "local only": {en: "local only", zh: "本地独有"}
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

/** How a target's comparator is written before its value: ≥98, ≤5, 86. */
export const COMPARATOR_SIGNS: Record<Comparator, string> = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": ""};

/** A target's comparator in words: 超过 is "more than", never "at least". */
export const COMPARATOR_WORDS: Record<Comparator, Label> = {
  ">=": {en: "at least", zh: "不少于"},
  "<=": {en: "at most", zh: "不超过"},
  ">": {en: "more than", zh: "超过"},
  "<": {en: "less than", zh: "低于"},
  "=": {en: "", zh: ""}
};

/**
 * What a target sets, in words, keeping its kind: targetGoal({op: ">", value: 50, unit: "%"}) → {en: "more than
 * 50%", zh: "超过 50%"}; an increase (新增300座以上) → "add at least 300座" / "新增 不少于 300座"; a total over a period
 * "in total" / "累计"; a rate per year "a year" / "/年"; a stretch figure (力争) "stretch: 180MW" / "力争 180MW"; a
 * standing rule "at all times" / "（常设约束）"; an approximate figure "about" / "约".
 */
export function targetGoal(
  t: Pick<
    Target,
    "op" | "value" | "unit" | "approximate" | "annual" | "cumulative" | "increase" | "stretch" | "standing"
  >
): Label {
  const words = COMPARATOR_WORDS[t.op] ?? COMPARATOR_WORDS["="];
  const join = (...parts: (string | false | undefined)[]) =>
    parts.filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
  return {
    en: join(
      t.stretch && "stretch:",
      t.increase && "add",
      t.approximate && "about",
      words.en,
      `${t.value}${t.unit}`,
      t.annual && "a year",
      t.cumulative && "in total",
      t.standing && "at all times"
    ),
    zh: join(
      t.stretch && "力争",
      t.cumulative && "累计",
      t.increase && "新增",
      t.approximate && "约",
      words.zh,
      `${t.value}${t.unit}${t.annual ? "/年" : ""}`,
      t.standing && "（常设约束）"
    )
  };
}

/** comparatorSign(">=") → "≥"; "" for "=" and for anything that is not a comparator. */
export function comparatorSign(comparator: string): string {
  return COMPARATOR_SIGNS[comparator as Comparator] ?? "";
}

/** The section of a plan's items that stand under no chapter and no heading (src/lib/summary.ts, chapterOutline). */
export const NO_CHAPTER_LABEL: Label = {en: "under no chapter", zh: "未分章"};

/**
 * The title of the target comparison (the indicators page's chart and its embed): the year of the plan's targets
 * (benchmarkComparison.ts, comparisonContext) when it is known, never another plan's.
 */
export function targetComparisonTitle(year: number | null): Label {
  return year
    ? {en: `${year} targets: this plan, the province and the nation`, zh: `${year}年目标对比：本方案、全省与全国`}
    : {en: "Targets: this plan, the province and the nation", zh: "目标对比：本方案、全省与全国"};
}

/** A lead outside government (NON_GOVERNMENT_KINDS: 虹房集团, 行业协会), marked beside its name in the overview. */
export const OUTSIDE_GOVERNMENT_LABEL: Label = {en: "outside government", zh: "非政府机构"};

/**
 * The plan's own jurisdiction, by the level it is issued at (src/lib/planHeader.ts, planLevel): the words for
 * "this city's" observations on a city's plan, "this county's" on a county's …; "local" when the level is unknown.
 */
export const OWN_JURISDICTION_LABELS: Record<PlanLevel | "unknown", Label> = {
  nation: {en: "national", zh: "全国"},
  province: {en: "provincial", zh: "本省"},
  city: {en: "city", zh: "本市"},
  county: {en: "county", zh: "本县（区）"},
  unknown: {en: "local", zh: "本地"}
};

/**
 * English names of the units plans print (个, 项, 公里 …), for axes and tables shown in English. A unit not listed
 * is shown as written (Latin units such as MW, % and km² need no translation).
 */
export const UNIT_NAMES: Readonly<Record<string, string>> = {
  个: "count",
  项: "items",
  家: "organisations",
  名: "people",
  人: "people",
  人次: "person-times",
  次: "times",
  件: "cases",
  处: "sites",
  所: "institutions",
  座: "facilities",
  条: "lines",
  台: "units",
  套: "sets",
  户: "households",
  辆: "vehicles",
  床: "beds",
  张: "beds",
  株: "trees",
  场: "events",
  场次: "events",
  元: "yuan",
  万元: "10,000 yuan",
  亿元: "100 million yuan",
  万亿元: "trillion yuan",
  天: "days",
  工作日: "working days",
  个工作日: "working days",
  个月: "months",
  小时: "hours",
  分钟: "minutes",
  岁: "years of age",
  公里: "km",
  千米: "km",
  米: "m",
  平方米: "m²",
  平米: "m²",
  平方公里: "km²",
  立方米: "m³",
  公顷: "ha",
  亩: "mu",
  吨: "t",
  千瓦: "kW",
  千瓦时: "kWh",
  兆瓦: "MW",
  吨标准煤: "t of standard coal",
  吨标煤: "t of standard coal",
  个百分点: "percentage points"
};

/** unitName("个", "en") → "count"; "个" in Chinese; "个 count" for both; a unit not in UNIT_NAMES as written. */
export function unitName(unit: string, language: Language): string {
  const en = UNIT_NAMES[unit];
  if (!en || language === "zh") return unit;
  return language === "en" ? en : `${unit} ${en}`;
}

/**
 * An indicator's target as the plan writes it, with the unit of the indicator table's 单位 column after its number
 * when the cell leaves it out: {raw: "≥98", unit: "%"} → "≥98%"; {raw: "110", unit: "个"} → "110个";
 * {raw: "6.5年均", unit: "%"} → "6.5%年均"; a target that already names its unit, or an indicator with none, as written.
 */
export function targetWithUnit(
  indicator: Pick<Indicator, "unit"> & {target: Pick<Indicator["target"], "raw">}
): string {
  const {raw} = indicator.target;
  const unit = indicator.unit?.trim();
  if (!unit || raw.includes(unit)) return raw;
  // After the last number of the cell: [10] → [10%], 6.5年均 → 6.5%年均.
  const last = /\d(?:[\d.,]*\d)?(?!.*\d)/.exec(raw);
  return last ? raw.slice(0, last.index + last[0].length) + unit + raw.slice(last.index + last[0].length) : raw;
}

/** How a chapter is named everywhere (matrix strip, selects, ledger, briefs): "二、重点任务". */
export function chapterLabel(chapter: Pick<Chapter, "numeral" | "title">): string {
  return `${chapter.numeral}、${chapter.title}`;
}

/** A bilingual label's two halves: words with Chinese characters, and the others ("牵头 lead" → 牵头, lead). */
export function splitBilingual(label: string): Label {
  const words = label.split(/\s+/).filter(Boolean);
  const zh = words.filter((w) => CJK.test(w)).join(" ");
  const en = words.filter((w) => !CJK.test(w)).join(" ");
  return {zh: zh || label, en: en || label};
}

/**
 * A label in one language, or both as "中文 English" ("牵头 lead"). A string is read as a bilingual label
 * written "中文 English" and split with splitBilingual.
 */
export function localize(label: Label | string, language: Language): string {
  if (typeof label !== "string") return language === "both" ? `${label.zh} ${label.en}` : label[language];
  return language === "both" ? label : splitBilingual(label)[language];
}

/** Text in the chosen language from an English and a Chinese version; both as "English 中文". */
export function pick(en: string, zh: string, language: Language): string {
  return language === "en" ? en : language === "zh" ? zh : `${en} ${zh}`;
}

/**
 * The nouns the pages count, written once: English singular and plural, and the Chinese measure word with its noun
 * (个条目, 行, 字). countLabel makes "1 item" / "2 items" and "1个条目" from them, so that no label says "1 items".
 */
export const COUNTED_NOUNS = {
  item: {one: "item", other: "items", zh: "个条目"},
  task: {one: "task", other: "tasks", zh: "项任务"},
  action: {one: "action", other: "actions", zh: "项行动"},
  line: {one: "line", other: "lines", zh: "行"},
  character: {one: "character", other: "characters", zh: "字"},
  row: {one: "row", other: "rows", zh: "行"},
  "bad row": {one: "bad row", other: "bad rows", zh: "行有误"},
  "row to check": {one: "row to check", other: "rows to check", zh: "行请核对"},
  report: {one: "report", other: "reports", zh: "次报告"},
  plan: {one: "plan", other: "plans", zh: "个方案"},
  indicator: {one: "indicator", other: "indicators", zh: "项指标"},
  target: {one: "target", other: "targets", zh: "个量化目标"},
  column: {one: "专栏 box", other: "专栏 boxes", zh: "个专栏"},
  department: {one: "department", other: "departments", zh: "个部门"},
  assignment: {one: "assignment", other: "assignments", zh: "项分工"}
} as const satisfies Record<string, {one: string; other: string; zh: string}>;
export type CountedNoun = keyof typeof COUNTED_NOUNS;

/**
 * English "n noun" with the noun singular for exactly 1 and plural otherwise (0 items, 1 item, 2 items), the number
 * grouped by thousands (1,234): countEn(1, "item is", "items are") → "1 item is". `other` defaults to `one` + "s".
 */
export function countEn(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : other}`;
}

/**
 * A count as a label in both languages: countLabel(1, "item") → {en: "1 item", zh: "1个条目"};
 * countLabel(2, "item") → {en: "2 items", zh: "2个条目"}; numbers grouped by thousands in both (13,304字).
 */
export function countLabel(n: number, noun: CountedNoun): Label {
  const {one, other, zh} = COUNTED_NOUNS[noun];
  return {en: countEn(n, one, other), zh: `${n.toLocaleString("en")}${zh}`};
}

/** Names listed in a label: the first `max` (English: nameEn when known), then how many more. */
function someNames(names: {name: string; nameEn: string | null}[], max = 2): Label {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  return {
    en: shown.map((d) => d.nameEn ?? d.name).join(", ") + (more ? ` and ${more} more` : ""),
    zh: shown.map((d) => d.name).join("、") + (more ? `等${names.length}个` : "")
  };
}

/**
 * The label of the toggle that shows implicit (默认) roles in the matrix and the network, naming the plan's own
 * holders of them (accountability.ts, implicitHolders): "Show implicit roles (各县(市、区)人民政府)" for 延政发〔2024〕8号,
 * "Show implicit roles" for a plan that gives none.
 */
export function implicitToggleLabel(holders: {name: string; nameEn: string | null}[]): Label {
  if (!holders.length) return {en: "Show implicit roles", zh: "显示默认责任"};
  const names = someNames(holders);
  return {en: `Show implicit roles (${names.en})`, zh: `显示默认责任（${names.zh}）`};
}

/**
 * What the matrix and the network say beside them when the reader read no responsibility clause and fell back to the
 * issuer (overview.ts, issuerHolding; Responsibility.byIssuer): the issuer (or the issuers, jointly) holds each item
 * no body leads by default, an implicit role the charts draw pale, not a lead the text names. `items` is the plan's
 * number of items. E.g. for 四川省"十四五"现代流通体系建设实施方案 as first read: "No responsibility clause was read:
 * the issuer, 四川省发展和改革委员会, holds all 3 items by default …".
 */
export function issuerDefaultNote(
  holding: {
    name: string;
    nameEn: string | null;
    asWritten?: string;
    items: readonly string[];
    coIssuers: {name: string; nameEn: string | null; asWritten?: string}[];
  },
  items: number
): Label {
  const holders = [holding, ...holding.coIssuers];
  const n = holding.items.length;
  const en = holders.map((h) => h.nameEn ?? h.name).join(" and ");
  // In Chinese the issuer as the plan writes it (上海市交通委员会), in English its English name where known.
  const zh = holders.map((h) => h.asWritten ?? h.name).join("、");
  const heldEn = n === items ? `all ${countEn(items, "item")}` : `${n} of the ${countEn(items, "item")}`;
  const heldZh = n === items ? `全部${items}个条目` : `${items}个条目中的${n}个`;
  return holders.length > 1
    ? {
        en: `No responsibility clause was read: the issuers, ${en}, hold ${heldEn} jointly by default (implicit roles, drawn pale), not leads the text names. Who does what stands only in the items' own words.`,
        zh: `未读到责任条款：默认由发文机关${zh}共同承担${heldZh}（默认责任，以浅色显示），并非原文点名的牵头单位；由谁负责只见于各条目的文字。`
      }
    : {
        en: `No responsibility clause was read: the issuer, ${en}, holds ${heldEn} by default (an implicit role, drawn pale), not a lead the text names. Who does what stands only in the items' own words.`,
        zh: `未读到责任条款：默认由发文机关${zh}承担${heldZh}（默认责任，以浅色显示），并非原文点名的牵头单位；由谁负责只见于各条目的文字。`
      };
}

/**
 * The "only a generic unit" accountability check's heading and note, its example the plan's own placeholder
 * (accountability.ts, genericBodies: 市级有关部门, 各街镇), or none when the plan names no placeholder.
 */
export function genericOnlyCheckLabels(generic: {name: string; nameEn: string | null}[]): {title: Label; note: Label} {
  const example = generic
    .slice(0, 2)
    .map((d) => d.name)
    .join("、");
  return {
    title: {en: "Only a generic unit", zh: "仅泛称单位"},
    note: example
      ? {
          en: `Items whose only named unit is a placeholder such as ${example}.`,
          zh: `条目仅列出“${example}”之类的泛称单位。`
        }
      : {en: "Items whose only named unit is a placeholder (有关部门).", zh: "条目仅列出“有关部门”之类的泛称单位。"}
  };
}

/** The header's fields (planHeader.ts, headerSources), as the document table shows them. */
export const HEADER_FIELD_LABELS: Record<HeaderField, Label> = {
  title: {en: "Title", zh: "标题"},
  docNumber: {en: "Number", zh: "文号"},
  issuer: {en: "Issuer", zh: "发文机关"},
  date: {en: "Date", zh: "日期"}
};

/** Where a header field comes from (headerSources' `from`): the plan's .meta.json, the text, or neither. */
export const HEADER_SOURCE_LABELS: Record<NonNullable<HeaderSource["from"]> | "none", Label> = {
  meta: {en: "from the plan's .meta.json", zh: "取自方案元数据（.meta.json）"},
  text: {en: "read from the text", zh: "从原文读取"},
  page: {
    en: "from the web page's 信息公开 record above the text (the text gives none)",
    zh: "取自原文上方网页的信息公开栏（原文未给出）"
  },
  none: {en: "neither the text nor a .meta.json gives it", zh: "原文与元数据均未给出"}
};

/**
 * On the load page, beside a header field a pasted or loaded text does not give (no .meta.json there: that hint,
 * HEADER_SOURCE_LABELS.none, is for the site's plans): what the user can do. A number often stands only in the
 * publishing site's index above the article (文号, 索引号 rows), which the reader reads when pasted with the text.
 */
export const PASTED_HEADER_HINTS: Record<HeaderField, Label> = {
  title: {en: "not in the text read: paste the title line with it", zh: "读取的文本中没有：请连同标题行一并粘贴"},
  docNumber: {
    en: "not in the text read: paste the site's index above the article (文号, 索引号) with it",
    zh: "读取的文本中没有：请连同网站正文上方的索引信息（文号、索引号）一并粘贴"
  },
  issuer: {
    en: "not in the text read: paste the signature or the page's 发布机构 with it",
    zh: "读取的文本中没有：请连同落款或网页上的发布机构一并粘贴"
  },
  date: {
    en: "not in the text read: paste the signature's date or the page's 成文日期 with it",
    zh: "读取的文本中没有：请连同落款日期或网页上的成文日期一并粘贴"
  }
};

/** The note beside a field whose .meta.json value is shown where the text reads otherwise. */
export function headerReadNote(read: string): Label {
  return {en: `the text reads “${read}”`, zh: `原文为“${read}”`};
}
