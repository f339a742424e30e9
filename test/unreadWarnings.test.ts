import {describe, expect, test} from "vitest";
import {parse} from "./plan.js";

describe("warnings of what is not read", () => {
  test("lines of the attachments that no table holds are a warning, not only a count in the reading report", () => {
    const m = parse(
      "一、任务\n(一)推进建设。(责任单位:区建设管理委)\n附件\n某区重点任务清单\n一段没有表格的说明文字。\n另一段说明。\n"
    );
    expect(m.coverage.attachmentLinesNotRead).toEqual([4, 5, 6]);
    expect(m.warnings.filter((w) => w.code === "attachment").map((w) => w.line)).toEqual([4]);
  });
  test("items without a clause: one warning each when the plan has clauses anywhere, its task tables included", () => {
    const m = parse(
      "一、任务\n(一)推进建设。加快推进。\n(二)完善机制。健全机制。\n附件\n序号\n工作任务\n推进单位\n1\n推进甲地区更新。\n区规划资源局\n2\n推进乙地区研究。\n区建设管理委\n"
    );
    expect(m.warnings.filter((w) => w.code === "no-clause").map((w) => w.message)).toEqual([
      "T1 has no responsibility clause",
      "T2 has no responsibility clause"
    ]);
  });
  test("items without a clause in a plan with none: one warning for them all", () => {
    const m = parse("一、任务\n(一)推进建设。加快推进。\n(二)完善机制。健全机制。\n");
    expect(m.warnings.filter((w) => w.code === "no-clause").map((w) => w.message)).toEqual([
      "no item has a responsibility clause (2 items): who does what is read only from bodies named in their text"
    ]);
  });
});
