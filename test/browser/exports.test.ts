// Exports in Chromium: every chart's SVG and PNG download carries the title and source line; tables download
// as CSV with a BOM and as JSON; a page prints on A4 without navigation.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {visit} from "./browser.ts";
import {DIST, SCREENSHOTS, useSite} from "./site.ts";

const SOURCE = "延政发〔2024〕8号";
// The plan the root pages show: every export is named after it and the view (src/lib/exportName.ts).
const PLAN = "yanan-2024-8";

const site = useSite();
const open = (path: string) => site.open(path);

async function downloaded(page: Page, click: () => Promise<void>): Promise<{name: string; bytes: Buffer}> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return {name: download.suggestedFilename(), bytes: readFileSync(await download.path())};
}

const PAGES: [string, string][] = [
  ["index.html", "tasks-per-chapter"],
  ["responsibilities.html", "responsibility-matrix"],
  ["network.html", "bipartite"],
  ["network.html", "co-assignment"],
  ["departments.html?department=%E5%B8%82%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80", "ego"],
  ["indicators.html", "target-comparison"],
  ["progress.html", "progress-I7"]
];

describe("chart exports", () => {
  test.each(PAGES)("%s: %s downloads as SVG and PNG with its source line", async (path, name) => {
    const {page, close} = await open(path);
    try {
      const card = page.locator(`figure[data-export="${name}"]`).first();
      await card.waitFor();
      await card.locator(".chart-menu .share-button").click();
      const dialog = card.locator("dialog.share-dialog[open]");
      const svg = await downloaded(page, () => dialog.locator("[data-share=svg]").click());
      expect(svg.name).toBe(`${PLAN}-${name}.svg`);
      const text = svg.bytes.toString("utf8");
      expect(text.startsWith("<svg")).toBe(true);
      expect(text).toContain(`Source: `);
      expect(text).toContain(SOURCE);
      expect(text).toMatch(/Made \d{4}-\d{2}-\d{2}/);
      const png = await downloaded(page, () => dialog.locator("[data-share=png]").click());
      expect(png.name).toBe(`${PLAN}-${name}.png`);
      expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
      // 2×: the PNG is twice the SVG's width.
      const svgWidth = Number(/width="([\d.]+)"/.exec(text)![1]);
      expect(png.bytes.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));
    } finally {
      await close();
    }
  });

  test("the share dialog copies iframe code for the chart's embed page, its height measured from a preview", async () => {
    const context = await site.browser().newContext({
      viewport: {width: 1280, height: 1000},
      permissions: ["clipboard-read", "clipboard-write"]
    });
    try {
      const page = await context.newPage();
      await visit(page, `${site.url("")}network.html`);
      await page.locator('figure[data-export="bipartite"] .share-button').click();
      const dialog = page.locator('figure[data-export="bipartite"] dialog[open]');
      const note = dialog.locator("[data-share-height]");
      await page.waitForFunction(() =>
        /^\d+$/.test(
          document.querySelector("dialog[open] [data-share-height]")?.getAttribute("data-share-height") ?? ""
        )
      );
      const height = Number(await note.getAttribute("data-share-height"));
      await dialog.locator("[data-share=copy-iframe]").click();
      const code = await page.evaluate(() => navigator.clipboard.readText());
      expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/bipartite\.html\?/);
      expect(code).toContain(` height="${height}"`);
      expect(code).toContain(' sandbox="allow-scripts allow-same-origin allow-popups"');
      // The preview's figure, caption included, fits the height given.
      const frame = page.frameLocator('figure[data-export="bipartite"] dialog[open] iframe');
      const bottom = await frame.locator("figure.plan-embed").evaluate((f) => f.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(height);
    } finally {
      await context.close();
    }
  });
});

describe("table exports", () => {
  test("a searched table downloads in full and as shown, as CSV with a BOM and JSON with the source", async () => {
    const {page, close} = await open("targets.html");
    try {
      await page.locator("input[type=search]").first().fill("市场监管");
      const block = page.locator(".table-downloads[data-table=targets]").first();
      await block
        .getByText(/shown\)/)
        .first()
        .waitFor();
      const all = await downloaded(page, () => block.getByText(/^CSV \(all/).click());
      const shown = await downloaded(page, () => block.getByText(/^CSV \(\d+ shown/).click());
      const json = await downloaded(page, () => block.getByText("JSON (all)").click());
      expect([all.name, shown.name, json.name]).toEqual([
        `${PLAN}-targets.csv`,
        `${PLAN}-targets-shown.csv`,
        `${PLAN}-targets.json`
      ]);
      expect(all.bytes.toString("utf8").startsWith("\ufeffid,subject,goal,year,lead,sentence")).toBe(true);
      expect(all.bytes.toString("utf8").trim().split("\n").length).toBe(20);
      const shownLines = shown.bytes.toString("utf8").trim().split("\n").length;
      expect(shownLines).toBeGreaterThan(1);
      expect(shownLines).toBeLessThan(20);
      const parsed = JSON.parse(json.bytes.toString("utf8"));
      expect(parsed.source).toContain(SOURCE);
      expect(parsed.rows).toHaveLength(19);
    } finally {
      await close();
    }
  });
});

describe("export names", () => {
  // Exports of several plans land in one downloads folder: each is named after its plan and its view.
  test("the ledger, the data tables and the charts of two plans export under two names", async () => {
    // Another plan of the site: a folder of dist/plans/ other than the root pages' plan.
    const other = readdirSync(resolve(DIST, "plans")).find((name) => name !== PLAN)!;
    const names = async (prefix: string, plan: string) => {
      const {page, close} = await open(`${prefix}ledger.html`);
      try {
        await page.locator("a.download").first().waitFor();
        const ledger = await page.$$eval("a.download", (as) => as.map((a) => (a as HTMLAnchorElement).download));
        expect(ledger).toEqual(
          expect.arrayContaining([
            `${plan}-task-status-template.csv`,
            `${plan}-task-ledger.csv`,
            `${plan}-task-status.csv`
          ])
        );
        for (const name of ledger) expect(name.startsWith(`${plan}-`), name).toBe(true);
      } finally {
        await close();
      }
      const {page: data, close: closeData} = await open(`${prefix}data.html`);
      try {
        await data.locator("table.counts a[download]").first().waitFor();
        const links = await data.$$eval("table.counts a[download]", (as) =>
          as.map((a) => (a as HTMLAnchorElement).download)
        );
        expect(links).toContain(`${plan}-items.csv`);
        expect(links).toContain(`${plan}-targets.csv`);
        expect(await data.locator(`a[download="${plan}-plan.json"]`).count()).toBeGreaterThan(0);
        const block = data.locator(".table-downloads[data-table=items]");
        expect(await block.locator("a").first().getAttribute("download")).toBe(`${plan}-items.csv`);
      } finally {
        await closeData();
      }
      const {page: chart, close: closeChart} = await open(`${prefix}responsibilities.html`);
      try {
        const card = chart.locator('figure[data-export="responsibility-matrix"]');
        await card.locator(".share-button").click();
        const svg = await downloaded(chart, () => card.locator("dialog[open] [data-share=svg]").click());
        expect(svg.name).toBe(`${plan}-responsibility-matrix.svg`);
      } finally {
        await closeChart();
      }
    };
    await names("", PLAN);
    await names(`plans/${other}/`, other);
  });
});

describe("print", () => {
  test("a page prints on A4 without the sidebar or the export menus", async () => {
    const {page, close} = await open("network.html");
    try {
      await page.emulateMedia({media: "print"});
      expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      expect(await page.locator(".chart-menu").first().isVisible()).toBe(false);
      const pdf = await page.pdf({format: "A4", path: resolve(SCREENSHOTS, "network-print.pdf")});
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    } finally {
      await close();
    }
  });
});
