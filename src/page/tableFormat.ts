/**
 * yearFormats(columns): Inputs.table `format` entries for the columns of `columns` that hold calendar years
 * (YEAR_COLUMNS of src/lib/tables.ts), so that 2025 shows as 2025 and not as the quantity "2,025"; an empty
 * cell shows empty. Spread it into a table's format:
 *
 *   Inputs.table(rows, {columns, format: {...yearFormats(columns), id: …}})
 */
import {YEAR_COLUMNS} from "../lib/tables.js";

export function yearFormats(columns: readonly string[]): Record<string, (value: unknown) => string> {
  const asWritten = (value: unknown) => (value == null ? "" : String(value));
  return Object.fromEntries(columns.filter((c) => YEAR_COLUMNS.has(c)).map((c) => [c, asWritten]));
}
