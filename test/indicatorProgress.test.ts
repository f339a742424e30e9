import {describe, expect, test} from "vitest";
import {indicatorProgress, quantityKind, seriesAxis} from "../src/lib/indicatorProgress.js";
import type {ObservationRow} from "../src/lib/observations.js";
import {YANAN} from "./plan.js";

// Fixture observations for the tests only (not data about Yan'an).
const obs = (id: string, year: number, value: number, level: ObservationRow["level"] = "city"): ObservationRow => ({
  id,
  year,
  value,
  level,
  source: "test fixture",
  note: "",
  kind: "indicator"
});
const I = (id: string) => ({...YANAN.indicators.find((i) => i.id === id)!, direction: "raise" as const, limit: 100});

describe("indicatorProgress", () => {
  test("a level indicator: the first city observation is the baseline, the path runs to the target", () => {
    const p = indicatorProgress(
      I("I5"),
      [obs("I5", 2022, 80), obs("I5", 2024, 84.5), obs("I5", 2023, 85.21, "nation")],
      {asOf: 2026}
    );
    expect(p.rate.status).toBe("on track");
    expect(p.series).toMatchObject({
      baseline: {year: 2022, value: 80},
      path: [
        {year: 2022, value: 80},
        {year: 2025, value: 86}
      ],
      nation: [{year: 2023, value: 85.21}],
      expected: {year: 2025, value: 86}
    });
  });
  test("a cumulative indicator is drawn as the change compounded so far", () => {
    const p = indicatorProgress(I("I4"), [obs("I4", 2021, 2), obs("I4", 2022, 2.1)], {asOf: 2026});
    expect(p.series!.observed.map((o) => [o.year, +o.value.toFixed(4)])).toEqual([
      [2020, 0],
      [2021, 2],
      [2022, 4.058]
    ]);
    expect(p.series!.path[0]).toEqual({year: 2020, value: 0});
    expect(p.series!.path.at(-1)!.value).toBeCloseTo(10);
  });
  test("with no city observation, both methods say insufficient data and the chart has no observed series", () => {
    const p = indicatorProgress(I("I9"), [obs("I9", 2023, 93.65, "nation")], {asOf: 2026});
    expect([p.rate.status, p.growth.status, p.agree]).toEqual(["insufficient data", "insufficient data", true]);
    expect(p.series!.observed).toEqual([]);
    expect(p.series!.expected).toBeNull();
  });
});

describe("quantityKind", () => {
  test("reads the kind of quantity from the word the name ends with", () => {
    expect(quantityKind("制造业产品质量合格率")).toEqual({zh: "合格率", en: "pass rate"});
    expect(quantityKind("制造业质量竞争力指数")).toEqual({zh: "指数", en: "index"});
    expect(quantityKind("数字经济核心产业增加值占生产总值比重")).toEqual({zh: "比重", en: "share"});
    expect(quantityKind("城镇调查失业率")).toEqual({zh: "比率", en: "rate"});
    expect(quantityKind("每万人口有效发明专利拥有量")).toEqual({zh: "数量", en: "count"});
    expect(quantityKind("陕西省质量奖及提名奖")).toBeNull();
  });
});

describe("seriesAxis", () => {
  test("names the quantity with its unit, an index in points, and the change for rate targets", () => {
    expect(seriesAxis("食品评价性抽检合格率", "%", "level")).toEqual({zh: "合格率（%）", en: "pass rate (%)"});
    expect(seriesAxis("制造业质量竞争力指数", null, "level")).toEqual({zh: "指数（点）", en: "index (points)"});
    expect(seriesAxis("单位地区生产总值能源消耗降低", "%", "cumulative")).toEqual({
      zh: "累计变化（%）",
      en: "cumulative change (%)"
    });
    expect(seriesAxis("制造业全员劳动生产率增长", "%", "annualAverage").en).toBe("annual change (%)");
    expect(seriesAxis("陕西省质量奖及提名奖", "个", "level")).toEqual({zh: "个", en: "个"});
    expect(seriesAxis("某指标", null, "level")).toEqual({zh: "数值", en: "value"});
  });
});
