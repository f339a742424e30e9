/**
 * Quantitative targets in the text of tasks and actions: a number in Arabic digits with a unit of count or
 * measure (20家, 95%, 300名, 1万亩), its subject (what is counted), its words of comparison and its year.
 *
 * Not targets:
 * - numbers inside quotation marks or book titles (“城市15分钟” names a concept, 《…》 a document);
 * - a number that scopes a rule rather than sets a goal: one marked (含), or followed by 以上的 / 以下的 +
 *   noun, as in 单体建筑面积1万(含)平方米或总建筑面积2万(含)平方米以上的新建公共建筑;
 * - years (2025年), dates, ordinals (第3), numbers with no unit, numbers glued to Latin letters (5G);
 * - Chinese numerals: plans write names and slogans with them (二十大, 十四五, 四个最严, 一老一小, 三品一标)
 *   and targets in digits.
 */
import {hasCode} from "../chars.js";
import type {Comparator} from "../model.js";

export interface FoundTarget {
  subject: string;
  value: number;
  unit: string;
  comparator: string;
  op: Comparator;
  /** The year the sentence names, if any. */
  year: number | null;
  raw: string;
  /** [start, end) of raw in the text searched. */
  start: number;
  end: number;
}

const UNITS = [
  "个百分点",
  "平方公里",
  "平方米",
  "立方米",
  "公里",
  "千米",
  "公顷",
  "千瓦",
  "兆瓦",
  "人次",
  "小时",
  "分钟",
  "亩",
  "吨",
  "米",
  "家",
  "个",
  "名",
  "项",
  "张",
  "件",
  "处",
  "所",
  "座",
  "条",
  "人",
  "次",
  "台",
  "套",
  "户",
  "株",
  "头",
  "只",
  "辆",
  "床",
  "间",
  "元",
  "批",
  "类",
  "种",
  "份",
  "场",
  "天",
  "%"
];
const NUMBER_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万|亿|千)?\\s*(\\(含\\))?\\s*(${UNITS.join("|")})`, "g");
const BEFORE =
  /(提高到|提高至|提升到|提升至|增长到|增加到|降低到|降低至|控制在|保持在|稳定在|不低于|不少于|不高于|不超过|超过|达到|达)([^,。;:、]{0,6})$/;
const AFTER = /^(及以上|以上|以下|以内|左右)/;
const AT_LEAST = /以上|不低于|不少于|(?<!不)超过/;
const AT_MOST = /以下|以内|不超过|不高于|控制在/;
const LEADING_VERB =
  /^(?:(?:高标准|高质量|加快|积极|力争|持续|累计|新)?(?:创建|建成|建设|新建|建立|设立|培育|认定|遴选|新增|打造|实现|争创|引进|组建|评选|培训|完成))/;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** The closing quote of an opening one (“” ‘’ 《》 〈〉 and ASCII ""), by character code; -1 for any other character. */
function closingQuote(c: number): number {
  switch (c) {
    case 0x201c:
      return 0x201d;
    case 0x2018:
      return 0x2019;
    case 0x300a:
      return 0x300b;
    case 0x3008:
      return 0x3009;
    case 0x22:
      return 0x22;
    default:
      return -1;
  }
}

/** One buffer for every quotedMask: a typed array is costly to allocate, and findTargets runs on every item. */
let maskBuffer = new Uint8Array(4096);

/**
 * Marks characters inside “” ‘’ 《》 〈〉 (1 = quoted): numbers there are names, not targets. The mask is valid
 * for indices below text.length, until the next call.
 */
function quotedMask(text: string): Uint8Array {
  if (maskBuffer.length < text.length) maskBuffer = new Uint8Array(Math.max(text.length, 2 * maskBuffer.length));
  const mask = maskBuffer;
  let close = -1;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (close !== -1) {
      mask[i] = 1;
      if (c === close) close = -1;
    } else mask[i] = (close = closingQuote(c)) !== -1 ? 1 : 0;
  }
  return mask;
}

/** The start of the phrase holding index i: after the last separator outside quotes. */
function phraseStart(text: string, mask: Uint8Array, i: number, separators: string): number {
  for (let j = i - 1; j >= 0; --j) if (!mask[j] && hasCode(separators, text.charCodeAt(j))) return j + 1;
  return 0;
}

/** The last year (2025年) a text names, or null. */
function lastYear(text: string): number | null {
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR.exec(text));) year = +m[1];
  return year;
}

export function findTargets(text: string): FoundTarget[] {
  const found: FoundTarget[] = [];
  // Made at the first number with a unit: most items have none.
  let mask: Uint8Array | null = null;
  // exec with lastIndex rather than matchAll, which makes a new RegExp on every call.
  NUMBER_UNIT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBER_UNIT.exec(text));) {
    const i = m.index!;
    const end = i + m[0].length;
    mask ??= quotedMask(text);
    if (mask[i]) continue;
    if (i > 0 && /[\dA-Za-z.第]/.test(text[i - 1])) continue;
    if (/[A-Za-z]/.test(text[end] ?? "")) continue;
    const after = text.slice(end);
    const post = AFTER.exec(after)?.[1] ?? "";
    // A number that scopes a rule: 1万(含)平方米, 2万平方米以上的新建公共建筑.
    if (m[3] || /^(?:及以上|以上|以下|以内)?的/.test(after)) continue;
    if (/^[^,。;:]*?(?:以上|以下)的/.test(after) && /^或/.test(after)) continue;

    const from = phraseStart(text, mask, i, ",。;:、");
    let before = text.slice(from, i);
    let pre = "";
    const verb = BEFORE.exec(before);
    // 达 alone must touch the number: in 达标率95% it is part of a word.
    if (verb && !(verb[1] === "达" && verb[2])) {
      pre = verb[1];
      before = before.slice(0, verb.index);
    }
    let subject = before
      .replace(/^到(?:19|20)\d{2}年(?:底|末)?/, "")
      .replace(LEADING_VERB, "")
      .trim();
    let rawEnd = end + post.length;
    if (!subject) {
      // The number comes first: 遴选50家中小微企业.
      const noun = /^[^,。;:、(]+/.exec(after.slice(post.length))?.[0] ?? "";
      subject = noun.trim();
      rawEnd += noun.length;
    }
    const comparator = [pre, post].filter(Boolean).join("…");
    const op: Comparator = AT_LEAST.test(comparator) ? ">=" : AT_MOST.test(comparator) ? "<=" : "=";
    const sentenceStart = phraseStart(text, mask, i, "。;");
    const year = lastYear(text.slice(sentenceStart, i));
    found.push({
      subject,
      value: +m[1],
      unit: (m[2] ?? "") + m[4],
      comparator,
      op,
      year,
      raw: text.slice(from, rawEnd).trim(),
      start: from + (text.slice(from, rawEnd).length - text.slice(from, rawEnd).trimStart().length),
      end: rawEnd
    });
  }
  return found;
}

/** The sentence of an item's text that holds a target's phrase (up to the 。 or ; around it). */
export function targetSentence(text: string, raw: string): string {
  const at = text.indexOf(raw);
  if (at < 0) return raw;
  const before = Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at));
  const stops = [text.indexOf("。", at + raw.length), text.indexOf(";", at + raw.length)].filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(before + 1, end).trim();
}
