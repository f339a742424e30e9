/**
 * Framing: the paragraphs of a plan's body that assign no work. A report or an opinion written as narrative sets out
 * the situation (形势: 1995年我国共发生5级以上地震48次…), what was done before (自70年代以来,我局每年都进行…), a
 * definition (本意见所称政务新媒体,是指…), a summary of the tasks below, and leads into its list of tasks with a line of
 * its own (为此,…应切实抓好以下几方面工作:). No item, group or goal holds them, and none should: they are not meant
 * to be read as tasks. The reading report sets them aside (coverage.ts) instead of counting them as not understood.
 *
 * A paragraph is framing when fewer than half of its sentences assign work, a sentence assigning work when it holds a
 * modal of duty (要, 应, 必须, 务必, 须, 不得, 严禁, 一律, 确保, 切实, 负责), opens (or a piece of it after a comma opens)
 * with a verb of work (加强, 推进, 建立, 成立, 开展, 负责 …), names a body doing the work (区民政局负责…, 由X牵头,
 * X会同Y…: clauses.ts) or one in charge of it (…的主管单位, 第一责任主体); a lead-in to the list below it (a paragraph ending with a colon just before read lines) is
 * framing when it names no body. A chapter's lead-in (its own text under its heading, before its first numbered line:
 * 一、持续推进七项重点改革 / 坚持统一性与特色性相结合,…持续推动七项重点改革举措落实到位,…) is framing when it names no
 * body and holds no modal (要, 应, 须, 确保 …), no 将 and no commitment of the future: it says what the items below
 * do together, and they assign it. A paragraph that assigns work and that no record holds stays not understood: the
 * reader missed work there.
 */
import {inTextAssignment, leadingDuty, openingBodies, sentenceSubjects} from "./clauses.js";
import {repostWordsStart} from "./header.js";
import {findTargets} from "./targets.js";

/**
 * Modals of duty: 要 (not 重要, 主要, 需要, 要求 …), 应 (not 响应, 适应, 应用, 应急 …), 必须, 务必, 须 (not 无须, 须知), a
 * prohibition (不得, 严禁, 禁止), 一律, 确保, 切实, 负责 (主管单位负责推进…; not 负责人).
 */
const DUTY_MODAL =
  /(?<![重主需只必纲提摘概简首紧次想])要(?![求素点害塞道是么闻件领务旨])|(?<![响适反供对相理感效呼答])应(?![用急对变答运])|必须|务必|(?<![必无毋])须(?!知)|不得|严禁|禁止|一律|确保|切实|负责(?!人)/;

/**
 * A verb of work at the head of a sentence or of a piece of one: after a mark (*推进…) and its adverbs (进一步加强…,
 * 加力推进…, 常态化开展…), not in the perfective (进行了…, 确定了…: what was done).
 */
const WORK_VERB =
  /^[^\u4e00-\u9fff]*(?:进一步|充分|通过|每年|每季度|每月|全面|积极|大力|认真|抓紧|持续|不断|着力|深入|扎实|加快|稳步|有序|逐步|尽快|加力|重点|常态化|因地制宜|同步|依法|主动|严格|优先|适度|及时|广泛|系统|科学|合理|率先|继续|共同|协同|联合|分类|统一)*(?:成立|建立|健全|完善|加强|强化|推进|推动|推行|落实|开展|做好|抓好|组织|深化|实施|实行|执行|制定|制订|编制|明确|规范|优化|提高|提升|坚持|加大|构建|打造|探索|鼓励|支持|引导|督促|严格|统筹|完成|启动|培育|发挥|创新|扩大|保障|营造|压实|加快|深入|聚焦|负责|承担|牵头|履行|建设|新建|改建|改造|新增|增设|增加|安装|投运|创建|整治|修复|研究|简化|推广|开发|利用|试点|更换|拓宽|实现|达到|依托|结合|配合|协调|指导|监督|检查|排查|清理|治理|查处|打击|宣传|培训|申报|评估|验收|发布|出台|修订|提供|解决|防范|引进|培养|评选|资助|扶持|遴选|选派|配备|设置|纳入|发展|投入|注重|综合运用)(?![了过])/;

/** The disposal construction of work: 将消防安全纳入…考评, 把…列入…. */
const DISPOSAL = /^[^\u4e00-\u9fff]*(?:将|把)[^,。;]{1,20}?(?:纳入|列入|作为|用于)/;

/** A commitment of the future: the year it is for (到2025年, 5年内), a year's plan (2025年计划:), 力争. */
const FUTURE = /(?:到|至)\s*(?:19|20)\d{2}\s*年|\d+\s*年内|(?:19|20)\d{2}\s*年(?:工作项目|计划)|力争|争取/;

/** A body named as the one in charge of the work: 国务院办公厅是…的主管单位, 区政府是…的第一责任主体. */
const IN_CHARGE = /(?:是|为|作为)[^,。;、由]{0,30}?(?:主管|责任|牵头|主办)(?:单位|部门|主体|机关)/;

/** Whether one sentence assigns work: a modal of duty, a verb of work heading it or a piece of it, a body doing it. */
export function assignsWork(sentence: string, isBody: (name: string) => boolean): boolean {
  if (DUTY_MODAL.test(sentence) || IN_CHARGE.test(sentence) || FUTURE.test(sentence)) return true;
  for (const piece of sentence.split(/[,:]/))
    if (WORK_VERB.test(piece.trimStart()) || DISPOSAL.test(piece.trimStart())) return true;
  return namesBody(sentence, isBody);
}

/** Whether a text names a body doing its work: opening it (区民政局负责…) or by a prose role verb (由X牵头, X会同Y). */
function namesBody(text: string, isBody: (name: string) => boolean): boolean {
  return (
    text.split(/[。;]/).some((s) => openingBodies(s, isBody).length > 0) || inTextAssignment(text, isBody).length > 0
  );
}

/** What the future holds for someone: 将 (将于, 将对…; the disposal 将…纳入 too), a word that a lead-in never holds. */
const WILL = /将/;

/**
 * Whether a chapter's lead-in (its own text under its heading, before its first numbered line) is framing: it names no
 * body (clauses.ts: opening it, as a sentence's subject, or by a prose role verb), holds no modal of duty (要, 应, 须, 必须, 确保, 负责 …: DUTY_MODAL),
 * no 将, no body in charge and no commitment of the future (到2025年, 力争). `paragraph`: its text in the shadow.
 * 坚持统一性与特色性相结合,…持续推动七项重点改革举措落实到位 → true; 各区要… or 市发展改革委牵头… → false.
 */
export function isChapterLeadInFraming(paragraph: string, isBody: (name: string) => boolean): boolean {
  const text = paragraph.trim();
  if (!text) return false;
  if (DUTY_MODAL.test(text) || WILL.test(text) || IN_CHARGE.test(text) || FUTURE.test(text)) return false;
  // A body anywhere it could be doing the work: opening the text (区水务局:按照…), as a sentence's subject (各职能部门
  // 建立…), by a prose role verb (由公安、交通部门梳理…).
  if (leadingDuty(text, isBody).length || sentenceSubjects(text, isBody).length) return false;
  return !namesBody(text, isBody);
}

/**
 * Whether a paragraph no record holds is framing (see above). `paragraph`: its text in the shadow (full-width stops
 * folded, 。 kept); `leadIn`: true when the lines right after it are read (a list it introduces); `chapterLeadIn`: true
 * when it is a chapter's own text before the chapter's first numbered line (isChapterLeadInFraming).
 */
export function isFraming(
  paragraph: string,
  isBody: (name: string) => boolean,
  leadIn = false,
  chapterLeadIn = false
): boolean {
  const text = paragraph.trim();
  if (!text) return false;
  if (leadIn && /:$/.test(text)) return !namesBody(text, isBody);
  if (chapterLeadIn && isChapterLeadInFraming(text, isBody)) return true;
  const sentences = text.split(/(?<=[。;!?])/).filter((s) => s.trim());
  const work = sentences.filter((s) => assignsWork(s, isBody)).length;
  return work * 2 < sentences.length;
}

/**
 * A paragraph before the plan's first numbered line that states the plan's goals: its opening sentence (up to its
 * first 。 ; ! or ?), or a later sentence of it with the goals' colon (…主要预期目标为:), makes the goal its subject — 主要预期目标是:, 总体目标:, 工作目标为…, 目标:… — and it does not
 * open with a purpose or a basis (为…, 根据…, 按照…, 依据…: the preamble that says why and on what the plan was made
 * stays framing, whatever aim it names) nor name a body doing its work. A work report's 重点任务分解 puts the year's
 * expected growth rates there, with no numbering (`2023年经济社会发展的主要预期目标是:…地区生产总值增长5%左右;…`).
 */
/** A later sentence of the paragraph whose subject is the goals, with their colon: …的主要预期目标为:. */
const LATER_GOAL = /^\s*(?!为|根据|按照|依据|遵照)[^。;!?:]{0,40}?目标(?:是|为)?\s*:/;
const PREAMBLE_GOAL =
  /^\s*(?!为|根据|按照|依据|遵照)[^。;!?:]{0,40}?目标(?:是|为)?\s*:|^\s*(?!为|根据|按照|依据|遵照)[^。;!?:]{0,40}?目标(?:是|为)(?![了止])/;

/**
 * A word of plan right before what a figure counts: 拟 (拟实施项目共29个; not 模拟, 拟定, 拟稿), 计划 (计划新建…; not 计划书,
 * 计划表, a year's 计划:), 预计, 估算 (估算总投资1176亿元).
 */
const PLANNED = /(?<!模)拟(?![定稿])|计划(?![书表单]|\s*:)|预计|估算/;
/** A sentence that says why or on what the plan was made (为…, 根据…): never a goal, whatever figures it names. */
const PURPOSE = /^\s*(?:为|根据|按照|依据|遵照)/;

/**
 * The sentence of a preamble line that states, in figures, what the plan will do: a piece of it (between commas)
 * holds a word of plan (PLANNED) before a figure with its unit (targets.ts), and it does not open with a purpose or
 * a basis (为…, 根据…). A repost that runs the carrying notice's name and number into its first line (…的通知,
 * 鄂政发〔2020〕19号,在能源提升工程这一类别中,全省三年拟实施项目共29个,估算总投资1176亿元,…) has its sentence begin
 * after the number (header.ts: repostWordsStart). [start, end) in `line`, the end after the sentence's stop; null
 * when no sentence of the line does so. The plan's count of its own tasks (明确133项具体任务, 9项具体建设任务) names no
 * word of plan: none.
 */
export function plannedFigures(line: string): {start: number; end: number} | null {
  const from = repostWordsStart(line);
  let at = from;
  for (const sentence of line.slice(from).split(/(?<=[。;!?])/)) {
    const start = at;
    at += sentence.length;
    if (PURPOSE.test(sentence)) continue;
    for (const part of sentence.split(/(?<=[,;:])/)) {
      const word = PLANNED.exec(part);
      // The figure stands after the word (its subject may start before it: 全省三年拟实施项目共29个).
      if (word && findTargets(part).some((t) => t.end > word.index + word[0].length)) {
        // The sentence's own words, without the spaces before it.
        const lead = sentence.length - sentence.trimStart().length;
        return {start: start + lead, end: start + sentence.trimEnd().length};
      }
    }
  }
  return null;
}

/**
 * The paragraphs of a plan's preamble (its text before the first numbered line, `text` in the shadow, `breaks` where
 * its lines begin) that state the plan's goals (PREAMBLE_GOAL), as [start, end) offsets into `text`. Such a paragraph
 * starts a line and runs over the lines that do not end a sentence (a hard-wrapped line); one that ends with a colon
 * (…的主要目标是:) runs on into the next paragraph, the goal itself. Every other preamble paragraph (为…,根据…,制定本方案)
 * is none.
 */
export function preambleGoals(
  text: string,
  breaks: number[],
  isBody: (name: string) => boolean
): {start: number; end: number}[] {
  const starts = [0, ...breaks.filter((b) => b > 0)];
  // The end of the paragraph from a line start: the next line start after a sentence's end, else the text's end.
  const endFrom = (start: number) =>
    starts.find((b) => b > start && /[。!?;:]\s*$/.test(text.slice(start, b))) ?? text.length;
  const out: {start: number; end: number}[] = [];
  for (const start of starts) {
    if (out.length && start < out[out.length - 1].end) continue;
    let end = endFrom(start);
    // The goal is the subject of the paragraph's own first line (not of a title above it, run on into it).
    const line = text.slice(start, starts.find((b) => b > start) ?? text.length);
    // …or of a later sentence of it, with the colon that opens the goals (2021年是…开局之年,…至关重要。综合考虑各方面
    // 因素,2021年经济社会发展的主要预期目标为:…).
    const later = line.split(/(?<=[。;!?])/).slice(1);
    if (!PREAMBLE_GOAL.test(line) && !later.some((x) => LATER_GOAL.test(x))) {
      const planned = plannedFigures(line);
      if (planned && !namesBody(line.slice(planned.start, planned.end), isBody))
        out.push({start: start + planned.start, end: start + planned.end});
      continue;
    }
    if (/:\s*$/.test(text.slice(start, end)) && end < text.length) end = endFrom(end);
    if (!namesBody(text.slice(start, end), isBody)) out.push({start, end});
  }
  return out;
}
