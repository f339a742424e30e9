import {describe, expect, test} from "vitest";
import {glossSpans, withoutGlosses} from "../src/lib/reader/glosses.js";

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
