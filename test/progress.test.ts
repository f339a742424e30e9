// Progress towards indicator targets by two methods: the required rate (linear, SDSN) and the growth ratio
// (compound, Open SDG / Statistics Canada). The expected numbers are worked out by hand in the comments;
// docs/methodology.md uses the same cases.
import fc from "fast-check";
import {describe, expect, test} from "vitest";
import type {Indicator} from "../src/lib/model.js";
import {
  agree,
  cumulativeChange,
  expectedByNow,
  GROWTH_STATUSES,
  growthRatioStatus,
  progressSpec,
  RATE_STATUSES,
  requiredRateStatus,
  type Observation,
  type ProgressSpec
} from "../src/lib/progress.js";
import {YANAN} from "./plan.js";

const obs = (...pairs: [number, number][]): Observation[] => pairs.map(([year, value]) => ({year, value}));

/** 制造业质量竞争力指数: a plain level, 86 by 2025. */
const INDEX: ProgressSpec = {target: 86, comparator: "=", targetYear: 2025, direction: "raise", kind: "level"};
/** A pass rate in %: at least 98 by 2025, bounded by 100. */
const PASS_RATE: ProgressSpec = {
  target: 98,
  comparator: ">=",
  targetYear: 2025,
  direction: "raise",
  kind: "level",
  limit: 100
};
/** 单位地区生产总值能源消耗降低 [10]: a cumulative 10% reduction over 2021–2025. */
const ENERGY: ProgressSpec = {
  target: 10,
  comparator: "=",
  targetYear: 2025,
  direction: "raise",
  kind: "cumulative",
  period: {from: 2021, to: 2025}
};
/** 制造业全员劳动生产率增长 6.5年均: annual growth rates averaging 6.5 over 2021–2025. */
const PRODUCTIVITY: ProgressSpec = {
  target: 6.5,
  comparator: "=",
  targetYear: 2025,
  direction: "raise",
  kind: "annualAverage",
  period: {from: 2021, to: 2025}
};

const both = (spec: ProgressSpec, observations: Observation[], asOf: number) => ({
  rate: requiredRateStatus(spec, observations, {asOf}),
  growth: growthRatioStatus(spec, observations, {asOf})
});

describe("level targets", () => {
  test("rising on track: on track by both methods", () => {
    // 80 (2022) → 84.5 (2024), target 86 by 2025.
    // Required rate: observed (84.5 − 80)/2 = 2.25/yr, required (86 − 80)/3 = 2/yr, ratio 1.125 ≥ 1.
    // Growth ratio: observed √(84.5/80) − 1 = 2.774%, required (86/80)^(1/3) − 1 = 2.440%, ratio 1.137 ≥ 0.95.
    const {rate, growth} = both(INDEX, obs([2022, 80], [2023, 82], [2024, 84.5]), 2025);
    expect(rate).toMatchObject({status: "on track", final: false, baseline: {year: 2022, value: 80}});
    expect(rate.ratio).toBeCloseTo(1.125, 10);
    expect(rate.observedRate).toBeCloseTo(2.25, 10);
    expect(rate.requiredRate).toBeCloseTo(2, 10);
    expect(rate.explanation).toBe("Observed +2.25/yr since 2022 (80) vs +2/yr needed to reach 86 by 2025 (ratio 1.13)");
    expect(growth.status).toBe("on track");
    expect(growth.observedRate).toBeCloseTo(2.774, 3);
    expect(growth.requiredRate).toBeCloseTo(2.44, 3);
    expect(growth.ratio).toBeCloseTo(1.137, 3);
  });

  test("rising too slowly: moderately improving / needs acceleration", () => {
    // 80 (2022) → 82.6 (2024): observed 1.3/yr vs 2/yr, ratio 0.65 (0.5–1).
    // Compound: √(82.6/80) − 1 = √1.0325 − 1 = 1.612% vs 2.440%, ratio 0.661 (0.6–0.95).
    const {rate, growth} = both(INDEX, obs([2022, 80], [2024, 82.6]), 2025);
    expect(rate.status).toBe("moderately improving");
    expect(rate.ratio).toBeCloseTo(0.65, 10);
    expect(growth.status).toBe("needs acceleration");
    expect(growth.ratio).toBeCloseTo(0.661, 3);
    expect(agree(rate.status, growth.status)).toBe(true);
  });

  test("flat: stagnating / limited progress (a ratio of 0 is in the 0–50% band)", () => {
    // 80 (2022) → 80 (2024): observed 0/yr, ratio 0 by both methods.
    const {rate, growth} = both(INDEX, obs([2022, 80], [2023, 80.5], [2024, 80]), 2025);
    expect(rate).toMatchObject({status: "stagnating", ratio: 0});
    expect(growth).toMatchObject({status: "limited progress", ratio: 0});
  });

  test("falling: worsening / deterioration", () => {
    // 80 (2022) → 79 (2024): observed −0.5/yr vs +2/yr, ratio −0.25.
    // Compound: √(79/80) − 1 = −0.627% vs +2.440%, ratio −0.257.
    const {rate, growth} = both(INDEX, obs([2022, 80], [2024, 79]), 2025);
    expect(rate.status).toBe("worsening");
    expect(rate.ratio).toBeCloseTo(-0.25, 10);
    expect(growth.status).toBe("deterioration");
    expect(growth.ratio).toBeCloseTo(-0.257, 3);
  });

  test("a reduce-direction indicator falling fast enough is on track (and the table's baseline is used)", () => {
    // Energy use per unit of GDP (a cost): 1.2 in the table's 2020 column, 0.9 by 2025; 1.0 in 2023.
    // Required rate: observed (1.0 − 1.2)/3 = −0.0667/yr, required (0.9 − 1.2)/5 = −0.06/yr, ratio 1.111.
    // Growth ratio: (1/1.2)^(1/3) − 1 = −5.896%, (0.9/1.2)^(1/5) − 1 = −5.591%, ratio 1.055.
    const spec: ProgressSpec = {
      target: 0.9,
      comparator: "=",
      targetYear: 2025,
      direction: "reduce",
      kind: "level",
      baseline: {year: 2020, value: 1.2}
    };
    const {rate, growth} = both(spec, obs([2021, 1.13], [2023, 1.0]), 2025);
    expect(rate).toMatchObject({
      status: "on track",
      baseline: {year: 2020, value: 1.2},
      latest: {year: 2023, value: 1}
    });
    expect(rate.ratio).toBeCloseTo(1.111, 3);
    expect(rate.explanation).toContain("since the 2020 baseline 1.2");
    expect(growth.status).toBe("on track");
    expect(growth.ratio).toBeCloseTo(1.055, 3);
    // The same series rising instead is worsening: +0.1 over 3 years against −0.3 over 5 → ratio −0.556.
    expect(requiredRateStatus(spec, obs([2023, 1.3]), {asOf: 2025}).status).toBe("worsening");
  });

  test("a ≤ target is progress downward whatever the direction says", () => {
    // ≤0.5 from 0.8 (2022) to 0.6 (2024): −0.1/yr vs −0.1/yr needed ((0.5 − 0.8)/3), ratio 1.
    const spec: ProgressSpec = {target: 0.5, comparator: "<=", targetYear: 2025, direction: "raise", kind: "level"};
    const r = requiredRateStatus(spec, obs([2022, 0.8], [2024, 0.6]), {asOf: 2025});
    expect(r.status).toBe("on track");
    expect(r.ratio).toBeCloseTo(1, 10);
  });

  test("already achieved before the target year", () => {
    // ≥98: 96.5 (2022) → 98.3 (2024) meets the target a year early; ratio (1.8/2)/(1.5/3) = 0.9/0.5 = 1.8.
    const {rate, growth} = both(PASS_RATE, obs([2022, 96.5], [2023, 97.4], [2024, 98.3]), 2025);
    expect(rate).toMatchObject({status: "achieved", final: false});
    expect(rate.ratio).toBeCloseTo(1.8, 10);
    expect(rate.explanation).toMatch(/^Already achieved: 98.3 in 2024 meets ≥98/);
    expect(growth).toMatchObject({status: "achieved", final: false});
    // A cumulative target met early: 4, 4, 3 → 1 − 0.96·0.96·0.97 = 10.6% ≥ 10 after 3 of 5 years.
    const energy = requiredRateStatus(ENERGY, obs([2021, 4], [2022, 4], [2023, 3]), {asOf: 2024});
    expect(energy).toMatchObject({status: "achieved", final: false});
  });

  test("overshooting a natural limit: the value is capped at 100, the target is achieved", () => {
    // ≥98 with limit 100: 99.5 (2023) → 100.4 (2024). 100.4 is capped to 100 (not trusted as 100.4). The baseline
    // already meets 98, so the required change is 0: no division, ratio set to 1, achieved.
    const {rate, growth} = both(PASS_RATE, obs([2023, 99.5], [2024, 100.4]), 2025);
    expect(rate).toMatchObject({status: "achieved", ratio: 1, requiredRate: 0, latest: {year: 2024, value: 100}});
    expect(rate.explanation).toContain("100.4 capped at the limit 100");
    expect(growth).toMatchObject({status: "achieved", ratio: 1, latest: {year: 2024, value: 100}});
    // A target at the limit is achieved by a series that reaches it: ≥100, 98 (2022) → 100.4 (2024) capped to 100.
    const atLimit = {...PASS_RATE, target: 100};
    expect(requiredRateStatus(atLimit, obs([2022, 98], [2024, 100.4]), {asOf: 2025}).status).toBe("achieved");
    // A target beyond the limit is capped too: ≥105 is read as ≥100.
    expect(requiredRateStatus({...PASS_RATE, target: 105}, obs([2022, 98], [2024, 100]), {asOf: 2025}).status).toBe(
      "achieved"
    );
  });

  test("a baseline already at the target that then falls below it is worsening / deterioration, ratio −1", () => {
    // ≥98: 99 (2022) met it; 97.5 (2024) no longer does. Required change 0 → ratio set to −1.
    const {rate, growth} = both(PASS_RATE, obs([2022, 99], [2024, 97.5]), 2025);
    expect(rate).toMatchObject({status: "worsening", ratio: -1, requiredRate: 0});
    expect(growth).toMatchObject({status: "deterioration", ratio: -1});
  });

  test("one point only: a level is met or not met from it; no trend, no ratio", () => {
    const {rate, growth} = both(INDEX, obs([2023, 84]), 2025);
    expect(rate).toMatchObject({status: "not achieved", ratio: null, observedRate: null, final: false});
    expect(rate.latest).toEqual({year: 2023, value: 84});
    expect(rate.explanation).toBe(
      "Not met yet: the latest value 84 in 2023 does not meet 86 (one observation: enough for a level, a trend needs two)"
    );
    expect(growth).toMatchObject({status: "not achieved", ratio: null, final: false});
    // ≥94 met by a single value: achieved before the target year; a single 2025 value after 2025 is final.
    expect(requiredRateStatus({...PASS_RATE, target: 94}, obs([2024, 95.1]), {asOf: 2025})).toMatchObject({
      status: "achieved",
      final: false,
      latest: {year: 2024, value: 95.1}
    });
    const single = requiredRateStatus(PASS_RATE, obs([2025, 98.5]), {asOf: 2026});
    expect(single).toMatchObject({status: "achieved", final: true});
    expect(single.explanation).toContain("meets ≥98");
    // ≤ and = targets too.
    const ceiling = {...INDEX, comparator: "<=" as const, target: 5, direction: "reduce" as const};
    expect(requiredRateStatus(ceiling, obs([2024, 6]), {asOf: 2025}).status).toBe("not achieved");
    expect(requiredRateStatus(ceiling, obs([2024, 4]), {asOf: 2025}).status).toBe("achieved");
    expect(requiredRateStatus({...INDEX, comparator: "=" as const}, obs([2024, 86]), {asOf: 2025}).status).toBe(
      "achieved"
    );
  });

  test("no observations: insufficient data (also with a table baseline but nothing after it)", () => {
    const {rate, growth} = both(INDEX, [], 2025);
    expect(rate).toMatchObject({status: "insufficient data", ratio: null, latest: null, baseline: null});
    expect(growth.status).toBe("insufficient data");
    const withBase = {...INDEX, baseline: {year: 2020, value: 80}};
    expect(requiredRateStatus(withBase, [], {asOf: 2025})).toMatchObject({
      status: "insufficient data",
      baseline: {year: 2020, value: 80}
    });
  });

  test("a table baseline and one observation are enough", () => {
    // 80 (table, 2020) → 83 (2022): 1.5/yr vs (86 − 80)/5 = 1.2/yr, ratio 1.25.
    const r = requiredRateStatus({...INDEX, baseline: {year: 2020, value: 80}}, obs([2022, 83]), {asOf: 2023});
    expect(r.status).toBe("on track");
    expect(r.ratio).toBeCloseTo(1.25, 10);
  });

  test("growth is undefined for non-positive values: the growth ratio says insufficient data, the required rate does not", () => {
    // 0 (2022) → 3 (2024), target 5: linear 1.5/yr vs 5/3 = 1.667/yr, ratio 0.9; compound (3/0)^(1/2) is undefined.
    const {rate, growth} = both({...INDEX, target: 5}, obs([2022, 0], [2024, 3]), 2025);
    expect(rate.status).toBe("moderately improving");
    expect(rate.ratio).toBeCloseTo(0.9, 10);
    expect(growth).toMatchObject({status: "insufficient data", ratio: null});
    expect(growth.explanation).toContain("undefined for values ≤ 0");
  });
});

describe("the final verdict", () => {
  test("a 2025 observation after 2025 decides: achieved, final", () => {
    // ≥98: 96.5 (2022), 97.6 (2024), 98.2 (2025); asOf 2026. Ratio (1.7/3)/(1.5/3) = 1.133.
    const {rate, growth} = both(PASS_RATE, obs([2022, 96.5], [2024, 97.6], [2025, 98.2]), 2026);
    expect(rate).toMatchObject({status: "achieved", final: true, latest: {year: 2025, value: 98.2}});
    expect(rate.ratio).toBeCloseTo(1.133, 3);
    expect(rate.explanation).toMatch(/^Final: the 2025 value 98.2 meets ≥98/);
    expect(growth).toMatchObject({status: "achieved", final: true});
  });

  test("a 2025 observation short of the target: not achieved, final (a later value is not used)", () => {
    // 97.9 in 2025 < 98 → not achieved, although 98.5 in 2026 would meet it. Ratio (1.4/3)/(1.5/3) = 0.933.
    const {rate, growth} = both(PASS_RATE, obs([2022, 96.5], [2024, 97.6], [2025, 97.9], [2026, 98.5]), 2026);
    expect(rate).toMatchObject({status: "not achieved", final: true, latest: {year: 2025, value: 97.9}});
    expect(rate.ratio).toBeCloseTo(0.933, 3);
    expect(rate.explanation).toContain("1 observation after 2025 not used");
    expect(growth).toMatchObject({status: "not achieved", final: true});
  });

  test("target year passed without a 2025 observation: the trend, final false, and the explanation says so", () => {
    // 96.5 (2022) → 97.6 (2024): 0.55/yr vs 0.5/yr, ratio 1.1 → on track, but no verdict on 2025.
    const {rate, growth} = both(PASS_RATE, obs([2022, 96.5], [2024, 97.6]), 2026);
    expect(rate).toMatchObject({status: "on track", final: false});
    expect(rate.ratio).toBeCloseTo(1.1, 10);
    expect(rate.explanation).toContain("no 2025 data, so no final verdict");
    expect(growth).toMatchObject({status: "on track", final: false});
    expect(growth.explanation).toContain("no final verdict");
  });

  test("before the target year is over, a target-year value is not final", () => {
    const r = requiredRateStatus(PASS_RATE, obs([2022, 96.5], [2025, 98.2]), {asOf: 2025});
    expect(r).toMatchObject({status: "achieved", final: false});
  });
});

describe("cumulative targets", () => {
  test("cumulativeChange compounds: 1 − Π(1 − r/100)", () => {
    // 1 − 0.98 · 0.979 · 0.978 = 1 − 0.93831276 = 6.168724%.
    expect(cumulativeChange([2, 2.1, 2.2])).toBeCloseTo(6.168724, 9);
    expect(cumulativeChange([])).toBe(0);
  });

  test("[10] over 2021–2025 with 2.0, 2.1, 2.2 for 2021–2023: 6.17% so far, on track", () => {
    // Progress 6.168724%. Required r* solves 1 − (1 − r*)^5 = 0.10: r* = 1 − 0.9^(1/5) = 2.08516%.
    // Observed average 1 − 0.93831276^(1/3) = 2.10003%. Ratio 2.10003/2.08516 = 1.00713: on track by both.
    const {rate, growth} = both(ENERGY, obs([2021, 2.0], [2022, 2.1], [2023, 2.2]), 2024);
    expect(rate).toMatchObject({status: "on track", final: false, baseline: null, latest: {year: 2023, value: 2.2}});
    expect(rate.requiredRate).toBeCloseTo(2.08516, 5);
    expect(rate.observedRate).toBeCloseTo(2.10003, 5);
    expect(rate.ratio).toBeCloseTo(1.00713, 5);
    expect(rate.explanation).toContain("Cumulative change 6.17% over 3 of 5 years");
    expect(growth).toMatchObject({status: "on track", ratio: rate.ratio});
  });

  test("years outside the period are not counted", () => {
    const r = requiredRateStatus(ENERGY, obs([2019, 50], [2021, 2.0], [2022, 2.1], [2023, 2.2]), {asOf: 2024});
    expect(r.ratio).toBeCloseTo(1.00713, 5);
  });

  test("complete and short of the target: not achieved, final", () => {
    // 1.5, 1.8, 2.0, 1.9, 2.1: Π = 0.985·0.982·0.98·0.981·0.979 = 0.910386, cumulative 8.96% < 10.
    // Average 1 − 0.910386^(1/5) = 1.8602%, ratio 1.8602/2.08516 = 0.892.
    const {rate, growth} = both(ENERGY, obs([2021, 1.5], [2022, 1.8], [2023, 2.0], [2024, 1.9], [2025, 2.1]), 2026);
    expect(rate).toMatchObject({status: "not achieved", final: true});
    expect(rate.ratio).toBeCloseTo(0.892, 3);
    expect(rate.explanation).toContain("8.96% over 2021–2025 falls short of the target of 10%");
    expect(growth).toMatchObject({status: "not achieved", final: true});
  });

  test("period over with years missing: the trend, no final verdict", () => {
    const r = requiredRateStatus(ENERGY, obs([2021, 2.0], [2022, 2.1], [2023, 2.2]), {asOf: 2026});
    expect(r).toMatchObject({status: "on track", final: false});
    expect(r.explanation).toContain("no data for 2024–2025, so no final verdict");
  });

  test("no observed year: insufficient data", () => {
    expect(requiredRateStatus(ENERGY, [], {asOf: 2024})).toMatchObject({status: "insufficient data", ratio: null});
  });
});

describe("annual-average targets", () => {
  test("6.5年均 with 7.0 and 6.0: mean 6.5, ratio 1, on track (not achieved before the period is complete)", () => {
    // Mean (7.0 + 6.0)/2 = 6.5; ratio 6.5/6.5 = 1: on track by both; 3 of 5 years still to come.
    const {rate, growth} = both(PRODUCTIVITY, obs([2021, 7.0], [2022, 6.0]), 2023);
    expect(rate).toMatchObject({status: "on track", ratio: 1, observedRate: 6.5, requiredRate: 6.5, final: false});
    expect(growth).toMatchObject({status: "on track", ratio: 1});
  });

  test("a low mean: 5.0 and 4.0 → 4.5/6.5 = 0.692", () => {
    const {rate, growth} = both(PRODUCTIVITY, obs([2021, 5.0], [2022, 4.0]), 2023);
    expect(rate.status).toBe("moderately improving");
    expect(rate.ratio).toBeCloseTo(0.692, 3);
    expect(growth.status).toBe("needs acceleration");
  });

  test("the complete period decides: mean 6.52 ≥ 6.5 achieved, final; mean 6.1 not achieved, final", () => {
    // (7.0 + 6.0 + 6.8 + 6.2 + 6.6)/5 = 32.6/5 = 6.52.
    const ok = requiredRateStatus(PRODUCTIVITY, obs([2021, 7], [2022, 6], [2023, 6.8], [2024, 6.2], [2025, 6.6]), {
      asOf: 2026
    });
    expect(ok).toMatchObject({status: "achieved", final: true});
    // (7.0 + 6.0 + 5.8 + 5.6 + 6.1)/5 = 30.5/5 = 6.1 < 6.5.
    const short = growthRatioStatus(PRODUCTIVITY, obs([2021, 7], [2022, 6], [2023, 5.8], [2024, 5.6], [2025, 6.1]), {
      asOf: 2026
    });
    expect(short).toMatchObject({status: "not achieved", final: true});
    expect(short.ratio).toBeCloseTo(6.1 / 6.5, 10);
  });

  test("no observation: insufficient data", () => {
    expect(growthRatioStatus(PRODUCTIVITY, [], {asOf: 2023}).status).toBe("insufficient data");
  });
});

describe("agreement between the methods", () => {
  test("agree() maps the scales position by position", () => {
    expect(agree("achieved", "achieved")).toBe(true);
    expect(agree("not achieved", "not achieved")).toBe(true);
    expect(agree("on track", "on track")).toBe(true);
    expect(agree("moderately improving", "needs acceleration")).toBe(true);
    expect(agree("stagnating", "limited progress")).toBe(true);
    expect(agree("worsening", "deterioration")).toBe(true);
    expect(agree("insufficient data", "insufficient data")).toBe(true);
    expect(agree("moderately improving", "on track")).toBe(false);
    expect(agree("achieved", "insufficient data")).toBe(false);
  });

  test("50 → 100 by 2025 from 2020: the compound path asks less in early years, so the methods differ", () => {
    // 58 in 2021. Linear: 8/yr vs (100 − 50)/5 = 10/yr, ratio 0.8 → moderately improving.
    // Compound: 58/50 − 1 = 16% vs 2^(1/5) − 1 = 14.87%, ratio 1.076 → on track. Disagreement.
    const spec = {...INDEX, target: 100};
    const a = both(spec, obs([2020, 50], [2021, 58]), 2022);
    expect(a.rate.status).toBe("moderately improving");
    expect(a.rate.ratio).toBeCloseTo(0.8, 10);
    expect(a.growth.status).toBe("on track");
    expect(a.growth.ratio).toBeCloseTo(1.076, 3);
    expect(agree(a.rate.status, a.growth.status)).toBe(false);
    // 54.5 in 2021: linear 4.5/10 = 0.45 → stagnating; compound 9%/14.87% = 0.605 → needs acceleration.
    const b = both(spec, obs([2020, 50], [2021, 54.5]), 2022);
    expect([b.rate.status, b.growth.status]).toEqual(["stagnating", "needs acceleration"]);
    expect(agree(b.rate.status, b.growth.status)).toBe(false);
  });
});

describe("expectedByNow", () => {
  test("a level: the straight path from the baseline to the target", () => {
    // 50 (2020) → 100 (2025): 10 a year, so 80 in 2023; held at the ends.
    const spec = {...INDEX, target: 100};
    expect(expectedByNow(spec, {year: 2020, value: 50}, 2023)).toBeCloseTo(80, 10);
    expect(expectedByNow(spec, {year: 2020, value: 50}, 2019)).toBe(50);
    expect(expectedByNow(spec, {year: 2020, value: 50}, 2030)).toBe(100);
  });

  test("a cumulative target: the cumulative change at the required constant rate; an annual average: the target", () => {
    // 1 − 0.9^(3/5) = 6.126% after 2021–2023; 10% after the whole period.
    expect(expectedByNow(ENERGY, {year: 2020, value: 0}, 2023)).toBeCloseTo(6.126, 3);
    expect(expectedByNow(ENERGY, {year: 2020, value: 0}, 2025)).toBeCloseTo(10, 10);
    expect(expectedByNow(PRODUCTIVITY, {year: 2020, value: 0}, 2023)).toBe(6.5);
  });
});

describe("progressSpec", () => {
  const byId = (id: string) => YANAN.indicators.find((i) => i.id === id)!;

  test("reads the Yan'an table: a level with ≥, a cumulative [10], an annual average 6.5年均", () => {
    expect(progressSpec(byId("I7"), {direction: "raise", limit: 100})).toEqual({
      target: 98,
      comparator: ">=",
      targetYear: 2025,
      direction: "raise",
      kind: "level",
      period: null,
      limit: 100,
      baseline: null
    });
    // The rates of a [10] reduction are progress when they are larger: the direction is "raise" whatever is asked.
    expect(progressSpec(byId("I4"), {direction: "reduce"})).toMatchObject({
      kind: "cumulative",
      target: 10,
      direction: "raise",
      period: {from: 2021, to: 2025}
    });
    // 6.5年均 has no period in its cell: the five-year plan ending in 2025, 2021–2025.
    expect(progressSpec(byId("I6"), {direction: "raise"})).toMatchObject({
      kind: "annualAverage",
      target: 6.5,
      period: {from: 2021, to: 2025}
    });
  });

  test("takes the table's baseline, and is null without a target value or year", () => {
    const base: Indicator = {
      ...byId("I5"),
      baseline: {value: 80, year: 2020, raw: "80"}
    };
    expect(progressSpec(base, {direction: "raise"})).toMatchObject({baseline: {year: 2020, value: 80}, kind: "level"});
    expect(progressSpec({...base, target: {...base.target, value: null}}, {direction: "raise"})).toBeNull();
    expect(progressSpec({...base, year: null}, {direction: "raise"})).toBeNull();
  });
});

describe("properties", () => {
  // Mostly plausible series (positive values, years around the target year, so that every status occurs), with
  // zeros, negatives, NaN and infinities mixed in.
  const value = fc.oneof(
    {weight: 6, arbitrary: fc.double({min: 0.5, max: 120, noNaN: true})},
    {weight: 2, arbitrary: fc.double({min: -200, max: 200, noNaN: true})},
    {weight: 1, arbitrary: fc.constantFrom(0, 100, NaN, Infinity, -Infinity)}
  );
  const spec = fc.record({
    target: fc.oneof(
      {weight: 4, arbitrary: fc.double({min: 0.5, max: 120, noNaN: true})},
      {weight: 1, arbitrary: fc.double({min: -200, max: 200, noNaN: true})},
      {weight: 1, arbitrary: fc.constantFrom(0, 98, 100)}
    ),
    comparator: fc.constantFrom<ProgressSpec["comparator"]>("=", ">=", "<="),
    targetYear: fc.integer({min: 2020, max: 2030}),
    direction: fc.constantFrom<ProgressSpec["direction"]>("raise", "reduce"),
    kind: fc.constant<ProgressSpec["kind"]>("level"),
    limit: fc.oneof(
      {weight: 3, arbitrary: fc.constant(null)},
      {weight: 1, arbitrary: fc.constantFrom(100, 0)},
      {weight: 1, arbitrary: fc.double({min: -200, max: 200, noNaN: true})}
    ),
    baseline: fc.option(fc.record({year: fc.integer({min: 2015, max: 2030}), value}), {freq: 3})
  });
  const series = fc.array(fc.record({year: fc.integer({min: 2015, max: 2032}), value}), {maxLength: 8});

  test("level specs: never throws, a known status, ratio null exactly when there is no rate to compare", () => {
    fc.assert(
      fc.property(spec, series, fc.integer({min: 2018, max: 2032}), (s, o, asOf) => {
        const rate = requiredRateStatus(s, o, {asOf});
        const growth = growthRatioStatus(s, o, {asOf});
        expect(RATE_STATUSES).toContain(rate.status);
        expect(GROWTH_STATUSES).toContain(growth.status);
        for (const r of [rate, growth]) {
          // No ratio: insufficient data, or a level met or not met from one observation (no rate).
          const single =
            r.baseline === null && r.observedRate === null && ["achieved", "not achieved"].includes(r.status);
          expect(r.ratio === null).toBe(r.status === "insufficient data" || single);
          if (r.ratio !== null) expect(Number.isFinite(r.ratio)).toBe(true);
          if (r.final) expect(["achieved", "not achieved"]).toContain(r.status);
          expect(typeof r.explanation).toBe("string");
          expect(r.explanation.length).toBeGreaterThan(0);
        }
      }),
      {numRuns: 2000}
    );
  });
});
