/**
 * Chapter headings written without numerals. Short plans (a bureau's 工作方案, a district notice) often head their
 * parts with a bare line (总体要求 / 重点整治内容 / 工作安排 / 工作要求) and number only the tasks below them. Without
 * these lines as chapters, the reader would take the first numbered form it meets (1.) for the top level and file
 * every later part under the last task.
 *
 * A line is such a heading when the plan has no numbered chapter form at all (no 一、, no 第一章), and the line is
 * 2–12 Chinese characters with no punctuation, not a title (…方案, …通知) or a body's name (…局, …政府), stands
 * after the first full sentence of the text, and is followed by a line that is not one too. A plan needs two such
 * lines for them to count.
 */
import {looksLikeBody} from "./bodies.js";
import {readMarker} from "./numbering.js";

const BARE = /^[\u4e00-\u9fff]{2,12}$/;
const NOT_HEADING = /(?:方案|通知|意见|办法|规划|计划|要点|细则|决定|政府|办公室|办公厅|委员会|局|厅|委|部|中心|公司)$/;

/** Indices (0-based) of the lines that are bare chapter headings, given the text's trimmed lines. */
export function bareHeadingLines(lines: string[]): Set<number> {
  const found = new Set<number>();
  let sentence = false;
  for (let i = 0; i < lines.length; ++i) {
    const t = lines[i];
    if (!t) continue;
    const marker = readMarker(t);
    if (marker && (marker.style === "cn" || marker.style === "chapter")) return new Set();
    if (sentence && BARE.test(t) && !NOT_HEADING.test(t)) {
      let j = i + 1;
      while (j < lines.length && !lines[j]) ++j;
      if (j < lines.length && !BARE.test(lines[j])) found.add(i);
    }
    if (t.includes("。")) sentence = true;
  }
  return found.size >= 2 ? found : new Set();
}

/**
 * Whether a text reads as a heading's phrase, not as a sentence or a piece of one: at most 40 characters, no
 * sentence's end in it (。 ; ! ?), and not ending as a sentence that runs on does (, 、 : or an opening bracket, quote
 * or dash). A comma may stand inside it: 以规划为引领,构建区域绿色网络体系 and 开展停车共享示范,推进停车共享工作 are
 * headings as much as 强化属地责任. `text`: normalized (full-width forms folded), without its marker.
 * Where the bound comes from: the numbered heading lines over text in the corpus (test/fixtures/real) run from 2 to 35
 * characters, 38 of them with a comma (chapters 一、 and sections (一) alike); a first sentence longer than 40 is cut
 * there for a title (items.ts headingOf).
 */
export function isHeadingPhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。;!?]/.test(t) && !/[,、:(\[“《—]$/.test(t);
}

/**
 * What opens a body's first sentence and never a heading's words that go on: a basis or a guide (以习近平…, 坚持, 围绕,
 * 根据, 依托, 结合, 聚焦, 通过, 针对, 依据), a time (到2025年, 自2020年, 2023年9月底前,), a list's first point (一是), a clause's
 * label (责任单位:), a place of the plan (本市), and verbs of urgency a heading does not follow with more words
 * (加快, 鼓励, 成立, 深入, 强化), after 重点 or 紧紧 or not.
 */
const BODY_OPENER =
  /^(?:重点|紧紧)?(?:以习|以党|坚持|围绕|根据|依托|结合|聚焦|通过|针对|依据|到20\d\d|自20\d\d|20\d\d年(?:\d{1,2}月)?底?前,|一是|(?:责任|牵头|配合)单位:|本市|目前|加快|鼓励|成立|深入|强化)/;
/** What follows a body's name that opens a sentence of its duty (区交通委要…, 市发展改革委统筹…, 轨道交通企业承担…). */
const DUTY_VERB =
  /^(?:、|要|应|须|需|是|等|和|将|在|对|负责|牵头|会同|统筹|指导|推动|制定|承担|加强|组织|按照|根据|结合|依托|联合|协调|督促|做好|落实|配合)/;
/** Words of a sentence, never of a heading: 负责, 要 (not 主要, 要求), 应当, 是, 将, 把. */
const SENTENCE_WORD = /负责|(?<![主重纲必])要(?![求点])|应当|是|将|把/;
/** A verb that wants its object: a heading does not end with it (深入推进 | 市、县…). */
const BARE_VERB = /(?:推进|推动|加强|强化|完善|开展|落实|建立|健全|提升|优化|实现|发挥|包括|督促|加快|深化)$/;
/** The end of a heading's text before a 区 that belongs to it: 保护区, 示范区 (a place, not a body). */
const WORD_BEFORE_DISTRICT = /(?:保护|风貌|功能|集聚|商务|核心|示范|开发|旅游|[园片城社街景小辖地])$/;
/** What a body's name opening a sentence cannot hold: a particle or a verb (的, 在, 本, 对; 检查…企业). */
const NOT_OPENING_NAME = /[的在本对]|^(?:检查|督促|组织|指导|推动|支持|引导|鼓励|要求|加强)/;

/**
 * Whether a text opens with a body's name (bodies.ts looksLikeBody, with a jurisdiction: 区交通委, 市发展改革委, 各区政府;
 * or an enterprise or unit by its kind: 轨道交通企业, 建设单位) followed by the verb of its duty (DUTY_VERB), as a
 * body's first sentence does; a list of names goes on with another jurisdiction's body (区发展改革委、区财政局要; not
 * 各产权单位、委托管理单位…, a sentence's subject). `heading`: the text before it, which must not take the name (相关|区政府, 配合|市级部门)
 * nor its first character (保护区).
 */
function opensWithDutyHolder(text: string, heading: string): boolean {
  if (BODY_LIST.test(text) && !/(?:相关|有关|其他|配合|会同)$/.test(heading)) return true;
  const kind = /^[\u4e00-\u9fff]{2,6}(?:企业|单位)(?:要|应|承担|落实|负责)/.test(text);
  if (!/^[区市县省各]/.test(text) && !kind) return false;
  if (/(?:相关|有关|其他|配合|会同)$/.test(heading) || (text[0] === "区" && WORD_BEFORE_DISTRICT.test(heading)))
    return false;
  for (let k = 3; k <= 16 && k < text.length; ++k) {
    const name = text.slice(0, k);
    if (!(looksLikeBody(name) || /(?:企业|单位)$/.test(name)) || NOT_OPENING_NAME.test(name)) continue;
    // A list of names goes on with another jurisdiction's body (区发展改革委、区财政局要…).
    if (DUTY_VERB.test(text.slice(k, k + 2)) && (text[k] !== "、" || /[区市县省各]/.test(text[k + 1]))) return true;
  }
  return false;
}

/**
 * A body's sentence that opens with a preposition's phrase, told from a preposition inside a heading by what closes
 * the phrase: 按照, 依照, 对于, 基于 and their object closed by a comma (按照上海市生态网络空间规划纲要,…); 为 or 为了
 * and the aim's verb (为落实乡村振兴战略,…; not 为平屋面: 为 as "is"); 对 and its object before the verb it governs
 * (对权力清单进行动态调整); 以 and its object before 为 and the role it gives (以2000年前建成的公房…为重点,…); 要 before
 * the adverb or verb of a duty (要按照工作要求…, 要充分运用…), after a heading that opens with a task's verb. Not 由:
 * its doer follows a subject (县道由市、区两级财政共同承担), a heading's words or not.
 * Where this comes from: the bodies below the corpus's numbered headings (test/fixtures/real) that open with a
 * preposition.
 */
const PHRASE_OPENER = new RegExp(
  "^(?:(?:按照|依照|对于|基于)[^,。;:!?]{3,40},|为了?(?:落实|贯彻|进一步|加强|推进|推动|促进|确保|切实|全面|深入|做好|更好|" +
    "提升|提高|保障|规范|实现|适应|满足|有效|加快)[^。;:!?]{0,40},|对[^,。;:!?]{2,24}(?:进行|实施|开展|加强|予以|给予|作出|做出)|" +
    "以[^,。;:!?]{2,30}为(?:重点|引领|核心|主线|抓手|目标|导向|契机|依托|基础|载体|牵引|支撑|主体|中心)[,、])"
);
/** 要 opening a duty's sentence: before an adverb or a verb (要按照…, 要充分运用…). */
const DUTY_OPENER = /^要(?:按照|充分|切实|进一步|认真|严格|坚持|结合|积极|全面|加强|强化|做好|落实|建立|完善|把|将|在)/;
/** Where a heading before a preposition's phrase cannot end: a doer (its subject) or an adverb (未, 不, 应, 均 …). */
const NOT_PHRASE_HEADING_END =
  /(?:企业|单位|部门|主体|居民|群众|机构|政府|街镇|乡镇|[委局办未不没并均已应可须都也还])$/;

/**
 * Whether a text opens with a preposition's phrase as a body's sentence does (PHRASE_OPENER), or with the duty's 要
 * after a heading that opens with a task's verb (DUTY_OPENER: 强化工作落实 | 要按照…); `heading`: the text before
 * it, which must not end as a doer or an adverb (NOT_PHRASE_HEADING_END: 各有关部门 | 要按照…, 物业服务企业未 | 按照…).
 */
function opensWithPhrase(text: string, heading: string): boolean {
  if (NOT_PHRASE_HEADING_END.test(heading)) return false;
  return PHRASE_OPENER.test(text) || (DUTY_OPENER.test(text) && VERB_HEADING.test(heading));
}

/**
 * A list of bodies named by their fields, closed by the kind they share, then the duty's verb, as a body's sentence
 * opens (市发展改革、住房城乡建设管理、交通、规划资源等部门和相关区政府要…; 市发展改革、…、国资等部门要会同…).
 */
const BODY_LIST =
  /^[区市县省各][^,。;:!?]{1,40}?等(?:相关|有关)?(?:部门|单位)(?:和[^,。;:!?]{2,10}?(?:政府|部门|单位))?(?:要|应|须|负责|会同|牵头|按照|共同)/;

/** What may also open a body's sentence, less surely: a preposition, a collective, a body's name of any form. */
const MAYBE_BODY =
  /^(?:进一步|充分|积极|由|对|在|为|以(?![上下内])|按照|各|本区|本市|[\u4e00-\u9fff]{2,8}(?:企业|单位)(?:要|应|承担|落实|负责)|[区市县]\S{1,8}(?:局|委|办|部门|政府))/;

/**
 * Where a numbered heading run into its body ends, in a copy that lost the line break between them (强化区级主体责任区
 * 交通委是本区农村公路的行政主管部门,… → 强化区级主体责任 | 区交通委是…): the offset in `text` (the numbered line's text
 * after its marker, up to the next marker) where the body begins, or -1 when none is sure.
 *
 * The heading is 4 to 29 characters before the first sentence's end (。 ; : ! ?), a heading's phrase (isHeadingPhrase),
 * its brackets and quotes closed, at most one comma, each piece of 4 characters or more, with no word of a sentence
 * in it (负责, 要, 应当, 是: SENTENCE_WORD), not opening as a sentence (对, 要, 在, 由), not ending with a particle, a
 * word cut after a conjunction (广州路西延和苏 | 州路…), a figure or a date's piece, with no 、 in it (a list's) or a
 * verb that wants its object (推进: BARE_VERB). The body after it opens as a sentence does: with a basis, a time or a
 * label (BODY_OPENER: 坚持…, 以习近平…, 到2025年, 责任单位:), with a body's name and the verb of its duty (区交通委要,
 * 市发展改革委统筹, 建设单位应: opensWithDutyHolder), after a stage's heading closed by its time (建设筹备阶段(2024年
 * 年底前) | 持续…), or by restating the heading's words (开展区级城市体检 | 区级城市体检主要从…: its first four
 * characters stand in the heading), and goes on for more than five characters before its first stop. The first such
 * place is taken, and only when no earlier place could also be a body's start (MAYBE_BODY, or two characters the
 * heading holds): no break where it is unsure.
 * Where none is sure, a part's standard name (sectionNameEnd), a verb's heading before a verb (verbHeadingEnd) and a
 * doer the plan names elsewhere (namedDoerEnd, read in `context`: the text the heading stands in) are read in turn.
 * Where this comes from: the 295 numbered headings over text in the corpus (test/fixtures/real), each joined to the
 * text below it: 131 are found where they end, 3 elsewhere, the rest not at all; none of 1346 numbered lines that head
 * no text is cut.
 */
export function runInHeadingEnd(text: string, context = ""): number {
  const opener = openerEnd(text);
  if (opener > 0) return opener;
  const section = sectionNameEnd(text);
  if (section > 0) return section;
  const verb = verbHeadingEnd(text);
  if (verb > 0) return verb;
  const noun = nounHeadingEnd(text);
  return noun > 0 ? noun : namedDoerEnd(text, context);
}

/** runInHeadingEnd's first reading: a heading's phrase followed by a body that opens as a body's sentence does. */
function openerEnd(text: string): number {
  // A clause's label (责任单位:) after the heading is the body's start, not the first sentence's end.
  // Nor a stage's colon before its name (第一阶段:集中攻坚).
  let stop = text.search(/[。;!?]|(?<!(?:责任|牵头|配合)单位|^第[一二三四五六七八九十]{1,2}阶段):/);
  if (stop < 0) stop = text.length;
  const limit = Math.min(stop, 30);
  for (let p = 4; p < limit; ++p) {
    const heading = text.slice(0, p);
    const body = text.slice(p);
    if (!isHeadingPhrase(heading) || !closes(heading)) continue;
    // A verb wanting its object may end the heading before a duty's 要 or a time (强化工作落实 | 要按照…, 全面巩固提升
    // | 2024年3月底前,…), never its object.
    const phrase = opensWithPhrase(body, heading);
    const duty = (phrase && body[0] === "要") || /^20\d\d年(?:\d{1,2}月)?底?前,/.test(body);
    if (/[的和与及在对为以把将之、\d年月]$|[和与及].$/.test(heading) || (BARE_VERB.test(heading) && !duty)) continue;
    if (/^[对要在将由把]/.test(heading) || SENTENCE_WORD.test(heading) || heading.includes("、")) continue;
    const pieces = heading.split(",");
    if (pieces.length > 2 || pieces.some((x) => x.length < 4)) continue;
    if (/^[,、:)”》。;]/.test(body) || /^(?!(?:责任|牵头|配合)单位:)[^,。;:!?]{0,5}[,。;:!?]/.test(body)) continue;
    const restated = pieces.length === 1 && body.length >= 4 && heading.includes(body.slice(0, 4));
    // A heading closed by a bracket of its time or its lead (建设筹备阶段(2024年年底前), 强化用工保障(市人社局牵头)).
    const timed = /[^(]{4}\([^()]*(?:\d[^()]*[年月日]|牵头|负责|责任单位|牵头单位|配合单位)[^()]*\)$/.test(heading);
    if (restated || timed || BODY_OPENER.test(body) || phrase || opensWithDutyHolder(body, heading))
      return unsureBefore(text, p) ? -1 : p;
  }
  return -1;
}

/** Whether a heading's brackets, quotes and book-title marks all close. */
function closes(heading: string): boolean {
  const count = (c: string) => heading.split(c).length;
  return count("(") === count(")") && count("“") === count("”") && count("《") === count("》");
}

/** Whether some place before `at` (after the heading's first four characters) may also be a body's start. */
function unsureBefore(text: string, at: number): boolean {
  for (let q = 4; q < at; ++q) {
    const body = text.slice(q);
    // 为 after an open 以 is 以…为's (以五大新城建设为契机), and a place inside a bracket (…(市人社局牵头)) is the
    // heading's clause: no body's start.
    if (body[0] === "为" && /以[^,。;:!?为]*$/.test(text.slice(0, q))) continue;
    if (/\([^()]*$/.test(text.slice(0, q))) continue;
    if (MAYBE_BODY.test(body) || (body.length >= 2 && text.slice(0, q).includes(body.slice(0, 2)))) return true;
  }
  return false;
}

/**
 * The names of a plan's standard parts, nouns that head a part and never open a sentence that goes on: 指导思想,
 * 总体要求, 基本原则, 工作目标, 适用范围, 保障措施, 实施步骤 … (traditional forms too). From the numbered headings of
 * the corpus (test/fixtures/real) over text that is no sentence of theirs.
 */
const SECTION_NAME =
  /^(?:指导思想|指導思想|总体要求|總體要求|基本原则|基本原則|工作原则|工作原則|主要目标|工作目标|總體目標|总体目标|发展目标|空间目标|适用范围|范围定义|治理范围|重点任务|主要任务|保障措施|实施步骤|工作要求|战略定位|资金保障|操作流程|组织构架|工作机制|职责分工|进度安排|时间安排)/;

/**
 * Where a part's standard name run into its text ends (指导思想全面贯彻党的十九大… → 指导思想 | 全面贯彻…): the name's
 * length (SECTION_NAME) when what follows opens a clause of four characters or more, not a word that goes on with the
 * name (和, 与, 及, 、, 的: 主要任务和措施) nor a stop or a bracket; else -1.
 */
export function sectionNameEnd(text: string): number {
  const name = SECTION_NAME.exec(text);
  if (!name) return -1;
  const body = text.slice(name[0].length);
  const clause = body.search(/[,。;:!?]/);
  if (/^[和与及、的,。;:!?()]/.test(body) || (clause < 0 ? body.length : clause) < 4) return -1;
  return name[0].length;
}

/**
 * The verbs that open a task's heading and a body's sentence alike (加强, 推进, 完善, 落实, 按照, 摸清 …): the first two
 * characters of the corpus's numbered headings and of the bodies below them, the verbs among them.
 */
const TASK_VERB =
  "(?:加强|强化|完善|推进|提升|加快|健全|坚持|开展|落实|深化|实施|推动|提高|建立|加大|优化|构建|促进|发挥|明确|打造|统筹|夯实|改善|持续|制定|完成|培育|营造|扩大|探索|激发|拓展|规范|编制|增强|拓宽|维护|确保|抓好|压实|运用|摸清|制作|整合|深挖|严守|梳理|推广|聚焦|围绕|结合|依托|根据|按照|遵循|配合|盘活|增进|树立|搭建|整合|打响)";
/** An adverb before such a verb (进一步推进, 全面落实, 定期组织). */
const TASK_ADVERB = "(?:进一步|全面|大力|有序|科学|积极|认真|深入|切实|着力|持续|加快|充分|牢固|稳步|严格|定期)";
const VERB_HEADING = new RegExp(`^${TASK_ADVERB}?${TASK_VERB}`);
/** A verb opening a sentence: not one used as a noun (宣传和演练, 推进机制 is caught by the heading's end instead). */
const VERB_BODY = new RegExp(`^${TASK_ADVERB}?${TASK_VERB}(?![和与及、的])`);
/**
 * A verb that leads another verb in a row, the two one verb's place (建立完善…, 优化完善…, 推动开展…, 推动加快…); not
 * 推进, which ends a heading's noun as often (加强重点项目推进 | 梳理形成…).
 */
const LEADING_VERB = /(?:建立|健全|优化|推动|加快)$/;
/** A verb whose object is the doer of the verb after it (支持企业开展…, 推动燃气经营企业完善…): no heading's end there. */
const PIVOT_VERB = /^(?:支持|鼓励|引导|督促|指导|组织|要求|帮助|动员|协调|会同)/;
/** Where a heading cannot end: a verb or an adverb wanting more, a pivot verb, a doer (企业, 单位, 区交通委). */
const NOT_VERB_HEADING_END = new RegExp(
  `(?:${TASK_VERB}|${TASK_ADVERB}|组织|指导|督促|支持|鼓励|引导|要求|企业|单位|部门|主体|居民|群众|机构|政府|[委局办])$`
);

/**
 * Where a task's heading that opens with a verb (加强, 推进, 全面摸清 …; not a pivot verb: 支持企业开展…) ends when its
 * body opens with a verb too (全面摸清底数摸清全区高层建筑… → 全面摸清底数 | 摸清全区…; 科学编制规划轨道交通… is left
 * to openerEnd): a plan's sentence does not chain two verbs' clauses without a comma, so the one place in the first
 * clause (up to , 。 ; : ! ?) where a verb (VERB_BODY) follows the heading's object is the body's start. None when
 * that place is not the only one (强化督促落实坚持… , 加强重点项目推进梳理…), when the heading is under 4 or over 24
 * characters or no heading's phrase (isHeadingPhrase, brackets closed, no 负责 要 是 将, no 、), ends with a particle,
 * a verb, an adverb or a doer (NOT_VERB_HEADING_END: 定期组织 | 开展…, 市经济信息化委支持 | 推广…), when the body's
 * verb goes on to 的 within five characters (加强监管的要求: a phrase of a noun), its first clause is under 8
 * characters (维护更新机制。: a compound noun) or the first clause ends with a count (完成慢行交通专项提升项目300项).
 * Where this comes from: the numbered headings over text in the corpus (test/fixtures/real) joined to the text below
 * them; with the section names (sectionNameEnd), 185 of 314 are found where they end (131 before), and none of the
 * 1374 numbered lines that head no text is cut.
 */
export function verbHeadingEnd(text: string): number {
  const head = VERB_HEADING.exec(text);
  if (!head || PIVOT_VERB.test(text)) return -1;
  let stop = text.search(/[,。;:!?]/);
  if (stop < 0) stop = text.length;
  // Every place in the first clause where a verb opens, an adverb and its verb counted once, and a verb that leads
  // another in a row with it too (建立完善, 推动开展: one place, before the first).
  const found: number[] = [];
  for (let p = head[0].length; p < stop; ++p) {
    let verb = VERB_BODY.exec(text.slice(p));
    if (!verb) continue;
    // A verb too near the clause's end to open a body's clause (…活力提升。) is no place.
    if (stop - p >= 8) found.push(p);
    let end = p + verb[0].length;
    while (LEADING_VERB.test(verb[0]) && (verb = VERB_BODY.exec(text.slice(end)))) end += verb[0].length;
    p = end - 1;
  }
  if (found.length !== 1) return -1;
  const at = found[0];
  const heading = text.slice(0, at);
  const body = text.slice(at);
  if (at < 4 || at > 24 || !isHeadingPhrase(heading) || !closes(heading)) return -1;
  if (
    SENTENCE_WORD.test(heading) ||
    heading.includes("、") ||
    /[的和与及在对为以把将之\d年月]$|[和与及].$/.test(heading)
  )
    return -1;
  if (NOT_VERB_HEADING_END.test(heading)) return -1;
  const clause = body.search(/[,。;:!?]/);
  if ((clause < 0 ? body.length : clause) < 8) return -1;
  if (/^.{2,5}的/.test(body) || /\d+[\u4e00-\u9fff]{1,2}$/.test(text.slice(0, stop))) return -1;
  return at;
}

/** A verb anywhere in a text (a task's verb: TASK_VERB). */
const ANY_VERB = new RegExp(TASK_VERB);
/**
 * A heading that names a place or an area (…湾, …老街, …小镇, …副中心, …片区, 滨江南段), or an action's name with its
 * field after a dash (再造发展新极行动——综合区域整体焕新): never a sentence's subject run on into its verb the way a
 * set phrase is (多措并举推动…, 综合施策提升…: a sentence's adverbial, no heading).
 */
const PLACE_HEADING = /(?:湾|街|镇|段|区|中心|片区|园|港|岛|带|廊|谷|村|轴|圈)$|——/;

/**
 * Where a heading that names a place or a thing, no verb in it (大零号湾, 七宝老街, 滨江中北段, 再造发展新极行动——综合区域
 * 整体焕新), ends when its body opens with a task's verb (大零号湾推动存量空间转型提升。 → 大零号湾 | 推动…): a noun's
 * phrase does not run on into a verb's clause without its subject's comma or a doer, so the one place in the first
 * clause where a verb opens (VERB_BODY; verbs led by 建立, 推动 … in a row one place) is the body's start. None when
 * the text opens with a verb, a body's name or a word of a sentence, when that place is not the only one, when the
 * heading before it is under 4 or over 20 characters, names no place nor an action's field (PLACE_HEADING), holds a
 * verb, a 、 or a word of a sentence, ends as a doer, an adverb or a particle (NOT_VERB_HEADING_END), or the body's
 * first clause is under 8 characters (4 before a comma), holds a list (、) or ends with a count.
 * Where this comes from: the numbered headings over text in the corpus (test/fixtures/real) that name a place, an
 * area or an action's field, joined to the text below them.
 */
export function nounHeadingEnd(text: string): number {
  if (VERB_HEADING.test(text) || PIVOT_VERB.test(text) || MAYBE_BODY.test(text) || BODY_OPENER.test(text)) return -1;
  let stop = text.search(/[,。;:!?]/);
  if (stop < 0) stop = text.length;
  const found: number[] = [];
  for (let p = 1; p < stop; ++p) {
    let verb = VERB_BODY.exec(text.slice(p));
    if (!verb) continue;
    // A short clause is a body's when a comma goes on after it (七宝老街 | 加强文化传承,…).
    if (stop - p >= (text[stop] === "," ? 4 : 8)) found.push(p);
    let end = p + verb[0].length;
    // A verb right before another that it does not lead, or before itself, ends the heading (…品质提升 | 增进…,
    // …设施优化 | 优化…): a verb in it, none.
    const next = VERB_BODY.exec(text.slice(end));
    if (next && (!LEADING_VERB.test(verb[0]) || next[0] === verb[0])) return -1;
    while (LEADING_VERB.test(verb[0]) && (verb = VERB_BODY.exec(text.slice(end)))) end += verb[0].length;
    p = end - 1;
  }
  if (found.length !== 1) return -1;
  const at = found[0];
  const heading = text.slice(0, at);
  if (at < 4 || at > 20 || !isHeadingPhrase(heading) || !closes(heading) || ANY_VERB.test(heading)) return -1;
  if (!PLACE_HEADING.test(heading) || text.slice(at, stop).includes("、")) return -1;
  if (SENTENCE_WORD.test(heading) || heading.includes("、") || /[的和与及在对为以把将之\d年月]$/.test(heading))
    return -1;
  if (NOT_VERB_HEADING_END.test(heading)) return -1;
  if (/\d+[\u4e00-\u9fff]{1,2}$/.test(text.slice(0, stop))) return -1;
  return at;
}

/** A doer's name's end (轨道交通企业, 市交通管理部门, 建设单位, 相关区政府) and the duty's word after it (要, 应, 承担 …). */
const DOER_END = /(?:企业|单位|部门|政府|委|局|办|街镇|乡镇|机构)$/;
const DUTY_WORD = /(?<![主重纲必])要(?![求点])|应|须|承担|落实|负责|会同|牵头/g;

/**
 * Where a heading ends before a body that opens with its doer and the duty's word (加强大客流安全管控轨道交通企业要加强…
 * → 加强大客流安全管控 | 轨道交通企业要…), when the doer's name is one the plan names elsewhere at a sentence's or a
 * clause's start (after 。 ; : ! ? , or a closing bracket, in `context`): where a doer's name begins is unsure from the
 * words alone (管控轨道交通企业?), the plan's own use of it settles it. The doer is 2 to 12 characters ending as a
 * doer's name does (DOER_END), before the first duty's word of the first clause; the heading before it a heading's
 * phrase of 4 characters or more (isHeadingPhrase, no 负责 要 是 将, no 、, not ending with a particle). The longest
 * such name is taken; -1 when none, or with no context.
 * Where this comes from: the corpus's numbered headings over text none of the kinds before reads (test/fixtures/real),
 * joined with the whole plan as context: 9 found where they end, none elsewhere, and none of the numbered lines that
 * head no text cut.
 */
export function namedDoerEnd(text: string, context: string): number {
  if (!context) return -1;
  let stop = text.search(/[,。;:!?]/);
  if (stop < 0) stop = text.length;
  DUTY_WORD.lastIndex = 0;
  const duty = DUTY_WORD.exec(text);
  DUTY_WORD.lastIndex = 0;
  if (!duty || duty.index >= stop) return -1;
  for (let p = Math.max(4, duty.index - 12); p <= duty.index - 2; ++p) {
    const heading = text.slice(0, p);
    const doer = text.slice(p, duty.index);
    if (!DOER_END.test(doer) || /[,、]/.test(doer)) continue;
    if (!isHeadingPhrase(heading) || !closes(heading) || SENTENCE_WORD.test(heading) || heading.includes("、"))
      continue;
    if (/[的和与及在对为以把将之\d年月]$/.test(heading)) continue;
    if (namedAtStart(context, doer)) return p;
  }
  return -1;
}

/** Whether `name` stands in `context` right after a sentence's or a clause's end (。 ; : ! ? , or a closing bracket). */
function namedAtStart(context: string, name: string): boolean {
  for (let at = context.indexOf(name, 1); at >= 0; at = context.indexOf(name, at + 1))
    if (/[。;:!?,)]/.test(context[at - 1])) return true;
  return false;
}
