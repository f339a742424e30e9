import {describe, expect, test} from "vitest";
import {indicatorProgress} from "../src/lib/indicatorProgress.js";
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
