// The compare pages' components in jsdom: the indicator dot plot, the function heat map, the lineage bars, the
// side-by-side diff and the list of a file's bad rows.
import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {fileProblems} from "../../src/components/fileProblems.js";
import {functionHeatmap} from "../../src/components/functionHeatmap.js";
import {indicatorDots} from "../../src/components/indicatorDots.js";
import {textWidth} from "../../src/components/labels.js";
import {lineageChart} from "../../src/components/lineageChart.js";
import {FIGURE_COLORS, LINEAGE_COLORS} from "../../src/components/palette.js";
import {textDiffView} from "../../src/components/textDiffView.js";
import {textDiff} from "../../src/lib/compare/textDiff.js";

const {document} = new JSDOM("").window;
const doc = document as unknown as Document;
const svgOf = (e: Element) => (e.tagName === "svg" ? e : [...e.querySelectorAll("svg")].at(-1)!);

describe("indicatorDots", () => {
  test("a dot per figure, filled for a target and hollow for an observed value, with its words beside it", () => {
    const chart = indicatorDots(
      [
        {who: "延政发〔2024〕8号", side: "plan", kind: "target", value: 94, comparator: ">=", unit: "%", year: 2025},
        {who: "中国 目标", side: "nation", kind: "target", value: 94, comparator: "=", unit: "%", year: 2025},
        {
          who: "中国 实际值 2023",
          side: "nation",
          kind: "observation",
          value: 93.65,
          comparator: "=",
          unit: "%",
          year: 2023
        }
      ],
      {width: 600, limit: 100, document: doc}
    );
    const circles = [...svgOf(chart).querySelectorAll("circle")];
    expect(circles.map((c) => c.getAttribute("fill"))).toEqual([FIGURE_COLORS.plan, FIGURE_COLORS.nation, "white"]);
    const texts = [...svgOf(chart).querySelectorAll("[aria-label=text] text")].map((t) => t.textContent);
    expect(texts).toEqual(["≥94% · 2025", "94% · 2025", "93.65% · 2023"]);
  });
});

describe("functionHeatmap", () => {
  test("a cell per function and plan, the departments no rule maps left out, labelled with the items", () => {
    const chart = functionHeatmap(
      [
        {plan: "a", function: "transport", items: 10, share: 0.91},
        {plan: "b", function: "transport", items: 3, share: 0.3},
        {plan: "a", function: null, items: 4, share: 0.4}
      ],
      {
        plans: [
          {plan: "a", label: "A"},
          {plan: "b", label: "B"}
        ],
        functions: [
          {function: "finance", label: "财政"},
          {function: "transport", label: "交通运输"}
        ],
        width: 500,
        // jsdom has no canvas for the continuous legend.
        color: {legend: false},
        document: doc
      }
    );
    const svg = svgOf(chart);
    expect(svg.querySelectorAll("[aria-label=cell] rect")).toHaveLength(2);
    expect([...svg.querySelectorAll("[aria-label=text] text")].map((t) => t.textContent)).toEqual(["10", "3"]);
  });
});

describe("lineageChart", () => {
  test("a bar per child item coloured by its label, the thresholds as rules", () => {
    const chart = lineageChart(
      [
        {id: "T1", name: "T1 甲", label: "copied", labelText: "照搬", similarity: 0.9},
        {id: "T2", name: "T2 乙", label: "new", labelText: "新增", similarity: 0.1}
      ],
      {
        thresholds: [
          {value: 0.3, text: "0.3"},
          {value: 0.8, text: "0.8"}
        ],
        width: 500,
        document: doc
      }
    );
    const svg = svgOf(chart);
    expect([...svg.querySelectorAll("[aria-label=bar] rect")].map((r) => r.getAttribute("fill"))).toEqual([
      LINEAGE_COLORS.copied,
      LINEAGE_COLORS.new
    ]);
    expect(svg.querySelectorAll("[aria-label=rule] line").length).toBeGreaterThanOrEqual(2);
  });
});

describe("lineageChart's thresholds", () => {
  test("on a phone, two thresholds' labels that would meet are drawn on lines of their own", () => {
    const rows = [
      {id: "T1", name: "T1 加强政府统一领导", label: "copied" as const, labelText: "照搬", similarity: 0.9}
    ];
    const thresholds = [
      {value: 0.3, text: "改写 adapted ≥ 0.3"},
      {value: 0.8, text: "照搬 copied ≥ 0.8"}
    ];
    const svg = svgOf(lineageChart(rows, {thresholds, width: 326, document: doc}));
    const labels = [...svg.querySelectorAll("[aria-label=text] text")]
      .filter((t) => thresholds.some((h) => h.text === t.textContent))
      .map((t) => {
        // The text's own translate(x, y) plus its mark's (the dy of its lane).
        const at = (e: Element | null) =>
          (/translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(e?.getAttribute("transform") ?? "") ?? [0, 0, 0])
            .slice(1)
            .map(Number);
        const [x, y] = at(t);
        const [gx, gy] = at(t.parentElement);
        const w = textWidth(t.textContent!, 10);
        const end = t.closest("[text-anchor]")?.getAttribute("text-anchor") === "end";
        return {left: gx + (end ? x - w : x - w / 2), right: gx + (end ? x : x + w / 2), y: y + gy};
      });
    expect(labels).toHaveLength(2);
    const [a, b] = labels;
    const meet = a.left < b.right && b.left < a.right;
    expect(meet && Math.abs(a.y - b.y) < 10).toBe(false);
    expect(meet).toBe(true); // at this width they would meet on one line: the test sees the lanes at work
  });
});

describe("textDiffView", () => {
  test("the parent with what was removed struck through, the child with what was added underlined", () => {
    const view = textDiffView(textDiff("加强市级统筹", "加强区级统筹协调"), {headings: ["A", "B"], document: doc});
    const parent = view.querySelector("[data-side=parent] p")!;
    const child = view.querySelector("[data-side=child] p")!;
    expect(parent.textContent).toBe("加强市级统筹");
    expect(child.textContent).toBe("加强区级统筹协调");
    expect([...parent.querySelectorAll("del")].map((d) => d.textContent)).toEqual(["市"]);
    expect([...child.querySelectorAll("ins")].map((d) => d.textContent)).toEqual(["区", "协调"]);
  });
});

describe("fileProblems", () => {
  test("every bad row with its file and line; none: how many rows were read", () => {
    const box = fileProblems(
      [
        {file: "data/reference/functions.csv", line: 3, message: "empty match"},
        {file: "data/reference/functions.csv", line: 7, message: "empty function_zh"}
      ],
      {files: ["data/reference/functions.csv"], language: "zh", document: doc}
    );
    expect(box.dataset.problems).toBe("2");
    expect([...box.querySelectorAll("li")].map((l) => l.textContent)).toEqual([
      "data/reference/functions.csv 第3行：match为空",
      "data/reference/functions.csv 第7行：function_zh为空"
    ]);
    // In English, the message as the file's reader wrote it; in both languages, the Chinese with the English after it.
    const en = fileProblems(
      [{file: "data/reference/benchmarks.csv", line: 5, message: 'year "二〇二五" is not a year'}],
      {
        files: ["data/reference/benchmarks.csv"],
        language: "en",
        document: doc
      }
    );
    expect(en.querySelector("li")!.textContent).toBe(
      'data/reference/benchmarks.csv line 5: year "二〇二五" is not a year'
    );
    const both = fileProblems(
      [{file: "data/reference/benchmarks.csv", line: 5, message: 'year "二〇二五" is not a year'}],
      {
        files: ["data/reference/benchmarks.csv"],
        language: "both",
        document: doc
      }
    );
    expect(both.querySelector("li")!.textContent).toBe(
      'data/reference/benchmarks.csv 第5行 line 5：year“二〇二五”不是年份 (year "二〇二五" is not a year)'
    );
    const none = fileProblems([], {files: ["data/reference/functions.csv"], rows: 71, language: "en", document: doc});
    expect(none.textContent).toBe("data/reference/functions.csv: 71 rows read, none bad.");
  });
});
