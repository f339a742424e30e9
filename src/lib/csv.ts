/**
 * CSV text from a table, via d3-dsv (RFC 4180 quoting). With a BOM, Excel opens Chinese text as UTF-8.
 */
import {csvFormat} from "d3-dsv";
import type {Table} from "./tables.js";

export const BOM = "\ufeff";

export function tableToCsv(table: Table, {bom = true}: {bom?: boolean} = {}): string {
  const rows = table.rows.map((r) =>
    Object.fromEntries(table.columns.map((c) => [c, r[c] === null ? "" : String(r[c])]))
  );
  return (bom ? BOM : "") + csvFormat(rows, table.columns) + "\n";
}
