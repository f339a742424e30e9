/**
 * The outline of a plan: a tree of numbered lines, the header lines before it, table rows, and the lines that are
 * not the plan's text (a signature block, a web page's furniture).
 *
 * Numbering levels are learned, not fixed: a marker of a form already open in the current path closes everything
 * below it and opens a sibling; a marker of a new form opens a child of the current line. So 一、 (一) 1. (1) ①
 * nest in whatever order a document uses, and (一) after 三、 starts again under 三、 without a gap. A line with no
 * marker continues the open node, so a paragraph hard-wrapped over many lines (a PDF copy) reads as one line; the
 * places where lines were joined are kept (`breaks`), so that a clause written on its own line can be found.
 *
 * 专栏N opens a boxed column under the current top-level node; its —— actions are read from its body.
 */
import {trimEndBars} from "../chars.js";
import {looksLikeBody} from "./bodies.js";
import {Joined, lineStarts} from "./spans.js";
import {glossSpans} from "./glosses.js";
import {readDate} from "./header.js";
import {isEndingLine} from "./ending.js";
import {cellLineTables, closedCellLines} from "./cellLines.js";
import {bareHeadingLines} from "./headings.js";
import {blockTables} from "./rowBlocks.js";
import {headedCellTables} from "./headedCellRows.js";
import {taskListTables} from "./taskLists.js";
import {taskColumns} from "./taskTables.js";
import {attachmentLists, attachmentSections} from "./attachmentLists.js";
import {allocationCellTables} from "./allocationTables.js";
import {type Marker, type NumberingStyle, readGluedArabic, readMarker} from "./numbering.js";
import {type PageField, pageFieldLines} from "./pageFields.js";
import {opensShifted} from "./mojibake.js";

export interface OutlineNode {
  style: NumberingStyle;
  /** The number of the marker: 3 for 三、, (三), 3., 专栏3. */
  number: number;
  /** The numbering as written: 三 or 3. */
  numeral: string;
  /** The marker as written, with the white space after it: (一), 1、 */
  marker: string;
  line: number;
  /** Offset of the marker. */
  start: number;
  /** Offset of the end of the marker's line (trailing white space and | excluded). */
  lineEnd: number;
  /** The text after the marker, with its continuation lines, joined without a separator. */
  body: Joined;
  /** Indices in body.text where a continuation line starts. */
  breaks: number[];
  children: OutlineNode[];
  parent: OutlineNode | null;
  /** 0 for a top-level node. */
  depth: number;
}

export interface TableRow {
  cells: string[];
  line: number;
  start: number;
  end: number;
  /** For a row whose cells wrap over lines (rowBlocks.ts): each cell's [start, end) line spans, in order. */
  pieces?: [number, number][][];
}

export interface Table {
  rows: TableRow[];
  /** Lines starting with 注: after the table. */
  notes: {text: string; line: number}[];
  /** The column the table stands in, if any. */
  column: number | null;
  /** An allocation table of the attachments written one cell per line (allocationTables.ts): its rows' cells. */
  allocation?: true;
  /**
   * For a table whose rows are cut by its header's width (headedCellRows.ts): the rows that miss a cell, line
   * (1-based) and message ([] when none). Such a row's cells stay in their order, not placed by what they hold.
   */
  misfits?: {line: number; message: string}[];
}

export interface HeaderLine {
  text: string;
  line: number;
  start: number;
}

/** A line of a web page's 信息公开 record (pageFields.ts): its fields, in the folded shadow the outline reads. */
export interface PageLine extends HeaderLine {
  fields: PageField[];
}

export interface Outline {
  starts: number[];
  /** Non-empty lines before the first numbered line, signature and furniture lines included. */
  header: HeaderLine[];
  /** The header's text lines (no furniture) joined, as a node's body is. */
  preamble: Joined;
  /** Top-level nodes. */
  roots: OutlineNode[];
  /** Every node, in document order. */
  nodes: OutlineNode[];
  tables: Table[];
  /** Lines of a signature block (issuer over a date line, 此件公开发布, 抄送) after the body began. */
  signature: HeaderLine[];
  /**
   * The plan's ending lines after its last numbered line (本方案自印发之日起施行, 本方案由市发改委负责解释, 以上意见如无
   * 不妥,请批转…: ending.ts): no node's text, no part of the body.
   */
  ending: HeaderLine[];
  /** Lines of a web page's furniture (breadcrumbs, share and print buttons, font size switches). */
  furniture: HeaderLine[];
  /** Lines of a web page's 信息公开 record above the body (pageFields.ts), with their fields. */
  page: PageLine[];
  /** Lines where pinyin glosses (重点(diǎn)) were read through. */
  glossLines: number[];
  /** The line where the attachments (附件, 附表) begin, after which only tables and numbered lists are read; or null. */
  attachmentLine: number | null;
  /**
   * The numbered lists of the attachments (attachmentLists.ts): each entry a node of its own, at depth 0 with no
   * parent, not among `roots` or `nodes` (the body's outline); its caption lines as written.
   */
  attachmentLists: {attachment: number; caption: HeaderLine[]; entries: OutlineNode[]}[];
  /**
   * Attached documents with an outline of their own (附件2 / 奉贤区农村公路路长制实施方案(试行) / 为… / 一、指导思想 /
   * 二、… (一)… 1.…): each read as an outline apart (positions in the whole text), its lines before its first numbered
   * line its `header` (the title, an opening paragraph). Not among `roots` or `nodes`.
   */
  attachedDocuments: {attachment: number; outline: Outline}[];
}

const NOTE = /^注\s*\d*\s*[:.]/;
/** A table's caption on a line of its own: 表2 嘉定区海绵城市系统方案编制计划表, 附表1 …. */
const CAPTION = /^(?:附表|表)\s*\d{1,2}(?:[-.]\d{1,2})?\s*[\u4e00-\u9fff]/;
/**
 * The attachments' first line: 附件, 附件1, 附件:1.…; or 附表, 附表1, 附表:1.… (tables attached as 附表) when no chapter
 * of the body follows it (附表 over an indicator table inside 一、主要目标 is that table's caption).
 */
const ATTACHMENT = /^附件\s*\d{0,2}\s*(?:[::]|$)/;
const ATTACHED_TABLES = /^附表\s*\d{0,2}\s*(?:[::]|$)/;
const FURNITURE =
  /^(?:首页\s*[>/»]|当前位置|您(?:当前)?的位置|位置[:]\s*首页)|分享到|打印本页|\[?打印\]?\s*\[?关闭\]?$|关闭(?:本页|窗口)|字[体号]\s*[:]?\s*\[?大\]?\s*\[?中\]?\s*\[?小\]?|扫一扫|浏览次数|访问量|^(?:\[|)(?:收藏|打印|关闭)(?:\]|)$/;
const SIGNATURE_NOTE =
  /^\((?:此件|本件|本文)[^)]*\)$|^(?:抄送|抄报|印发)\s*[:]|^\S{2,30}\s+\d{4}年\d{1,2}月\d{1,2}日印发$/;
/**
 * An issuer's name on a signature line: a body's (…人民政府, …办公厅, …局 …), or the State Council's and the Party
 * Centre's, which end as no other body does (国务院, 中共中央, 中央军委: a State Council plan is signed 国务院 over its date).
 */
const ISSUER_LIKE =
  /^[\u4e00-\u9fff()]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|署|领导小组|指挥部|工作组|管委会|公司|中心)$|^(?:国务院|中共中央|中国共产党中央委员会|中央军委|中央军事委员会)$/;

/**
 * The cells of a table row written with | or tabs; null when the line is not a table row (fewer than 3 cells, or
 * fewer than `filled` non-empty ones: 2 to start a table, 1 inside one, for a heading row such as 一、审批 | | |).
 */
export function tableCells(line: string, filled = 2): string[] | null {
  const sep = line.includes("|") ? "|" : line.includes("\t") ? "\t" : null;
  if (sep === null) return null;
  const cells = line.split(sep).map((c) => c.trim());
  if (sep === "|" && cells[0] === "") cells.shift();
  // A heading row inside a table (一、审批 | | |) counts its empty cells; other rows lose their trailing ones.
  const written = cells.length;
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  const enough = filled === 1 ? written >= 3 : cells.length >= 3;
  return enough && cells.filter(Boolean).length >= filled ? cells : null;
}

/** Whether a line is a web page's furniture rather than the plan's text: 首页 > 政务公开, 分享到, 【打印】. */
export function isFurniture(line: string): boolean {
  return (line.length <= 60 && FURNITURE.test(line)) || isBreadcrumb(line);
}

/** A breadcrumb's first place: the site's home (首页, 网站首页, 主页) or a label of where the reader is (所在位置:). */
const CRUMB_HOME = /^(?:(?:网站|门户|政府)?首页|主页|(?:您?(?:当前|现在|所在)?的?)?(?:当前|所在)?位置\s*[:]?)/;
/** A section of a government site, which a breadcrumb with no home in it names: 政务公开 > 政策文件 > 规范性文件. */
const CRUMB_SECTION = /公开|政策|文件|新闻|动态|公告|专栏|政务|法规|规划|服务/;

/**
 * Whether a line is a web page's breadcrumb (its path in the site, the page's own title often last): places
 * separated by >, >>, » (or, after the home, by - or / with spaces), every place but the last a short label with no
 * punctuation: 首页 > 政务公开 > 政策文件 > 芜湖市…实施方案, 网站首页>>信息公开, 首页 - 政务公开 - 政策文件,
 * 所在位置 首页 政务公开; without the home, three places or more, one of them a site's section (政务公开 > 政策文件 >
 * 规范性文件). A process written with arrows (申请 → 受理 → 办结) or a scale (一般 > 较大 > 重大) is no breadcrumb.
 */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 120) return false;
  const t = line.trim();
  const home = CRUMB_HOME.exec(t);
  if (home && /位置/.test(home[0]) && /^\s*(?:网站|门户|政府)?首页/.test(t.slice(home[0].length))) return true;
  const parts = t.split(home ? /\s*(?:>>?|»)\s*|\s+[-/|]\s+/ : /\s*(?:>>?|»)\s*/);
  if (parts.length < 2) return false;
  const labels = parts.slice(0, -1);
  if (!labels.every((p) => p.length >= 2 && p.length <= 14 && !/[,。;:!?、]/.test(p.replace(/[:]$/, "")))) return false;
  return home !== null ? home.index === 0 : parts.length >= 3 && labels.some((p) => CRUMB_SECTION.test(p));
}

/** Appends a line to a joined text, leaving out pinyin glosses (glosses.ts: 重点(diǎn) → 重点); true when it left one out. */
function appendLine(joined: Joined, text: string, at: number): boolean {
  const glosses = glossSpans(text);
  let from = 0;
  for (const [a, b] of glosses) {
    joined.append(text.slice(from, a), at + from);
    from = b;
  }
  joined.append(text.slice(from), at + from);
  return glosses.length > 0;
}

/**
 * A signatory's line above a signature's date: an issuer's name (ISSUER_LIKE), or any body's name alone on its line
 * (bodies.ts: `上海市金山区消防救援支队`, the drafting unit's signature at the end of the plan it drafted), or the names
 * of joint issuers side by side, spaced apart (`国务院办公厅　中央军委办公厅`).
 */
export function signatoryLine(t: string): boolean {
  const one = (name: string) =>
    ISSUER_LIKE.test(name) || (/^[\u4e00-\u9fff()]{2,40}$/.test(name) && looksLikeBody(name));
  return one(t) || (/\s/.test(t) && t.split(/\s+/).every(one));
}

/**
 * Lines that belong to a signature block: a date alone on its line (2024年3月26日), up to three issuer lines
 * just above it, and notes such as (此件公开发布) or 抄送:. Indexed by line (0-based).
 */
function signatureLines(lines: string[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  // The last four filled lines: one array, shifted in place (a slice a line was a new array a line).
  const previous: number[] = [];
  for (let i = 0; i < lines.length; ++i) {
    const t = lines[i];
    if (t === "") continue;
    if (readDate(t) !== null) {
      flags[i] = 1;
      for (let k = previous.length - 1, n = 0; k >= 0 && n < 3 && signatoryLine(lines[previous[k]]); --k, ++n)
        flags[previous[k]] = 1;
    } else if (SIGNATURE_NOTE.test(t)) flags[i] = 1;
    previous.push(i);
    if (previous.length > 4) previous.shift();
  }
  return flags;
}

const PRINTED_NOTICE = /^.{0,40}(?:关于)?印发.+的通知$/;
/** Any notice's title (关于分解落实2019年《政府工作报告》主要目标任务的通知): it carries a plan only with a task table. */
const NOTICE = /^.{0,80}的通知$/;
/** A cover notice's lead sentence, when the notice's own title is not in the copy: 现将《…》印发给你们. */
const COVER_LEAD = /印发给你们|印发给你单位|现印发你们/;
/** A line that only labels an attachment (附件1, 附件 2:), above the attached document's title. */
const ATTACHMENT_LABEL = /^附件\s*\d{0,2}\s*:?$/;
const PLAN_TITLE =
  /(?:方案|意见|规划|计划|纲要|办法|措施|细则|要点|任务清单|任务分解|分工)(?:\(\s*(?:19|20)\d{2}[^()]*\))?$/;

/** Whether a line is a task table's header row written with | or tabs (序号|工 作 任 务|牵头负责部门: taskColumns). */
function taskHeader(line: string): boolean {
  const cells = tableCells(line);
  return cells !== null && taskColumns(cells) !== null;
}

/**
 * Where the plan begins after the notice that carries it (关于印发…的通知, or a copy that opens with the notice's lead
 * sentence, 现将《…》印发给你们; any other notice, 关于分解落实…的通知, only over a task table), when the notice numbers
 * paragraphs of its own (一、各责任单位要高度重视… 二、… 三、…)
 * before its signature: the plan's title line after the signature's date (and its notes, 此件公开发布, 本文有删减, and
 * an attachment's label, 附件1), followed by a numbered line or by a task table's header (序号|工作任务|牵头负责部门,
 * or its cells one a line: `tableAt` says where such a table begins; the attached table holds the items); or that
 * header itself, with no title over it. 0 when the text is not so made: the notice's numbered paragraphs are then no
 * chapters of the plan.
 */
function noticeEnd(lines: string[], signed: Uint8Array, tableAt: (line: number) => boolean): number {
  const filled: number[] = [];
  for (let i = 0; i < lines.length; ++i) if (lines[i]) filled.push(i);
  // A notice's title first, or (a copy without it) its lead sentence among the first lines: 现将《…》印发给你们.
  const first = filled.length ? lines[filled[0]].replace(/\s+/g, "") : "";
  const printed =
    PRINTED_NOTICE.test(first) || filled.slice(0, 3).some((i) => COVER_LEAD.test(lines[i]) && !readMarker(lines[i]));
  // Another notice (分解落实, 下达 …) carries a plan when a task table follows its signature.
  if (!printed && !NOTICE.test(first)) return 0;
  let numbered = false;
  for (let k = 1; k < filled.length && k < 60; ++k) {
    const t = lines[filled[k]];
    if (readMarker(t)) numbered = true;
    if (!numbered || readDate(t) === null) continue;
    let j = k + 1;
    while (j < filled.length && signed[filled[j]]) ++j;
    // The attached document's label (附件1) above its title.
    if (ATTACHMENT_LABEL.test(lines[filled[j]] ?? "")) ++j;
    const title = lines[filled[j]] ?? "";
    const next = lines[filled[j + 1]] ?? "";
    if (taskHeader(title) || tableAt(filled[j])) return filled[j];
    // A title over a task table (…任务分解表, …分工) is the table's, whatever its last word.
    const titled = title.length <= 80 && !/[。,;:]/.test(title);
    if (titled && (taskHeader(next) || tableAt(filled[j + 1]))) return filled[j];
    return printed && titled && PLAN_TITLE.test(title) && readMarker(next) ? filled[j] : 0;
  }
  return 0;
}

/**
 * A notice's lead sentence that hands its plan out to the recipients: 现印发给你们, 现将…责任分解给你们, 现将…分解下发,
 * 现将…下达给你单位, 现将…工作任务进行责任分解,请认真贯彻执行 (the plan is a document of its own, its attachment; `…分解如下`
 * announces a plan that follows, and is none).
 */
const HANDED_OUT =
  /(?:印发|转发|分解|下达|下发)给?(?:你们|你单位)|现印发你们|分解下发|现将.{0,120}?进行(?:责任)?分解(?:[,,。;;]|$)/;

/**
 * A lead that says the notice goes on with requirements of its own: 就有关事项通知如下, 请结合以下要求认真贯彻执行,
 * 提出如下要求, 要求如下.
 */
const GOES_ON = /通知如下|(?:以下|如下)(?:几点|几项|方面)?(?:工作)?要求|要求如下/;

/** The numbering forms a notice's requirements take: 一、二、三、 or 1. 2. 3. (the run keeps its first line's form). */
const REQUIREMENT_STYLES: ReadonlySet<NumberingStyle> = new Set(["cn", "arabic"]);

/** The last sentence of a line: what follows its last 。 but one (the line's own closing 。 kept), or all of it. */
const lastSentence = (line: string): string => {
  const body = line.replace(/[。;；:：\s]+$/, "");
  return line.slice(body.lastIndexOf("。") + 1);
};

/**
 * Where the plan begins after a notice whose numbered paragraphs are only its requirements to the recipients: the
 * line that leads into the first numbered line (`一、`, or `1.`: REQUIREMENT_STYLES) hands the plan out (HANDED_OUT: `…现印发给你们,并就有关事项通知
 *如下`, `现将…目标任务责任分解给你们,…有关事项通知如下:`, `现将主要目标任务分解下发,请认真抓好落实。`), so the
 * `一、二、三、` after it (`一、强化责任意识…各地各单位要…`, `三、按时报送…`) are what the notice asks, not the plan's
 * tasks, when the lead says so (…通知如下) or the 一、 is a paragraph under a run-in heading (a plan's chapter heading
 * alone on its line, 一、总体要求, in a copy that lost the plan's title, stays the plan's). The plan then begins after
 * the notice's signature (its date and the notes under it), or, where the copy
 * holds no signature (a web copy of the notice alone), nowhere: the text's end. 0 when the text is not so made.
 *
 * One scan from the 一、 on, ending at the first of: a date (the signature's: the plan begins after it and its notes);
 * a numbered line that is not the requirements' next 二、三、… (the plan's first line, in a copy that dropped the
 * signature and the plan's title: 三、加强督导… / 1.菏泽市…(牵头单位:…)); the text's end. After an attachment list
 * (附件:1.… / 2.…) numbered lines are the list's, and only a date ends the notice.
 */
function requirementsEnd(lines: string[], signed: Uint8Array): number {
  const first = lines.findIndex((t) => t !== "" && readMarker(t) !== null);
  if (first < 0) return 0;
  const marker = readMarker(lines[first])!;
  // The requirements number on 一、二、 or, as a notice may, on 1. 2. (1.明确任务,压实责任。各牵头单位要…).
  if (!REQUIREMENT_STYLES.has(marker.style) || marker.number !== 1) return 0;
  let lead = first - 1;
  while (lead >= 0 && !lines[lead]) --lead;
  // Only the lead's last sentence hands out: in a copy that lost its breaks, the notice's 现印发给你们 can sit on the
  // plan's preamble line (…现印发给你们,请按照执行。虹口区人民政府办公室关于…的实施意见为确保…特制定本意见。).
  // (A last sentence 现就有关事项通知如下 after the one that hands out goes with it.)
  if (lead < 0) return 0;
  const last = lastSentence(lines[lead]);
  if (!HANDED_OUT.test(last) && !(/通知如下/.test(last) && HANDED_OUT.test(lines[lead]))) return 0;
  // The notice says it goes on with requirements (…有关事项通知如下), or its 一、 is a paragraph of its own under a
  // run-in heading (一、强化责任意识,以讲政治高度抓落实。…): a plan's chapter after a copy that lost the plan's title
  // (一、总体要求 on its line) is no requirement.
  // Requirements numbered 1. 2. only when the lead says so: a 1. under a bare 印发给你们 may be the plan's own item
  // (现将任务印发给你们。 / 1.推进建设。(区建设管理委牵头)).
  const says = GOES_ON.test(lines[lead]);
  if (!says && (marker.style !== "cn" || !/^[^。]{2,40}。\s*\S/.test(lines[first].slice(marker.length)))) return 0;
  // The requirements number on 二、三、…; a numbered line that breaks that run before any signature (三、… then
  // 1. 菏泽市…(牵头单位:…) in a web copy that dropped the signature and the plan's title) begins the plan. After an
  // attachment list (附件:1.…) only a signature ends the notice.
  let next = 2;
  let attachments = false;
  for (let i = first + 1; i < lines.length; ++i) {
    if (!lines[i]) continue;
    if (readDate(lines[i]) !== null) {
      let j = i + 1;
      while (j < lines.length && (!lines[j] || signed[j])) ++j;
      return j;
    }
    if (/^\s*附\s*件/.test(lines[i])) attachments = true;
    const m = attachments ? null : readMarker(lines[i]);
    if (!m) continue;
    if (m.style === marker.style && m.number === next) ++next;
    else return i;
  }
  return lines.length;
}

/** The numbering forms written with Chinese numerals (一、, (一), 第一章). */
const CHINESE_STYLES: ReadonlySet<NumberingStyle> = new Set(["cn", "paren-cn", "chapter", "section", "article"]);
/** A number of 1–99 in Chinese numerals, as a plan numbers its lines: 2 → 二, 12 → 十二, 20 → 二十. */
function chineseOf(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (n < 10) return digits[n];
  if (n > 99) return String(n);
  const tens = Math.floor(n / 10);
  return (tens > 1 ? digits[tens] : "") + "十" + (n % 10 ? digits[n % 10] : "");
}

export function outline(text: string): Outline {
  const starts = lineStarts(text);
  const header: HeaderLine[] = [];
  const preamble = new Joined(starts);
  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const tables: Table[] = [];
  const signature: HeaderLine[] = [];
  const ending: HeaderLine[] = [];
  const furniture: HeaderLine[] = [];
  const glossLines: number[] = [];
  let attachmentLine: number | null = null;
  // The attachments' lines that no table holds (0-based), for their numbered lists.
  const attached: number[] = [];
  const trimmed: string[] = [];
  const indents: number[] = [];
  const raws: string[] = [];
  for (let i = 0; i < starts.length; ++i) {
    const lineEnd = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const raw = text.slice(starts[i], lineEnd);
    const t = raw.trim();
    raws.push(raw);
    trimmed.push(t);
    indents.push(t ? raw.length - raw.trimStart().length : 0);
  }
  // A table copied one cell per line with each cell's border (序号 | / | 序号 | / 序号⇥): each such line is its cell, and
  // the stages below read it as they read a bare one-cell-per-line table, knowing where each cell ends.
  const closedSpans = closedCellLines(raws);
  const closed = new Uint8Array(starts.length);
  closedSpans.forEach((cell, i) => {
    if (!cell) return;
    if (cell.closed) closed[i] = 1;
    trimmed[i] = raws[i].slice(cell.start, cell.end);
    indents[i] = cell.start;
  });
  // A web page's 信息公开 record above the body (索引号 | … | 公开方式 | …, 名  称:…, 文  号:…): set aside with its fields,
  // neither header lines nor a table; the lines after it are read as if it were not there.
  const page: PageLine[] = [];
  let firstNumbered = trimmed.findIndex((t) => t !== "" && readMarker(t) !== null);
  if (firstNumbered < 0) firstNumbered = trimmed.length;
  for (const [i, fields] of pageFieldLines(trimmed, firstNumbered)) {
    page.push({text: trimmed[i], line: i + 1, start: starts[i] + indents[i], fields});
    trimmed[i] = "";
  }
  const signed = signatureLines(trimmed);
  // Task tables written one cell a line (rowBlocks.ts) or as a task list (taskLists.ts), by their first line.
  // A table whose header names every column and whose rows are cut by its width (headedCellRows.ts) is read so,
  // rather than by what its lines are, where both start.
  const blocks = new Map<
    number,
    ReturnType<typeof blockTables>[number] & {misfits?: {line: number; message: string}[]}
  >(
    [...blockTables(trimmed, closed), ...taskListTables(trimmed), ...headedCellTables(trimmed)].map((t) => [t.first, t])
  );
  const planStart = noticeEnd(trimmed, signed, (i) => blocks.has(i)) || requirementsEnd(trimmed, signed);
  // The plan's ending lines: formulas (ending.ts) with no numbered line after them before the attachments begin.
  const endingAt = new Uint8Array(trimmed.length);
  for (let i = trimmed.length - 1, numberedAfter = false; i >= 0; --i) {
    const t = trimmed[i];
    if (!t) continue;
    if (ATTACHMENT.test(t) || ATTACHED_TABLES.test(t)) numberedAfter = false;
    else if (readMarker(t)) numberedAfter = true;
    else if (!numberedAfter && isEndingLine(t)) endingAt[i] = 1;
  }
  // The last line that opens a chapter of each top-level form (一、, 第一章), to tell 附表 after the body from one in it.
  const lastOpening = new Map<NumberingStyle, number>();
  for (let i = 0; i < trimmed.length; ++i) {
    const c = trimmed[i].charCodeAt(0);
    if (c < 0x4e00 || c > 0x9fff) continue;
    const m = readMarker(trimmed[i]);
    if (m && (m.style === "cn" || m.style === "chapter")) lastOpening.set(m.style, i);
  }
  const cellTables = new Map(cellLineTables(trimmed).map((t) => [t.first, t]));
  const bareHeadings = bareHeadingLines(trimmed);
  const titleEntries = attachmentTitleEntries(trimmed);
  const lineSpan = (i: number): [number, number] => [
    starts[i] + indents[i],
    starts[i] + indents[i] + trimmed[i].length
  ];
  let headingCount = 0;

  // The open path: stack[k] is the open node at depth k.
  const stack: OutlineNode[] = [];
  let table: Table | null = null;
  let captioned: Table | null = null;
  const columnOf = (): number | null => {
    for (let k = stack.length - 1; k >= 0; --k) if (stack[k].style === "column") return stack[k].number;
    return null;
  };
  const open = (marker: Marker, depth: number, line: number, at: number, written: string) => {
    const {style, number, numeral} = marker;
    stack.length = depth;
    const parent = depth > 0 ? stack[depth - 1] : null;
    const node: OutlineNode = {
      style,
      number,
      numeral,
      marker: written,
      line,
      start: at,
      lineEnd: at,
      body: new Joined(starts),
      breaks: [],
      children: [],
      parent,
      depth
    };
    (parent ? parent.children : roots).push(node);
    nodes.push(node);
    stack.push(node);
    table = null;
    captioned = null;
    return node;
  };

  // The depth at which each form last stood outside a column: inside a column, such a form closes the column.
  const levelDepth = new Map<NumberingStyle, number>();
  const depthOf = (style: NumberingStyle): number => {
    if (style === "column") return stack.length ? 1 : 0;
    const sameAt = stack.findIndex((n) => n.style === style);
    const columnAt = stack.findIndex((n) => n.style === "column");
    const depth =
      sameAt >= 0
        ? sameAt
        : columnAt >= 0 && (levelDepth.get(style) ?? Infinity) <= columnAt
          ? levelDepth.get(style)!
          : stack.length;
    if (columnAt < 0 || depth <= columnAt) levelDepth.set(style, depth);
    return depth;
  };

  for (let i = 0; i < starts.length; ++i) {
    const t = trimmed[i];
    if (t === "") continue;
    const line = i + 1;
    const at = starts[i] + indents[i];
    const here = {text: t, line, start: at};
    if (isFurniture(t)) {
      furniture.push(here);
      continue;
    }
    if (signed[i] && nodes.length) {
      signature.push(here);
      continue;
    }
    if (endingAt[i] && nodes.length) {
      ending.push(here);
      continue;
    }
    if (i < planStart) {
      // The notice that carries the plan, its own numbered paragraphs included: header lines.
      header.push(here);
      if (!signed[i] && appendLine(preamble, t, at)) glossLines.push(line);
      continue;
    }
    const block = blocks.get(i);
    if (block) {
      tables.push((table = {rows: [], notes: [], column: columnOf()}));
      if (block.misfits) table.misfits = block.misfits.map((m) => ({line: m.line + 1, message: m.message}));
      for (const row of block.rows)
        table.rows.push({
          cells: row.cells,
          line: row.first + 1,
          start: lineSpan(row.first)[0],
          end: lineSpan(row.last)[1],
          pieces: row.lines.map((cell) => cell.map(lineSpan))
        });
      i = block.last;
      continue;
    }
    const lined = cellTables.get(i);
    if (lined) {
      tables.push((table = {rows: [], notes: [], column: columnOf()}));
      for (const row of lined.rows) {
        const end = starts[row.last] + indents[row.last] + trimmed[row.last].length;
        table.rows.push({cells: row.cells, line: row.first + 1, start: starts[row.first] + indents[row.first], end});
      }
      i = lined.last;
      continue;
    }
    const cells = tableCells(t, table ? 1 : 2);
    if (cells) {
      if (!table) tables.push((table = {rows: [], notes: [], column: columnOf()}));
      table.rows.push({cells, line, start: at, end: at + t.length});
      continue;
    }
    if (table && NOTE.test(t)) {
      table.notes.push({text: t, line});
      continue;
    }
    if (attachmentLine === null && nodes.length && ATTACHMENT.test(t)) attachmentLine = line;
    if (attachmentLine === null && roots.length && ATTACHED_TABLES.test(t) && !(lastOpening.get(roots[0].style)! > i))
      attachmentLine = line;
    if (attachmentLine !== null) {
      attached.push(i);
      continue;
    }
    // The notice's list of its attachments' titles (附件:1.… / 2.…) before any chapter: the notice's lines, not items.
    if (!nodes.length && titleEntries.has(i)) {
      header.push(here);
      if (!signed[i] && appendLine(preamble, t, at)) glossLines.push(line);
      continue;
    }
    if (bareHeadings.has(i)) {
      const node = open(
        {style: "heading", number: ++headingCount, numeral: String(headingCount), length: 0},
        0,
        line,
        at,
        ""
      );
      node.lineEnd = at + t.length;
      appendLine(node.body, t, at);
      continue;
    }
    const arabic = stack.findLast((n) => n.style === "arabic");
    // A first step glued to its date (1.9月30日前,…) opens an arabic list where the plan's arabic level stands next.
    const marker =
      readMarker(t) ??
      (arabic
        ? readGluedArabic(t, arabic.number + 1)
        : levelDepth.get("arabic") === stack.length
          ? readGluedArabic(t, 1, {month: true})
          : null);
    if (marker) {
      const depth = depthOf(marker.style);
      const node = open(marker, depth, line, at, t.slice(0, marker.length));
      const rest = trimEndBars(t.slice(marker.length));
      node.lineEnd = at + marker.length + rest.length;
      if (rest && appendLine(node.body, rest, at + marker.length)) glossLines.push(line);
      continue;
    }
    // A line a web copy decoded one byte out of step that could not be read again (mojibake.ts; its marker is lost in
    // the garble) after a numbered line: the next of that line's numbering, numbered by its place, no marker written.
    const previous = stack[stack.length - 1];
    if (previous && previous.style !== "heading" && previous.style !== "column" && opensShifted(t)) {
      const number = previous.number + 1;
      const numeral = CHINESE_STYLES.has(previous.style) ? chineseOf(number) : String(number);
      const node = open({style: previous.style, number, numeral, length: 0}, previous.depth, line, at, "");
      node.lineEnd = at + t.length;
      if (appendLine(node.body, t, at)) glossLines.push(line);
      continue;
    }
    // A table under a caption (表2 …编制计划表) whose cells lost their grid: its lines are the table's, not the text
    // of the item above it, up to the next numbered line (its cells may be paragraphs: 表3's 建设目标).
    if (captioned) {
      captioned.rows.push({cells: [t], line, start: at, end: at + t.length});
      continue;
    }
    captioned = null;
    if (stack.length && CAPTION.test(t) && !t.includes("。")) {
      tables.push(
        (captioned = {rows: [{cells: [t], line, start: at, end: at + t.length}], notes: [], column: columnOf()})
      );
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      header.push(here);
      if (!signed[i]) {
        if (appendLine(preamble, t, at)) glossLines.push(line);
      }
      continue;
    }
    // A continuation line; for a column, the trailing | of a boxed layout is not text.
    const piece = top.style === "column" ? trimEndBars(t) : t;
    if (!piece) continue;
    if (top.body.text) top.breaks.push(top.body.text.length);
    if (appendLine(top.body, piece, at)) glossLines.push(line);
  }
  // Allocation tables of the attachments written one cell per line (附表2 / …分配表 / 序号 / 区域 / … / 合计): tables.
  const allocations = allocationCellTables(trimmed, attached);
  // Each cell's line, a cell wrapped over lines of its own (申通地铁 / 集团) its lines, as allocationCellTables joins them.
  const cellLinePieces = (row: {cells: string[]; first: number; last: number}) => {
    const pieces: [number, number][][] = [];
    for (let i = row.first; i <= row.last; ++i) if (trimmed[i]) pieces.push([lineSpan(i)]);
    if (pieces.length > row.cells.length)
      pieces.splice(row.cells.length - 1, pieces.length, pieces.slice(row.cells.length - 1).flat());
    return pieces;
  };
  if (allocations.length) {
    const held = new Set<number>();
    for (const a of allocations) {
      // Its notes: 注: lines right after it.
      const notes: Table["notes"] = [];
      for (let i = a.last + 1; i < trimmed.length && (!trimmed[i] || NOTE.test(trimmed[i])); ++i)
        if (trimmed[i]) {
          notes.push({text: trimmed[i], line: i + 1});
          held.add(i);
        }
      tables.push({
        rows: a.rows.map((row) => ({
          cells: row.cells,
          line: row.first + 1,
          start: lineSpan(row.first)[0],
          end: lineSpan(row.last)[1],
          pieces: cellLinePieces(row)
        })),
        notes,
        column: null,
        allocation: true
      });
      for (let i = a.first; i <= a.last; ++i) held.add(i);
    }
    const rest = attached.filter((i) => !held.has(i));
    attached.length = 0;
    attached.push(...rest);
  }
  // Attached documents with an outline of their own: read apart, each over the text with every other line blanked
  // (the same length, so every position stays that of the whole text).
  const attachedDocuments: Outline["attachedDocuments"] = [];
  for (const doc of attachedOutlines(trimmed, attached)) {
    const own = new Set(doc.lines);
    let masked = "";
    for (let i = 0; i < starts.length; ++i) {
      const end = i + 1 < starts.length ? starts[i + 1] : text.length;
      masked += own.has(i) ? text.slice(starts[i], end) : text.slice(starts[i], end).replace(/[^\n]/g, " ");
    }
    attachedDocuments.push({attachment: doc.attachment, outline: outline(masked)});
    const rest = attached.filter((i) => !own.has(i));
    attached.length = 0;
    attached.push(...rest);
  }
  const lists = attachmentLists(trimmed, attached).map((list) => ({
    attachment: list.attachment,
    caption: list.caption.map((i) => ({text: trimmed[i], line: i + 1, start: starts[i] + indents[i]})),
    entries: list.entries.map((e) => {
      const at = starts[e.line] + indents[e.line];
      const t = trimmed[e.line];
      const rest = t.slice(e.marker.length);
      const node: OutlineNode = {
        style: e.marker.style,
        number: e.marker.number,
        numeral: e.marker.numeral,
        marker: t.slice(0, e.marker.length),
        line: e.line + 1,
        start: at,
        lineEnd: at + t.length,
        body: new Joined(starts),
        breaks: [],
        children: [],
        parent: null,
        depth: 0
      };
      if (appendLine(node.body, rest, at + e.marker.length)) glossLines.push(e.line + 1);
      for (const k of e.continuation) {
        node.breaks.push(node.body.text.length);
        if (appendLine(node.body, trimmed[k], starts[k] + indents[k])) glossLines.push(k + 1);
      }
      return node;
    })
  }));
  return {
    starts,
    header,
    preamble,
    roots,
    nodes,
    tables,
    signature,
    ending,
    furniture,
    page,
    glossLines,
    attachmentLine,
    attachmentLists: lists,
    attachedDocuments
  };
}

/**
 * The entries after the first of a list of the attachments' titles (`附件:1.县…责任分解` / `2.市…责任分解`): the lines
 * (0-based) right after such a 附件 line that go on with its numbering (the same form, the next number) and hold no
 * sentence (。;). The first entry is on the 附件 line itself. Linear in the lines.
 */
export function attachmentTitleEntries(lines: string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; ++i) {
    const head = /^附件\s*[::]\s*/.exec(lines[i]);
    let last = head ? readMarker(lines[i].slice(head[0].length)) : null;
    if (!last) continue;
    for (let j = i + 1; j < lines.length; ++j) {
      if (!lines[j]) continue;
      const m = readMarker(lines[j]);
      if (!m || m.style !== last.style || m.number !== last.number + 1 || /[。;]/.test(lines[j])) break;
      found.add(j);
      last = m;
      i = j;
    }
  }
  return found;
}

/**
 * The attachments that are documents with an outline of their own: an attachment (`attachmentSections`) whose lines
 * outside its tables hold at least two chapters numbered 一、 二、 in order and a numbered line of another form below
 * them (`(一)`, `1.`). The list of the attachments' titles (附件:1.… / 2.…) is none. Each with its number (附件2 → 2;
 * an unnumbered 附件 its place among the attachments) and its lines.
 */
export function attachedOutlines(lines: string[], attached: number[]): {attachment: number; lines: number[]}[] {
  const sections = attachmentSections(lines, attached);
  const found: {attachment: number; lines: number[]}[] = [];
  let ordinal = 0;
  for (const s of sections) {
    if (s.titles) continue;
    ++ordinal;
    let chapters = 0;
    let below = false;
    for (const i of s.lines) {
      const m = readMarker(lines[i]);
      if (!m) continue;
      if (m.style === "cn") {
        if (m.number !== chapters + 1) break;
        chapters = m.number;
      } else if (chapters && m.style !== "column") below = true;
    }
    if (chapters >= 2 && below) found.push({attachment: s.number ?? ordinal, lines: s.lines});
  }
  return found;
}
