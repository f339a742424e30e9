// One department's neighbourhood: items by role and partner departments.
import {describe, expect, test} from "vitest";
import {egoView} from "../../src/components/egoView.js";
import {textWidth} from "../../src/components/labels.js";
import {ROLE_COLORS} from "../../src/components/palette.js";
import {egoNetwork} from "../../src/lib/ego.js";
import {YANAN} from "../plan.js";
import {COUNTIES, FDRC, FIXTURE, MARKET, newDocument} from "./fixture.js";

const document = newDocument();
const bars = (root: Element) => [...root.querySelectorAll("svg[data-chart='partners'] g[aria-label='bar'] rect")];

describe("egoView", () => {
  test("names the department in Chinese and English and lists its items under the four roles", () => {
    const root = egoView(egoNetwork(FIXTURE, FDRC), {document, departments: FIXTURE.departments, width: 480});
    expect(root.tagName).toBe("DIV");
    expect(root.getAttribute("data-view")).toBe("ego");
    expect(root.querySelector("h3")!.textContent).toBe(
      "市发改委 · 市发展和改革委员会 Municipal Development and Reform Commission"
    );
    const sections = [...root.querySelectorAll("section[data-role]")];
    expect(sections.map((s) => s.querySelector("h4")!.textContent)).toEqual([
      "牵头 lead (1)",
      "配合 support (1)",
      "共同 joint (1)",
      "默认 implicit (0)"
    ]);
    expect(sections.map((s) => s.querySelector("h4")!.getAttribute("style"))).toEqual(
      (["lead", "support", "joint", "implicit"] as const).map((r) => expect.stringContaining(ROLE_COLORS[r]))
    );
    expect(sections.map((s) => [...s.querySelectorAll("li")].map((li) => li.textContent))).toEqual([
      ["T1 甲任务"],
      ["T4 丁任务"],
      ["T2 乙任务"],
      []
    ]);
    expect(root.outerHTML).toMatchSnapshot();
  });

  test("charts the partner departments by shared items, labelled by short name, in neutral bars", () => {
    const ego = egoNetwork(FIXTURE, FDRC);
    const root = egoView(ego, {document, departments: FIXTURE.departments, width: 480});
    expect(ego.partners.map((p) => [p.shortName, p.weight])).toEqual([
      ["市市场监管局", 2],
      ["市科技局", 1],
      ["市财政局", 1],
      ["市商务局", 1]
    ]);
    const rects = bars(root);
    expect(rects).toHaveLength(4);
    expect(rects[0].parentElement!.getAttribute("fill")).toBe("#8c8c8c"); // one neutral fill for all bars
    expect(rects.every((r) => r.getAttribute("fill") === null)).toBe(true);
    const widths = rects.map((r) => Number(r.getAttribute("width")));
    expect(widths[0]).toBeCloseTo(2 * widths[1], 0);
    const labels = [...root.querySelectorAll("g[aria-label='y-axis tick label'] text")];
    expect(labels.map((t) => t.firstChild!.textContent)).toEqual(["市市场监管局", "市科技局", "市财政局", "市商务局"]);
    expect(labels[0].querySelector("title")!.textContent).toBe(
      "市市场监管局 · 市市场监督管理局 · Municipal Administration for Market Regulation"
    );
  });

  test("a department without partners gets a line of text instead of a chart; implicit items are listed", () => {
    const root = egoView(egoNetwork(FIXTURE, COUNTIES), {document, departments: FIXTURE.departments});
    expect(root.querySelector("svg")).toBeNull();
    expect(root.textContent).toContain("shares no item with another department");
    const implicit = root.querySelector("section[data-role='implicit']")!;
    expect(implicit.querySelector("h4")!.textContent).toBe("默认 implicit (5)");
    expect([...implicit.querySelectorAll("li")].map((li) => li.getAttribute("data-item"))).toEqual([
      "A1.1",
      "A1.2",
      "T3",
      "T4",
      "T5"
    ]);
  });

  test("without the departments list, the canonical name stands alone", () => {
    const root = egoView(egoNetwork(FIXTURE, MARKET), {document});
    expect(root.querySelector("h3")!.textContent).toBe(MARKET);
  });

  test("leaves room right of the longest bar for its count, however wide: no count runs past the chart's edge", () => {
    // Counts of four digits (a synthetic department sharing thousands of items): wider than the chart's right margin.
    const ego = egoNetwork(FIXTURE, FDRC);
    const wide = {...ego, partners: ego.partners.map((p) => ({...p, weight: p.weight * 1000}))};
    for (const e of [ego, wide]) {
      const svg = egoView(e, {document, departments: FIXTURE.departments, width: 480}).querySelector(
        "svg[data-chart='partners']"
      )!;
      const width = Number(svg.getAttribute("width"));
      const counts = [...svg.querySelectorAll("g[aria-label='text'] text")];
      expect(counts.map((t) => t.textContent)).toEqual(e.partners.map((p) => String(p.weight)));
      for (const t of counts) {
        // The text's left end: its group's and its own translation, then dx; its width estimated (labels.ts).
        const shift = (el: Element | null) =>
          Number(el?.getAttribute("transform")?.match(/translate\(([-\d.]+)/)?.[1] ?? 0);
        const left =
          shift(t.parentElement) + shift(t) + Number(t.getAttribute("x") ?? 0) + Number(t.getAttribute("dx") ?? 0);
        expect(left + textWidth(t.textContent!, 11), t.textContent!).toBeLessThanOrEqual(width);
      }
    }
  });

  test("renders the Yan'an plan", () => {
    const ego = egoNetwork(YANAN, "市市场监督管理局");
    const root = egoView(ego, {document, departments: YANAN.departments});
    expect(bars(root)).toHaveLength(ego.partners.length);
    const listed = root.querySelectorAll("section[data-role] li").length;
    expect(listed).toBe(YANAN.responsibilities.filter((r) => r.department === "市市场监督管理局").length);
  });
});
