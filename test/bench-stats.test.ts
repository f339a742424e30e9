import {describe, expect, it} from "vitest";
import {pairedRatios, summarize} from "../bench/stats.js";

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
