/**
 * Both monitoring files of a plan in one workbook: a sheet "observations" (the progress page's file) and a sheet
 * "task-status" (the ledger's), as a 督查 office keeps them in Excel. Written with write-excel-file and read back
 * with read-excel-file (spreadsheet.ts): the same maintainer's pair, no network, Node and browser.
 *
 *   const sheets = workbookSheets({observations: text, "task-status": null});
 *   // → [{sheet: "observations", data: [[{value: "id", type: String}, …], …]}, {sheet: "task-status", data: [header]}]
 *
 * Lossless: every row and column of the CSV text is a row and column of its sheet (a file not kept is its
 * header only). The task-status sheet's header names each column as the ledger's exports do: a column a person
 * headed 责任人 or 下一步 is `person` or `next_step` there too (taskStatusColumn), as in the ledger's CSV. A cell whose text is a number written as JavaScript writes it (95.5, 2024, -3; not 95.50, 0012
 * or ９５) is a number cell, so Excel sums it; a date written yyyy-mm-dd is a date cell shown yyyy-mm-dd; any
 * other text, Chinese included, is a text cell as written (a text cell is never a formula, so `=…` is safe).
 * Reading the workbook back (String of a number, a date's yyyy-mm-dd) gives the same text cell for cell.
 */
import {csvParseRows} from "d3-dsv";
import {stripBom} from "./csv.js";
import {KEPT_KINDS, type KeptKind} from "./keptFiles.js";
import {OBSERVATION_COLUMNS, TASK_STATUS_FILE_COLUMNS, taskStatusColumn} from "./observations.js";

/** The sheet of each kind of monitoring file: its name is the kind. */
export const WORKBOOK_SHEETS: readonly KeptKind[] = KEPT_KINDS;

/** The header of each kind's sheet when no file of that kind is kept. */
export const WORKBOOK_HEADERS: Readonly<Record<KeptKind, readonly string[]>> = {
  observations: OBSERVATION_COLUMNS,
  "task-status": TASK_STATUS_FILE_COLUMNS
};

/** A cell as write-excel-file takes it (the type is the constructor, as its API asks). */
export type WorkbookCell =
  | {value: string; type: StringConstructor}
  | {value: number; type: NumberConstructor}
  | {value: Date; type: DateConstructor; format: string}
  | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One CSV cell as a workbook cell: a number, a date (yyyy-mm-dd, at 00:00 UTC) or text; null when empty. */
export function workbookCell(text: string): WorkbookCell {
  if (text === "") return null;
  const n = Number(text);
  if (text.trim() === text && Number.isFinite(n) && String(n) === text) return {value: n, type: Number};
  const date = ISO_DATE.exec(text);
  if (date) {
    const value = new Date(Date.UTC(+date[1], +date[2] - 1, +date[3]));
    // A real calendar date only (2024-02-30 stays text).
    if (value.toISOString().slice(0, 10) === text) return {value, type: Date, format: "yyyy-mm-dd"};
  }
  return {value: text, type: String};
}

/** The sheets of the workbook: one per kind, from the CSV text kept for it, or its header when none is. */
export function workbookSheets(
  files: Partial<Record<KeptKind, string | null>>
): {sheet: KeptKind; data: WorkbookCell[][]}[] {
  return WORKBOOK_SHEETS.map((sheet) => {
    const text = files[sheet];
    const rows = text ? csvParseRows(stripBom(text)) : [[...WORKBOOK_HEADERS[sheet]]];
    if (sheet === "task-status" && rows.length) rows[0] = rows[0].map(taskStatusColumn);
    return {sheet, data: rows.map((row) => row.map(workbookCell))};
  });
}

/** The name of the saved workbook: <plan>-monitoring-<yyyy-mm-dd>.xlsx. */
export function workbookName(plan: string, now: Date = new Date()): string {
  return `${plan}-monitoring-${now.toISOString().slice(0, 10)}.xlsx`;
}
