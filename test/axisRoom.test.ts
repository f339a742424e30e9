import {describe, expect, test} from "vitest";
import {endLabelRoom, xAxisLabelMargin} from "../src/components/axisRoom.js";

// Plot's bottom axis: tick labels from 9 px under the frame (tick 6 + padding 3), one line tall; the axis label's
// baseline 3 px above the bottom edge of the margin, one line tall.
const tickBottom = (fontSize: number) => 9 + fontSize * 1.2;
const labelTop = (fontSize: number, margin: number) => margin - 3 - fontSize * 1.2;

describe("xAxisLabelMargin", () => {
  test("puts the axis label below the tick labels at the sizes the charts use", () => {
    for (const size of [10, 11, 12, 14]) {
      const margin = xAxisLabelMargin(size);
      expect(labelTop(size, margin), `${size}px`).toBeGreaterThanOrEqual(tickBottom(size) + 2);
    }
  });
  test("grows with the font", () => {
    expect(xAxisLabelMargin(12)).toBeGreaterThan(xAxisLabelMargin(10));
  });
  test("Plot's default 30 px would not: the label meets the ticks at 12 px (the fault it fixes)", () => {
    expect(labelTop(12, 30)).toBeLessThan(tickBottom(12));
  });
});

describe("endLabelRoom", () => {
  test("is the widest label, its offset and 4 px: a two-digit count at 12 px after an 8 px offset", () => {
    // "27": two digits of 0.6em at 12 px = 14.4 px, + 8 + 4.
    expect(endLabelRoom(["3", "27", "9"], 12, 8)).toBe(Math.ceil(14.4 + 8 + 4));
  });
  test("grows with the widest label: ≥98 needs more room than 98", () => {
    expect(endLabelRoom(["≥98"], 12, 9)).toBeGreaterThan(endLabelRoom(["98"], 12, 9));
  });
  test("is 0 with no label", () => {
    expect(endLabelRoom([], 12, 8)).toBe(0);
  });
});
