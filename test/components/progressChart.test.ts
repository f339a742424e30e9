import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {progressChart, type ProgressChartData} from "../../src/components/progressChart.js";

const DATA: ProgressChartData = {
  label: "高标准农田",
  unit: "个",
  measure: "level",
  target: {value: 12, year: 2025, comparator: ">="},
  baseline: {year: 2020, value: 4},
  observed: [{year: 2023, value: 9}],
  nation: [],
  path: [
    {year: 2020, value: 4},
    {year: 2025, value: 12}
  ],
  expected: {year: 2023, value: 8.8}
};

function axisText(language: "zh" | "en"): string {
  const {window} = new JSDOM("");
  const chart = progressChart(DATA, {
    document: window.document as unknown as Document,
    width: 400,
    compact: true,
    language
  });
  return [...chart.querySelectorAll("[aria-label='y-axis label'] text")].map((t) => t.textContent).join(" ");
}

describe("progressChart", () => {
  test("progressChart(data, {language}) names a Chinese unit in the language asked for on its value axis", () => {
    expect(axisText("en")).toContain("count");
    expect(axisText("en")).not.toContain("个");
    expect(axisText("zh")).toContain("个");
  });
});
