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
  /** Wall clock. */
  ms: number;
  /** CPU time of every process of the build (user + system; planSites.childrenCpuMs), or null when unknown. */
  cpuMs: number | null;
  /** Framework's log (frameworkLog): data loaders run and their summed time, pages and their summed load time. */
  log: FrameworkLog;
  /** The 1-minute load average before and after the build. */
  load: [number, number];
}

export interface PlansResult {
  date: string;
  builds: PlansBuild[];
  /** Per-plan build time at each size ÷ at the smallest: CPU time when known for every build, else wall clock. */
  measure: "cpu" | "wall";
  perPlanRatio: {plans: number; ratio: number}[];
  /** Pages built in every site whose gzipped weight grew by more than 16 B from the smallest site to the largest. */
  grown: {page: string; small: number; large: number}[];
  /** Every page built in every site, with its gzipped weight (bench/weight.ts, bytes) in each site, in `builds`' order. */
  pages: {page: string; gzip: number[]}[];
  /** Pages compared (built in every site). */
  compared: number;
  goals: {perPlan: {goal: number; value: number; met: boolean}; weight: {met: boolean}};
}

export interface FrameworkLog {
  /** Data loaders run (an output Framework did not have: "[missing] … success"). */
  loaders: number;
  /** Their summed wall-clock time, ms, as Framework logs it. */
  loaderMs: number;
  /** Pages (and modules) loaded, and their summed wall-clock load time, ms ("load /path … in N ms"). */
  pages: number;
  pageMs: number;
}

/**
 * What Framework 1.13's build log says of where the time went: every data loader it ran ("copy … → load /x →
 * [missing] … success 12 kB in 850ms"; an archive's later members are "[fresh]", not a run) and every page it
 * loaded ("load /path in 120ms", or "load /path" then the libraries it bundled and "in 120ms" on a later line).
 */
export function frameworkLog(output: string): FrameworkLog {
  const log: FrameworkLog = {loaders: 0, loaderMs: 0, pages: 0, pageMs: 0};
  let page = false;
  for (const line of output.split("\n")) {
    const ran = /\[missing\] success .* in (\d+)ms$/.exec(line);
    if (ran && !line.includes("[fresh]")) {
      log.loaders++;
      log.loaderMs += Number(ran[1]);
      continue;
    }
    if (line.startsWith("load /") && !line.includes(" → ")) page = true;
    const took = / in (\d+)ms$/.exec(line);
    if (page && took && (line.startsWith("load /") || line.startsWith("in "))) {
      log.pages++;
      log.pageMs += Number(took[1]);
      page = false;
    }
  }
  return log;
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
      const {ms, cpuMs, output} = await buildPlanSite(dir);
      const pages = countPages(join(dir, "dist"));
      builds.push({plans: n, pages, ms, cpuMs, log: frameworkLog(output), load: [before, loadavg()[0]]});
      weights.push(new Map(pageWeights(join(dir, "dist")).map((w) => [w.page, w.total.gzip])));
      log(
        `${n} plans: ${fmt(ms / 1000, 1)} s, CPU ${cpuMs === null ? "–" : fmt(cpuMs / 1000, 1)} s, ` +
          `${fmt(pages)} pages, ${fmt(ms / n / 1000, 2)} s a plan, ` +
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
  const measure = builds.every((b) => b.cpuMs !== null) ? "cpu" : "wall";
  const perPlan = (b: PlansBuild) => (measure === "cpu" ? b.cpuMs! : b.ms) / b.plans;
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
    measure,
    perPlanRatio,
    grown,
    compared: common.length,
    pages: common.sort().map((page) => ({page, gzip: weights.map((w) => w.get(page)!)})),
    goals: {
      perPlan: {goal: PLANS_GOALS.perPlan, value: worst, met: worst <= PLANS_GOALS.perPlan},
      weight: {met: grown.length === 0}
    }
  };
}

export function plansTables(r: PlansResult): string {
  const cpu = (b: PlansBuild) => (b.cpuMs === null ? "–" : fmt(b.cpuMs / 1000, 1));
  const cpuPlan = (b: PlansBuild) => (b.cpuMs === null ? "–" : fmt(b.cpuMs / b.plans / 1000, 2));
  return [
    table(
      [
        "plans",
        "pages",
        "build s",
        "CPU s",
        "CPU s a plan",
        "s a plan",
        "ms a page",
        "loaders (s in the log)",
        "pages' load s in the log",
        `per plan ÷ smallest (${r.measure === "cpu" ? "CPU" : "wall"})`,
        "load average (before → after)"
      ],
      r.builds.map((b, k) => [
        fmt(b.plans),
        fmt(b.pages),
        fmt(b.ms / 1000, 1),
        cpu(b),
        cpuPlan(b),
        fmt(b.ms / b.plans / 1000, 2),
        fmt(b.ms / b.pages),
        `${fmt(b.log.loaders)} (${fmt(b.log.loaderMs / 1000, 1)})`,
        fmt(b.log.pageMs / 1000, 1),
        `${fmt(r.perPlanRatio[k].ratio, 2)}×`,
        `${fmt(b.load[0], 1)} → ${fmt(b.load[1], 1)}`
      ])
    ),
    "",
    `build ${r.measure === "cpu" ? "CPU time" : "time (wall clock)"} per plan, worst ÷ the ` +
      `${fmt(r.builds[0].plans)}-plan site: ${fmt(r.goals.perPlan.value, 2)}× ` +
      `(goal ≤ ${r.goals.perPlan.goal}×): ${verdict(r.goals.perPlan.met)}`,
    `pages whose gzipped weight grows from ${fmt(r.builds[0].plans)} to ${fmt(r.builds[r.builds.length - 1].plans)} ` +
      `plans (of ${fmt(r.compared)} built in every site): ${r.grown.length ? "" : "none"}`,
    ...r.grown.map((g) => `  ${g.page}: ${fmt(g.small / 1024, 1)} → ${fmt(g.large / 1024, 1)} KB`)
  ].join("\n");
}
