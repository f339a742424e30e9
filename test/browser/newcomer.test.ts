// What a newcomer trips on, in Chromium: a favicon (no /favicon.ico 404), the load page's bold text rendered, the
// overview's target year read once, the departments table ranking largest first on a first click, a table wider
// than its box showing a shadow where columns are hidden, and no page scrolling sideways on a 390 px phone.
import type {Page} from "playwright-core";
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
  "data.html",
  "departments/municipal-administration-for-market-regulation.html",
  "compare/plans.html",
  "compare/indicators.html",
  "compare/responsibilities.html",
  "compare/lineage.html"
];

describe("small things", () => {
  test("every page has a favicon and asks for no /favicon.ico", async () => {
    const {page, close} = await site.open("index.html");
    try {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.reload({waitUntil: "networkidle"});
      expect(await page.locator("link[rel=icon]").getAttribute("href")).toMatch(/^data:image\/svg\+xml[;,]/);
      // The icon decodes: an image of it has a size (a data URL escaped twice is no image at all).
      const size = await page.evaluate(async () => {
        const image = new Image();
        image.src = (document.querySelector("link[rel=icon]") as HTMLLinkElement).href;
        await image.decode();
        return image.naturalWidth;
      });
      expect(size).toBeGreaterThan(0);
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

  test.each([
    [1440, 900],
    [390, 844]
  ])(
    "the departments table, wider than its box at %i px, shows a shadow on the side where columns are hidden",
    async (width, height) => {
      const {page, close} = await site.open("departments.html", {viewport: {width, height}});
      try {
        const box = page.locator("#observablehq-main form table").first().locator("xpath=..");
        expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth + 1), "the table scrolls sideways").toBe(true);
        // The text and rules hidden, so that only the box's background is read at its inner edges.
        await page.addStyleTag({
          content: "form table * { color: transparent !important; border-color: transparent !important; }"
        });
        await box.scrollIntoViewIfNeeded();
        const start = await edges(page, box);
        expect(start.right, `shaded right edge at the start (${JSON.stringify(start)})`).toBeGreaterThan(
          start.left + 8
        );
        await box.evaluate((b) => b.scrollTo(b.scrollWidth, 0));
        await page.waitForTimeout(100);
        const end = await edges(page, box);
        expect(end.left, `shaded left edge at the end (${JSON.stringify(end)})`).toBeGreaterThan(end.right + 8);
      } finally {
        await close();
      }
    }
  );

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

/**
 * How dark (255 − mean grey, 0 for white) a 3 px strip just inside each side of a scrolling box is on screen,
 * below its header row: a shadow makes one side darker than the other.
 */
async function edges(page: Page, box: ReturnType<Page["locator"]>): Promise<{left: number; right: number}> {
  const inner = await box.evaluate((b) => {
    const r = b.getBoundingClientRect();
    const left = r.left + b.clientLeft;
    return {left, right: left + b.clientWidth, top: r.top + 40, height: Math.min(120, r.height - 50)};
  });
  const dark = async (x: number) => {
    const png = await page.screenshot({clip: {x, y: inner.top, width: 3, height: inner.height}});
    return page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
      return 255 - sum / (pixels.length / 4);
    }, png.toString("base64"));
  };
  return {left: await dark(inner.left + 1), right: await dark(inner.right - 4)};
}
