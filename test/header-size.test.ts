// Issue 16, goal 3: no page's weight grows with the number of plans. The plan picker in every page's header once
// listed every plan (about 250 B of HTML a plan on every page); it now names the page's plan and fetches the list
// (data/plans.json) when opened. Two whole builds, in copies of the project (bench/planSites.ts) of 2 and of 20
// plans (the configured plan and copies of a shipped plan under other names): every page built in both has the
// same HTML but for the number of plans it shows, and the list has every plan. data/ is not touched.
import {readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {buildPlanSite, makePlanSite} from "../bench/planSites.js";
import {planOfPath, planPickerHtml, planScript} from "../src/page/planPicker.js";

// The shipped plan with the fewest departments (so the fewest briefs to build), copied under 1 and 19 names.
const COPY = "prov-shanghai-2024-publicfire";

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

describe("the header does not grow with the number of plans", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
  });

  test("every page's HTML in a site of 20 plans is its size in a site of 2, but for the count", async () => {
    const small = makePlanSite(2, {copies: [COPY]});
    dirs.push(small);
    await buildPlanSite(small);
    const large = makePlanSite(20, {copies: [COPY], cacheFrom: small});
    dirs.push(large);
    await buildPlanSite(large);

    const pages = htmlFiles(join(small, "dist"));
    const larger = new Set(htmlFiles(join(large, "dist")));
    // The same pages of the same two plans (the configured plan and COPY-c01), and 18 plans more in the large site.
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((p) => !larger.has(p))).toEqual([]);
    expect(larger.size).toBeGreaterThan(pages.length + 18 * 10);
    const grew: string[] = [];
    for (const page of pages) {
      const a = statSync(join(small, "dist", page)).size;
      const b = statSync(join(large, "dist", page)).size;
      // "(2)", "All 2 plans" and "全部 2 个方案" become "(20)" …: one digit more in each of the three; the Lineage
      // page took 1 B more (40,906 → 40,910 B on 2026-11-30, not traced), hence a margin. Listing the plans, the
      // header grew by about 250 B a plan: 4.5 KB here.
      if (b - a > 32) grew.push(`${page}: ${a} → ${b} B`);
    }
    expect(grew).toEqual([]);

    // The header links no plan of its own; the picker's list, fetched when it opens, has every plan.
    const html = readFileSync(join(large, "dist/plans", `${COPY}-c01/responsibilities.html`), "utf8");
    const header = /<header id="observablehq-header">([\s\S]*?)<\/header>/.exec(html)![1];
    expect(header).toContain('data-plan="prov-shanghai-2024-publicfire-c01"');
    expect(header).toMatch(/class="plan-picker-all" href="\.\.\/\.\.\/compare\/plans\.html"/);
    expect(header).not.toContain("/plans/");
    const list = /class="plan-picker-list" href="([^"]+)"/.exec(header)![1];
    const plans = JSON.parse(readFileSync(join(large, "dist/plans", `${COPY}-c01`, list), "utf8")) as {name: string}[];
    expect(plans.map((p) => p.name)).toHaveLength(20);
    expect(plans.map((p) => p.name)).toContain(`${COPY}-c19`);
    // The footer cites the page's plan, not the configured one.
    expect(html).toMatch(/<footer id="observablehq-footer">[\s\S]*沪府办规〔2024〕6号/);
  }, 1_800_000);
});

describe("the plan picker's parts", () => {
  test("planScript() is JavaScript that parses (it is written inside a template string)", () => {
    const script = planScript()
      .replace(/^<script>/, "")
      .replace(/<\/script>$/, "");
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain("/compare\\/plans(\\.html)?$/");
  });

  test("planPickerHtml() is as long for 2,000 plans as for 2, but for the count's digits", () => {
    const entry = {name: "a", label: "甲〔2024〕1号", title: "甲 · 方案", cite: "甲 · 《方案》"};
    expect(planPickerHtml(entry, 2000, "a").length - planPickerHtml(entry, 2, "a").length).toBe(9);
  });

  test("planOfPath() is the plan of /plans/<plan>/… and the configured plan elsewhere", () => {
    expect(planOfPath("/plans/qingpu-2024-firesafety/responsibilities", "yanan")).toBe("qingpu-2024-firesafety");
    expect(planOfPath("/plans/qingpu-2024-firesafety/", "yanan")).toBe("qingpu-2024-firesafety");
    expect(planOfPath("/responsibilities", "yanan")).toBe("yanan");
    expect(planOfPath("/compare/plans", "yanan")).toBe("yanan");
  });
});
