// The compare pages on sites of two and of five of the shipped plans (issue 13), each built once for its tests in a
// temporary copy of the project (subsetSite.ts; data/ is not touched). On each: no console error, nothing wider
// than a phone's screen, and every number on screen computed again here from the plans' own tables (the models
// the reader makes of the copied files), never typed. With two plans the pages must still say something sensible:
// lineage has one possible parent, and the two plans share no indicator.
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {LoadedPlan} from "../../src/dataFiles/plan-files.js";
import {readPlanSet} from "../../src/dataFiles/plan-set.js";
import {accountabilityChecks} from "../../src/lib/accountability.js";
import {planLabel} from "../../src/lib/compare/comparison.js";
import {parseFunctionMapping} from "../../src/lib/compare/functions.js";
import {compareIndicators, indicatorFigures} from "../../src/lib/compare/indicatorComparison.js";
import {droppedParents, lineage} from "../../src/lib/compare/lineage.js";
import {lineagePair, type PlanPlace, suggestedParent} from "../../src/lib/compare/parentPlan.js";
import {type PlanLevel, planRow} from "../../src/lib/compare/planRow.js";
import {functionLoad} from "../../src/lib/compare/responsibilityLoad.js";
import {planTargetSpecs} from "../../src/lib/compare/targetSpec.js";
import {parseBenchmarks, parseIndicatorGlossary} from "../../src/lib/reference.js";
import {expectNoSidewaysScroll, ROOT, SCREENSHOTS, useSite} from "./site.ts";
import {buildSubsetSite, type SubsetSite} from "./subsetSite.ts";
import {timelineLabelProblems} from "./timeline.ts";

const VIEWPORTS = [
  {width: 1440, height: 900},
  {width: 390, height: 844}
];
const reference = (file: string) => readFileSync(join(ROOT, "data/reference", file), "utf8");

const SITES = [
  {
    // A district's plan and the city's plan it follows: one possible parent, no indicator in common.
    name: "two plans",
    plans: ["prov-shanghai-2024-publicfire", "qingpu-2024-firesafety"],
    opensOn: "qingpu-2024-firesafety"
  },
  {
    // Yan'an's plan and four district plans: two of them share an indicator, none descends from another here.
    name: "five plans",
    plans: [
      "chongming-2021-ruralroads",
      "fengxian-2021-ruralroads",
      "jinshan-2019-firesafety",
      "qingpu-2024-firesafety",
      "yanan-2024-8"
    ],
    opensOn: "yanan-2024-8"
  }
];

/** A plan as the compare pages label it: its number, else its title, else its name (as the summary does). */
const labelOf = ({name, meta, model}: LoadedPlan) =>
  planLabel({plan: name, number: meta.number ?? model.document.docNumber, title: meta.title ?? model.document.title});
const percent = (x: number) => `${Math.round(x * 100)}%`;
const placeOf = ({name, meta, model}: LoadedPlan): PlanPlace => ({
  plan: name,
  level: (meta.level as PlanLevel | undefined) ?? null,
  jurisdiction: meta.jurisdiction ?? null,
  date: meta.date ?? model.document.date
});

/** Runs `check` on `path` at each width, then screenshots it as `<name>-<width>.png`; nothing wider than the window. */
async function atEachWidth(
  site: ReturnType<typeof useSite>,
  path: string,
  shot: string,
  check: (page: Page) => Promise<void>
) {
  for (const viewport of VIEWPORTS) {
    const {page, close} = await site.open(path, {viewport});
    try {
      await check(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({path: resolve(SCREENSHOTS, `${shot}-${viewport.width}.png`), fullPage: true});
    } finally {
      await close();
    }
  }
}

/** Every page of a built site (dist/**.html, but for Framework's _* folders), relative to dist, in order. */
function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith("_")) visit(path);
      } else if (e.name.endsWith(".html")) out.push(relative(dist, path));
    }
  };
  visit(dist);
  return out.sort();
}

// The plan both sites hold, and the size in bytes of each of its pages in each site (issue 16, goal 3: no page's
// weight grows with the number of plans; the compare at the end of the file).
const SHARED_PLAN = "qingpu-2024-firesafety";
const pageSizes = new Map<string, Map<string, number>>();

describe.each(SITES)("the compare pages on a site of $name", ({name, plans: names, opensOn}) => {
  let built: SubsetSite;
  let plans: LoadedPlan[];
  const tag = name.replace(" ", "-");
  beforeAll(async () => {
    built = await buildSubsetSite(names, opensOn);
    plans = (await readPlanSet(join(built.root, "data/plans"))).plans;
  }, 900_000);
  afterAll(() => built?.remove());
  const site = useSite(() => built.dist);

  test("the site holds exactly its plans, all read", () => {
    expect(plans.map((p) => p.name)).toEqual(names);
    expect(built.log).not.toContain("not read, left out of the site");
  });

  test("the header names the page's plan and lists the site's plans only when the picker opens", () => {
    const dir = join(built.dist, "plans", SHARED_PLAN);
    const sizes = new Map(htmlFiles(dir).map((page) => [page, statSync(join(dir, page)).size]));
    pageSizes.set(name, sizes);
    const html = readFileSync(join(dir, "responsibilities.html"), "utf8");
    const header = /<header id="observablehq-header">([\s\S]*?)<\/header>/.exec(html)![1];
    expect(header).toContain(`data-plan="${SHARED_PLAN}"`);
    expect(header).toMatch(/class="plan-picker-all" href="\.\.\/\.\.\/compare\/plans\.html"/);
    // No plan's own page is linked from the header: the list comes from a file fetched when the picker opens.
    expect(header).not.toContain("/plans/");
    const list = /class="plan-picker-list" href="([^"]+)"/.exec(header)![1];
    const listed = JSON.parse(readFileSync(join(dir, list), "utf8")) as {name: string}[];
    expect(listed.map((p) => p.name).sort()).toEqual([...names].sort());
    // The footer cites the page's plan, not the one the site opens on.
    const meta = plans.find((p) => p.name === SHARED_PLAN)!.meta;
    expect(html).toMatch(new RegExp(`<footer id="observablehq-footer">[\\s\\S]*${meta.number}`));
  });

  test("Plans: one row per plan with its counts, shares and level; the timeline has a dot per plan", async () => {
    // The table's columns after its checkbox column, as src/compare/plans.md lists them.
    const order = [
      "plan",
      "level",
      "date",
      "items",
      "departments",
      "links",
      "leadShare",
      "answeredShare",
      "indicators",
      "targets",
      "covered",
      "chapters",
      "targetYear",
      "issuer"
    ];
    const expected = plans.map((p) => {
      const {model} = p;
      // A designated lead: a lead role held by a named body, not a generic placeholder (各行业部门).
      const generic = new Set(model.departments.filter((d) => d.kind === "generic").map((d) => d.name));
      const leads = new Set(
        model.responsibilities.filter((r) => r.role === "lead" && !generic.has(r.department)).map((r) => r.item)
      );
      // Answered for: a designated lead, or a joint role held by a named body (a 责任单位 list).
      const answered = new Set(
        model.responsibilities
          .filter((r) => (r.role === "lead" || r.role === "joint") && !generic.has(r.department))
          .map((r) => r.item)
      );
      return {
        label: labelOf(p),
        cells: {
          date: p.meta.date ?? model.document.date,
          chapters: String(model.chapters.length),
          items: String(model.items.length),
          departments: String(model.departments.length),
          links: String(model.responsibilities.length),
          indicators: String(model.indicators.length),
          targets: String(model.targets.length),
          leadShare: percent(model.items.filter((i) => leads.has(i.id)).length / model.items.length),
          answeredShare: percent(model.items.filter((i) => answered.has(i.id)).length / model.items.length),
          // A plan whose target year the reader did not find shows "–", not a blank cell.
          targetYear: String(planRow(p.name, model, p.meta).targetYear ?? "–"),
          covered: percent(model.coverage.covered)
        } as Record<string, string | null>
      };
    });
    await atEachWidth(site, "compare/plans.html", `compare-plans-${tag}`, async (page) => {
      const rows = await page.$$eval("#observablehq-main form table tbody tr", (trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? ""))
      );
      expect(rows).toHaveLength(plans.length);
      for (const {label, cells} of expected) {
        const row = rows.find((r) => r[1] === label);
        expect(row, `a row for ${label}`).toBeDefined();
        for (const [column, value] of Object.entries(cells))
          expect([label, column, row![1 + order.indexOf(column)]]).toEqual([label, column, value]);
      }
      expect(await page.$$eval(".card svg [aria-label=dot] circle", (cs) => cs.length)).toBe(
        plans.filter((p) => p.meta.date ?? p.model.document.date).length
      );
      // Plans issued within a year get two-line date ticks: the axis label must not sit on them.
      const overlaps = await page.$$eval(".card svg", (svgs) =>
        svgs.flatMap((svg) => {
          const label = svg.querySelector("[aria-label='x-axis label']")?.getBoundingClientRect();
          if (!label) return [];
          return [...svg.querySelectorAll("[aria-label='x-axis tick label'] text")]
            .map((t) => t.getBoundingClientRect())
            .filter((t) => t.left < label.right && label.left < t.right && t.top < label.bottom && label.top < t.bottom)
            .map((t) => `${Math.round(t.left)},${Math.round(t.top)}`);
        })
      );
      expect(overlaps, "date ticks under the axis label").toEqual([]);
      // Plans issued months apart (the district plans of 2021) have labels that never overlap, nor leave the chart.
      expect(await timelineLabelProblems(page), "timeline labels").toEqual([]);
    });
  });

  test("Indicators across plans: the targets, what the plans share and what one plan sets alone", async () => {
    const glossary = parseIndicatorGlossary(reference("indicators.csv")).entries;
    const benchmarks = parseBenchmarks(reference("benchmarks.csv")).rows;
    const targets = plans.flatMap(({name, model}) => planTargetSpecs(name, model));
    const rows = compareIndicators(targets, glossary, benchmarks);
    const shown = rows.filter((r) => r.reach !== "one");
    const count = (reach: string) => String(rows.filter((r) => r.reach === reach).length);
    if (names.length === 2)
      expect(
        rows.filter((r) => r.reach === "plans"),
        "the two plans share nothing"
      ).toEqual([]);
    else expect(rows.some((r) => r.reach === "plans")).toBe(true);
    await atEachWidth(site, "compare/indicators.html", `compare-indicators-${tag}`, async (page) => {
      expect(await page.$eval("[data-summary]", (p) => ({...(p as HTMLElement).dataset}))).toMatchObject({
        targets: String(targets.length),
        shared: count("plans"),
        benchmarked: count("benchmark"),
        only: count("one")
      });
      const summary = await page.textContent("[data-summary]");
      expect(summary).toContain(
        `${targets.length} targets in ${new Set(targets.map((t) => t.plan)).size} of ${plans.length} plans`
      );
      // The cards are drawn a few per frame: every one is in once the container is marked done.
      await page.waitForSelector(".indicator-cards[data-done]", {state: "attached"});
      expect(
        await page.$$eval("[data-indicator]", (cs) => cs.map((c) => (c as HTMLElement).dataset.indicator))
      ).toEqual(shown.map((r) => r.name));
      for (const row of shown) {
        const card = page.locator(`[data-indicator="${row.name}"]`);
        expect(await card.locator("table.figures tbody tr").count()).toBe(indicatorFigures(row).length);
        expect(
          await card
            .locator("ul.verdicts li")
            .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.verdict))
        ).toEqual(row.verdicts.map((v) => v.verdict));
      }
      // With nothing to compare, the page says so instead of an empty section.
      const nothing = page.getByText("No indicator of these plans is set by another plan");
      expect(await nothing.count()).toBe(shown.length ? 0 : 1);
      expect(await page.$eval("[data-only-rows]", (p) => (p as HTMLElement).dataset.onlyRows)).toBe(
        String(rows.filter((r) => r.reach === "one").flatMap((r) => r.targets).length)
      );
    });
  });

  test("Responsibilities across plans: lead kinds, the function load and the checks of each plan", async () => {
    const kinds = plans.flatMap(({model}) => {
      const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
      return [...new Set(model.responsibilities.filter((r) => r.role === "lead").map((r) => kind.get(r.department)))];
    });
    const {rules} = parseFunctionMapping(reference("functions.csv"));
    const loads = plans
      .flatMap(({name, model}) => functionLoad(name, model, rules))
      .filter((l) => l.function !== null && l.share !== null);
    const checks = plans.map((p) => {
      const report = accountabilityChecks(p.model);
      return [
        labelOf(p),
        p.model.items.length,
        report.noLead,
        report.unassigned,
        report.genericOnly,
        report.diffuse
      ].map((x) => (Array.isArray(x) ? String(x.length) : String(x)));
    });
    await atEachWidth(site, "compare/responsibilities.html", `compare-responsibilities-${tag}`, async (page) => {
      expect(await page.$$eval("[data-export=kinds-by-plan] svg [aria-label=cell] rect", (rs) => rs.length)).toBe(
        kinds.length
      );
      const functions = page.locator("[data-export=functions-by-plan]");
      expect(await functions.locator("svg [aria-label=cell] rect").count()).toBe(loads.length);
      expect((await functions.locator("svg [aria-label=text] text").allTextContents()).sort()).toEqual(
        loads.map((l) => String(l.items)).sort()
      );
      expect(
        await page.$$eval("[data-export=accountability-by-plan] svg [aria-label=bar] rect", (rs) => rs.length)
      ).toBe(4 * plans.filter((p) => p.model.items.length > 0).length);
      // The checks table, a row per plan: items, named but no lead, no one named, placeholder only, diffuse.
      const table = await page.$$eval("#observablehq-main form table tbody tr", (trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent?.trim() ?? ""))
      );
      expect(table.toSorted()).toEqual(checks.toSorted());
    });
  });

  test("Lineage: the pair it opens on, its counts, and the descents the site holds", async () => {
    const places = plans.map(placeOf);
    const descents = places.filter((p) => suggestedParent(p, places));
    const pair = lineagePair(places)!;
    if (names.length === 2) {
      // One possible parent: the city's plan for the district's.
      expect(descents.map((p) => p.plan)).toEqual(["qingpu-2024-firesafety"]);
      expect(pair).toMatchObject({
        parent: "prov-shanghai-2024-publicfire",
        child: "qingpu-2024-firesafety",
        suggested: true
      });
    } else expect(descents).toEqual([]);
    const items = (plan: string) =>
      plans.find((p) => p.name === plan)!.model.items.map((i) => ({id: i.id, title: i.title, text: i.text}));
    const result = lineage(items(pair.parent), items(pair.child));
    const dropped = droppedParents(items(pair.parent), result);
    // B's targets against A's: the verdicts of the indicators both set (by the glossary alone, as the page does).
    const glossary = parseIndicatorGlossary(reference("indicators.csv")).entries;
    const specs = (plan: string) => planTargetSpecs(plan, plans.find((p) => p.name === plan)!.model);
    const targetVerdicts = compareIndicators([...specs(pair.child), ...specs(pair.parent)], glossary, [])
      .filter((c) => c.reach === "plans")
      .flatMap((c) => c.verdicts);
    await atEachWidth(site, "compare/lineage.html", `compare-lineage-${tag}`, async (page) => {
      expect(await page.evaluate(() => location.search)).toBe(`?parent=${pair.parent}&child=${pair.child}`);
      expect(await page.$eval(".lineage-counts", (d) => ({...(d as HTMLElement).dataset}))).toMatchObject({
        copied: String(result.counts.copied),
        adapted: String(result.counts.adapted),
        new: String(result.counts.new),
        dropped: String(dropped.length)
      });
      expect(await page.textContent(".lineage-counts")).toContain(percent(result.newShareChars!));
      expect(await page.locator("details.lineage-item").count()).toBe(result.matches.length);
      expect(await page.$eval("[data-target-verdicts]", (p) => (p as HTMLElement).dataset.targetVerdicts)).toBe(
        String(targetVerdicts.length)
      );
      // The descents by level and place: a link per child with a parent here, or a line saying there is none.
      const links = page.locator("[data-descents] a");
      expect(await links.count()).toBe(descents.length);
      if (!descents.length)
        expect(await page.textContent("[data-descents]")).toContain("No plan of this site descends from another");
    });
  });
});

describe("the pages of a plan do not grow with the number of plans in the site", () => {
  test("each page of the plan both sites hold has its size in the site of two, but for the count's digits", () => {
    const [two, five] = SITES.map((site) => pageSizes.get(site.name));
    expect(two && five, "both sites were built and measured").toBeTruthy();
    expect([...five!.keys()]).toEqual([...two!.keys()]);
    expect(two!.size).toBeGreaterThan(10);
    // Listing every plan in the header, each page grew by about 250 B a plan: 750 B from two plans to five.
    const grew = [...two!]
      .filter(([page, a]) => Math.abs(five!.get(page)! - a) > 32)
      .map(([page, a]) => `${page}: ${a} → ${five!.get(page)} B`);
    expect(grew).toEqual([]);
  });
});
