// Indicators across plans as the compare page shows them: benchmark targets as TargetSpecs, the groups with their
// national and provincial figures, the verdicts of plan pairs and of plans against benchmarks, and the order.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {compareIndicators, indicatorFigures} from "../src/lib/compare/indicatorComparison.js";
import {benchmarkSpec, planTargetSpecs, type TargetSpec} from "../src/lib/compare/targetSpec.js";
import {type Benchmark, parseBenchmarks, parseIndicatorGlossary} from "../src/lib/reference.js";
import {YANAN} from "./plan.js";
import {targetSpec} from "./targetSpecs.js";

const glossary = parseIndicatorGlossary(
  [
    "name,name_en,aliases,direction,limit,note",
    "食品评价性抽检合格率,Food pass rate,食品抽检合格率,raise,100,",
    "城镇登记失业率,Unemployment,,reduce,100,",
    "中等及以上农村公路占比,Roads,,raise,100,"
  ].join("\n")
).entries;

const bench = (over: Partial<Benchmark> = {}): Benchmark => ({
  jurisdiction: "中国",
  level: "nation",
  indicatorZh: "食品抽检合格率",
  indicatorEn: "",
  kind: "target",
  year: 2025,
  value: 98,
  comparator: ">=",
  unit: "%",
  source: "《质量强国建设纲要》",
  published: "2023-02",
  note: "",
  ...over
});

const spec = (plan: string, name: string, over: Partial<TargetSpec> = {}): TargetSpec =>
  targetSpec(plan, name, {id: `${plan}-1`, value: 98, ...over});

describe("benchmarkSpec", () => {
  test("a benchmark target: the jurisdiction as plan, level and year as id, comparator, value and unit as raw", () => {
    expect(benchmarkSpec(bench())).toEqual({
      plan: "中国",
      id: "nation-2025",
      from: "benchmark",
      name: "食品抽检合格率",
      value: 98,
      unit: "%",
      comparator: ">=",
      year: 2025,
      attribute: null,
      cumulative: false,
      period: null,
      annualAverage: false,
      raw: "≥98%"
    });
    // An index without a unit: unit null, raw the number.
    expect(benchmarkSpec(bench({unit: "", comparator: "=", value: 86}))).toMatchObject({unit: null, raw: "86"});
  });

  test("an observation is not a target: null", () => {
    expect(benchmarkSpec(bench({kind: "observation"}))).toBeNull();
  });
});

describe("compareIndicators", () => {
  test("a plan's target against the nation's and the province's, by the glossary's alias; observations kept, not judged", () => {
    const rows = compareIndicators([spec("city", "食品评价性抽检合格率", {value: 99})], glossary, [
      bench({jurisdiction: "陕西省", level: "province", indicatorZh: "食品评价性抽检合格率"}),
      bench({kind: "observation", year: 2023, value: 99}),
      bench()
    ]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row.reach).toBe("benchmark");
    expect(row.direction).toBe("raise");
    // The nation's target, then its observation, then the province's.
    expect(row.benchmarks.map((b) => [b.jurisdiction, b.kind, b.year])).toEqual([
      ["中国", "target", 2025],
      ["中国", "observation", 2023],
      ["陕西省", "target", 2025]
    ]);
    expect(row.verdicts.map((v) => [v.a.plan, v.b.plan, v.verdict, v.why])).toEqual([
      ["city", "中国", "stricter", "≥99% vs ≥98%: a higher value is progress"],
      ["city", "陕西省", "stricter", "≥99% vs ≥98%: a higher value is progress"]
    ]);
  });

  test("two plans' targets: one verdict per pair; groups of several plans first, then benchmarks, then this plan only", () => {
    const rows = compareIndicators(
      [
        spec("a", "智慧工地覆盖率"),
        spec("a", "中等及以上农村公路占比", {value: 90, year: 2022}),
        spec("b", "中等及以上农村公路占比", {value: 90, year: 2035}),
        spec("a", "食品抽检合格率", {value: 97})
      ],
      glossary,
      [bench()]
    );
    expect(rows.map((r) => [r.name, r.reach, r.plans])).toEqual([
      ["中等及以上农村公路占比", "plans", ["a", "b"]],
      ["食品评价性抽检合格率", "benchmark", ["a"]],
      ["智慧工地覆盖率", "one", ["a"]]
    ]);
    expect(rows[0].verdicts.map((v) => [v.verdict, v.why, v.whyZh])).toEqual([
      ["not comparable", "target years differ (2022 vs 2035)", "目标年份不同（2022与2035）"]
    ]);
    expect(rows[1].verdicts.map((v) => v.verdict)).toEqual(["looser"]);
    expect(rows[2]).toMatchObject({benchmarks: [], verdicts: [], direction: null, entry: null});
  });

  test("a benchmark whose name the glossary does not list joins nothing, even when a plan uses the same words", () => {
    const rows = compareIndicators([spec("a", "消费品质量合格率")], glossary, [
      bench({indicatorZh: "消费品质量合格率"})
    ]);
    expect(rows.map((r) => [r.reach, r.benchmarks.length])).toEqual([["one", 0]]);
  });

  test("the Yan'an plan against the shipped benchmarks: the national and provincial figures of its binding rates", () => {
    const read = (f: string) => readFileSync(new URL(`../data/reference/${f}`, import.meta.url), "utf8");
    const rows = compareIndicators(
      planTargetSpecs("yanan", YANAN),
      parseIndicatorGlossary(read("indicators.csv")).entries,
      parseBenchmarks(read("benchmarks.csv")).rows
    );
    const i9 = rows.find((r) => r.name === "制造业产品质量合格率")!;
    expect(i9.reach).toBe("benchmark");
    // ≥94 against the nation's =94 and the province's ≥94: the same ask.
    expect(i9.verdicts.map((v) => [v.b.plan, v.verdict])).toEqual([
      ["中国", "same"],
      ["陕西省", "same"]
    ]);
    // Only benchmarked indicators come before the ones no one else sets.
    const firstOne = rows.findIndex((r) => r.reach === "one");
    expect(rows.slice(firstOne).every((r) => r.reach === "one")).toBe(true);
  });
});

describe("indicatorFigures", () => {
  test("the plans' targets, then the benchmark rows with their sources; an observed value is not a target", () => {
    const [row] = compareIndicators(
      [spec("city", "食品评价性抽检合格率", {id: "I8", from: "indicator", attribute: "binding", raw: "≥98"})],
      glossary,
      [bench(), bench({kind: "observation", year: 2023, value: 99, note: "reported as 'above 99%'"})]
    );
    expect(
      indicatorFigures(row).map((f) => [
        f.side,
        f.who,
        f.kind,
        f.id,
        f.value,
        f.year,
        f.attribute,
        f.from,
        f.raw,
        f.source,
        f.note
      ])
    ).toEqual([
      ["plan", "city", "target", "I8", 98, 2025, "binding", "indicator", "≥98", null, null],
      ["nation", "中国", "target", null, 98, 2025, null, "benchmark", "≥98%", "《质量强国建设纲要》", null],
      [
        "nation",
        "中国",
        "observation",
        null,
        99,
        2023,
        null,
        "benchmark",
        "≥99%",
        "《质量强国建设纲要》",
        "reported as 'above 99%'"
      ]
    ]);
  });
});
