import {describe, expect, test} from "vitest";
import {attachmentLists} from "../src/lib/reader/attachmentLists.js";

/** The lists of a text whose lines, from the first 附件 on, are all attachments' lines no table holds. */
function lists(text: string) {
  const lines = text.split("\n").map((t) => t.trim());
  const from = lines.findIndex((t) => t.startsWith("附件"));
  const attached = lines.map((_, i) => i).filter((i) => i >= from);
  return attachmentLists(lines, attached).map((l) => ({
    attachment: l.attachment,
    caption: l.caption.map((i) => lines[i]),
    entries: l.entries.map(
      (e) => `${e.marker.number}:${lines[e.line].slice(e.marker.length, e.marker.length + 4)}+${e.continuation.length}`
    )
  }));
}

describe("attachmentLists", () => {
  test("reads a caption and a numbered list of paragraphs as the attachment's entries", () => {
    expect(lists("附件\n\n示范场景\n\n1.简政提效:深化改革。新增6个。\n\n2.协同联建:推进互联。持续推进。\n")).toEqual([
      {attachment: 1, caption: ["示范场景"], entries: ["1:简政提效+0", "2:协同联建+0"]}
    ]);
  });
  test("numbers each attachment by its line (附件2), and a caption after 附件1: is the caption", () => {
    expect(lists("附件2:重点场景\n(一)甲场景。推进甲。\n(二)乙场景。推进乙。\n")).toEqual([
      {attachment: 2, caption: ["附件2:重点场景"], entries: ["1:甲场景。+0", "2:乙场景。+0"]}
    ]);
  });
  test("lines that are not numbered after an entry continue it (a wrapped paragraph)", () => {
    expect(lists("附件\n1.甲场景。推进甲,\n完成建设。\n2.乙场景。推进乙。\n")).toEqual([
      {attachment: 1, caption: [], entries: ["1:甲场景。+1", "2:乙场景。+0"]}
    ]);
  });
  test("the list of attachments' titles after the body is none: titles, not sentences", () => {
    expect(lists("附件:1.成员单位工作任务清单\n2.目标任务分解表\n3.推进工作指标\n")).toEqual([]);
    expect(lists("附件:\n1.成员单位工作任务清单\n2.目标任务分解表\n")).toEqual([]);
  });
  test("an attached document with an outline of its own is none: several forms, headings, a paragraph before", () => {
    expect(
      lists(
        "附件2\n某方案\n为加强管理,制定本方案。\n一、指导思想\n全面贯彻。\n二、基本原则\n(一)坚持领导。建立体系。\n"
      )
    ).toEqual([]);
    expect(lists("附件\n一、甲。推进。\n(一)乙。推进。\n二、丙。推进。\n")).toEqual([]);
  });
  test("a list with a gap in its numbering, or of one entry, is none", () => {
    expect(lists("附件\n1.甲场景。推进甲。\n3.乙场景。推进乙。\n")).toEqual([]);
    expect(lists("附件\n1.甲场景。推进甲。\n")).toEqual([]);
  });
});
