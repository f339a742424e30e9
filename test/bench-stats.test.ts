import {describe, expect, it} from "vitest";
import {atMost, medianInterval, overall, pairedRatios, summarize} from "../bench/stats.js";

describe("pairedRatios", () => {
  it("pairedRatios(pairs) is the median and spread of each pair's ratio", () => {
    const r = pairedRatios([
      [300, 200],
      [450, 300],
      [200, 100]
    ])!;
    expect(r.median).toBe(1.5);
    expect([r.min, r.max, r.n]).toEqual([1.5, 2, 3]);
  });

  it("pairedRatios(pairs) follows a machine whose speed drifts, where the ratio of medians does not", () => {
    // The page always takes 1.4× its baseline, but the machine slows down from one pair to the next.
    const pairs: [number, number][] = [100, 150, 220, 400, 600].map((base) => [base * 1.4, base]);
    expect(pairedRatios(pairs)!.median).toBeCloseTo(1.4);
    const shifted = pairs.map(([x], i) => [x, pairs[Math.max(0, i - 1)][1]] as const);
    // Baselines measured one step earlier than their pages: the medians' ratio is off, the paired one is not.
    expect(summarize(shifted.map(([x]) => x)).median / summarize(shifted.map(([, b]) => b)).median).toBeGreaterThan(
      1.8
    );
  });

  it("pairedRatios(pairs) leaves out pairs missing a side, and is null when none is complete", () => {
    expect(
      pairedRatios([
        [null, 200],
        [300, null],
        [300, 150]
      ])!.n
    ).toBe(1);
    expect(pairedRatios([[null, 200]])).toBeNull();
    expect(pairedRatios([])).toBeNull();
  });
});

describe("medianInterval", () => {
  it("medianInterval(samples) is the widest order statistics for 5 samples, with coverage 1 − 2/32", () => {
    expect(medianInterval([1.4, 1.1, 1.9, 1.2, 1.3])).toEqual({low: 1.1, high: 1.9, coverage: 1 - 2 / 32});
  });

  it("medianInterval(samples) narrows as samples grow: x(2)–x(8) of 9, x(3)–x(9) of 11", () => {
    const nine = [9, 1, 8, 2, 7, 3, 6, 4, 5];
    const i9 = medianInterval(nine)!;
    expect([i9.low, i9.high]).toEqual([2, 8]);
    expect(i9.coverage).toBeCloseTo(1 - (2 * 10) / 512);
    const i11 = medianInterval([...nine, 10, 11])!;
    expect([i11.low, i11.high]).toEqual([3, 9]);
    expect(i11.coverage).toBeCloseTo(1 - (2 * 67) / 2048);
  });

  it("medianInterval(samples, confidence) is null with too few samples for the coverage asked", () => {
    expect(medianInterval([1, 2, 3, 4])).toBeNull();
    expect(medianInterval([1, 2, 3, 4], 0.8)).toEqual({low: 1, high: 4, coverage: 0.875});
    expect(medianInterval([])).toBeNull();
  });

  it("medianInterval(samples) holds the true median about as often as its coverage says", () => {
    // Samples of a skewed distribution whose median is 1 (e^N(0, 0.3)), from a fixed seed.
    let seed = 42;
    const uniform = () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) + 0.5) / 2 ** 32;
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let held = 0;
    const trials = 2000;
    for (let t = 0; t < trials; ++t) {
      const i = medianInterval(Array.from({length: 9}, () => Math.exp(0.3 * normal())))!;
      if (i.low <= 1 && 1 <= i.high) ++held;
    }
    expect(held / trials).toBeGreaterThan(0.94);
    expect(held / trials).toBeLessThan(0.98);
  });
});

describe("atMost", () => {
  it("atMost(interval, goal) is met, not met or within noise as the interval lies under, over or across the goal", () => {
    expect(atMost({low: 1.1, high: 1.45, coverage: 0.9}, 1.5)).toBe("met");
    expect(atMost({low: 1.1, high: 1.5, coverage: 0.9}, 1.5)).toBe("met");
    expect(atMost({low: 1.55, high: 2, coverage: 0.9}, 1.5)).toBe("not met");
    expect(atMost({low: 1.3, high: 1.7, coverage: 0.9}, 1.5)).toBe("within noise");
    expect(atMost(null, 1.5)).toBeNull();
  });
});

describe("overall", () => {
  it("overall(verdicts) is not met if one is, else within noise if one is, else met; null without a verdict", () => {
    expect(overall(["met", "within noise", "not met", null])).toBe("not met");
    expect(overall(["met", "within noise", null])).toBe("within noise");
    expect(overall(["met", null, "met"])).toBe("met");
    expect(overall([null])).toBeNull();
    expect(overall([])).toBeNull();
  });
});
