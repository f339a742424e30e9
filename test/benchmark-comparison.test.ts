import {describe, expect, test} from "vitest";
import {comparisonContext, comparisonRows, isComparable, sourceTitle} from "../src/lib/benchmarkComparison.js";
import type {MonitoredIndicator} from "../src/lib/monitoring.js";
import type {BenchmarkMatch} from "../src/lib/reference.js";

const benchmark = (level: "nation" | "province", value: number): BenchmarkMatch => ({
  indicator: "I1",
  level,
  jurisdiction: level === "nation" ? "全国" : "陕西省",
  kind: "target",
  year: 2025,
  value,
  comparator: ">=",
  unit: "%",
  source: level === "nation" ? "质量强国建设纲要" : "陕西省方案",
  published: "2023-02",
  note: "",
  nameInSource: "合格率"
});

function indicator(target: Partial<MonitoredIndicator["target"]>, levels: {nation?: number; province?: number} = {}) {
  const side = (level: "nation" | "province") => ({
    alignment: levels[level] === undefined ? null : ("same" as const),
    benchmark: levels[level] === undefined ? null : benchmark(level, levels[level]!)
  });
  return {
    id: "I1",
    name: "合格率",
    nameEn: "Pass rate",
    target: {value: 98, comparator: ">=", cumulative: false, annualAverage: false, ...target},
    nation: side("nation"),
    province: side("province")
  } as unknown as MonitoredIndicator;
}

describe("isComparable", () => {
  test("a level target with a number and a benchmark is comparable", () => {
    expect(isComparable(indicator({}, {nation: 98}))).toBe(true);
    expect(isComparable(indicator({}, {province: 97}))).toBe(true);
  });
  test("without a benchmark, a number, or with a cumulative or annual-average target it is not", () => {
    expect(isComparable(indicator({}))).toBe(false);
    expect(isComparable(indicator({value: null}, {nation: 98}))).toBe(false);
    expect(isComparable(indicator({cumulative: true}, {nation: 98}))).toBe(false);
    expect(isComparable(indicator({annualAverage: true}, {nation: 98}))).toBe(false);
  });
});

describe("comparisonRows", () => {
  test("the plan's target, then the province's and the nation's, with their sources", () => {
    const rows = comparisonRows(
      [indicator({}, {nation: 98, province: 97}), indicator({})],
      "延政发〔2024〕8号",
      (i) => i.id
    );
    expect(rows).toEqual([
      {indicator: "I1", level: "city", value: 98, comparator: ">=", source: "延政发〔2024〕8号"},
      {indicator: "I1", level: "province", value: 97, comparator: ">=", source: "陕西省方案, 2023-02"},
      {indicator: "I1", level: "nation", value: 98, comparator: ">=", source: "质量强国建设纲要, 2023-02"}
    ]);
  });
});

describe("comparisonContext", () => {
  const withYear = (year: number | null, levels: {nation?: number; province?: number} = {}) =>
    ({...indicator({}, levels), year}) as MonitoredIndicator;
  test("names the year of the plan's table and the documents and provinces of its own benchmarks", () => {
    const context = comparisonContext([withYear(2030, {nation: 98, province: 97}), withYear(2030)], {targetYear: 2025});
    expect(context).toEqual({year: 2030, nation: ["质量强国建设纲要"], province: ["陕西省"]});
  });
  test("the year most rows give, else the plan's target year, else none", () => {
    expect(comparisonContext([withYear(2027), withYear(2030), withYear(2030)], {targetYear: null}).year).toBe(2030);
    expect(comparisonContext([withYear(null)], {targetYear: 2035}).year).toBe(2035);
    expect(comparisonContext([], {targetYear: null}).year).toBeNull();
  });
  test("with no benchmark matched it names none (never another plan's)", () => {
    expect(comparisonContext([withYear(2025)], {targetYear: 2025})).toEqual({year: 2025, nation: [], province: []});
  });
});

describe("sourceTitle", () => {
  test("the last 《…》 of a source, else the source", () => {
    expect(sourceTitle("中共中央 国务院《质量强国建设纲要》")).toBe("《质量强国建设纲要》");
    expect(sourceTitle("中国质量报《我国制造业质量竞争力指数达到85.21》(市场监管总局统计监测数据)")).toBe(
      "《我国制造业质量竞争力指数达到85.21》"
    );
    expect(sourceTitle(" 某省方案 ")).toBe("某省方案");
  });
});
