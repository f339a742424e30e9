// The compare pages Indicators across plans and Lineage, and the function load on Responsibilities across plans, in
// Chromium at desktop and phone widths: every figure on screen checked against the built data files, computed again
// here with the same library functions. Needs npm run build.
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {comparedTargets, planLabel} from "../../src/lib/compare/comparison.js";
import {COMPARISON_KEY} from "../../src/page/comparisonStore.js";
import {compareIndicators, indicatorFigures} from "../../src/lib/compare/indicatorComparison.js";
import {lineage} from "../../src/lib/compare/lineage.js";
import {lineagePair} from "../../src/lib/compare/parentPlan.js";
import type {PlanCompareSummary} from "../../src/lib/compare/plansSummary.js";
import type {FunctionLoad} from "../../src/lib/compare/responsibilityLoad.js";
import type {Benchmark, GlossaryEntry} from "../../src/lib/reference.js";
import {DIST, expectNoSidewaysScroll, SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const VIEWPORTS = [
  {width: 1440, height: 900},
  {width: 390, height: 844}
];

/** A data file of the compare pages (dist/_file/compare/<name>.<hash>.json), parsed. */
function compareFile<T>(name: string): T {
  const dir = join(DIST, "_file/compare");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (!file) throw new Error(`no ${name}.*.json in ${dir}: run npm run build`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

const plansFile = () => compareFile<{plans: PlanCompareSummary[]}>("plans");
const reference = () =>
  compareFile<{glossary: GlossaryEntry[]; benchmarks: Benchmark[]; problems: unknown[]}>("indicators");
type Items = {plans: {plan: string; items: {id: string; title: string; text: string}[]}[]};

describe("Indicators across plans", () => {
  test.each(VIEWPORTS)("every indicator to compare, its figures and verdicts, at $width×$height", async (viewport) => {
    const {plans} = plansFile();
    const {glossary, benchmarks} = reference();
    const {targets} = comparedTargets(plans);
    const rows = compareIndicators(targets, glossary, benchmarks);
    const shown = rows.filter((r) => r.reach !== "one");
    // The shipped plans have something to compare: the two rural-road plans share an indicator, and Yan'an's
    // binding rates have national and provincial figures.
    expect(shown.some((r) => r.reach === "plans")).toBe(true);
    expect(shown.some((r) => r.reach === "benchmark")).toBe(true);
    const {page, close} = await site.open("compare/indicators.html", {viewport});
    try {
      const summary = await page.$eval("[data-summary]", (p) => ({...(p as HTMLElement).dataset}));
      expect(summary).toMatchObject({
        targets: String(targets.length),
        shared: String(rows.filter((r) => r.reach === "plans").length),
        benchmarked: String(rows.filter((r) => r.reach === "benchmark").length),
        only: String(rows.filter((r) => r.reach === "one").length)
      });
      // The cards are drawn a few per frame: every one is in once the container is marked done.
      await page.waitForSelector(".indicator-cards[data-done]", {state: "attached"});
      expect(
        await page.$$eval("[data-indicator]", (cs) => cs.map((c) => (c as HTMLElement).dataset.indicator))
      ).toEqual(shown.map((r) => r.name));
      for (const row of shown) {
        const card = page.locator(`[data-indicator="${row.name}"]`);
        const figures = indicatorFigures(row);
        // One dot per figure with a value, one table row per figure, one line per verdict.
        expect(await card.locator("svg [aria-label=dot] circle").count()).toBe(
          figures.filter((f) => f.value !== null).length
        );
        expect(await card.locator("table.figures tbody tr").count()).toBe(figures.length);
        expect(
          await card
            .locator("ul.verdicts li")
            .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.verdict))
        ).toEqual(row.verdicts.map((v) => v.verdict));
        // Every benchmark's source is on screen.
        const text = await card.textContent();
        for (const b of row.benchmarks) expect(text).toContain(b.source);
      }
      // The rural roads: both district plans ask ≥ 90% by 2022 (Fengxian's (三) is the 到2022年 goals' list, as in
      // Chongming's paragraph), so they ask the same.
      const roads = shown.find((r) => r.name === "中等及以上农村公路占比")!;
      expect(roads.verdicts.map((v) => v.verdict)).toEqual(["same"]);
      expect(await page.locator('[data-indicator="中等及以上农村公路占比"] li[data-verdict=same]').count()).toBe(1);
      // Yan'an's manufacturing pass rate asks what the nation and the province ask.
      expect(await page.locator('[data-indicator="制造业产品质量合格率"] li[data-verdict=same]').count()).toBe(2);
      // This plan only: every target of a group no one else sets, then one plan's.
      const only = rows.filter((r) => r.reach === "one").flatMap((r) => r.targets);
      expect(await page.$eval("[data-only-rows]", (p) => (p as HTMLElement).dataset.onlyRows)).toBe(
        String(only.length)
      );
      const yanan = plans.find((p) => p.plan === "yanan-2024-8")!;
      await page.getByRole("combobox", {name: /Plan|方案/}).selectOption({label: planLabel(yanan)});
      await page.waitForFunction(
        (n) => document.querySelector("[data-only-rows]")?.getAttribute("data-only-rows") === n,
        String(only.filter((t) => t.plan === "yanan-2024-8").length)
      );
      expect(await page.$eval("[data-problems]", (p) => (p as HTMLElement).dataset.problems)).toBe("0");
      await expectNoSidewaysScroll(page);
      await page.screenshot({path: resolve(SCREENSHOTS, `compare-indicators-${viewport.width}.png`), fullPage: true});
    } finally {
      await close();
    }
  });
});

describe("Lineage", () => {
  const items = () => new Map(compareFile<Items>("lineage").plans.map((p) => [p.plan, p.items]));

  test.each(VIEWPORTS)(
    "opens on a plan and its parent, with the counts of the lineage, at $width×$height",
    async (viewport) => {
      const {plans} = plansFile();
      const pair = lineagePair(plans)!;
      // The shipped plans: Qingpu's fire-safety plan descends from Shanghai's of the same year.
      expect(pair).toMatchObject({
        parent: "prov-shanghai-2024-publicfire",
        child: "qingpu-2024-firesafety",
        suggested: true
      });
      const result = lineage(items().get(pair.parent)!, items().get(pair.child)!);
      const {page, close} = await site.open("compare/lineage.html", {viewport});
      try {
        const counts = await page.$eval(".lineage-counts", (d) => ({...(d as HTMLElement).dataset}));
        expect(counts).toMatchObject({
          copied: String(result.counts.copied),
          adapted: String(result.counts.adapted),
          new: String(result.counts.new)
        });
        expect(await page.textContent(".lineage-counts")).toContain(`${Math.round(result.newShareChars! * 100)}%`);
        // One bar and one line per item of B, each naming the item of A it follows.
        expect(await page.locator(".card svg [aria-label=bar] rect").count()).toBe(result.matches.length);
        expect(
          await page
            .locator("details.lineage-item")
            .evaluateAll((ds) =>
              ds.map((d) => [
                (d as HTMLElement).dataset.child,
                (d as HTMLElement).dataset.parent,
                (d as HTMLElement).dataset.label
              ])
            )
        ).toEqual(result.matches.map((m) => [m.child.id, m.parent?.id ?? "", m.label]));
        // The pair is in the address, so the view can be shared.
        expect(await page.evaluate(() => location.search)).toBe(`?parent=${pair.parent}&child=${pair.child}`);
        // The chart's exports are named after the pair chosen: two pairs' PNGs never share a name.
        expect(await page.locator(`figure[data-export="lineage-${pair.parent}-${pair.child}"]`).count()).toBe(1);
        await expectNoSidewaysScroll(page);
        await page.screenshot({path: resolve(SCREENSHOTS, `compare-lineage-${viewport.width}.png`), fullPage: true});
      } finally {
        await close();
      }
    }
  );

  test("a plan the user added on the load page joins with its text: its lineage against a site plan", async () => {
    const {plans} = plansFile();
    const parent = "prov-shanghai-2024-publicfire";
    const copyOf = "qingpu-2024-firesafety";
    const childItems = items().get(copyOf)!;
    // As the load page keeps it (comparisonStore.ts): the plan's summary and its items' texts, in this browser only.
    const mine = {
      plan: "my-plan",
      added: "2026-11-30T12:00:00Z",
      summary: {...plans.find((p) => p.plan === copyOf)!, plan: "my-plan"},
      items: childItems
    };
    const storageState = {
      cookies: [],
      origins: [
        {
          origin: site.origin(),
          localStorage: [
            {
              name: COMPARISON_KEY,
              value: JSON.stringify({format: "plan-explorer-comparison", version: 1, plans: [mine]})
            }
          ]
        }
      ]
    };
    const result = lineage(items().get(parent)!, childItems);
    const {page, close} = await site.open(`compare/lineage.html?parent=${parent}&child=my-plan`, {storageState});
    try {
      expect(await page.$eval(".lineage-counts", (d) => ({...(d as HTMLElement).dataset}))).toMatchObject({
        copied: String(result.counts.copied),
        adapted: String(result.counts.adapted),
        new: String(result.counts.new)
      });
      expect(await page.locator("[data-unknown]").count()).toBe(0);
      expect(await page.locator("[data-without-text]").count()).toBe(0);
    } finally {
      await close();
    }
  });

  test("a shared address opens its pair; an item opens to the two texts side by side; a name not a plan is said", async () => {
    const parent = "chongming-2021-ruralroads";
    const child = "fengxian-2021-ruralroads";
    const result = lineage(items().get(parent)!, items().get(child)!);
    const {page, close} = await site.open(`compare/lineage.html?parent=${parent}&child=${child}`);
    try {
      expect(await page.$eval(".lineage-counts", (d) => (d as HTMLElement).dataset.adapted)).toBe(
        String(result.counts.adapted)
      );
      expect(await page.$eval("[data-dropped]", (d) => (d as HTMLElement).dataset.dropped)).toBe(
        String(
          items().get(parent)!.length -
            new Set(result.matches.filter((m) => m.label !== "new").map((m) => m.parent!.id)).size
        )
      );
      const followed = result.matches.findIndex((m) => m.label !== "new");
      await page.locator("details.lineage-item summary").nth(followed).click();
      const diff = page.locator("details.lineage-item").nth(followed).locator(".text-diff");
      await diff.waitFor();
      expect(await diff.locator("[data-side=parent] p").textContent()).toBe(result.matches[followed].parent!.text);
      expect(await diff.locator("[data-side=child] p").textContent()).toBe(result.matches[followed].child.text);
      expect(await diff.locator("ins").count()).toBeGreaterThan(0);
      // The two plans share indicators (中等及以上农村公路占比, 农村公路列养率): the page gives the verdicts the
      // comparison gives for the pair, each under its own verdict.
      const specs = (plan: string) => plansFile().plans.find((p) => p.plan === plan)?.targetSpecs ?? [];
      const verdicts = compareIndicators([...specs(child), ...specs(parent)], reference().glossary, [])
        .filter((c) => c.reach === "plans")
        .flatMap((c) => c.verdicts);
      expect(verdicts.length).toBeGreaterThan(0);
      expect(await page.$eval("[data-target-verdicts]", (p) => (p as HTMLElement).dataset.targetVerdicts)).toBe(
        String(verdicts.length)
      );
      expect(await page.$$eval("ul.verdicts li", (li) => li.map((l) => (l as HTMLElement).dataset.verdict))).toEqual(
        verdicts.map((v) => v.verdict)
      );
      // Choosing another child keeps the new pair in the address.
      const index = plansFile().plans.findIndex((p) => p.plan === "qingpu-2024-firesafety");
      await page.getByRole("combobox", {name: /Child plan|子方案/}).selectOption({index});
      await page.waitForFunction(() => location.search.includes("child=qingpu-2024-firesafety"));
    } finally {
      await close();
    }
    const other = await site.open(`compare/lineage.html?parent=nowhere&child=${child}`);
    try {
      expect(await other.page.textContent("[data-unknown]")).toContain("nowhere");
    } finally {
      await other.close();
    }
  });
});

describe("Responsibilities across plans: the function load", () => {
  test.each(VIEWPORTS)(
    "a cell per function and plan, and what functions.csv could not read, at $width×$height",
    async (viewport) => {
      const data = compareFile<{rules: number; problems: unknown[]; loads: FunctionLoad[]}>("functions");
      const {page, close} = await site.open("compare/responsibilities.html", {viewport});
      try {
        const card = page.locator("[data-export=functions-by-plan]");
        const cells = data.loads.filter((l) => l.function !== null && l.share !== null);
        expect(await card.locator("svg [aria-label=cell] rect").count()).toBe(cells.length);
        expect(await card.locator("svg [aria-label=text] text").allTextContents()).toEqual(
          cells.map((c) => String(c.items))
        );
        // 人民政府 is not civil affairs: Yan'an's 民政 cell counts the items of 市民政局 only.
        const civil = cells.find((c) => c.plan === "yanan-2024-8" && c.function === "civil-affairs")!;
        expect(civil.departments).toEqual(["市民政局"]);
        const report = page.locator("[data-problems]").first();
        expect(await report.getAttribute("data-problems")).toBe(String(data.problems.length));
        expect(await report.textContent()).toContain(String(data.rules));
        await expectNoSidewaysScroll(page);
      } finally {
        await close();
      }
    }
  );
});
