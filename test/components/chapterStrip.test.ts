// The chapter strip mark on its own: a plot over a band of item ids, in jsdom.
import * as Plot from "@observablehq/plot";
import {describe, expect, test} from "vitest";
import {chapterStrip, inDocumentOrder} from "../../src/components/chapterStrip.js";
import {chapterColor} from "../../src/components/palette.js";
import {YANAN} from "../plan.js";
import {newDocument} from "./fixture.js";

const document = newDocument();
const items = new Map(YANAN.items.map((i) => [i.id, i]));
const chapters = new Map(YANAN.chapters.map((c) => [c.seq, c]));
const draw = (columns: string[], groups: boolean) =>
  Plot.plot({
    document,
    width: 1200,
    height: 120,
    marginTop: 60,
    x: {domain: columns, axis: null},
    marks: [chapterStrip(columns, {items, chapters, top: 40, groups})]
  });

describe("chapterStrip", () => {
  test("chapterStrip(columns, …) colours one strip cell per column by its item's chapter, with data-item", () => {
    const columns = YANAN.items.map((i) => i.id);
    const rects = [...draw(columns, false).querySelectorAll("g[aria-label='chapter strip'] rect")];
    expect(rects.map((r) => r.getAttribute("data-item"))).toEqual(columns);
    expect(rects.map((r) => r.getAttribute("fill"))).toEqual(YANAN.items.map((i) => chapterColor(i.chapter)));
  });

  test("chapterStrip(columns, {groups: true}) labels each chapter once and each 专栏 box, with a rule between chapters", () => {
    const columns = YANAN.items.map((i) => i.id);
    const svg = draw(columns, true);
    const labels = [...svg.querySelectorAll("g[aria-label='column groups'] text")].map(
      (t) => t.firstChild!.textContent
    );
    const withItems = YANAN.chapters.filter((c) => YANAN.items.some((i) => i.chapter === c.seq));
    for (const c of withItems) expect(labels).toContain(c.numeral);
    expect(labels.some((l) => /^(专栏)?\d+$/.test(l!))).toBe(true);
    expect(svg.querySelectorAll("g[aria-label='group separators'] line[stroke='#888']")).toHaveLength(
      withItems.length - 1
    );
  });

  test("chapterStrip(columns, {groups: false}) draws no labels or rules", () => {
    const svg = draw(YANAN.items.map((i) => i.id).reverse(), false);
    expect(svg.querySelector("g[aria-label='column groups']")).toBeNull();
    expect(svg.querySelector("g[aria-label='group separators']")).toBeNull();
  });

  test("inDocumentOrder(columns, items) is true for the plan's order only", () => {
    const columns = YANAN.items.map((i) => i.id);
    expect(inDocumentOrder(columns, items)).toBe(true);
    expect(inDocumentOrder([...columns].reverse(), items)).toBe(false);
  });
});
