// "Load your own plan" in Chromium with the Yan'an plan in each format governments publish (test/fixtures/formats,
// made by test/fixtures/make-formats.ts): the page reads each file in the browser (pdf.js with its worker served
// by the site, the browser's DOMParser for web pages and OFD) and shows the site's own counts; a scanned PDF gives
// one message. Needs dist/ (npm run build).
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {exportFileName, planExportName} from "../../src/lib/exportName.js";
import type {PlanModel} from "../../src/lib/model.js";
import {DIST, ROOT, SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const fixture = (name: string) => resolve(ROOT, "test/fixtures/formats", name);

function sitePlan(): PlanModel {
  const dir = resolve(DIST, "_file/data");
  const file = readdirSync(dir).find((f) => /^plan\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no plan.*.json in ${dir}`);
  return JSON.parse(readFileSync(resolve(dir, file), "utf8"));
}

/** Errors the page reports from now on (the load itself is checked by site.open). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on(
    "request",
    (r) =>
      void (
        !r.url().startsWith("http://127.0.0.1") &&
        !/^(data|blob):/.test(r.url()) &&
        errors.push(`external request ${r.url()}`)
      )
  );
  return errors;
}

const FORMATS: [file: string, format: string, extent: RegExp, extentZh: RegExp][] = [
  ["yanan.pdf", "pdf", /^13 of 13 pages with text$/, /13页中13页有文字/],
  ["yanan.ofd", "ofd", /^13 of 13 pages with text$/, /13页中13页有文字/],
  ["yanan.html", "html", /^the article body/, /正文\(全页[\d,]+字中的[\d,]+字\)/],
  ["yanan.mhtml", "mhtml", /^the article body/, /正文\(全页[\d,]+字中的[\d,]+字\)/],
  ["yanan.doc", "doc", /^the main text/, /正文\([\d,]+字\)/],
  ["yanan.wps", "doc", /^the main text/, /正文\([\d,]+字\)/]
];

describe("a plan as governments publish it loads on the load page", () => {
  for (const [file, format, extent, extentZh] of FORMATS) {
    test(`${file}: read in the browser, the site's counts and links`, async () => {
      const plan = sitePlan();
      const {page, close} = await site.open("load.html");
      const errors = watch(page);
      try {
        await page.locator("input[type=file]").first().setInputFiles(fixture(file));
        await page.waitForSelector(`[data-file-status=read][data-format=${format}]`, {timeout: 60_000});
        await page.waitForSelector(`[data-counts][data-items="${plan.items.length}"]`);
        const counts = await page.$eval("[data-counts]", (el) => ({...(el as HTMLElement).dataset}));
        expect(counts).toMatchObject({
          chapters: String(plan.chapters.length),
          items: String(plan.items.length),
          departments: String(plan.departments.length),
          responsibilities: String(plan.responsibilities.length),
          indicators: String(plan.indicators.length),
          targets: String(plan.targets.length),
          warnings: "0"
        });
        // The reading report says which file, in which format, and how much of it was read.
        const report = page.locator("[data-reading-report]");
        expect(await report.getAttribute("data-file-extent")).toMatch(extent);
        expect(await report.textContent()).toContain(file);
        // In Chinese too (both languages show by default): fileMessagesZh.ts, fileExtentZh.
        expect(await report.textContent()).toMatch(extentZh);
        // Every responsibility of the site's plan, item by item (positions differ: the text is the file's).
        // The download is named after the plan read (planExportName): its document number, else its title, else the
        // file's name (yanan.pdf → yanan-plan.json). The tables are drawn a part at a time after the counts (load.md's
        // nextPart): wait for the link.
        const planLink = `a[download$="-plan.json"]`;
        await page.waitForSelector(planLink);
        const json = await page.$eval(planLink, async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
        expect(await page.$eval(planLink, (a) => a.getAttribute("download"))).toBe(
          exportFileName(planExportName(JSON.parse(json).document, {file}), "plan", "json")
        );
        const key = (r: {item: string; department: string; role: string}) => `${r.item} ${r.department} ${r.role}`;
        expect(JSON.parse(json).responsibilities.map(key)).toEqual(plan.responsibilities.map(key));
        if (file === "yanan.pdf")
          await page.screenshot({
            path: resolve(SCREENSHOTS, "load-pdf.png"),
            clip: {x: 0, y: 0, width: 1280, height: 1400}
          });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  test("a scanned PDF: one message saying it has no text layer, nothing loaded", async () => {
    const {page, close} = await site.open("load.html");
    const errors = watch(page);
    try {
      await page.locator("input[type=file]").first().setInputFiles(fixture("scanned.pdf"));
      await page.waitForSelector("[data-file-status=unread][data-format=pdf]", {timeout: 60_000});
      const items = await page.locator("[data-file-status] li .en").allTextContents();
      expect(items).toHaveLength(1);
      expect(items[0]).toMatch(/^scanned\.pdf: a scanned PDF: none of its 1 page has a text layer/);
      // The same message in Chinese, naming the file and what is wrong (fileMessagesZh.ts).
      expect(await page.locator("[data-file-status] li .zh").allTextContents()).toEqual([
        "scanned.pdf：这是扫描版PDF：全部1页都没有文字层（只有图像），本站不识别图像中的文字（OCR）——请先做文字识别，或以文本形式载入方案"
      ]);
      expect(await page.locator("[data-empty]").count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
