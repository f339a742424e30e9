// Monitoring in Chromium: loading an observations or status file updates statuses and charts at once, bad rows
// are listed with their row numbers, and the templates and exports download.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import writeExcelFile from "write-excel-file/node";
import {indicatorProgress} from "../../src/lib/indicatorProgress.js";
import {DIST, ROOT, SCREENSHOTS, useSite} from "./site.ts";

const fixture = (name: string) => resolve(ROOT, "test/fixtures", name);

const site = useSite();
const open = (path: string) => site.open(path);

const statusOf = (page: Page, id: string) => page.locator(`tr[data-indicator=${id}] .status`).first().textContent();

describe("progress page", () => {
  test("with no city data every indicator says insufficient data", async () => {
    const {page, close} = await open("progress.html");
    try {
      expect(await statusOf(page, "I5")).toBe("insufficient data");
      expect(await statusOf(page, "I7")).toBe("insufficient data");
    } finally {
      await close();
    }
  });

  test("the small multiples, drawn a few per frame, end with one chart per indicator with a target, in order", async () => {
    const dir = resolve(DIST, "_file/data");
    const file = readdirSync(dir).find((f) => /^monitoring\.\w+\.json$/.test(f))!;
    const {indicators, observations} = JSON.parse(readFileSync(resolve(dir, file), "utf8"));
    const asOf = new Date().getFullYear();
    const expected = indicators
      .filter((i: Parameters<typeof indicatorProgress>[0]) => indicatorProgress(i, observations.rows, {asOf}).series)
      .map((i: {id: string}) => i.id);
    expect(expected.length).toBeGreaterThan(5);
    const {page, close} = await open("progress.html");
    try {
      await page.waitForFunction((n) => document.querySelectorAll(".multiples .multiple").length >= n, expected.length);
      expect(await page.locator(".multiples .chart-title h3 a").allTextContents()).toEqual(expected);
      expect(await page.locator(".multiples .multiple svg").count()).toBe(expected.length);
    } finally {
      await close();
    }
  });

  test("the small multiples share a legend, and each axis says what it measures: an index apart from pass rates", async () => {
    const {page, close} = await open("progress.html");
    try {
      expect(
        await page
          .locator(".progress-legend")
          .first()
          .locator(".progress-legend-swatch")
          .evaluateAll((s) => s.map((e) => e.getAttribute("data-mark")))
      ).toEqual(["city", "nation", "target", "path", "expected", "baseline"]);
      const axisOf = async (id: string) => {
        const card = page.locator("figure.chart-card", {has: page.locator(`.chart-title a:text-is("${id}")`)}).first();
        await card.waitFor();
        return card.locator('[aria-label="y-axis label"]').textContent();
      };
      expect(await axisOf("I5")).toContain("index (points)");
      for (const id of ["I7", "I8", "I9"]) expect(await axisOf(id)).toContain("pass rate (%)");
      expect(await axisOf("I4")).toContain("cumulative change (%)");
    } finally {
      await close();
    }
  });

  test("targets carry the table's unit, unit axes are bilingual, the verdict is said once, the note stays in its frame (phone)", async () => {
    const dir = resolve(DIST, "_file/data");
    const file = readdirSync(dir).find((f) => /^monitoring\.\w+\.json$/.test(f))!;
    const {indicators} = JSON.parse(readFileSync(resolve(dir, file), "utf8")) as {
      indicators: {id: string; unit: string | null; target: {raw: string}}[];
    };
    const {page, close} = await site.open("progress.html", {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true
    });
    try {
      // Every target cell names its indicator's unit (a bare "3" names none).
      for (const i of indicators.filter((i) => i.unit && /\d/.test(i.target.raw))) {
        const cell = await page.locator(`tr[data-indicator=${i.id}] td`).nth(2).textContent();
        expect(cell, i.id).toContain(i.unit);
      }
      // An axis of a bare unit (个, 项) is named in both languages, as the vocabulary names it.
      const axes = await page.locator('.multiples [aria-label="y-axis label"]').allTextContents();
      expect(axes.length).toBeGreaterThan(5);
      for (const axis of axes) expect(axis.replace(/^↑\s*/, ""), axis).toMatch(/[a-z]/i);
      // Both methods with no data: one paragraph, not the same twice.
      expect(await page.locator("p.verdict").count()).toBe(1);
      // The no-data note of the full chart starts right of the value axis's tick labels.
      const chart = page.locator("[data-chart] svg").last();
      const ticks = await chart
        .locator('[aria-label="y-axis tick label"] text')
        .evaluateAll((ts) => Math.max(...ts.map((t) => t.getBoundingClientRect().right)));
      const note = await chart
        .locator("text", {hasText: "no city data"})
        .evaluate((t) => t.getBoundingClientRect().left);
      expect(note).toBeGreaterThan(ticks);
    } finally {
      await close();
    }
  });

  test("a level target is met from one observation: achieved, in English and in Chinese", async () => {
    const {page, close} = await open("progress.html");
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("observations-single.csv"));
      await page.waitForFunction(
        () => document.querySelector("tr[data-indicator=I8] .status")?.textContent !== "insufficient data"
      );
      // I8: ≥98, one value 98.5 in 2024.
      expect(await statusOf(page, "I8")).toBe("achieved");
      expect(await statusOf(page, "I5")).toBe("insufficient data");
      const row = (await page.locator("tr[data-indicator=I8]").first().textContent())!;
      expect(row).toContain("the latest value 98.5 in 2024 meets ≥98");
      expect(row).toContain("最新值98.5（2024年）");
    } finally {
      await close();
    }
  });

  test("loading an observations file updates the statuses and the charts at once", async () => {
    const {page, close} = await open("progress.html?indicator=I7");
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("observations-series.csv"));
      await page.waitForFunction(
        () => document.querySelector("tr[data-indicator=I5] .status")?.textContent !== "insufficient data"
      );
      // I5: 80 (2022) → 84.5 (2024) toward 86 in 2025: +2.25/yr against +2/yr needed.
      expect(await statusOf(page, "I5")).toBe("on track");
      // I7: 98.5 in 2025 meets ≥98: the final verdict.
      expect(await statusOf(page, "I7")).toBe("achieved");
      expect(await page.locator("[data-problems]").first().getAttribute("data-problems")).toBe("0");
      const chart = page.locator("[data-chart=I7]").first();
      expect(await chart.locator("circle").count()).toBeGreaterThan(1);
      await page.screenshot({path: resolve(SCREENSHOTS, "view-progress-loaded.png"), fullPage: true});
    } finally {
      await close();
    }
  });

  test("an .xlsx workbook loads like a CSV", async () => {
    const header = ["id", "year", "value", "level", "source", "note"].map((value) => ({value}));
    const row = (year: number, value: number) =>
      ["I5", year, value, "city", "test fixture, not real data", ""].map((v) => ({value: v}));
    const dir = mkdtempSync(resolve(tmpdir(), "xlsx-"));
    const path = resolve(dir, "observations.xlsx");
    await writeExcelFile([header, row(2022, 80), row(2024, 84.5)]).toFile(path);
    const {page, close} = await open("progress.html");
    try {
      await page.locator("input[type=file]").first().setInputFiles(path);
      await page.waitForFunction(
        () => document.querySelector("tr[data-indicator=I5] .status")?.textContent === "on track"
      );
    } finally {
      await close();
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test("a file with bad rows lists each one with its row number and keeps the good ones", async () => {
    const {page, close} = await open("progress.html");
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("observations-bad.csv"));
      await page.waitForSelector(".warning[data-problems]");
      const items = await page.locator(".warning li").allTextContents();
      expect(items.length).toBeGreaterThan(3);
      expect(items.every((t) => /^row \d+: /.test(t))).toBe(true);
    } finally {
      await close();
    }
  });

  test("the template downloads with every indicator and target id", async () => {
    const {page, close} = await open("progress.html");
    try {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByText("Download the template").click()
      ]);
      const text = readFileSync(await download.path(), "utf8");
      expect(text.startsWith("\ufeffid,year,value,level,source,note")).toBe(true);
      for (const id of ["I1", "I14", "A2.1-1", "A8.2-1", "T7-3"])
        expect(text).toMatch(new RegExp(`^${id.replace(".", "\\.")},`, "m"));
    } finally {
      await close();
    }
  });
});

describe("task ledger", () => {
  test("a status row whose evidence begins with = is exported with a leading quote, and warned about", async () => {
    const dir = mkdtempSync(resolve(tmpdir(), "ledger-"));
    const path = resolve(dir, "status-formula.csv");
    writeFileSync(
      path,
      'item,as_of,status,evidence,source\nT1,2025-12-31,completed,"=HYPERLINK(""http://example.invalid"",""x"")",test fixture\n'
    );
    const {page, close} = await open("ledger.html");
    try {
      await page.locator("input[type=file]").first().setInputFiles(path);
      await page.waitForSelector("[data-warnings]");
      expect(await page.locator("[data-warnings] li").allTextContents()).toEqual([
        expect.stringMatching(/^row 2: evidence begins with "="/)
      ]);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByText("Export these rows").click()
      ]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv).toMatch(/^T1,2025-12-31,completed,"'=HYPERLINK\(""http:\/\/example\.invalid""/m);
      expect(csv).not.toMatch(/,"?=HYPERLINK/);
    } finally {
      await close();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("a file that cannot be read: one message, the page's data kept", () => {
  const cases: [string, string, Buffer, RegExp][] = [
    [
      "progress.html",
      "broken.xlsx",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      /not a readable \.xlsx workbook/
    ],
    [
      "ledger.html",
      "broken.xlsx",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      /not a readable \.xlsx workbook/
    ],
    [
      "progress.html",
      "photo.csv",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
      /not a text file/
    ],
    [
      "ledger.html",
      "photo.csv",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
      /not a text file/
    ]
  ];
  test.each(cases)("%s with %s", async (pagePath, name, bytes, message) => {
    const dir = mkdtempSync(resolve(tmpdir(), "upload-"));
    const path = resolve(dir, name);
    writeFileSync(path, bytes);
    const {page, close} = await open(pagePath);
    try {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.locator("input[type=file]").first().setInputFiles(path);
      await page.waitForSelector("[data-upload-error]");
      expect(await page.locator("[data-upload-error]").count()).toBe(1);
      expect(await page.locator("[data-upload-error]").textContent()).toMatch(message);
      // The page's own data stay: no cell turned into an error, the statuses and the ledger still shown.
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      expect(await page.locator("[data-problems]").count()).toBe(1);
      expect(await page.locator("[data-problems]").textContent()).not.toContain(name);
      expect(errors).toEqual([]);
    } finally {
      await close();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
