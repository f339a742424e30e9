// What a reader sees of the layout on every page with charts, at a desktop and a phone width: no axis label of a
// Plot chart drawn over its tick labels; on a phone, where the cards of a grid stack in one column, no card is
// stretched to the height of the tallest card of the grid (a blank box under a short card).
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {CHART_PAGES} from "./chartPages.ts";
import {useSite} from "./site.ts";

const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1280, height: 800}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}
};

/** Every Plot axis label whose box meets one of the same axis's tick labels, as "chart: axis label ∩ tick". */
function axisLabelsOverTicks(page: Page): Promise<string[]> {
  return page.$$eval("svg", (svgs) => {
    const hit = (a: DOMRect, b: DOMRect) =>
      a.width > 0 &&
      b.width > 0 &&
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const out: string[] = [];
    for (const svg of svgs)
      for (const axis of ["x", "y", "fx", "fy"]) {
        const label = svg.querySelector(`[aria-label="${axis}-axis label"] text`);
        if (!label) continue;
        const box = label.getBoundingClientRect();
        for (const tick of svg.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`))
          if (hit(box, tick.getBoundingClientRect())) {
            const card =
              svg.closest("figure")?.getAttribute("data-export") ?? svg.getAttribute("aria-label") ?? "chart";
            out.push(`${card}: "${label.textContent}" over tick "${tick.textContent}"`);
          }
      }
    return out;
  });
}

/** Every card of a one-column grid whose box is taller than its content by more than 48 px. */
function stretchedCards(page: Page): Promise<string[]> {
  return page.$$eval(".grid", (grids) => {
    const out: string[] = [];
    for (const grid of grids) {
      if (getComputedStyle(grid).gridTemplateColumns.trim().split(/\s+/).length !== 1) continue;
      for (const card of grid.children) {
        const box = card.getBoundingClientRect();
        if (box.height === 0) continue;
        const kids = [...card.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
        if (!kids.length) continue;
        const content = Math.max(...kids.map((r) => r.bottom)) - box.top;
        if (box.height - content > 48)
          out.push(
            `${(card.textContent ?? "").trim().slice(0, 30)}: ${Math.round(box.height)} px for ${Math.round(content)} px`
          );
      }
    }
    return out;
  });
}

describe("layout", () => {
  for (const [size, options] of Object.entries(SIZES))
    test(`no axis label is drawn over its tick labels (${size})`, {timeout: 240_000}, async () => {
      const found: string[] = [];
      for (const path of CHART_PAGES) {
        const {page, close} = await site.open(path, options);
        try {
          found.push(...(await axisLabelsOverTicks(page)).map((o) => `${path} ${o}`));
        } finally {
          await close();
        }
      }
      expect(found).toEqual([]);
    });

  test("on a phone, no card of a grid is stretched past its content", {timeout: 240_000}, async () => {
    const found: string[] = [];
    for (const path of [...CHART_PAGES, "ledger.html", "targets.html", "data.html"]) {
      const {page, close} = await site.open(path, SIZES.phone);
      try {
        found.push(...(await stretchedCards(page)).map((o) => `${path} ${o}`));
      } finally {
        await close();
      }
    }
    expect(found).toEqual([]);
  });
});
