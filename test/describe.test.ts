import {describe, expect, test} from "vitest";
import {describeTarget, targetPeriod} from "../src/lib/describe.js";
import {YANAN} from "./plan.js";

const I = (id: string) => YANAN.indicators.find((i) => i.id === id)!;

describe("describeTarget", () => {
  test("spells out a plain level, an at-least level, a cumulative and an annual-average target", () => {
    expect(describeTarget(I("I5"))).toEqual({en: "86 in 2025", zh: "2025年达到86"});
    expect(describeTarget(I("I7"))).toEqual({en: "at least 98% in 2025", zh: "2025年不低于98%"});
    expect(describeTarget(I("I4")).en).toBe(
      "10% in total over 2021–2025 (“十四五”): the annual changes add up (compound) to 10%"
    );
    expect(describeTarget(I("I6"), I("I4").target.period)).toEqual({
      en: "6.5% a year on average over 2021–2025",
      zh: "2021–2025年年均6.5%"
    });
  });
  test("an annual-average target without a table period is read over the five years to the target year", () => {
    expect(targetPeriod(I("I6"))).toEqual({from: 2021, to: 2025});
    expect(targetPeriod(I("I5"))).toBeNull();
  });
});
