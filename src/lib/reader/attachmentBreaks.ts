/**
 * An attachment's label run on after the plan's last sentence, in a copy that lost its line breaks: `…凝聚行业共建合力。
 * 附件示范场景1.简政提效:…。2.…` (附件 / 示范场景 / 1.…, the attachment's list, attachmentLists.ts) and
 * `…支持其申请国家级零碳园区验收。附件:1.上海市零碳园区建设基本条件2.…` (附件: / 1.…, the list of the attachments'
 * titles). Its label, its caption and its first entry are lines of their own in the copy with breaks; joined, the
 * attachment's 1. would be read as a list under the plan's last item, or not found at all after its caption.
 */
import {readMarker} from "./numbering.js";

/**
 * The label (附件, 附件2, 附件:), after a sentence's end (。 ! ? ;), then at most 30 characters of a caption with no
 * stop, comma or bracket in it (示范场景, 重点项目清单), then the attachment's first marker.
 */
const GLUED_ATTACHMENT = /(?<=[。!?;])(附件\s*\d{0,2}\s*:?)([^。,;:!?、()《》“”\d]{0,30}?)(?=[(\d一①⑴⒈㈠])/g;

/**
 * Where an attachment's label glued after a sentence's end stands in a line that lost its breaks: the offsets in
 * `line` before the label, after it (before its caption, when it has one) and before the first entry of its list
 * (its marker numbered 1: 1., 一、, (一) …, read by readMarker), in order. The outline starts again there, as after a
 * signature (normalize.ts restoreBreaks). None where the label is a sentence's word (详见附件1, 附件1、2所列…) or no
 * entry numbered 1 follows its caption.
 */
export function attachmentBreaks(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(GLUED_ATTACHMENT)) {
    const [whole, label, caption] = m;
    const first = m.index! + whole.length;
    const marker = readMarker(line.slice(first, first + 12));
    if (!marker || marker.number !== 1) continue;
    out.push(m.index!, m.index! + label.length);
    if (caption) out.push(first);
  }
  return out;
}
