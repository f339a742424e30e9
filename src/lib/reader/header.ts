/**
 * The document's identity from the lines before its body: the document number (延政发〔2024〕8号), the date
 * of issue (2024年3月26日 or 二〇二四年三月二十六日), the issuer (the line just above the date) and the title
 * (consecutive lines without sentence punctuation, preferring one that ends like a plan's name: 方案, 意见 …).
 */
import {chineseDigits, chineseNumeral, numeralZeros, ZERO_LIKE} from "../numerals.js";
import {glossSpans, withoutGlosses} from "./glosses.js";
import type {HeaderLine} from "./outline.js";

export interface HeaderFields {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  /**
   * Whether several bodies issued the document together: issuers on several lines above the date, two on a line
   * (黄浦区发展和改革委员会黄浦区建设和管理委员会), or named together before 关于 in its title (上海市交通委员会、上海海事局
   * 关于…, 中共中央 国务院关于…). `issuer` is then the first (or all, as written).
   */
  jointly: boolean;
  /** Lines the fields were read from. */
  lines: {title?: number; docNumber?: number; issuer?: number; date?: number};
  /** What could not be read as expected, with its line. */
  warnings: {line: number; message: string}[];
}

const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[ \t]?[〔[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*(?:第\s*)?\d{1,4}\s*号/;
const DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CN_DATE =
  /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
/**
 * How a plan's (or a notice's) title ends: the genre word of its name. 方案, 意见, 规划, 计划, 纲要, 办法, 细则, 要点,
 * 条例, 规定, 决定; a policy's 若干政策, 政策措施, 政策举措, 若干措施 (建德市关于推动经济高质量发展的若干政策, 关于推动经济高
 * 质量发展若干政策举措); a list's 清单 (重点工作清单, 任务清单); a guide's 指南, 指引; a work plan's 任务分解, 责任分解,
 * 分工, 工作安排. 报告 is a report a notice carries (转发X关于…的报告的通知), its own title below. A table's name
 * (…任务分解表) is not among them: a notice's 附件 line names it (attachedTitle).
 */
const TITLE_END =
  /(?:方案|意见|规划|计划|纲要|办法|措施|举措|政策|通知|决定|细则|要点|条例|规定|清单|指南|指引|任务分解|责任分解|分工|报告|工作安排)$/;
/**
 * A web page's label, never a title: 全文, 正文, 打印本页, 字号 大 中 小, 关闭窗口, and a section's heading
 * (发布信息, 基本信息, 内容全文, 正文内容: an encyclopaedia or a portal copy of a plan); and a line that only labels an
 * attachment (附件1) or opens with a list's number (2.2025年…任务分解: an entry of the notice's list of attachments).
 */
const NOT_TITLE =
  /^(?:全文|正文|原文|(?:发布|基本|文件|文章)信息|内容全文|全文内容|正文内容|打印本页|打印|关闭|关闭窗口|字号[::]?.{0,6}|【?[大中小]】?(?:\s*【?[大中小]】?)*|分享到.*|附件\s*\d{0,2}\s*:?)$|^\d{1,2}\s*[.、]/;
/** The verbs of a notice that carries another document: 印发, 转发, 批转. */
const CARRYING = /印发|转发|批转/;
/**
 * The plan's title inside a notice's that carries it: 关于印发《X》的通知, 关于印发X的通知, and 关于印发〈X〉的通知 (the
 * notice's name itself quoted in 《》 writes the plan's in 〈〉).
 */
const CARRIED = /(?:印发|转发|批转|发布)(?:了)?\s*[《〈]?\s*(\S.*?)\s*[》〉]?的(?:通知|通报)$/;
/**
 * A carrying notice's name with its 的通知 cut off (a site's page title: 山西省人民政府办公厅关于印发山西省…工作方案):
 * a notice's, never the plan's own title, though it ends as a plan's name does.
 */
const CARRYING_NAME = /关于(?:印发|转发|批转)/;
/** The plan's title in a carrying notice's name cut before its 的通知 (CARRYING_NAME): 关于印发X → X. */
const CUT_CARRIED = /关于(?:印发|转发|批转)\s*[《〈]?\s*(\S.*?)\s*[》〉]?$/;
/**
 * A lead sentence naming the plan and who issued it, where the copy has no title line (a news report, a notice's
 * opening): 中共重庆市委办公厅、重庆市人民政府办公厅印发了《X》; 现将《X》印发给你们; 《X》全文如下; 《X》已经…同意,现印发.
 * A web copy's space before 《 and a short name given after the title (现将 《X》(以下简称 《方案》)印发给你们) change nothing.
 * A sentence that cites a document without issuing it (现将《政府工作报告》提出的重点工作任务予以分解) names no title.
 */
const LEAD_TITLE =
  /(?:印发了?|发布了?|出台了?)\s?《([^《》]{4,80})》|现将\s?《([^《》]{4,80})》(?:\s?\(以下简称[^()]{1,12}\))?[^,。;]{0,8}?(?:印发|转发|下发|印送|发给)|《([^《》]{4,80})》(?:全文如下|已经.{0,20}同意)/;

/**
 * An ISO date from 2024年3月26日 or 二〇二四年三月二十六日, or null. A numeral date's year may write 〇 with any of its
 * look-alikes (二○○六年, 二OO六年: ZERO_LIKE in numerals.ts), read as 〇; such a year is 19xx or 20xx.
 */
export function readDate(text: string): string | null {
  let y: number | null, m: number | null, d: number | null;
  const t = text.trim();
  let match = DATE.exec(t);
  if (match) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = CN_DATE.exec(numeralZeros(t)))) {
    [y, m, d] = [chineseDigits(match[1]), chineseNumeral(match[2]), chineseNumeral(match[3])];
    if (y !== null && (y < 1900 || y > 2099)) return null;
  } else return null;
  if (y === null || m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A line of the header: its text as written and, for matching, its simplified shadow (simplified.ts). */
export interface HeaderSource extends HeaderLine {
  /** The simplified shadow of text (the same length); text itself when omitted. */
  match?: string;
  /**
   * The body's text a run-on line holds after its title (runOnSpans): never a title's line, and a number or a date
   * inside it is one the body cites.
   */
  body?: boolean;
}

const ONLY_NUMBER = /^(?:(?:发文字号|文号|字号)\s*[:]?\s*)?\S{0,12}[〔[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*\S{0,6}号$/;
const NOTICE_END = /(?:通知|通报|函|批复)$/;
/**
 * A number after its label, wherever it stands on its line: a web page's 信息公开 record run on with the notice in a
 * copy that lost its line breaks (…有 效 性:有效   文  号:宝政办函〔2022〕21号宝鸡市人民政府办公室关于印发…). The
 * number is the document's, though the line names a title or cites others.
 */
const LABELLED_NUMBER = new RegExp(
  `(?:文\\s*号|文件编号|发文字号|发布文号)\\s*[:|]?\\s*(${DOC_NUMBER.source.replace("[\\u4e00-\\u9fff]{1,12}", "[\\u4e00-\\u9fff]{1,12}?")})`
);
/** A notice's title with its own number in a bracket at its end: …印发《…》的通知(岳办发〔2017〕2号). */
const TITLE_NUMBER =
  /(?:通知|通报|函|批复|意见|方案|决定)\s*\(\s*[^()]{1,12}[〔[]\s*(?:19|20)\d{2}\s*[〕\]]\s*(?:第\s*)?\d{1,4}\s*号\s*\)$/;
/** A title without a bracket at its end (its number or its years), for telling a notice from a plan. */
const bare = (title: string) => title.replace(/\s*\([^()]*\)$/, "");
const YEARS_LINE = /^\(\s*(?:19|20)\d{2}\s*[-—–~至到]*\s*(?:(?:19|20)\d{2})?\s*年?\s*\)$/;
/**
 * A title's edition or status in a bracket after its name: (试行), (暂行), (修订), (修订版), (征求意见稿), (2025年版),
 * (2024年修订), (2023年本). Printed on the title's line or on the line under it (建德市关于推动经济高质量发展的若干政策 /
 * (2025年版)), it is part of the title, as a period's bracket is (YEARS_LINE).
 */
const EDITION =
  /\(\s*(?:(?:19|20)\d{2}\s*年\s*(?:版|修订版?|修正|本)|试行|暂行|修订(?:版|稿)?|修正|征求意见稿|送审稿|草案)\s*\)/;
const EDITION_LINE = new RegExp(`^${EDITION.source}$`);
const ISSUER_LINE =
  /^[\u4e00-\u9fff()]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|署|领导小组|指挥部|工作组|管委会)$/;

/** The central issuers whose names do not end as a body's does. */
const CENTRAL_ISSUER = /^(?:中共中央|国务院|中央军委|全国人大常委会|中共中央办公厅|国务院办公厅)$/;

const ISSUER_END = /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部|署|委|办|领导小组|指挥部|管委会)$/;

/** A line of issuers' names only (no punctuation, ending as a body's name does). */
function isIssuerLine(line: string): boolean {
  return line.length <= 40 && !/[,。:;、《》]/.test(line) && ISSUER_END.test(line);
}

/**
 * The issuers written on one line, as [start, end) spans of it: names apart (上海市交通委员会    上海市发展和改革委员会,
 * 中共中央 国务院, 市交通委、上海海事局), or two glued together where the jurisdiction's name repeats
 * (黄浦区发展和改革委员会黄浦区建设和管理委员会).
 */
export function issuerSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of line.matchAll(/[^\s、]+/g)) {
    const piece = m[0];
    const place = /^.{1,6}?[省市区县]/.exec(piece)?.[0];
    let from = 0;
    for (let at = place ? piece.indexOf(place, place.length) : -1; at > 0; at = piece.indexOf(place!, at + 1)) {
      spans.push([m.index + from, m.index + at]);
      from = at;
    }
    spans.push([m.index + from, m.index + piece.length]);
  }
  return spans;
}

/**
 * A document's issuers as one field: each name as written, in the order listed, joined with 、 (上海市交通委员会、
 * 上海市发展和改革委员会), whether they stood on one line, on several lines above the date or before 关于.
 */
function joinIssuers(lines: {text: string; match?: string}[]): string[] {
  return lines.flatMap((l) => issuerSpans(m(l)).map(([a, b]) => l.text.slice(a, b)));
}

const m = (h: {text: string; match?: string}) => h.match ?? h.text;

/** The end of a sentence or a clause, folded or not: where a run-on line's header part ends at the latest. */
const CLAUSE_END = /[,，。:：;；!！?？]/;
/** How a body's text opens, never a title: 为深入推进…, 根据…, 按照…, 近日…, 各省、自治区… (the addressees). */
const BODY_OPENING = /^(?:为|根据|按照|依据|近日|近年来|经|现将|各|目前|当前|随着)/;
const DOC_NUMBER_ANY = new RegExp(DOC_NUMBER.source, "g");
/**
 * A label a web page prints after a document's title, on its line in a copy that lost its line breaks: 发布时间,
 * 发布日期, 来源, 信息来源, 访问次数, 浏览次数, 字体, 打印 (…的通知发布时间:2020-02-03 17:29各县、市、区人民政府,…).
 */
const PAGE_LABEL =
  /^\s*(?:发布时间|发布日期|发文日期|成文日期|更新时间|来源|信息来源|文章来源|访问次数|浏览次数|点击次数|阅读次数|作者|[[【]?字体|[[【]?字号|打印)\s*(?:[:]|$)/;
/** TITLE_END anywhere. */
const TITLE_WORD = new RegExp(TITLE_END.source.replace(/\$$/, ""), "g");
/** A date anywhere: 2024年3月26日, or a numeral date with 〇 or any of its look-alikes in its year (二○○六年…). */
const DATE_ANY = new RegExp(
  `(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[一二][${ZERO_LIKE}一二三四五六七八九]{3}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日`,
  "g"
);
/** A period's bracket closing a title: (2024—2026年), (2023年); or its edition's: (2025年版), (试行) (EDITION). */
const TITLE_YEARS = new RegExp(
  `^\\s*(?:\\(\\s*(?:19|20)\\d{2}\\s*(?:年\\s*)?(?:[-—–~至到]+\\s*(?:19|20)\\d{2}\\s*年?)?\\s*\\)|${EDITION.source})`
);

/**
 * Where a document number's 机关代字 starts in the words a match of DOC_NUMBER took before its bracket, in a line that
 * glues the number to what stands before it: after a masthead's 文件 (鞍山市立山区人民政府文件鞍立政发〔2023〕2号 →
 * 鞍立政发), else after a notice's title's 通知 or 通报 (…的通知沪规划资源更〔2026〕83号 → 沪规划资源更, though 规划 is
 * a word that ends a plan's name), else after the title's last word (…工作分工的通知国发[2006]29号 → 国发; …实施方案国发 →
 * 国发); 0 where none stands in it.
 */
export function codeStart(code: string): number {
  const masthead = code.lastIndexOf("文件");
  if (masthead >= 0) return masthead + 2;
  const notice = Math.max(code.lastIndexOf("通知"), code.lastIndexOf("通报"));
  if (notice >= 0) return notice + 2;
  const word = [...code.matchAll(TITLE_WORD)].pop();
  return word ? word.index + word[0].length : 0;
}

/** Whether 《》 and () pair up in a span of a title. */
function balanced(s: string): boolean {
  let quote = 0;
  let paren = 0;
  for (const c of s) {
    if (c === "《") ++quote;
    else if (c === "》") --quote;
    else if (c === "(" || c === "（") ++paren;
    else if (c === ")" || c === "）") --paren;
    if (quote < 0 || paren < 0) return false;
  }
  return quote === 0 && paren === 0;
}

/**
 * The header lines, with a line that runs its header into its body cut into spans. A copy that came as one line
 * (a web page copied whole, its line breaks lost: restoreBreaks in normalize.ts puts back those before 一、 (一) 1.,
 * not those of the header) opens with its title, number and date run together with the body:
 * `国务院关于落实《…纲要》主要目标和任务工作分工的通知国发[2006]29号各省、自治区、直辖市人民政府，…` or
 * `湘潭市优化营商环境三年行动实施方案为深入推进“放管服”改革，…`. Its header is read from the first sentence-like span
 * (up to the first , 。 : ;): the document number and the date in it are spans of their own, and so is the title — the
 * longest start of a span between them that ends as a title does (方案, 意见, 通知 …: TITLE_END), its 《》 and
 * brackets closed, with its period's bracket ((2024—2026年)) — and the rest of the line is one more span. Each span
 * keeps the line's number and its own start. The title must be followed by the number, the date or a body's opening
 * (为…, 根据…, 各…: BODY_OPENING), never by more of the sentence (`市政府同意市发改委制定的方案,现转发给你们`: no title);
 * a line that opens as a body does is not cut, nor a line that ends as a title does (a header's own title line), nor,
 * where a line of the header ends as a title does, a line with no sentence in it (a header with its line breaks is
 * read as it is). A header whose lines were partly restored (the plan's title after its notice's signature on a line
 * of its own, the notice's title, number and lead sentence still run together) is cut where it runs on.
 */
export function runOnSpans(header: HeaderSource[]): HeaderSource[] {
  const titled = (h: HeaderSource) =>
    h.text.length <= 80 && !CLAUSE_END.test(m(h)) && TITLE_END.test(bare(m(h).trim()));
  const anyTitled = header.some(titled);
  return header.flatMap((h) => {
    if (titled(h) || (anyTitled && !CLAUSE_END.test(m(h)))) return [h];
    const t = m(h);
    const lead = t.length - t.trimStart().length;
    const end = t.slice(lead).search(CLAUSE_END);
    const head = t.slice(lead, end < 0 ? t.length : lead + end);
    if (BODY_OPENING.test(head)) return [h];
    // The number's and the date's spans, then the title's: the longest start of a stretch between them.
    const numbers = [...head.matchAll(DOC_NUMBER_ANY)].map((x) => {
      const skip = codeStart(x[0].slice(0, x[0].search(/[〔[(]/)));
      return [x.index + skip, x.index + x[0].length];
    });
    // A number or a date in brackets after the title (…的通知(岳办发〔2017〕2号), …的意见(2021年5月20日)) keeps them.
    const fixed = [...numbers, ...[...head.matchAll(DATE_ANY)].map((x) => [x.index, x.index + x[0].length])]
      .map(([s, e]) => (head[s - 1] === "(" && head[e] === ")" ? [s - 1, e + 1] : [s, e]))
      .sort((a, b) => a[0] - b[0]);
    const stretches: [number, number][] = [];
    let from = 0;
    for (const [s, e] of fixed) {
      if (s > from) stretches.push([from, s]);
      from = Math.max(from, e);
    }
    stretches.push([from, head.length]);
    let title: [number, number] | null = null;
    for (const [s, e] of stretches) {
      for (let k = Math.min(e, s + 80); k >= s + 6 && !title; --k) {
        const span = head.slice(s, k);
        if (!TITLE_END.test(span) || !balanced(span) || BODY_OPENING.test(span)) continue;
        const years = TITLE_YEARS.exec(head.slice(k, e));
        const close = k + (years ? years[0].length : 0);
        // The body starts right after the title, or its number or date does: a name inside a sentence is no title.
        // So may a web page's label printed after the title (发布时间:, 来源:, 访问次数:): page furniture, no sentence.
        const after = head.slice(close, e);
        if (close === e ? e === head.length : !BODY_OPENING.test(after) && !PAGE_LABEL.test(after)) continue;
        title = [s, close];
      }
      if (title) break;
    }
    // The body starts after the title and the number and date right after it: a number or a date further on is one
    // its sentence cites (为深入贯彻《…意见》(国办发〔2019〕45号)…), and the rest of the line is the body's, one span.
    // With no title, a line that opens with its number or date and goes on as a body does (许政 [2020] 20号各县(市、
    // 区)人民政府,…) is cut after them.
    if (!title && !(fixed.length && fixed[0][0] === 0)) return [h];
    let body = title ? title[1] : 0;
    for (const [s, e] of fixed) if (s >= body && !head.slice(body, s).trim()) body = e;
    if (!title && (body === 0 || !BODY_OPENING.test(head.slice(body)))) return [h];
    // A title a web copy writes twice in a row (its page's title, then its own: X实施方案X实施方案为…) is two spans,
    // one title each (repeatsTitle).
    const twice =
      title &&
      (title[1] - title[0]) % 2 === 0 &&
      head.slice(title[0], (title[0] + title[1]) / 2) === head.slice((title[0] + title[1]) / 2, title[1])
        ? [(title[0] + title[1]) / 2]
        : [];
    const cuts = [...new Set([...(title ?? []), ...twice, ...fixed.flat()].filter((c) => c < body)), body]
      .sort((a, b) => a - b)
      .map((c) => lead + c);
    const spans: HeaderSource[] = [];
    let at = 0;
    for (const c of [...cuts, t.length]) {
      const piece = t.slice(at, c);
      if (piece.trim())
        spans.push({
          ...h,
          text: h.text.slice(at, c),
          match: piece,
          start: h.start + at,
          ...(at >= lead + body ? {body: true} : {})
        });
      at = c;
    }
    return spans;
  });
}

/** A carrying notice's name, a comma, its number, then the repost's own words (REPOST_SENTENCE). */
const REPOST_SENTENCE = new RegExp(
  `^\\s*[^,。;:]{2,60}?关于(?:印发|转发|批转)[^,。;:]{4,100}?的通知\\s*,\\s*${DOC_NUMBER.source}\\s*(?:[,。;]\\s*|$)`
);

/**
 * Where the repost's own words begin on a line that opens with the carrying notice's name and its number
 * (REPOST_SENTENCE: 湖北省人民政府关于印发…的通知,鄂政发〔2020〕19号,在…这一类别中,… → the offset of 在), else 0.
 */
export function repostWordsStart(line: string): number {
  return REPOST_SENTENCE.exec(line)?.[0].length ?? 0;
}

/**
 * A repost whose header is one sentence: the carrying notice's name, its number, and the repost's own words run on
 * with commas (湖北省人民政府关于印发湖北省…三年行动方案(2020—2022年)的通知,鄂政发〔2020〕19号,在…这一类别中,…).
 * Such a line is cut into three spans, each read as a header line of its own: the notice's name (its issuer before
 * 关于, the plan's title and period inside it), the number, and the rest. Each span keeps the line's number and its
 * own start. Other lines, and a line with no number right after the notice's name, are kept as they are.
 */
export function repostSentence(header: HeaderSource[]): HeaderSource[] {
  return header.flatMap((h) => {
    const t = m(h);
    const found = REPOST_SENTENCE.exec(t);
    if (!found) return [h];
    const number = DOC_NUMBER.exec(found[0])!;
    const name = t.slice(0, number.index).search(/\s*,\s*$/);
    const cuts: [number, number][] = [
      [0, name],
      [number.index, number.index + number[0].length],
      [found[0].length, t.length]
    ];
    return cuts
      .filter(([a, b]) => t.slice(a, b).trim())
      .map(([a, b]) => ({...h, text: h.text.slice(a, b), match: t.slice(a, b), start: h.start + a}));
  });
}

/**
 * The document's title, number, issuer and date from the lines before its body, and from its signature block
 * (the issuer and date lines at its end) where the header lacks them.
 * - Number: a line that is only a number (延政发〔2024〕8号, 號 too) wins, then a number in a bracket at the end of a
 *   notice's title line (…的通知(岳办发〔2017〕2号): the title wraps its own number), then one after the title on its
 *   line, a space between (numberAfterTitle), over a number cited in a sentence
 *   or a title; a line that looks like a number but does not parse is kept as written, with a warning.
 * - Pinyin glosses (經(jīng)濟(jì), 號(hào): glosses.ts) are read through, as the outline reads the body.
 * - Title: a run of consecutive lines with no sentence punctuation, joined (a title wrapped over lines is one
 *   title; in a copy with a blank line after every line, lines two apart are consecutive), with a (2023—2025年) line after it; the plan's own title wins over the 关于印发…的通知 that carries it.
 * - Issuer: the line above the date; else an issuer line just above the title; else the names before 关于 in the
 *   notice's or the plan's title (国务院关于…的意见).
 * - Date: a date line, or a date in brackets on a line of its own under the title ((2021年5月20日)).
 */
export function readHeader(headerLines: HeaderSource[], signatureLines: HeaderSource[] = []): HeaderFields {
  const out: HeaderFields = {
    title: null,
    docNumber: null,
    issuer: null,
    date: null,
    jointly: false,
    lines: {},
    warnings: []
  };
  // Header lines taken as the number, the date or the issuer, by line and start (a run-on line's spans share a line).
  const used = new Set<string>();
  const spot = (h: HeaderSource) => `${h.line}:${h.start}`;
  // Glosses found in the shadow and cut from both texts, which keep the same length.
  const unglossed = (h: HeaderSource): HeaderSource => {
    const spans = glossSpans(m(h));
    return spans.length ? {...h, text: withoutGlosses(h.text, spans), match: withoutGlosses(m(h), spans)} : h;
  };
  const header = runOnSpans(repostSentence(headerLines.map(unglossed).flatMap(unbordered)));
  const signature = signatureLines.map(unglossed).flatMap(unbordered);
  // The number: a line of its own first, then any line that does not cite it inside a title or a sentence.
  // Every number ends with 号: a line without one is not searched.
  const numbered = header.filter((h) => m(h).includes("号") && DOC_NUMBER.test(m(h)));
  // A number in brackets on its own (a run-on title's: …的通知(岳办发〔2017〕2号)) is one too.
  const own = numbered.find((h) =>
    ONLY_NUMBER.test(
      m(h)
        .replace(/\s+/g, "")
        .replace(/^\((.*)\)$/, "$1")
    )
  );
  const labelled = numbered.find((h) => LABELLED_NUMBER.test(m(h)));
  const wrapped = numbered.find((h) => !/[。;]/.test(m(h)) && TITLE_NUMBER.test(m(h)));
  const trailing = numbered.find((h) => numberAfterTitle(m(h)) > 0);
  const cited = numbered.find((h) => !/《|关于|根据|按照|依据/.test(m(h)));
  const numberLine = own ?? labelled ?? wrapped ?? trailing ?? cited;
  if (numberLine) {
    // The title's own number is the last one on its line; a line of its own or a sentence holds one; a labelled
    // number is the one after its label.
    const label = numberLine === labelled && !own ? LABELLED_NUMBER.exec(m(numberLine))! : null;
    const found = label
      ? {index: label.index + label[0].length - label[1].length, 0: label[1]}
      : (numberLine === wrapped || numberLine === trailing) && !own
        ? [...m(numberLine).matchAll(new RegExp(DOC_NUMBER.source, "g"))].pop()!
        : DOC_NUMBER.exec(m(numberLine))!;
    out.docNumber = numberLine.text.slice(found.index, found.index + found[0].length).replace(/\s+/g, "");
    out.lines.docNumber = numberLine.line;
    if (own) used.add(spot(numberLine));
  } else {
    const odd = header.find(
      (h) => ONLY_NUMBER.test(m(h).replace(/\s+/g, "")) || /^\S{1,12}[〔[]\S{1,8}[〕\]]\S{0,6}号$/.test(m(h))
    );
    if (odd) {
      out.docNumber = odd.text.trim();
      out.lines.docNumber = odd.line;
      used.add(spot(odd));
      out.warnings.push({
        line: odd.line,
        message: `the document number "${odd.text.trim()}" does not read as 机关代字〔年份〕序号号; kept as written`
      });
    }
  }
  // A date in brackets on a line of its own under a title ((2021年5月20日), as central documents print it) is the
  // date of issue; no issuer stands above it.
  const bracketed = (t: string) => (t.startsWith("(") && t.endsWith(")") ? readDate(t.slice(1, -1)) : null);
  const dated = (lines: HeaderSource[]) => {
    const k = lines.findIndex((h) => readDate(m(h)) !== null || bracketed(m(h)) !== null);
    if (k < 0 || out.date) return;
    out.date = readDate(m(lines[k])) ?? bracketed(m(lines[k]));
    out.lines.date = lines[k].line;
    used.add(spot(lines[k]));
    if (bracketed(m(lines[k]))) return;
    // Jointly issued: the issuers stand on several lines above the date, or two to a line (apart, or with no space
    // between them: 黄浦区发展和改革委员会黄浦区建设和管理委员会); each is an issuer, in the order listed.
    let top = k - 1;
    while (top > 0 && k - top < 12 && isIssuerLine(m(lines[top - 1])) && !used.has(spot(lines[top - 1]))) --top;
    const above = lines[top];
    // An entry of the notice's list of attachments (2.市…责任分解) above the date is no signatory.
    const entry = (h: HeaderSource) => /^\d{1,2}\s*[.、]/.test(m(h));
    if (
      !out.issuer &&
      above &&
      above.text.length <= 40 &&
      !/[,。:;、]/.test(m(above)) &&
      !entry(above) &&
      !used.has(spot(above))
    ) {
      const names = joinIssuers(lines.slice(top, k));
      out.issuer = names.join("、");
      if (names.length > 1) out.jointly = true;
      out.lines.issuer = above.line;
      for (let j = top; j < k; ++j) used.add(spot(lines[j]));
    }
  };
  dated(header);
  dated(signature);
  // A cover page: the title's lines, the issuer's name, then the month of issue (2021 年 5 月): coverIssuer.
  const cover = coverIssuer(header.map(m));
  if (cover >= 0 && !out.issuer) {
    out.issuer = header[cover].text.trim();
    out.lines.issuer = header[cover].line;
  }
  if (cover >= 0) used.add(spot(header[cover]));
  // Titles: runs of consecutive lines with no sentence punctuation. A copy that puts a blank line after every line
  // (no two lines of its header next to each other) wraps a title over lines two apart.
  const step = header.length > 2 && header.every((h, k) => k === 0 || h.line - header[k - 1].line >= 2) ? 2 : 1;
  const runs: HeaderSource[][] = [];
  let run: HeaderSource[] = [];
  // A web page's title with its site's name after it (X实施方案_芜湖市人民政府, X方案 - 某某网): the title alone.
  // A column's name glued before the title ([市政府重点工作及责任分解]滁州市人民政府关于…的通知): the title alone.
  const titled = header.map((h) => {
    const cut = siteSuffix(m(h));
    const cutH = cut > 0 ? {...h, text: h.text.slice(0, cut), match: m(h).slice(0, cut)} : h;
    const label = columnLabel(m(cutH));
    const labelled = label > 0 ? {...cutH, text: cutH.text.slice(label), match: m(cutH).slice(label)} : cutH;
    // A title a web page wraps in 《》, its number glued before it (京政办发〔2016〕26号《…的通知》): the title alone.
    const quoted = quotedTitle(m(labelled));
    if (quoted)
      return {
        ...labelled,
        text: labelled.text.slice(quoted[0], quoted[1]),
        match: m(labelled).slice(quoted[0], quoted[1])
      };
    // A title with its number before it, a space between (晋政办发〔2017〕55号 山西省…工作方案): the title alone.
    const numbered = numberedTitle(m(labelled));
    if (numbered > 0) return {...labelled, text: labelled.text.slice(numbered), match: m(labelled).slice(numbered)};
    // A title with its number after it, a space between (关于印发…的通知 常政发〔2023〕1号): the title alone.
    const after = numberAfterTitle(m(labelled));
    return after > 0
      ? {...labelled, text: labelled.text.slice(0, after).trimEnd(), match: m(labelled).slice(0, after).trimEnd()}
      : labelled;
  });
  for (const h of titled) {
    const t = m(h);
    // A date line is never a title's: a date printed twice (the signature's, then again) ends the run above it.
    const titleLike =
      !used.has(spot(h)) &&
      !h.body &&
      readDate(t) === null &&
      !YEAR_MONTH.test(t.trim()) &&
      bracketed(t.trim()) === null &&
      h.text.length <= 80 &&
      !NOT_TITLE.test(t.trim()) &&
      (!/[,。:;!?]|^\(/.test(t) ||
        (run.length > 0 && (YEARS_LINE.test(t) || EDITION_LINE.test(t.trim()) || insideQuote(run, t))));
    // A notice's title (…的通知) ends its run: the plan's own title may follow on the next line. So does a whole
    // title that the next line repeats (repeatsTitle: a web copy's page title, heading and document title).
    const previous = run[run.length - 1];
    if (
      titleLike &&
      previous &&
      h.line - previous.line <= step &&
      !NOTICE_END.test(bare(m(previous))) &&
      !repeatsTitle(run.map(m).join(""), t)
    )
      run.push(h);
    else {
      if (run.length) runs.push(run);
      run = titleLike ? [h] : [];
    }
  }
  if (run.length) runs.push(run);
  const joined = runs.map((r) => {
    // An issuer line above a title that starts with 关于 is the issuer, not part of the title.
    // A notice's title broken before 关于 (国务院办公厅转发国家地震局 / 关于…报告的通知) opens with its verb: no issuer line.
    const lead =
      r.length > 1 && ISSUER_LINE.test(m(r[0])) && !CARRYING.test(m(r[0])) && /^关于/.test(m(r[1])) ? r[0] : null;
    const rest = lead ? r.slice(1) : r;
    return {text: rest.map((h) => h.text).join(""), match: rest.map(m).join(""), line: rest[0].line, lead};
  });
  const plans = joined.filter((r) => TITLE_END.test(r.match.replace(/\(.*\)$/, "")));
  // A notice's name: …的通知, or a carrying notice's with its 的通知 cut off (…关于印发X).
  // A name cited in 《》 inside the title (关于贯彻落实《某省关于印发…的通知》的实施意见) makes no notice of it.
  const noticeName = (name: string) =>
    NOTICE_END.test(bare(name)) || CARRYING_NAME.test(name.replace(/《[^《》]*》/g, "《》"));
  const best =
    plans.find((r) => !noticeName(r.match)) ?? plans[0] ?? [...joined].sort((a, b) => b.text.length - a.text.length)[0];
  // The notice that carries the plan as the only title: the plan's own title inside it (关于印发X的通知 → X; 关于印发X
  // with its 的通知 cut off → X).
  const carried = !best
    ? null
    : NOTICE_END.test(bare(best.match))
      ? CARRIED.exec(best.match)
      : noticeName(best.match)
        ? CUT_CARRIED.exec(best.match)
        : null;
  // The carried name is the plan's title when it ends as a plan's name does, or when the plan repeats it as a title
  // line of its own (长兴县…关于印发2023年政府工作报告重点工作责任分解的通知 / … / 2023年政府工作报告重点工作责任分解).
  const ownLine = best && carried ? ownTitleLine(joined, best, carried[1]) : null;
  if (best && carried && (TITLE_END.test(bare(carried[1])) || ownLine) && !NOTICE_END.test(bare(carried[1]))) {
    const at = best.match.lastIndexOf(carried[1]);
    // The plan's own line, as written, where it writes the name with quotes the notice's title leaves out.
    const quoted = ownLine !== null && bare(ownLine.match) !== bare(carried[1]);
    out.title = quoted ? ownLine.text : best.text.slice(at, at + carried[1].length);
    out.lines.title = quoted ? ownLine.line : best.line;
  } else if (best) {
    out.title = best.text;
    out.lines.title = best.line;
    if (best.lead && !out.issuer) {
      out.issuer = best.lead.text;
      out.lines.issuer = best.lead.line;
    }
  }
  // A notice that carries the plan, or the plan's own title, names its issuer before 关于: 某市人民政府关于印发…的通知,
  // 国务院关于…的意见, 中共中央 国务院关于…的意见, 上海市交通委员会、上海市发展和改革委员会关于… (issuers jointly, each
  // name as written). Names listed together there say the document was issued jointly, whichever line gave the
  // issuer.
  const notice = joined.find((r) => NOTICE_END.test(bare(r.match)) && /关于/.test(r.match));
  for (const r of [notice, best]) {
    const at = r ? r.match.indexOf("关于") : -1;
    if (!r || at <= 0) continue;
    const names = r.match
      .slice(0, at)
      .trim()
      .split(/[\s、]+/);
    if (!names.every((n) => ISSUER_LINE.test(n) || CENTRAL_ISSUER.test(n))) continue;
    if (names.length > 1) out.jointly = true;
    if (out.issuer) continue;
    out.issuer = joinIssuers([{...r, text: r.text.slice(0, at), match: r.match.slice(0, at)}]).join("、");
    out.lines.issuer = r.line;
  }
  // A title written with its issuer in front, a space between (华容县文旅广电局 关于落实…的实施方案): the title is from
  // 关于 on; the issuer (read just above from the names before 关于) is no part of it.
  if (out.title) {
    const at = spacedIssuerTitle(out.title);
    if (at > 0) out.title = out.title.slice(at);
  }
  // A notice that forwards or issues without 关于 (上海市崇明区人民政府办公室转发区消防安全委员会制定的《…》的通知): the
  // body before 转发/印发 is the issuer, the forwarding office (not the body that made the plan).
  if (!out.issuer) {
    const forward = joined.find(
      (r) => NOTICE_END.test(bare(r.match)) && !/关于/.test(r.match) && CARRIED.test(r.match)
    );
    const at = forward ? forward.match.search(/转发|印发|发布/) : -1;
    const names =
      at > 0
        ? forward!.match
            .slice(0, at)
            .trim()
            .split(/[\s、]+/)
        : [];
    if (names.length && names.every((n) => ISSUER_LINE.test(n) || CENTRAL_ISSUER.test(n))) {
      if (names.length > 1) out.jointly = true;
      out.issuer = joinIssuers([
        {...forward!, text: forward!.text.slice(0, at), match: forward!.match.slice(0, at)}
      ]).join("、");
      out.lines.issuer = forward!.line;
    }
  }
  if (!out.title || !out.issuer) leadSentence(header, out);
  if (!out.title) attachedTitle([...header, ...signature], out);
  // A body's own plan titled with its name and a year (芜湖市教育局2024年工作要点): the body is the issuer.
  if (!out.issuer && out.title) {
    const named = titleIssuer(out.title);
    if (named) {
      out.issuer = named;
      out.lines.issuer = out.lines.title;
    }
  }
  // Last, the imprint line at the very end (版记): the office that printed the document and the day.
  if (!out.issuer || !out.date) imprint([...signature, ...header], out);
  return out;
}

/** A month with no day, as a cover page dates a plan: 2021 年 5 月, 二〇二一年五月. */
const YEAR_MONTH =
  /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}|[〇零○O一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3})\s*月$/;

/**
 * The issuer's line of a cover page, or -1: a line of a body's name only (庐江县人民政府) directly above a line that
 * gives the month of issue and no day (`2021 年 5 月`, as a 规划纲要's cover prints them under its title). The name is
 * the issuer and no part of the title above it; the month is no date of issue (it names no day), and neither line is
 * a title's. `lines`: the header's lines (their shadows), in order. The first such pair counts.
 */
export function coverIssuer(lines: readonly string[]): number {
  for (let k = 0; k + 1 < lines.length; ++k)
    if (isIssuerLine(lines[k].trim()) && YEAR_MONTH.test(lines[k + 1].trim())) return k;
  return -1;
}

/** The imprint line at a document's very end (版记): the office that printed it, a space, the day, 印发. */
const IMPRINT = /^\s*([\u4e00-\u9fff()]{2,30}?)\s+(\S+?日)\s*印发\s*$/;

/**
 * The issuer and the date from the imprint line at the document's end (版记: `延安市人民政府办公室  2024年3月28日印发`),
 * where the text names neither elsewhere (a copy without its signature): the office that printed the document —
 * the issuer itself, or its general office — and the day it did, in either form (二〇二四年三月二十八日). Only a name
 * that ends as a body's does (ISSUER_END); each field only where it is missing.
 */
function imprint(lines: HeaderSource[], out: HeaderFields): void {
  for (const h of lines) {
    const found = IMPRINT.exec(m(h));
    const date = found ? readDate(found[2]) : null;
    if (!found || !date || !ISSUER_END.test(found[1])) continue;
    if (!out.issuer) {
      const at = found.index + found[0].indexOf(found[1]);
      out.issuer = h.text.slice(at, at + found[1].length);
      out.lines.issuer = h.line;
    }
    if (!out.date) {
      out.date = date;
      out.lines.date = h.line;
    }
    return;
  }
}

/** A name without its quotation marks (《》〈〉“”<>) and spaces, for telling whether two lines name the same document. */
const unquoted = (name: string) => bare(name).replace(/[《》〈〉“”"<>\s]/g, "");

/**
 * The plan's own title line that repeats the name a carrying notice's title gives it (关于印发X的通知 … X), or null:
 * another run of the header's title lines that names it, its quotation marks aside (关于印發2006年政府工作報告要求…的通知
 * over 2006年《政府工作報告》要求重點做好的工作事項: the notice's title drops the plan's 《》). The name is then the
 * plan's title though it does not end as a plan's name does (工作事项), and the plan's line writes it as the plan does.
 */
function ownTitleLine<R extends {text: string; match: string; line: number}>(
  runs: R[],
  notice: R,
  name: string
): R | null {
  const wanted = unquoted(name);
  return runs.find((r) => r !== notice && unquoted(r.match) === wanted) ?? null;
}

/**
 * Whether a line goes on with a title whose 《 is still open (关于印发《某市数字经济发展规划 / (2024—2026年)》的通知): a
 * line with no sentence punctuation that closes it, though it opens with a bracket.
 */
function insideQuote(run: HeaderSource[], line: string): boolean {
  const so = run.map(m).join("");
  return so.split("《").length > so.split("》").length && line.includes("》") && !/[,。:;!?]/.test(line);
}

/**
 * Whether a line starts a new copy of the title a run of lines already holds, rather than going on with it: the run
 * is a whole title (it ends as a plan's name does) and the line opens as the run did (its first four characters), or
 * the line is the run again. A web copy writes the title two or three times in a row (the page's title, its heading,
 * the document's own title), each of them once: 芜湖市推进制造业数字化转型实施方案 twice is one title, not two joined;
 * a title wrapped over lines (芜湖市推进制造业 / 数字化转型实施方案) and then written whole is the same title twice.
 * A title wrapped after a word that ends a plan's name (关于加快城市规划 / 建设管理的实施意见) goes on: its next line
 * does not open as it did.
 */
export function repeatsTitle(run: string, line: string): boolean {
  const a = run.replace(/\s+/g, "");
  const b = line.replace(/\s+/g, "");
  if (!a || !b) return false;
  if (a === b) return true;
  return a.length >= 4 && TITLE_END.test(bare(a)) && b.startsWith(a.slice(0, 4));
}

/** A line that is a name in 《》, a document number before it allowed (quotedTitle). */
const QUOTED_TITLE = new RegExp(`^(\\s*(?:${DOC_NUMBER.source}\\s*)?《)([^《》]+)》\\s*$`);

/**
 * The span [start, end) of a title a line holds wrapped in 《》, with at most a document number before it, or null:
 * web pages print a document's name as `《北京市人民政府办公厅关于印发〈…工作要点〉的通知》` or glue its number before it
 * (`京政办发〔2016〕26号《…的通知》`, 0798ci.com's copies of Beijing's notices). Only a name that ends as a plan's or a
 * notice's does (TITLE_END, NOTICE_END); a line that quotes a document inside a sentence (根据《…》,…) is no title.
 */
export function quotedTitle(line: string): [number, number] | null {
  const found = QUOTED_TITLE.exec(line);
  if (!found) return null;
  const name = found[2].replace(/\(.*\)$/, "");
  return TITLE_END.test(name) || NOTICE_END.test(name) ? [found[1].length, found[1].length + found[2].length] : null;
}

/** A document number at a line's start, with the spaces after it (numberedTitle). */
const NUMBER_BEFORE = new RegExp(`^\\s*${DOC_NUMBER.source}\\s+`);

/**
 * Where the title starts on a line that writes the document's number before it, a space between, or -1: a web page's
 * heading `晋政办发〔2017〕55号 山西省人民政府办公厅关于印发…工作方案`. Only a rest that ends as a plan's or a notice's name
 * does (TITLE_END, NOTICE_END); a line that is only a number, or a number before a sentence, is left as it is.
 */
export function numberedTitle(line: string): number {
  const found = NUMBER_BEFORE.exec(line);
  if (!found) return -1;
  const rest = bare(line.slice(found[0].length).trim());
  return rest && !/[,。:;]/.test(rest) && (TITLE_END.test(rest) || NOTICE_END.test(rest)) ? found[0].length : -1;
}

/**
 * Where the title starts on a line that writes its issuer in front of it, a space between, or -1: a web page's heading
 * `华容县文旅广电局 关于落实2021年县政府重点工作任务的实施方案` → the index of 关于. Only where every name in front
 * (spaced or 、 apart: `中共中央 国务院 关于…`) is a body's (ISSUER_LINE, CENTRAL_ISSUER) and a space stands right
 * before 关于; a title with its issuer glued on (国务院关于…的意见) is left as it is.
 */
export function spacedIssuerTitle(title: string): number {
  const found = /^(\S.{1,80}?)[\s\u3000]+关于/.exec(title);
  if (!found) return -1;
  const names = found[1].trim().split(/[\s\u3000、]+/);
  return names.every((n) => ISSUER_LINE.test(n) || CENTRAL_ISSUER.test(n)) ? found[0].length - 2 : -1;
}

/** A document number at a line's end, with the spaces before it (numberAfterTitle). */
const NUMBER_AFTER = new RegExp(`\\s+(?:${DOC_NUMBER.source})\\s*$`);

/**
 * Where the document's number starts on a line that writes it after the title, a space between, or -1: a web page's
 * heading `关于印发2023年《政府工作报告》重点任务分解落实方案的通知 常政发〔2023〕1号`. The number is the document's own,
 * not one the title cites (a number cited inside a title stands inside it: 关于贯彻…(国发〔2020〕1号)精神的通知): only
 * where the part before the space ends as a notice's or a plan's name does (NOTICE_END, TITLE_END) and holds no
 * sentence punctuation.
 */
export function numberAfterTitle(line: string): number {
  const found = NUMBER_AFTER.exec(line);
  if (!found || found.index === 0) return -1;
  const head = bare(line.slice(0, found.index).trim());
  return !/[,。:;]/.test(head) && (TITLE_END.test(head) || NOTICE_END.test(head)) ? found.index + 1 : -1;
}

/**
 * A header line without the empty cells of the table a web page lays its header out in, or none: a line of borders
 * only (`|`, `|||||||||`) is no line of the header; a line of one cell between borders (`关于印发…的通知 常政发〔2023〕1号 |`)
 * is its cell. A line of several cells (a 信息公开 record's `索引号 | … | 公开方式 | … |`) is left as it is. Its start
 * moves with its text; its simplified shadow is cut alike.
 */
export function unbordered(h: HeaderSource): HeaderSource[] {
  const t = m(h);
  if (!t.includes("|")) return [h];
  if (/^[\s|]*$/.test(t)) return [];
  const lead = /^[\s|]*/.exec(t)![0].length;
  const end = t.search(/[\s|]*$/);
  const cell = t.slice(lead, end);
  if (cell.includes("|") || (lead === 0 && end === t.length)) return [h];
  return [{...h, text: h.text.slice(lead, end), match: cell, start: h.start + lead}];
}

/**
 * Where the text after a leading bracketed label starts, or -1: a site's column name or a database's field label
 * printed before the title on its line ([市政府重点工作及责任分解]滁州市人民政府关于…的通知 → 滁州市…, in the shadow
 * where 【】 are [ ]), or a label in quotation marks set off by a space (“党政混合信息公开” 中共静安区委办公室 静安区人民
 * 政府办公室印发《…》的通知 → 中共静安区委办公室 …: a title's own quoted words are not set off so). Page furniture,
 * never the title's nor its issuer's. A line that is only a label, or labels only ([大][中][小]), is left as it is.
 */
export function columnLabel(line: string): number {
  const found = /^\s*(?:[[【][^[\]【】]{1,30}[\]】]\s*|“[^“”]{1,30}”\s+)/.exec(line);
  return found && found[0].length < line.length && !/^[[【]/.test(line.slice(found[0].length)) ? found[0].length : -1;
}

/**
 * Where a web page's title ends before the site's name written after it, or -1: X实施方案_芜湖市人民政府,
 * X实施方案 - 上海市人民政府门户网站, X方案|某某区政府网. The part before the mark ends as a plan's name does; the part
 * after it names a site (…政府, …网, …网站, …门户).
 */
export function siteSuffix(line: string): number {
  const found = /\s*[_|｜]\s*|\s+[-—–]+\s+/.exec(line);
  if (!found || found.index === 0) return -1;
  const head = line.slice(0, found.index);
  const tail = line.slice(found.index + found[0].length);
  return TITLE_END.test(bare(head)) && /(?:人民政府|政府|网|网站|门户|平台|信息公开)$/.test(tail) && tail.length <= 30
    ? found.index
    : -1;
}

/**
 * The issuer a plan's title names at its head, before the year of the work it plans: 芜湖市教育局2024年工作要点 →
 * 芜湖市教育局, 上海市交通委员会2025年度工作计划 → 上海市交通委员会, XX区人民政府2024年政务公开工作要点 → XX区人民政府.
 * Null when the title opens with a place and no body (芜湖市2024年…方案, 延安市关于…): a place issues nothing.
 */
export function titleIssuer(title: string): string | null {
  const found = /^(.{2,40}?)(?:(?:19|20)\d{2}\s*(?:年度?|[-—–~至]\s*(?:19|20)\d{2}\s*年度?)|年度)/.exec(title.trim());
  if (!found) return null;
  const name = found[1].trim();
  return ISSUER_LINE.test(name) && !/[,。:;、《》\s]/.test(name) ? name : null;
}

/**
 * A notice's sentence that issues one document it names: 现将《X》印发给你们 (X may quote a name inside: <…>, 〈…〉),
 * a web copy's space before 《 and a short name after it (现将 《X》(以下简称 《方案》)印发给你们) too.
 */
const ISSUES_ONE =
  /现将\s?《((?:[^《》]|《[^《》]*》){4,80})》(?:\s?\(以下简称[^()]{1,12}\))?[^,。;]{0,8}?(?:印发|转发|下发|印送|发给)/;
/** A line naming the notice's one attachment: 附件:X (not a list: 附件:1.X). */
const ONE_ATTACHMENT = /^\s*附件\s*[::]\s*(?![\d一二三四五六七八九十]+\s*[.、])(\S.{3,80}?)\s*$/;

/**
 * The title of a plan a notice issues as its one attachment, where the copy has no title line and the attachment is
 * not published with the notice (a district office's notice alone: 现将《<政府工作报告>任务分解表》印发给你们 … 附件:
 * 《政府工作报告》任务分解表): the notice names the document it issues, and that document is the plan. Its name as the
 * 附件 line writes it (the notice's sentence, quoting it inside 《》, writes the name's own quotes as <> or 〈〉), where
 * the sentence and the 附件 line name the same document, quotation marks aside; whatever the name ends with (…分解表).
 */
function attachedTitle(lines: HeaderSource[], out: HeaderFields): void {
  const issued = lines.map((h) => ISSUES_ONE.exec(m(h))?.[1]).find((x) => x !== undefined);
  if (!issued || NOTICE_END.test(issued)) return;
  for (const h of lines) {
    const found = ONE_ATTACHMENT.exec(m(h));
    if (!found || unquoted(found[1]) !== unquoted(issued)) continue;
    const at = found.index + found[0].indexOf(found[1]);
    out.title = h.text.slice(at, at + found[1].length);
    out.lines.title = h.line;
    return;
  }
}

/**
 * The title and issuers from a lead sentence, where the header has no title line or no issuer line (LEAD_TITLE): the
 * first plan named in 《》 (ending as a plan's name does), and the bodies named before 印发 in the same sentence
 * (中共重庆市委办公厅、重庆市人民政府办公厅印发了《…》 → both, jointly). A sentence naming several documents
 * (现将《A》《B》《C》印发给你们) gives no title: which one is the plan is not said.
 */
function leadSentence(header: HeaderSource[], out: HeaderFields): void {
  for (const h of header) {
    const t = m(h);
    const found = LEAD_TITLE.exec(t);
    if (!found) continue;
    const title = found[1] ?? found[2] ?? found[3];
    const at = found.index + found[0].indexOf(title);
    if (/》\s*《/.test(t.slice(at - 1, at + title.length + 2)) || !TITLE_END.test(title) || NOTICE_END.test(title))
      continue;
    if (!out.title) {
      out.title = h.text.slice(at, at + title.length);
      out.lines.title = h.line;
    }
    if (!out.issuer && /^(?:印发|发布|出台)/.test(found[0])) {
      // The names just before the verb, back to the sentence's start or a comma: 近日,A、B印发了.
      const from = Math.max(t.lastIndexOf(",", found.index), t.lastIndexOf("。", found.index)) + 1;
      const names = t
        .slice(from, found.index)
        .trim()
        .split(/[、\s]+/)
        .filter(Boolean);
      if (names.length && names.every((n) => ISSUER_LINE.test(n) || CENTRAL_ISSUER.test(n))) {
        const start = from + t.slice(from).indexOf(names[0]);
        out.issuer = names.map((n) => h.text.slice(t.indexOf(n, start), t.indexOf(n, start) + n.length)).join("、");
        out.jointly = names.length > 1;
        out.lines.issuer = h.line;
      }
    }
    return;
  }
}
