/**
 * The model as flat tables, one row per record, for CSV downloads and table views. Each table is a list of
 * columns with an accessor, so that an empty table still has its header. Nested fields become prefixed
 * columns (source_line, target_value …); lists are joined with |.
 */
import type {
  Chapter,
  Coverage,
  Goal,
  Group,
  Department,
  Indicator,
  Item,
  PlanDocument,
  PlanModel,
  Responsibility,
  SourceSpan,
  Target,
  Warning
} from "./model.js";
import {warningZh} from "./warningsZh.js";

export type Cell = string | number | boolean | null;

/**
 * The columns of the model's tables that hold calendar years (2025): shown as written, never as a quantity with a
 * thousands separator ("2,025"), which is how table views format other numbers.
 */
export const YEAR_COLUMNS: ReadonlySet<string> = new Set(["target_year", "baseline_year", "year"]);
export type Row = Record<string, Cell>;
type Columns<T> = [name: string, get: (d: T) => Cell][];

const source: Columns<{source: SourceSpan}> = [
  ["source_line", (d) => d.source.line],
  ["source_start", (d) => d.source.start],
  ["source_end", (d) => d.source.end]
];

const COLUMNS = {
  document: [
    ["title", (d) => d.title],
    ["doc_number", (d) => d.docNumber],
    ["issuer", (d) => d.issuer],
    ["date", (d) => d.date],
    ["target_year", (d) => d.targetYear],
    ["baseline_year", (d) => d.baselineYear]
  ] as Columns<PlanDocument>,
  chapters: [
    ["id", (d) => d.id],
    ["seq", (d) => d.seq],
    ["numeral", (d) => d.numeral],
    ["title", (d) => d.title],
    ["columns", (d) => d.columns.map((c) => `专栏${c.number} ${c.title}`).join("|")],
    ...source
  ] as Columns<Chapter>,
  groups: [
    ["id", (d) => d.id],
    ["numbering", (d) => d.numbering],
    ["title", (d) => d.title],
    ["text", (d) => d.text],
    ["parent", (d) => d.parent],
    ["chapter", (d) => d.chapter],
    ...source
  ] as Columns<Group>,
  items: [
    ["id", (d) => d.id],
    ["kind", (d) => d.kind],
    ["seq", (d) => d.seq],
    ["column", (d) => d.column],
    ["chapter", (d) => d.chapter],
    ["group", (d) => d.group],
    ["numbering", (d) => d.numbering],
    ["order", (d) => d.order],
    ["title", (d) => d.title],
    ["text", (d) => d.text],
    ["clause", (d) => d.clause],
    ["persons", (d) => d.persons?.map((p) => `${p.role}:${p.name}`).join("|") ?? null],
    ["deadline", (d) => d.deadline?.raw ?? null],
    ["deadline_date", (d) => d.deadline?.date ?? null],
    ["deadline_inherited_from", (d) => d.deadline?.inheritedFrom ?? null],
    ...source
  ] as Columns<Item>,
  goals: [
    ["id", (d) => d.id],
    ["title", (d) => d.title],
    ["text", (d) => d.text],
    ["chapter", (d) => d.chapter],
    ["deadline", (d) => d.deadline?.raw ?? null],
    ["deadline_date", (d) => d.deadline?.date ?? null],
    ...source
  ] as Columns<Goal>,
  departments: [
    ["name", (d) => d.name],
    ["short_name", (d) => d.shortName],
    ["name_en", (d) => d.nameEn],
    ["kind", (d) => d.kind],
    ["known", (d) => d.known],
    ["aliases_seen", (d) => d.aliasesSeen.join("|")]
  ] as Columns<Department>,
  responsibilities: [
    ["item", (d) => d.item],
    ["department", (d) => d.department],
    ["role", (d) => d.role],
    ["as_written", (d) => d.asWritten],
    ["by_issuer", (d) => d.byIssuer ?? false],
    ...source
  ] as Columns<Responsibility>,
  indicators: [
    ["id", (d) => d.id],
    ["seq", (d) => d.seq],
    ["name", (d) => d.name],
    ["unit", (d) => d.unit],
    ["year", (d) => d.year],
    ["attribute", (d) => d.attribute],
    ["category", (d) => d.category],
    ["target_value", (d) => d.target.value],
    ["target_comparator", (d) => d.target.comparator],
    ["target_cumulative", (d) => d.target.cumulative],
    ["target_period", (d) => (d.target.period ? `${d.target.period.from}-${d.target.period.to}` : null)],
    ["target_annual_average", (d) => d.target.annualAverage],
    ["target_raw", (d) => d.target.raw],
    ["baseline_value", (d) => d.baseline?.value ?? null],
    ["baseline_year", (d) => d.baseline?.year ?? null],
    ...source
  ] as Columns<Indicator>,
  targets: [
    ["id", (d) => d.id],
    ["item", (d) => d.item],
    ["subject", (d) => d.subject],
    ["value", (d) => d.value],
    ["unit", (d) => d.unit],
    ["comparator", (d) => d.comparator],
    ["op", (d) => d.op],
    ["year", (d) => d.year],
    ["year_stated", (d) => d.yearStated],
    ["baseline", (d) => d.baseline],
    ["upper", (d) => d.upper],
    ["annual", (d) => d.annual ?? false],
    ["approximate", (d) => d.approximate ?? false],
    ["cumulative", (d) => d.cumulative ?? false],
    ["increase", (d) => d.increase ?? false],
    ["stretch", (d) => d.stretch ?? false],
    ["standing", (d) => d.standing ?? false],
    ["raw", (d) => d.raw],
    ...source
  ] as Columns<Target>,
  warnings: [
    ["line", (d) => d.line],
    ["code", (d) => d.code],
    ["message", (d) => d.message],
    // The message in Chinese (warningsZh.ts), for the planners who read the file in a spreadsheet; null where a
    // message has no Chinese form yet.
    ["message_zh", (d) => warningZh(d.message)]
  ] as Columns<Warning>,
  coverage: [
    ["body_chars", (d) => d.bodyChars],
    ["covered", (d) => Math.round(d.covered * 1000) / 1000],
    ["items_without_clause", (d) => d.itemsWithoutClause],
    ["lines_not_understood", (d) => d.linesNotUnderstood.join("|")],
    ["framing_chars", (d) => d.framingChars],
    ["framing_lines", (d) => d.framingLines.join("|")],
    ["attachment_lines_not_read", (d) => d.attachmentLinesNotRead.join("|")],
    ["encoding", (d) => d.encoding]
  ] as Columns<Coverage>
};

export type TableName = keyof typeof COLUMNS;
export const TABLE_NAMES = Object.keys(COLUMNS) as TableName[];

export interface Table {
  name: TableName;
  columns: string[];
  rows: Row[];
}

function table<T>(name: TableName, columns: Columns<T>, records: T[]): Table {
  return {
    name,
    columns: columns.map(([c]) => c),
    rows: records.map((r) => Object.fromEntries(columns.map(([c, get]) => [c, get(r)])))
  };
}

/** One table of the model (`name`, one of TABLE_NAMES) with its columns, one row per record. */
export function planTable(model: PlanModel, name: TableName): Table {
  const records = name === "document" ? [model.document] : name === "coverage" ? [model.coverage] : model[name];
  return table(name, COLUMNS[name] as Columns<unknown>, records as unknown[]);
}

/** Every table of the model, in TABLE_NAMES order. */
export function planTables(model: PlanModel): Table[] {
  return TABLE_NAMES.map((name) => planTable(model, name));
}
