/**
 * The normalized text every offset of the model refers to. Normalization keeps one character for one
 * character wherever it can, so positions stay close to the file the user gave:
 * - CRLF and CR become LF;
 * - full-width ASCII forms (（ ） ， ： ； ［ ］ ｜ ０-９ …) become their ASCII forms, 【 】 become [ ],
 *   the ideographic space a space, and other dashes (―, ─) the em dash of —— in `text`, which the rules match
 *   (foldWidth, ../width.ts);
 *   `published` keeps them as printed (the same length), for every name and text the reader shows;
 * - page-number lines of text copied from a PDF (— 3 —, - 3 -, 第3页) become empty lines;
 * - HTML pasted from a web page loses its tags (block ends become line breaks, cells become |);
 * - a copy that lost its line breaks (one long line) gets a line break back before each numbered heading that stands
 *   mid-line (restoreBreaks): the one place where characters are added, so positions after it move by one each;
 * - a line a web copy decoded one byte out of step (`?。ǘ┩七M` for `（二）推進`) is read again in step
 *   (mojibake.ts repairShiftedLines), before anything else reads it: positions are the repaired text's (a repaired line
 *   is shorter), both in `text` and in `published`.
 */
import {CLAUSE_LABEL} from "./clauses.js";
import {ZERO_LIKE} from "../numerals.js";
import {readDate} from "./header.js";
import {attachmentBreaks} from "./attachmentBreaks.js";
import {dutyParagraphBreaks} from "./dutyParagraphs.js";
import {isHeadingPhrase, runInHeadingEnd} from "./headings.js";
import {type Marker, type NumberingStyle, readGluedArabic, readMarker} from "./numbering.js";
import {signatoryLine} from "./outline.js";
import {pageFields} from "./pageFields.js";
import {repairShiftedLines} from "./mojibake.js";
import {foldWidth} from "../width.js";

export interface Normalized {
  text: string;
  /**
   * The same text before full-width forms were folded (（，）； as published), the same length character for character:
   * what the reader shows, where `text` is what it matches.
   */
  published: string;
  /** True when HTML tags were removed. */
  html: boolean;
  /** Lines (1-based) that were page numbers and are now empty. */
  pageLines: number[];
  /** Lines (1-based) that start where a lost line break was restored (restoreBreaks), in order. */
  restoredLines: number[];
  /**
   * Lines (1-based, in order) a web copy decoded one byte out of step (mojibake.ts): `repaired` where read again in
   * step, `lost` where the copy lost some of the line's characters, `repaired: false` where left garbled.
   */
  shiftedLines: {line: number; repaired: boolean; lost: boolean}[];
}

const PAGE_NUMBER = /^\s*(?:[-—–]+\s*\d{1,4}\s*[-—–]+|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?)\s*$/;

/** Whether a line is a page number left by a PDF copy: — 3 —, - 3 -, 第3页. */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

// The head of a tag the HTML test counts; a tag is that head followed, at some point, by a >.
const HTML_TAG_HEAD =
  /<\/?(?:p|br|div|span|table|tr|td|th|tbody|thead|html|body|head|h[1-6]|li|ul|ol|font|strong|b|a|section|article|meta|title|style|script)\b/gi;

/**
 * Whether the text is HTML markup rather than plain text: three or more common tags, each `<p …>`, `</div>` … as
 * the regular expression <\/?(?:p|br|…)\b[^>]*> matches them. Linear: [^>]*> is only a search for the next >,
 * and once no > is left no tag can close, so a text full of stray < (a<b) is not searched from each of them.
 */
export function looksLikeHtml(text: string): boolean {
  const lastClose = text.lastIndexOf(">");
  let count = 0;
  HTML_TAG_HEAD.lastIndex = 0;
  for (let m = HTML_TAG_HEAD.exec(text); m; m = HTML_TAG_HEAD.exec(text)) {
    const headEnd = m.index + m[0].length;
    if (lastClose < headEnd) break;
    if (++count >= 3) break;
    HTML_TAG_HEAD.lastIndex = text.indexOf(">", headEnd) + 1;
  }
  HTML_TAG_HEAD.lastIndex = 0;
  return count >= 3;
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  mdash: "—"
};

/**
 * The first match of `re` (global) at or after `from`, searched again only when `from` passes the last one found:
 * the calls come with `from` never decreasing, so all of them together read the text once.
 */
function nextMatch(re: RegExp, text: string) {
  let searchedFrom = -1;
  let found: {start: number; end: number} | null = null;
  return (from: number): {start: number; end: number} | null => {
    if (searchedFrom >= 0 && from >= searchedFrom && (found === null || from <= found.start)) return found;
    re.lastIndex = from;
    const m = re.exec(text);
    searchedFrom = from;
    found = m ? {start: m.index, end: m.index + m[0].length} : null;
    return found;
  };
}

/**
 * Replaces every match of an opening pattern `head` (global) that is closed by the first match of `tail` after it,
 * from the head to the end of the tail, as the regular expression head[\s\S]*?tail would, left to right and
 * without overlaps; a head that no tail follows is left as it is. `tail` is chosen per head match (the closing tag
 * of the name opened). Linear: the tails are found by nextMatch, so a text of many heads and no tail is read once.
 */
function replaceClosed(
  text: string,
  head: RegExp,
  tail: (m: RegExpExecArray) => (from: number) => {start: number; end: number} | null,
  replacement: string
): string {
  let out = "";
  let kept = 0;
  head.lastIndex = 0;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const close = tail(m)(m.index + m[0].length);
    if (close === null) {
      head.lastIndex = m.index + 1;
      continue;
    }
    out += text.slice(kept, m.index) + replacement;
    kept = close.end;
    head.lastIndex = close.end;
  }
  head.lastIndex = 0;
  return kept === 0 ? text : out + text.slice(kept);
}

/** Each line of the text without the spaces and tabs next to its line breaks: /[ \t]*\n[ \t]*\/g → "\n", linear. */
function trimAroundBreaks(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const blank = (c: number) => c === 0x20 || c === 0x09;
  for (let k = 0; k < lines.length; ++k) {
    const line = lines[k];
    let start = 0;
    let end = line.length;
    if (k > 0) while (start < end && blank(line.charCodeAt(start))) ++start;
    if (k < lines.length - 1) while (end > start && blank(line.charCodeAt(end - 1))) --end;
    if (start > 0 || end < line.length) lines[k] = line.slice(start, end);
  }
  return lines.join("\n");
}

/**
 * Plain text from HTML: scripts and styles dropped, block ends as line breaks, table cells as | cells. Each step
 * is the replacement of a regular expression (written beside it), done in one pass over the text: a tag that
 * never closes (an unclosed <script>, <!--, or a stray <) is left as it is, as the regular expression leaves it,
 * without searching the rest of the text again from each of them.
 */
export function htmlToText(html: string): string {
  // /<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi → ""
  const closers = new Map<string, ReturnType<typeof nextMatch>>();
  const closerOf = (m: RegExpExecArray) => {
    const name = m[1].toLowerCase();
    let c = closers.get(name);
    if (!c) closers.set(name, (c = nextMatch(new RegExp(`<\\/${name}\\s*>`, "gi"), html)));
    return c;
  };
  let text = replaceClosed(html, /<(script|style|head)\b/gi, closerOf, "");
  // /<!--[\s\S]*?-->/g → ""
  const commentEnd = nextMatch(/-->/g, text);
  text = replaceClosed(text, /<!--/g, () => commentEnd, "");
  text = text.replace(/<\/(?:td|th)\s*>/gi, " | ");
  // /<(?:br)\b[^>]*>/gi → "\n"
  const tagEnd = nextMatch(/>/g, text);
  text = replaceClosed(text, /<br\b/gi, () => tagEnd, "\n");
  text = text.replace(/<\/(?:p|div|tr|li|h[1-6]|table|section|article)\s*>/gi, "\n");
  // /<[^>]*>/g → ""
  const anyEnd = nextMatch(/>/g, text);
  text = replaceClosed(text, /</g, () => anyEnd, "");
  text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  return trimAroundBreaks(text);
}

/**
 * The numbering forms whose markers restoreBreaks looks for mid-line: every form the outline reads (numbering.ts):
 * 第一章 第一节 第一条, 一、, (一) ㈠, 1. ⒈, (1) 1) ⑴, ①, 专栏2, 行动1: (with their variants).
 */
const RESTORED: ReadonlySet<NumberingStyle> = new Set([
  "chapter",
  "section",
  "article",
  "cn",
  "paren-cn",
  "arabic",
  "paren-arabic",
  "circled",
  "column",
  "named-action",
  "named-task",
  "named-measure",
  "named-project"
]);
/** Whether a character may open a marker: ( a digit, an ideograph (一 第 专 行), an enclosed numeral (① ⑴ ⒈ ㈠). */
function opensMarker(c: number): boolean {
  return (
    c === 0x28 ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x2460 && c <= 0x249b) ||
    (c >= 0x3220 && c <= 0x3229)
  );
}
/** The characters that end a sentence or a clause before a numbered heading: 。 ; : ! ? (folded), a bracket's close. */
const SENTENCE_END = /[。;:!?)\]]/;
/**
 * A title's end right before the outline's first marker, nothing of it open yet: a plan's (or its notice's) title run
 * on into its first chapter (…关于印发某市2024年政务公开工作要点的通知一、加强党建…), a work report's list of tasks
 * too (…县《政府工作报告》确定的2021年重点工作责任分解一、2021年…主要目标, header.ts's title endings).
 */
const TITLE_BEFORE = /(?:通知|方案|意见|要点|计划|规划|工作安排|任务清单|任务分解|责任分解|分工)$/;
/** The end of a whole sentence: where a list inside a sentence (包括:1.…;2.…;3.…。) stops. */
const FULL_STOP = /[。!?]/;
/** What stands between the entries of a list inside one sentence: ; , 、 (包括:1.…;2.…). */
const ENTRY_SEPARATOR = /[;,、]/;

/**
 * Whether a heading glued to the marker of its first child (二、主要任务(一)…, (三)以人民城市为理念,完善城乡公园体系1.…)
 * is a heading's phrase (headings.ts isHeadingPhrase), with no bracket or quote in it that a marker could hide in.
 */
function isGluedHeading(text: string): boolean {
  return isHeadingPhrase(text) && !/[:()\[\]"]/.test(text);
}

/**
 * Where a list numbered inside one sentence ends, when the marker numbered 1 at `at` (of `style`) opens one: its entry
 * 2 of the same form stands before the sentence's end (。 ! ?) after a ; , or 、 (…包括:1.新建停车场;2.改造泊位;3.…。).
 * The offset of that sentence's end (or the line's), or -1 when the marker opens no such list.
 */
function sentenceListEnd(line: string, at: number, style: NumberingStyle): number {
  let stop = line.slice(at).search(FULL_STOP);
  stop = stop < 0 ? line.length : at + stop;
  for (let p = at + 1; p < stop; ++p) {
    if (!ENTRY_SEPARATOR.test(line[p - 1])) continue;
    const m = readMarker(line.slice(p, p + 12));
    if (m && m.style === style && m.number === 2) return stop;
  }
  return -1;
}

/**
 * Where a copy that lost its line breaks had them: the offsets (in the folded text, see foldWidth) before which a
 * line break is restored, in order. A web page copied as one long line (a State Council 通知 of 2006 whose outline
 * `一、` `(一)` `1.` runs on mid-line: `…通知如下:一、分工原则…。(一)明确政府职责和市场功能。…`) is read again as lines.
 *
 * A break goes before a marker of any form the outline reads (RESTORED: 第一章 第一条, 一、, (一), 1., (1), ①, 专栏2,
 * 行动1:; readMarker's, so not 1.5 nor 1、2) that
 * - follows a sentence's or a clause's end (`。` `;` `:` `!` `?`, or the close of a bracket that is not itself a marker:
 *   `(县发改委牵头)二、`), or opens the first child under a heading glued to it (`二、主要任务(一)…`,
 *   `(三)以人民城市为理念,完善城乡公园体系1.…`: a heading's phrase, isGluedHeading; that child numbered 1, or its
 *   form's number going on across the headings: `(二)强化保障3.…` after 1. 2. under (一), `第二章管理第三条`), and
 * - continues the outline's own sequence: the number after the last of its form (二、 after 一、; (二) after (一) with
 *   1. 2. between them; 3. under (二) after 1. 2. under (一), numbered on), or 1 of a form not open yet (一、 after nothing, (一) under a new
 *   chapter, 1. under a new (一)), as the outline will read them (outline.ts: a form already open in the path closes
 *   what is below it), counting the markers that open lines and those restored. So a date, `第一、二条`, `一是…二是…`, a
 *   number in a sentence and a list that starts again at 1. inside an item numbered 1. 2. (3.加强管理。具体做法:1.…。
 *   2.…。, with its entries up to the item's clause bracket) are not split;
 * - and does not open a list inside one sentence: a 1. whose 2. follows a ; , or 、 before the sentence ends
 *   (`内容包括:1.新建停车场5处;2.改造泊位200个;3.推广智能停车。`, sentenceListEnd): its entries stay in their paragraph,
 *   in a copy that lost its breaks as in one that kept them.
 * Only a line where at least two breaks are found is split (one marker mid-line is more likely a sentence's own), and
 * not a paragraph's own list inside an outline the lines above opened (inlineList). A line that is split gets back the
 * breaks around a signature glued to it too (signatureBreaks).
 * Linear in the text's length (each candidate is read by readMarker on a short slice; a sentence's list is skipped
 * once it is found).
 */
export function restoreBreaks(folded: string): number[] {
  const out: number[] = [];
  // The forms open in the outline's path, outermost first, with the last number of each.
  let open: {style: NumberingStyle; number: number}[] = [];
  // The last number of each form, open or not (a plan may number its 1. on across its (一) groups).
  let last = new Map<NumberingStyle, number>();
  const take = (path: typeof open, seen: typeof last, style: NumberingStyle, number: number) => {
    const k = path.findIndex((o) => o.style === style);
    if (k >= 0) path.length = k;
    path.push({style, number});
    seen.set(style, number);
  };
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    const line = folded.slice(lineStart, lineEnd);
    const lead = line.length - line.trimStart().length;
    const first = readMarker(line.slice(lead, lead + 12));
    if (first && RESTORED.has(first.style)) take(open, last, first.style, first.number);
    const found: number[] = [];
    // A signature glued in the line: the outline goes on after its date or note (…2016年4月1日一、推进决策公开).
    // An attachment's label glued after the last sentence (…。附件示范场景1.…) starts the outline again as a signature does.
    const signed = [...signatureBreaks(line), ...attachmentBreaks(line)].sort((a, b) => a - b);
    const afterSignature = new Set(signed);
    // The form and number of each marker found, and whether it follows a colon (…包括:(1)…).
    const kinds: {style: NumberingStyle; number: number; colon: boolean}[] = [];
    // Copied by a loop into an array literal, not by open.map: an array map makes is of another elements kind when
    // open is empty than when it is not, and each kind seen here threw away restoreBreaks' optimized code ("wrong
    // map", 7 times in 300 plans of the corpus command); a literal's elements kind settles after the first push.
    const path: typeof open = [];
    for (const o of open) path.push({style: o.style, number: o.number});
    const seen = new Map(last);
    // The last accepted marker's end in the line, for a heading glued to its first child's marker.
    let previous = first && RESTORED.has(first.style) ? {end: lead + first.length, style: first.style} : null;
    // Where the text after each numbered marker of the line begins, for a heading run into its body.
    const heads: number[] = previous ? [previous.end] : [];
    // A list that starts again at 1. inside an item of the same form (3.加强管理。具体做法:1.…。2.…。): the number its
    // next entry would have, until a clause's bracket closes the item.
    let inner: {style: NumberingStyle; next: number} | null = null;
    // Past a signature the notice is over: the plan after it numbers its outline afresh (…三、按时报送…。
    // 蔡甸区人民政府办公室2023年1月3日2023年区…分解方案一、…).
    let nextSignature = 0;
    for (let p = 1; p < line.length; ++p) {
      if (nextSignature < signed.length && signed[nextSignature] <= p) {
        while (nextSignature < signed.length && signed[nextSignature] <= p) ++nextSignature;
        path.length = 0;
        seen.clear();
        inner = null;
        previous = null;
      }
      const c = line.charCodeAt(p);
      if (!opensMarker(c)) continue;
      let q = p - 1;
      while (q > 0 && (line[q] === " " || line[q] === "\t")) --q;
      const afterEnd =
        (SENTENCE_END.test(line[q]) && !(line[q] === ")" && closesMarker(line, q))) ||
        afterSignature.has(p) ||
        (path.length === 0 && TITLE_BEFORE.test(line.slice(Math.max(0, p - 4), p)));
      const glued =
        !afterEnd && previous !== null && p - previous.end <= 40 && isGluedHeading(line.slice(previous.end, p));
      if (!afterEnd && !glued) continue;
      // A marker glued to a title that starts with digits (11.121人才梯队项目), read where its number is the next.
      const m = readMarker(line.slice(p, p + 12)) ?? gluedArabic(line.slice(p, p + 48), path, seen);
      if (!m || !RESTORED.has(m.style)) continue;
      // A glued first child: 1 of its form, or its form's number going on across the headings (第二章管理第三条…).
      if (glued && (m.style === previous!.style || (m.number !== 1 && seen.get(m.style) !== m.number - 1))) continue;
      const at = path.findIndex((o) => o.style === m.style);
      if (inner && (line[q] === ")" || m.style !== inner.style)) inner = null;
      if (inner && m.number === inner.next) {
        ++inner.next;
        continue;
      }
      if (m.number === 1) {
        // A list inside one sentence: skipped to the sentence's end.
        const end = sentenceListEnd(line, p, m.style);
        if (end >= 0) {
          p = end - 1;
          continue;
        }
        if (at >= 0) {
          inner = {style: m.style, next: 2};
          continue;
        }
      } else if ((at >= 0 ? path[at].number : seen.get(m.style)) !== m.number - 1) continue;
      take(path, seen, m.style, m.number);
      found.push(lineStart + p);
      kinds.push({style: m.style, number: m.number, colon: line[q] === ":"});
      previous = {end: p + m.length, style: m.style};
      heads.push(previous.end);
      p += m.length - 1;
    }
    if (found.length >= 2 && !(open.length > 0 && inlineList(kinds, first?.style))) {
      // A copy that lost its breaks lost those around its signature too, and those after its headings.
      const breaks = [...new Set([...found, ...signed.map((p) => lineStart + p)])].sort((a, b) => a - b);
      const more = [
        ...headingBreaks(line, lineStart, heads, breaks),
        ...labelBreaks(line).map((p) => lineStart + p),
        ...recordBreaks(line.slice(0, breaks[0] - lineStart)).map((p) => lineStart + p)
      ];
      const cut = [...new Set([...breaks, ...more])].sort((a, b) => a - b);
      // A part listing each body's duties as a paragraph of its own (…监督检查。街镇按照…).
      const duties = dutyParagraphBreaks(line, [0, ...cut.map((b) => b - lineStart)]).map((p) => lineStart + p);
      out.push(...[...new Set([...cut, ...duties])].sort((a, b) => a - b));
      open = path;
      last = seen;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The breaks after numbered headings run into their bodies in a line being split (headings.ts runInHeadingEnd): for
 * each marker's text (`heads`, offsets in `line` where a marker's text begins) up to the next break (`breaks`, offsets
 * in the whole text), the offset in the whole text where its body begins, when one is sure; the line is the context
 * in which a doer's name is looked up (namedDoerEnd).
 */
function headingBreaks(line: string, lineStart: number, heads: number[], breaks: number[]): number[] {
  const out: number[] = [];
  for (const head of heads) {
    const next = breaks.find((b) => b > lineStart + head);
    const text = line.slice(head, next === undefined ? line.length : next - lineStart);
    const end = runInHeadingEnd(text, line);
    if (end > 0) out.push(lineStart + head + end);
  }
  return out;
}

/** A date a record's field holds (2025-01-24, 2020年01月17日, with its time: 2022-04-22 15:53:47). */
const RECORD_DATE = /^(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;
/** A list's bullet that opened a line of the page (`- 标题:…`, `• 2020年01月23日`); a - only with a space after it. */
const RECORD_BULLET = /[•●▪]|-(?=\s)/g;

/**
 * The breaks of a web page's 信息公开 record (pageFields.ts) that opens a line that lost its breaks, up to the
 * plan's first restored break (`head`: the line before it): offsets in `head` before each list's bullet after the
 * record's first character (`…2025-01-24- 标题:…`, `…的通知• 2020年01月23日• 来源:…`), and after a field's date that
 * runs on into the text below the record (`发布日期:2025-01-26各镇人民政府…`, `成文日期2020年01月17日市人民政府办公厅关于
 * 印发…的通知`: the addressee, the notice's title). None when `head` opens with no record of two fields or more.
 */
export function recordBreaks(head: string): number[] {
  const fields = pageFields(head);
  if (!fields || fields.length < 2) return [];
  const lead = head.length - head.trimStart().length;
  const out: number[] = [];
  for (const f of fields) {
    const date = RECORD_DATE.exec(f.value);
    if (!date) continue;
    const rest = f.value.slice(date[0].length);
    // The date's field goes on to the next field, a bullet, or the text below the record.
    if (rest.trim() && !/^\s*[-•●▪]/.test(rest)) out.push(lead + f.offset + date[0].length);
  }
  for (const m of head.matchAll(RECORD_BULLET)) if (m.index! > lead && head[m.index! - 1]?.trim()) out.push(m.index!);
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * The breaks before a clause's label that followed its item's last sentence on a line of its own (…全面恢复。责任单位:
 * 市卫生健康委…, …增长8%以上。牵头负责领导:金力。牵头责任单位:市发展改革委。): offsets in `line` of each label
 * (clauses.ts CLAUSE_LABEL: 牵头单位:, 责任单位:, 协同责任单位:, 牵头负责领导:, 完成时限: …) right after a 。, never one
 * inside a bracket's clause ((牵头单位:…;配合单位:…) stays whole).
 */
function labelBreaks(line: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let p = 0; p < line.length; ++p) {
    const c = line[p];
    if (c === "(" || c === "[") ++depth;
    else if ((c === ")" || c === "]") && depth > 0) --depth;
    else if (c === "。" && depth === 0 && CLAUSE_LABEL.test(line.slice(p + 1, p + 17))) out.push(p + 1);
  }
  return out;
}

/**
 * A signature block glued after a sentence's or a clause's end (。 ! ? ; or a clause's closing bracket): a signatory's
 * name (outline.ts signatoryLine: `国务院办公厅`, `国务院`, joint issuers side by side), a whole date
 * (`2018年12月7日`, `二〇二四年三月五日`) and, after it, a note such as `(此件公开发布)` or `(本文有删减)`; with its
 * note, the date may follow the last entry of the notice's list of attachments, no signatory's name (…2.市《政府工作
 * 报告》涉及嘉鱼的重点事项责任分解2021年5月12日(此件公开发布)); a signatory and a date may follow the notice's one
 * attachment named on its 附件: line, with no sentence's end between (…附件:《政府工作报告》确定的2021年重点工作责任分解
 * 赤壁市人民政府办公室2021年1月27日附件…: its name ends as a plan's, 方案, 分解, 清单, 表 …).
 */
const GLUED_SIGNATURE = new RegExp(
  `(?:(?<=[。!?;)》])|(?<=附件\\s*[:]\\s*[^。;:!?]{2,80}?(?:方案|意见|计划|清单|要点|分工|分解|安排|表)))([\\u4e00-\\u9fff() ]{0,60}?)((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[一二][${ZERO_LIKE}一二三四五六七八九]{3}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(\\((?:此件|本件|本文)[^()]{1,12}\\))?`,
  "g"
);
/**
 * What goes on after a date inside a sentence (2024年3月5日前完成, 起施行, 召开, 5日-6日): the date is no signature's
 * then. A year after it (…办公室2023年1月3日2023年区《政府工作报告》…分解方案) begins the plan's title: no going on.
 */
const DATE_GOES_ON = /^(?:[前后起止至到以之内开召印发,、—~\-]|\d(?!\d{3}年))/;
/**
 * What may follow a date that stands alone after a sentence (no signatory above it): the end of the line, the
 * attachments, or the plan's title after its notice's date (…实施方案 before its first sentence).
 */
const AFTER_LONE_DATE =
  /^(?:\s*$|附[件表]|[^。,;:!?]{4,80}?(?:方案|意见|规划|计划|纲要|要点|工作安排|措施|细则|办法)(?:\([^()]{4,14}\))?(?=为|根据|按照|一、|各|近年来|$))/;

/**
 * Where a signature block glued to the text around it stands in a line that lost its breaks: the offsets in `line`
 * before its signatory, before its date, before its note and after the block when more follows (an attachment, the
 * plan's title after its notice's signature) and after an attachment's label there (附件 / its title), in order.
 * `…报国务院。国务院2006年8月24日` → before 国务院 and before 2006.
 * A body's name and a date inside a sentence are none (`…。市发改委2024年3月5日前完成`: the date goes on). A signatory
 * with its date and note glued to the attachments' last entry, no stop between, is cut where the entry's document name
 * ends (NOTED_SIGNATURE, TITLE_BEFORE: `…任务分解 | 沁县人民政府办公室 | 2025年5月18日 | (此件公开发布)`), and an
 * attachment's label after a signature from its title opening with a year (`附件1 | 2025年…任务清单`).
 */
export function signatureBreaks(line: string): number[] {
  const out: number[] = [];
  GLUED_SIGNATURE.lastIndex = 0;
  for (let m = GLUED_SIGNATURE.exec(line); m; m = GLUED_SIGNATURE.exec(line)) {
    const [whole, name, date, note] = m;
    const end = m.index + whole.length;
    const signatory = name.trim();
    if (readDate(date) === null) continue;
    // A date with its note after an entry of the attachments' list (…责任分解2021年5月12日(此件公开发布)): no
    // signatory above it, the date and the note alone.
    const signs = signatory !== "" && signatoryLine(signatory);
    if (signatory === "" ? !note && !AFTER_LONE_DATE.test(line.slice(end)) : !signs && !note) continue;
    if (!note && DATE_GOES_ON.test(line.slice(end))) continue;
    const dateAt = m.index + name.length;
    if (signs) out.push(m.index + name.indexOf(signatory));
    out.push(dateAt);
    if (note) out.push(dateAt + date.length);
    if (end < line.length && line.slice(end).trim() !== "") out.push(end);
    // The one attachment's label before its title (…2021年1月27日附件《…》责任分解一、…): the label alone on its line
    // (a numbered 附件1 before its title is left as it is).
    const label = /^\s*附件(?=\s*[《\u4e00-\u9fff])/.exec(line.slice(end));
    if (label) out.push(end + label[0].length);
  }
  GLUED_SIGNATURE.lastIndex = 0;
  // A signatory and a date with its note right after the last entry of the attachments' list, no stop between
  // (…3.2025年县政府重点工作备忘录任务分解沁县人民政府办公室2025年5月18日(此件公开发布)附件1…): the signatory is the
  // characters after the entry's document name (TITLE_BEFORE) when they read as one (signatoryLine).
  for (const m of line.matchAll(NOTED_SIGNATURE)) {
    const [whole, run, date] = m;
    const dateAt = m.index! + run.length;
    if (out.includes(dateAt) || readDate(date) === null) continue;
    // The entry ends with a document's name (…任务分解, …方案); the signatory is what follows it.
    let k = 2;
    while (k < run.length - 1 && !(TITLE_BEFORE.test(run.slice(0, k)) && signatoryLine(run.slice(k)))) ++k;
    if (k >= run.length - 1) continue;
    const end = m.index! + whole.length;
    out.push(m.index! + k, dateAt, dateAt + date.length);
    if (end < line.length && line.slice(end).trim() !== "") out.push(end);
  }
  // An attachment's label after a signature, glued to its title that opens with a year (附件1 | 2025年县…任务清单): the
  // year's four digits are the title's, those before them the label's number.
  for (const p of [...out]) {
    const label = /^附件\d{1,2}(?=(?:19|20)\d{2}年)/.exec(line.slice(p));
    if (label) out.push(p + label[0].length);
  }
  return [...new Set(out.filter((p) => p > 0))].sort((a, b) => a - b);
}

/**
 * A date with its note (此件公开发布) after a run of characters whose end is a signatory's name, glued to an entry of the
 * attachments' list with no stop between (signatureBreaks).
 */
const NOTED_SIGNATURE = new RegExp(
  `([\\u4e00-\\u9fff]{4,40})((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)(\\((?:此件|本件|本文)[^()]{1,12}\\))`,
  "g"
);

/**
 * Whether the markers found in a line are only a list inside its paragraph: entries of one form, numbered from 1
 * after a colon, of a form other than the line's own marker's, and nothing else found in the line
 * (`…行动内容包括:(1)开展排水系统健康普查。(2)推进积水点改造。(3)…`: the paragraph's list, kept in it). Asked only of a
 * line inside an outline the lines above opened: a line that lost its breaks holds markers of its outline's other
 * forms too (`一、…(一)…(1)…`), and a notice's first numbered paragraphs (`…通知如下:一、…二、…`) open its outline.
 */
function inlineList(kinds: {style: NumberingStyle; number: number; colon: boolean}[], own?: NumberingStyle): boolean {
  return (
    kinds[0].number === 1 &&
    kinds[0].colon &&
    kinds[0].style !== own &&
    kinds.every((k, i) => k.style === kinds[0].style && k.number === i + 1)
  );
}

/**
 * An arabic marker glued to a title that starts with digits (`11.121人才梯队项目`, numbering.ts readGluedArabic), read
 * only where the outline's arabic numbering expects that number next (the open level's, else the last one's) and its
 * title runs to a sentence's end with no other figure (a table's cells run together, 4.74需动迁7航南…, are none), or null.
 */
function gluedArabic(
  text: string,
  path: {style: NumberingStyle; number: number}[],
  seen: Map<NumberingStyle, number>
): Marker | null {
  const last = path.find((o) => o.style === "arabic")?.number ?? seen.get("arabic");
  const m = last === undefined ? null : readGluedArabic(text, last + 1);
  // Its title a name that ends a sentence with no other figure in it (121人才梯队项目。), not a table's cells run
  // together (4.74需动迁7航南公路…).
  return m && /^\d+[^\d。]{1,30}。/.test(text.slice(m.length)) ? m : null;
}

/** Whether the ) at `at` closes a numbering marker ((一), (1)) rather than a clause. */
function closesMarker(line: string, at: number): boolean {
  const open = line.lastIndexOf("(", at);
  return open >= 0 && at - open <= 5 && /^\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*$/.test(line.slice(open, at));
}

/** The text with a line break inserted before each offset (in order). */
function insertBreaks(text: string, at: number[]): string {
  let out = "";
  let from = 0;
  for (const p of at) {
    out += text.slice(from, p) + "\n";
    from = p;
  }
  return out + text.slice(from);
}

export function normalizePlanText(input: string): Normalized {
  let text = input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input;
  // Every tag starts with <: text without one is not HTML, and needs no search for tags.
  const html = text.includes("<") && looksLikeHtml(text);
  if (html) text = htmlToText(text);
  // Lines decoded one byte out of step, read again in step: by their start in the text before breaks are restored.
  const shifted = repairShiftedLines(text);
  text = shifted.text;
  const shiftedStarts: number[] = [];
  if (shifted.lines.length) {
    let line = 0;
    for (let i = 0, k = 0; k < shifted.lines.length; ++i) {
      if (line === shifted.lines[k].index) {
        shiftedStarts.push(i);
        ++k;
      }
      if (i >= text.length) break;
      if (text.charCodeAt(i) === 10) ++line;
    }
  }
  let published = text;
  text = foldWidth(text);
  // Line breaks a copy lost, restored in both texts (the same length, character for character).
  const breaks = restoreBreaks(text);
  const restoredLines: number[] = [];
  if (breaks.length) {
    text = insertBreaks(text, breaks);
    published = insertBreaks(published, breaks);
    // The line after each inserted break (the k-th now at p + k).
    let line = 1;
    let i = 0;
    breaks.forEach((p, k) => {
      for (; i <= p + k; ++i) if (text.charCodeAt(i) === 10) ++line;
      restoredLines.push(line);
    });
  }
  const pageLines: number[] = [];
  const lines = text.split("\n");
  const own = published.split("\n");
  for (let i = 0; i < lines.length; ++i) {
    if (isPageNumberLine(lines[i])) {
      pageLines.push(i + 1);
      lines[i] = "";
      own[i] = "";
    }
  }
  // The shifted lines' numbers once the breaks are restored: each break before a line's start moves it down one.
  const shiftedLines = shifted.lines.map((l, k) => {
    const moved = breaks.filter((p) => p < shiftedStarts[k]).length;
    return {line: l.index + 1 + moved, repaired: l.repaired, lost: l.lost};
  });
  // Joined again only when a line was emptied.
  return pageLines.length
    ? {text: lines.join("\n"), published: own.join("\n"), html, pageLines, restoredLines, shiftedLines}
    : {text, published, html, pageLines, restoredLines, shiftedLines};
}
