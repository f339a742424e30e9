// The one rule for a chart's width (chartWidth), and every chart component drawn at widths it cannot use:
// 0 (a page before layout, or 1×1 during a full-page screenshot), 50 (?width=50 on an embed) and 1e9.
import {beforeAll, describe, expect, test, vi} from "vitest";
import {bipartiteNetwork} from "../../src/components/bipartiteNetwork.js";
import {chapterBars} from "../../src/components/chapterBars.js";
import {chartWidth, MAX_CHART_WIDTH} from "../../src/components/chartWidth.js";
import {coassignmentNetwork} from "../../src/components/coassignmentNetwork.js";
import {egoView} from "../../src/components/egoView.js";
import {forceNetwork} from "../../src/components/forceNetwork.js";
import {progressChart} from "../../src/components/progressChart.js";
import {responsibilityMatrix} from "../../src/components/responsibilityMatrix.js";
import {targetComparison} from "../../src/components/targetComparison.js";
import {egoNetwork} from "../../src/lib/ego.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {itemsPerChapter} from "../../src/lib/summary.js";
import {YANAN} from "../plan.js";
import {newDocument} from "./fixture.js";

const document = newDocument();
// d3-drag and d3-zoom read navigator.maxTouchPoints, which Node 20 (unlike a browser) does not define.
beforeAll(() => {
  if (!("navigator" in globalThis)) vi.stubGlobal("navigator", {maxTouchPoints: 0});
});

describe("chartWidth", () => {
  test("a missing, zero, negative or NaN width gives the fallback; others are rounded and clamped", () => {
    const rule = {min: 200, fallback: 640};
    expect([undefined, null, 0, -5, NaN].map((w) => chartWidth(w, rule))).toEqual([640, 640, 640, 640, 640]);
    expect([50, 199.6, 200, 480.4, 4096, 5000, 1e9, Infinity].map((w) => chartWidth(w, rule))).toEqual([
      200, 200, 200, 480, 4096, 4096, 4096, 4096
    ]);
    expect(chartWidth(0, {min: 10_000, fallback: 640})).toBe(MAX_CHART_WIDTH);
  });
});

const progressData = {
  label: "I8",
  unit: "%",
  measure: "level",
  target: {value: 98, year: 2025, comparator: ">="},
  baseline: {year: 2020, value: 95},
  observed: [
    {year: 2021, value: 96},
    {year: 2023, value: 97}
  ],
  nation: [],
  path: [
    {year: 2020, value: 95},
    {year: 2025, value: 98}
  ],
  expected: null
};

const charts: [string, (width: number) => Element][] = [
  [
    "egoView",
    (width) => egoView(egoNetwork(YANAN, "市市场监督管理局"), {width, document, departments: YANAN.departments})
  ],
  ["bipartiteNetwork", (width) => bipartiteNetwork(YANAN, {order: orderMatrix(YANAN, "similarity"), width, document})],
  ["coassignmentNetwork", (width) => coassignmentNetwork(YANAN, {width, document})],
  ["forceNetwork", (width) => forceNetwork(YANAN, {width, ticks: 5, document})],
  [
    "responsibilityMatrix",
    (width) => responsibilityMatrix(YANAN, {order: orderMatrix(YANAN, "document"), width, document})
  ],
  ["chapterBars", (width) => chapterBars(itemsPerChapter(YANAN), {width, document}) as Element],
  ["progressChart", (width) => progressChart(progressData, {width, document}) as Element],
  ["progressChart compact", (width) => progressChart(progressData, {width, compact: true, document}) as Element],
  [
    "targetComparison",
    (width) =>
      targetComparison(
        [
          {indicator: "I8", level: "city", value: 98, comparator: ">="},
          {indicator: "I8", level: "nation", value: 97, comparator: ">="}
        ],
        {width, document}
      ) as Element
  ]
];

/** Every length the markup gives: width, height, and the x, y and path coordinates. */
function lengths(root: Element): {negative: string[]; notANumber: string[]; svgWidths: number[]} {
  const all = [root, ...root.querySelectorAll("*")];
  const negative: string[] = [];
  const notANumber: string[] = [];
  for (const el of all) {
    for (const name of ["width", "height"]) {
      const value = el.getAttribute(name);
      if (value === null || value.endsWith("%")) continue;
      if (Number(value) < 0) negative.push(`<${el.tagName} ${name}="${value}">`);
    }
    for (const attr of el.getAttributeNames())
      if (/NaN|Infinity/.test(el.getAttribute(attr)!)) notANumber.push(`<${el.tagName} ${attr}>`);
  }
  const svgWidths = all
    .filter((el) => el.tagName.toLowerCase() === "svg" && el.getAttribute("viewBox"))
    .map((el) => Number(el.getAttribute("width")));
  return {negative, notANumber, svgWidths};
}

describe.each(charts)("%s at a width it cannot use", (_name, draw) => {
  test.each([0, 50, 1e9])("width %d: no negative length, no NaN, at most 4096 px wide", (width) => {
    const {negative, notANumber, svgWidths} = lengths(draw(width));
    expect(negative).toEqual([]);
    expect(notANumber).toEqual([]);
    expect(svgWidths.length).toBeGreaterThan(0);
    for (const w of svgWidths) {
      expect(w).toBeGreaterThan(100);
      expect(w).toBeLessThanOrEqual(MAX_CHART_WIDTH);
    }
  });
});
