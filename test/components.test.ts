// SVG snapshot tests of the chart components, rendered in jsdom on fixture rows.
import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {chapterBars} from "../src/components/chapterBars.js";
import {CHAPTER_COLORS, ROLE_COLORS} from "../src/components/palette.js";
import {itemsPerChapter} from "../src/lib/summary.js";
import {parse} from "./plan.js";

const {document} = new JSDOM("").window;

const FIXTURE = parse(
  [
    "一、产业",
    "(一)甲任务。(市发改委负责)",
    "(二)乙任务。(市科技局负责)",
    "专栏1 行动 |",
    "——开展甲行动。(责任单位:市科技局) |",
    "二、保障",
    "(三)丙任务。(市发改委负责)"
  ].join("\n")
);

describe("chapterBars", () => {
  test("draws one bar per chapter and kind, in document order, with the shared kind colours", () => {
    const rows = itemsPerChapter(FIXTURE);
    expect(rows).toEqual([
      {chapter: "一、产业", kind: "task", count: 2},
      {chapter: "一、产业", kind: "action", count: 1},
      {chapter: "二、保障", kind: "task", count: 1},
      {chapter: "二、保障", kind: "action", count: 0}
    ]);
    const figure = chapterBars(rows, {document: document as unknown as Document, width: 500}) as HTMLElement;
    const svgs = figure.tagName === "svg" ? [figure] : [...figure.querySelectorAll("svg")];
    const svg = svgs[svgs.length - 1]; // after the legend's swatches
    expect([...svg.querySelectorAll("rect")].map((r) => r.getAttribute("fill"))).toEqual([
      "#0072B2",
      "#E69F00",
      "#0072B2",
      "#E69F00"
    ]);
    expect([...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent)).toEqual([
      "一、产业",
      "二、保障"
    ]);
    expect(figure.outerHTML).toMatchSnapshot();
  });

  test("on a phone-wide chart (330 px) every bar has room: no negative width, titles cut to the margin", () => {
    const figure = chapterBars(itemsPerChapter(FIXTURE), {
      document: document as unknown as Document,
      width: 330
    }) as HTMLElement;
    const svgs = figure.tagName === "svg" ? [figure] : [...figure.querySelectorAll("svg")];
    const svg = svgs[svgs.length - 1];
    const widths = [...svg.querySelectorAll("g[aria-label=bar] rect")].map((r) => Number(r.getAttribute("width")));
    expect(widths).toHaveLength(4);
    expect(widths.every((w) => w >= 0)).toBe(true);
    expect(Math.max(...widths)).toBeGreaterThan(50);
    expect(svg.querySelectorAll("g[aria-label='y-axis tick label'] text")).toHaveLength(2);
  });
});

describe("palette", () => {
  test("chapters have their own sequential palette: no role colour, darker with each chapter", () => {
    const roles = new Set(Object.values(ROLE_COLORS).map((c) => c.toUpperCase()));
    expect(CHAPTER_COLORS.filter((c) => roles.has(c.toUpperCase()))).toEqual([]);
    const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    const luminance = CHAPTER_COLORS.map((c) => rgb(c).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0));
    expect(luminance).toEqual([...luminance].sort((a, b) => b - a));
    // One hue: blue the largest channel, red above green (purple), in every step.
    expect(CHAPTER_COLORS.every((c) => ((r, g, b) => b >= r && r >= g)(...(rgb(c) as [number, number, number])))).toBe(
      true
    );
  });
});
