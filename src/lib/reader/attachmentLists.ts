/**
 * Numbered lists in attachments: an attachment that is no table but a caption and a numbered list of paragraphs
 * (附件 / 示范场景 / 1.简政提效:深化行政审批改革集成增效。持续推进… / 2.…), whose entries are items of the plan.
 *
 * An attachment runs from its line (附件, 附件2, 附件1:示范场景) to the next one. It holds a list when, leaving out the
 * lines of its tables:
 * - at most three caption lines stand before its first numbered line, none a sentence (示范场景, …重点项目清单);
 * - its numbered lines take one form (1. or (一) …), numbered 1, 2, 3 … with no gap, at least two of them;
 * - each numbered line holds a sentence (。 or ;): an entry with its own text, not a heading;
 * - the lines after an entry that are not numbered continue it (a paragraph wrapped by a PDF's layout).
 * Not a list: the list of attachments' titles after the body (附件:1.…清单 / 2.…分解表: titles, no sentence), and an
 * attached document with an outline of its own (一、指导思想 / (一)… : several forms, headings without a sentence).
 */
import {type Marker, readMarker} from "./numbering.js";

export interface AttachmentEntry {
  /** The entry's first line (0-based) and its marker. */
  line: number;
  marker: Marker;
  /** The lines after it that continue its text (0-based). */
  continuation: number[];
}

export interface AttachmentList {
  /** The attachment's number: 附件2 → 2; an unnumbered 附件 takes its place among the attachments (1 for the first). */
  attachment: number;
  /** The attachment's caption lines above the list (0-based), and the text after 附件1: on its own line, if any. */
  caption: number[];
  entries: AttachmentEntry[];
}

/** A line that opens an attachment: 附件, 附件2, 附件:, 附件1:示范场景 (the text after the colon is its caption). */
const ATTACHMENT_LINE = /^附件\s*(\d{0,2})\s*(?:[::]\s*(.*))?$/;
const SENTENCE = /[。;;]/;
const MAX_CAPTION = 3;

/**
 * The numbered lists of the attachments. `lines` are the text's trimmed lines; `attached` the indices (0-based, in
 * order) of the attachments' lines that no table holds, from the first 附件 line on. Linear in their number.
 */
export function attachmentLists(lines: string[], attached: number[]): AttachmentList[] {
  const sections = attachmentSections(lines, attached);
  const lists: AttachmentList[] = [];
  let ordinal = 0;
  for (const s of sections) {
    if (s.titles) continue;
    ++ordinal;
    const list = readList(lines, s.lines);
    if (!list) continue;
    const inline = (ATTACHMENT_LINE.exec(lines[s.head])?.[2] ?? "").trim();
    lists.push({
      attachment: s.number ?? ordinal,
      caption: inline ? [s.head, ...list.caption] : list.caption,
      entries: list.entries
    });
  }
  return lists;
}

export interface AttachmentSection {
  /** The attachment's number (附件2 → 2), or null for an unnumbered 附件. */
  number: number | null;
  /** True for the list of the attachments' titles (附件:1.…清单), which is no attachment. */
  titles: boolean;
  /** Its 附件 line and the lines after it up to the next (0-based, among `attached`). */
  head: number;
  lines: number[];
}

/**
 * The attachments, each from its line (附件, 附件2, 附件1:示范场景) to the next, among `attached` (the attachments'
 * lines no table holds, in order). An unnumbered one takes its place among those that are no list of titles.
 */
export function attachmentSections(lines: string[], attached: number[]): AttachmentSection[] {
  const sections: AttachmentSection[] = [];
  for (const i of attached) {
    const m = ATTACHMENT_LINE.exec(lines[i]);
    if (m) {
      // 附件:1.…清单 lists the attachments' titles; 附件1:示范场景 names its attachment.
      const after = (m[2] ?? "").trim();
      sections.push({
        number: m[1] ? +m[1] : null,
        titles: after !== "" && readMarker(after) !== null,
        head: i,
        lines: []
      });
    } else if (sections.length) sections[sections.length - 1].lines.push(i);
  }
  return sections;
}

function readList(lines: string[], own: number[]): {caption: number[]; entries: AttachmentEntry[]} | null {
  const caption: number[] = [];
  const entries: AttachmentEntry[] = [];
  for (const i of own) {
    const t = lines[i];
    if (!t) continue;
    const marker = readMarker(t);
    if (marker) {
      const previous = entries[entries.length - 1];
      if (
        previous
          ? marker.style !== previous.marker.style || marker.number !== previous.marker.number + 1
          : marker.number !== 1
      )
        return null;
      if (!SENTENCE.test(t.slice(marker.length))) return null;
      entries.push({line: i, marker, continuation: []});
    } else if (entries.length) entries[entries.length - 1].continuation.push(i);
    else if (caption.length >= MAX_CAPTION || SENTENCE.test(t)) return null;
    else caption.push(i);
  }
  return entries.length >= 2 ? {caption, entries} : null;
}
