/**
 * A figure that is a criterion of a definition: it says what a term covers, a scope, not a goal the plan sets
 * (targets.ts leaves such figures out). Three forms, as plans write them:
 * - a bracket after a term that ends with 的, the things the term covers: 三类大件运输(车货总高度从地面算起超过4.5米,
 *   或者总宽度超过3.75米,或者总长度超过28米…的);
 * - thresholds given as alternatives, joined by 或者 (or by a comma and 或): 超过4.5米,或者总宽度超过3.75米 (a goal is
 *   one level to reach, criteria are any of several);
 * - a clause that a defining verb opens in the same sentence: …车辆,是指车货总质量超过49吨的车辆 (是指, 系指, 即指, or 指
 *   opening a clause; 指导, 指标, 指出 … are no such verb).
 * The text is the matched shadow (normalize.ts: full-width brackets and commas folded to ( ) ,).
 */

/** Words of a strict threshold before a figure (超过4.5米, 低于10吨), not a bound (不超过 is a rule's ceiling). */
const THRESHOLD_BEFORE = /(?<!不|不得)(?:超过|大于|高于|低于|小于|不足|少于)\s*$/;
/** …or after it (20吨以上, 3米以下). */
const THRESHOLD_AFTER = /^[^,。;:、\d]{0,4}?(?:以上|以下)/;
/** Another threshold joined to this one as an alternative: 或者 / ,或 then a figure with its threshold word. */
const ALTERNATIVE_AFTER =
  /^[^。;]{0,12}?(?:或者|,\s*或)[^。;\d]{0,16}?(?:(?:超过|大于|高于|低于|小于|不足|少于)\s*\d|\d+(?:\.\d+)?\s*[^,。;:、\d]{0,4}?(?:以上|以下))/;
const ALTERNATIVE_BEFORE =
  /(?:(?:超过|大于|高于|低于|小于|不足|少于)\s*\d+(?:\.\d+)?[^,。;\d]{0,4}|以上|以下)[^。;\d]{0,4}?(?:或者|,\s*或)[^。;\d]{0,16}?$/;
/** A verb that defines (是指, 系指, 即指, or 指 opening a clause), not 指导, 指标, 指出, 指挥 …. */
const DEFINES = /(?:是指|系指|即指|(?:^|[,:(])\s*指)(?![导标出挥定引南示令向明数纹尖])/;

/** Where the sentence around a position begins and ends: after the last 。;\n before it, at the first after it. */
function sentence(text: string, i: number, end: number): [number, number] {
  let a = i;
  while (a > 0 && !"。;\n".includes(text[a - 1])) --a;
  let b = end;
  while (b < text.length && !"。;\n".includes(text[b])) ++b;
  return [a, b];
}

/**
 * Whether the figure at text[i, end) (its number and unit) is a criterion of a definition (see above): inside a
 * bracket whose words end with 的, one of thresholds joined by 或者, or after a defining verb in its sentence.
 */
export function definesScope(text: string, i: number, end: number): boolean {
  const [from, to] = sentence(text, i, end);
  // In a bracket that closes with 的: the last ( before the figure in its sentence, not closed before it.
  const open = text.lastIndexOf("(", i - 1);
  if (open >= from) {
    const close = text.indexOf(")", open);
    if (close >= end && close <= to) {
      const inner = text.slice(end, close);
      if (!inner.includes("(") && /的\s*$/.test(inner)) return true;
    }
  }
  // A strict threshold with another joined to it by 或者.
  const before = text.slice(Math.max(from, i - 40), i);
  const after = text.slice(end, to);
  if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after))
    if (ALTERNATIVE_AFTER.test(after) || ALTERNATIVE_BEFORE.test(before.replace(THRESHOLD_BEFORE, ""))) return true;
  // After a defining verb in the same sentence.
  return DEFINES.test(text.slice(from, i));
}
