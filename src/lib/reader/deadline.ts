/**
 * Completion times as plans word them, and the last day each allows:
 *   2024年底前, 2024年末, 2024年 → 2024-12-31        2025年6月底前, 2025年6月 → 2025-06-30
 *   2024年上半年 → 2024-06-30; 下半年 → 12-31         2024年第三季度, 三季度末 → 2024-09-30
 *   2024年6月15日前 → 2024-06-15                      2023—2025年, 2023-2025年 → 2025-12-31
 *   2022年11 (a cell cut before 月底) → 2022-11-30    “十四五”期间 (a five-year plan's period) → 2025-12-31
 *   长期坚持, 持续推进, 持续实施, 长期推进, 每年 → no date (the raw words are kept)
 * In an item's text, a time with 前 before any work (2023年底前满园运营) or with its end named opening a clause before work
 * with no figure (2023年7月建成 → 2023-07-31); words of relative time (年内, 明年, 当年) read against the plan's years
 * alike in its text, its clause's parts and its 完成时限 cell (docs/parsing.md §8).
 * Sources: the 完成时限 columns and clauses of 任务分工 tables in municipal and provincial plans.
 */
import type {Deadline} from "../model.js";
import {chineseNumeral} from "../numerals.js";
import {notePeriod} from "./indicators.js";

const DATED =
  /((?:19|20)\d{2})\s*年\s*(?:[-—–~至到]\s*((?:19|20)\d{2})\s*年\s*)?(?:(上半年|下半年|年底|年末|底|末)|第?([一二三四1-4])季度(?:末)?|(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|(上旬|中旬|下旬|底|末|份))?)?\s*(?:前|以前|之前)?/;
const RANGE = /(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
const CUT_MONTH = /^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*$/;
const FIVE_YEAR = /[“"]?(十[一二三四五六七八九]?五)[”"]?\s*(?:期间|时期|末)/;
const FIVE_YEARS = new RegExp(FIVE_YEAR.source, "g");
const RANGES = new RegExp(RANGE.source, "g");
const DATES = new RegExp(DATED.source, "g");
const ONGOING = /长期坚持|持续推进|持续实施|长期推进|持续开展|长期实施|常态化推进|每年/;

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The completion time a short text states (a clause part, a 完成时限 cell, a stage's heading), or null: of the dated
 * phrases it holds, the one that allows the latest day (2024年6月底前完成一期,2025年底前完成二期 → 2025年底前,
 * 2025-12-31: a ledger needs the last day the item allows; on a tie, the first phrase). With no dated phrase, ongoing
 * words give a deadline with no date. With the plan's `years`, words of relative time are read as the times they stand
 * for, by the one rule prose follows (absolute: 年内完成, 年底前 → the plan's year's end; 明年6月底前 → the year after
 * the writing's; 今年, 本年度 → the writing's year); the raw words are the whole text, and a relative time whose year is
 * unknown has no date and `unresolved` (the caller warns). 年内 before ongoing words bounds them (年内持续推进 → the
 * year's end).
 */
export function readDeadline(text: string, years?: RelativeYears): (Deadline & {unresolved?: true}) | null {
  if (years && (RELATIVE_WORD.test(text) || BARE_MONTH_WORD.test(text))) {
    const abs = absolute(text, years);
    const d = readDeadline(abs.text);
    if (!d) return null;
    return d.date?.startsWith(UNKNOWN)
      ? {raw: text.trim(), date: null, unresolved: true}
      : {raw: text.trim(), date: d.date};
  }
  // A time cut short after its month's number (2022年11, a copy ending before 月底): that month.
  const cut = CUT_MONTH.exec(text);
  if (cut && +cut[2] >= 1 && +cut[2] <= 12) return {raw: cut[0].trim(), date: lastDay(+cut[1], +cut[2])};
  let best = null as {raw: string; date: string} | null;
  const consider = (raw: string, date: string) => {
    if (!best || date > best.date) best = {raw: raw.trim(), date};
  };
  // “十四五”期间, 十四五末: a five-year plan's period ends with its last year.
  for (const fyp of text.matchAll(FIVE_YEARS)) consider(fyp[0], iso(notePeriod(fyp[1])!.to, 12, 31));
  for (const range of text.matchAll(RANGES)) consider(range[0], iso(+range[1], 12, 31));
  for (const m of text.matchAll(DATES)) {
    const year = +(m[2] ?? m[1]);
    const [, , , half, quarter, month, day, part] = m;
    let date: string;
    if (half === "上半年") date = iso(year, 6, 30);
    else if (quarter) date = lastDay(year, 3 * (/\d/.test(quarter) ? +quarter : chineseNumeral(quarter)!));
    else if (month && +month >= 1 && +month <= 12) {
      const mo = +month;
      if (day && +day >= 1 && +day <= 31) date = iso(year, mo, Math.min(+day, +lastDay(year, mo).slice(8)));
      else if (part === "上旬") date = iso(year, mo, 10);
      else if (part === "中旬") date = iso(year, mo, 20);
      else date = lastDay(year, mo);
    } else date = iso(year, 12, 31);
    // Within a range already read (2023—2025年), the range's own words are kept.
    if (!(best && best.date === date && best.raw.includes(m[0].trim()))) consider(m[0], date);
  }
  if (best) return best;
  const ongoing = ONGOING.exec(text);
  return ongoing ? {raw: ongoing[0], date: null} : null;
}

/** No years known: relative words are times still, of no known year. */
const NO_YEARS: RelativeYears = {written: null, plan: null};

/**
 * Whether a short text (a clause part, a table's cell) states a completion time: a dated one, ongoing words, or words of
 * relative time (年内完成, 明年6月底前, 当年), whatever year they count from — what makes a clause's part its time.
 */
export function statesTime(text: string): boolean {
  return readDeadline(text, NO_YEARS) !== null;
}

/** A time a task is done by, from a year to a day: 2024年, 2024年底, 2025年6月底, 2024年第三季度末. */
const TIME =
  "(?:19|20)\\d{2}\\s*年\\s*(?:(?:上半年|下半年|年底|年末|底|末)|第?[一二三四1-4]季度末?|\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日|底|末|份)?)?";
/** The same, with an end named: a bare year (到2025年) is a target year, not a time a task is done by. */
const TIME_END =
  "(?:19|20)\\d{2}\\s*年\\s*(?:上半年|下半年|年底|年末|底|末|第?[一二三四1-4]季度末?|\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日|底|末|份)?)";
/** A verb of doing or completing that the time is set for. */
const DONE =
  "(?:全面|基本|全部)?(?:完成|建成|实现|落实到位|出台|印发|编制|制定|公布|发布|建立|上线|投用|投入使用|投产|开工|竣工|启动|推出|形成|确定|明确|实施|开展|推进|推动|建设|完善)";
/**
 * A verb of completing, that says the work is done by then (基本完成, 全面建成, 实现全覆盖), not that it goes on (推进,
 * 开展) or how much is reached (达到).
 */
const COMPLETED = "(?:全面|基本|全部|如期|率先)?(?:完成|建成|建立|形成|实现|落实到位|投入使用|投用|竣工)";
/**
 * Words after a time that make it no time a task is done by: a period's start or bound (2023年以来, 2022年起, 2023年7月至
 * 12月, 2020年后), a noun it qualifies (2000年前建成的, 2025年目标值, 2020年底数据, 同期), a base or a value (2020年为85%,
 * 2020年是…, 比), a state already reached (2022年底已建成: a baseline, not work to do).
 */
const NOT_WORK = "(?:的|以来|起|开始|以后|之后|后|至|到|为|是|已|比|相比|同期|数据|水平|基数|基础|目标|标准|底数)";
/** 前 closing a time (2025年前, 以前, 之前), not one opening a count (2023年前三季度, 前两年) nor 前期 (the early stage). */
const BEFORE = "(?:前(?![一二三四五六七八九十两几半期\\d])|以前|之前)";
/** The work after a time: a Chinese word that is no NOT_WORK, after a comma or none (a predicate, whatever its verb). */
const WORK = `\\s*,?\\s*(?!${NOT_WORK})[\\u4e00-\\u9fff]`;
/**
 * A time with 前, then any work (the time's words are group 1): 2025年6月底前完成, 2023年底前满园运营, 2024年底前基本
 * 实现…, 2024年6月底前全面铺开, 力争于2023年底前,形成…. Not after 截至/截止 (截至2022年底前: as of), nor a bare year with
 * 前 whose short verb qualifies a noun: a time that scopes what the work covers (以2000年前建成的公房…为重点: the
 * housing built before 2000); a time with its end named is one still (2024年底前完成的示范场景).
 */
const BY_TIME = `(?<!截至\\s*|截止到?\\s*)(?!(?:19|20)\\d{2}\\s*年\\s*${BEFORE}\\s*[\\u4e00-\\u9fff]{1,4}的)(${TIME}\\s*${BEFORE})(?=${WORK})`;
/**
 * Words right before a time that make it no time a task is done by: after an event (继1994年9月16日…发生), approved
 * on (经2024年12月19日区政府常务会议审议), since (自, 从), compared with (较, 比, 与, 同), a base (以2020年为…), a
 * period's bound (至, 到 — 到2026年底完成 is a rule of its own — and 截至, 截止).
 */
const NOT_BY = "(?:继|经|自|从|较|比|与|同|以|至|到|止|[-—–~\\d])";
/** The clause before a time, where it makes it no time a task is done by (NOT_BY, or 已 before it). */
const NOT_BY_BEFORE = new RegExp(`(?:${NOT_BY}\\s*$)|已[^,。;:]*$`);
/**
 * A time with its end named and no 前 (a month, a day, 年底, a half, a quarter) before any work, with no figure and no
 * 已 in its clause (group 1): opening the clause (2023年7月建成物流园, 2024年6月完成改造, 力争2024年底满园运营) or after
 * its subject (确保仓储物流区2023年7月建成, 一期核心区2023年底满园运营: the same rule as for words of relative time,
 * 确保仓储物流区明年7月份建成). With a figure the time is a target's (2024年6月,覆盖率达到90%), with 已 a baseline
 * (2022年底,全市已建成…; 已经2024年12月19日区政府…审议), after NOT_BY no time to be done by.
 */
const ENDED_THEN_WORK = `(?<!${NOT_BY}\\s*)(?<!已[^,。;:]*)(${TIME_END})(?![底末份日前\\d]|\\s*(?:以前|之前|[-—–~]))(?=${WORK}[^,。;:\\d已]*(?:[,。;:]|$))`;
const IN_TEXT = new RegExp(
  [
    // A time with 前, then any work: 2025年6月底前完成, 力争于2023年底前,形成…, 2023年底前满园运营, 2024年底前基本实现…,
    // …前全面铺开, 2024年底前完成的示范场景 (see BY_TIME).
    BY_TIME,
    // A time with its end named (a month, a day, 年底, a half, a quarter) opening a clause, then any work with no
    // figure in its clause: 2023年7月建成物流园, 2024年6月完成改造, 2021年上半年确定… (see ENDED_THEN_WORK).
    ENDED_THEN_WORK,
    // 到2028年底,完成…, 到2026年底全面完成…: an end named, then the work
    `到\\s*(${TIME_END})\\s*,?\\s*${DONE}`,
    // 2027年,制定出台…, 2021年底,基本完成…: a year (or its end, or half) opening a sentence, then the work
    `(?:^|[。;])\\s*((?:19|20)\\d{2}\\s*年\\s*(?:年底|底|末|上半年|下半年)?)\\s*,\\s*${DONE}`,
    // 2020年形成处置能力, 于2021年全面实施, 2024年底中心城区餐饮场所完成替代改造: a year (or its end) opening a clause,
    // the clause's verb one of doing or completing; not a year that starts a period (2022年起, 2019年以来) or scopes a
    // noun (2019年建成的小区), nor one before a level to reach (2015年完成75%以上的确权登记: a figure in the clause
    // makes it the target's year).
    `(?:^|[。;,:])\\s*(?:力争|争取)?\\s*(?:于|在)?\\s*((?:19|20)\\d{2}\\s*年\\s*(?:年底|底|末|上半年|下半年|第?[一二三四1-4]季度末?|\\d{1,2}\\s*月(?:份|底|末)?)?)(?!\\s*(?:年底|底|末|上半年|下半年|前|以前|之前|以来|起|开始|以后|后|内|的|度|第?[一二三四1-4]季度|月|份|日|\\d))(?:(?!${DONE}\\s*的)[^,。;:\\d]){0,16}?${DONE}(?!\\s*的)(?![^,。;:]*\\d)`,
    // 到2030年基本完成项目开发建设, 到2025年,全面完成…改造: a bare year after 到/至, then a verb of completing with no
    // figure in its clause: the work is done by the year's end. With a figure (到2030年,完成5个以上老旧街区改造) or a
    // verb that is no completing (至2030年,…逐年推进…), the year is a target's, not the item's deadline.
    `(?:到|至)\\s*((?:19|20)\\d{2}\\s*年)(?!\\s*(?:底|末|前|以前|之前|上半年|下半年|第|\\d))\\s*,?\\s*(?:(?!${COMPLETED}\\s*的)[^,。;:\\d]){0,16}?${COMPLETED}(?!\\s*的)(?![^,。;:]*\\d)`,
    // 确保“十四五”期间全面建成开放, “十四五”期间完成…编制: a five-year plan's period, then the work (not a figure to
    // reach in it: “十四五”期间,建成…绿道总长度超过100公里 is a target's period).
    `(${FIVE_YEAR.source})\\s*,?\\s*${DONE}(?!\\s*的)(?![^,。;:]*\\d)`
  ].join("|"),
  "g"
);

/**
 * A completion time stated in an item's own text: of such phrases, the one that allows the latest day (2026年全面启动…,
 * 到2030年基本完成…, 到2026年底全面完成… → 2030年, 2030-12-31: a ledger needs the last day the item allows; on a
 * tie, the later phrase), as in 2025年6月底前完成, 2024年底前建成, 力争于2023年底前,形成…, 到2028年底,完成…, or a year opening a
 * sentence before the work (2027年,制定出台…). A bare year whose verb qualifies a noun (2000年前建成的公房) scopes
 * the work, and is none; a time with its end named is still one (2024年底前完成的示范场景). Bare years before a level (到2025年,覆盖率达到50%) are target years,
 * not deadlines; a bare 到2030年 before a verb of completing with no figure (到2030年基本完成…) is one. Positions are those of the time's words (2023年底前, 2028年底, 2027年).
 */
export function deadlineInText(
  text: string,
  years?: RelativeYears
): {deadline: Deadline; start: number; end: number; unresolved?: true} | null {
  if (years && (RELATIVE_WORD.test(text) || BARE_MONTH_WORD.test(text))) return relativeInText(text, years);
  if (!/(?:19|20)\d{2}\s*年|十[一二三四五六七八九]?五/.test(text)) return null;
  let best: {deadline: Deadline; start: number; end: number} | null = null;
  IN_TEXT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = IN_TEXT.exec(text));) {
    // Each rule has one group, the time's words; the first that matched.
    const words = m.slice(1).find((g) => g !== undefined)!;
    const start = m.index + m[0].indexOf(words);
    const deadline = readDeadline(words);
    // The latest day the item's times allow; on a tie, the later phrase (its last word on that time).
    if (deadline?.date && (!best || deadline.date >= best.deadline.date!))
      best = {deadline, start, end: start + words.length};
  }
  return best;
}

/** The mark opening a step of a schedule cell: ①…②…③, ⑴…⑵. */
const STEP = /[\u2460-\u2487]/;
const STEPS = new RegExp(STEP.source, "g");

/** A time found in a text: the deadline, the [start, end) of its words, and whether its year is unknown. */
type Found = {deadline: Deadline; start: number; end: number; unresolved?: true};

/**
 * The completion time a schedule cell states (a task table's 进度安排, 时间节点 or 完成时限 cell): each step of it
 * (①2月上旬前,完成设计招标。②3月底前,…③5月底前,完成施工许可报批并开工建设。, or the whole cell when it numbers
 * none) read with its own time, and the latest day of them the cell's (a ledger needs the last day the task allows:
 * here 5月底前, in the plan's year). A step's time is the phrase deadlineInText reads in it (a time before work: 3月底前,
 * 召开…; not 明确2023年金融指标增长目标, a year that qualifies a noun), else what readDeadline reads of the whole step (a
 * cell that is only a time: 2022年9月底, 年内, 长期坚持). Words of relative time and bare months read against the plan's
 * `years`. A step of routine work (每月上报, 每季度完成监测) states none. Returns the deadline, the [start, end) of its
 * words in `cell` (the whole step's for a time alone) and `unresolved` where its year is unknown; null when no step
 * states a time. A dated step wins over one with no date (长期坚持, a year unknown); on a tie, the later step.
 */
export function scheduleDeadline(cell: string, years?: RelativeYears): Found | null {
  const starts = [0, ...[...cell.matchAll(STEPS)].map((m) => m.index!).filter((i) => i > 0), cell.length];
  let best: Found | null = null;
  for (let k = 0; k + 1 < starts.length; ++k) {
    let [a, b] = [starts[k], starts[k + 1]];
    while (a < b && (/\s/.test(cell[a]) || STEP.test(cell[a]))) ++a;
    while (b > a && /\s/.test(cell[b - 1])) --b;
    const step = cell.slice(a, b);
    if (!step) continue;
    const found = stepTime(step, years);
    if (!found) continue;
    const date = found.deadline.date;
    const was = best?.deadline.date ?? null;
    if (!best || (date !== null && (was === null || date >= was)) || (was === null && !found.unresolved))
      best = {...found, start: a + found.start, end: a + found.end};
  }
  return best;
}

/** The time one step of a schedule states (scheduleDeadline): a phrase before work, else the step as a time. */
function stepTime(step: string, years?: RelativeYears): Found | null {
  const inText = deadlineInText(step, years);
  if (inText) return inText;
  const d = readDeadline(step, years);
  if (!d) return null;
  const deadline: Deadline = {raw: d.raw, date: d.date};
  return d.unresolved
    ? {deadline, start: 0, end: step.length, unresolved: true}
    : {deadline, start: 0, end: step.length};
}

/** A bracket closing a heading that holds only a time: (2024年底前), (2025年6月底前完成), (限2024年底前完成). */
const HEADING_BRACKET = new RegExp(
  `[(\\[]\\s*(?:限|于)?\\s*(${TIME}\\s*(?:前|以前|之前))\\s*(?:${DONE})?\\s*[)\\]][\\s。.]*$`
);

/**
 * The completion time a heading states for the work under it (an outline group's or chapter's introduction, a task
 * table's group row, the heading above an attachment's list): the phrase deadlineInText reads
 * (`(三)到2025年底前完成以下工作。`, `…,2024年6月底前完成。`), else a bracket closing the heading that holds only a time
 * (`一、优化审批服务(2024年底前)`). Positions are those of the time's words.
 */
export function headingDeadline(
  text: string,
  years?: RelativeYears
): {deadline: Deadline; start: number; end: number; unresolved?: true} | null {
  const inText = deadlineInText(text, years);
  if (inText) return inText;
  const m = HEADING_BRACKET.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const deadline = readDeadline(m[1]);
  return deadline ? {deadline, start, end: start + m[1].length} : null;
}

/**
 * The years a plan's words of relative time count from. `written`: the year the text was written in, its date's year —
 * 今年 and 本年 are that year, 明年 the next (a plan for 2023 written in December 2022, the district's 2023年区政府工作
 * 报告重点任务分解 dated 2022-12-27, says 明年7月份建成 of 2023: its words are the report's, read out in December). `plan`:
 * the year the plan is for — 年内, 当年 and a bare 年底(前) are within it: the one year its title names (2023年…重点任务
 * 分解 → 2023), else its date's year; none for a plan of several years (…(2023—2025年), “十四五”), where 年内 names no
 * one year. null when unknown: a relative time then gets no date, never a guessed one. `several`: the plan is for several
 * years (its title names their span), where 当年 is each year's in turn (各区当年完成改造任务: a routine), no time.
 */
export interface RelativeYears {
  written: number | null;
  plan: number | null;
  several?: boolean;
}

/** The years relative words count from (see RelativeYears), from the plan's title and its date (ISO, or null). */
export function relativeYears(title: string | null, date: string | null): RelativeYears {
  const written = date ? +date.slice(0, 4) : null;
  const own = (title ?? "").replace(/《[^》]*》|〈[^〉]*〉/g, (x) => " ".repeat(x.length));
  if (TITLE_SPAN.test(own) || TITLE_FIVE_YEAR.test(own)) return {written, plan: null, several: true};
  const years = new Set([...own.matchAll(TITLE_YEAR)].map((m) => +m[1]));
  return {written, plan: years.size === 1 ? [...years][0] : years.size ? null : written};
}

/**
 * Words of time relative to the plan's year: 今年, 本年, 明年 (not 说明年度, 证明年…), 当年, and 年内, 年底, 年末 that
 * follow no year nor count (not 2024年年底, 5年内, 一年内, 两年内: within so many years); and 全年 before a verb of
 * completing (全年计划完成乡镇文化分馆8家: the year's end, as 年内), not 全年 before a noun (完成全年主要预期目标) or a
 * routine (全年培训不少于5场).
 */
const RELATIVE =
  /全年(?=(?:计划|力争|确保|要)?(?:全面|基本|全部)?(?:完成|建成|实现))|(?<![说证表声阐查标发])明年度?|今年度?|本年度?(?!龄|级)|当年度?(?!份)|(?<![\d一二三两四五六七八九十几数多半每同往近今明本当去前年])年(?:内|底|末)/g;
const RELATIVE_WORD = new RegExp(RELATIVE.source);
/** The year a relative word stands for when the plan's date is unknown: no real plan's, so its date is dropped. */
const UNKNOWN = "1900";

/**
 * Whether a relative word is a step of a routine, not a time the work is done by: a bare 年底 or 年末 in a sentence that
 * also names 年初 or 年中 (年初签约、年底考核; 年中指导、年末检查: every year's), or a 当年 in a sentence that names
 * another 当年 or 次年/上年 (当年开工当年投产, 当年任务当年完成, 当年申报次年兑付): 当年 then ties one event to the year of
 * another, whichever year that is, not to the plan's year; and any 当年 of a plan of several years (each year's in turn).
 */
function routine(text: string, at: number, word: string, years: RelativeYears): boolean {
  if (!/^(?:年[底末]|当年度?)$/.test(word)) return false;
  if (word.startsWith("当") && years.several) return true;
  const from = Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at)) + 1;
  const to = text.slice(at).search(/[。;]/);
  const sentence = text.slice(from, to < 0 ? text.length : at + to);
  return word.startsWith("当")
    ? sentence.split("当年").length > 2 || /次年|上年|上一年|前一年|下一年/.test(sentence)
    : /年初|年中/.test(sentence);
}

/**
 * The text with each word of relative time written as the time it stands for (今年底前 → 2022年底前, 明年7月份 →
 * 2023年7月份, 年内 → 2023年底前), and where each character of it comes from in `text` ([start, end) of its word).
 */
function absolute(text: string, years: RelativeYears): {text: string; from: [number, number][]} {
  // Months written without a year first (5月底前 → 2023年5月底前): their own rule (monthsDated), then the words.
  const months = monthsDated(text, years);
  if (months) return through(months, absolute(months.text, years));
  let out = "";
  const from: [number, number][] = [];
  let last = 0;
  const copy = (to: number) => {
    for (let k = last; k < to; ++k) from.push([k, k + 1]);
    out += text.slice(last, to);
  };
  for (const m of text.matchAll(RELATIVE)) {
    const word = m[0].replace(/度$/, "");
    if (routine(text, m.index!, word, years)) continue;
    copy(m.index!);
    const year =
      word === "明年"
        ? years.written !== null
          ? years.written + 1
          : null
        : /^(?:今年|本年)$/.test(word)
          ? years.written
          : years.plan;
    const y = year === null ? UNKNOWN : String(year);
    // 年内 is the year's end with no 前 written (年内新增就业5000人 is a target's year, as 2023年底,新增… is); 本年度 the
    // year (本年度完成 as 2022年完成).
    const piece = word === "年内" || word === "全年" ? `${y}年底` : /^年[底末]$/.test(word) ? `${y}${word}` : `${y}年`;
    for (let k = 0; k < piece.length; ++k) from.push([m.index!, m.index! + m[0].length]);
    out += piece;
    last = m.index! + m[0].length;
  }
  copy(text.length);
  from.push([text.length, text.length]);
  return {text: out, from};
}

/**
 * A month written without its year (5月底前, 12 月底前 with a PDF's space, 6月份, 3月15日前, 五月底前): a time of the
 * plan's own calendar, as 年内 is. Not a month after a year, a digit or a dash (2023年5月, 每年3月, 当年6月, 次年3月: a
 * year is written, or a routine's; 1—6月, 1至6月: a span's end), nor a count (3个月, 每月). A month in Chinese numerals
 * only with its end, a day or 前 after it (五月底前; not 一月一调度).
 */
const BARE_MONTH =
  /(?<![年\d.．\-—–~至到/月]\s*)(?:(\d{1,2})\s*月|(十[一二]?|[一二三四五六七八九])月(?=\s*(?:底|末|份|上旬|中旬|下旬|\d{1,2}\s*日|前|以前|之前)))/g;
const BARE_MONTH_WORD = new RegExp(BARE_MONTH.source);
/** A month written with its year and set as a time a task is done by (2023年3月底前): a bare month after it is in its year. */
const MONTH_BY = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日|底|末|上旬|中旬|下旬)?\s*(?:前|以前|之前)/g;

/**
 * The text with each month written without its year given one (5月底前 → 2023年5月底前, 12 月底前 → 2021年12月底前),
 * and where each character of it comes from in `text`; null when it has none. The year: that of the nearest month before
 * it in the text that is written with its year as a time a task is done by, when that month is not later (2023年3月底前
 * 完成方案,6月底前完成验收 → 2023年6月底前: one year's steps in order); else the year the plan is for (RelativeYears
 * `plan`: the one year its title names, else its date's), as for 年内 — none for a plan of several years (…(2023—2025年)),
 * where a bare month names no one year, nor when the plan's year is unknown: then the stand-in UNKNOWN, and the time
 * is kept with no date (relativeInText, readDeadline). Sources: 官渡区's 5月底前实现…上线运行 and a 行动方案's 12 月底前开工
 * 建设 200部 (no year in the plan), 开化县2023年度重点工作清单's ①2月上旬前…③5月底前 (the title's 2023).
 */
function monthsDated(text: string, years: RelativeYears): {text: string; from: [number, number][]} | null {
  if (!BARE_MONTH_WORD.test(text)) return null;
  let out = "";
  const from: [number, number][] = [];
  let last = 0;
  for (const m of text.matchAll(BARE_MONTH)) {
    const month = m[1] !== undefined ? +m[1] : chineseNumeral(m[2]);
    if (!month || month < 1 || month > 12) continue;
    let year: number | null = null;
    for (const d of text.slice(0, m.index!).matchAll(MONTH_BY)) year = +d[2] <= month ? +d[1] : null;
    year ??= years.plan;
    for (let k = last; k < m.index!; ++k) from.push([k, k + 1]);
    out += text.slice(last, m.index!);
    const piece = `${year ?? UNKNOWN}年${month}月`;
    for (let k = 0; k < piece.length; ++k) from.push([m.index!, m.index! + m[0].length]);
    out += piece;
    last = m.index! + m[0].length;
  }
  if (!last) return null;
  for (let k = last; k < text.length; ++k) from.push([k, k + 1]);
  out += text.slice(last);
  from.push([text.length, text.length]);
  return {text: out, from};
}

/** Two rewritings one after the other: the second's text, each character traced back through the first to `text`. */
function through(
  first: {from: [number, number][]},
  second: {text: string; from: [number, number][]}
): {text: string; from: [number, number][]} {
  return {
    text: second.text,
    from: second.from.map(([a, b]) => [first.from[a][0], first.from[Math.max(a, b - 1)][1]])
  };
}

/**
 * The text with its words of relative time written as times of a stand-in year (年内 → 2000年底, 明年6月底前 →
 * 2000年6月底前, 当年 → 2000年), for a test of the form of a time that holds whatever year they stand for (a cell's
 * kind, taskTables.ts): the words RELATIVE knows, read as absolute reads them. Not a date to keep.
 */
export function relativeAsDated(text: string): string {
  return absolute(text, {written: 2000, plan: 2000}).text;
}

/** A time with its end named, at the start of a text: 2023年7月份, 2023年年底, 2022年底前, 2019年一季度, 2023年上半年. */
const ENDED = new RegExp(`^(?:${TIME_END})\\s*${BEFORE}?`);
/** WORK at the start of a text: the work after a time. */
const WORK_AFTER = new RegExp(`^${WORK}`);
/** A time closed by a written 前 (年内 is written as the year's end, with none). */
const ENDS_BEFORE = new RegExp(`${BEFORE}\\s*$`);
/**
 * A bare year at the start of a text, then a verb of doing (2023年建成, 2023年开工建设): for a relative year (今年, 明年,
 * 当年, 本年度), the work is done in that year of the plan's own calendar.
 */
const BARE_DONE = new RegExp(`^(?:19|20)\\d{2}\\s*年(?=\\s*${DONE}(?!\\s*的))`);

/**
 * deadlineInText for a text with words of relative time (RELATIVE): those words read as the times they stand for
 * (absolute), by deadlineInText's own rules, and also wherever they stand in a clause — a relative time names the plan's
 * own calendar, so a subject may come before it (`确保仓储物流区明年7月份建成`, `一期核心区明年年底满园运营`): with its end
 * named (a month, 年底, a half or a quarter, 年内) before any work (WORK), or a bare 今年/明年/当年/本年度 just before a
 * verb of doing (`明年建成`, `项目当年开工建设`: BARE_DONE) — not a time that qualifies a noun (`明年的任务`, `当年建成的
 * 小区`), starts a period (`今年以来`), a step of a routine (`当年开工当年投产`, any 当年 of a plan of several years) or
 * one with no 前 written before a figure in its clause (`年内新增就业5000人`: the target's year). The latest day wins (明年7月份…明年年底 → 明年年底, 2023-12-31);
 * positions and raw words are the text's own. With the year unknown (no date, and for 年内 no one year), the phrase is
 * kept with no date and `unresolved`, unless a dated one is found.
 */
function relativeInText(
  text: string,
  years: RelativeYears
): {deadline: Deadline; start: number; end: number; unresolved?: true} | null {
  const abs = absolute(text, years);
  const back = (start: number, end: number) => ({start: abs.from[start][0], end: abs.from[end - 1][1]});
  let best = null as {date: string; start: number; end: number} | null;
  // With the year unknown, the phrase that allows the latest day within it (明年7月份…明年年底 → 明年年底).
  let unknown = null as {within: string; start: number; end: number} | null;
  const consider = (date: string | null, start: number, end: number) => {
    if (!date) return;
    if (date.startsWith(UNKNOWN)) {
      if (!unknown || date >= unknown.within) unknown = {within: date, ...back(start, end)};
    } else if (!best || date >= best.date) best = {date, ...back(start, end)};
  };
  const stated = deadlineInText(abs.text);
  if (stated) consider(stated.deadline.date, stated.start, stated.end);
  for (const m of text.matchAll(RELATIVE)) {
    if (routine(text, m.index!, m[0], years) || NOT_BY_BEFORE.test(text.slice(0, m.index!))) continue;
    const at = abs.from.findIndex(([a]) => a === m.index);
    const rest = abs.text.slice(at);
    const phrase = ENDED.exec(rest) ?? BARE_DONE.exec(rest);
    if (!phrase) continue;
    const after = rest.slice(phrase[0].length);
    // The work after the time, as after a written one (WORK: words, not 的, 以来, 起 …); with no 前 written, no figure
    // but times in its clause (年内新增就业5000人: a target's year).
    const clause = /^\s*,?\s*([^,。;:]*)/.exec(after)![1];
    if (!WORK_AFTER.test(after) || /已/.test(clause)) continue;
    // 全年 before a verb of completing names the count done by the year's end (全年计划完成图书分馆7家), figure and all.
    if (
      m[0] !== "全年" &&
      !ENDS_BEFORE.test(phrase[0]) &&
      /\d/.test(clause.replace(DATES, "").replace(new RegExp(RELATIVE.source, "g"), ""))
    )
      continue;
    consider(readDeadline(phrase[0])?.date ?? null, at, at + phrase[0].trimEnd().length);
  }
  const found = (best ?? (unknown && {start: unknown.start, end: unknown.end})) as {
    date?: string;
    start: number;
    end: number;
  } | null;
  if (!found) return null;
  const raw = text.slice(found.start, found.end);
  return found.date
    ? {deadline: {raw, date: found.date}, start: found.start, end: found.end}
    : {deadline: {raw, date: null}, start: found.start, end: found.end, unresolved: true};
}

/**
 * The times words of relative time state in a short text where no work need follow (a stage's heading, `(二)集中整治阶段
 * (明年6月底前)`, `(三)总结提升阶段(年底前)`): each phrase with its end named (明年6月底前, 年底前, 今年一季度) or a bare
 * 今年/明年/当年 (that year's end), read by `years` (`absolute`), with the positions of its words in `text`, in order;
 * none for a step of a routine. A phrase whose year is unknown has no date.
 */
export function relativeTimes(text: string, years: RelativeYears): {deadline: Deadline; start: number; end: number}[] {
  if (!RELATIVE_WORD.test(text)) return [];
  const abs = absolute(text, years);
  const out: {deadline: Deadline; start: number; end: number}[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    if (routine(text, m.index!, m[0], years)) continue;
    const at = abs.from.findIndex(([a]) => a === m.index);
    const rest = abs.text.slice(at);
    const phrase = ENDED.exec(rest) ?? /^(?:19|20)\d{2}\s*年(?![\d内])/.exec(rest);
    if (!phrase) continue;
    const end = abs.from[at + phrase[0].trimEnd().length - 1][1];
    const d = readDeadline(phrase[0]);
    const raw = text.slice(m.index!, end);
    out.push({deadline: {raw, date: d?.date?.startsWith(UNKNOWN) ? null : (d?.date ?? null)}, start: m.index!, end});
  }
  return out;
}

/** A time a plan states for itself: a date, a month, a year or its end, or a span of them (its last). */
const PLAN_TIME =
  "(?:19|20)\\d{2}\\s*(?:年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|底|末)?|(?=\\s*[-—–~至到]\\s*(?:19|20)\\d{2}))(?:\\s*(?:[-—–~至到])\\s*(?:(?:19|20)\\d{2}\\s*年)?(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|底|末)?)?";
/**
 * The period a plan states it runs for: 本方案实施期限为2024—2026年, 实施期限:2024年1月1日至2026年12月31日, 有效期至
 * 2029年6月30日 (the time is group 1), 本方案执行至2026年12月31日 (group 2; not 实施时间 or 实施期间, which a stage
 * states, nor 持续实施到2025年底, a task's); or a span of years from a date, 自2024年7月1日起施行,
 * 有效期5年 (the start group 3, the years group 4), 自印发之日起施行,有效期为3年 (the plan's date the start).
 */
const PLAN_STATED = new RegExp(
  [
    `(?:(?:实施|执行|施行|试行)(?:期限|期(?!间))|有效期限?)\\s*(?:为|是|:|至|到|截至|截止到?)*\\s*(?:自|从)?\\s*(${PLAN_TIME})`,
    `本(?:方案|意见|计划|办法|规划|细则|要点|通知|规定)[^。;]{0,12}?(?:实施|执行|施行|试行|有效)(?:至|到)\\s*(${PLAN_TIME})`,
    `自\\s*(${PLAN_TIME}|印发之日|发布之日|公布之日)\\s*起(?:施行|实施|执行|试行)\\s*,?\\s*有效期(?:为)?\\s*(\\d{1,2}|[一二三四五六七八九十])\\s*年`
  ].join("|"),
  "g"
);
/**
 * The end of the whole schedule, as the sentence that divides the plan's work into its stages states it (the lead of
 * 实施步骤): 按照以下三个阶段,于2025年5月底完成; 分三个阶段推进,2025年底前全部完成 (the time is group 1). Several
 * stages (三个阶段, not one stage's 第一阶段) and 完成/结束 after the time; before the stages, in the sentence, at most a
 * short subject (本次行动分…, 整治工作按照…), nothing after a comma.
 */
const SCHEDULE_END = new RegExp(
  `(?:^|[。;:\n])[^,。;:\n]{0,16}?(?:分为?|按照?)(?:以下|如下)?\s*(?:[二三四五六七八九]|[2-9])\s*个?阶段[^。;\n]{0,24}?(?:于|在|到|至)?\s*(${PLAN_TIME}(?:底|末)?)\s*(?:前|以前)?\s*(?:全部|全面|基本)?(?:完成|结束)`,
  "g"
);
/** A document of the plan's own kind named as the subject of its period (本方案, 本意见 …). */
const PLAN_ITSELF = /本(?:方案|意见|计划|办法|规划|细则|要点|通知|规定)/;
/**
 * Whether a stated period at `at` is the plan's: its sentence names nothing before it but the plan itself (本意见自…起施行,
 * 有效期至…) or a marker (五、实施期限:…); a period after a measure in the same sentence (实施阶段性降低…费率政策,实施期限至
 * 2021年12月31日) is that measure's, not the plan's.
 */
function periodIsPlans(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/[。;!?\n]/.test(text[from - 1])) --from;
  const before = text.slice(from, at);
  return PLAN_ITSELF.test(before) || /^[\s\d()一二三四五六七八九十、.:]*$/.test(before);
}
/** A span of years in a title, with or without 年 ((2024—2026年), (2019—2021)), a five-year plan's (“十五五”). */
const TITLE_SPAN = /((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})(?!\d)\s*年?/;
const TITLE_FIVE_YEAR = /[“"]?十[一二三四五六七八九]?五[”"]?|第十([一二三四五六七八九]?)个五年(?:规划|计划)/;
/** One year a plan of a year's work names (2026年…行动方案, …行动方案(2026年), …2025年度实施计划). */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?/g;

/**
 * The plan's own closing date: the period it states it runs for (实施期限, 有效期, 执行至: the last day it allows, a
 * span's end, a span of years from a start date ending the day before its anniversary), else the whole schedule's
 * end (SCHEDULE_END: 按照以下三个阶段,于2025年5月底完成), else the period its title names (…行动计划(2024—2026年) →
 * 2026-12-31, …“十五五”规划 → 2030-12-31, written out as …第十四个五年规划和2035年远景目标纲要 → 2025-12-31, the
 * vision's year no close), else the one year a year's plan names in
 * its title (2026年…行动方案, …(2026年), …2025年度实施计划 → that year's end); years inside a cited document's name
 * (《…2021—2035年…》) are that document's. `text` is the plan's (shadow) text, `date` its date of issue (ISO, the start
 * of 自印发之日起…有效期N年). A period stated after a measure in its sentence is the measure's (periodIsPlans). Returns the words (a span in `text` when the text states it, else in the title) and the day;
 * null when the plan names no period. The items do not inherit it: an item with no time of its own has none.
 */
export function planDeadline(
  title: string | null,
  text: string,
  date: string | null
): {deadline: Deadline; where: "text" | "title"; start: number; end: number} | null {
  const stated = [...text.matchAll(PLAN_STATED)].find((m) => periodIsPlans(text, m.index!));
  if (stated) {
    if (stated[1] ?? stated[2]) {
      const words = (stated[1] ?? stated[2]).trim();
      const d = readDeadline(words);
      if (d?.date) {
        const start = stated.index! + stated[0].lastIndexOf(words);
        return {deadline: {raw: words, date: d.date}, where: "text", start, end: start + words.length};
      }
    } else {
      const from = /^(?:19|20)/.test(stated[3]) ? readDeadline(stated[3]) : null;
      const begin = from?.date && /日/.test(stated[3]) ? from.date : date;
      const years = /\d/.test(stated[4]) ? +stated[4] : chineseNumeral(stated[4]);
      if (begin && years) {
        const day = new Date(Date.UTC(+begin.slice(0, 4) + years, +begin.slice(5, 7) - 1, +begin.slice(8, 10) - 1));
        const words = stated[0].slice(stated[0].indexOf("有效期"));
        const start = stated.index! + stated[0].indexOf("有效期");
        return {
          deadline: {raw: words, date: day.toISOString().slice(0, 10)},
          where: "text",
          start,
          end: start + words.length
        };
      }
    }
  }
  // The whole schedule's end, stated by the sentence that divides the work into stages (按照以下三个阶段,于2025年5月底完成).
  for (const m of text.matchAll(SCHEDULE_END)) {
    const words = m[1].trim();
    const d = readDeadline(words);
    if (!d?.date) continue;
    const start = m.index! + m[0].lastIndexOf(words);
    return {deadline: {raw: words, date: d.date}, where: "text", start, end: start + words.length};
  }
  // The title, less the names of the documents it cites.
  const own = (title ?? "").replace(/《[^》]*》|〈[^〉]*〉/g, (s) => " ".repeat(s.length));
  const span = TITLE_SPAN.exec(own);
  if (span)
    return {
      deadline: {raw: span[0].trim(), date: iso(+span[2], 12, 31)},
      where: "title",
      start: span.index,
      end: span.index + span[0].trim().length
    };
  // Written out (第十四个五年规划和2035年远景目标纲要): the period is the 十四五's; the vision's year is no close.
  const fyp = TITLE_FIVE_YEAR.exec(own);
  const period = fyp ? notePeriod(fyp[0].startsWith("第") ? `十${fyp[1] ?? ""}五` : fyp[0]) : null;
  if (fyp && period)
    return {
      deadline: {raw: fyp[0], date: iso(period.to, 12, 31)},
      where: "title",
      start: fyp.index,
      end: fyp.index + fyp[0].length
    };
  const years = [...own.matchAll(TITLE_YEAR)];
  if (years.length && years.every((y) => y[1] === years[0][1]))
    return {
      deadline: {raw: years[0][0], date: iso(+years[0][1], 12, 31)},
      where: "title",
      start: years[0].index!,
      end: years[0].index! + years[0][0].length
    };
  return null;
}
