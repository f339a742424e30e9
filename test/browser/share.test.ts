// The share dialog of every chart card in Chromium, at 1440×900 and 390×844: the Share button never covers the
// chart or its legend; the dialog downloads the chart's data as CSV and gives a link to the view as it is (its URL
// state); an exported PNG carries the legend's colours as the page shows them (pixels read back).
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1440, height: 900}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}
};
const PAGES = [
  "index.html",
  "responsibilities.html",
  "network.html",
  "departments.html?department=%E5%B8%82%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80",
  "indicators.html",
  "progress.html"
];

async function downloaded(page: Page, click: () => Promise<void>): Promise<{name: string; bytes: Buffer}> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return {name: download.suggestedFilename(), bytes: readFileSync(await download.path())};
}

/** Every card's Share button that intersects its chart or a legend, as "card: what". */
function overlaps(page: Page) {
  return page.$$eval("figure.chart-card", (cards) => {
    const hit = (a: DOMRect, b: DOMRect) =>
      a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: string[] = [];
    for (const card of cards) {
      const button = card.querySelector(".share-button")!.getBoundingClientRect();
      const chart = card.querySelector(":scope > :not(.chart-head):not(dialog)");
      const legends = [...card.querySelectorAll("[class$='-swatches'], [class$='-swatch'], [aria-label=legend]")];
      for (const el of [chart, ...legends])
        if (el && hit(button, el.getBoundingClientRect()))
          out.push(`${card.getAttribute("data-export")}: ${el.getAttribute("class") ?? el.tagName}`);
    }
    return out;
  });
}

describe("chart cards", () => {
  for (const [size, options] of Object.entries(SIZES))
    test(`the Share button covers no chart or legend (${size})`, {timeout: 180_000}, async () => {
      const found: string[] = [];
      for (const path of PAGES) {
        const {page, close} = await site.open(path, options);
        try {
          if (path === "progress.html")
            await page.waitForFunction(() => document.querySelectorAll(".multiples figure.chart-card svg").length > 5);
          expect(await page.locator("figure.chart-card").count(), path).toBeGreaterThan(0);
          found.push(...(await overlaps(page)).map((o) => `${path} ${o}`));
        } finally {
          await close();
        }
      }
      expect(found).toEqual([]);
    });
});

describe("share dialog", () => {
  test("downloads the chart's data as CSV and links to the view as it is", async () => {
    const {page, close} = await site.open("network.html?threshold=3", SIZES.desktop);
    try {
      const card = page.locator('figure[data-export="co-assignment"]');
      await card.locator(".share-button").click();
      const dialog = card.locator("dialog[open]");
      expect(await dialog.locator("[data-share-field=link]").inputValue()).toMatch(/\/network\.html\?threshold=3$/);
      const csv = await downloaded(page, () => dialog.locator("[data-share=csv]").click());
      expect(csv.name).toBe("co-assignment.csv");
      const lines = csv.bytes
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines[0]).toBe("department_a,department_b,shared_items,items");
      expect(lines.length).toBeGreaterThan(1);
      // Every link drawn has at least the threshold's 3 shared items.
      expect(lines.slice(1).every((l) => Number(l.split(",")[2]) >= 3)).toBe(true);
      await page.screenshot({path: resolve(SCREENSHOTS, "share-dialog-1440.png")});
      await dialog.locator("[data-share=close]").click();
      expect(await card.locator("dialog[open]").count()).toBe(0);
    } finally {
      await close();
    }
  });

  test("opens within a 390 px phone's width", async () => {
    const {page, close} = await site.open("responsibilities.html", SIZES.phone);
    try {
      const card = page.locator('figure[data-export="responsibility-matrix"]');
      await card.locator(".share-button").click();
      const box = (await card.locator("dialog[open]").boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await page.screenshot({path: resolve(SCREENSHOTS, "share-dialog-390.png")});
    } finally {
      await close();
    }
  });

  test("an exported PNG has the legend's colours as the page shows them (pixels read back)", async () => {
    const {page, close} = await site.open("responsibilities.html", SIZES.desktop);
    try {
      const card = page.locator('figure[data-export="responsibility-matrix"]');
      // The legend's colours on the page, as the browser paints them.
      const onPage = await card.evaluate((c) =>
        [...c.querySelectorAll("[class$='-swatch']")].map((s) => {
          const shape = s.querySelector("svg rect, svg") as SVGElement;
          return getComputedStyle(shape).fill;
        })
      );
      expect(onPage.length).toBeGreaterThan(1);
      await card.locator(".share-button").click();
      const dialog = card.locator("dialog[open]");
      const svg = (await downloaded(page, () => dialog.locator("[data-share=svg]").click())).bytes.toString("utf8");
      const png = (await downloaded(page, () => dialog.locator("[data-share=png]").click())).bytes;
      // Where the export draws the legend's swatches: its top-level 10×10 rects (see exportChart.ts).
      const swatches = [
        ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="10" height="10" fill="([^"]+)"\/>/g)
      ].map((m) => ({x: Number(m[1]) + 5, y: Number(m[2]) + 5}));
      expect(swatches).toHaveLength(onPage.length);
      // The PNG is drawn at 2×: read the pixel at the centre of each swatch.
      const pixels = await page.evaluate(
        async ({data, points}) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          return points.map(({x, y}) => {
            const [r, g, b] = context.getImageData(x * 2, y * 2, 1, 1).data;
            return `rgb(${r}, ${g}, ${b})`;
          });
        },
        {data: png.toString("base64"), points: swatches}
      );
      expect(pixels).toEqual(onPage);
      // Not all one colour (a grey legend would be): the roles are told apart.
      expect(new Set(pixels).size).toBe(onPage.length);
    } finally {
      await close();
    }
  });
});
