/**
 * Bytes to text. A plan arrives as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one from some
 * Windows tools), or GB18030/GBK, the encoding of Chinese government offices. TextDecoder reads all of them in
 * Node and in the browser, so no detection library is needed: a BOM decides; else NUL bytes at every other
 * position mean UTF-16; else strict UTF-8 is tried and GB18030 read when it fails — unless the bytes are UTF-8
 * but for a few sequences (a file pasted together from two encodings, a damaged copy): then they are read as
 * UTF-8, the bad sequences replaced by U+FFFD, and `replaced` counts them so the reader can say where.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes do not look like text (NUL bytes, many control characters). */
  binary: boolean;
  /** Byte sequences that could not be read in the chosen encoding and were replaced by U+FFFD. */
  replaced: number;
}

/**
 * At most this share of characters replaced, the bytes are UTF-8 with damage rather than GB18030: GB18030 Chinese
 * read as UTF-8 replaces nearly every character (a third of the text and more).
 */
const DAMAGED_UTF8 = 0.02;

export function decodePlan(input: string | Uint8Array | ArrayBuffer): Decoded {
  if (typeof input === "string")
    return {text: stripBom(input), encoding: "utf-8", binary: looksBinary(input), replaced: 0};
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomEncoding(bytes) ?? utf16WithoutBom(bytes);
  // Without a BOM, the strict UTF-8 attempt that decides the encoding is also the decoding: the bytes are read once.
  const utf8 = bom === null ? strictUtf8(bytes) : null;
  if (bom === null && utf8 === null) {
    // Not strict UTF-8: UTF-8 with a few damaged sequences, or GB18030.
    const loose = new TextDecoder("utf-8").decode(bytes);
    const replaced = countReplacements(loose);
    if (replaced <= DAMAGED_UTF8 * loose.length)
      return {text: stripBom(loose), encoding: "utf-8", binary: looksBinary(loose), replaced};
  }
  const encoding = bom ?? (utf8 !== null ? "utf-8" : "gb18030");
  const text = utf8 ?? new TextDecoder(encoding, {ignoreBOM: false}).decode(bytes);
  return {
    text: stripBom(text),
    encoding,
    binary: looksBinary(text),
    replaced: utf8 !== null ? 0 : countReplacements(text)
  };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) ++n;
  return n;
}

/**
 * UTF-16 without a BOM: in the first 4 KiB, NUL bytes at odd positions (little-endian: the high byte of ASCII
 * characters, line feeds and digits) and few at even ones, or the reverse. UTF-8 and GB18030 text holds no NUL.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) ++even;
    if (bytes[i + 1] === 0) ++odd;
  }
  const pairs = n / 2;
  // A character such as 一 (U+4E00) has a NUL byte of its own: the other side needs only to hold far fewer.
  if (odd >= 0.05 * pairs && even * 4 < odd) return "utf-16le";
  if (even >= 0.05 * pairs && odd * 4 < even) return "utf-16be";
  return null;
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The bytes read as strict UTF-8, or null when they are not UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return null;
  }
}

export function detectEncoding(bytes: Uint8Array): Encoding {
  return bomEncoding(bytes) ?? (strictUtf8(bytes) !== null ? "utf-8" : "gb18030");
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Control characters other than tab, line feed, form feed and carriage return; the replacement character. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/** Text with NUL bytes, or where more than 1 in 20 characters is a control or replacement character. */
export function looksBinary(text: string): boolean {
  // One regular expression (native code) rather than a loop over every character: this runs on every plan read.
  // Its class holds NUL, so text it does not match holds no NUL either.
  const bad = text.match(SUSPECT);
  if (bad === null) return false;
  if (text.includes("\u0000")) return true;
  return bad.length / text.length > 0.05;
}
