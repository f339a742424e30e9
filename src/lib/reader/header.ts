/**
 * The document's identity from the lines before its body: the document number (延政发〔2024〕8号), the date
 * of issue (2024年3月26日 or 二〇二四年三月二十六日), the issuer (the line just above the date) and the title
 * (consecutive lines without sentence punctuation, preferring one that ends like a plan's name: 方案, 意见 …).
 */
import {chineseDigits, chineseNumeral} from "../numerals.js";
import type {HeaderLine} from "./outline.js";

export interface HeaderFields {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  /** Lines the fields were read from. */
  lines: {title?: number; docNumber?: number; issuer?: number; date?: number};
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*\d{1,4}\s*号/;
const DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CN_DATE =
  /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const TITLE_END = /(?:方案|意见|规划|计划|纲要|办法|措施|通知|决定|细则|要点|条例|规定)$/;

/** An ISO date from 2024年3月26日 or 二〇二四年三月二十六日, or null. */
export function readDate(text: string): string | null {
  let y: number | null, m: number | null, d: number | null;
  let match = DATE.exec(text.trim());
  if (match) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = CN_DATE.exec(text.trim()))) {
    [y, m, d] = [chineseDigits(match[1]), chineseNumeral(match[2]), chineseNumeral(match[3])];
  } else return null;
  if (y === null || m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function readHeader(header: HeaderLine[]): HeaderFields {
  const out: HeaderFields = {title: null, docNumber: null, issuer: null, date: null, lines: {}};
  const used = new Set<number>();
  for (const h of header) {
    const m = DOC_NUMBER.exec(h.text);
    if (m) {
      out.docNumber = m[0].replace(/\s+/g, "");
      out.lines.docNumber = h.line;
      if (m[0].length >= h.text.length - 2) used.add(h.line);
      break;
    }
  }
  const dateIndex = header.findIndex((h) => readDate(h.text) !== null);
  if (dateIndex >= 0) {
    out.date = readDate(header[dateIndex].text);
    out.lines.date = header[dateIndex].line;
    used.add(header[dateIndex].line);
    const above = header[dateIndex - 1];
    if (above && above.text.length <= 30 && !/[,。:;、()]/.test(above.text) && !used.has(above.line)) {
      out.issuer = above.text;
      out.lines.issuer = above.line;
      used.add(above.line);
    }
  }
  // Titles: runs of consecutive lines with no sentence punctuation.
  const runs: HeaderLine[][] = [];
  let run: HeaderLine[] = [];
  for (const h of header) {
    const titleLike = !used.has(h.line) && !/[,。:;]|^\(/.test(h.text) && h.text.length <= 80;
    if (titleLike && run.length && run[run.length - 1].line === h.line - 1) run.push(h);
    else {
      if (run.length) runs.push(run);
      run = titleLike ? [h] : [];
    }
  }
  if (run.length) runs.push(run);
  const joined = runs.map((r) => ({text: r.map((h) => h.text).join(""), line: r[0].line}));
  const best = joined.find((r) => TITLE_END.test(r.text)) ?? joined.sort((a, b) => b.text.length - a.text.length)[0];
  if (best) {
    out.title = best.text;
    out.lines.title = best.line;
  }
  return out;
}
