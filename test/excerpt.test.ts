import {describe, expect, test} from "vitest";
import {excerpt} from "../src/lib/excerpt.js";

describe("excerpt", () => {
  test("a text of at most max characters comes back whole, trimmed", () => {
    expect(excerpt(" 鲁汇一村共计 ", 6)).toEqual({text: "鲁汇一村共计", cut: false});
  });
  test("cuts a long text to its start, with … where cut", () => {
    expect(excerpt("一二三四五六七八九十", 4)).toEqual({text: "一二三四…", cut: true});
  });
  test("keep end: the last characters (a subject's words next to its figure)", () => {
    expect(excerpt("355421 10 人均应急避难面积", 8, {keep: "end"})).toEqual({text: "…人均应急避难面积", cut: true});
  });
  test("around: the characters around the figure, … at each end cut", () => {
    const sentence = "甲".repeat(50) + "不少于150条" + "乙".repeat(50);
    const shown = excerpt(sentence, 20, {around: "不少于150条"});
    expect(shown.cut).toBe(true);
    expect(shown.text).toContain("不少于150条");
    expect(shown.text.startsWith("…") && shown.text.endsWith("…")).toBe(true);
    expect(shown.text.length).toBe(22);
  });
  test("around a figure near an end: the window stays inside the text", () => {
    expect(excerpt("达到95%以上" + "乙".repeat(30), 10, {around: "95%以上"})).toEqual({
      text: "达到95%以上乙乙乙…",
      cut: true
    });
    expect(excerpt("甲".repeat(30) + "达到95%", 8, {around: "95%"}).text).toBe("…甲甲甲达到95%");
  });
  test("around text longer than max: its end, where the figure stands", () => {
    expect(excerpt("甲乙" + "丙".repeat(20) + "启动8个" + "丁丁", 6, {around: "丙".repeat(20) + "启动8个"})).toEqual({
      text: "…丙丙启动8个…",
      cut: true
    });
  });
  test("around text it does not hold: the start", () => {
    expect(excerpt("一二三四五六", 3, {around: "九"}).text).toBe("一二三…");
  });
});
