// The language switch: interface text and chart labels change, the choice is in the URL and survives a reload.
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {expect, test} from "vitest";
import {visit} from "./browser.ts";
import {SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();

test("switching to English changes headings and chart labels, and a reload keeps it", async () => {
  const context = await site.browser().newContext({viewport: {width: 1400, height: 1000}});
  try {
    const page = await context.newPage();
    const report = await visit(page, `${site.origin()}/responsibilities.html`);
    expect(report).toMatchObject({consoleErrors: [], pageErrors: [], cellErrors: []});
    expect(await page.locator("h1 .zh").first().isVisible()).toBe(true);
    await page.locator(".language-switch a[data-lang=en]").click();
    await page.waitForURL(/lang=en/);
    await page.waitForSelector("[data-view=matrix]");
    expect(await page.locator("h1 .zh").first().isVisible()).toBe(false);
    expect(await page.locator("h1 .en").first().textContent()).toBe("Who is responsible for what");
    const labels = await page.$$eval('[data-view=matrix] g[aria-label="y-axis tick label"] text', (ts) =>
      ts.map((t) => t.firstChild?.textContent)
    );
    expect(labels).toContain("Municipal Administration for Market Regulation");
    // A later visit without ?lang= remembers the choice.
    await page.goto(`${site.origin()}/index.html`);
    await page.waitForSelector("#observablehq-main h2");
    expect(await page.evaluate(() => document.documentElement.dataset.lang)).toBe("en");
    expect(await page.locator("#observablehq-sidebar a .zh").first().isVisible()).toBe(false);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.lang)).toBe("en");
    await page.locator(".language-switch a[data-lang=zh]").click();
    await page.waitForURL(/lang=zh/);
    expect(await page.locator("h2 .en").first().isVisible()).toBe(false);
    await page.waitForSelector(".big");
    await page.waitForTimeout(500);
    await page.screenshot({path: resolve(SCREENSHOTS, "view-language-zh.png"), fullPage: false});
  } finally {
    await context.close();
  }
});

test("in English the progress and departments headings and the network's labels are English; in Chinese the picker says 部门", async () => {
  const context = await site.browser().newContext({viewport: {width: 1400, height: 1000}});
  const cjk = /[\u2e80-\u9fff]/;
  // The visible text of the page's headings (hidden spans left out).
  const headings = (page: Page) =>
    page.$$eval("#observablehq-main h1, #observablehq-main h2", (hs) => hs.map((h) => (h as HTMLElement).innerText));
  try {
    const page = await context.newPage();
    for (const path of ["progress.html", "departments.html"]) {
      const report = await visit(page, `${site.origin()}/${path}?lang=en`);
      expect(report).toMatchObject({consoleErrors: [], pageErrors: [], cellErrors: []});
      expect(await page.evaluate(() => document.documentElement.dataset.lang)).toBe("en");
      expect(await page.locator("h1 .zh").first().isVisible()).toBe(false);
      const texts = await headings(page);
      expect(texts.length).toBeGreaterThan(1);
      for (const text of texts) expect(text, `${path}: ${text}`).not.toMatch(cjk);
    }
    await visit(page, `${site.origin()}/network.html?lang=en`);
    await page.waitForSelector("[data-view=bipartite] [aria-label=departments] text");
    const departments = await page.$$eval("[data-view=bipartite] [aria-label=departments] text", (ts) =>
      ts.map((t) => t.firstChild?.textContent ?? "")
    );
    expect(departments).toContain("Municipal Administration for Market Regulation");
    expect(departments.filter((d) => cjk.test(d)).length).toBeLessThan(departments.length / 2);
    await visit(page, `${site.origin()}/responsibilities.html?lang=zh`);
    await page.waitForSelector("input[list]");
    const label = await page.locator("form:has(input[list]) label").first().textContent();
    expect(label?.trim()).toBe("部门");
  } finally {
    await context.close();
  }
});
