import {describe, expect, test} from "vitest";
import {chineseNumeral} from "../src/lib/numerals.js";
import {tableCells} from "../src/lib/reader/outline.js";
import {parse} from "./plan.js";

describe("chineseNumeral", () => {
  test("reads task numbers 一 to 三十 and beyond", () => {
    expect(["一", "九", "十", "十一", "二十", "二十一", "三十", "九十九", "一百"].map(chineseNumeral)).toEqual([
      1, 9, 10, 11, 20, 21, 30, 99, 100
    ]);
    expect(chineseNumeral("甲")).toBeNull();
  });
});

describe("tableCells", () => {
  test("splits | and tab rows and drops the closing empty cell", () => {
    expect(tableCells("1 | 甲(%) | 3 | 预期性 |")).toEqual(["1", "甲(%)", "3", "预期性"]);
    expect(tableCells("1\t甲(%)\t3\t预期性")).toEqual(["1", "甲(%)", "3", "预期性"]);
  });
  test("a line with one | is not a row", () => {
    expect(tableCells("——开展行动。(责任单位:市市场监管局) |")).toBeNull();
  });
});

describe("plan structure", () => {
  const PLAN = [
    "一、主要任务",
    "(一)甲任务。内容。(市发改委牵头,市科技局按职责分工负责)",
    "专栏1 重点行动 |",
    "——开展甲行动。培育企业5家。(责任单位:市科技局) ——开展乙行动。内容。(责任单位:市商务局) |",
    "二、保障",
    "(二)乙任务。内容。(市商务局负责)"
  ].join("\n");

  test("a 专栏 box with several —— actions on one line gives one action each", () => {
    const m = parse(PLAN);
    expect(m.items.map((i) => `${i.id}:${i.title}`)).toEqual([
      "T1:甲任务",
      "A1.1:开展甲行动",
      "A1.2:开展乙行动",
      "T2:乙任务"
    ]);
    expect(m.targets.map((t) => t.id)).toEqual(["A1.1-1"]);
  });
  test("one action per line reads the same", () => {
    const split = parse(PLAN.replace(" ——开展乙行动", "\n——开展乙行动"));
    expect(split.items.map((i) => [i.id, i.text, i.clause])).toEqual(
      parse(PLAN).items.map((i) => [i.id, i.text, i.clause])
    );
  });
  test("a hard-wrapped task reads as one", () => {
    const wrapped = parse("一、主要任务\n(一)甲任务。内容很长\n需要换行。(市发改委\n牵头)");
    expect(wrapped.items[0]).toMatchObject({text: "甲任务。内容很长需要换行。", clause: "市发改委牵头"});
    expect(wrapped.responsibilities).toEqual([
      expect.objectContaining({department: "市发展和改革委员会", role: "lead"})
    ]);
  });
  test("a numbering gap is reported", () => {
    const m = parse("一、甲\n(一)甲。(市发改委负责)\n(三)丙。(市发改委负责)\n三、丙");
    expect(m.warnings.map((w) => [w.line, w.code])).toEqual([
      [3, "numbering"],
      [4, "numbering"]
    ]);
    expect(m.warnings[0].message).toBe("numbering gap: (三) after (一)");
  });
  test("a repeated number keeps both items with distinct ids", () => {
    const m = parse("(一)甲。(市发改委负责)\n(一)甲。(市发改委负责)");
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T1#2"]);
    expect(m.warnings.map((w) => w.message)).toContain("(一) appears twice");
  });
  test("a task without a clause and an unknown department are reported", () => {
    const m = parse("(一)甲任务。\n(二)乙任务。(市新设局负责)");
    expect(m.warnings.map((w) => [w.line, w.code])).toEqual([
      [1, "no-clause"],
      [2, "unknown-department"]
    ]);
    // Not in the reference: kept as written, its kind read from the form of its name (a 市…局 is a municipal department).
    expect(m.departments).toEqual([
      expect.objectContaining({name: "市新设局", known: false, kind: "municipal-department"})
    ]);
  });
  test("empty text, noise and HTML return the model's shape with warnings", () => {
    expect(parse("").warnings.map((w) => w.code)).toEqual(["empty"]);
    expect(parse(new Uint8Array([0, 1, 2, 255, 254, 0])).warnings.map((w) => w.code)).toContain("not-text");
    const html = parse("<html><body><p>一、任务</p><p>(一)甲任务。(市发改委负责)</p></body></html>");
    expect(html.items.map((i) => i.id)).toEqual(["T1"]);
    expect(html.warnings.map((w) => w.code)).toContain("html");
  });
});
