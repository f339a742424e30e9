import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {progressChart, progressLegend, type ProgressChartData} from "../../src/components/progressChart.js";
import {OWN_JURISDICTION_LABELS} from "../../src/lib/vocabulary.js";

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
  test("progressChart(data, {own}) names the plan's own observations by its jurisdiction, in the legend and the empty note", () => {
    const {window} = new JSDOM("");
    const document = window.document as unknown as Document;
    const county = OWN_JURISDICTION_LABELS.county;
    const chart = progressChart({...DATA, observed: []}, {document, width: 400, language: "zh", own: county});
    expect(chart.textContent).toContain("本县（区）观测值");
    expect(chart.textContent).toContain("暂无本县（区）数据");
    expect(chart.textContent).not.toContain("本市");
    const en = progressLegend({document, language: "en", own: county}).textContent;
    expect(en).toContain("county observations");
    // A city's plan, the default, keeps its words.
    expect(progressLegend({document, language: "zh"}).textContent).toContain("本市观测值");
  });
});
