/**
 * Progress data entered by users: observed values of the plan's indicators and targets
 * (data/progress/observations.csv) and the status of its tasks and actions (data/progress/task-status.csv).
 * The validators are pure and shared by the loaders, the CLI (bin/validate.ts) and the browser: every bad row
 * is reported once, with its row number as a spreadsheet shows it (the header is row 1), and all its reasons
 * joined by "; "; the good rows are kept, typed. Extra columns are allowed (the templates add some).
 *
 * Rows left as the template made them are skipped, not reported: a row with every cell empty, an observation
 * row with no year, value, source or note (the template fills id, level, name, unit and target), a status row
 * with no as_of, status, evidence or source. They count neither as good nor as bad.
 *
 * Years and dates may be typed with full-width digits (２０２４), as values may.
 */
import {csvForPeople, looksLikeFormula, readCsvRecords} from "./csv.js";
import type {Comparator, Indicator, Item, PlanModel, Target} from "./model.js";
import {foldWidth} from "./width.js";
import {type BenchmarkMatch, type GlossaryEntry, glossaryEntry} from "./reference.js";
import {countEn, LEDGER_COLUMN_LABELS, LEDGER_STATUS_LABELS} from "./vocabulary.js";

export type ObservationLevel = "city" | "province" | "nation";
export const OBSERVATION_LEVELS: readonly ObservationLevel[] = ["city", "province", "nation"];
export const OBSERVATION_COLUMNS = ["id", "year", "value", "level", "source", "note"] as const;
export const OBSERVATION_TEMPLATE_COLUMNS = [...OBSERVATION_COLUMNS, "name", "unit", "target"] as const;
export const YEAR_RANGE = {from: 2015, to: 2035} as const;

export interface ObservationRow {
  /** An indicator id (I8) or a target id (A2.1-1). */
  id: string;
  year: number;
  value: number;
  level: ObservationLevel;
  source: string;
  note: string;
  kind: "indicator" | "target";
  /** How the source states the value, when not as the number itself (“above 99%”: >=). Benchmark rows only. */
  comparator?: Comparator;
}

export type TaskStatus = "not started" | "in progress" | "completed" | "at risk";
export const TASK_STATUSES: readonly TaskStatus[] = ["not started", "in progress", "completed", "at risk"];
/** The Chinese words accepted for each status. */
export const TASK_STATUSES_ZH: Readonly<Record<string, TaskStatus>> = Object.fromEntries(
  TASK_STATUSES.map((s) => [LEDGER_STATUS_LABELS[s].zh, s])
);
export const TASK_STATUS_COLUMNS = ["item", "as_of", "status", "evidence", "source"] as const;
/** The optional columns of a status file: the person responsible (责任人) and the next step (下一步). */
export const TASK_STATUS_OPTIONAL_COLUMNS = ["person", "next_step"] as const;
/** Every column of a status file, required then optional: what the ledger's exports write first. */
export const TASK_STATUS_FILE_COLUMNS = [...TASK_STATUS_COLUMNS, ...TASK_STATUS_OPTIONAL_COLUMNS] as const;
export const TASK_STATUS_TEMPLATE_COLUMNS = [...TASK_STATUS_FILE_COLUMNS, "title"] as const;
/**
 * Other headers accepted for the optional columns (trimmed, lower case): each one's Chinese label in the ledger's
 * vocabulary (LEDGER_COLUMN_LABELS: 责任人, 下一步), and a few more ways of writing them.
 */
const TASK_STATUS_ALIASES: Readonly<Record<string, (typeof TASK_STATUS_OPTIONAL_COLUMNS)[number]>> = {
  ...Object.fromEntries(TASK_STATUS_OPTIONAL_COLUMNS.map((c) => [LEDGER_COLUMN_LABELS[c].zh, c])),
  "next step": "next_step",
  下一步工作: "next_step"
};

/**
 * The status file's name of a column headed as a person may head it (责任人 → person, 下一步 → next_step, Next Step →
 * next_step): the name the ledger's exports and table use. Any other header is returned as written.
 */
export function taskStatusColumn(header: string): string {
  return TASK_STATUS_ALIASES[header.trim().toLowerCase()] ?? header;
}

export interface TaskStatusRow {
  item: string;
  /** ISO yyyy-mm-dd. */
  asOf: string;
  status: TaskStatus;
  evidence: string;
  source: string;
  /** 责任人, when the file has the column and the cell is filled. */
  person?: string;
  /** The next step, when the file has the column and the cell is filled. */
  nextStep?: string;
}

export interface ValidationProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  row: number;
  message: string;
}

export interface Validation<R> {
  rows: R[];
  problems: ValidationProblem[];
  /**
   * What is kept but may not be what the user meant, one entry per row (reasons joined by "; "): a free-text cell
   * a spreadsheet would run as a formula (it is neutralised in CSV exports), a fraction given for a % indicator.
   */
  warnings: ValidationProblem[];
  /** The data rows checked (the rows of the file less the blank and unfilled ones): good + bad. */
  checked: number;
}

type Record_ = Record<string, string>;

/** The column names of a CSV text's header (trimmed, lower case). */
export function csvHeader(text: string): string[] {
  return readCsvRecords(text.replace(/\r?\n[\s\S]*$/, "")).columns;
}

/** "note begins with "=" …" for each free-text cell of the row a spreadsheet would run as a formula. */
function formulaWarnings(cells: Record_, columns: readonly string[]): string[] {
  return columns
    .filter((c) => cells[c] && looksLikeFormula(cells[c]))
    .map((c) => {
      const first = cells[c][0] === "\t" ? "a tab" : cells[c][0] === "\r" ? "a carriage return" : `"${cells[c][0]}"`;
      return `${c} begins with ${first}, which a spreadsheet runs as a formula (CSV exports prefix it with ')`;
    });
}

/** A year or date as typed, full-width digits and dashes folded to ASCII. */
const foldDigits = (text: string) => foldWidth(text).trim();

/**
 * The validation of a file whose header lacks required columns: one problem on row 1 naming them, no row read;
 * null when every required column is there.
 */
function missingColumns<R>(columns: string[], required: readonly string[], checked: number): Validation<R> | null {
  const missing = required.filter((c) => !columns.includes(c));
  if (!missing.length) return null;
  return {
    rows: [],
    problems: [{row: 1, message: `missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`}],
    warnings: [],
    checked
  };
}

/**
 * A number as people type it: 98, 98.5, -1.5, 4,000 (thousands separators), full-width digits; with a "%"
 * suffix, percent is true. Null for anything else ("", n/a, 约98, 98 家).
 */
export function parseNumber(text: string): {value: number; percent: boolean} | null {
  let s = foldWidth(text).trim();
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return null;
  const value = Number(s.replace(/,/g, ""));
  return Number.isFinite(value) ? {value, percent} : null;
}

const unitLabel = (unit: string) => (unit ? unit : "no unit");

/**
 * Validates observations.csv (columns id, year, value, level, source, note; an optional unit) against the plan's
 * indicators and targets. A header without the required columns is reported on row 1 and nothing else is read.
 */
export function validateObservations(
  text: string,
  context: {indicators: Indicator[]; targets: Target[]}
): Validation<ObservationRow> {
  const {columns, records} = readCsvRecords(text);
  const missing = missingColumns<ObservationRow>(columns, OBSERVATION_COLUMNS, records.length);
  if (missing) return missing;
  const known = new Map<string, {kind: ObservationRow["kind"]; unit: string}>();
  for (const i of context.indicators) known.set(i.id, {kind: "indicator", unit: (i.unit ?? "").trim()});
  for (const t of context.targets) known.set(t.id, {kind: "target", unit: t.unit.trim()});
  const hasUnit = columns.includes("unit");
  const rows: ObservationRow[] = [];
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const seen = new Map<string, number>();
  let checked = 0;
  for (const {row, cells} of records) {
    const {id, value: valueText, level: levelText, source, note} = cells;
    const yearText = foldDigits(cells.year);
    const unitText = hasUnit ? cells.unit : "";
    if (!yearText && !valueText && !source && !note) continue; // an unfilled template row
    ++checked;
    const reasons: string[] = [];
    const entry = known.get(id);
    if (!id) reasons.push("empty id");
    else if (!entry) reasons.push(`unknown id "${id}" (not an indicator or target of the plan)`);
    const number = parseNumber(valueText);
    if (!number) reasons.push(`value "${valueText}" is not a number`);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    const yearOk = year >= YEAR_RANGE.from && year <= YEAR_RANGE.to;
    if (!yearOk) reasons.push(`year "${yearText}" is not an integer in ${YEAR_RANGE.from}–${YEAR_RANGE.to}`);
    const level = levelText.toLowerCase() as ObservationLevel;
    const levelOk = OBSERVATION_LEVELS.includes(level);
    if (!levelOk) reasons.push(`level "${levelText}" is not one of ${OBSERVATION_LEVELS.join(", ")}`);
    if (entry) {
      const given = [foldWidth(unitText).trim(), number?.percent ? "%" : ""].filter(Boolean);
      const wrong = given.find((u) => u !== entry.unit);
      if (wrong) reasons.push(`unit "${wrong}" differs from the unit of ${id} (${unitLabel(entry.unit)})`);
    }
    if (id && yearOk && levelOk) {
      const key = `${id}\u0000${year}\u0000${level}`;
      const first = seen.get(key);
      if (first !== undefined) reasons.push(`duplicate of row ${first} (${id}, ${year}, ${level})`);
      else seen.set(key, row);
    }
    if (!source) reasons.push("empty source (every number must be cited)");
    if (reasons.length) {
      problems.push({row, message: reasons.join("; ")});
      continue;
    }
    const notes = formulaWarnings(cells, ["source", "note"]);
    // Excel stores a cell shown as 95 % as 0.95: the file then says 0.95 %.
    if (entry!.unit === "%" && !number!.percent && number!.value > 0 && number!.value <= 1)
      notes.push(
        `value ${number!.value} for ${id}, whose unit is %: if the cell was formatted as a percentage (${Math.round(number!.value * 10000) / 100} %), type ${Math.round(number!.value * 10000) / 100} or ${Math.round(number!.value * 10000) / 100}%`
      );
    if (notes.length) warnings.push({row, message: notes.join("; ")});
    rows.push({id, year, value: number!.value, level, source, note, kind: entry!.kind});
  }
  return {rows, problems, warnings, checked};
}

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date as people write it in a spreadsheet, as ISO yyyy-mm-dd: 2025-06-30, 2025/6/30 (how Excel in
 * Chinese re-saves a date), 2025.6.30 and 2025年6月30日; null for anything else or a day the calendar lacks.
 */
export function readDate(text: string): string | null {
  const m = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)$/.exec(
    text.trim()
  );
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] ?? m[4]).padStart(2, "0")}-${(m[3] ?? m[5]).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** The status a person typed (English in any case, or 未开始/进行中/已完成/有风险), or null. */
export function parseTaskStatus(text: string): TaskStatus | null {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
  return TASK_STATUSES.includes(s as TaskStatus) ? (s as TaskStatus) : (TASK_STATUSES_ZH[s] ?? null);
}

/** An item id folded for matching: full-width letters, digits and points to ASCII, upper case, no spaces. */
function foldItemId(id: string): string {
  return foldDigits(id).replace(/\s+/g, "").toUpperCase();
}

/**
 * Validates task-status.csv (columns item, as_of, status, evidence, source; optional person or 责任人, and
 * next_step or 下一步) against the plan's items. Several rows per item, with different as_of dates, are its
 * update history; two rows of one item on one date are a duplicate. An item id in another case or in full-width
 * characters (t2.6) is read as the plan's (T2.6), with a warning.
 */
export function validateTaskStatus(text: string, context: {items: Item[]}): Validation<TaskStatusRow> {
  const read = readCsvRecords(text);
  const columns = read.columns.map((c) => TASK_STATUS_ALIASES[c] ?? c);
  const records = read.records.map(({row, cells}) => ({
    row,
    cells: Object.fromEntries(Object.entries(cells).map(([c, v]) => [TASK_STATUS_ALIASES[c] ?? c, v]))
  }));
  const missing = missingColumns<TaskStatusRow>(columns, TASK_STATUS_COLUMNS, records.length);
  if (missing) return missing;
  const items = new Set(context.items.map((i) => i.id));
  const rows: TaskStatusRow[] = [];
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const seen = new Map<string, number>();
  let checked = 0;
  // An id typed in another case or in full-width characters (t2.6, Ｔ２．６) names the same item: read as the plan's.
  const byFolded = new Map(context.items.map((i) => [foldItemId(i.id), i.id]));
  for (const {row, cells} of records) {
    const {status: statusText, evidence, source, person = "", next_step: nextStep = ""} = cells;
    const typed = cells.item;
    const item = items.has(typed) ? typed : (byFolded.get(foldItemId(typed)) ?? typed);
    const asOfText = foldDigits(cells.as_of);
    const asOf = readDate(asOfText) ?? asOfText;
    if (!asOfText && !statusText && !evidence && !source && !person && !nextStep) continue; // an unfilled template row
    ++checked;
    const reasons: string[] = [];
    if (!item) reasons.push("empty item");
    else if (!items.has(item)) reasons.push(`unknown item "${item}" (not a task or action of the plan)`);
    const dateOk = isIsoDate(asOf);
    if (!dateOk) reasons.push(`as_of "${asOfText}" is not a date (yyyy-mm-dd, or 2025/6/30, 2025年6月30日)`);
    const status = parseTaskStatus(statusText);
    if (!status)
      reasons.push(
        `status "${statusText}" is not one of ${TASK_STATUSES.join(", ")} (or ${Object.keys(TASK_STATUSES_ZH).join(", ")})`
      );
    if (item && dateOk) {
      const key = `${item}\u0000${asOf}`;
      const first = seen.get(key);
      if (first !== undefined) reasons.push(`duplicate of row ${first} (${item}, ${asOf})`);
      else seen.set(key, row);
    }
    if (!source) reasons.push("empty source (every status must be cited)");
    if (reasons.length) {
      problems.push({row, message: reasons.join("; ")});
      continue;
    }
    const notes = formulaWarnings(cells, ["evidence", "source", "person", "next_step"]);
    if (item !== typed) notes.unshift(`item "${typed}" read as "${item}"`);
    if (notes.length) warnings.push({row, message: notes.join("; ")});
    rows.push({item, asOf, status: status!, evidence, source, ...(person && {person}), ...(nextStep && {nextStep})});
  }
  return {rows, problems, warnings, checked};
}

function csvText(rows: Record<string, string>[], columns: readonly string[]): string {
  return csvForPeople(rows, columns);
}

/**
 * The file a user fills in: one row per indicator and per target, level city, with the name (the indicator's
 * name, “中文 · English” when the glossary has it, or the target's subject), unit and target as the plan writes
 * them. UTF-8 with a BOM, so that Excel reads the Chinese.
 */
export function observationTemplate(model: PlanModel, glossary?: GlossaryEntry[]): string {
  const blank = {year: "", value: "", level: "city", source: "", note: ""};
  const rows = [
    ...model.indicators.map((i) => {
      const en = glossary && glossaryEntry(glossary, i.name)?.nameEn;
      return {id: i.id, ...blank, name: en ? `${i.name} · ${en}` : i.name, unit: i.unit ?? "", target: i.target.raw};
    }),
    ...model.targets.map((t) => ({id: t.id, ...blank, name: t.subject, unit: t.unit, target: t.raw}))
  ];
  return csvText(rows, OBSERVATION_TEMPLATE_COLUMNS);
}

/** The status file a user fills in: one row per task and action, with its title. UTF-8 with a BOM. */
export function taskStatusTemplate(model: PlanModel): string {
  const blank = {as_of: "", status: "", evidence: "", source: "", person: "", next_step: ""};
  const rows = model.items.map((i) => ({item: i.id, ...blank, title: i.title}));
  return csvText(rows, TASK_STATUS_TEMPLATE_COLUMNS);
}

/**
 * Status rows as a status file (every row, history included; UTF-8 with a BOM): validateTaskStatus reads it
 * back to the same rows.
 */
export function taskStatusCsv(rows: TaskStatusRow[]): string {
  const records = rows.map((r) => ({
    item: r.item,
    as_of: r.asOf,
    status: r.status,
    evidence: r.evidence,
    source: r.source,
    person: r.person ?? "",
    next_step: r.nextStep ?? ""
  }));
  return csvText(records, TASK_STATUS_FILE_COLUMNS);
}

/**
 * The national observations among the benchmark rows joined to the plan's indicators, as observation rows of
 * level nation; the source names the publication and its date.
 */
export function nationObservations(matched: BenchmarkMatch[]): ObservationRow[] {
  return matched
    .filter((m) => m.level === "nation" && m.kind === "observation")
    .map((m) => ({
      id: m.indicator,
      year: m.year,
      value: m.value,
      level: "nation" as const,
      source: m.published ? `${m.source}, ${m.published}` : m.source,
      note: m.note,
      kind: "indicator" as const,
      comparator: m.comparator
    }));
}
