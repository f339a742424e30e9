// The overview in Chromium, at 1440×900 and 390×844: it answers first (who leads most, items with no designated
// lead, binding indicators against national and provincial targets), every figure equal to the one computed
// from the data files, every link to a page that exists; on a phone the first screen shows an answer. Monitoring
// files loaded on the progress and ledger pages survive a reload, show on the overview, and clear with a button.
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../../src/lib/model.js";
import {bindingSummary, itemsWithoutLead, leadRanking, type ComparedIndicator} from "../../src/lib/overview.js";
import {dataFile, ROOT, SCREENSHOTS, useSite} from "./site.ts";

const fixture = (name: string) => resolve(ROOT, "test/fixtures", name);
const plan = dataFile(/^plan\.\w+\.json$/) as PlanModel;
const monitoring = dataFile(/^monitoring\.\w+\.json$/) as {indicators: ComparedIndicator[]};

const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1440, height: 900}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2}
};

describe("overview", () => {
  test.each(Object.entries(SIZES))("answers first, with computed figures (%s)", async (size, options) => {
    const {page, close} = await site.open("index.html", options);
    try {
      const leads = leadRanking(plan);
      const noLead = itemsWithoutLead(plan);
      const binding = bindingSummary(monitoring.indicators);
      const figures = await page.locator("ul.answers .answer-figure").allTextContents();
      expect(figures).toEqual([
        String(leads.ranks[0].led.length),
        `${noLead.length}/${plan.items.length}`,
        String(binding.indicators.length)
      ]);
      expect(
        await page
          .locator("#who-leads ol.leaders li")
          .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-department")))
      ).toEqual(leads.ranks.map((r) => r.name));
      expect(await page.locator("#no-lead .no-lead-items li").count()).toBe(noLead.length);
      expect(
        await page
          .locator("#binding tr[data-indicator]")
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-indicator")))
      ).toEqual(binding.indicators.map((i) => i.id));
      // No reader counts here: they are on the data page.
      expect(await page.locator("#observablehq-main").textContent()).not.toMatch(/Parser warnings|解析警告/);
      // The first screen shows an answer: the first answer is inside the viewport, with its sentence.
      const first = (await page.locator("ul.answers li").first().boundingBox())!;
      expect(first.y + first.height).toBeLessThanOrEqual(options.viewport.height);
      expect((await page.locator("ul.answers li").first().textContent())!.length).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        options.viewport.width
      );
      await page.screenshot({path: resolve(SCREENSHOTS, `overview-${size}.png`)});
    } finally {
      await close();
    }
  });

  test("shows Framework's loading sign, not a blank page, while the plan's data load", async () => {
    // The plan's data held back until the sign has been seen (no timing): the answers' place shows
    // <observablehq-loading>, as the other pages' cells do, and the sign goes once the answers are drawn.
    const context = await site.browser().newContext(SIZES.desktop);
    try {
      const page = await context.newPage();
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      await page.route(/\/_file\/data\/plan\.\w+\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.url("index.html"), {waitUntil: "domcontentloaded"});
      const sign = page.locator("#observablehq-main observablehq-loading").first();
      await sign.waitFor({state: "visible"});
      expect(await page.locator("h1.plan-title").count()).toBe(0);
      await page.screenshot({path: resolve(SCREENSHOTS, "overview-loading.png")});
      release();
      await page.waitForSelector("h1.plan-title");
      await page.waitForSelector("ul.answers");
      await page.waitForLoadState("networkidle");
      expect(await page.locator("#observablehq-main observablehq-loading").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test("the leaders link to their briefs, the items to the source, the start links to pages that exist", async () => {
    // At the root and on a plan's own overview (/plans/<name>/), whose root-only links go two folders up.
    for (const address of ["index.html", "plans/jinshan-2019-firesafety/index.html"]) await startLinksExist(address);
  });

  async function startLinksExist(address: string) {
    const {page, close} = await site.open(address, SIZES.desktop);
    try {
      const hrefs = await page
        .locator("#who-leads a, #start-here a, #binding a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const items = await page
        .locator("#no-lead .no-lead-items a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(items.every((h) => /\/source#[TA]\d/.test(h))).toBe(true);
      for (const href of new Set([...hrefs, ...items].map((h) => h.replace(/#.*/, "")))) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
      const leader = page.locator("#who-leads ol.leaders a").first();
      expect(await leader.getAttribute("href")).toMatch(/^\.\/departments\//);
    } finally {
      await close();
    }
  }

  test("a plan whose indicator table was not read says so, never that none is binding", async () => {
    // Every shipped Shanghai plan: the reader read no indicator row from it.
    const {page, close} = await site.open("plans/jinshan-2019-firesafety/index.html?lang=en", SIZES.desktop);
    try {
      await page.locator("#binding").waitFor();
      expect(await page.locator("#binding [data-binding]").getAttribute("data-binding")).toBe("not-read");
      expect(await page.locator("#binding").textContent()).toContain("No indicator table was read from this plan");
      expect(await page.locator("#observablehq-main").textContent()).not.toContain("marks no indicator as binding");
      expect(await page.locator("ul.answers .answer-figure").nth(2).textContent()).toBe("—");
    } finally {
      await close();
    }
  });

  test("the data page carries the reader's counts and warnings", async () => {
    const {page, close} = await site.open("data.html", SIZES.desktop);
    try {
      expect(await page.locator(".reader-counts [data-warnings-count]").getAttribute("data-warnings-count")).toBe(
        String((plan as unknown as {warnings: unknown[]}).warnings.length)
      );
    } finally {
      await close();
    }
  });
});

describe("monitoring files kept in the browser", () => {
  test("a status and an observations file survive a reload, show on the overview, and clear", async () => {
    const {page, close} = await site.open("ledger.html", SIZES.desktop);
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("task-status-history.csv"));
      await page.waitForFunction(() => document.body.textContent!.includes("6 status rows"));
      await page.reload({waitUntil: "networkidle"});
      await page.waitForFunction(() => document.body.textContent!.includes("6 status rows"));
      expect(await page.locator(".kept-file").getAttribute("data-kept")).toBe("task-status-history.csv");
      expect(await page.locator(".ledger-legend li[data-status=completed] [data-count]").textContent()).toBe("1");

      await page.goto(page.url().replace("ledger.html", "progress.html"), {waitUntil: "networkidle"});
      await page.locator("input[type=file]").first().setInputFiles(fixture("observations-single.csv"));
      await page.waitForFunction(
        () => document.querySelector("tr[data-indicator=I8] .status")?.textContent === "achieved"
      );
      await page.reload({waitUntil: "networkidle"});
      await page.waitForFunction(
        () => document.querySelector("tr[data-indicator=I8] .status")?.textContent === "achieved"
      );
      expect(await page.locator(".kept-file").getAttribute("data-kept")).toBe("observations-single.csv");

      await page.goto(page.url().replace(/progress\.html.*/, "index.html"), {waitUntil: "networkidle"});
      await page.locator("#monitoring [data-ledger]").waitFor();
      expect(await page.locator("#monitoring [data-ledger]").getAttribute("data-ledger")).toBe("6");
      expect(await page.locator("#monitoring [data-progress]").getAttribute("data-progress")).toBe("1");
      expect(await page.locator("#monitoring [data-status=achieved] [data-count]").textContent()).toBe("1");
      expect(await page.locator("#monitoring [data-status=completed] [data-count]").textContent()).toBe("1");
      await page.screenshot({path: resolve(SCREENSHOTS, "overview-with-files.png"), fullPage: true});

      // Clear: both files go, on every page.
      await page.goto(page.url().replace("index.html", "ledger.html"), {waitUntil: "networkidle"});
      await Promise.all([page.waitForEvent("load"), page.locator(".kept-file button.kept-clear").click()]);
      await page.waitForFunction(
        (n) => document.querySelector(".ledger-legend li[data-status='not reported'] [data-count]")?.textContent === n,
        String(plan.items.length)
      );
      expect(await page.locator(".kept-file").getAttribute("data-kept")).toBe("");
      expect(await page.locator(".kept-file button").count()).toBe(0);
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("plan-explorer:")))
      ).toEqual([]);
    } finally {
      await close();
    }
  });
});
