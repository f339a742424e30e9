/**
 * Bytes to text. A plan arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK, the
 * encoding of Chinese government offices. TextDecoder reads all of them in Node and in the browser, so no
 * detection library is needed: a BOM decides; else strict UTF-8 is tried and GB18030 read when it fails.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes do not look like text (NUL bytes, many control characters). */
  binary: boolean;
}

export function decodePlan(input: string | Uint8Array | ArrayBuffer): Decoded {
  if (typeof input === "string") return {text: stripBom(input), encoding: "utf-8", binary: looksBinary(input)};
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomEncoding(bytes);
  // Without a BOM, the strict UTF-8 attempt that decides the encoding is also the decoding: the bytes are read once.
  const utf8 = bom === null ? strictUtf8(bytes) : null;
  const encoding = bom ?? (utf8 !== null ? "utf-8" : "gb18030");
  const text = utf8 ?? new TextDecoder(encoding, {ignoreBOM: false}).decode(bytes);
  return {text: stripBom(text), encoding, binary: looksBinary(text)};
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
