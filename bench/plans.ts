/**
 * Sites of many plans (issue 16, goal 3): the cold build (`npm run build`) of copies of this project holding 5, 20
 * and 50 plans (bench/planSites.ts: the configured plan, then copies of the other shipped plans in turn under new
 * names; made in a temporary folder for the run, never stored), one after the other, so that all see the same
 * machine. For each: seconds, seconds per plan, pages built and ms per page, and the weight of every page
 * (bench/weight.ts). Goals: the build time per plan at 20 and 50 plans within 1.3× of the 5-plan figure, and no
 * page's weight growing with the number of plans: every page built in every site compared, gzipped, between the
 * smallest and the largest site (the count of plans in the header is allowed its extra digit). The machine's load
 * average is recorded beside each build.
 */
import {existsSync, readdirSync, rmSync} from "node:fs";
import {loadavg} from "node:os";
import {join} from "node:path";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {buildPlanSite, makePlanSite} from "./planSites.js";
import {fmt, table, verdict} from "./stats.js";
import {pageWeights} from "./weight.js";

export const PLANS_GOALS = {perPlan: 1.3};

export interface PlansBuild {
  plans: number;
  pages: number;
  ms: number;
  /** The 1-minute load average before and after the build. */
  load: [number, number];
}

export interface PlansResult {
  date: string;
  builds: PlansBuild[];
  /** Per-plan build time at each size ÷ at the smallest. */
  perPlanRatio: {plans: number; ratio: number}[];
  /** Pages built in every site whose gzipped weight grew by more than 16 B from the smallest site to the largest. */
  grown: {page: string; small: number; large: number}[];
  /** Pages compared (built in every site). */
  compared: number;
  goals: {perPlan: {goal: number; value: number; met: boolean}; weight: {met: boolean}};
}

function countPages(dist: string): number {
  let n = 0;
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, {withFileTypes: true}))
      if (e.isDirectory()) {
        if (!e.name.startsWith("_")) visit(join(dir, e.name));
      } else if (e.name.endsWith(".html")) ++n;
  };
  visit(dist);
  return n;
}

export async function benchPlans({
  counts = [5, 20, 50],
  log = () => {}
}: {counts?: number[]; log?: (line: string) => void} = {}): Promise<PlansResult> {
  const builds: PlansBuild[] = [];
  const weights: Map<string, number>[] = [];
  const dirs: string[] = [];
  try {
    let cacheFrom: string | undefined;
    if (!existsSync(join(ROOT, "src/.observablehq/cache/_node"))) {
      // No Framework cache to start from: a first, untimed build of one plan bundles the libraries into _node, which
      // would otherwise be counted in the smallest site's time only (on 2026-11-30 it made the 5-plan build 11 min).
      log("no Framework cache in this checkout: an untimed build of one plan first");
      cacheFrom = makePlanSite(1);
      dirs.push(cacheFrom);
      await buildPlanSite(cacheFrom);
    }
    for (const n of counts) {
      const dir = makePlanSite(n, {cacheFrom});
      dirs.push(dir);
      const before = loadavg()[0];
      const {ms} = await buildPlanSite(dir);
      const pages = countPages(join(dir, "dist"));
      builds.push({plans: n, pages, ms, load: [before, loadavg()[0]]});
      weights.push(new Map(pageWeights(join(dir, "dist")).map((w) => [w.page, w.total.gzip])));
      log(
        `${n} plans: ${fmt(ms / 1000, 1)} s, ${fmt(pages)} pages, ${fmt(ms / n / 1000, 2)} s a plan, ` +
          `load ${fmt(before, 1)} → ${fmt(loadavg()[0], 1)}`
      );
      // The next site starts from this one's Framework cache (the libraries bundled into _node).
      if (cacheFrom) rmSync(cacheFrom, {recursive: true, force: true});
      cacheFrom = dir;
      rmSync(join(dir, "dist"), {recursive: true, force: true});
    }
  } finally {
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
  }
  const perPlan = (b: PlansBuild) => b.ms / b.plans;
  const perPlanRatio = builds.map((b) => ({plans: b.plans, ratio: perPlan(b) / perPlan(builds[0])}));
  const [first, last] = [weights[0], weights[weights.length - 1]];
  const common = [...first.keys()].filter((p) => weights.every((w) => w.has(p)));
  const grown = common
    .map((page) => ({page, small: first.get(page)!, large: last.get(page)!}))
    .filter((g) => g.large - g.small > 16)
    .sort((a, b) => b.large - b.small - (a.large - a.small));
  const worst = Math.max(...perPlanRatio.map((r) => r.ratio));
  return {
    date: new Date().toISOString(),
    builds,
    perPlanRatio,
    grown,
    compared: common.length,
    goals: {
      perPlan: {goal: PLANS_GOALS.perPlan, value: worst, met: worst <= PLANS_GOALS.perPlan},
      weight: {met: grown.length === 0}
    }
  };
}

export function plansTables(r: PlansResult): string {
  return [
    table(
      ["plans", "pages", "build s", "s a plan", "ms a page", "per plan ÷ smallest", "load average (before → after)"],
      r.builds.map((b, k) => [
        fmt(b.plans),
        fmt(b.pages),
        fmt(b.ms / 1000, 1),
        fmt(b.ms / b.plans / 1000, 2),
        fmt(b.ms / b.pages),
        `${fmt(r.perPlanRatio[k].ratio, 2)}×`,
        `${fmt(b.load[0], 1)} → ${fmt(b.load[1], 1)}`
      ])
    ),
    "",
    `build time per plan, worst ÷ the ${fmt(r.builds[0].plans)}-plan site: ${fmt(r.goals.perPlan.value, 2)}× ` +
      `(goal ≤ ${r.goals.perPlan.goal}×): ${verdict(r.goals.perPlan.met)}`,
    `pages whose gzipped weight grows from ${fmt(r.builds[0].plans)} to ${fmt(r.builds[r.builds.length - 1].plans)} ` +
      `plans (of ${fmt(r.compared)} built in every site): ${r.grown.length ? "" : "none"}`,
    ...r.grown.map((g) => `  ${g.page}: ${fmt(g.small / 1024, 1)} → ${fmt(g.large / 1024, 1)} KB`)
  ].join("\n");
}
