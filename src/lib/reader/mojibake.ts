/**
 * Lines a web copy decoded one byte out of step. A page whose GBK (GB18030) bytes were read from the wrong byte pairs
 * the second byte of each character with the first of the next: `（二）推進東部` shows as `?。ǘ┩七M(jìn)東部`, garbled
 * until a lone byte (here the M, the second byte of 進) brings the reading back in step. The garbled run holds what a
 * plan's line never opens with: a full stop, pinyin letters and bopomofo (ǘ ㄈ), box drawing (┩ ┘), kana, small
 * forms (﹩), the symbol rows a shifted pair falls in. Encoded again as GB18030 and read again one byte later, it is
 * the line as written.
 *
 * Some pairs of a shifted reading are ones GBK leaves unmapped (a numeral whose second byte is F8 or higher, 二 B6FE,
 * 三 C8FD, 六 C1F9, read with the （ or ） beside it): the page dropped them, so the repaired run lacks those bytes and the
 * characters around them. A line's marker is rebuilt from what is left where exactly one numbering marker, shifted and
 * stripped of its unmapped pairs the same way, leaves those bytes: `（订推進` (二's B6 and ）'s A9 kept) is `（二）推進`.
 *
 * The table of GB18030's two-byte codes is the platform's: TextDecoder("gb18030") (the WHATWG Encoding Standard's
 * index, in Node and every browser) decodes each pair once, and the table is read backwards to encode. No library
 * (iconv-lite needs Buffer in the browser, where the reader also runs), and no table of our own to get wrong.
 */

import {readMarker} from "./numbering.js";

/** A line repaired, or found garbled and left as it was. */
export interface ShiftedLine {
  /** The line's index (0-based) among the text's lines. */
  index: number;
  /** True where the line was read again in step; false where it is garbled and could not be. */
  repaired: boolean;
  /** True where the copy lost bytes of the line (pairs it dropped, a byte it replaced by ?): characters are gone. */
  lost: boolean;
}

/**
 * The characters a pair read one byte out of step falls in and a plan's line does not open with: kana, Greek,
 * Cyrillic, pinyin letters with tones, bopomofo, box drawing, vertical and small forms (GB2312 rows A4–A9 and GBK's
 * additions to them).
 */
const SIGN =
  "\\u3041-\\u30ff\\u0391-\\u03c9\\u0401-\\u0451\\u0101-\\u01dc\\u0251\\u0261\\u3105-\\u3129\\u2500-\\u254b\\ufe30-\\ufe6b";
const SIGNS = new RegExp(`[${SIGN}]`, "g");
/**
 * A line that may open with a shifted run: a full stop at its start (after a ? where the page lost a byte; the first
 * pair of a line that opens with （ or 　, read with the byte before it), or two signs within its first characters.
 * Only such lines are encoded again.
 */
const SUSPECT = new RegExp(`^(?:[?\\ufffd]?。[^\\n]{0,6}[${SIGN}]|[^\\n]{0,6}[${SIGN}][^\\n]{0,6}[${SIGN}])`, "gm");
/** The numerals of a marker that may be rebuilt: （一）…（二十）, 一、…二十、. */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const MARKERS = [...NUMERALS, ...NUMERALS.map((n) => "十" + n), "二十"]
  .filter((n) => n !== "十十")
  .flatMap((n) => [`（${n}）`, `${n}、`]);

let table: {decoded: string; codes: Map<number, number>} | null = null;

/** GB18030's two-byte codes (lead 81–FE, trail 40–7E and 80–FE), by pointer and by the character each decodes to. */
function gb18030(): {decoded: string; codes: Map<number, number>} {
  if (table) return table;
  const bytes = new Uint8Array(126 * 190 * 2);
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; ++lead)
    for (let trail = 0x40; trail <= 0xfe; ++trail) {
      if (trail === 0x7f) continue;
      bytes[k++] = lead;
      bytes[k++] = trail;
    }
  // Each pair decodes to one character of the Basic Multilingual Plane (a private-use one where GBK maps none).
  const decoded = new TextDecoder("gb18030").decode(bytes);
  const codes = new Map<number, number>();
  for (let i = 0; i < decoded.length; ++i) {
    const c = decoded.charCodeAt(i);
    if (!codes.has(c)) codes.set(c, (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  }
  return (table = {decoded, codes});
}

/** The pair's character as GB18030 decodes it (lead, trail bytes). */
function pairChar(lead: number, trail: number): number {
  const t = trail - (trail < 0x7f ? 0x40 : 0x41);
  return gb18030().decoded.charCodeAt((lead - 0x81) * 190 + t);
}

/** Whether GBK leaves the pair unmapped (GB18030 reads it as a private-use character): a web page drops it. */
function unmapped(lead: number, trail: number): boolean {
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail === 0x7f || trail > 0xfe) return true;
  const c = pairChar(lead, trail);
  return c >= 0xe000 && c <= 0xf8ff;
}

/** A text's GB18030 bytes where each of its characters is ASCII or a two-byte code, else null. */
export function encodeGb18030(text: string): number[] | null {
  const codes = gb18030().codes;
  const out: number[] = [];
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const code = codes.get(c);
    if (code === undefined) return null;
    out.push(code >> 8, code & 0xff);
  }
  return out;
}

/** The bytes read as GB18030; a lone lead byte at the end is dropped (its pair was lost). */
function decodeGb18030(bytes: number[]): string {
  return new TextDecoder("gb18030").decode(new Uint8Array(bytes)).replace(/\ufffd$/, "");
}

/** How many characters of the text fall in the shifted reading's symbol rows (SIGN). */
function signs(text: string): number {
  return text.match(SIGNS)?.length ?? 0;
}

/** Characters a plan's text is made of: ideographs and the common full-width punctuation. */
function plain(text: string): number {
  return text.match(/[\u4e00-\u9fff（）、，。：；“”《》]/g)?.length ?? 0;
}

/**
 * The bytes a marker leaves after it was read one byte out of step, the page dropped the pairs GBK leaves unmapped
 * and the repair read it again in step: its first byte (read with the byte before it), each shifted pair GBK maps, and
 * its last byte when it is read with the next character's.
 */
function shiftedRemains(marker: number[]): number[] {
  const out = [marker[0]];
  let k = 1;
  for (; k + 1 < marker.length; k += 2) if (!unmapped(marker[k], marker[k + 1])) out.push(marker[k], marker[k + 1]);
  if (k < marker.length) out.push(marker[k]);
  return out;
}

/**
 * The repaired bytes with a marker the copy lost pairs of rebuilt: the one marker (MARKERS) whose shifted remains
 * (less at least one pair) the bytes open with, or null where none or several would.
 */
function rebuildMarker(bytes: number[]): number[] | null {
  const fits: {marker: number[]; remains: number[]}[] = [];
  for (const m of MARKERS) {
    const marker = encodeGb18030(m)!;
    const remains = shiftedRemains(marker);
    if (remains.length === marker.length) continue;
    if (remains.every((b, i) => bytes[i] === b)) fits.push({marker, remains});
  }
  // The longest remains that fit, then the fewest pairs lost ((二) before (二十), which leaves the same bytes); two
  // markers still alike are not told apart.
  const longest = Math.max(...fits.map((f) => f.remains.length));
  const lost = (f: (typeof fits)[number]) => f.marker.length - f.remains.length;
  const fewest = Math.min(...fits.filter((f) => f.remains.length === longest).map(lost));
  const best = fits.filter((f) => f.remains.length === longest && lost(f) === fewest);
  if (best.length !== 1) return null;
  return [...best[0].marker, ...bytes.slice(best[0].remains.length)];
}

/**
 * A line read again in step, or null where it holds no shifted run or the run read again is not a numbered line. The
 * run opens the line (after a ? or � where the page lost a byte) and goes on over two-byte characters up to a lone
 * byte that brings the reading in step again (a byte 40–7E, the second of a pair, shown as an ASCII letter) or to the
 * first other character; its bytes are read again from the second. The repaired run must hold none of the signs, be
 * plain text (ideographs and punctuation) but for one character at most, and open with a numbering marker (numbering.ts
 * readMarker) followed by two ideographs at least.
 */
export function repairShifted(line: string): {text: string; lost: boolean} | null {
  let start = 0;
  while (start < line.length && (line[start] === "?" || line[start] === "\ufffd")) ++start;
  const codes = gb18030().codes;
  let end = start;
  while (end < line.length && codes.has(line.charCodeAt(end))) ++end;
  let trail = false;
  if (end < line.length && /[\x40-\x7e]/.test(line[end])) {
    ++end;
    trail = true;
  }
  const run = line.slice(start, end);
  if (run.length < 2 || signs(run) === 0) return null;
  const bytes = encodeGb18030(run);
  if (!bytes) return null;
  let again = bytes.slice(1);
  // A lone lead byte left at the end: the byte after it was lost (the page shows a ? for the pair). The ? before the
  // run stands for the byte the page could not read with it (an ideographic space's, usually): not the plan's text.
  let lost = !trail && again.length % 2 === 1;
  let text = decodeGb18030(again);
  if (!/^(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)/.test(text)) {
    const rebuilt = rebuildMarker(again);
    if (rebuilt) {
      again = rebuilt;
      text = decodeGb18030(again);
      lost = true;
    }
  }
  if (text.includes("\ufffd") || signs(text) > 0 || plain(text) < text.length - 1 - (trail ? 1 : 0)) return null;
  // The line read again opens with a numbering marker the outline reads ((二), 二、, (1), 1.): a shifted reading of
  // text the page showed right is almost never one.
  const folded = text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const marker = readMarker((folded + line.slice(end)).slice(0, 16));
  if (!marker) return null;
  // And the marker opens a heading's or a task's words: two ideographs at least after it. A run of two or three
  // characters (。┐α) can read again as a marker and one character, (六)处, which is no evidence of a shifted line.
  if ((text.slice(marker.length).match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) return null;
  return {text: text + line.slice(end), lost};
}

/** A shifted reading's opening: a full stop at the line's start (after a ? or �) and a sign in the first characters. */
const OPENS_SHIFTED = new RegExp(`^[?\\ufffd]?。[^\\n]{0,6}[${SIGN}]`);

/**
 * Whether a line opens as a line decoded one byte out of step does (a full stop at its start, after a ? or � where the
 * page lost a byte, and a sign in its first characters): after repairShiftedLines, a line garbled that could not be
 * read again. The outline numbers such a line by its place.
 */
export function opensShifted(line: string): boolean {
  return OPENS_SHIFTED.test(line);
}

/**
 * The text with each line that opens with a shifted run read again in step (repairShifted), and the lines found: those
 * repaired, and those that open as a shifted run does (a full stop at the start, a sign in the first characters) and
 * could not be repaired, left as they are. Lines keep their number; a repaired line is usually shorter.
 */
export function repairShiftedLines(text: string): {text: string; lines: ShiftedLine[]} {
  SUSPECT.lastIndex = 0;
  if (!SUSPECT.test(text)) return {text, lines: []};
  const all = text.split("\n");
  const lines: ShiftedLine[] = [];
  for (let i = 0; i < all.length; ++i) {
    SUSPECT.lastIndex = 0;
    if (!SUSPECT.test(all[i])) continue;
    const repaired = repairShifted(all[i]);
    if (repaired) {
      all[i] = repaired.text;
      lines.push({index: i, repaired: true, lost: repaired.lost});
    } else if (opensShifted(all[i])) lines.push({index: i, repaired: false, lost: true});
  }
  SUSPECT.lastIndex = 0;
  return {text: lines.some((l) => l.repaired) ? all.join("\n") : text, lines};
}
