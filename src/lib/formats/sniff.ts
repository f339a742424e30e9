/**
 * sniffFormat(bytes): which kind of file a plan came in, decided from its first bytes (magic numbers), not from its
 * name. The name only words the messages (a .wps and a .doc share one container).
 *
 * - `%PDF-` (within the first 1 KB, as PDF readers allow): PDF.
 * - D0 CF 11 E0 A1 B1 1A E1, the OLE compound file: Word 97–2003 .doc, WPS Office .wps (and .xls, .ppt …; the
 *   reader tells them apart by the streams inside).
 * - `PK\x03\x04`, a ZIP archive: a .docx (word/document.xml) or an OFD (OFD.xml, GB/T 33190); which one is decided
 *   by the archive's entries (zipKind in zip.ts).
 * - `{\rtf`: RTF (not read). `%!PS`, an image or another archive: binary, not read.
 * - Text that opens with MIME headers of a multipart/related message: a web page saved as MHTML (.mhtml, .mht).
 * - Text whose first markup is `<!DOCTYPE html`, `<html`, `<head` or `<body`: a saved web page.
 * - Anything else: text, decoded by the reader (UTF-8, UTF-16, GB18030).
 */
import {stripBom} from "../chars.js";
export type SniffedFormat = "pdf" | "ole" | "zip" | "rtf" | "mhtml" | "html" | "image" | "text";

const SIGNATURES: [SniffedFormat, number[]][] = [
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["rtf", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["image", [0x89, 0x50, 0x4e, 0x47]], // PNG
  ["image", [0xff, 0xd8, 0xff]], // JPEG
  ["image", [0x49, 0x49, 0x2a, 0x00]], // TIFF (a scan)
  ["image", [0x4d, 0x4d, 0x00, 0x2a]]
];

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** The start of the file as Latin-1 (ASCII-compatible encodings; a UTF-16 BOM is handled by the caller's decode). */
function head(bytes: Uint8Array, length: number): string {
  let s = "";
  for (let i = 0; i < Math.min(length, bytes.length); ++i) s += String.fromCharCode(bytes[i]);
  return s;
}

/** The start of the file as text, whatever its encoding: UTF-16 with a BOM is read as such, anything else as Latin-1. */
function headText(bytes: Uint8Array, length: number): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return new TextDecoder(encoding).decode(bytes.subarray(0, Math.min(bytes.length, 2 * length)));
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return head(bytes.subarray(3), length);
  return head(bytes, length);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  for (const [format, signature] of SIGNATURES) if (startsWith(bytes, signature)) return format;
  const start = head(bytes, 1024);
  if (start.includes("%PDF-")) return "pdf";
  const text = stripBom(headText(bytes, 4096));
  // MIME headers (From:, Subject:, Date:, MIME-Version:) before a blank line, with a multipart/related type.
  const headers = text.split(/\r?\n\r?\n/, 1)[0];
  if (/^MIME-Version:/im.test(headers) && /^Content-Type:\s*multipart\/related/im.test(headers)) return "mhtml";
  if (
    /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<!doctype\s+html)/i.test(
      text
    )
  )
    return "html";
  return "text";
}
