// The targets page in Chromium: a target's subject or source sentence longer than a cell shows (a table's cells run
// together, or a long sentence) is cut with …, its figure kept in view, the whole text in the cell's tip; a short one
// is whole. At 1440×900 and 390×844 with no sideways scroll.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {targetRows} from "../../src/lib/ledger.js";
import type {PlanModel} from "../../src/lib/model.js";
import {DIST, expectNoSidewaysScroll, SCREENSHOTS, useSite} from "./site.ts";

/** A built plan's plan.json. */
function planData(plan: string): PlanModel {
  const dir = resolve(DIST, "_file/plans", plan, "data");
  return JSON.parse(
    readFileSync(
      resolve(
        dir,
        readdirSync(dir).find((f) => /^plan\.\w+\.json$/.test(f))!
      ),
      "utf8"
    )
  );
}

const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1440, height: 900}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2}
};
// A shipped plan with a source sentence of 150 characters (a rural-roads task's).
const PLAN = "fengxian-2021-ruralroads";

describe("targets", () => {
  test.each(Object.entries(SIZES))(
    "long sentences are cut, whole in the tip; short ones whole (%s)",
    async (size, options) => {
      const rows = targetRows(planData(PLAN), []);
      const long = rows.filter((r) => r.sentence.length > 120);
      expect(long.length, "the plan has a long sentence").toBeGreaterThan(0);
      const {page, close} = await site.open(`plans/${PLAN}/targets.html?lang=zh`, options);
      try {
        await page.locator(".targets-table tbody tr").first().waitFor();
        const cells = await page.locator(".targets-table tbody tr").evaluateAll((trs) =>
          trs.map((tr) => {
            const id = tr.querySelector("a[id]")?.id ?? "";
            const sentence = [...tr.querySelectorAll("span.small.wrap")].at(-1)!;
            return {
              id,
              text: sentence.textContent ?? "",
              title: sentence.getAttribute("title") ?? "",
              cut: sentence.hasAttribute("data-cut")
            };
          })
        );
        for (const row of rows) {
          const cell = cells.find((c) => c.id === row.target.id)!;
          expect(cell, row.target.id).toBeTruthy();
          if (row.sentence.length > 120) {
            expect(cell.cut, row.target.id).toBe(true);
            expect(cell.text.replaceAll("…", "").length).toBe(120);
            expect(cell.text).toContain(row.target.raw);
            expect(cell.title).toContain(row.sentence);
          } else {
            expect(cell.cut, row.target.id).toBe(false);
            expect(cell.text).toBe(row.sentence);
          }
        }
        await expectNoSidewaysScroll(page);
        await page.screenshot({path: resolve(SCREENSHOTS, `targets-${PLAN}-${size}.png`), fullPage: true});
      } finally {
        await close();
      }
    }
  );

  test.each(Object.entries(SIZES))(
    "the table fits its card or scrolls inside it, Progress in view at 1440 px (%s)",
    async (size, options) => {
      const {page, close} = await site.open(`plans/${PLAN}/targets.html`, options);
      try {
        await page.locator(".targets-table tbody tr").first().waitFor();
        const box = await page.locator(".card.targets-table form").evaluate((form) => {
          const edge = form.getBoundingClientRect();
          const headers = [...form.querySelectorAll("thead th")];
          const progress = headers.find((th) => /Progress|进展/.test(th.textContent ?? ""))!.getBoundingClientRect();
          const card = form.closest(".card")!.getBoundingClientRect();
          return {
            formLeft: edge.left,
            formRight: edge.right,
            cardRight: card.right,
            progressRight: progress.right,
            scrolls: form.scrollWidth > form.clientWidth,
            overflowX: getComputedStyle(form).overflowX
          };
        });
        // The table's box stays inside its card; what does not fit scrolls inside the box.
        expect(box.formRight).toBeLessThanOrEqual(box.cardRight + 0.5);
        if (box.scrolls) expect(["auto", "scroll"]).toContain(box.overflowX);
        // At 1440 px the columns a reader checks a number by, Progress the last of them, show without scrolling.
        if (size === "desktop") expect(box.progressRight).toBeLessThanOrEqual(box.formRight + 0.5);
        await expectNoSidewaysScroll(page);
        await page.screenshot({path: resolve(SCREENSHOTS, `targets-fit-${size}.png`)});
      } finally {
        await close();
      }
    }
  );
});
