/**
 * Outline numbering: the marker that opens a numbered line of a plan, in the forms Chinese official documents use
 * (GB/T 9704 and common practice): 第一章 / 第一节 / 第一条, 一、, (一) or ㈠, 1. or 1、 or ⒈, (1) or ⑴ or 1), ①,
 * and 专栏N for a boxed column. Which form stands above which is not fixed here: the outline learns each
 * document's order from the order in which the forms first appear.
 *
 * The text given is a normalized line (full-width forms folded to ASCII, see normalize.ts) without its leading
 * white space.
 */
import {isSpaceCode} from "../chars.js";
import {chineseNumeral, NUMERAL_CLASS} from "../numerals.js";
import {glossSpans, withoutGlosses} from "./glosses.js";

export type NumberingStyle =
  | "chapter"
  | "section"
  | "article"
  | "cn"
  | "paren-cn"
  | "arabic"
  | "paren-arabic"
  | "circled"
  | "named-action"
  | "named-task"
  | "named-measure"
  | "named-project"
  | "column"
  /** A chapter heading written without a numeral (总体要求 on a line of its own): see headings.ts. */
  | "heading";

export interface Marker {
  style: NumberingStyle;
  /** The number the marker stands for: 3 for 三、, (三), 3., ③ or 专栏3. */
  number: number;
  /** The numbering as written, without its punctuation: 三, 3. */
  numeral: string;
  /** How many characters of the line the marker takes, with the white space after it. */
  length: number;
}

const ARTICLE = new RegExp(`^第\\s*(${NUMERAL_CLASS}{1,4}|\\d{1,3})\\s*([章节条])\\s*`);
const CN = new RegExp(`^(${NUMERAL_CLASS}{1,4})\\s*[、.]\\s*`);
const PAREN_CN = new RegExp(`^\\(\\s*(${NUMERAL_CLASS}{1,4})\\s*\\)\\s*[、.]?\\s*`);
// 1. 1、 — not 1.5 (a decimal), 1、2 (a list of numbers), nor a year (2025.).
const ARABIC = /^(\d{1,3})\s*[.、](?![\d.])\s*/;
const PAREN_ARABIC = /^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\))\s*[、.]?\s*/;
const COLUMN = new RegExp(
  `^专栏\\s*(\\d{1,3}|${NUMERAL_CLASS}{1,4})(?![\\d〇零一二两三四五六七八九十百])\\s*[:.、]?\\s*`
);

// 行动1: / ——任务2: / 举措3: — numbered by a word, in action plans.
const NAMED = new RegExp(
  `^(?:——\\s*)?(专项行动|行动|任务|举措|措施|工程)\\s*(\\d{1,3}|${NUMERAL_CLASS}{1,4})\\s*[:]\\s*`
);
const NAMED_STYLE: Record<string, NumberingStyle> = {
  专项行动: "named-action",
  行动: "named-action",
  任务: "named-task",
  举措: "named-measure",
  措施: "named-measure",
  工程: "named-project"
};
const NAMED_WORD: Partial<Record<NumberingStyle, string>> = {
  "named-action": "行动",
  "named-task": "任务",
  "named-measure": "举措",
  "named-project": "工程"
};

const ARTICLE_STYLE: Record<string, NumberingStyle> = {章: "chapter", 节: "section", 条: "article"};

/** The number of a numeral written in digits or in Chinese, or null. */
function numberOf(numeral: string): number | null {
  return /^\d+$/.test(numeral) ? +numeral : chineseNumeral(numeral);
}

/**
 * The numbering marker that opens a line, or null when the line does not start with one. A marker must be
 * followed by text: a line that is only a number (a table cell, a page number) is not a heading.
 */
export function readMarker(line: string): Marker | null {
  const c = line.charCodeAt(0);
  let m: RegExpExecArray | null;
  // Enclosed forms, one character each: ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩.
  const enclosed = enclosedMarker(c);
  if (enclosed) return followedByText(line, enclosed.length) ? enclosed : null;
  let marker: Marker | null = null;
  if (c === 0x7b2c /* 第 */ && (m = ARTICLE.exec(line))) {
    marker = make(ARTICLE_STYLE[m[2]], m[1], m[0].length);
  } else if (c === 0x4e13 /* 专 */ && (m = COLUMN.exec(line))) {
    marker = make("column", m[1], m[0].length);
  } else if (c === 0x28 /* ( */) {
    if ((m = PAREN_CN.exec(line))) marker = make("paren-cn", m[1], m[0].length);
    else if ((m = PAREN_ARABIC.exec(line))) marker = make("paren-arabic", m[1] ?? m[2], m[0].length);
  } else if (c >= 0x30 && c <= 0x39) {
    if ((m = ARABIC.exec(line))) marker = make("arabic", m[1], m[0].length);
    else if ((m = PAREN_ARABIC.exec(line))) marker = make("paren-arabic", m[1] ?? m[2], m[0].length);
  } else if ((m = CN.exec(line))) {
    marker = make("cn", m[1], m[0].length);
  } else if ((m = NAMED.exec(line))) {
    marker = make(NAMED_STYLE[m[1]], m[2], m[0].length);
  }
  // A column may have no title on its line; every other marker needs text after it.
  if (marker) return marker.style === "column" || followedByText(line, marker.length) ? marker : null;
  // A pinyin gloss inside the marker (一(yī)、, 第三(sān)章: glosses.ts), read through.
  const open = line.indexOf("(", 1);
  return open > 0 && open < 8 ? markerThroughGlosses(line) : null;
}

/**
 * The marker of a line whose numeral a repost glossed with its pinyin (`一(yī)、实施创新驱动发展战略`,
 * `第三(sān)章`), its length counted in the line as written (the gloss inside it), or null. Glosses after the
 * marker are the text's; only those in its first characters are read through.
 */
function markerThroughGlosses(line: string): Marker | null {
  const spans = glossSpans(line.slice(0, 16)).filter(([a]) => a < 8);
  if (!spans.length) return null;
  const marker = readMarker(withoutGlosses(line, spans));
  if (!marker) return null;
  // Each gloss that stands inside the marker (or right after its last character) lengthens it as written.
  let length = marker.length;
  let removed = 0;
  for (const [a, b] of spans) {
    if (a - removed > marker.length) break;
    length += b - a;
    removed += b - a;
  }
  return {...marker, length};
}

/**
 * An arabic marker glued to a title that starts with digits (11.121人才梯队项目), which readMarker leaves alone
 * because 11.121 reads as a decimal: read only where the outline's open arabic level expects that number next
 * (`next`, the open level's number + 1), or null. A line that goes on only as a number after the digits (a table's
 * cell: 4.2-5.5, 3.5%, 1.5) is no numbering. With `month`, the marker is read only before a month (1.9月30日前).
 */
export function readGluedArabic(line: string, next: number, {month = false}: {month?: boolean} = {}): Marker | null {
  // Not a number that only goes on as a number: a decimal, a range (4.2-5.5), a share (3.5%). With `month`, only a
  // marker glued to a date (1.9月30日前,…): the first step of a list no open level expects.
  const m = (month ? /^(\d{1,3})[.、](?=\d{1,2}\s*月)/ : /^(\d{1,3})[.、](?=\d+[^\d.\-—–~～%,、])/).exec(line);
  return m && +m[1] === next ? {style: "arabic", number: next, numeral: m[1], length: m[0].length} : null;
}

function make(style: NumberingStyle, numeral: string, length: number): Marker | null {
  const number = numberOf(numeral);
  return number === null || number === 0 ? null : {style, number, numeral, length};
}

/** Whether a character other than white space follows the marker: line.slice(length).trim() !== "", read in place. */
function followedByText(line: string, length: number): boolean {
  for (let i = length; i < line.length; ++i) if (!isSpaceCode(line.charCodeAt(i))) return true;
  return false;
}

function enclosedMarker(c: number): Marker | null {
  // Outside the four runs below (U+2460–U+249B, U+3220–U+3229): none, and no function made to say so.
  if (c < 0x2460 || (c > 0x249b && c < 0x3220) || c > 0x3229) return null;
  const at = (style: NumberingStyle, first: number, count: number): Marker | null => {
    if (c < first || c >= first + count) return null;
    const number = c - first + 1;
    return {
      style,
      number,
      numeral: style === "paren-cn" ? "一二三四五六七八九十"[number - 1] : String(number),
      length: 1
    };
  };
  return (
    at("circled", 0x2460, 20) ??
    at("paren-arabic", 0x2474, 20) ??
    at("arabic", 0x2488, 20) ??
    at("paren-cn", 0x3220, 10)
  );
}

/** The marker as a reader writes it back: 三、, (三), 3., (3), ③, 第三章, 专栏3. */
export function markerLabel(style: NumberingStyle | "dash", numeral: string): string {
  switch (style) {
    case "chapter":
      return `第${numeral}章`;
    case "section":
      return `第${numeral}节`;
    case "article":
      return `第${numeral}条`;
    case "cn":
      return `${numeral}、`;
    case "paren-cn":
      return `(${numeral})`;
    case "arabic":
      return `${numeral}.`;
    case "paren-arabic":
      return `(${numeral})`;
    case "circled":
      return String.fromCharCode(0x2460 + +numeral - 1);
    case "column":
      return `专栏${numeral}`;
    case "named-action":
    case "named-task":
    case "named-measure":
    case "named-project":
      return `${NAMED_WORD[style]}${numeral}:`;
    case "heading":
      return "";
    case "dash":
      return "——";
  }
}
