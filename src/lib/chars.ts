/**
 * Character tests by character code. The parser's scans over the text read codes (charCodeAt) rather than
 * one-character strings (text[i]): a Chinese character read as a string is a new string each time.
 */

/**
 * A Chinese (CJK) character, the one test the interface uses (splitting "牵头 lead", wrapping and measuring
 * labels): CJK radicals to unified ideographs with the CJK punctuation and kana between (U+2E80–U+9FFF),
 * compatibility ideographs (U+F900–U+FAFF) and full-width forms (U+FF00–U+FFEF). One character; no flag.
 */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The byte-order mark, as a character. */
export const BOM = "\ufeff";

/** The text without a leading byte-order mark (as Excel and Notepad write UTF-8): the one BOM strip. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** Whether a character code is white space as /\s/ and String.prototype.trim see it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The text without its trailing white space and | (a boxed layout's right border): what text.replace(/[\s|]+$/, "")
 * gives, read from the end (the pattern is tried from every position of the text).
 */
export function trimEndBars(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x7c)) --end;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether `chars` holds the character of code c. */
export function hasCode(chars: string, c: number): boolean {
  for (let k = 0; k < chars.length; ++k) if (chars.charCodeAt(k) === c) return true;
  return false;
}
