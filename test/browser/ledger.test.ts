// The task ledger in Chromium, at 1440×900 and 390×844: its legend counts equal the table's statuses with and
// without a status file, nothing reported is not overdue, the history opens on demand, the export loads back as
// a status file, the key columns show without scrolling sideways, and a department's ledger prints.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {LEDGER_STATUSES, ledgerRows} from "../../src/lib/ledger.js";
import type {PlanModel} from "../../src/lib/model.js";
import {validateTaskStatus} from "../../src/lib/observations.js";
import {pdfPageCount} from "./pdf.ts";
import {dataFile, DIST, ROOT, SCREENSHOTS, useSite} from "./site.ts";

const fixture = (name: string) => resolve(ROOT, "test/fixtures", name);
const plan = dataFile(/^plan\.\w+\.json$/) as PlanModel;
const MARKET = "市市场监督管理局";

const site = useSite();
const DESKTOP = {viewport: {width: 1440, height: 900}};
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2};

/** The legend's count of each status, and the statuses of the table's rows counted. */
async function legendAndTable(page: Page) {
  const legend = await page.$$eval(".ledger-legend li[data-status]", (lis) =>
    Object.fromEntries(
      lis.map((li) => [li.getAttribute("data-status"), Number(li.querySelector("[data-count]")!.textContent)])
    )
  );
  const table = await page.$$eval(".ledger-table tbody [data-status]", (spans) => {
    const counts: Record<string, number> = {};
    for (const s of spans) counts[s.getAttribute("data-status")!] = (counts[s.getAttribute("data-status")!] ?? 0) + 1;
    return counts;
  });
  return {legend, table: Object.fromEntries(LEDGER_STATUSES.map((s) => [s, table[s] ?? 0]))};
}

describe("task ledger", () => {
  test("with no status file every item is not reported (not overdue), and the legend counts the table", async () => {
    const {page, close} = await site.open("ledger.html", DESKTOP);
    try {
      const {legend, table} = await legendAndTable(page);
      expect(Object.keys(legend)).toEqual([...LEDGER_STATUSES]);
      expect(legend).toEqual(table);
      expect(legend["not reported"]).toBe(plan.items.length);
      expect(legend.overdue).toBe(0);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-empty-1440.png")});
    } finally {
      await close();
    }
  });

  test("a status file with history: latest report drives the status, history on demand, counts agree", async () => {
    const {page, close} = await site.open("ledger.html", DESKTOP);
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("task-status-history.csv"));
      await page.waitForFunction(() => document.body.textContent!.includes("6 status rows"));
      const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      const expected = ledgerRows(
        plan,
        validateTaskStatus(readFileSync(fixture("task-status-history.csv"), "utf8"), plan).rows,
        {today}
      );
      const {legend, table} = await legendAndTable(page);
      expect(legend).toEqual(table);
      expect(legend.completed).toBe(1);
      expect(legend["not reported"]).toBe(expected.filter((r) => r.status === "not reported").length);
      const row = (id: string) =>
        page.locator(".ledger-table tr", {has: page.locator(`code:text-is("${id}")`)}).first();
      expect(await row("T1").locator("[data-status]").getAttribute("data-status")).toBe("completed");
      for (const id of ["T2", "T3", "A8.2"])
        expect(await row(id).locator("[data-status]").getAttribute("data-status")).toBe(
          expected.find((r) => r.item.id === id)!.status
        );
      // The history: hidden until asked for, then both reports of T3, newest first, with person and next step.
      const history = row("T3").locator("details.history");
      expect(await history.locator("li").first().isVisible()).toBe(false);
      await history.locator("summary").click();
      expect(await history.locator("li").allTextContents()).toEqual([
        expect.stringMatching(/^2025-03-31 in progress.*已招标.*王五.*施工/),
        expect.stringMatching(/^2024-06-30 not started/)
      ]);
      // The key columns are in view without scrolling sideways.
      const box = await page.locator(".ledger-table form").first().boundingBox();
      for (const column of ["Status", "Deadline", "As of", "Evidence"]) {
        const th = await page.locator(".ledger-table thead th", {hasText: column}).first().boundingBox();
        expect(th!.x + th!.width, column).toBeLessThanOrEqual(box!.x + box!.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-loaded.png"), fullPage: true});

      // The export loads back as a status file: the latest report of each item, unchanged.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByText("Export these rows").click()
      ]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv.startsWith("\ufeffitem,as_of,status,evidence,source,person,next_step")).toBe(true);
      const back = validateTaskStatus(csv, plan);
      expect(back.problems).toEqual([]);
      expect(back.rows).toEqual(expected.filter((r) => r.history.length).map((r) => r.history.at(-1)));
      // The status file with its history loads back whole.
      const [full] = await Promise.all([page.waitForEvent("download"), page.getByText("Save the status file").click()]);
      const fullBack = validateTaskStatus(readFileSync(await full.path(), "utf8"), plan);
      expect(fullBack).toMatchObject({problems: [], checked: 6});
      await page
        .locator("input[type=file]")
        .first()
        .setInputFiles(await download.path());
      await page.waitForFunction(() => document.body.textContent!.includes("4 status rows"));
      expect((await legendAndTable(page)).legend).toEqual(legend);
    } finally {
      await close();
    }
  });

  test("a department's ledger prints: its items only, every one, with the key columns", async () => {
    const {page, close} = await site.open(`ledger.html?department=${encodeURIComponent(MARKET)}`, DESKTOP);
    try {
      const held = new Set(
        plan.responsibilities.filter((r) => r.department === MARKET && r.role !== "implicit").map((r) => r.item)
      );
      const pdf = await page.pdf({format: "A4", path: resolve(SCREENSHOTS, "ledger-market.pdf")});
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
      await page.emulateMedia({media: "print"});
      expect(await page.locator(".ledger-table").isVisible()).toBe(false);
      expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      expect(await page.locator("table.ledger-print").isVisible()).toBe(true);
      const items = await page
        .locator("table.ledger-print tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-item")));
      expect(new Set(items)).toEqual(held);
      expect(items.length).toBe(held.size);
      expect(await page.locator("table.ledger-print thead").textContent()).toMatch(/Status.*Deadline.*As of.*Evidence/);
      const short = plan.departments.find((d) => d.name === MARKET)!.shortName;
      expect(await page.locator(".ledger-summary h2").textContent()).toContain(short);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-print.png"), fullPage: true});
    } finally {
      await close();
    }
  });

  test("on a phone the page does not scroll sideways and the legend is on the first screens", async () => {
    const {page, close} = await site.open("ledger.html", PHONE);
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const {legend, table} = await legendAndTable(page);
      expect(legend).toEqual(table);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-390.png"), fullPage: true});
    } finally {
      await close();
    }
  });

  // A plan that states its own closing date (本意见自2024年7月1日起施行，有效期至2029年6月30日): its items that state no
  // deadline show the plan's, marked as the plan's; the filter and the export say whose each date is.
  const CLOSING = "prov-shanghai-2024-publicfire";
  const closingDir = resolve(DIST, "_file/plans", CLOSING, "data");
  const closingPlan = JSON.parse(
    readFileSync(
      resolve(
        closingDir,
        readdirSync(closingDir).find((f) => /^plan\.\w+\.json$/.test(f))!
      ),
      "utf8"
    )
  ) as PlanModel;

  test("an item with no deadline of its own shows the plan's closing date, lighter, with a tooltip saying it is the plan's", async () => {
    expect(closingPlan.document.deadline?.date).toBe("2029-06-30");
    const {page, close} = await site.open(`plans/${CLOSING}/ledger.html?lang=zh`, {
      viewport: {width: 1280, height: 900}
    });
    try {
      const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      const rows = ledgerRows(closingPlan, [], {today});
      const lent = rows.filter((r) => r.deadline?.from === "plan");
      expect(lent.length).toBeGreaterThan(0);
      const marked = page.locator(".ledger-table tbody [data-due-from=plan]");
      expect(await marked.count()).toBe(lent.length);
      expect(await marked.first().textContent()).toBe("方案期限 2029-06-30");
      expect(await marked.first().getAttribute("title")).toBe(
        `方案的期限（${closingPlan.document.deadline!.raw}），并非条目自身的完成时限`
      );
      // Lighter than the table's own text.
      const colours = await marked
        .first()
        .evaluate((el) => [
          getComputedStyle(el).color,
          getComputedStyle(el.closest("td")!.previousElementSibling!).color
        ]);
      expect(colours[0]).not.toBe(colours[1]);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-plan-due-1280.png"), fullPage: true});

      // The due-date filter: the plan's closing date only.
      const select = page.locator("form", {hasText: "完成时限"}).locator("select");
      const options = await select.locator("option").allTextContents();
      expect(options).toEqual([
        "全部",
        `条目自身 (${rows.filter((r) => r.deadline?.from === "item").length})`,
        `方案期限 (${lent.length})`,
        `目标年（*） (${rows.filter((r) => r.deadline?.from === "target year").length})`
      ]);
      await select.selectOption({label: `方案期限 (${lent.length})`});
      await page.waitForFunction((n) => document.querySelectorAll(".ledger-table tbody tr").length === n, lent.length);
      expect(await marked.count()).toBe(lent.length);

      // The export says whose each date is.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("导出这些行").click()]);
      const csv = readFileSync(await download.path(), "utf8");
      const header = csv.slice(1, csv.indexOf("\n")).split(",");
      expect(header).toContain("due_date_source");
      const back = csvParse(csv.slice(1));
      expect(back.map((r) => [r.item, r.deadline, r.due_date_source])).toEqual(
        lent.map((r) => [r.item.id, "2029-06-30", "plan"])
      );
    } finally {
      await close();
    }
  });

  test("on a phone the plan's closing date is marked the same and the page does not scroll sideways", async () => {
    const {page, close} = await site.open(`plans/${CLOSING}/ledger.html?lang=zh`, PHONE);
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.locator(".ledger-table tbody [data-due-from=plan]").first().textContent()).toBe(
        "方案期限 2029-06-30"
      );
      await page.screenshot({path: resolve(SCREENSHOTS, "view-ledger-plan-due-390.png"), fullPage: true});
    } finally {
      await close();
    }
  });
});
