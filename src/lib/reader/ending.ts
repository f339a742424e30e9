/**
 * The plan's ending: the formulas that close a plan's text after its last numbered line and before its signature
 * (本方案自印发之日起施行, 本意见自2024年7月1日起施行,有效期至2029年6月30日, 本方案由市发改委负责解释, 《…》同时废止,
 * 以上意见如无不妥,请批转各地、各部门贯彻执行, 特此通知). They say when and how the plan applies, not what anyone does:
 * never part of the last item's text or clause (outline.ts sets their lines aside; items.ts cuts one glued onto the
 * last item's own line), and no part of the body the reading report measures.
 */

/** The plan itself, as its ending names it: 本方案, 本实施意见, 本行动计划, 本办法 …. */
const THIS_PLAN =
  "本[\\u4e00-\\u9fff]{0,6}?(?:方案|意见|办法|细则|计划|通知|规定|要点|措施|规划|决定|规则|指引|指南|清单|纲要)";

/**
 * One sentence of an ending (its stop left out), whole: when the plan applies (本方案自印发之日起施行, …起实施,有效期
 * 至…), for how long (本方案有效期5年), who interprets it (本方案由市发改委负责解释), what it repeals (《…》同时废止), a
 * report's request to its superior (以上意见如无不妥,请批转…贯彻执行), a notice's close (特此通知, 请认真贯彻执行), and
 * the plan's precedence (此前规定与本方案不一致的,以本方案为准).
 */
const ENDING_SENTENCE = new RegExp(
  [
    `^${THIS_PLAN}[^。;]{0,30}?(?:自|从|于)[^。;]{0,30}?(?:起|之日)[^。;]{0,4}?(?:施行|实施|执行|生效)(?:,[^。;]{0,40})?$`,
    `^${THIS_PLAN}[^。;]{0,30}?有效期[^。;]{0,40}$`,
    `^${THIS_PLAN}[^。;]{0,40}?(?:负责)?解释$`,
    `^[^。;]{2,120}?(?:同时|自行|即行)(?:废止|停止执行|不再执行)$`,
    `^以上[^。;]{0,10}?(?:如无不妥|如无不当|如同意)[^。;]{0,50}$`,
    `^(?:特此通知|请(?:认真)?(?:遵照|贯彻)?(?:执行|落实|贯彻执行|贯彻落实|遵照执行))$`,
    `^[^。;]{0,40}?与${THIS_PLAN}不一致的,以${THIS_PLAN}为准$`
  ].join("|")
);

/** The sentences of a text with their [start, end) (stop included), blanks at either end left out. */
function sentences(text: string): {start: number; end: number; own: string}[] {
  const out: {start: number; end: number; own: string}[] = [];
  const re = /[^。;!?]+[。;!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const own = m[0].replace(/[。;!?\s]+$/, "").trim();
    if (own) out.push({start: m.index, end: m.index + m[0].length, own});
  }
  return out;
}

/**
 * Whether a line (in the shadow: full-width commas folded, 。 kept) is an ending line: every sentence of it is an
 * ending's (ENDING_SENTENCE). `本实施方案自2022年1月1日起施行。《…》(崇府办发〔2008〕28号)同时废止。` → true;
 * `各区要认真贯彻执行本方案。` → false.
 */
export function isEndingLine(line: string): boolean {
  const all = sentences(line);
  return all.length > 0 && all.every((s) => ENDING_SENTENCE.test(s.own));
}

/**
 * Where a trailing run of ending sentences begins in a text (the last item's own line: …落实到位。本方案自印发之日起
 * 施行。 → the offset of 本; after an item's clause too: …(责任单位:市发展改革委)本方案自印发之日起施行。), or -1
 * when the text does not end with one. Never 0: a text that is all ending is an ending line (isEndingLine).
 */
export function endingTail(text: string): number {
  // Where a sentence may begin: after a stop or a closing bracket, in the last 300 characters.
  for (let at = Math.max(1, text.length - 300); at < text.length; ++at) {
    if (/[\s。;!?)]/.test(text[at])) continue;
    let before = at - 1;
    while (before > 0 && /\s/.test(text[before])) --before;
    if (!/[。;!?)]/.test(text[before])) continue;
    if (isEndingLine(text.slice(at))) return at;
  }
  return -1;
}
