// What a reader sees of the layout on every page with charts, at a desktop and a phone width: no axis label of a
// Plot chart drawn over its tick labels; no label of a chart crossed by the chart's frame or cut at its edge (a bar's
// count with no room after its bar: test/components/egoView.test.ts, with counts wider than any plan's); no two labels
// of the force network over each other; no card of a grid stretched past the content of its row (a row as tall as
// another row, or on a phone a short card as tall as the tallest: a blank box); what is meant for print (the ledger's print table, a brief's footer)
// never shows on screen; printed, the ledger and the responsibility matrix hide nothing in a scroll box and have no
// blank page.
import {getDocument} from "pdfjs-dist/legacy/build/pdf.mjs";
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

/**
 * Every card of a grid whose box is taller than the content of every card of its row (the cards at its top) by more
 * than 48 px: a row stretched to another row's height, or on a phone a card stretched to the tallest card's.
 */
function stretchedCards(page: Page): Promise<string[]> {
  return page.$$eval(".grid", (grids) => {
    const out: string[] = [];
    for (const grid of grids) {
      const cards = [...grid.children]
        .map((card) => {
          const box = card.getBoundingClientRect();
          const kids = [...card.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
          const content = kids.length ? Math.max(...kids.map((r) => r.bottom)) - box.top : 0;
          return {card, box, content};
        })
        .filter((c) => c.box.height > 0 && c.content > 0);
      for (const {card, box} of cards) {
        const row = cards.filter((c) => Math.abs(c.box.top - box.top) < 1);
        const content = Math.max(...row.map((c) => c.content));
        if (box.height - content > 48)
          out.push(
            `${(card.textContent ?? "").trim().slice(0, 30)}: ${Math.round(box.height)} px for ${Math.round(content)} px`
          );
      }
    }
    return out;
  });
}

/**
 * Every text of a chart that its frame (a Plot frame's rectangle, one per facet) runs through, and every text that
 * reaches past the edge of an SVG that clips (a count label after a full bar, a facet's name wider than its panel).
 */
function labelsCrossedOrCut(page: Page): Promise<string[]> {
  return page.$$eval("svg", (svgs) => {
    const out: string[] = [];
    // The text's box straddles one of the rectangle's four edges, within the rectangle's span along that edge.
    const crossed = (t: DOMRect, r: DOMRect) => {
      const rows = t.top < r.bottom - 0.5 && r.top < t.bottom - 0.5;
      const cols = t.left < r.right - 0.5 && r.left < t.right - 0.5;
      const straddles = (lo: number, hi: number, edge: number) => lo < edge - 0.5 && hi > edge + 0.5;
      return (
        (rows && (straddles(t.left, t.right, r.left) || straddles(t.left, t.right, r.right))) ||
        (cols && (straddles(t.top, t.bottom, r.top) || straddles(t.top, t.bottom, r.bottom)))
      );
    };
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = svg.closest("figure")?.getAttribute("data-export") ?? svg.getAttribute("aria-label") ?? "chart";
      const frames = [...svg.querySelectorAll('[aria-label="frame"]')]
        .flatMap((f): Element[] => (f.tagName === "rect" ? [f] : [...f.querySelectorAll("rect")]))
        .map((f) => f.getBoundingClientRect());
      const clips = getComputedStyle(svg).overflow !== "visible";
      for (const text of svg.querySelectorAll("text")) {
        const t = text.getBoundingClientRect();
        if (t.width === 0) continue;
        if (frames.some((f) => crossed(t, f))) out.push(`${name}: the frame runs through "${text.textContent}"`);
        if (clips && (t.left < box.left - 1 || t.right > box.right + 1))
          out.push(`${name}: "${text.textContent}" is cut at the chart's edge`);
      }
    }
    return out;
  });
}

/**
 * Every two labels of the force network shown at once whose glyphs meet, as "a × b", once the layout has settled;
 * and how many labels show. A label's box is the text's box less the font's line gap above and below the glyphs
 * (a third of the font size), so that two labels one under the other are not counted as meeting.
 */
async function forceLabelsOverlapping(page: Page): Promise<{shown: number; overlaps: string[]}> {
  await page.waitForFunction(
    () => {
      const svg = document.querySelector("svg[data-view='force']") as
        (SVGSVGElement & {simulation?: {alpha(): number; alphaMin(): number}}) | null;
      return svg?.simulation !== undefined && svg.simulation.alpha() < svg.simulation.alphaMin();
    },
    undefined,
    {timeout: 60_000}
  );
  return page.$eval("svg[data-view='force']", (svg) => {
    const boxes = [...svg.querySelectorAll("g[aria-label='labels'] text")]
      .filter((t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).display !== "none")
      .map((t) => {
        const r = t.getBoundingClientRect();
        const inset = parseFloat(getComputedStyle(t).fontSize) / 6;
        return {text: t.textContent, left: r.left, right: r.right, top: r.top + inset, bottom: r.bottom - inset};
      });
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          overlaps.push(`${a.text} × ${b.text}`);
    return {shown: boxes.length, overlaps};
  });
}

/** Every element meant for print only (.print-only, .print-footer) that has a box on screen; and how many there are. */
function printOnlyOnScreen(page: Page): Promise<{count: number; shown: string[]}> {
  return page.$$eval(".print-only, .print-footer", (els) => ({
    count: els.length,
    shown: els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`)
  }));
}

/** Every box of the main column that hides part of what it holds (a scroll box cut at its height), as "tag.class". */
function cutBoxes(page: Page): Promise<string[]> {
  return page.$$eval("#observablehq-main *", (els) =>
    els
      .filter((el) => {
        const overflow = getComputedStyle(el).overflowY;
        return overflow !== "visible" && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 2;
      })
      .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")}`)
  );
}

/** The number of characters of text on each page of a PDF (pdf.js), e.g. [1796, 1433, 0]: a 0 is a blank page. */
async function textPerPage(pdf: Uint8Array): Promise<number[]> {
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0}).promise;
  const out: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const {items} = await (await doc.getPage(i)).getTextContent();
    out.push(
      items
        .map((t) => ("str" in t ? t.str : ""))
        .join("")
        .trim().length
    );
  }
  await doc.destroy();
  return out;
}

/** The text printed on each page of a PDF (pdf.js), its pieces joined with spaces. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({data: new Uint8Array(pdf), verbosity: 0}).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const {items} = await (await doc.getPage(i)).getTextContent();
    out.push(items.map((t) => ("str" in t ? t.str : "")).join(" "));
  }
  await doc.destroy();
  return out;
}

/** The item ids (T1, A2.3 …) printed on each page of a PDF's texts: a ledger's rows per page, e.g. [9, 20, 20, 1]. */
function itemsPerPage(texts: string[]): number[] {
  return texts.map((text) => (text.match(/\b(?:T\d+|A\d+\.\d+)\b/g) ?? []).length);
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

  for (const [size, options] of Object.entries(SIZES))
    test(
      `no chart label is crossed by its frame or cut at the chart's edge (${size})`,
      {timeout: 240_000},
      async () => {
        const found: string[] = [];
        for (const path of CHART_PAGES) {
          const {page, close} = await site.open(path, options);
          try {
            found.push(...(await labelsCrossedOrCut(page)).map((o) => `${path} ${o}`));
          } finally {
            await close();
          }
        }
        expect(found).toEqual([]);
      }
    );

  for (const [size, options] of Object.entries(SIZES))
    test(`no two labels of the force network meet; most departments keep theirs (${size})`, async () => {
      const {page, close} = await site.open("network.html", options);
      try {
        const {shown, overlaps} = await forceLabelsOverlapping(page);
        expect(overlaps).toEqual([]);
        expect(shown).toBeGreaterThanOrEqual(15);
      } finally {
        await close();
      }
    });

  for (const [size, options] of Object.entries(SIZES))
    test(`what is meant for print does not show on screen (${size})`, async () => {
      for (const path of ["ledger.html", "departments/municipal-administration-for-market-regulation.html"]) {
        const {page, close} = await site.open(path, options);
        try {
          const {count, shown} = await printOnlyOnScreen(page);
          expect(count, `${path} has print-only elements`).toBeGreaterThan(0);
          expect(shown, path).toEqual([]);
        } finally {
          await close();
        }
      }
    });

  test("printed on A4, the ledger and the responsibilities hide nothing in a scroll box and have no blank page", async () => {
    for (const path of ["ledger.html", "responsibilities.html"]) {
      // A4's width at 96 dpi: the page as Chromium lays it out to print.
      const {page, close} = await site.open(path, {viewport: {width: 794, height: 1123}});
      try {
        await page.emulateMedia({media: "print"});
        expect(await cutBoxes(page), path).toEqual([]);
        const pages = await textPerPage(await page.pdf({format: "A4"}));
        expect(pages.length, path).toBeGreaterThan(0);
        expect(
          pages.flatMap((chars, i) => (chars === 0 ? [i + 1] : [])),
          `${path}: blank pages`
        ).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  test("printed on A4, the ledger's first page holds rows, not the explanation, and its last more than a single row", async () => {
    // All 50 items of the plan printed 9, 20, 20 rows, then one alone on a fourth page; with the last rows kept
    // together, 9, 20, 18, 3: the explanation of statuses and deadline marks took most of the first page.
    const {page, close} = await site.open("ledger.html", {viewport: {width: 794, height: 1123}});
    try {
      await page.emulateMedia({media: "print"});
      const texts = await pageTexts(await page.pdf({format: "A4"}));
      const rows = itemsPerPage(texts);
      const perPage = `rows per page: ${rows.join(", ")}`;
      expect(rows.reduce((a, b) => a + b, 0)).toBe(50);
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.at(-1), perPage).toBeGreaterThanOrEqual(3);
      // The first page, under the title and the counts, holds at least 60% of a full page's rows.
      expect(rows[0], perPage).toBeGreaterThanOrEqual(0.6 * Math.max(...rows.slice(1)));
      // The explanation is printed, after the table: on the last page, not the first.
      // (pdf.js cuts a line of text into pieces anywhere: compared without spaces.)
      const explanation = /Overdue:thedeadline|逾期：已过完成时限/;
      const squeezed = texts.map((t) => t.replace(/\s+/g, ""));
      expect(squeezed.at(-1)).toMatch(explanation);
      expect(squeezed[0]).not.toMatch(explanation);
    } finally {
      await close();
    }
  });

  for (const [size, options] of Object.entries(SIZES))
    test(`no card of a grid is stretched past its row's content (${size})`, {timeout: 240_000}, async () => {
      const found: string[] = [];
      for (const path of [...CHART_PAGES, "ledger.html", "targets.html", "data.html"]) {
        const {page, close} = await site.open(path, options);
        try {
          found.push(...(await stretchedCards(page)).map((o) => `${path} ${o}`));
        } finally {
          await close();
        }
      }
      expect(found).toEqual([]);
    });
});
