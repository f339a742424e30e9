// The compare pages and the plans of the site in Chromium: every shipped plan on the Plans page, the heat map and
// the checks, a plan's own pages under /plans/<name>/ with the picker and sidebar staying in that plan, and the
// load page's "add to comparison" (kept in the browser, saved as a file and loaded again). Needs npm run build.
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {planLabel} from "../../src/lib/compare/comparison.js";
import type {PlanCompareSummary} from "../../src/lib/compare/plansSummary.js";
import {DIST, SCREENSHOTS, useSite} from "./site.ts";
import {timelineLabelProblems} from "./timeline.ts";

const site = useSite();
const VIEWPORTS = [
  {width: 1440, height: 900},
  {width: 390, height: 844}
];

/** The summary file the compare pages read, from the build. */
function summary(): {defaultPlan: string; plans: PlanCompareSummary[]} {
  const dir = join(DIST, "_file/compare");
  const file = readdirSync(dir).find((f) => /^plans\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no plans.*.json in ${dir}: run npm run build`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

describe("compare pages", () => {
  test.each(VIEWPORTS)("Plans lists every shipped plan with its timeline at $width×$height", async (viewport) => {
    const {plans} = summary();
    expect(plans.length).toBeGreaterThanOrEqual(5);
    const {page, close} = await site.open("compare/plans.html", {viewport});
    try {
      const rows = await page.$$eval("#observablehq-main form table tbody tr", (trs) =>
        trs.map((tr) => tr.textContent ?? "")
      );
      expect(rows).toHaveLength(plans.length);
      for (const p of plans)
        expect(
          rows.some((r) => r.includes(planLabel(p))),
          planLabel(p)
        ).toBe(true);
      // The share of items with a lead and the reading coverage show without scrolling the table sideways.
      if (viewport.width >= 1440) {
        const hidden = await page.$eval("#observablehq-main form:has(table)", (form) => {
          const box = form.getBoundingClientRect();
          const ths = [...form.querySelectorAll("thead th")];
          // Up to the reading coverage's column (Read), found by its header.
          const read = ths.findIndex((th) => /^(Read|读取率)/.test(th.textContent ?? ""));
          if (read < 0) return ["no Read column"];
          return ths
            .slice(1, read + 1)
            .filter((th) => th.getBoundingClientRect().right > box.right + 1)
            .map((th) => th.textContent);
        });
        expect(hidden).toEqual([]);
      }
      // A plan's name links to its own pages.
      const href = await page.$eval("#observablehq-main form table tbody a", (a) => (a as HTMLAnchorElement).href);
      expect(href).toMatch(/\/plans\/[^/]+\/$/);
      // The timeline: one dot per dated plan.
      const dots = await page.$$eval(".card svg [aria-label=dot] circle", (cs) => cs.length);
      expect(dots).toBe(plans.filter((p) => p.date).length);
      // Its labels never overlap (plans issued months apart) nor leave the chart.
      expect(await timelineLabelProblems(page), "timeline labels").toEqual([]);
      // A plan whose target year the reader did not find shows "–" in its row (a blank cell says nothing).
      // The column found by its header, not by its place (columns come and go: Answered for).
      const years = await page.$eval("#observablehq-main form table", (table) => {
        const at = [...table.querySelectorAll("thead th")].findIndex((th) =>
          /Target year|目标年/.test(th.textContent ?? "")
        );
        return [...table.querySelectorAll("tbody tr")].map(
          (tr) => tr.querySelectorAll("td")[at]?.textContent?.trim() ?? ""
        );
      });
      expect(years).not.toContain("");
      expect(years.sort()).toEqual(plans.map((p) => String(p.targetYear ?? "–")).sort());
      await page.screenshot({path: resolve(SCREENSHOTS, `compare-plans-${viewport.width}.png`), fullPage: true});
    } finally {
      await close();
    }
  });

  test.each(VIEWPORTS)(
    "Responsibilities across plans draws the kind × plan heat map and the checks at $width×$height",
    async (viewport) => {
      const {plans} = summary();
      const {page, close} = await site.open("compare/responsibilities.html", {viewport});
      try {
        const kinds = "[data-export=kinds-by-plan] svg [aria-label=cell] rect";
        const cells = await page.$$eval(kinds, (rs) => rs.length);
        const leads = plans.reduce((n, p) => n + Object.keys(p.leadByKind).length, 0);
        expect(cells).toBe(leads);
        const bars = await page.$$eval(
          "[data-export=accountability-by-plan] svg [aria-label=bar] rect",
          (rs) => rs.length
        );
        expect(bars).toBe(4 * plans.filter((p) => p.items > 0).length);
        // Every named role: more cells than leads alone.
        await page.getByLabel(/every named role|全部明确角色/).check();
        await page.waitForFunction(
          ([selector, n]) => document.querySelectorAll(selector as string).length > (n as number),
          [kinds, leads]
        );
        await page.screenshot({
          path: resolve(SCREENSHOTS, `compare-responsibilities-${viewport.width}.png`),
          fullPage: true
        });
      } finally {
        await close();
      }
    }
  );
});

describe("a plan's own pages", () => {
  test("/plans/<name>/responsibilities shows that plan, and the picker and sidebar stay in it", async () => {
    const {defaultPlan, plans} = summary();
    const other = plans.find((p) => p.plan !== defaultPlan)!;
    const {page, close} = await site.open(`plans/${other.plan}/responsibilities.html`);
    try {
      expect(await page.$eval(".plan-picker-current", (b) => b.textContent)).toBe(planLabel(other));
      // The matrix is this plan's: as many department rows as the plan names (an item count is in the caption).
      const caption = await page.textContent("#observablehq-main");
      expect(caption).toContain(`× ${other.items} items`);
      const sidebar = await page.$$eval("#observablehq-sidebar a[href]", (as) =>
        as.map((a) => (a as HTMLAnchorElement).pathname)
      );
      expect(sidebar).toContain(`/plans/${other.plan}/network.html`);
      expect(sidebar).toContain("/load.html"); // the pages not about one plan stay where they are
      expect(sidebar).toContain("/compare/plans.html");
      // The picker's link to the default plan opens the same page of that plan (its list is fetched when it opens).
      await page.click(".plan-picker summary");
      await page.waitForSelector(".plan-picker a[data-plan]");
      const links = await page.$$eval(".plan-picker a[data-plan]", (as) =>
        as.map((a) => [(a as HTMLElement).dataset.plan, (a as HTMLAnchorElement).pathname])
      );
      expect(links).toContainEqual([defaultPlan, `/plans/${defaultPlan}/responsibilities.html`]);
      expect(await page.textContent("#observablehq-footer")).toContain(other.number ?? "");
    } finally {
      await close();
    }
  });

  test.each(["targets", "progress", "ledger"])(
    "/plans/<name>/%s names that plan's own monitoring file, the root page the shared one",
    async (name) => {
      const {defaultPlan, plans} = summary();
      const other = plans.find((p) => p.plan !== defaultPlan)!;
      const file = name === "ledger" ? "task-status.csv" : "observations.csv";
      for (const [path, expected] of [
        [`plans/${other.plan}/${name}.html`, `data/progress/${other.plan}/${file}`],
        [`${name}.html`, `data/progress/${file}`]
      ]) {
        const {page, close} = await site.open(path);
        try {
          const named = await page.$$eval("#observablehq-main code", (codes) => codes.map((c) => c.textContent));
          expect(named, path).toContain(expected);
        } finally {
          await close();
        }
      }
    }
  );

  test.each(["load.html", "compare/plans.html"])(
    "%s shows no one plan of the site: its picker names none and its footer cites none",
    async (path) => {
      const {defaultPlan, plans} = summary();
      const main = plans.find((p) => p.plan === defaultPlan)!;
      const {page, close} = await site.open(path);
      try {
        expect(await page.locator(".plan-picker-current").count()).toBe(0);
        expect(await page.textContent(".plan-picker summary")).toMatch(/\(\d+\)/);
        expect(await page.textContent("#observablehq-footer")).not.toContain(main.number ?? "Source: ");
        await page.click(".plan-picker summary");
        await page.waitForSelector(".plan-picker a[data-plan]");
        expect(await page.locator(".plan-picker a[aria-current]").count()).toBe(0);
      } finally {
        await close();
      }
    }
  );

  test("the root pages are the configured plan's, and say so in the picker", async () => {
    const {defaultPlan, plans} = summary();
    const main = plans.find((p) => p.plan === defaultPlan)!;
    const {page, close} = await site.open("index.html");
    try {
      expect(await page.$eval(".plan-picker-current", (b) => b.textContent)).toBe(planLabel(main));
      await page.click(".plan-picker summary");
      await page.waitForSelector(".plan-picker a[data-plan]");
      const current = await page.$eval(".plan-picker a[aria-current]", (a) => (a as HTMLElement).dataset.plan);
      expect(current).toBe(defaultPlan);
    } finally {
      await close();
    }
  });
});

describe("add to comparison", () => {
  test("a plan read on the load page joins the compare pages, is saved as a file and loaded again elsewhere", async () => {
    const {plans} = summary();
    const {page, close} = await site.open("load.html");
    let saved: string;
    try {
      await page.getByRole("button", {name: /Start from this site's plan|载入本站方案/}).click();
      await page.waitForSelector("[data-reading-report]");
      await page.getByLabel(/Name in the comparison|比较中的名称/).fill("我的方案");
      await page.getByRole("button", {name: /Add to comparison|加入比较/}).click();
      await page.waitForSelector("[data-compare-status=added]");
      await page.waitForSelector("[data-comparison='1']");
      const download = page.waitForEvent("download");
      await page
        .getByText(/Save the comparison as a file|将比较另存为文件/)
        .first()
        .click();
      saved = readFileSync(await (await download).path(), "utf8");
      expect(JSON.parse(saved).plans.map((p: {plan: string}) => p.plan)).toEqual(["我的方案"]);
      // The compare pages of the same browser list it, marked as the user's.
      await page.goto(site.url("compare/plans.html"), {waitUntil: "networkidle"});
      await page.waitForFunction(
        (n) => document.querySelectorAll("#observablehq-main form table tbody tr").length === n,
        plans.length + 1
      );
      expect(await page.textContent("#observablehq-main form table")).toContain("我的方案");
      // Its targets join Indicators across plans: the site's plan's targets once more, under the name given.
      const shipped = plans.reduce((n, p) => n + (p.targetSpecs?.length ?? 0), 0);
      const mine = plans.find((p) => p.plan === "yanan-2024-8")!.targetSpecs!.length;
      await page.goto(site.url("compare/indicators.html"), {waitUntil: "networkidle"});
      await page.waitForSelector("[data-summary]");
      expect(await page.$eval("[data-summary]", (p) => (p as HTMLElement).dataset.targets)).toBe(
        String(shipped + mine)
      );
      expect(await page.textContent('[data-indicator="制造业产品质量合格率"]')).toContain("我的方案");
    } finally {
      await close();
    }
    // Another browser (a fresh context: empty storage) loads the file.
    const other = await site.open("load.html");
    try {
      expect(await other.page.$eval("[data-comparison]", (e) => (e as HTMLElement).dataset.comparison)).toBe("0");
      await other.page
        .getByLabel(/Load a comparison file|载入比较文件/)
        .setInputFiles({name: "plan-comparison.json", mimeType: "application/json", buffer: Buffer.from(saved!)});
      await other.page.waitForSelector("[data-comparison='1']");
      expect(
        await other.page.$eval("[data-comparison-upload]", (e) => (e as HTMLElement).dataset.comparisonUpload)
      ).toBe("1");
    } finally {
      await other.close();
    }
  });
});
