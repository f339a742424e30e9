import {describe, expect, test} from "vitest";
import {glossSpans, withoutGlosses} from "../src/lib/reader/glosses.js";
import {readMarker} from "../src/lib/reader/numbering.js";
import {parse} from "./plan.js";

describe("glossSpans", () => {
  test("finds a one-syllable pinyin bracket after a character, with tone marks or a digit", () => {
    expect(glossSpans("重點(diǎn)工作")).toEqual([[2, 8]]);
    expect(glossSpans("號(hao4)")).toEqual([[1, 7]]);
  });
  test("a bracket of names, years or Latin words after a character is no gloss", () => {
    expect(glossSpans("(市发改委牵头)")).toEqual([]);
    expect(glossSpans("方案(2023—2025年)")).toEqual([]);
    expect(glossSpans("生产总值(GDP)")).toEqual([]);
  });
});

describe("withoutGlosses", () => {
  test("cuts every gloss and keeps the characters", () => {
    expect(withoutGlosses("經(jīng)濟(jì)改革發(fā)展")).toBe("經濟改革發展");
  });
  test("cuts another text of the same length at the spans found in its shadow", () => {
    const shadow = "经(jīng)济";
    expect(withoutGlosses("經(jīng)濟", glossSpans(shadow))).toBe("經濟");
  });
});

describe("readMarker through glosses", () => {
  test("readMarker(line) reads a numeral a repost glossed with its pinyin, the gloss counted in the marker", () => {
    expect(readMarker("一(yī)、实施创新驱动发展战略")).toMatchObject({style: "cn", number: 1, length: 6});
    expect(readMarker("第三(sān)章 保障措施")).toMatchObject({style: "chapter", number: 3, length: 9});
    expect(readMarker("(二(èr))推进工作")).toMatchObject({style: "paren-cn", number: 2, length: 7});
  });
  test("readMarker(line) leaves glosses after the marker to the text, and a line with no marker stays unnumbered", () => {
    expect(readMarker("1.重(zhòng)点任务")).toMatchObject({style: "arabic", number: 1, length: 2});
    expect(readMarker("重(zhòng)点任务")).toBeNull();
  });
  test("a glossed chapter numeral opens its chapter: the items under it are the chapter's", () => {
    const m = parse(
      "某市2023年重点工作任务\n一(yī)、实施创新驱动发展战略\n1.建设实验室。(牵头单位:市科技局)\n二(èr)、扩大开放\n1.稳外贸。(牵头单位:市商务局)\n"
    );
    expect(m.chapters.map((c) => c.title)).toEqual(["实施创新驱动发展战略", "扩大开放"]);
    expect(m.items.map((i) => i.id)).toEqual(["T1.1", "T2.1"]);
  });
});
