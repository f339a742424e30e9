// The indicator glossary and the benchmarks (data/reference), their join to the plan's indicators, and the
// comparison of a local target with a benchmark target.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import type {Indicator} from "../src/lib/model.js";
import {
  alignment,
  benchmarkAlignment,
  benchmarksFor,
  glossaryEntry,
  LOCAL_ONLY,
  matchBenchmarks,
  parseBenchmarks,
  parseIndicatorGlossary
} from "../src/lib/reference.js";
import {YANAN} from "./plan.js";

const reference = (name: string) => readFileSync(new URL(`../data/reference/${name}`, import.meta.url), "utf8");
const glossaryFile = parseIndicatorGlossary(reference("indicators.csv"));
const benchmarkFile = parseBenchmarks(reference("benchmarks.csv"));
const glossary = glossaryFile.entries;
const benchmarks = benchmarkFile.rows;
const matched = matchBenchmarks(YANAN.indicators, glossary, benchmarks);
const indicator = (id: string) => YANAN.indicators.find((i) => i.id === id)!;

describe("the reference files", () => {
  test("the glossary parses with no problems and has an entry for every indicator of the plan, by its name", () => {
    expect(glossaryFile.problems).toEqual([]);
    expect(YANAN.indicators.map((i) => glossaryEntry(glossary, i.name)?.name)).toEqual(
      YANAN.indicators.map((i) => i.name)
    );
    for (const e of glossary) {
      expect(e.nameEn, e.name).not.toBe("");
      expect(e.limit === null || e.limit === 100, e.name).toBe(true);
    }
    expect(glossaryEntry(glossary, "单位地区生产总值能源消耗降低")?.direction).toBe("raise");
    expect(glossaryEntry(glossary, "食品评价性抽检合格率")).toMatchObject({aliases: ["食品抽检合格率"], limit: 100});
  });

  test("pass rates and shares in % have the limit 100", () => {
    for (const i of YANAN.indicators) {
      if (/合格率|比重/.test(i.name)) expect(glossaryEntry(glossary, i.name)?.limit, i.name).toBe(100);
    }
  });

  test("the benchmarks parse with no problems, typed", () => {
    expect(benchmarkFile.problems).toEqual([]);
    expect(benchmarks.length).toBeGreaterThan(0);
    expect(benchmarks[0]).toMatchObject({jurisdiction: "中国", level: "nation", kind: "target", year: 2025});
    expect(benchmarks.every((b) => typeof b.value === "number" && b.source !== "")).toBe(true);
  });

  test("the benchmarks copy is byte-identical to the shared reference", () => {
    const shared = new URL("../../shared/reference/benchmarks.csv", import.meta.url);
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(shared);
    } catch {
      return; // the shared folder is not there (a checkout of this project alone)
    }
    expect(readFileSync(new URL("../data/reference/benchmarks.csv", import.meta.url)).equals(bytes)).toBe(true);
  });
});

describe("parseIndicatorGlossary", () => {
  test("reports every bad row with its line and reasons, and keeps the good ones", () => {
    const {entries, problems} = parseIndicatorGlossary(
      [
        "name,name_en,aliases,direction,limit,note",
        "甲率,Rate A,甲比率|甲比例,raise,100,",
        ",Nothing,,raise,,",
        "乙量,Amount B,,up,,",
        "丙率,Rate C,,reduce,百,",
        "丁率,Rate D,甲比率,raise,,",
        "戊,Rate E,,reduce,,note"
      ].join("\n")
    );
    expect(entries.map((e) => [e.name, e.direction, e.limit])).toEqual([
      ["甲率", "raise", 100],
      ["戊", "reduce", null]
    ]);
    expect(entries[0].aliases).toEqual(["甲比率", "甲比例"]);
    expect(problems).toEqual([
      {line: 3, message: "empty name"},
      {line: 4, message: 'direction "up" is not one of raise, reduce'},
      {line: 5, message: 'limit "百" is not a number'},
      {line: 6, message: 'name "甲比率" is already used on line 2'}
    ]);
  });

  test("a file without the columns is reported on line 1", () => {
    expect(parseIndicatorGlossary("名称,方向\n甲,raise\n").problems).toEqual([
      {line: 1, message: "missing 6 columns: name, name_en, aliases, direction, limit, note"}
    ]);
  });
});

describe("parseBenchmarks", () => {
  test("reports unknown level and kind, values and years that are not numbers, and keeps the good rows", () => {
    const header = "jurisdiction,level,indicator_zh,indicator_en,kind,year,value,comparator,unit,source,published,note";
    const {rows, problems} = parseBenchmarks(
      [
        header,
        "中国,nation,甲率,Rate A,target,2025,98,>=,%,src,2023-02,",
        "中国,county,甲率,Rate A,target,2030,98,>=,%,src,2023-02,",
        "中国,nation,甲率,Rate A,forecast,2024,98,>=,%,src,2023-02,",
        "中国,nation,甲率,Rate A,observation,2023,about 98,=,%,src,2023-02,",
        "中国,nation,甲率,Rate A,observation,20x3,98,~,%,,Feb 2023,",
        "中国,nation,甲率,Rate A,target,2025,97,>=,%,src,2023-02,"
      ].join("\r\n")
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      level: "nation",
      kind: "target",
      year: 2025,
      value: 98,
      comparator: ">=",
      unit: "%"
    });
    expect(problems).toEqual([
      {line: 3, message: 'level "county" is not one of nation, province'},
      {line: 4, message: 'kind "forecast" is not one of target, observation'},
      {line: 5, message: 'value "about 98" is not a number'},
      {
        line: 6,
        message:
          'year "20x3" is not a year; comparator "~" is not one of =, >=, <=; empty source; published "Feb 2023" is not a date (yyyy, yyyy-mm or yyyy-mm-dd)'
      },
      {line: 7, message: "the same jurisdiction, indicator, kind and year as line 2"}
    ]);
  });
});

describe("matchBenchmarks", () => {
  test("食品评价性抽检合格率 matches the nation's 食品抽检合格率 (an alias) and the province's own name", () => {
    const i8 = matched.filter((m) => m.indicator === "I8");
    expect(
      i8.filter((m) => m.kind === "target").map((m) => [m.level, m.jurisdiction, m.nameInSource, m.value])
    ).toEqual([
      ["nation", "中国", "食品抽检合格率", 98],
      ["province", "陕西省", "食品评价性抽检合格率", 98]
    ]);
  });

  test("every matched row names an indicator of the plan and a benchmark of that name or an alias", () => {
    for (const m of matched) {
      const i = indicator(m.indicator);
      expect([i.name, ...(glossaryEntry(glossary, i.name)?.aliases ?? [])]).toContain(m.nameInSource);
    }
    // 消费品质量合格率 is not an indicator of the plan.
    expect(matched.some((m) => m.nameInSource === "消费品质量合格率")).toBe(false);
  });

  test("without a glossary only exact names match", () => {
    const bare = matchBenchmarks(YANAN.indicators, [], benchmarks);
    expect(bare.filter((m) => m.indicator === "I8" && m.kind === "target").map((m) => m.level)).toEqual(["province"]);
  });
});

describe("benchmarksFor", () => {
  test("every national row and the provincial rows of the plan's own province", () => {
    const levels = (jurisdiction: string | null) => [
      ...new Set(benchmarksFor(benchmarks, jurisdiction).map((b) => `${b.level}:${b.jurisdiction}`))
    ];
    expect(levels("陕西省延安市")).toEqual(["nation:中国", "province:陕西省"]);
    // A Shanghai plan is never set beside Shaanxi's targets.
    expect(levels("上海市青浦区")).toEqual(["nation:中国"]);
    // Its province unknown, no provincial row applies.
    expect(levels(null)).toEqual(["nation:中国"]);
    expect(levels(" ")).toEqual(["nation:中国"]);
  });
});

describe("alignment", () => {
  test("I9 制造业产品质量合格率: local ≥94 against the nation's =94 is the same", () => {
    const i9 = indicator("I9");
    expect(i9.target).toMatchObject({value: 94, comparator: ">="});
    const result = benchmarkAlignment(i9, matched, "nation", glossaryEntry(glossary, i9.name)!.direction);
    expect(result.benchmark).toMatchObject({value: 94, comparator: "=", year: 2025});
    expect(result.alignment).toBe("same");
  });

  test("an indicator without a benchmark is local only", () => {
    const i14 = indicator("I14");
    expect(benchmarkAlignment(i14, matched, "nation", "raise")).toEqual({alignment: LOCAL_ONLY, benchmark: null});
    expect(LOCAL_ONLY).toBe("local only");
    // I5 has a national target but no provincial one.
    expect(benchmarkAlignment(indicator("I5"), matched, "province", "raise").alignment).toBe("local only");
    expect(benchmarkAlignment(indicator("I5"), matched, "nation", "raise").alignment).toBe("same");
  });

  test("raise: a higher required value is stricter; reduce: a lower one", () => {
    const local = (value: number | null, comparator: ">=" | "=" | "<=" = ">=") => ({value, comparator});
    expect(alignment(local(98), {value: 95, comparator: ">="}, "raise")).toBe("stricter");
    expect(alignment(local(90), {value: 95, comparator: ">="}, "raise")).toBe("looser");
    expect(alignment(local(95), {value: 95, comparator: ">="}, "raise")).toBe("same");
    expect(alignment(local(10, "<="), {value: 12, comparator: "<="}, "reduce")).toBe("stricter");
    expect(alignment(local(14, "<="), {value: 12, comparator: "<="}, "reduce")).toBe("looser");
    expect(alignment(local(12, "="), {value: 12, comparator: "<="}, "reduce")).toBe("same");
    expect(alignment(local(null), {value: 12}, "raise")).toBeNull();
  });

  test("a plan target without a value has nothing to compare", () => {
    const i9 = indicator("I9");
    const blank: Indicator = {...i9, target: {...i9.target, value: null}};
    expect(benchmarkAlignment(blank, matched, "nation", "raise").alignment).toBeNull();
  });
});
