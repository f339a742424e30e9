/**
 * textDiffView(segments, options): two texts side by side with their differences marked (a parent plan's item and
 * the child's): the parent's text with what the child removed struck through, the child's with what it added
 * underlined, the kept text plain. On a narrow screen the two stack (CSS .text-diff).
 *
 *   textDiffView(textDiff(parent.text, child.text), {headings: ["A T3 …", "B T2 …"]})
 *
 * segments: {op: "=" | "-" | "+", text} (textDiff of src/lib/compare/textDiff.ts); options.document for jsdom.
 * Returns a <div class="text-diff">.
 */
import {elementMaker} from "./element.js";

export interface DiffSegmentRow {
  op: "=" | "-" | "+";
  text: string;
}

export function textDiffView(
  segments: DiffSegmentRow[],
  {headings = ["A", "B"], document = globalThis.document}: {headings?: string[]; document?: Document} = {}
): HTMLElement {
  const el = elementMaker(document);
  const side = (keep: "-" | "+", heading: string, name: string) =>
    el(
      "div",
      {class: "text-diff-side", "data-side": name},
      el("div", {class: "text-diff-head"}, heading),
      el(
        "p",
        {},
        ...segments
          .filter((s) => s.op === "=" || s.op === keep)
          .map((s) => (s.op === "=" ? s.text : el(keep === "-" ? "del" : "ins", {}, s.text)))
      )
    );
  return el("div", {class: "text-diff"}, side("-", headings[0], "parent"), side("+", headings[1], "child"));
}
