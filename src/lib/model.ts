/**
 * The data model of a parsed plan (实施方案). Every record carries the place in the normalized text it came
 * from, so that any figure can be checked against the document.
 */

/** Where a record came from: 1-based line and [start, end) character offsets in the normalized text. */
export interface SourceSpan {
  line: number;
  start: number;
  end: number;
}

export interface PlanDocument {
  /** The plan's title, e.g. 延安市关于贯彻落实《质量强国建设纲要》的实施方案. */
  title: string | null;
  /** The document number as written, e.g. 延政发〔2024〕8号. */
  docNumber: string | null;
  /** The issuing body, e.g. 延安市人民政府. */
  issuer: string | null;
  /** The date of issue, ISO yyyy-mm-dd. */
  date: string | null;
  /** The year of the indicator table's target column (2025年). */
  targetYear: number | null;
  /** The year of the indicator table's baseline column, when it has one. */
  baselineYear: number | null;
  /**
   * The plan's own closing date, when it names one: the period it states it runs for (本方案实施期限为2024—2026年,
   * 有效期至2029年6月30日) or its title's (…行动计划(2024—2026年), …“十五五”规划, 2026年…行动方案), as {raw, date: the
   * last day it allows}. Absent when the plan names none. Items do not inherit it: an item with no time of its own has
   * no deadline.
   */
  deadline?: Deadline;
  /**
   * The header fields taken from a web page's 信息公开 record above the plan (索引号, 文号, 成文日期, 标题 …: pageFields.ts)
   * because the text gives none (or, for the issuer, names the body without its place); absent when none was.
   */
  fromPage?: PageHeaderField[];
}

/** A header field a web page's 信息公开 record may give (PlanDocument.fromPage). */
export type PageHeaderField = "title" | "docNumber" | "issuer" | "date";

export interface Column {
  /** The number of the box: 专栏2 → 2. */
  number: number;
  title: string;
  chapter: number | null;
  source: SourceSpan;
}

export interface Chapter {
  /** C + seq: C1 for 一、. */
  id: string;
  seq: number;
  /** The numeral as written: 一, 二, … */
  numeral: string;
  title: string;
  /** The boxed columns (专栏) inside the chapter. */
  columns: Column[];
  source: SourceSpan;
}

export type ItemKind = "task" | "action";

export interface Item {
  /**
   * T + the task's number where a plan numbers its tasks once through ((一) … (三十) → T1 … T30), else T + the
   * numbers of its outline path (三、(一)2. → T3.1.2); A + column + "." + position for actions (A2.3).
   */
  id: string;
  kind: ItemKind;
  /** The task's number, or the action's 1-based position in its column. */
  seq: number;
  /** The column (专栏) number of an action; null for a task. */
  column: number | null;
  /** The seq of the chapter the item stands in. */
  chapter: number | null;
  /** The id of the group heading the item stands under ((一)优化审批服务 above 1. 2.), or null. */
  group: string | null;
  /** The item's numbering as written: (一), 1., ①, —— for a column's action. */
  numbering: string;
  /** Position of the item in document order, from 1. */
  order: number;
  /** The first sentence's heading, e.g. 提升优势产业质量引领力. */
  title: string;
  /** The item's text without its numbering and without its responsibility clause. */
  text: string;
  /** The responsibility clause as written (without its brackets), or null when the item has none. */
  clause: string | null;
  /** The completion time the plan gives the item (完成时限:2024年底前), or null when it gives none. */
  deadline: Deadline | null;
  /**
   * The people the plan names as responsible for the item (牵头负责领导:金力, 责任人:李四, a task table's 牵头领导
   * column), in order; absent when it names none. A person is no department: no responsibility link is made of one.
   */
  persons?: ItemPerson[];
  /**
   * The progress a status table reports on the item (its row's 进展情况, 完成情况, 推进情况 … cells: ①已完成。2月10日,
   * 完成设计招标; 达序推进), one per filled progress column, in the columns' order; absent when the row has none. What the
   * table says was done, not the plan's work: never in the item's text, no target and no deadline is read from it.
   */
  progress?: ItemProgress[];
  source: SourceSpan;
}

/** A progress cell of a status table's row (Item.progress). */
export interface ItemProgress {
  /** The column's header (simplified, spaces removed): 进展情况, 完成情况, 工作进展. */
  column: string;
  /** The cell's words as written (a cell wrapped over lines joined): ①已完成。2月10日,完成设计招标。 */
  raw: string;
  /** The 1-based line the cell starts on. */
  line: number;
}

/** A person named as responsible for an item, under a person's label. */
export interface ItemPerson {
  /** The label as the plan writes it (simplified): 牵头负责领导, 责任领导, 分管领导, 责任人, 牵头责任人, 具体责任人, 联系人, 牵头领导. */
  role: string;
  /** The person's name as written: 金力. */
  name: string;
  /** The 1-based line the name stands on. */
  line: number;
}

/** A completion time as a plan words it. */
export interface Deadline {
  /** The words as written: 2024年底前, 2025年6月底前, 长期坚持, 持续推进. */
  raw: string;
  /** The last day the words allow, ISO yyyy-mm-dd (2024年底前 → 2024-12-31); null for 长期坚持 and the like. */
  date: string | null;
  /**
   * On an item that states no time of its own: the id of the heading that states it, any kind of group or the item's
   * chapter ((三)到2025年底前完成以下工作。 → S2.3; a task table's group row, an attached document's heading; C1), or of
   * the schedule stage that names the item (G3.2). Absent when the item states it itself.
   */
  inheritedFrom?: string;
}

/**
 * A heading of the outline above items: (一)优化审批服务 with 1. 2. below it. It owns no clause; its own text (an
 * introductory sentence) is kept. A numbered paragraph of a kind that carries no items (保障措施 (一)(二) where the
 * tasks are 1. 2.) is a group too.
 */
export interface Group {
  /** S + the numbers of its outline path: S3.1 for 三、(一). */
  id: string;
  numbering: string;
  title: string;
  text: string;
  /** The id of the group above it, or null. */
  parent: string | null;
  chapter: number | null;
  source: SourceSpan;
}

/**
 * A framing section of the 总体要求 / 总体目标 chapter (指导思想, 基本原则, 发展目标, 主要目标): not a task, but its
 * targets are kept (a target's item is then the goal's id).
 */
export interface Goal {
  /** G + the numbers of its outline path: G1.3 for 一、(三)主要目标; G1 for the chapter's own text. */
  id: string;
  title: string;
  text: string;
  chapter: number | null;
  /**
   * A stage of a schedule chapter (三、时间节点 / (一)2023年4月底前): the time its heading states, a month without a
   * year taking the year of the stage before it (6月底前 after 2023年4月底前 → 2023-06-30). Absent otherwise.
   */
  deadline?: Deadline | null;
  source: SourceSpan;
}

/** How much of the plan the reader understood. */
export interface Coverage {
  /** Characters of the body (the text after the header and before the signature), white space excluded. */
  bodyChars: number;
  /**
   * The share of those characters, less the framing's, inside chapters' and columns' headings, items, groups, goals
   * and tables (0–1).
   */
  covered: number;
  /** Items (tasks and actions) with no responsibility clause. */
  itemsWithoutClause: number;
  /** Lines of the body that no record covers and that assign work (1-based). */
  linesNotUnderstood: number[];
  /**
   * Characters of the framing: paragraphs of the body that no record covers and that assign no work (the situation,
   * a definition, a lead-in to a list: framing.ts). Set aside: neither read nor not understood.
   */
  framingChars: number;
  /** Lines of the framing (1-based). */
  framingLines: number[];
  /** Lines of the attachments (after 附件) that are not read: only their tables and numbered lists are (1-based). */
  attachmentLinesNotRead: number[];
  /** The encoding the bytes were read with (utf-8, gb18030 …), or "text" when text was given. */
  encoding: string;
}

export type DepartmentKind =
  | "national-department"
  | "provincial-department"
  | "municipal-department"
  | "county-department"
  | "office"
  | "vertical-agency"
  | "management-committee"
  | "provincial-government"
  | "municipal-government"
  | "county-government"
  | "township"
  | "enterprise"
  | "society"
  | "generic"
  | "unknown";

export interface Department {
  /** The canonical name (departments.csv), or the name as written when it is not in the reference. */
  name: string;
  /** A short label for charts (市发改委); the canonical name when none is known. */
  shortName: string;
  /** The other forms under which the plan names it (市文旅局 for 市文化和旅游局). */
  aliasesSeen: string[];
  nameEn: string | null;
  kind: DepartmentKind;
  /** False when the name is not in the reference table. */
  known: boolean;
}

export type Role = "lead" | "support" | "joint" | "implicit";

export interface Responsibility {
  /** The item held; or a goal's id (GF2) for a body an allocation table's 责任单位 column names, one record a row. */
  item: string;
  /** Canonical department name. */
  department: string;
  role: Role;
  /** The name as the plan wrote it. */
  asWritten: string;
  /** The clause (or the blanket note, for implicit roles) the record comes from. */
  source: SourceSpan;
  /**
   * Present and true for the issuer of a department's own plan that names nobody (role `implicit`, its source the
   * issuer's name in the header): the department holds its tasks by default, not by any clause.
   */
  byIssuer?: true;
}

/** At least, at most, the number itself; more than (超过, 高于), less than (低于, 不足): strict. */
export type Comparator = "=" | ">=" | "<=" | ">" | "<";

export interface IndicatorTarget {
  value: number | null;
  comparator: Comparator;
  /** A [x] value: cumulative over a period (read with the table's note). */
  cumulative: boolean;
  /** The period of a cumulative value, e.g. {from: 2021, to: 2025} for “十四五”. */
  period: {from: number; to: number; label: string} | null;
  /** An x年均 value: an annual average. */
  annualAverage: boolean;
  raw: string;
}

export interface Indicator {
  /** I + seq. */
  id: string;
  seq: number;
  name: string;
  unit: string | null;
  target: IndicatorTarget;
  baseline: {value: number | null; year: number; raw: string} | null;
  /** The target year (the column's year). */
  year: number | null;
  attribute: "binding" | "expected" | null;
  /** The table's category for the row (经济发展, 质量安全): its 类别/领域 cell or the heading row above it; null when the table has none. */
  category: string | null;
  source: SourceSpan;
}

export interface Target {
  /** Item id + "-" + position in the item: A2.1-1. */
  id: string;
  /** The item (or goal, G…) the target stands in. */
  item: string;
  /** The phrase that says what is counted. */
  subject: string;
  value: number;
  unit: string;
  /** The words of comparison as written: 达到, 以上, 达到…以上, 不低于; empty when the plan states a bare number. */
  comparator: string;
  /** What the words mean: at least (>=), at most (<=), or the number itself (=). */
  op: Comparator;
  /** The year named in the sentence (到2025年), else the plan's target year. */
  year: number | null;
  /** True when the sentence names the year itself. */
  yearStated: boolean;
  /** The value the sentence starts from (由7%降至6% → 7), in the same unit, or null. */
  baseline: number | null;
  /** The upper end of a range (1到2个 → value 1, upper 2), or null. */
  upper: number | null;
  /** A rate per year (每年完成80万平米, 年均新增…): the value is each year's, not a level to reach. Absent when not. */
  annual?: true;
  /** An approximate figure (约48公里, 9座左右). Absent when not. */
  approximate?: true;
  /** A total over a period (三年累计新增19台, 5年内引进100名, “十四五”期间…增长18%). Absent when not. */
  cumulative?: true;
  /** An amount added (新增300座, 新建100公里), not the total reached (全市公园总数1400座). Absent when not. */
  increase?: true;
  /** The figure striven for (力争达到180MW) beyond the one guaranteed before it (确保达到120MW). Absent when not. */
  stretch?: true;
  /** A bound that holds at all times (开发比例不超过50%, 原则上不超过5年): a standing rule; its year is null. */
  standing?: true;
  raw: string;
  source: SourceSpan;
}

export interface Warning {
  /** 1-based line in the normalized text, or null for the document as a whole. */
  line: number | null;
  code: WarningCode;
  message: string;
}

export type WarningCode =
  | "empty"
  | "not-text"
  | "encoding"
  | "html"
  | "no-structure"
  | "no-clause"
  | "attachment"
  | "clause"
  | "unknown-department"
  | "numbering"
  | "table-row"
  | "indicator"
  | "header"
  | "deadline"
  | "noise"
  | "internal";

export interface PlanModel {
  document: PlanDocument;
  chapters: Chapter[];
  groups: Group[];
  items: Item[];
  goals: Goal[];
  departments: Department[];
  responsibilities: Responsibility[];
  indicators: Indicator[];
  targets: Target[];
  warnings: Warning[];
  coverage: Coverage;
}

/** The model's keys, in order: the CLI's JSON output has exactly these. */
export const MODEL_KEYS = [
  "document",
  "chapters",
  "groups",
  "items",
  "goals",
  "departments",
  "responsibilities",
  "indicators",
  "targets",
  "warnings",
  "coverage"
] as const;
