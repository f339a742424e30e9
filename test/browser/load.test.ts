// "Load your own plan" in Chromium: pasted text, a .docx and a GB18030 file are parsed in the page with the
// site's own parser; markup in pasted text never runs. Needs dist/ (npm run build).
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {Document, Packer, Paragraph, Table, TableCell, TableRow} from "docx";
import iconv from "iconv-lite";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {exportFileName, planExportName} from "../../src/lib/exportName.js";
import type {PlanModel} from "../../src/lib/model.js";
import {visit, type VisitReport} from "./browser.ts";
import {dataFile, DIST as dist, ROOT as root, SCREENSHOTS as screenshots, useSite} from "./site.ts";

const YANAN = readFileSync(resolve(root, "test/fixtures/yanan-2024-8.txt"), "utf8");

const site = useSite();
let plan: PlanModel;

beforeAll(async () => {
  if (!existsSync(resolve(dist, "load.html"))) throw new Error(`${dist}/load.html is missing: run npm run build`);
  plan = dataFile(/^plan\.[0-9a-f]+\.json$/) as PlanModel;
});

/**
 * The load page in a new context. requests: every URL the page asks for, from the start. noWorker: a browser where
 * no Web Worker can start (the constructor throws, as where a policy forbids them).
 */
async function open(
  options: {noWorker?: boolean} = {}
): Promise<{page: Page; report: VisitReport; requests: string[]; close: () => Promise<void>}> {
  const context = await site.browser().newContext({viewport: {width: 1400, height: 1000}});
  if (options.noWorker)
    await context.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new Error("no workers here");
        }
      } as unknown as typeof Worker;
    });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const report = await visit(page, `${site.origin()}/load.html`);
  expect(report, "problems on load.html").toMatchObject({consoleErrors: [], pageErrors: [], cellErrors: []});
  return {page, report, requests, close: () => context.close()};
}

/** The page's own modules and packages among requests: "lib/reader/parse", "@observablehq/plot" (no hash, no version). */
const modules = (requests: string[]) =>
  requests
    .map(
      (url) =>
        new URL(url).pathname.match(/\/_(?:import|node)\/(.+?)(?:@[^/]+)?(?:\/index)?(?:\.[0-9a-f]{8})?\.js$/)?.[1]
    )
    .filter((m): m is string => m !== undefined);

/** Nothing went wrong after the page loaded either: no console or page errors, no cell shown as an error. */
async function expectClean(page: Page, report: VisitReport) {
  expect(report.consoleErrors).toEqual([]);
  expect(report.pageErrors).toEqual([]);
  expect(report.externalRequests).toEqual([]);
  expect(await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent))).toEqual([]);
}

async function counts(page: Page): Promise<Record<string, number>> {
  return page.$eval("[data-counts]", (el) =>
    Object.fromEntries(
      [
        "chapters",
        "items",
        "tasks",
        "actions",
        "departments",
        "responsibilities",
        "indicators",
        "targets",
        "warnings"
      ].map((k) => [k, Number((el as HTMLElement).dataset[k])])
    )
  );
}

const siteCounts = () => ({
  chapters: plan.chapters.length,
  items: plan.items.length,
  tasks: plan.items.filter((i) => i.kind === "task").length,
  actions: plan.items.filter((i) => i.kind === "action").length,
  departments: plan.departments.length,
  responsibilities: plan.responsibilities.length,
  indicators: plan.indicators.length,
  targets: plan.targets.length,
  warnings: plan.warnings.length
});

/**
 * The text of a download link's blob, read in the page. The tables are drawn a part at a time after the counts
 * (nextPart in load.md), so the link is waited for, not expected at once.
 */
async function linkText(page: Page, filename: string): Promise<string> {
  const selector = `a[download$="${filename}"]`;
  await page.waitForSelector(selector);
  return page.$eval(selector, async (a) =>
    // Response.text() would drop the BOM.
    new TextDecoder("utf-8", {ignoreBOM: true}).decode(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer())
  );
}

async function planDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({children: [new Paragraph(text)]});
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph("示政发〔2024〕3号"),
          new Paragraph("示例市质量提升实施方案"),
          new Paragraph("一、主要目标"),
          new Table({
            rows: [
              new TableRow({children: ["序号", "指标名称", "2025年", "属性"].map(cell)}),
              new TableRow({children: ["1", "制造业产品质量合格率(%)", "≥94", "约束性"].map(cell)})
            ]
          }),
          new Paragraph("二、主要任务"),
          new Paragraph("(一)甲任务。推动质量提升。(市发改委牵头,市科技局配合)"),
          new Paragraph("(二)乙任务。到2025年培育质量标杆企业20家。(市工信局负责)"),
          new Paragraph("(三)丙任务。加强组织领导。(市市场监管局、市科技局按职责分工负责)")
        ]
      }
    ]
  });
  return Packer.toBuffer(doc);
}

describe("load your own plan", () => {
  test("an empty page shows a hint, no error", async () => {
    const {page, report, close} = await open();
    try {
      await page.waitForSelector("[data-empty]");
      expect(await page.locator("[data-counts]").count()).toBe(0);
      expect(await page.getByText("Nothing leaves your browser").count()).toBeGreaterThan(0);
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("the page loads neither the reader nor the charts until a plan is read, then the charts but not the reader", async () => {
    // The reader runs in the worker; the charts (Plot, d3) are imported when a plan is read (src/page/loadCharts.ts).
    const {page, report, requests, close} = await open();
    try {
      await page.waitForSelector("[data-empty]");
      const atLoad = modules(requests);
      expect(atLoad).toContain("page/planReader");
      expect(atLoad.filter((m) => m.startsWith("lib/reader/"))).toEqual(["lib/reader/decode"]);
      expect(
        atLoad.filter((m) => /^(?:@observablehq\/plot|d3(?!-dsv$)|components\/|lib\/overview|lib\/ordering)/.test(m))
      ).toEqual([]);
      await page.locator("textarea").first().fill(YANAN);
      await page.waitForSelector("[data-load-matrix] [data-view=matrix]");
      await page.waitForSelector("[data-load-network] [data-view=bipartite]");
      const afterRead = modules(requests);
      expect(afterRead).toEqual(
        expect.arrayContaining(["@observablehq/plot", "components/responsibilityMatrix", "components/bipartiteNetwork"])
      );
      // The reader ran in the worker: the page's thread imported no parsePlan.
      expect(await page.locator("[data-parse-message]").textContent()).toContain("background thread");
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("where no worker can start, the plan is read on the page's thread, the reader imported then", async () => {
    const {page, report, requests, close} = await open({noWorker: true});
    try {
      await page.waitForSelector("[data-empty]");
      expect(modules(requests)).not.toContain("lib/reader/parse");
      await page.locator("textarea").first().fill(YANAN);
      await page.waitForSelector(`[data-counts][data-items="${plan.items.length}"]`);
      expect(await counts(page)).toEqual(siteCounts());
      expect(modules(requests)).toContain("lib/reader/parse");
      // "Read in … ms." (in English, then Chinese), not "… in a background thread".
      const message = await page.locator("[data-parse-message]").textContent();
      expect(message).toMatch(/^Read in [\d,]+ ms\. /);
      expect(message).not.toContain("background thread");
      await page.waitForSelector("[data-load-matrix] [data-view=matrix]");
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("pasting the Yan'an plan gives the site's counts, the matrix, the network and the downloads", async () => {
    const {page, report, close} = await open();
    try {
      await page.locator("textarea").first().fill(YANAN);
      await page.waitForSelector(`[data-counts][data-items="${plan.items.length}"]`);
      expect(await counts(page)).toEqual(siteCounts());
      await page.waitForSelector("[data-load-matrix] [data-view=matrix]");
      await page.waitForSelector("[data-load-network] [data-view=bipartite]");
      expect(await page.$$eval("[data-view=matrix] [data-role]", (els) => els.length)).toBeGreaterThan(100);
      expect(await page.locator("[data-document]").textContent()).toContain(plan.document.docNumber!);
      // Every table has a CSV (with BOM) and a JSON download with the model's rows (the tables are drawn one after
      // the other, after the network: the last is warnings).
      await page.waitForSelector("[data-table=warnings]");
      for (const name of ["items", "responsibilities", "indicators", "targets"] as const) {
        const csv = await linkText(page, `${name}.csv`);
        expect(csv.startsWith("\ufeff"), name).toBe(true);
        expect(csvParse(csv.slice(1)).length, name).toBe(plan[name].length);
        expect(JSON.parse(await linkText(page, `${name}.json`)).length, name).toBe(plan[name].length);
      }
      const model = JSON.parse(await linkText(page, "plan.json"));
      expect(model.responsibilities).toEqual(plan.responsibilities);
      // Every download is named after the plan's document number, made safe for a file (planExportName):
      // 延政发〔2024〕8号 → 延政发-2024-8号-items.csv, never a bare items.csv that the next plan's would overwrite.
      const names = await page.$$eval("a[download]", (as) => as.map((a) => a.getAttribute("download")!));
      expect(planExportName(plan.document)).toBe("延政发-2024-8号");
      expect(names).toContain("延政发-2024-8号-plan.json");
      for (const name of ["items", "responsibilities", "indicators", "targets"])
        expect(names).toEqual(expect.arrayContaining([`延政发-2024-8号-${name}.csv`, `延政发-2024-8号-${name}.json`]));
      expect(names.filter((n) => /^[a-z]+\.(csv|json)$/.test(n))).toEqual([]);
      // Years show as written in the table views, not as quantities ("2,025").
      const documentTable = await page.$eval(
        "[data-table=document]",
        (p) => p.parentElement!.nextElementSibling!.textContent
      );
      expect(documentTable).toContain(String(plan.document.targetYear));
      expect(documentTable).not.toMatch(/\d,\d{3}/);
      await page.screenshot({
        path: resolve(screenshots, "view-load.png"),
        fullPage: true,
        clip: {x: 0, y: 0, width: 1400, height: 2800}
      });
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a pasted plan with no document number: downloads named after its title, else its text; counts in good English", async () => {
    const {page, report, close} = await open();
    try {
      // One item: the reading report says "1 item", never "1 items" (countLabel, vocabulary.ts).
      const titled =
        "某县优化营商环境实施方案\n一、主要任务\n(一)压缩办理时限。推行并联审批。(县政务服务局牵头,县司法局配合)\n";
      await page.locator("textarea").first().fill(titled);
      await page.waitForSelector('[data-counts][data-items="1"]');
      const reportText = (await page.locator("[data-reading-report]").textContent())!;
      expect(reportText).toMatch(/\b1 item,/);
      expect(reportText).not.toMatch(/\b1 items\b/);
      await page.waitForSelector("[data-table=warnings]");
      const model = JSON.parse(await linkText(page, "-plan.json")) as PlanModel;
      expect(model.document.docNumber).toBeNull();
      expect(model.document.title).toBe("某县优化营商环境实施方案");
      expect(await page.locator('a[download="某县优化营商环境实施方案-items.csv"]').count()).toBe(1);
      expect(await page.locator("h3#table-items .muted").textContent()).toMatch(/^1 row 1行/);
      // Neither number nor title: a name from the text, still not the bare plan.json, and another text another name.
      const untitled = "一、主要任务\n(一)压缩办理时限。(县政务服务局牵头)\n(二)强化用地保障。(县自然资源局牵头)\n";
      await page.locator("textarea").first().fill(untitled);
      await page.waitForSelector('[data-counts][data-items="2"]');
      const name = exportFileName(planExportName({docNumber: null, title: null}, {text: untitled}), "items", "csv");
      expect(name).toMatch(/^plan-[0-9a-z]+-items\.csv$/);
      await page.waitForSelector(`a[download="${name}"]`);
      const second = JSON.parse(await linkText(page, name.replace(/items\.csv$/, "plan.json"))) as PlanModel;
      expect(second.document).toMatchObject({docNumber: null, title: null});
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a 1.-numbered plan under (一) groups and a traditional-character plan are read, with a reading report", async () => {
    const {page, report, close} = await open();
    try {
      const numbered =
        "某县优化营商环境实施方案\n一、主要任务\n(一)提升服务效能\n1.压缩办理时限。推行并联审批。(县政务服务局牵头,县司法局、县财政局配合)\n2.强化用地保障。(责任单位:县自然资源局)\n(二)优化监管\n1.推行信用监管。\n牵头单位:县市场监管局\n完成时限:2024年底前\n";
      await page.locator("textarea").first().fill(numbered);
      await page.waitForSelector('[data-counts][data-items="3"]');
      expect(await counts(page)).toMatchObject({items: 3, tasks: 3, responsibilities: 5});
      await page.waitForSelector("[data-reading-report]");
      expect(await page.$eval("[data-reading-report]", (el) => (el as HTMLElement).dataset.itemsWithoutClause)).toBe(
        "0"
      );
      const traditional =
        "某市實施方案\n一、主要任務\n(一)提升質量。(市發改委牽頭,市財政局、市商務局按職責分工負責)\n(二)強化標準。(責任單位:市市場監管局)\n";
      await page.locator("textarea").first().fill(traditional);
      await page.waitForSelector('[data-counts][data-items="2"]');
      expect(await counts(page)).toMatchObject({items: 2, responsibilities: 4});
      const responsibilities = await linkText(page, "responsibilities.csv");
      expect(responsibilities).toContain("市發改委");
      expect(responsibilities).toContain("lead");
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a narrative plan's framing (paragraphs that assign no work) is set aside and the reading report says so", async () => {
    // The 1996 earthquake report (test/fixtures/real): its chapters 一、二、 narrate, a lead-in opens the task list.
    const text = readFileSync(resolve(root, "test/fixtures/real/nation-1996-earthquake.txt"), "utf8");
    const {page, close} = await open();
    try {
      await page.locator("textarea").first().fill(text);
      await page.waitForSelector('[data-counts][data-items="6"]');
      const report = page.locator("[data-reading-report][data-framing-lines]");
      await report.waitFor();
      expect(await report.getAttribute("data-framing-lines")).toBe("4");
      expect(await report.getAttribute("data-lines-not-understood")).toBe("0");
      expect(await report.getAttribute("data-covered")).toBe("1.000");
      const words = await report.textContent();
      expect(words).toMatch(
        /less its framing \(818 characters in paragraphs that assign no work, set aside: lines 18, 20, 21, 25\)/
      );
      expect(words).toMatch(/every line of the body that assigns work understood/);
    } finally {
      await close();
    }
  });

  test("a plan whose task list stands in an attachment: the list is read, and its body's items without a clause are warned about", async () => {
    // A real plan (test/fixtures/attachments/*.meta.json): its responsibilities stand only in its attachment's task
    // list, one cell a line (the reader's taskLists.ts); the 附件 line and the list's caption are no unread content.
    const text = readFileSync(resolve(root, "test/fixtures/attachments/sh-jtw-2024-jingxihua.txt"), "utf8");
    const {page, close} = await open();
    try {
      await page.locator("textarea").first().fill(text);
      await page.waitForSelector('[data-counts][data-items="39"]');
      await page.waitForSelector("[data-reading-report][data-attachment-lines-not-read]");
      expect(await counts(page)).toMatchObject({items: 39, responsibilities: 58});
      const report = page.locator("[data-reading-report]");
      expect(Number(await report.getAttribute("data-attachment-lines-not-read"))).toBe(0);
      // 23 of its 39 items (the body's tasks) have no clause: the report warns, and so do the warnings, one each.
      expect(await report.getAttribute("class")).toBe("warning");
      expect(await report.textContent()).not.toMatch(/lines of the attachments not read/);
      expect(await page.locator("[data-warnings-table]").textContent()).toContain("has no responsibility clause");
      expect(await page.textContent("#observablehq-main")).not.toMatch(/read the whole text|读取了全部文本/);
    } finally {
      await close();
    }
  });

  test("starting from the site's plan gives the site's counts", async () => {
    const {page, report, close} = await open();
    try {
      await page.getByRole("button", {name: /Start from this site's plan/}).click();
      await page.waitForSelector(`[data-counts][data-items="${plan.items.length}"]`);
      expect(await counts(page)).toEqual(siteCounts());
      expect((await page.locator("textarea").first().inputValue()).startsWith(plan.document.docNumber!)).toBe(true);
      await page.getByRole("button", {name: /Clear/}).click();
      await page.waitForSelector("[data-empty]");
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("markup in pasted text is shown as text and never runs", async () => {
    const {page, report, close} = await open();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const elements = () =>
        page.$eval("#observablehq-main", (main) => ({
          script: main.querySelectorAll("script").length,
          img: main.querySelectorAll("img").length,
          iframe: main.querySelectorAll("iframe").length
        }));
      const before = await elements();
      const pwned = () => page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned);
      // The markup of the issue, on one line with a task: the parser reads no task from that line (a task starts a
      // line), and nothing runs.
      const payload =
        '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">(一)甲任务。(市发改委负责)';
      await page.locator("textarea").first().fill(payload);
      await page.waitForFunction(
        (p) => document.querySelector("[data-preview]")?.textContent?.startsWith(p),
        "<script>window.__pwned=1</script>"
      );
      await page.waitForSelector('[data-counts][data-items="0"]');
      await page.waitForTimeout(500); // time for an onerror or onload to fire, if one had been added
      expect(dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await elements()).toEqual(before);
      // More markup, with the task on a line of its own, so that the task is read.
      const markup =
        '<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2;alert(2)">' +
        '<svg onload="window.__pwned=3;alert(3)"></svg><iframe src="javascript:alert(4)"></iframe>\n(一)甲任务<b onmouseover="alert(5)">粗</b>。(市发改委负责)';
      await page.locator("textarea").first().fill(markup);
      await page.waitForSelector('[data-counts][data-tasks="1"]');
      await page.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await elements()).toEqual(before);
      expect(
        await page.$$eval("#observablehq-main b[onmouseover], #observablehq-main svg[onload]", (els) => els.length)
      ).toBe(0);
      const preview = page.locator("[data-preview]");
      expect(await preview.isVisible()).toBe(true);
      expect(await preview.textContent()).toContain("<script>window.__pwned=1");
      expect(await preview.textContent()).toContain('<img src=x onerror="window.__pwned=2');
      expect(await preview.innerHTML()).toContain("&lt;script&gt;");
      expect(await counts(page)).toMatchObject({tasks: 1, departments: 1, responsibilities: 1});
      expect(await page.locator("[data-warnings-table]").textContent()).toContain("looked like HTML");
      // One tag is not taken for HTML: it stays in the item's title, and the tables show it as text.
      await page
        .locator("textarea")
        .first()
        .fill('(一)<img src=x onerror="window.__pwned=6;alert(6)">乙任务。(市发改委负责)');
      await page.waitForSelector('[data-counts][data-tasks="1"][data-warnings="1"]');
      await page.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await elements()).toEqual(before);
      expect(
        await page.locator("td", {hasText: '<img src=x onerror="window.__pwned=6;alert(6)">乙任务'}).count()
      ).toBeGreaterThan(0);
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a .docx file loads: its text goes into the box and is parsed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "load-docx-"));
    const path = join(dir, "示例方案.docx");
    writeFileSync(path, await planDocx());
    const {page, report, close} = await open();
    try {
      await page.locator("input[type=file]").first().setInputFiles(path);
      await page.waitForSelector("[data-file-status=read][data-format=docx]");
      await page.waitForSelector('[data-counts][data-tasks="3"]');
      expect(await counts(page)).toMatchObject({chapters: 2, items: 3, responsibilities: 5, indicators: 1, targets: 1});
      const text = await page.locator("textarea").first().inputValue();
      expect(text.split("\n")).toContain("序号 | 指标名称 | 2025年 | 属性");
      const csv = csvParse((await linkText(page, "responsibilities.csv")).slice(1));
      expect(csv.map((r) => [r.item, r.department, r.role])).toEqual([
        ["T1", "市发展和改革委员会", "lead"],
        ["T1", "市科学技术局", "support"],
        ["T2", "市工业和信息化局", "lead"],
        ["T3", "市市场监督管理局", "joint"],
        ["T3", "市科学技术局", "joint"]
      ]);
      await expectClean(page, report);
    } finally {
      await close();
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test("a GB18030 text file loads", async () => {
    const text = "示例市实施方案\n一、主要任务\n(一)甲任务。(市发改委牵头,市科技局配合)\n(二)乙任务。(市工信局负责)\n";
    const {page, report, close} = await open();
    try {
      await page
        .locator("input[type=file]")
        .first()
        .setInputFiles({name: "plan-gbk.txt", mimeType: "text/plain", buffer: iconv.encode(text, "gb18030")});
      await page.waitForSelector("[data-file-status=read][data-format=text]");
      expect(await page.locator("[data-file-status]").textContent()).toContain("gb18030");
      await page.waitForSelector('[data-counts][data-tasks="2"]');
      expect(await counts(page)).toMatchObject({chapters: 1, responsibilities: 3, warnings: 0});
      expect(await page.locator("textarea").first().inputValue()).toBe(text);
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a long plan is read in a Web Worker: typing while it parses is answered at once and stops the stale parse", async () => {
    // Not a timing: the page keeps a log of its parse states. Were the parse on the page's thread, the input event
    // below could only be handled after that parse ended, so the log would show "done" before "cancelled".
    const {page, report, close} = await open();
    try {
      const body = YANAN.slice(YANAN.search(/^一、/m));
      const long = YANAN + body.repeat(20);
      await page.evaluate((text) => {
        const area = document.querySelector("textarea")!;
        area.value = text;
        area.dispatchEvent(new Event("input", {bubbles: true}));
      }, long);
      await page.waitForSelector('[data-parse-state="parsing"]', {state: "attached"});
      await page.evaluate(() => {
        const area = document.querySelector("textarea")!;
        area.value += "\n";
        area.dispatchEvent(new Event("input", {bubbles: true}));
      });
      await page.waitForSelector('[data-parse-state="done"]', {state: "attached", timeout: 110_000});
      const log = (await page.getAttribute("[data-parse-state]", "data-parse-log"))!.split(",");
      expect(log).toContain("cancelled");
      expect(log.indexOf("cancelled"), log.join(" → ")).toBeLessThan(log.indexOf("done"));
      expect(log.filter((s) => s === "done")).toHaveLength(1);
      expect(await page.locator("[data-parse-message]").textContent()).toContain("background thread");
      // The model of the text as it stands (the plan with its body 21 times): 21 times the site's tasks.
      await page.waitForSelector("[data-counts]");
      expect((await counts(page)).tasks).toBe(21 * siteCounts().tasks);
      await expectClean(page, report);
    } finally {
      await close();
    }
  });

  test("a damaged Word file gives one message naming it and loads nothing", async () => {
    const {page, report, close} = await open();
    try {
      await page
        .locator("input[type=file]")
        .first()
        .setInputFiles({
          name: "old.doc",
          mimeType: "application/msword",
          buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
        });
      await page.waitForSelector("[data-file-status=unread]");
      expect(await page.locator("[data-file-status] li .en").allTextContents()).toEqual([
        expect.stringMatching(/^old\.doc: the Office file could not be opened .*damaged$/)
      ]);
      // In Chinese, the file named and what is wrong with it (fileMessagesZh.ts); the library's own error as written.
      expect(await page.locator("[data-file-status] li .zh").allTextContents()).toEqual([
        expect.stringMatching(/^old\.doc：Office 文件无法打开（.*）：文件可能已损坏$/)
      ]);
      expect(await page.locator("[data-empty]").count()).toBe(1);
      await expectClean(page, report);
    } finally {
      await close();
    }
  });
});
