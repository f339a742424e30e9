/**
 * CSV text for people, via d3-dsv (RFC 4180 quoting). With a BOM, Excel opens Chinese text as UTF-8.
 *
 * Every CSV the site or the CLI writes for people to open (the CLI's --format csv, the tables of the site, the
 * table downloads, the ledger export, the templates) goes through csvForPeople, which neutralises cells Excel
 * would read as a formula (CSV injection: `=HYPERLINK(…)` in an evidence field runs when the file is opened).
 * JSON downloads stay lossless; the CSV text read back by the validators (spreadsheet.ts) is not made here.
 *
 * And CSV as people write it, read back: readCsvRecords, the one reader of the reference files (departments.csv,
 * indicators.csv, benchmarks.csv) and the monitoring files, whose callers report every bad row by its number.
 */
import {csvFormat, csvParseRows} from "d3-dsv";
import {BOM, stripBom} from "./chars.js";
import type {Table} from "./tables.js";

export {BOM, stripBom};

/** A data row of a CSV file: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export interface CsvRecord {
  row: number;
  /** Trimmed cells by column name; a column named twice keeps its first cell; a short row's missing cells are "". */
  cells: Record<string, string>;
}

/**
 * CSV text as people write it: a BOM stripped, CRLF or LF, the header's names trimmed and in lower case, every
 * cell trimmed, wholly empty rows left out (their numbers are not reused: row numbers stay the spreadsheet's).
 * Row numbers count records: a quoted cell with a line break does not shift them.
 */
export function readCsvRecords(text: string): {columns: string[]; records: CsvRecord[]} {
  const [header = [], ...body] = csvParseRows(stripBom(text));
  const columns = header.map((c) => c.trim().toLowerCase());
  const records: CsvRecord[] = [];
  body.forEach((values, i) => {
    if (values.every((v) => !v.trim())) return;
    const cells: Record<string, string> = {};
    columns.forEach((c, j) => {
      if (c && !(c in cells)) cells[c] = (values[j] ?? "").trim();
    });
    records.push({row: i + 2, cells});
  });
  return {columns, records};
}

/** A cell Excel, LibreOffice or Google Sheets would read as a formula: it begins with = + - @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, which a spreadsheet reads as a number, not a formula: -12, +3.5, -1e3. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * Signs alone, with nothing for a formula to compute: a comparator (`=`, `=<`), a dash for "none"
 * (`-`, `--`). The targets table's `op` column holds `=` for 达到: prefixing it would change the value a script reads.
 */
const SIGNS_ONLY = /^[=+\-<>]+$/;

/** Whether a text cell would be read by a spreadsheet as a formula (and so needs excelSafe). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !NUMBER.test(text) && !SIGNS_ONLY.test(text);
}

/**
 * The text of one cell as it is written to a CSV for people: null and undefined as "", numbers and booleans as
 * written (a negative number stays a number), and text that begins with = + - @, a tab or a carriage return
 * prefixed with a single quote (as OWASP recommends), so that Excel shows it as text rather than running it.
 * Text that is a plain number ("-5", "+3.5") or signs alone ("=", "-": a comparator, a dash) is kept as it is.
 */
export function excelSafe(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return looksLikeFormula(value) ? `'${value}` : value;
}

/**
 * CSV text for people: a header of `columns`, then one line per row, every cell through excelSafe; a BOM first
 * unless {bom: false}; ends with a newline.
 */
export function csvForPeople(
  rows: readonly object[],
  columns: readonly string[],
  {bom = true}: {bom?: boolean} = {}
): string {
  const cells = rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c, excelSafe((r as Record<string, unknown>)[c])]))
  );
  return (bom ? BOM : "") + csvFormat(cells, [...columns]) + "\n";
}

/** A table of the model (see tables.ts) as CSV for people (csvForPeople). */
export function tableToCsv(table: Table, {bom = true}: {bom?: boolean} = {}): string {
  return csvForPeople(table.rows, table.columns, {bom});
}
