// What a newcomer trips on, in Chromium: a favicon (no /favicon.ico 404), the load page's bold text rendered, the
// overview's target year read once, the departments table ranking largest first on a first click, and no page
// scrolling sideways on a 390 px phone.
import {describe, expect, test} from "vitest";
import {SCREENSHOTS, useSite} from "./site.ts";
import {resolve} from "node:path";

const site = useSite();
const PAGES = [
  "index.html",
  "responsibilities.html",
  "network.html",
  "departments.html",
  "indicators.html",
  "targets.html",
  "progress.html",
  "ledger.html",
  "source.html",
  "load.html",
  "embeds.html",
  "data.html"
];

describe("small things", () => {
  test("every page has a favicon and asks for no /favicon.ico", async () => {
    const {page, close} = await site.open("index.html");
    try {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.reload({waitUntil: "networkidle"});
      expect(await page.locator("link[rel=icon]").getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
      expect(requests.filter((u) => u.endsWith("/favicon.ico"))).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the load page renders its bold text, with no literal **", async () => {
    const {page, close} = await site.open("load.html");
    try {
      expect(await page.locator("strong", {hasText: "Nothing leaves your browser"}).count()).toBe(1);
      expect(await page.locator("strong", {hasText: "内容不会离开浏览器"}).count()).toBe(1);
      expect(await page.locator("#observablehq-main").textContent()).not.toContain("**");
    } finally {
      await close();
    }
  });

  test("the overview gives the target year once in the document line", async () => {
    const {page, close} = await site.open("index.html");
    try {
      const meta = (await page.locator(".doc-meta").first().textContent())!;
      expect(meta.match(/2025/g)).toHaveLength(1);
    } finally {
      await close();
    }
  });

  test("the departments table sorts a column largest first on its first click, then reverses", async () => {
    const {page, close} = await site.open("departments.html");
    try {
      const table = page.locator("form table").first();
      const column = async () => {
        const i = await table
          .locator("thead th")
          .evaluateAll((ths) => ths.findIndex((th) => /Lead/.test(th.textContent!)));
        return table
          .locator("tbody tr")
          .evaluateAll((trs, i) => trs.map((tr) => Number(tr.children[i].textContent)), i);
      };
      await table.locator("thead th", {hasText: "Lead"}).first().click();
      const first = await column();
      expect(first).toEqual([...first].sort((a, b) => b - a));
      expect(first[0]).toBeGreaterThan(first.at(-1)!);
      await table.locator("thead th", {hasText: "Lead"}).first().click();
      const second = await column();
      expect(second).toEqual([...second].sort((a, b) => a - b));
    } finally {
      await close();
    }
  });

  test("on a 390 px phone no page scrolls sideways", {timeout: 180_000}, async () => {
    const wide: string[] = [];
    for (const path of PAGES) {
      const {page, close} = await site.open(path, {
        viewport: {width: 390, height: 844},
        isMobile: true,
        hasTouch: true
      });
      try {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) {
          wide.push(`${path}: ${width}px`);
          await page.screenshot({path: resolve(SCREENSHOTS, `wide-390-${path.replace(".html", "")}.png`)});
        }
      } finally {
        await close();
      }
    }
    expect(wide).toEqual([]);
  });
});
