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
