// Both monitoring files as one workbook (issue 14): a user who loaded a status file on the ledger page and
// observations on the progress page saves both as one .xlsx (sheets observations and task-status), and loads
// that one file back, in another browser, on either page: each page uses its own sheet, the other sheet is kept
// for the other page, every cell comes back as it was, and a bad row is reported by sheet and row.
// Needs a build first (npm run build).
import {readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {csvParseRows} from "d3-dsv";
import readXlsxFile from "read-excel-file/node";
import {expect, test} from "vitest";
import {readMonitoringFile} from "../../src/lib/spreadsheet.ts";
import {ROOT, SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const fixture = (name: string) => resolve(ROOT, "test/fixtures", name);
const DESKTOP = {viewport: {width: 1440, height: 900}};
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2};
const stripBom = (text: string) => text.replace(/^\ufeff/, "");

test("save both files as one workbook, then load it back on either page in another browser", async () => {
  // A status file with its history and one bad row (a month 13), as a 督查 office keeps it.
  const statuses = `${stripBom(readFileSync(fixture("task-status-history.csv"), "utf8")).trimEnd()}\nT4,2025-13-01,进行中,月份有误,督查室,,\n`;
  const statusFile = join(tmpdir(), `task-status-${process.pid}.csv`);
  writeFileSync(statusFile, statuses);
  const observations = stripBom(readFileSync(fixture("observations-series.csv"), "utf8"));

  let workbook: string;
  {
    const {page, close} = await site.open("ledger.html", DESKTOP);
    try {
      await page.locator("input[type=file]").first().setInputFiles(statusFile);
      await page.waitForSelector(".warning[data-problems='1']");
      await page.goto(site.url("progress.html"));
      await page.locator("input[type=file]").first().setInputFiles(fixture("observations-series.csv"));
      await page.waitForSelector("[data-kept='observations-series.csv']");
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".kept-save").click()]);
      expect(download.suggestedFilename()).toMatch(/^yanan-2024-8-monitoring-\d{4}-\d{2}-\d{2}\.xlsx$/);
      workbook = join(tmpdir(), `${process.pid}-${download.suggestedFilename()}`);
      await download.saveAs(workbook);
      await page.screenshot({path: resolve(SCREENSHOTS, "workbook-save-1440.png")});
    } finally {
      await close();
    }
  }

  // The workbook as Excel shows it: two sheets, numbers as numbers, dates as dates, Chinese as written.
  const sheets = await readXlsxFile(workbook);
  expect(sheets.map((s) => s.sheet)).toEqual(["observations", "task-status"]);
  const [obsSheet, statusSheet] = sheets;
  expect(obsSheet.data[2]).toEqual(["I5", 2024, 84.5, "city", "test fixture, not real data", null]);
  expect(statusSheet.data[1][1]).toBeInstanceOf(Date);
  expect(statusSheet.data[1].slice(0, 4)).toEqual(["T1", new Date("2024-06-30T00:00:00Z"), "in progress", "方案印发"]);
  // Read back as the pages read it: every row and column of both files.
  const bytes = readFileSync(workbook);
  expect(csvParseRows((await readMonitoringFile(bytes, "observations")).text!)).toEqual(csvParseRows(observations));
  // The status file's 责任人/下一步 headings come back under the ledger's one name for each column (person, next_step).
  const saved = statuses.replace(/^(.*)$/m, (head) => head.replace("责任人", "person").replace("下一步", "next_step"));
  expect(csvParseRows((await readMonitoringFile(bytes, "task-status")).text!)).toEqual(csvParseRows(saved));

  // Another browser (nothing kept), on a phone: the workbook loaded on the ledger keeps both sheets.
  const {page, close} = await site.open("ledger.html", PHONE);
  try {
    await page.locator("input[type=file]").first().setInputFiles(workbook);
    const name = workbook.split("/").pop()!.replace(`${process.pid}-`, `${process.pid}-`);
    await page.waitForSelector(`[data-kept='${name} › task-status']`);
    expect(await page.locator("[data-also-kept]").getAttribute("data-also-kept")).toBe("observations");
    const problems = page.locator(".warning[data-problems]");
    expect(await problems.getAttribute("data-problems")).toBe("1");
    expect(await problems.textContent()).toContain(`${name} › task-status`);
    expect(await problems.textContent()).toMatch(/第8行|row 8/);
    expect(await page.locator(".ledger-table [data-status='completed']").count()).toBeGreaterThan(0);
    await page.screenshot({path: resolve(SCREENSHOTS, "workbook-load-ledger-390.png")});
    // The progress page of the same browser uses the observations sheet, kept with it.
    await page.goto(site.url("progress.html"));
    await page.waitForSelector(`[data-kept='${name} › observations']`);
    expect(await page.locator("[data-problems]").first().getAttribute("data-problems")).toBe("0");
    expect(await page.locator("[data-problems]").first().textContent()).toContain("5");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({path: resolve(SCREENSHOTS, "workbook-load-progress-390.png")});
  } finally {
    await close();
  }
});
