// The responsibility explorer in Chromium: the department choice highlights, goes into the URL, and a copied
// URL restores it; every department has its page; screenshots of each view.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {DIST, SCREENSHOTS, useSite} from "./site.ts";

const MARKET = "市市场监督管理局";

const site = useSite();
const open = (path: string) => site.open(path, {viewport: {width: 1400, height: 1000}});

async function pickDepartment(page: Page, text: string) {
  const input = page.locator("input[list]").first();
  await input.fill(text);
  await page.waitForFunction((t) => new URL(location.href).searchParams.get("department") === t, MARKET);
}

describe("responsibility matrix", () => {
  test("typing a department (English name) highlights its row and puts it in the URL", async () => {
    const {page, close} = await open("responsibilities.html");
    try {
      await pickDepartment(page, "Municipal Administration for Market Regulation");
      const url = new URL(page.url());
      expect(url.searchParams.get("department")).toBe(MARKET);
      await page.waitForSelector("[data-view=matrix]");
      await page
        .locator("[data-view=matrix]")
        .first()
        .screenshot({path: resolve(SCREENSHOTS, "view-matrix.png")});
      const highlighted = await page.$$eval(
        "[data-view=matrix] g[aria-label=highlight] rect[data-department]",
        (els) => els.length
      );
      expect(highlighted).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  test("loading a URL with department and ordering restores the view", async () => {
    const {page, close} = await open(
      `responsibilities.html?department=${encodeURIComponent(MARKET)}&ordering=similarity`
    );
    try {
      const value = await page.locator("input[list]").first().inputValue();
      expect(value.startsWith("市市场监管局")).toBe(true);
      const ordering = await page.locator("input[type=radio]:checked").first().getAttribute("value");
      expect(ordering).not.toBeNull();
      const checked = await page.$eval("input[type=radio]:checked", (el) =>
        (el.parentElement?.textContent ?? "").trim()
      );
      expect(checked).toContain("similarity");
      expect(
        await page.$$eval("[data-view=matrix] g[aria-label=highlight] rect[data-department]", (els) => els.length)
      ).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

test("clicking a department's name highlights its row, and clicking it again clears it", async () => {
  const {page, close} = await open("responsibilities.html");
  try {
    const label = page.locator(`[data-view=matrix] text[data-department="${MARKET}"]`).first();
    await label.click();
    await page.waitForFunction((t) => new URL(location.href).searchParams.get("department") === t, MARKET);
    expect(
      await page.$$eval("[data-view=matrix] g[aria-label=highlight] rect[data-department]", (els) => els.length)
    ).toBe(1);
    await page.locator(`[data-view=matrix] text[data-department="${MARKET}"]`).first().click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("department"));
  } finally {
    await close();
  }
});

describe("network views", () => {
  test("the bipartite, force and co-assignment views render and follow the department in the URL", async () => {
    const {page, close} = await open(`network.html?department=${encodeURIComponent(MARKET)}`);
    try {
      for (const view of ["bipartite", "force", "coassignment"]) {
        const el = page.locator(`[data-view=${view}]`).first();
        await el.waitFor();
        await page.waitForTimeout(view === "force" ? 1500 : 0);
        await el.screenshot({path: resolve(SCREENSHOTS, `view-${view}.png`)});
      }
      expect(
        await page.$$eval(`[data-view=bipartite] [data-department="${MARKET}"]`, (els) => els.length)
      ).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

describe("departments", () => {
  test("the ego view shows the department typed", async () => {
    const {page, close} = await open("departments.html");
    try {
      await page.locator("input[list]").first().fill("市市场监管局");
      await page.waitForFunction((t) => new URL(location.href).searchParams.get("department") === t, MARKET);
      const ego = page.locator("[data-view=ego]").first();
      await ego.waitFor();
      expect(await ego.textContent()).toContain(MARKET);
      await ego.screenshot({path: resolve(SCREENSHOTS, "view-ego.png")});
    } finally {
      await close();
    }
  });

  test("a page exists for every department, and it prints as an A4 brief with the document number", async () => {
    const measures = JSON.parse(
      readFileSync(
        resolve(
          DIST,
          "_file/data",
          readdirSync(resolve(DIST, "_file/data")).find((f) => /^departments\.\w+\.json$/.test(f))!
        ),
        "utf8"
      )
    ) as {name: string; slug: string}[];
    const pages = readdirSync(resolve(DIST, "departments")).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(measures.map((m) => `${m.slug}.html`).sort());
    const market = measures.find((m) => m.name === MARKET)!;
    const {page, close} = await open(`departments/${market.slug}.html`);
    try {
      expect(await page.locator("h1").first().textContent()).toBe(MARKET);
      const pdf = await page.pdf({format: "A4", path: resolve(SCREENSHOTS, "department-brief.pdf")});
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      await page.emulateMedia({media: "print"});
      expect(await page.locator(".print-footer").first().textContent()).toContain("延政发〔2024〕8号");
      expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-department-print.png"), fullPage: true});
    } finally {
      await close();
    }
  });
});

describe("responsibility matrix by keyboard and on a phone", () => {
  test("the matrix takes the keyboard focus, arrows move over it, Enter highlights the department and item", async () => {
    const {page, close} = await open("responsibilities.html");
    try {
      const svg = page.locator("[data-view=matrix] svg[tabindex='0']").first();
      await svg.focus();
      const cursor = page.locator("[data-view=matrix] rect[data-cursor]").first();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowRight");
      const department = (await cursor.getAttribute("data-department"))!;
      const item = (await cursor.getAttribute("data-item"))!;
      expect(item).toBe("T2");
      // The position is read out, and shown while the matrix has the focus.
      expect(await page.locator("[data-matrix-cursor]").first().textContent()).toMatch(/^T2 /);
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        ([d, i]) => {
          const params = new URL(location.href).searchParams;
          return params.get("department") === d && params.get("item") === i;
        },
        [department, item]
      );
      // The matrix drawn again with the highlight has the focus back, at the same position.
      await page.waitForFunction(
        (i) =>
          document.activeElement?.querySelector(`rect[data-cursor][data-item="${i}"]`) !== null &&
          document.activeElement?.tagName === "svg",
        item
      );
      await page.keyboard.press("ArrowRight");
      expect(await page.locator("[data-view=matrix] rect[data-cursor]").first().getAttribute("data-item")).toBe("T3");
      await page.screenshot({path: resolve(SCREENSHOTS, "matrix-keyboard-1400.png")});
    } finally {
      await close();
    }
  });

  test("on a 390 px phone the item axis has short titles, cells stay readable and scroll inside the card", async () => {
    const {page, close} = await site.open("responsibilities.html", {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true
    });
    try {
      const matrix = page.locator("figure.chart-card > [data-view=matrix]").first();
      const cell = (await matrix.locator("rect[data-role]").first().boundingBox())!;
      expect(cell.width).toBeGreaterThanOrEqual(12);
      const {scroll, client} = await matrix.evaluate((m) => ({scroll: m.scrollWidth, client: m.clientWidth}));
      expect(scroll).toBeGreaterThan(client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const label = await matrix.locator("g[aria-label='x-axis tick label'] text").first().textContent();
      expect(label).toMatch(/^T1 \S+/);
      await page.screenshot({path: resolve(SCREENSHOTS, "matrix-390.png")});
    } finally {
      await close();
    }
  });

  test("on a 390 px phone in English, long department names are cut so that cells show on the first screen", async () => {
    const {page, close} = await site.open("responsibilities.html?lang=en", {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true
    });
    try {
      const matrix = page.locator("figure.chart-card > [data-view=matrix]").first();
      const cell = (await matrix.locator("rect[data-role]").first().boundingBox())!;
      // The first column of cells starts within the screen's first half or so, not past its right edge.
      expect(cell.x + cell.width).toBeLessThan(390 * 0.6);
      // Each label's own text (its <title> child holds the full name).
      const labels = await matrix
        .locator("g[aria-label='y-axis tick label'] text")
        .evaluateAll((texts) => texts.map((t) => t.firstChild?.textContent ?? ""));
      expect(labels.some((l) => l.endsWith("…"))).toBe(true);
      // The full name stays in the label's tooltip.
      const title = await matrix.locator("g[aria-label='y-axis tick label'] text title").first().textContent();
      expect(title).toMatch(/[A-Za-z]{4,}/);
      await page.screenshot({path: resolve(SCREENSHOTS, "matrix-en-390.png")});
    } finally {
      await close();
    }
  });
});
