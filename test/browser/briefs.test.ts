// The department briefs in Chromium: every department's brief prints on one A4 page (the largest included), with
// its document number, "as of" date, headline counts and one row per item it holds; the full texts print only
// when asked; a print button; on a phone the page does not scroll sideways.
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../../src/lib/model.js";
import {pdfPageCount} from "./pdf.ts";
import {dataFile, SCREENSHOTS, useSite} from "./site.ts";

const plan = dataFile(/^plan\.\w+\.json$/) as PlanModel;
const measures = dataFile(/^departments\.\w+\.json$/) as {
  name: string;
  slug: string;
  items: number;
  implicit: number;
}[];
const largest = measures.reduce((a, b) => (b.items + b.implicit > a.items + a.implicit ? b : a));

const site = useSite();
const DESKTOP = {viewport: {width: 1440, height: 900}};
/** How many briefs load and print at once. */
const PRINT_LANES = 3;

/**
 * Runs `task` on every element of `list`, `lanes` at a time, each lane taking the next element when its task ends;
 * every task runs even when one fails, and then the first failure is thrown.
 */
async function eachInLanes<T>(list: readonly T[], lanes: number, task: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (next < list.length) {
      const x = list[next++];
      await task(x).catch((e: unknown) => failures.push(e));
    }
  };
  await Promise.all(Array.from({length: Math.min(lanes, list.length)}, lane));
  if (failures.length) throw failures[0];
}

describe("department briefs", () => {
  test("every department's brief prints on one A4 page with every item it holds", {timeout: 300_000}, async () => {
    // The most rows: the county governments (1 explicit + 49 implicit items); the most explicit: market regulation.
    expect(largest.items + largest.implicit).toBe(plan.items.length);
    // One context for every brief, PRINT_LANES pages of it loading and printing at once: much of a page's time is
    // spent waiting (the network going idle), not working.
    const context = await site.browser().newContext(DESKTOP);
    const printed: string[] = [];
    try {
      await eachInLanes(measures, PRINT_LANES, async (m) => {
        const {page, close} = await site.openIn(context, `departments/${m.slug}.html`);
        try {
          const held = plan.responsibilities.filter((r) => r.department === m.name).map((r) => r.item);
          expect(
            await page
              .locator("table.brief-table tbody tr")
              .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-item"))),
            m.name
          ).toEqual(expect.arrayContaining(held));
          expect(await page.locator("table.brief-table tbody tr").count(), m.name).toBe(held.length);
          // One page: Chromium lays the brief out on A4 and is asked for its second page, which must not exist. A
          // whole PDF costs tens of seconds under load (the CJK font embedded); a page range past the end fails at
          // once. The largest brief is printed whole too, and counted: the two ways agree.
          const second = await page.pdf({format: "A4", pageRanges: "2"}).then(
            (pdf) => `a second page (${pdfPageCount(pdf)} printed)`,
            (e: Error) => e.message
          );
          expect(second, m.name).toMatch(/Page range exceeds page count/);
          if (m === largest) {
            const pdf = await page.pdf({format: "A4", path: resolve(SCREENSHOTS, "brief-largest.pdf")});
            expect(pdfPageCount(pdf), m.name).toBe(1);
          }
          printed.push(m.slug);
        } finally {
          await close();
        }
      });
    } finally {
      await context.close();
    }
    expect(printed.sort()).toEqual(measures.map((m) => m.slug).sort());
  });

  test("the largest brief: document number, as-of date, counts, print button; full texts print only when asked", async () => {
    const {page, close} = await site.open(`departments/${largest.slug}.html`, DESKTOP);
    try {
      expect(await page.locator("[data-doc]").textContent()).toBe(plan.document.docNumber);
      expect(await page.locator("[data-as-of]").textContent()).toMatch(/as of \d{4}-\d{2}-\d{2}/);
      // The date never breaks at a hyphen: one line box, at 1440 and at 1280.
      expect(await page.$eval("[data-as-of]", (el) => el.getClientRects().length)).toBe(1);
      await page.setViewportSize({width: 1280, height: 900});
      expect(await page.$eval("[data-as-of]", (el) => el.getClientRects().length)).toBe(1);
      await page.setViewportSize(DESKTOP.viewport);
      expect(await page.locator(".brief-status [data-status=not\\ reported] strong").textContent()).toBe(
        String(largest.items + largest.implicit)
      );
      expect(await page.getByRole("button", {name: /Print this brief/}).isVisible()).toBe(true);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-brief-1440.png")});
      await page.emulateMedia({media: "print"});
      expect(await page.locator(".brief-texts").isVisible()).toBe(false);
      expect(await page.locator("table.brief-table").isVisible()).toBe(true);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-brief-print.png"), fullPage: true});
      await page.emulateMedia({media: "screen"});
      await page.getByLabel(/Print the full texts too/).check();
      await page.waitForSelector(".brief-texts.print-texts");
      await page.emulateMedia({media: "print"});
      expect(await page.locator(".brief-texts").isVisible()).toBe(true);
      const pdf = await page.pdf({format: "A4", path: resolve(SCREENSHOTS, "brief-largest-with-texts.pdf")});
      expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    } finally {
      await close();
    }
  });

  // A date (2025-12-31*), a role word (牵头 lead) or a status (not reported 未报告) cut to "2025-12-…", "牵…" or "not
  // reported …" says nothing: those columns take the width their content needs, at a desktop's width and inside the
  // phone's scrolling box.
  test("the role, deadline and status columns are never cut short, at 1280 and at 390", async () => {
    const explicit = measures.reduce((a, b) => (b.items > a.items ? b : a));
    const cut = (page: Page) =>
      page.$$eval("table.brief-table tr", (trs) =>
        trs.flatMap((tr) =>
          [1, 4, 5]
            .map((i) => tr.children[i] as HTMLElement | undefined)
            .filter((c): c is HTMLElement => !!c && c.textContent!.trim() !== "" && c.scrollWidth > c.clientWidth)
            .map((c) => `${tr.getAttribute("data-item") ?? "head"}: ${c.textContent!.trim()}`)
        )
      );
    // Both languages ("牵头 lead", "Deadline 完成时限"): the widest labels.
    for (const m of [largest, explicit])
      for (const options of [
        {viewport: {width: 1280, height: 900}},
        {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}
      ]) {
        const {page, close} = await site.open(`departments/${m.slug}.html`, options);
        try {
          const where = `${m.name} ${options.viewport.width}`;
          expect(await page.locator("table.brief-table tbody tr").count(), where).toBeGreaterThan(0);
          expect(await cut(page), where).toEqual([]);
          if (m === explicit)
            await page
              .locator(".brief-table-scroll")
              .screenshot({path: resolve(SCREENSHOTS, `view-brief-columns-${options.viewport.width}.png`)});
        } finally {
          await close();
        }
      }
  });

  test("on a phone the brief does not scroll sideways", async () => {
    const {page, close} = await site.open(`departments/${largest.slug}.html`, {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true
    });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The table scrolls inside a box no wider than the screen, and keeps its columns at a readable width: made a
      // block by the phones' rule for tables, its cells stretched to their whole texts (2,196 px).
      const table = await page.$eval("table.brief-table", (t) => {
        const box = t.closest(".table-scroll")!;
        return {box: box.getBoundingClientRect().width, scrolls: getComputedStyle(box).overflowX, width: t.scrollWidth};
      });
      expect(table.box).toBeLessThanOrEqual(390);
      expect(table.scrolls).toBe("auto");
      expect(table.width).toBeLessThanOrEqual(720);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-brief-390.png")});
    } finally {
      await close();
    }
  });
});
