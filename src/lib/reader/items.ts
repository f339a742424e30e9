/**
 * From the outline to the plan's units: chapters, groups, items (tasks and 专栏 actions) and goals.
 *
 * Which level carries the items is decided per document: the forms of numbering whose lines end with their own
 * responsibility clause (clauses.ts) are the item forms; a numbered line of such a form with no item below it is an
 * item, and a line above items is a group (it owns no clause). A plan with no clauses at all has its items at the
 * lowest numbered level of its task list. Sections of the framing chapter (总体要求, 指导思想, 基本原则, 工作目标 …)
 * are goals, unless a line of them assigns its work with a clause of its own: that line is a task wherever it stands. The top-level lines that are not items are chapters; 专栏 columns hold —— actions.
 */
import {
  findItemClause,
  inTextAssignment,
  type ItemClause,
  joinParts,
  leadingDuty,
  openingBodies,
  readClause
} from "./clauses.js";
import type {OutlineNode, Table} from "./outline.js";
import {shortBodies} from "./abbreviations.js";
import {endingTail} from "./ending.js";
import {isHeadingPhrase} from "./headings.js";
import type {Joined} from "./spans.js";

/**
 * Headings of framing sections: what the plan is for and aims at, not what it assigns; and schedule chapters
 * (实施步骤, 进度安排, 时间节点 …), whose stages ((一)2023年4月底前) say when, not who: goals, each stage with its time.
 * A section headed by the goal alone (1.三年目标。新增油气管道里程378公里…, (一)目标:…, 年度目标) is one too, at any
 * level: its figures are the goal's targets.
 */
const GOAL_TITLE =
  /^(?:总则|附则|总体要求|总体目标|指导思想|基本原则|工作原则|主要原则|主要目标|发展目标|工作目标|总体思路|工作思路|基本思路|目标任务|预期目标|目标要求|重要意义|总体定位|发展定位|战略定位|适用范围|实施范围|范围定义|编制依据|总体考虑|发展思路|行动目标|建设目标|具体目标|任务目标|阶段目标|主要指标|实施步骤|基本步骤|工作步骤|进度安排|实施阶段|时间安排|工作安排|步骤安排|时间节点|时间进度|进度计划|推进步骤|推进计划|阶段安排|时间表|进度要求|时间要求|(?:[一二三四五六七八九十两\d]+年|年度|近期|中期|远期)?目标(?=\s*[。:]|\s*$))/;

/**
 * The opening of a review of the period before the plan's: “十三五”时期, “十三五”期间, “十三五”以来, 过去五年 (a
 * 规划纲要's 发展基础 section: 第一节 如期全面建成小康社会 / “ 十三五 ” 时期,…取得…). The web copy's spaces inside the
 * quotes are read through.
 */
const PAST_PERIOD = /^[“"\s]*十[一二三四五六七八九]?五[”"\s]*(?:规划实施)?(?:时期|期间|以来)|^过去五年/;
/** Words that report what a period achieved (…目标任务基本完成, 取得显著成效, 迈上新台阶). */
const ACHIEVED = /基本完成|全面完成|圆满完成|取得|胜利|成效|成就|跨上|迈上|显著/;
/** Words that look ahead (a task of the coming period: “十四五”期间,全县将…, 力争, 到2025年). */
const AHEAD = /将|力争|(?:到|至)\s*(?:19|20)\d{2}\s*年/;

/**
 * Whether a section reviews the period before the plan's: its first paragraph after its heading line opens with a
 * period (PAST_PERIOD) and its first sentence reports what was achieved (ACHIEVED) with no word that looks ahead
 * (AHEAD: a task of the plan's own period opens the same way). Such a section is framing (what was done, not what the
 * plan assigns): a goal, as the 总体要求 chapter's sections are. In a copy that lost its line breaks the heading's
 * phrase (no punctuation, at most 20 characters) runs into the paragraph: read through. `t`: the node's shadow;
 * `breaks`: its line starts.
 */
export function reviewsPastPeriod(t: string, breaks: readonly number[]): boolean {
  const paragraph = breaks.length
    ? t.slice(breaks[0], breaks[1] ?? t.length)
    : t.replace(/^[^,。;:“"]{2,20}?(?=[“"\s]*十[一二三四五六七八九]?五[”"\s]*(?:时期|期间|以来))/, "");
  if (!PAST_PERIOD.test(paragraph)) return false;
  const sentence = paragraph.split(/[。;!?]/)[0];
  return ACHIEVED.test(sentence) && !AHEAD.test(sentence);
}

/**
 * Headings of what an inspection or a campaign covers (四、治理内容, 检查范围, 整治对象, 排查内容): the lines under it
 * describe defects or things to check (1.高层建筑违规采用易燃可燃外保温材料。), not work with an actor. Goals, as
 * framing sections are, unless a line below assigns its work (a clause, a prose role verb).
 */
const SCOPE_TITLE = /^(?:重点)?(?:综合)?(?:治理|整治|检查|排查|巡查|督查|检测|排摸|清理)(?:内容|范围|对象)\s*$/;
/**
 * Words of work in a line under such a heading: a modal of duty or a treatment (对…的,要依法责令限期改正; 由其…处罚).
 * A line with one states what to do about a case, and the heading lists measures, not defects.
 */
const WORK_WORDS = /(?<![响适反供对相理])应(?![用急对])|要(?![求素点害塞道])|须|一律|责令|依法|移送|(?<!自)由其/;

/** Whether every line under a node (its own text after the heading, and each line below) names no work. */
function describesOnly(n: OutlineNode, shadow: (j: Joined) => string): boolean {
  const t = shadow(n.body);
  if (WORK_WORDS.test(n.breaks.length ? t.slice(n.breaks[0]) : "")) return false;
  return n.children.every((c) => !WORK_WORDS.test(shadow(c.body)) && describesOnly(c, shadow));
}

/**
 * Headings of a schedule (实施步骤, 工作步骤, 进度安排, 时间节点 …): in a plan that names who does what, its stages say
 * when and are goals; in a plan with no clause anywhere (a work plan whose own work is its steps: 三、工作步骤 /
 * (一)建立工作机制(2021年8月)), each stage is an item, with the stage's time as its deadline.
 */
const SCHEDULE_TITLE =
  /^(?:实施步骤|基本步骤|工作步骤|进度安排|实施阶段|时间安排|工作安排|步骤安排|时间节点|时间进度|进度计划|推进步骤|推进计划|阶段安排|时间表)/;

/**
 * A section that defines a category instead of doing work: its heading, then a sentence that says what the category
 * covers ((一)生态宜居。反映城市的大气、水、绿地…情况: a dimension of an assessment). A goal, not a task.
 */
const DEFINITION = /^[^。;,]{2,12}。\s*(?:主要)?(?:反映|是指|指的是|用于衡量|衡量)/;

/**
 * Headings of a procedure: the steps a project or a case goes through (管控流程, 工作程序, 审批流程), written as
 * stages (规划阶段, 立项阶段 …) with who does what at each. Its steps are not tasks with owners: they are groups.
 * A task to change a procedure (优化审批流程, 简化办理程序) is not one.
 */
const PROCEDURE_TITLE = /^[\u4e00-\u9fff、]{0,10}(?:流程|程序|规程)$/;
const PROCEDURE_NOT =
  /^(?:优化|简化|规范|完善|再造|精简|健全|建立|明确|压缩|改进|创新|制定|严格|落实|加强|强化|推行|推进|实行|实施|执行|履行|遵守|梳理|调整|统一|公开|编制)/;

/** Whether a node's heading line names a procedure (三、管控流程 / 工作程序), not a task to change one. */
function isProcedureHeading(line: string): boolean {
  const heading = line.replace(/[\s|:]+$/, "");
  return PROCEDURE_TITLE.test(heading) && !PROCEDURE_NOT.test(heading);
}

/** A time a step opens with: 9月30日前, 2017年11月底前, 12月18日以前. */
const STEP_TIME = /^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月[^,。;:]{0,6}?(?:之前|以前|前)/;

/** Whether a stage's line is a step of work: it opens with its own time (9月30日前,…) or with a body (区协调小组将…). */
function isStep(text: string, isBody: (name: string) => boolean): boolean {
  if (STEP_TIME.test(text)) return true;
  const t = text.trimStart();
  for (let e = 3; e <= Math.min(t.length, 20); ++e) {
    if (/[,。;:、和及与]/.test(t[e - 1])) return false;
    if (isBody(t.slice(0, e))) return true;
  }
  return false;
}

/** A heading that divides duties among bodies: 职责分工, 部门职责, 责任分工, 明确职责分工. */
const DUTY_TITLE = /^[\u4e00-\u9fff、]{0,10}(?:职责|分工)[\u4e00-\u9fff]{0,4}$/;

/** Whether a node's heading line divides duties (三、职责分工), for a line with no sentence stop. */
function isDutyHeading(line: string): boolean {
  const heading = line.replace(/[\s|:]+$/, "");
  return heading.length <= 16 && DUTY_TITLE.test(heading);
}

/** [start, end) of a paragraph of a node's own text after its heading line that holds one body's duties. */
export interface DutyParagraph {
  start: number;
  end: number;
  /** True for a paragraph of work that ends with its own clause (clauseParagraphs): the clause assigns it. */
  clause?: true;
  /** True for a task paragraph that opens with a run-in heading (runInParagraphs): its own clause, if any, assigns it. */
  runIn?: true;
}

/**
 * A run-in heading opening a line: a short phrase of work (at most 16 characters, no comma, colon or enumeration
 * mark) closed by its own full stop, with the paragraph's text after it on the line: 突出工业主体地位。投资200亿元….
 */
const RUN_IN = /^\s*[\u4e00-\u9fff][^,、:;。!?()\s]{1,15}。\s*\S/;

/**
 * The task paragraphs of a chapter with no numbered line below it that each open with a run-in heading (RUN_IN):
 * a work report's division written with no numbers under its chapters (一、加快转型升级,提升产业竞争力 / 坚持调优调强,…
 * (the chapter's lead-in) / 突出工业主体地位。投资200亿元,实施工业项目“155”工程。… / 加快发展现代服务业。…). Each is an item
 * of its own, as a numbered line would be; a line that opens with none continues the paragraph above it, and lines
 * before the first are the chapter's text (its lead-in, at least one line of it: a chapter that opens with the run-in
 * heading on its first line is one paragraph of work itself). The chapter's heading line is a heading phrase (not a
 * paragraph of its own), and no closing chapter (保障措施, 工作要求). [] otherwise.
 */
function runInParagraphs(text: string, breaks: number[]): DutyParagraph[] {
  const heading = text.slice(0, breaks[0]).trim();
  if (!isHeadingPhrase(heading) || CLOSING.test(heading)) return [];
  const lineAt = (k: number) => text.slice(breaks[k], k + 1 < breaks.length ? breaks[k + 1] : text.length);
  if (RUN_IN.test(lineAt(0))) return [];
  const out: DutyParagraph[] = [];
  for (let k = 1; k < breaks.length; ++k) {
    const start = breaks[k];
    const end = k + 1 < breaks.length ? breaks[k + 1] : text.length;
    if (RUN_IN.test(lineAt(k))) out.push({start, end, runIn: true});
    else if (out.length) out[out.length - 1].end = end;
  }
  return out;
}

/**
 * The paragraphs of a node's own text after its heading line that each end with a clause of their own, when there
 * are two at least and every paragraph after the first of them has one: a chapter of work written with no numbers
 * (二、主要任务 / 加强设施建设。新建公共停车场。(区交通委牵头) / 完善管理机制。…(区发展改革委牵头)). Each is an item of
 * its own, as a numbered line would be. A paragraph runs over its lines until one ends with a clause (a clause on
 * lines of its own, 牵头单位:… / 配合单位:…, goes with the paragraph above it); lines before the first paragraph with
 * a clause are the heading's text (a lead-in). [] otherwise: a chapter whose paragraphs name bodies only in prose
 * (市发展改革委负责…) has none, by the corpus's convention (test/fixtures/real/README.md: items carry their own clause).
 */
function clauseParagraphs(text: string, breaks: number[], isBody: (name: string) => boolean): DutyParagraph[] {
  const lineEnd = (k: number) => (k + 1 < breaks.length ? breaks[k + 1] : text.length);
  // Paragraphs: a line that ends no sentence runs on (a PDF's wrap), and a clause on a line of its own joins the
  // paragraph above it.
  const runs: {start: number; end: number}[] = [];
  for (let k = 0, start = -1; k < breaks.length; ++k) {
    if (start < 0) start = breaks[k];
    const line = text.slice(breaks[k], lineEnd(k)).trimEnd();
    const next = k + 1 < breaks.length ? text.slice(breaks[k + 1], lineEnd(k + 1)) : "";
    const runsOn = !/[。;:!?)]$/.test(line) && !OWN_LINE_CLAUSE.test(line);
    if (k + 1 < breaks.length && (runsOn || OWN_LINE_CLAUSE.test(next))) continue;
    runs.push({start, end: lineEnd(k)});
    start = -1;
  }
  const out: DutyParagraph[] = [];
  for (const {start, end} of runs) {
    const own = text.slice(start, end);
    const inner = breaks.filter((b) => b > start && b < end).map((b) => b - start);
    if (namesWhoDoes(own, inner, isBody)) out.push({start, end, clause: true});
    // Before the first paragraph with a clause, the heading's text (a lead-in); after it, every paragraph has one.
    else if (out.length) return [];
  }
  return out.length >= 2 ? out : [];
}

/** A clause on a line of its own: a bracket opening the line, or a label (牵头单位:, 责任单位:, 完成时限:). */
const OWN_LINE_CLAUSE = /^\s*(?:\(|(?:牵头|责任|配合|协办|参与|主责|实施)(?:单位|部门)\s*:|完成时限|时间节点)/;

/**
 * The paragraphs after a heading line that each open with the bodies whose duties they list: 区绿化市容局负责… /
 * 各街道、镇作为… under 三、职责分工, or 市发展改革委:负责… under any heading (two such paragraphs at least); under a
 * duty heading also an abbreviated list (区交通、生态环境…等相关部门负责) or a working body (…专班负责), abbreviations.ts. A
 * line that opens with no body after such a paragraph continues it; lines before the first are the heading's text.
 */
function dutyParagraphs(
  text: string,
  breaks: number[],
  dutyHeading: boolean,
  isBody: (name: string) => boolean
): DutyParagraph[] {
  const out: DutyParagraph[] = [];
  let colons = 0;
  for (let k = 0; k < breaks.length; ++k) {
    const start = breaks[k];
    const end = k + 1 < breaks.length ? breaks[k + 1] : text.length;
    const line = text.slice(start, end);
    const opens = leadingDuty(line, isBody).length > 0;
    if (opens) ++colons;
    // 区更新办由…组成: a body and what it is made of opens its paragraph too.
    const composed = /^\s*([^,。;:、]{2,12}?)由/.exec(line);
    const subject = openingBodies(line, isBody).length || shortBodies(line).length || (composed && isBody(composed[1]));
    if (opens || (dutyHeading && subject)) out.push({start, end});
    else if (out.length) out[out.length - 1].end = end;
  }
  return dutyHeading || colons >= 2 ? out : [];
}

/**
 * A paragraph that states the aim of the work it stands before: its subject is the goal (…工作的目标是:, 主要目标为…,
 * 总体目标:) or it opens with the year the goal is for (到2025年,…; 至2020年底,…). Old plans and State Council
 * opinions write it inside a task chapter, before the list of tasks, with no heading of its own.
 */
const GOAL_PARAGRAPH = /^\s*(?:[^。;!?]{0,60}?目标(?:是|为|:)|(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*,)/;

/**
 * The paragraphs of a chapter's own text (after its heading line) that state its goal (GOAL_PARAGRAPH); a paragraph
 * that ends with a colon (…的目标是:) runs on into the next (the goal itself). A paragraph that assigns its work with a
 * clause, or one of duties, is none.
 */
function goalParagraphs(
  text: string,
  breaks: number[],
  duties: DutyParagraph[],
  isBody: (name: string) => boolean
): DutyParagraph[] {
  const out: DutyParagraph[] = [];
  const ofDuty = (start: number) => duties.some((d) => d.start <= start && start < d.end);
  for (let k = 0; k < breaks.length; ++k) {
    const start = breaks[k];
    let end = k + 1 < breaks.length ? breaks[k + 1] : text.length;
    if (ofDuty(start) || !GOAL_PARAGRAPH.test(text.slice(start, end))) continue;
    if (/:\s*$/.test(text.slice(start, end)) && k + 1 < breaks.length && !ofDuty(end))
      end = ++k + 1 < breaks.length ? breaks[k + 1] : text.length;
    const own = text.slice(start, end);
    if (!namesWhoDoes(own, [], isBody)) out.push({start, end});
  }
  return out;
}

/** A closing chapter: how the plan is to be carried out (保障措施, 工作要求), not what it does. */
export const CLOSING = /^[^。;\n]{0,14}(?:保障|要求|组织实施|附则|监督考核|督促检查)/;

export type Role = "chapter" | "group" | "item" | "goal" | "column" | "within";

export interface Unit {
  node: OutlineNode;
  role: Role;
  /** True for a framing section, or a chapter that is one (总体要求). */
  goal: boolean;
  /** The heading: the line's text up to its first full stop. */
  title: string;
  /** The node's own text and the text of the lines below it that are not units of their own. */
  text: Joined;
  /** The clause in text, when the unit is an item that has one. */
  clause: ItemClause | null;
  /** The numbers of the outline path, outermost first (columns left out). */
  path: number[];
  /** The nearest chapter (top-level node) above or at it. */
  chapter: OutlineNode | null;
  /** The nearest group above it. */
  group: OutlineNode | null;
  /** True under a heading that divides duties (职责分工): a heading line that only names a body (各建设单位) holds it. */
  duty: boolean;
  /** True for a stage of a schedule read as an item (a plan with no clause: SCHEDULE_TITLE). */
  stage?: boolean;
  /** True for a step of work under a stage (1.9月30日前,…): its stage is its group, whose time it takes by default. */
  step?: boolean;
  /** True for a paragraph of duties (see dutyParagraphs): the bodies opening it hold it. */
  dutyParagraph?: boolean;
  /** Paragraphs of the node's own text that each list one body's duties: items of their own (see dutyParagraphs). */
  duties: DutyParagraph[];
  /**
   * Paragraphs of a chapter's own text that state its goal (…工作的目标是: / 到2025年,…: goalParagraphs), in a
   * chapter that is not a goal itself: a goal of their own. Absent when there are none.
   */
  goalParagraphs?: DutyParagraph[];
  /**
   * The clause a chapter's or group's heading line carries for the work under it (一、能源提升工程(分管领导:…;牵头部门:
   * 省发改委、省能源局)): handed down to every item below it with no clause of its own (headingClauses). Absent
   * otherwise.
   */
  headingClause?: ItemClause;
  /**
   * The plan's closing paragraph of report-back duties, after its last item (各有关委、办、局在9月8日前…报送…;每月19日
   * 报送当月工作小结): [start, end) in the node's own text, cut from the item; an item of its own (closingReport).
   */
  closing?: DutyParagraph;
}

/** Report-back duties: a verb of reporting and a time or a frequency (9月8日前…报送, 每月19日报送当月工作小结). */
const REPORT_VERB = /报送|上报|报告|反馈|报区|报市|报县/;
const REPORT_TIME = /\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:前|以前|之前)|每(?:月|季度|周|半年|年)\s*\d{0,2}\s*日?/;

/**
 * Where the plan's closing paragraph of report-back duties begins in the last item's own text: the first line after
 * its first that names a verb of reporting and a time (9月8日前…报送…), or -1. It closes the plan, not the last item.
 */
function closingReport(text: string, breaks: number[]): number {
  for (let k = 0; k < breaks.length; ++k) {
    if (breaks[k] <= 0) continue;
    const line = text.slice(breaks[k], k + 1 < breaks.length ? breaks[k + 1] : text.length);
    if (REPORT_VERB.test(line) && REPORT_TIME.test(line)) return breaks[k];
  }
  return -1;
}

/**
 * The first sentence's heading: the text before the first 。 (or the first 40 characters of a long one). A text as
 * published may write the full-width ；！？ the shadow folds.
 */
export function headingOf(text: string): string {
  const stop = text.search(/[。;!?；！？]/);
  const first = stop >= 0 ? text.slice(0, stop) : text;
  return first.length > 60 ? first.slice(0, 40) + "…" : first;
}

/** The same heading cut from another text of the same length (the text as written, for a title read in the shadow). */
export function sameCut(title: string, from: string): string {
  const ellipsis = title.endsWith("…") && !from.startsWith(title);
  const n = ellipsis ? title.length - 1 : title.length;
  return from.slice(0, n) + (ellipsis ? "…" : "");
}

/** A chapter's or column's heading: its line, without a trailing | of a boxed layout. */
function lineHeading(node: OutlineNode): string {
  const first = node.breaks.length ? node.body.text.slice(0, node.breaks[0]) : node.body.text;
  return headingOf(first.replace(/[\s|]+$/, ""));
}

/**
 * Whether the first line of a numbered block is a heading of its own: a phrase (headings.ts isHeadingPhrase:
 * 强化属地责任, and with a comma too: 以规划为引领,构建区域绿色网络体系) with its text on the lines below. `first`: the
 * line's text after its marker; `marker`: the marker as written; `next`: the line after it (null for a block with only
 * numbered lines below it).
 *
 * A heading ends where its phrase ends, not where a page's width cut it: a line with a comma or a colon in it, or longer
 * than 25 characters (what a wrapped sentence's first piece may be), is a heading only when it (marker included) is
 * at most four fifths of the next line's width; a shorter phrase with no mark (指导思想, 规划阶段) is one whatever
 * follows it. A PDF copy cuts a paragraph into lines of one width, so its first line is as wide
 * as the next (less an indent); a heading is narrower than the body below it. Where this comes from: every heading
 * over text in the corpus (test/fixtures/real, 300 of them) is narrower than 0.8 of the line after it, and the
 * PDF-wrapped copy of the Yan'an plan (test/fixtures/variants) cuts its lines at 28 characters.
 */
export function isHeadingText(first: string, marker: string, next: string | null): boolean {
  if (!isHeadingPhrase(first)) return false;
  const t = first.trim();
  // A short phrase with no mark in it (指导思想, 规划阶段) heads its text whatever follows, as it always has.
  if (next === null || (t.length <= 25 && !/[,:]/.test(t))) return true;
  return (marker.trim().length + t.length) * 5 <= next.trim().length * 4;
}

/** Whether a node's first line is a heading of its own (强化属地责任, then its text on the lines below): isHeadingText. */
function isHeadingLine(node: OutlineNode): boolean {
  if (!node.breaks.length && !node.children.length) return false;
  const text = node.body.text;
  if (!node.breaks.length) return isHeadingText(text, node.marker, null);
  return isHeadingText(text.slice(0, node.breaks[0]), node.marker, text.slice(node.breaks[0], node.breaks[1]));
}

/** The node's body with the bodies of the nodes below it, each after its marker, as one joined text. */
function withDescendants(node: OutlineNode, stop: (n: OutlineNode) => boolean): {text: Joined; breaks: number[]} {
  const text = node.body.slice(0, node.body.text.length);
  const breaks = [...node.breaks];
  const visit = (n: OutlineNode) => {
    for (const child of n.children) {
      if (stop(child)) continue;
      breaks.push(text.text.length);
      text.appendFrom(child.body, child.marker, child.start);
      for (const b of child.breaks) breaks.push(text.text.length - child.body.text.length + b);
      visit(child);
    }
  };
  visit(node);
  return {text, breaks};
}

/**
 * Whether a line's text ends with a clause that names who does it: (国务院各部门分别负责), (市发改委牵头). A bracket
 * of a time or a note alone ((每年根据设施量动态更新核定后调整)) names no one.
 */
function namesWhoDoes(text: string, breaks: number[], isBody: (name: string) => boolean): boolean {
  const clause = findItemClause(text, breaks, isBody);
  return clause !== null && readClause(joinParts(text, clause.parts).text, {isBody}).named.length > 0;
}

/**
 * The numbered lines that only head a table: a heading's phrase (isHeadingPhrase: 三、重点项目, (二)年度建设计划) with
 * no text of its own below it and no numbered line under it, whose next lines are a table's rows (outline.ts Table:
 * its rows' lines lie after the heading's and before the next numbered line's). Such a line is a chapter or a group
 * over the table, never an item: the table's rows are read as tables are (a task table's rows are items, taskTables.ts;
 * a table of projects or figures is no item). `nodes`: the outline's, in document order; lines 1-based.
 */
export function tableHeadings(nodes: readonly OutlineNode[], tables: readonly Table[]): Set<OutlineNode> {
  const out = new Set<OutlineNode>();
  const firsts = tables.filter((t) => t.rows.length).map((t) => t.rows[0].line);
  if (!firsts.length) return out;
  nodes.forEach((n, k) => {
    if (n.breaks.length || n.children.length || n.style === "column" || !isHeadingPhrase(n.body.text)) return;
    const next = k + 1 < nodes.length ? nodes[k + 1].line : Infinity;
    if (firsts.some((line) => line > n.line && line < next)) out.add(n);
  });
  return out;
}

/**
 * The numbered lines whose heading line carries the clause of the work below it: a heading's phrase closed by a
 * bracket clause (`一、能源提升工程(分管领导:黄楚平;牵头部门:省发改委、省能源局)。`, then `1.三年目标。…` / `2.主要任务。` /
 * `(1)…`), with numbered lines under it and no text of its own after the heading line. Such a line is a chapter or a
 * group, never the item form: the clause is the lead of every item under it that has none of its own (the item's own
 * clause wins). `own`: each node's own clause (findItemClause on its own text). A heading with no item found under
 * it stays an item, with its clause.
 */
export function headingClauses(
  nodes: readonly OutlineNode[],
  own: ReadonlyMap<OutlineNode, ItemClause | null>,
  shadow: (j: Joined) => string
): Map<OutlineNode, ItemClause> {
  const out = new Map<OutlineNode, ItemClause>();
  for (const n of nodes) {
    const c = own.get(n);
    if (!c || c.form !== "bracket" || c.ownLine || n.breaks.length) continue;
    if (!n.children.some((k) => k.style !== "column")) continue;
    if (isHeadingPhrase(shadow(n.body).slice(0, c.textEnd))) out.set(n, c);
  }
  return out;
}

/**
 * The numbered lines above items that are tasks of their own: a task sentence closed by its own bracket clause on
 * the line's own text (`(一)研究将财政资金直达机制…提供支撑。(财政部、…等国务院相关部门及各地区按职责分工负责)`), with
 * items below it (`具体措施:` / `1.…(财政部牵头,…按职责分工负责)`) of which some carry a clause of their own, so that
 * the line's clause is the line's task's, not one the measures share. Such a line is an item beside the items below
 * it, which are not within it (a 分工方案 of the State Council's, where a task and its measures are each assigned). A
 * last line that only leads into the list (`具体措施:`, `主要措施如下:`: short, ending with a colon) is not the task's
 * text. Not a heading's phrase that hands its clause down (headingClauses: `headed`), a goal, a procedure or a
 * column. `own`: each node's own clause (findItemClause on its own text); `seen`: the items and the lines with items
 * below them found so far. Returns each such line with the end of its task's text (an offset in its body).
 */
export function ownClauseTasks(
  nodes: readonly OutlineNode[],
  own: ReadonlyMap<OutlineNode, ItemClause | null>,
  headed: ReadonlyMap<OutlineNode, ItemClause>,
  shadow: (j: Joined) => string,
  isBody: (name: string) => boolean,
  seen: {
    isItem: ReadonlySet<OutlineNode>;
    hasItemBelow: ReadonlySet<OutlineNode>;
    goal: ReadonlySet<OutlineNode>;
    procedure: ReadonlySet<OutlineNode>;
  }
): Map<OutlineNode, number> {
  const out = new Map<OutlineNode, number>();
  for (const n of nodes) {
    if (!seen.hasItemBelow.has(n) || seen.isItem.has(n) || headed.has(n)) continue;
    if (seen.goal.has(n) || seen.procedure.has(n) || n.style === "column" || n.parent?.style === "column") continue;
    const items = n.children.filter((k) => seen.isItem.has(k));
    if (!items.some((k) => own.get(k))) continue;
    const t = shadow(n.body);
    // The lead-in after the clause's bracket, on its own line or glued to it in a copy that lost its breaks.
    const lead = LEAD_IN.exec(t);
    const end = lead ? lead.index + 1 : t.length;
    const c =
      end === t.length
        ? own.get(n)
        : findItemClause(
            t.slice(0, end),
            n.breaks.filter((b) => b < end),
            isBody
          );
    if (c && c.form === "bracket" && !c.ownLine) out.set(n, end);
  }
  return out;
}

/**
 * A closing bracket followed by a line that only leads into the list below it: `)` then `具体措施:`, `主要措施如下:`
 * (short, a colon at its end, in the shadow).
 */
const LEAD_IN = /[)）]\s*[^。;,:：()（）]{1,12}[:：]\s*$/;

/**
 * The clause of a heading written with no number on the last line before the plan's first numbered line, over every
 * numbered line of the plan: a heading's phrase closed by a bracket clause that names a body (`能源提升工程(分管领导:
 * 黄楚平;牵头部门:省发改委、省能源局)。` / `1.三年目标。…` / `2.主要任务。` / `(1)…`), as a numbered heading's is
 * (headingClauses). `text`, `breaks`: the preamble's shadow and its line starts. Offsets in the clause are the
 * preamble's. Null when that line is no such heading.
 */
export function preambleHeadingClause(
  text: string,
  breaks: number[],
  isBody: (name: string) => boolean
): ItemClause | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) --end;
  let start = breaks.filter((b) => b < end).pop() ?? 0;
  // A copy that lost its line breaks glues the heading to the sentence before it (…260亿元。能源提升工程(…)。): the
  // heading starts after the last sentence's end before its bracket.
  const open = text.lastIndexOf("(", end);
  if (open > start) start += text.slice(start, open).search(/[^。;!?]*$/);
  const line = text.slice(start, end);
  const c = findItemClause(line, [], isBody);
  if (!c || c.form !== "bracket" || c.ownLine || c.cut) return null;
  if (!isHeadingPhrase(line.slice(0, c.textEnd))) return null;
  if (!readClause(joinParts(line, c.parts).text, {isBody}).named.length) return null;
  return {...c, textEnd: start + c.textEnd, parts: c.parts.map((p) => ({start: p.start + start, end: p.end + start}))};
}

export interface Units {
  units: Unit[];
  /** True when no line of the plan has a clause: items were taken from the lowest numbered level. */
  noClauses: boolean;
}

/**
 * A heading typeset with spaces between its characters (总 则, 附  则, 总 体 要 求: a regulation's or a PDF's
 * chapter names) as it reads without them; any other text unchanged. Only a heading of spaced single characters is
 * closed up, so a title with a space between words (三年目标 2024) is never run together.
 */
export function letterSpaced(heading: string): string {
  const h = heading.trim();
  return /^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff])+$/.test(h) ? h.replace(/[ \t\u3000]+/g, "") : heading;
}

/**
 * Classifies every node of the outline. `shadow` gives the simplified shadow of a joined text (the rules match it);
 * `isBody` tells whether a name is a government body. `stages`: false where the plan has clauses elsewhere (an
 * attached document of a plan whose body has them): its schedule's stages stay goals. `tableHeads`: the lines that
 * only head a table (tableHeadings), never items.
 */
export function classify(
  roots: OutlineNode[],
  nodes: OutlineNode[],
  shadow: (j: Joined) => string,
  isBody: (name: string) => boolean,
  {stages = true, tableHeads = new Set()}: {stages?: boolean; tableHeads?: ReadonlySet<OutlineNode>} = {}
): Units {
  // Framing sections by their headings (总体要求, 工作目标 …) and the lines below them.
  const goal = new Set<OutlineNode>();
  for (const n of nodes) {
    const t = n.style !== "column" ? shadow(n.body).trimStart() : "";
    const heading = n.breaks.length ? t.slice(0, n.breaks[0]) : t;
    if (
      (n.parent && goal.has(n.parent)) ||
      GOAL_TITLE.test(t) ||
      GOAL_TITLE.test(letterSpaced(heading)) ||
      (SCOPE_TITLE.test(heading) && describesOnly(n, shadow)) ||
      reviewsPastPeriod(t, n.breaks) ||
      (!n.children.length && DEFINITION.test(t))
    )
      goal.add(n);
  }
  // But a line that assigns its work (its own clause: (国务院各部门分别负责)) is a task wherever it stands, and the
  // framing headings above it are its groups: (一)总体要求和主要预期目标。/ 1.…(各部门分别负责) is a task. Only
  // the framing lines with no clause in them or below them stay goals.
  for (let k = nodes.length - 1; k >= 0; --k) {
    const n = nodes[k];
    if (!goal.has(n) || n.parent?.style === "column") continue;
    if (n.children.some((c) => c.style !== "column" && !goal.has(c)) || namesWhoDoes(shadow(n.body), n.breaks, isBody))
      goal.delete(n);
  }
  // A procedure and everything under it: groups, never items.
  const procedure = new Set<OutlineNode>();
  for (const n of nodes) {
    if (goal.has(n) || n.style === "column") continue;
    if (n.parent && procedure.has(n.parent)) procedure.add(n);
    else if (n.breaks.length || n.children.length) {
      const t = shadow(n.body);
      if (isProcedureHeading(n.breaks.length ? t.slice(0, n.breaks[0]) : t)) procedure.add(n);
    }
  }
  // But a step whose sentences open by assigning its work to bodies with a prose role verb (市发展改革委会同市经济
  // 信息化委发布…, …后,由市发展改革委组织验收: PROSE_ROLE_VERBS) is the plan's own work with an owner, not a stage a
  // case goes through (其中在项目筹划阶段由街镇负责…): a task.
  for (const n of nodes)
    if (procedure.has(n) && n.parent && procedure.has(n.parent) && !n.children.length) {
      const assigned = inTextAssignment(shadow(n.body), isBody, n.breaks, {heads: true});
      if (assigned.length) procedure.delete(n);
    }
  // Headings that divide duties among bodies, and the paragraphs of duties under any heading: a node that has such
  // paragraphs is a group (or a chapter) above them, never an item itself.
  const duty = new Set<OutlineNode>();
  const duties = new Map<OutlineNode, DutyParagraph[]>();
  for (const n of nodes) {
    if (goal.has(n) || procedure.has(n) || n.style === "column") continue;
    const t = shadow(n.body);
    const heading = isDutyHeading(n.breaks.length ? t.slice(0, n.breaks[0]) : t);
    if (heading || (n.parent && duty.has(n.parent))) duty.add(n);
    if (!n.breaks.length) continue;
    const paragraphs = dutyParagraphs(t, n.breaks, duty.has(n), isBody);
    if (paragraphs.length) duties.set(n, paragraphs);
    else if (!n.children.length && n.parent?.style !== "column") {
      const work = clauseParagraphs(t, n.breaks, isBody);
      const runIn = n.depth === 0 && !work.length ? runInParagraphs(t, n.breaks) : [];
      if (work.length) duties.set(n, work);
      else if (runIn.length) duties.set(n, runIn);
    }
  }
  // Own clauses: a node's text with the lines below it that carry no clause of their own would need the answer;
  // the own body decides which forms carry clauses.
  const own = new Map<OutlineNode, ItemClause | null>();
  const clauseStyles = new Set<string>();
  for (const n of nodes) {
    if (goal.has(n) || procedure.has(n) || n.style === "column" || n.parent?.style === "column") continue;
    // A heading over paragraphs that each end with their own clause has none: the last paragraph's is its own.
    if (duties.get(n)?.some((d) => d.clause || d.runIn)) continue;
    const c = findItemClause(shadow(n.body), n.breaks, isBody);
    own.set(n, c);
    if (c) clauseStyles.add(n.style);
  }
  // A clause on its own line after a list ((1) … (3) then (责任单位:…)) closes the list's parent, not its last line:
  // the lines before it carry no clause of their own.
  for (const n of nodes) {
    const kids = n.children.filter((c) => c.style !== "column");
    const last = kids[kids.length - 1];
    const c = last ? own.get(last) : null;
    if (!c || goal.has(n) || kids.length < 2 || kids.slice(0, -1).some((k) => own.get(k))) continue;
    if (c.form === "sentence" || !c.ownLine) continue;
    own.set(last, null);
    own.set(n, c);
  }
  // A heading whose line carries the clause of the work under it (一、能源提升工程(分管领导:…;牵头部门:…) / 1.… /
  // (1)…): a group or a chapter that hands its clause down (headingClauses); its form is no item form.
  const headed = headingClauses(nodes, own, shadow);
  clauseStyles.clear();
  for (const [n, c] of own) if (c && !headed.has(n)) clauseStyles.add(n.style);
  // Paragraphs of work with their own clauses (clauseParagraphs) are clauses of the plan's too.
  const clauseless = clauseStyles.size === 0 && ![...duties.values()].some((ps) => ps.some((d) => d.clause));
  // Under headings that hand their clause down, with no other clause, items are found as in a plan with none.
  const noClauses = clauseless && !headed.size;
  // With no clause anywhere, a schedule's stages are the plan's own work: items, the lines below each within it.
  const stage = new Set<OutlineNode>();
  if (noClauses && stages)
    for (const n of nodes)
      if (goal.has(n) && n.parent && n.style !== "column" && SCHEDULE_TITLE.test(shadow(n.parent.body).trimStart())) {
        goal.delete(n);
        stage.add(n);
      }
  // A stage whose numbered lines are steps of work (one opens with its own time, 1.9月30日前,…, or with the body
  // that does it, 1.区协调小组将成立检查组…) is a group of those steps, each an item; a stage whose lines list what it
  // covers (1.本区城市体检总体情况;) holds them within it.
  const step = new Set<OutlineNode>();
  for (const n of [...stage])
    if (n.children.length && n.children.every((c) => c.style !== "column" && !c.children.length))
      if (n.children.some((c) => isStep(shadow(c.body), isBody))) {
        stage.delete(n);
        for (const c of n.children) {
          goal.delete(c);
          stage.add(c);
          step.add(c);
        }
      }
  const leafItems = new Set<OutlineNode>();
  let itemStyles = clauseStyles;
  if (clauseless) {
    // The form of most numbered lines that have no lines below them (a 保障措施 (一) among 1. tasks is not one).
    const deep = nodes.some((n) => n.depth > 0);
    const ordinary = (n: OutlineNode) => !goal.has(n) && !procedure.has(n) && !stage.has(n) && n.style !== "column";
    const counts = new Map<string, number>();
    for (const n of nodes)
      if (ordinary(n) && !n.children.length && (!deep || n.depth > 0))
        counts.set(n.style, (counts.get(n.style) ?? 0) + 1);
    const top = Math.max(0, ...counts.values());
    // On a tie, the form met first: the task list comes before the closing requirements (工作要求, 保障措施).
    const tied = new Set([...counts].filter(([, c]) => c === top).map(([style]) => style));
    const first = nodes.find((n) => tied.has(n.style) && ordinary(n) && !n.children.length && (!deep || n.depth > 0));
    itemStyles = new Set(first ? [first.style] : []);
    // Leaves of another form beside those in the same chapter are items too (a chapter of mixed depth).
    const chapterOf = (n: OutlineNode) => {
      let p = n;
      while (p.parent) p = p.parent;
      return p;
    };
    const leaves = nodes.filter((n) => ordinary(n) && !n.children.length && n.depth > 0);
    const withItems = new Set(leaves.filter((n) => itemStyles.has(n.style)).map(chapterOf));
    for (const n of leaves) if (withItems.has(chapterOf(n))) itemStyles.add(n.style);
    // A task chapter whose deepest lines are of a form that heads items elsewhere ((一)推动源头减量。一是… where
    // other chapters have 1. under (一)) holds them as items; a closing chapter (保障, 工作要求) does not.
    for (const n of leaves) {
      const chapter = chapterOf(n);
      if (withItems.has(chapter) || goal.has(chapter) || CLOSING.test(shadow(chapter.body))) continue;
      if (n.parent !== chapter || !/[。;]/.test(shadow(n.body))) continue;
      if (chapter.children.every((c) => !c.children.length)) leafItems.add(n);
    }
  }
  // Items bottom-up: a node of an item form with no item below it.
  const isItem = new Set<OutlineNode>();
  const hasItemBelow = new Set<OutlineNode>();
  for (let k = nodes.length - 1; k >= 0; --k) {
    const n = nodes[k];
    const below = n.children.some((c) => isItem.has(c) || hasItemBelow.has(c));
    if (below) hasItemBelow.add(n);
    if ((n.parent?.style === "column" && !goal.has(n)) || stage.has(n)) isItem.add(n);
    else if (
      !below &&
      !goal.has(n) &&
      !procedure.has(n) &&
      !duties.has(n) &&
      !tableHeads.has(n) &&
      n.style !== "column" &&
      (itemStyles.has(n.style) || leafItems.has(n) || headed.has(n))
    )
      isItem.add(n);
  }
  // A line headed by the body responsible, stating that body's own duties before a list of items below it
  // ((五)各街道办事处。负责…;负责…。具体分工为: / 1.… 2.…): an item of its own, as its siblings ((一)区房管局。负责…)
  // are, beside the items below it, which are not within it.
  const ownDuties = new Set<OutlineNode>();
  for (const n of nodes) {
    if (!hasItemBelow.has(n) || isItem.has(n) || goal.has(n) || procedure.has(n) || n.style === "column") continue;
    if (n.parent?.style === "column" || !n.parent || !n.parent.children.some((c) => c !== n && isItem.has(c))) continue;
    if (leadingDuty(shadow(n.body), isBody).length) {
      isItem.add(n);
      ownDuties.add(n);
    }
  }
  const ownTasks = ownClauseTasks(nodes, own, headed, shadow, isBody, {isItem, hasItemBelow, goal, procedure});
  for (const n of ownTasks.keys()) {
    isItem.add(n);
    ownDuties.add(n);
  }
  // A line of a group's form beside groups of items, with no items below it, is an item itself: (二)第二阶段 with
  // its text, after (一)第一阶段 with 1.–4. below it. Otherwise its text would belong to nothing.
  for (const n of nodes) {
    if (isItem.has(n) || hasItemBelow.has(n) || goal.has(n) || procedure.has(n) || n.style === "column" || !n.parent)
      continue;
    if (duties.has(n) || tableHeads.has(n)) continue;
    if (n.parent.style === "column") continue;
    if (n.parent.children.some((c) => c.style === n.style && hasItemBelow.has(c))) isItem.add(n);
  }
  // A chapter with no numbered line below it whose text is a paragraph of work, after chapters of items, is an item
  // itself: 四、加强工作保障,推动改革举措见行见效 / 强化改革举措跟踪问效… after 一、–三、 with 1.–4. below them. Its
  // text would belong to nothing. Not a goal, a schedule, a closing chapter under a short heading (四、保障措施,
  // 工作要求: how the plan is carried out, not what it does), nor a chapter before the task list (一、园区类型 that
  // defines, 二、明确工作职责 before 三、 of items: framing).
  let itemsAbove = false;
  for (const n of nodes) {
    if (n.depth === 0 && hasItemBelow.has(n)) itemsAbove = true;
    if (n.depth !== 0 || n.children.length || !itemsAbove || isItem.has(n) || !n.breaks.length) continue;
    if (goal.has(n) || procedure.has(n) || duties.has(n) || stage.has(n) || n.style === "column") continue;
    const t = shadow(n.body);
    const heading = t.slice(0, n.breaks[0]).trim();
    if ((heading.length <= 10 && CLOSING.test(heading)) || SCHEDULE_TITLE.test(heading)) continue;
    if (/[。;]/.test(t.slice(n.breaks[0]))) isItem.add(n);
  }
  const units: Unit[] = [];
  const within = new Set<OutlineNode>();
  for (const n of nodes) {
    let role: Role;
    if (within.has(n)) role = "within";
    else if (n.style === "column") role = "column";
    else if (isItem.has(n)) role = "item";
    else if (n.depth === 0) role = "chapter";
    else if (goal.has(n)) role = "goal";
    else role = "group";
    if ((role === "item" && !ownDuties.has(n)) || role === "goal" || role === "within")
      for (const c of n.children) within.add(c);
    if (role === "within") continue;
    const path: number[] = [];
    let chapter: OutlineNode | null = null;
    let group: OutlineNode | null = null;
    for (let p: OutlineNode | null = n; p; p = p.parent) {
      if (p.style !== "column") path.unshift(p.number);
      if (p.depth === 0 && !isItem.has(p)) chapter = p;
      if (p !== n && !group && !isItem.has(p) && p.depth > 0 && p.style !== "column" && !goal.has(p)) group = p;
    }
    const cut = ownTasks.get(n);
    const joined = ownDuties.has(n)
      ? cut !== undefined
        ? {text: n.body.slice(0, cut), breaks: n.breaks.filter((b) => b < cut)}
        : {text: n.body, breaks: n.breaks}
      : role === "item" || role === "goal"
        ? withDescendants(n, () => false)
        : {text: n.body, breaks: n.breaks};
    const clause =
      role === "item" && n.parent?.style !== "column"
        ? headed.has(n)
          ? headed.get(n)!
          : n.children.length
            ? findItemClause(shadow(joined.text), joined.breaks, isBody)
            : (own.get(n) ?? null)
        : null;
    units.push({
      node: n,
      role,
      goal: goal.has(n),
      // A chapter that is an item itself (a paragraph of work below its heading) keeps its heading's line as title.
      title: headed.has(n)
        ? headingOf(n.body.text.slice(0, headed.get(n)!.textEnd))
        : role === "chapter" || role === "column" || (n.depth === 0 && n.breaks.length) || isHeadingLine(n)
          ? lineHeading(n)
          : headingOf(n.body.text),
      text: joined.text,
      clause,
      path,
      chapter,
      group,
      duty: duty.has(n),
      ...(stage.has(n) ? {stage: true} : {}),
      ...(step.has(n) ? {step: true} : {}),
      duties: role === "chapter" || role === "group" ? (duties.get(n) ?? []) : [],
      ...((role === "chapter" || role === "group") && headed.has(n) ? {headingClause: headed.get(n)!} : {})
    });
    const unit = units[units.length - 1];
    if (role === "chapter" && !goal.has(n) && n.breaks.length) {
      const aims = goalParagraphs(shadow(n.body), n.breaks, unit.duties, isBody);
      if (aims.length) unit.goalParagraphs = aims;
    }
  }
  // The plan's closing paragraph of report-back duties glued onto its last item (a line after the item's first):
  // cut from the item, an item of its own.
  const last = units[units.length - 1];
  if (last?.role === "item" && !last.clause && !last.node.children.length && last.node.style !== "column") {
    const at = closingReport(shadow(last.node.body), last.node.breaks);
    if (at > 0) {
      last.text = last.node.body.slice(0, at);
      last.closing = {start: at, end: last.node.body.text.length};
    }
  }
  // The plan's ending glued onto its last item's (or goal's) own line (…落实到位。本方案自印发之日起施行。, ending.ts):
  // cut from it, and the item's clause read from what is left (…(责任单位:市发展改革委)本方案自印发之日起施行。).
  const end = units[units.length - 1];
  if (
    end &&
    (end.role === "item" || end.role === "goal") &&
    !end.closing &&
    !end.node.children.length &&
    end.node.style !== "column" &&
    end.node.parent?.style !== "column"
  ) {
    const at = endingTail(shadow(end.text));
    if (at > 0) {
      end.text = end.text.slice(0, at);
      if (end.role === "item")
        end.clause = findItemClause(
          shadow(end.text),
          end.node.breaks.filter((b) => b < at),
          isBody
        );
    }
  }
  return {units, noClauses};
}
