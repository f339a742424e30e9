// The pages on plans of shapes a new user brought (test/fixtures/tester5/: real plan openings), in a site built once
// for these tests in a temporary copy of the project (subsetSite.ts; data/ is not touched) beside the Yan'an plan:
// - a task table whose 一、 headings are rows (no chapters), a county's list (items in no chapter), a joint notice of
//   four issuers with one chapter of goals and no items: the overview shows the items by their top outline level,
//   never an empty chart, a fractional tick or a raw "null";
// - the reading coverage of a plan that is one table is its table's, on the data and compare pages;
// - a long title and four issuers: nothing wider than a phone's screen (the shared check, expectNoSidewaysScroll);
// - one name per plan: the heading, the picker, the footer and the Plans table show the .meta.json's title;
// - the observations are worded by the plan's level (a county's plan says county, not city);
// - a plan of two items draws the matrix as a matrix: small cells, not bars across the page.
import {join, resolve} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {LoadedPlan} from "../../src/dataFiles/plan-files.js";
import {readPlanSet} from "../../src/dataFiles/plan-set.js";
import {chapterOutline} from "../../src/lib/summary.js";
import {expectNoSidewaysScroll, ROOT, SCREENSHOTS, useSite} from "./site.ts";
import {buildSubsetSite, type SubsetSite} from "./subsetSite.ts";

const FIXTURES = resolve(ROOT, "test/fixtures/tester5");
const TABLE = "xian-2022-fenggong";
const COUNTY = "qinxian-2025-renwuqingdan";
const LONG_TITLE = "chengdu-2024-qianrushi";
const PAGE_LABEL = "xianyang-2022-fangguanfu-trad";
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2};
const DESKTOP = {viewport: {width: 1440, height: 900}};

let built: SubsetSite;
let plans: LoadedPlan[];
const planOf = (name: string) => plans.find((p) => p.name === name)!;

beforeAll(async () => {
  built = await buildSubsetSite(
    [{from: "yanan-2024-8"}, ...[TABLE, COUNTY, LONG_TITLE, PAGE_LABEL].map((from) => ({from, dir: FIXTURES}))],
    "yanan-2024-8"
  );
  plans = (await readPlanSet(join(built.root, "data/plans"))).plans;
}, 1_500_000);
afterAll(() => built?.remove());
const site = useSite(() => built.dist);

describe("the overview's chapters on plans without 一、 chapters", () => {
  // 沁县's list is now read from its attachment, whose 一、县示范区管委会牵头工作 headings are chapters: the plan that is
  // one task table (西安) is the shape without chapters.
  test.each([TABLE])("%s: every item under its top outline level, no empty chart, no null", async (name) => {
    const {model} = planOf(name);
    expect(model.chapters).toEqual([]);
    expect(model.items.length).toBeGreaterThan(0);
    const {page, close} = await site.open(`plans/${name}/`, DESKTOP);
    try {
      const main = page.locator("#observablehq-main");
      await page.locator("details.chapter").first().waitFor();
      expect(await main.innerText()).not.toMatch(/\bnull\b/);
      // Every item listed once, in its section; the sections as the outline gives them.
      const listed = await page.locator("details.chapter ol.items code").allTextContents();
      expect(listed.toSorted()).toEqual(model.items.map((i) => i.id).toSorted());
      const outline = chapterOutline(model);
      expect(await page.locator("details.chapter").count()).toBe(outline.length);
      // The chart draws a bar per section and ticks whole numbers of items.
      const svg = page
        .locator(".card svg")
        .filter({has: page.locator("[aria-label='bar']")})
        .first();
      const ticks = await svg.locator("[aria-label='x-axis tick label'] text").allTextContents();
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(t).toMatch(/^\d+$/);
      expect(await svg.locator("[aria-label='bar'] rect").count()).toBeGreaterThan(0);
      await page.screenshot({path: resolve(SCREENSHOTS, `plan-shapes-${name}-overview-1440.png`), fullPage: true});
    } finally {
      await close();
    }
  });

  test("a plan with no items says so instead of drawing an empty chart", async () => {
    const {model} = planOf(LONG_TITLE);
    expect(model.items).toEqual([]);
    const {page, close} = await site.open(`plans/${LONG_TITLE}/`, DESKTOP);
    try {
      await page.locator("[data-empty='tasks-per-chapter']").waitFor();
      expect(await page.locator(".card svg [aria-label='bar']").count()).toBe(0);
      expect(await page.locator("#observablehq-main").innerText()).not.toMatch(/\bnull\b|0\.0000/);
      expect(await page.locator("details.chapter").count()).toBe(chapterOutline(model).length);
    } finally {
      await close();
    }
  });
});

describe("the reading coverage of a plan that is one table", () => {
  test("the data page and the Plans table give the table's coverage, not 0% of 0 characters", async () => {
    const {coverage} = planOf(TABLE).model;
    expect(coverage.bodyChars).toBeGreaterThan(0);
    const percent = `${(coverage.covered * 100).toFixed(1)}%`;
    const data = await site.open(`plans/${TABLE}/data`, DESKTOP);
    try {
      const card = data.page.locator(".card").filter({hasText: /Body read|正文识别/});
      expect(await card.locator(".big").innerText()).toBe(percent);
      expect(await card.innerText()).toContain(coverage.bodyChars.toLocaleString("en"));
    } finally {
      await data.close();
    }
    const compare = await site.open("compare/plans.html", DESKTOP);
    try {
      const row = compare.page
        .locator("#observablehq-main form table tbody tr")
        .filter({has: compare.page.locator(`a[href$="/plans/${TABLE}/"]`)});
      expect(await row.locator("td").allTextContents()).toContain(`${Math.round(coverage.covered * 100)}%`);
      expect(await row.locator("td").allTextContents()).not.toContain("0%");
    } finally {
      await compare.close();
    }
  });
});

describe("one name per plan", () => {
  test.each([COUNTY, PAGE_LABEL, LONG_TITLE])(
    "%s: the heading, the picker, the footer and the Plans table show the .meta.json's title",
    async (name) => {
      const title = planOf(name).meta.title!;
      const {page, close} = await site.open(`plans/${name}/`, DESKTOP);
      try {
        expect(await page.locator("h1.plan-title").innerText()).toBe(title);
        expect(await page.locator(".plan-picker-current").getAttribute("title")).toContain(title);
        expect(await page.locator("#observablehq-footer").innerText()).toContain(`《${title}》`);
      } finally {
        await close();
      }
      const compare = await site.open("compare/plans.html", DESKTOP);
      try {
        const link = compare.page.locator(`#observablehq-main form table a[href$="/plans/${name}/"]`);
        expect(await link.getAttribute("title")).toBe(title);
      } finally {
        await compare.close();
      }
    }
  );
});

describe("a long title and four issuers on a phone", () => {
  test.each(["", "responsibilities", "ledger", "targets", "data"])(
    "plans/chengdu…/%s: nothing wider than the screen; the title wraps within four lines",
    async (path) => {
      const {page, close} = await site.open(`plans/${LONG_TITLE}/${path}`, PHONE);
      try {
        await expectNoSidewaysScroll(page);
        const summary = (await page.locator(".plan-picker summary").boundingBox())!;
        expect(summary.x + summary.width).toBeLessThanOrEqual(390);
        if (path === "") {
          const h1 = page.locator("h1.plan-title");
          const lines = await h1.evaluate(
            (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)
          );
          expect(lines).toBeLessThanOrEqual(4.05);
          const meta = (await page.locator(".doc-meta").boundingBox())!;
          expect(meta.x + meta.width).toBeLessThanOrEqual(390);
          await page.screenshot({path: resolve(SCREENSHOTS, `plan-shapes-long-title-390.png`)});
        }
      } finally {
        await close();
      }
    }
  );
});

describe("observations worded by the plan's level", () => {
  test.each([
    [COUNTY, /No county observations yet/, /尚无本县（区）观测值/],
    [TABLE, /No city observations yet/, /尚无本市观测值/]
  ])("%s", async (name, en, zh) => {
    const {page, close} = await site.open(`plans/${name}/`, DESKTOP);
    try {
      const text = (await page.locator("[data-progress='0']").textContent())!;
      expect(text).toMatch(en);
      expect(text).toMatch(zh);
      if (name === COUNTY) expect(text).not.toMatch(/city|本市/);
    } finally {
      await close();
    }
  });
});

describe("the matrix of a small plan", () => {
  test("two items at 1440 px: cells no wider than 32 px", async () => {
    expect(planOf(TABLE).model.items.length).toBeLessThan(5);
    const {page, close} = await site.open(`plans/${TABLE}/responsibilities`, DESKTOP);
    try {
      const cells = page.locator("svg[aria-label='responsibility matrix'] g[aria-label='cell'] rect");
      await cells.first().waitFor();
      const widths = await cells.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
      expect(widths.length).toBeGreaterThan(0);
      for (const w of widths) expect(w).toBeLessThanOrEqual(32);
      await page.screenshot({path: resolve(SCREENSHOTS, `plan-shapes-small-matrix-1440.png`)});
    } finally {
      await close();
    }
  });
});
