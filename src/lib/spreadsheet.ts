/**
 * Monitoring files as CSV text: a CSV in any encoding the plan decoder reads (UTF-8, UTF-16, GB18030 as Excel
 * saves it), or the first sheet of an .xlsx workbook, read with read-excel-file (maintained, no network, works
 * in Node and in the browser). The validators then read every file the same way.
 *
 * readMonitoringFile is the one rule for a file a user gives (the validate CLI, the progress and ledger pages):
 * it never throws, and says in one line why a file cannot be read (empty, not text, not a readable workbook,
 * a workbook that inflates past MAX_WORKBOOK_BYTES).
 */
import {csvFormatRows} from "d3-dsv";
import {stripBom} from "./csv.js";
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
 * The CSV text of a monitoring file's bytes. Throws with a clear message on a workbook it cannot read or that
 * inflates past MAX_WORKBOOK_BYTES.
 */
export async function monitoringText(input: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isZip(bytes)) return decodePlan(bytes).text;
  const size = zipUncompressedSize(bytes);
  if (size !== null && size > MAX_WORKBOOK_BYTES)
    throw new Error(
      `the workbook inflates to ${megabytes(size)}, more than the ${megabytes(MAX_WORKBOOK_BYTES)} a monitoring file may hold`
    );
  let rows;
  try {
    // Imported when a workbook is read, not with the page (80 KB with its unzipper).
    const {readSheet} = await import("read-excel-file/universal");
    // A copy of exactly these bytes: a Node Buffer's .buffer is the shared pool, not the file.
    rows = await readSheet(new Uint8Array(bytes).buffer as ArrayBuffer);
  } catch (error) {
    throw new Error(`not a readable .xlsx workbook (${(error as Error).message})`);
  }
  return csvFormatRows(rows.map((row) => row.map(cell)));
}

/** What readMonitoringFile found: the CSV text, or why the file cannot be read (one line, no file name). */
export type MonitoringFile = {text: string; error?: undefined} | {text?: undefined; error: string};

/**
 * A monitoring file a user gives, read with monitoringText; never throws. The error says, in one line, that the
 * file is empty (0 bytes, or only a BOM and white space), not text (binary content: a PDF, an image, a .xls),
 * not a readable workbook, or a workbook too large once inflated.
 */
export async function readMonitoringFile(input: ArrayBuffer | Uint8Array): Promise<MonitoringFile> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return {error: "the file is empty"};
  if (!isZip(bytes)) {
    const decoded = decodePlan(bytes);
    if (decoded.binary) return {error: "not a text file (binary content): save it as CSV or .xlsx"};
    if (stripBom(decoded.text).trim() === "") return {error: "the file is empty"};
    return {text: decoded.text};
  }
  try {
    return {text: await monitoringText(bytes)};
  } catch (error) {
    return {error: (error as Error).message};
  }
}
