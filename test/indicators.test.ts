import {describe, expect, test} from "vitest";
import {indicatorColumns, notePeriod, readTargetCell, splitUnit} from "../src/lib/reader/indicators.js";
import {parse} from "./plan.js";

describe("readTargetCell", () => {
  test("a plain number is the level", () => {
    expect(readTargetCell("86", null)).toMatchObject({
      value: 86,
      comparator: "=",
      cumulative: false,
      annualAverage: false
    });
  });
  test("≥ and 以上 mean at least, ≤ and 以下 at most", () => {
    expect(readTargetCell("≥98", null).comparator).toBe(">=");
    expect(readTargetCell("98以上", null).comparator).toBe(">=");
    expect(readTargetCell("≤0.5", null)).toMatchObject({comparator: "<=", value: 0.5});
    expect(readTargetCell("10以下", null).comparator).toBe("<=");
  });
  test("[x] is cumulative over the period of the note", () => {
    const period = {from: 2021, to: 2025, label: "十四五"};
    expect(readTargetCell("[10]", period)).toMatchObject({value: 10, cumulative: true, period});
  });
  test("x年均 is an annual average", () => {
    expect(readTargetCell("6.5年均", null)).toMatchObject({value: 6.5, annualAverage: true});
  });
  test("a cell with no number has a null value", () => {
    expect(readTargetCell("稳步提升", null).value).toBeNull();
  });
  test("＞ and 大于 mean strictly more, ＜ and 低于 strictly less", () => {
    expect(readTargetCell("＞1.7", null)).toMatchObject({comparator: ">", value: 1.7});
    expect(readTargetCell("大于90", null).comparator).toBe(">");
    expect(readTargetCell("＜5", null)).toMatchObject({comparator: "<", value: 5});
  });
  test("a cell of words names when, not how much: its years and dates are no value", () => {
    expect(readTargetCell("至2026年底，全面启动改造项目；2027年全面完成前期改造", null).value).toBeNull();
    expect(readTargetCell("2027年6月前完成8个", null).value).toBe(8);
  });
});

describe("notePeriod", () => {
  test("“十四五” is 2021–2025, “十三五” 2016–2020, “十五五” 2026–2030", () => {
    expect(notePeriod("注:[]为“十四五”期间累计数。")).toEqual({from: 2021, to: 2025, label: "十四五"});
    expect(notePeriod("注:十三五累计")).toMatchObject({from: 2016, to: 2020});
    expect(notePeriod("注:十五五累计")).toMatchObject({from: 2026, to: 2030});
  });
  test("years written out give the period", () => {
    expect(notePeriod("注:[]为2021-2025年累计数")).toMatchObject({from: 2021, to: 2025});
  });
});

describe("indicatorColumns", () => {
  test("a row whose cells are sentences is no header, though they name 指标 and 目标 (a task table's row)", () => {
    expect(
      indicatorColumns(["47", "加强对重点用能单位节能目标责任考核引导,推进企业光伏发电的用能指标减免", "市发展改革委"])
    ).toBeNull();
  });
  test("finds name, target year, attribute and sequence columns", () => {
    expect(indicatorColumns(["序号", "指标名称", "2025年", "属性"])).toMatchObject({
      seq: 0,
      name: 1,
      target: 2,
      attribute: 3,
      targetYear: 2025,
      baseline: -1,
      baselineYear: null
    });
  });
  test("an earlier year column is the baseline", () => {
    expect(indicatorColumns(["指标", "单位", "2020年(基期)", "2025年", "属性"])).toMatchObject({
      unit: 1,
      baseline: 2,
      baselineYear: 2020,
      target: 3,
      targetYear: 2025
    });
  });
  test("a column labelled by a five-year-plan period is dated by the period's last year", () => {
    expect(indicatorColumns(["序号", "指标", "属性", "“十四五”完成值", "“十五五”目标值"])).toMatchObject({
      target: 4,
      targetYear: 2030,
      baseline: 3,
      baselineYear: 2025
    });
  });
  test("of 一级指标 and 二级指标, the indicator is the finer level's", () => {
    expect(indicatorColumns(["序号", "一级指标", "二级指标", "单位", "2030年目标"])).toMatchObject({name: 2});
  });
  test("a header without 指标 is not an indicator table", () => {
    expect(indicatorColumns(["序号", "项目", "金额"])).toBeNull();
  });
});

describe("splitUnit", () => {
  test("takes the unit from the name's last parenthetical", () => {
    expect(splitUnit("每万人口有效发明专利拥有量(件)")).toEqual({name: "每万人口有效发明专利拥有量", unit: "件"});
    expect(splitUnit("制造业质量竞争力指数")).toEqual({name: "制造业质量竞争力指数", unit: null});
  });
});

describe("indicator tables in a plan", () => {
  test("a table with a baseline column gives baseline values and the baseline year", () => {
    const m = parse(
      "专栏1 主要指标\n序号|指标名称|单位|2020年|2025年|属性|\n1|合格率|%|95|≥98|约束性|\n2|奖项|个|1|[3]|预期性|\n注:[]为“十四五”期间累计数。\n"
    );
    expect(m.document).toMatchObject({targetYear: 2025, baselineYear: 2020});
    expect(m.indicators.map((i) => [i.id, i.unit, i.baseline, i.target.value, i.attribute])).toEqual([
      ["I1", "%", {value: 95, year: 2020, raw: "95"}, 98, "binding"],
      ["I2", "个", {value: 1, year: 2020, raw: "1"}, 3, "expected"]
    ]);
    expect(m.indicators[1].target.period).toMatchObject({from: 2021, to: 2025});
  });
  test("a row that does not parse is reported with its line and the others are kept", () => {
    const m = parse("序号|指标名称|2025年|属性\n1|甲(%)|5|预期性\n2||7|预期性\n3|乙(个)|9|约束性\n");
    expect(m.indicators.map((i) => i.id)).toEqual(["I1", "I3"]);
    expect(m.warnings).toEqual([expect.objectContaining({line: 3, code: "table-row"})]);
  });
  test("a cumulative value without a note is kept and reported", () => {
    const m = parse("序号|指标名称|2025年|属性\n1|甲(%)|[5]|预期性\n");
    expect(m.indicators[0].target).toMatchObject({cumulative: true, period: null, value: 5});
    expect(m.warnings.map((w) => w.code)).toEqual(["indicator"]);
  });
});
