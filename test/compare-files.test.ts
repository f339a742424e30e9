// The compare pages' data files: reference tables' bad rows reported with their file and line (the good rows
// used), the function load of each plan, every plan's items for the lineage page.
import {describe, expect, test} from "vitest";
import {functionLoads, indicatorReference, lineageItems} from "../src/dataFiles/compare-files.js";
import type {PlanSet} from "../src/dataFiles/plan-set.js";
import {parse} from "./plan.js";

const SET: PlanSet = {
  plans: [
    {
      name: "small",
      meta: {},
      text: "",
      model: parse(
        [
          "一、主要任务",
          "(一)加强质量监管。完善监管体系。(牵头单位:市市场监督管理局;配合单位:市民政局)",
          "(二)营造氛围。加强宣传。(责任单位:各县(市、区)人民政府)"
        ].join("\n")
      )
    }
  ],
  failures: [],
  defaultPlan: "small"
};

describe("functionLoads", () => {
  test("every bad row of functions.csv is reported with the file and its line; the good rows are used", () => {
    const csv = [
      "match,function,function_zh,note",
      "市场监督管理,market-regulation,市场监管,",
      ",industry,工业和信息化,",
      "民政,Civil Affairs,民政,",
      "民政,civil-affairs,民政,"
    ].join("\n");
    const data = functionLoads(SET, csv);
    expect(data.problems).toEqual([
      {file: "data/reference/functions.csv", line: 3, message: "empty match"},
      {
        file: "data/reference/functions.csv",
        line: 4,
        message: 'function "Civil Affairs" is not an id (lower-case letters, digits, dashes)'
      }
    ]);
    expect(data.rules).toBe(2);
    expect(data.functions).toEqual([
      {function: "market-regulation", functionZh: "市场监管"},
      {function: "civil-affairs", functionZh: "民政"}
    ]);
    expect(data.loads.map((l) => [l.function, l.departments, l.items, l.lead])).toEqual([
      ["market-regulation", ["市市场监督管理局"], 1, 1],
      ["civil-affairs", ["市民政局"], 1, 0],
      [null, ["各县(市、区)人民政府"], 1, 1]
    ]);
  });

  test("a file without its columns is one problem on line 1 and no load by function", () => {
    const data = functionLoads(SET, "name,fn\nx,y");
    expect(data.problems).toEqual([
      {file: "data/reference/functions.csv", line: 1, message: "missing 4 columns: match, function, function_zh, note"}
    ]);
    expect(data.loads.map((l) => l.function)).toEqual([null]);
  });
});

describe("indicatorReference", () => {
  test("the glossary's and the benchmarks' bad rows, each with its file and line", () => {
    const data = indicatorReference(
      "name,name_en,aliases,direction,limit,note\n森林覆盖率,Forest,,raise,100,\n失业率,x,,lower,,",
      "jurisdiction,level,indicator_zh,indicator_en,kind,year,value,comparator,unit,source,published,note\n中国,nation,森林覆盖率,,target,2025,24.1,>=,%,纲要,2021,\n中国,nation,森林覆盖率,,target,20x5,24.1,>=,%,纲要,2021,"
    );
    expect(data.glossary.map((e) => e.name)).toEqual(["森林覆盖率"]);
    expect(data.benchmarks).toHaveLength(1);
    expect(data.problems).toEqual([
      {file: "data/reference/indicators.csv", line: 3, message: 'direction "lower" is not one of raise, reduce'},
      {file: "data/reference/benchmarks.csv", line: 3, message: 'year "20x5" is not a year'}
    ]);
  });

  test("the shipped reference files have no bad row", () => {
    expect(indicatorReference().problems).toEqual([]);
  });
});

describe("lineageItems", () => {
  test("each plan's items with id, kind, chapter, title and text, in document order", () => {
    expect(lineageItems(SET).plans[0].items.map((i) => [i.id, i.kind, i.chapter, i.title])).toEqual([
      ["T1", "task", 1, "加强质量监管"],
      ["T2", "task", 1, "营造氛围"]
    ]);
  });
});
