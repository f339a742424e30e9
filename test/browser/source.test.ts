// The source view in headless Chromium: the plan's text with every record marked, and the links between it and
// the rest of the site. Needs a build first (npm run build). DIST_DIR overrides the folder served (default: dist).
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import type {BrowserContext, Page} from "playwright-core";
import {afterEach, beforeAll, beforeEach, expect, test} from "vitest";
import {parseDataPlan} from "../../src/dataFiles/plan-files.ts";
import {visit} from "./browser.ts";
import {resolveFile} from "./serve.ts";
import {DIST as dist, SCREENSHOTS as screenshots, useSite} from "./site.ts";

const {model} = parseDataPlan();

const CLEAN = {consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [], cellErrors: []};
/** A CSS selector for an element by id: ids such as A2.1-1 hold dots. */
const byId = (id: string) => `[id="${id}"]`;

const site = useSite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  expect(existsSync(resolve(dist, "source.html")), `${dist}/source.html is missing: run npm run build first`).toBe(
    true
  );
});

beforeEach(async () => {
  context = await site.browser().newContext({viewport: {width: 1280, height: 900}});
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

test("the source page loads cleanly, with an element for every target, item and indicator", async () => {
  const report = await visit(page, `${site.origin()}/source.html`);
  expect(report, "problems on source.html").toEqual(CLEAN);
  const ids = [
    ...model.targets.map((t) => t.id),
    ...model.items.map((i) => i.id),
    ...model.indicators.map((i) => i.id),
    ...model.chapters.map((c) => c.id)
  ];
  expect(ids.length).toBeGreaterThan(0);
  const missing = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id) === null), ids);
  expect(missing).toEqual([]);
  // Each target's mark shows its phrase; each item's mark begins with its heading.
  for (const t of model.targets.slice(0, 5)) expect(await page.locator(byId(t.id)).innerText()).toBe(t.raw);
  const t1 = model.items[0];
  expect(await page.locator(byId(t1.id)).innerText()).toContain(t1.title);
  // Every mark links to a page of the build.
  const hrefs = await page.$$eval(".src a.mk", (links) => [
    ...new Set(links.map((a) => (a as HTMLAnchorElement).href))
  ]);
  expect(hrefs.length).toBeGreaterThan(0);
  const broken = hrefs.filter((href) => resolveFile(dist, new URL(href).pathname) === null);
  expect(broken).toEqual([]);
  // Every line has its anchor, numbered as in the text.
  const lines = await page.locator(".src-line").count();
  expect(await page.locator(byId(`L${lines}`)).count()).toBe(1);
});

test("the address names a mark: the page scrolls to it and highlights it; a screenshot", async () => {
  const target = model.targets.find((t) => t.id.startsWith("T")) ?? model.targets[0];
  const report = await visit(page, `${site.origin()}/source.html#${target.id}`);
  expect(report).toEqual(CLEAN);
  const mark = page.locator(byId(target.id));
  await expect.poll(() => mark.evaluate((el) => el.classList.contains("is-target"))).toBe(true);
  await expect.poll(() => mark.isVisible()).toBe(true);
  const box = (await mark.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(900);
  await page.waitForTimeout(3500); // the highlight's flash is over
  await page.screenshot({path: resolve(screenshots, "view-source.png")});
});

test("clicking a target's mark opens the targets page at that target", async () => {
  await visit(page, `${site.origin()}/source.html`);
  const target = model.targets[0];
  await page.locator(byId(target.id)).click();
  await page.waitForURL((url) => /\/targets(\.html)?$/.test(url.pathname) && url.hash === `#${target.id}`);
  await page.waitForSelector(byId(target.id));
  expect(await page.locator(byId(target.id)).getAttribute("href")).toBe(`./source.html#${target.id}`);
});

test("from the indicators page, I4's source link lands on the row in the text", async () => {
  const report = await visit(page, `${site.origin()}/indicators.html`);
  expect(report).toEqual(CLEAN);
  await page.locator(`tr${byId("I4")} a[href*="source"]`).click();
  await page.waitForURL((url) => /\/source(\.html)?$/.test(url.pathname) && url.hash === "#I4");
  expect(page.url()).toMatch(/\/source\.html#I4$/);
  const row = page.locator(`.src ${byId("I4")}`);
  await row.waitFor();
  expect(await row.innerText()).toContain("[10]");
  await expect.poll(() => row.evaluate((el) => el.classList.contains("is-target"))).toBe(true);
});

test("the matrix links to an item's text, and the item's heading back to the matrix", async () => {
  const item = model.items[0];
  await visit(page, `${site.origin()}/responsibilities.html?item=${encodeURIComponent(item.id)}`);
  const link = page.locator(`a[href="./source.html#${item.id}"]`);
  await link.click();
  await page.waitForURL((url) => url.hash === `#${item.id}`);
  await page.locator(`.src ${byId(item.id)}`).waitFor();
  // Back from the item's heading to the matrix, highlighting the item.
  await page.locator(`.src ${byId(item.id)}`).click();
  await page.waitForURL((url) => /\/responsibilities(\.html)?$/.test(url.pathname));
  expect(new URL(page.url()).searchParams.get("item")).toBe(item.id);
});
