/**
 * Monitoring files as CSV text: a CSV in any encoding the plan decoder reads (UTF-8, UTF-16, GB18030 as Excel
 * saves it), or the first sheet of an .xlsx workbook, read with read-excel-file (maintained, no network, works
 * in Node and in the browser). The validators then read every file the same way.
 */
import {csvFormatRows} from "d3-dsv";
import {decodePlan} from "./reader/decode.js";

/** Whether the bytes are a ZIP container (an .xlsx workbook starts with PK\x03\x04). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The CSV text of a monitoring file's bytes. Throws with a clear message on a workbook it cannot read. */
export async function monitoringText(input: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isZip(bytes)) return decodePlan(bytes).text;
  let rows;
  try {
    // Imported when a workbook is read, not with the page (80 KB with its unzipper).
    const {readSheet} = await import("read-excel-file/universal");
    rows = await readSheet(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    throw new Error(`not a readable .xlsx workbook (${(error as Error).message})`);
  }
  return csvFormatRows(rows.map((row) => row.map(cell)));
}
