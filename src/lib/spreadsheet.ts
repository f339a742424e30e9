/**
 * Monitoring files as CSV text: a CSV in any encoding the plan decoder reads (UTF-8, UTF-16, GB18030 as Excel
 * saves it), or a sheet of an .xlsx workbook (the one named after the kind of file, else the first), read with read-excel-file (maintained, no network, works
 * in Node and in the browser). The validators then read every file the same way.
 *
 * readMonitoringFile is the one rule for a file a user gives (the validate CLI, the progress and ledger pages):
 * it never throws, and says in one line why a file cannot be read (empty, not text, not a readable workbook,
 * a workbook that inflates past MAX_WORKBOOK_BYTES).
 */
import {csvFormatRows} from "d3-dsv";
import {stripBom} from "./csv.js";
import {KEPT_KINDS, type KeptKind} from "./keptFiles.js";
import {decodePlan} from "./reader/decode.js";

/** The most a workbook may inflate to (the sum of its parts' uncompressed sizes): 100 MB. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

/** Whether the bytes are a ZIP container (an .xlsx workbook starts with PK\x03\x04). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The sum of the uncompressed sizes a ZIP's central directory declares (APPNOTE 4.3.12, 4.3.16), in bytes;
 * Infinity for a ZIP64 entry (a size of 0xFFFFFFFF) or a directory that runs past the end of the file; null
 * when no end-of-central-directory record is found. The unzipper read-excel-file uses (fflate) sizes each
 * part's output from this same directory, so a cap on it bounds the memory a workbook can take.
 */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); --i) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; ++n) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return Infinity;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

const megabytes = (n: number) => (n === Infinity ? "more than 4 GB" : `${(n / 1024 / 1024).toFixed(0)} MB`);

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * The CSV text of a monitoring file's bytes: a CSV's text, or a workbook's sheet named `kind` (the workbook of
 * both files that the progress and ledger pages save, monitoringWorkbook.ts), else its first sheet. Throws with a
 * clear message on a workbook it cannot read or that inflates past MAX_WORKBOOK_BYTES.
 */
export async function monitoringText(input: ArrayBuffer | Uint8Array, kind?: KeptKind): Promise<string> {
  return (await monitoringSheets(input, kind)).text;
}

/**
 * monitoringText, and the text of every sheet of a workbook named after a kind of monitoring file
 * ("observations", "task-status"), so that a page loading the workbook of both files keeps both.
 */
export async function monitoringSheets(
  input: ArrayBuffer | Uint8Array,
  kind?: KeptKind
): Promise<{text: string; sheet?: string; sheets: Partial<Record<KeptKind, string>>}> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isZip(bytes)) return {text: decodePlan(bytes).text, sheets: {}};
  const size = zipUncompressedSize(bytes);
  if (size !== null && size > MAX_WORKBOOK_BYTES)
    throw new Error(
      `the workbook inflates to ${megabytes(size)}, more than the ${megabytes(MAX_WORKBOOK_BYTES)} a monitoring file may hold`
    );
  let workbook;
  try {
    // Imported when a workbook is read, not with the page (80 KB with its unzipper).
    const {default: readXlsxFile} = await import("read-excel-file/universal");
    // A copy of exactly these bytes: a Node Buffer's .buffer is the shared pool, not the file.
    workbook = await readXlsxFile(new Uint8Array(bytes).buffer as ArrayBuffer);
  } catch (error) {
    throw new Error(`not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const csv = (rows: unknown[][]) => csvFormatRows(rows.map((row) => row.map(cell)));
  const sheets: Partial<Record<KeptKind, string>> = {};
  for (const {sheet, data} of workbook)
    if (KEPT_KINDS.includes(sheet as KeptKind)) sheets[sheet as KeptKind] ??= csv(data);
  const chosen = (kind && workbook.find((s) => s.sheet === kind)) || workbook[0];
  if (!chosen) throw new Error("not a readable .xlsx workbook (it has no sheet)");
  return {text: csv(chosen.data), sheet: chosen.sheet, sheets};
}

/**
 * What readMonitoringFile found: the CSV text (of the sheet named `sheet` in a workbook) and, for a workbook,
 * the text of each sheet named after a kind of monitoring file; or why the file cannot be read (one line).
 */
export type MonitoringFile =
  | {text: string; sheet?: string; sheets?: Partial<Record<KeptKind, string>>; error?: undefined}
  | {text?: undefined; sheet?: undefined; sheets?: undefined; error: string};

/**
 * A monitoring file a user gives, read with monitoringText; never throws. The error says, in one line, that the
 * file is empty (0 bytes, or only a BOM and white space), not text (binary content: a PDF, an image, a .xls),
 * not a readable workbook, or a workbook too large once inflated.
 */
export async function readMonitoringFile(input: ArrayBuffer | Uint8Array, kind?: KeptKind): Promise<MonitoringFile> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return {error: "the file is empty"};
  if (!isZip(bytes)) {
    const decoded = decodePlan(bytes);
    if (decoded.binary) return {error: "not a text file (binary content): save it as CSV or .xlsx"};
    if (stripBom(decoded.text).trim() === "") return {error: "the file is empty"};
    return {text: decoded.text};
  }
  try {
    return await monitoringSheets(bytes, kind);
  } catch (error) {
    return {error: (error as Error).message};
  }
}
