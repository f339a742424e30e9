/**
 * A part that lists each body's duties as a paragraph of its own, unnumbered (四、责任分工 / 消防救援部门负责指导… /
 * 街镇按照…落实属地管理责任。), in a copy that lost its line breaks: the paragraphs run into one text
 * (…实施消防监督检查。街镇按照“党政同责”要求,…), and the reader, which reads each unnumbered paragraph under a heading
 * as an item (items.ts runInParagraphs), would read one item naming every body.
 */
import {looksLikeBody} from "./bodies.js";

/** The word after a body's name that opens its duty: 负责, 按照, 根据, 依法, 指导, 作为, 在, 承担, 牵头, 会同, 配合, 要, 应. */
const DUTY = /^(?:负责|按照|根据|依法|指导|作为|在|承担|牵头|会同|配合|要|应)/;
/** A list of bodies' names ending as a doer's (区发展改革、财政、税务、国资等有关部门, 街道办事处、镇人民政府). */
const DOER_LIST_END = /(?:等(?:有关|相关)?部门|街镇|人民政府|办事处|企业)$/;

/**
 * Whether a sentence opens with a body's name (bodies.ts looksLikeBody, of the whole name or of the last in a list
 * joined by 、) or a list of names ending as a doer's (DOER_LIST_END), followed by its duty's word (DUTY):
 * 消防救援部门负责…, 区发展改革、财政、税务、国资等有关部门在各自职责范围内…, 街道办事处、镇人民政府按照…. Not 区政府明确…
 * (明确 is a task's verb, not a duty's word).
 */
export function opensWithDuty(sentence: string): boolean {
  for (let k = Math.min(60, sentence.length - 2); k >= 2; --k) {
    const name = sentence.slice(0, k);
    if (/[,。;:!?]/.test(name) || !DUTY.test(sentence.slice(k))) continue;
    if (looksLikeBody(name) || looksLikeBody(name.split("、").pop()!) || DOER_LIST_END.test(name)) return true;
  }
  return false;
}

/**
 * The breaks before each body's paragraph in a line being split (normalize.ts restoreBreaks): for each piece of
 * `line` between two of its breaks (`cuts`, offsets in `line` where a restored line begins, in order), when the
 * piece opens with a body's duty (opensWithDuty) and at least two more of its sentences (after 。) do, the offsets
 * before those sentences. A part whose first paragraph opens with a body's duty lists bodies' duties, each body's a
 * paragraph; in a task's paragraph a body's sentence follows the task's own first sentence instead.
 * Where this comes from: the corpus's parts of that shape (test/fixtures/real: 责任分工, 职责分工, 成员单位), each
 * joined: their 17 paragraphs after the first each open a line in the copy with breaks, and no sentence that stands
 * inside a paragraph there opens such a part.
 */
export function dutyParagraphBreaks(line: string, cuts: number[]): number[] {
  const out: number[] = [];
  const bounds = [...cuts, line.length];
  for (let i = 0; i + 1 < bounds.length; ++i) {
    const piece = line.slice(bounds[i], bounds[i + 1]);
    if (!opensWithDuty(piece)) continue;
    const starts: number[] = [];
    for (let p = piece.indexOf("。"); p >= 0 && p + 1 < piece.length; p = piece.indexOf("。", p + 1))
      if (opensWithDuty(piece.slice(p + 1, p + 70))) starts.push(bounds[i] + p + 1);
    if (starts.length >= 2) out.push(...starts);
  }
  return out;
}
