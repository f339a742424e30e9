/**
 * One plan of a corpus, read and turned into the rows of every table: what a worker thread does (and the main
 * thread, with --jobs 1). The result is plain data (strings, numbers, arrays), cheap to send between threads:
 * each table's rows as CSV lines (without header) and as columns for Parquet, each with the plan's slug first.
 */
import {readFileSync} from "node:fs";
import {csvForPeople} from "../../src/lib/csv.js";
import type {DepartmentDirectory} from "../../src/lib/departments.js";
import {type PlanMetaFields, planRow, planTableRow, PLAN_COLUMNS} from "../../src/lib/compare/planRow.js";
import {readingReport} from "../../src/lib/reader/coverage.js";
import {decodePlan} from "../../src/lib/reader/decode.js";
import {parsePlan} from "../../src/lib/reader/parse.js";
import {nodeReadOptions} from "../../src/lib/formats/node.js";
import {readPlanFile} from "../../src/lib/readPlanFile.js";
import {type Cell, planTables, TABLE_NAMES} from "../../src/lib/tables.js";
import {readDepartments} from "../../src/dataFiles/plan-files.js";
import {fsReason, isEmptyText, readInputFile} from "../input.js";
import type {PlanFileEntry} from "./files.js";
import {stripBom} from "../../src/lib/chars.js";

/** The corpus tables: the model's tables (tables.ts), then plans. */
export const CORPUS_TABLES = [...TABLE_NAMES, "plans"] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

/** The columns of a corpus table: plan first, then the table's own (plans has plan already). */
export function corpusColumns(): Record<CorpusTable, string[]> {
  const out = {} as Record<CorpusTable, string[]>;
  for (const t of planTables(parsePlan(""))) out[t.name] = ["plan", ...t.columns];
  out.plans = PLAN_COLUMNS.map(([c]) => c);
  return out;
}

export interface TableChunk {
  /** The rows as CSV lines (csvForPeople, no BOM, no header), each ending in a newline; "" for no rows. */
  csv: string;
  /** The same rows by column, in the table's column order. */
  columns: Cell[][];
  rows: number;
}

/** A table's rows of one plan once its group's rows are encoded (task.ts): their number. */
export type TableRows = Pick<TableChunk, "rows">;

/** One plan read (`T` its tables' rows), or why it could not be. */
export type PlanOutcome<T> =
  | {
      index: number;
      rel: string;
      slug: string;
      ok: true;
      /** The reading report (coverage.ts) of the plan. */
      report: string;
      /** Things to tell the user about the files (a meta file that is not JSON, a Word document's notes). */
      notes: string[];
      tables: Record<CorpusTable, T>;
    }
  | {index: number; rel: string; slug: string; ok: false; error: string};

/** A plan as readCorpusPlan returns it: its rows as CSV lines and as columns. */
export type PlanRead = PlanOutcome<TableChunk>;
/** A plan as the corpus command reports it (its rows are in its group's CSV bytes and Parquet row groups). */
export type PlanResult = PlanOutcome<TableRows>;

const directories = new Map<string, DepartmentDirectory>();

/** The department reference at `path`, read once per thread. Its problems are reported by the CLI, not here. */
function departmentsAt(path: string): DepartmentDirectory {
  let d = directories.get(path);
  if (!d) directories.set(path, (d = readDepartments(path).directory));
  return d;
}

function readMeta(path: string | null, notes: string[]): PlanMetaFields {
  if (!path) return {};
  try {
    const meta = JSON.parse(stripBom(readFileSync(path, "utf8")));
    if (meta && typeof meta === "object" && !Array.isArray(meta)) return meta as PlanMetaFields;
    notes.push(`${path}: not a JSON object; the plan is read without it`);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : fsReason(error);
    notes.push(`${path}: ${reason}; the plan is read without it`);
  }
  return {};
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads one plan file and its meta file and returns its rows, or why it cannot be read (a missing or empty file,
 * binary content, a Word document that cannot be opened). Never throws.
 */
export async function readCorpusPlan(entry: PlanFileEntry, departments: string): Promise<PlanRead> {
  const {index, rel, slug} = entry;
  const fail = (error: string): PlanRead => ({index, rel, slug, ok: false, error});
  try {
    const read = readInputFile(entry.path, "plan file");
    if ("error" in read) return fail(read.error);
    const bytes = read.bytes;
    const notes: string[] = [];
    let input: string | Uint8Array;
    // Anything but a .txt file (Word, WPS, PDF, OFD, a saved web page) is read by its format (src/lib/formats/).
    if (!/\.txt$/i.test(entry.path) || ZIP.every((b, i) => bytes[i] === b)) {
      const file = await readPlanFile(rel, bytes, nodeReadOptions());
      // The format reader's message names the file already: the corpus line names it once.
      const unprefixed = (m: string) => (m.startsWith(`${rel}: `) ? m.slice(rel.length + 2) : m);
      if (!file.text) return fail(unprefixed(file.messages[0] ?? "no text"));
      notes.push(...file.messages);
      input = file.text;
    } else {
      const decoded = decodePlan(bytes);
      if (decoded.binary) return fail("not a text file (binary content)");
      if (isEmptyText(decoded.text)) return fail("the file is empty");
      input = bytes;
    }
    const meta = readMeta(entry.meta, notes);
    const model = parsePlan(input, {departments: departmentsAt(departments)});
    const tables = {} as Record<CorpusTable, TableChunk>;
    const chunk = (columns: string[], rows: Record<string, Cell>[]): TableChunk => {
      const text = csvForPeople(rows, columns, {bom: false});
      return {
        csv: text.slice(text.indexOf("\n") + 1),
        columns: columns.map((c) => rows.map((r) => r[c] ?? null)),
        rows: rows.length
      };
    };
    for (const t of planTables(model))
      tables[t.name] = chunk(
        ["plan", ...t.columns],
        t.rows.map((r) => ({plan: slug, ...r}))
      );
    tables.plans = chunk(
      PLAN_COLUMNS.map(([c]) => c),
      [planTableRow(planRow(slug, model, meta))]
    );
    return {index, rel, slug, ok: true, report: readingReport(model), notes, tables};
  } catch (error) {
    return fail(`the reader failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
