/**
 * Goal 4 of issue 16, time to first chart, each page against its own floor (bench/floors.ts): a page with the same
 * imports that draws only that page's first chart from the same data. Both are built in the same copy of the site
 * (bench/planSites.ts, with 2 plans: the configured one and a copy of another), and each load of a page is paired
 * with a load of its floor (in turn before and after it), as bench/ttfc.ts pairs pages with its one-dot baseline.
 * Goal: page ÷ floor ≤ 1.3× for each page (the median of the paired ratios, with its 90% interval).
 *
 * The compare pages are also measured on a second copy with 100 plans (copies of the shipped plans in turn), each
 * load paired with the same page of the 2-plan copy: goal ≤ 1.5×.
 *
 * Both copies are built without the per-plan pages (/plans/<name>/…) and the department briefs: their config is
 * the project's, wrapped to leave those dynamic paths out, which the pages measured do not need and which would
 * make a 100-plan build take hours. The time to first chart is measured as in bench/ttfc.ts (measure): the first
 * <svg> or <canvas> of at least 100 × 50 px in the main column, from navigation start, in a fresh context.
 */
import {copyFileSync, renameSync, rmSync, symlinkSync, writeFileSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {launch} from "../test/browser/browser.js";
import {serve} from "../test/browser/serve.js";
import {FLOORS, floorPath, writeFloors} from "./floors.js";
import {buildPlanSite, makePlanSite} from "./planSites.js";
import {
  atMost,
  fmt,
  type GoalVerdict,
  type Interval,
  medianInterval,
  overall,
  pairedRatios,
  printVerdict,
  ratiosOf,
  type Summary,
  spread,
  summarize,
  table
} from "./stats.js";
import {measure} from "./ttfc.js";

export const FLOOR_GOAL = 1.3;
export const PLANS_GOAL = 1.5;
/** The compare pages, measured at 2 and at many plans. */
export const COMPARE_PAGES = [
  "compare/plans.md",
  "compare/indicators.md",
  "compare/responsibilities.md",
  "compare/lineage.md"
];

export interface PairRow {
  page: string;
  /** The page's first chart (ms from navigation start), and its floor's (or the 2-plan site's page). */
  chart: Summary | null;
  base: Summary | null;
  ratios: Summary | null;
  interval: Interval | null;
  verdict: GoalVerdict | null;
}

export interface FirstChartResult {
  date: string;
  runs: number;
  /** Load average (1 min) at the start and the end of the measures. */
  load: [number, number];
  plans: number;
  floors: PairRow[];
  compare: PairRow[];
  goals: {
    floor: {goal: number; verdict: GoalVerdict | null; worst: number | null};
    plans: {goal: number; verdict: GoalVerdict | null; worst: number | null};
  };
}

/** The project's config, wrapped to build only the site's own pages (no /plans/<name>/… pages, no briefs). */
function trimConfig(dir: string) {
  renameSync(join(dir, "observablehq.config.ts"), join(dir, "observablehq.base.config.ts"));
  writeFileSync(
    join(dir, "observablehq.config.ts"),
    `// Written by bench/firstChart.ts: the project's config without the per-plan pages and the department briefs.\n` +
      `import config from "./observablehq.base.config.js";\n` +
      `export default {...config, dynamicPaths: config.dynamicPaths.filter((p: string) => !p.startsWith("/plans/") && !p.startsWith("/departments/"))};\n`
  );
}

const html = (page: string) => page.replace(/\.md$/, ".html");
/** A baseline's page in the copies: "compare/indicators.md" → "compare/indicators--before.md". */
const beforePath = (page: string) => page.replace(/\.md$/, "--before.md");
const loadAverage = async () => (await import("node:os")).loadavg()[0];

function pairRow(page: string, pairs: [number | null, number | null][], goal: number): PairRow {
  const sum = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? summarize(v) : null;
  };
  const interval = medianInterval(ratiosOf(pairs));
  return {
    page,
    chart: sum(pairs.map((p) => p[0])),
    base: sum(pairs.map((p) => p[1])),
    ratios: pairedRatios(pairs),
    interval,
    verdict: atMost(interval, goal)
  };
}

/**
 * Builds the two copies of the site (2 plans with the floors, `plans` plans), serves them and measures every page of
 * FLOORS against its floor, and the compare pages at `plans` against 2, `runs` times each.
 */
export async function benchFirstChart({
  runs = 9,
  plans = 100,
  pages: only,
  cacheFrom,
  baseline,
  log = () => {}
}: {
  runs?: number;
  plans?: number;
  /**
   * Another checkout of this project whose compare pages are measured beside this one's, as the same pages at 100
   * plans vs 2: each is copied into both copies of the site as `<page>--before.md` (its imports and data files must
   * still exist here), so before and after are built and loaded in the same run.
   */
  baseline?: string;
  /** Only these pages ("index.md", "compare/plans.md" …). */
  pages?: string[];
  /** A checkout whose Framework cache the copies start from (default this one). */
  cacheFrom?: string;
  log?: (line: string) => void;
}): Promise<FirstChartResult> {
  const specs = FLOORS.filter((s) => !only || only.includes(s.page));
  const ownPages = COMPARE_PAGES.filter((p) => !only || only.includes(p));
  const comparePages = baseline ? ownPages.flatMap((p) => [beforePath(p), p]) : ownPages;
  const addBefore = (site: string) => {
    if (baseline) for (const p of ownPages) copyFileSync(join(baseline, "src", p), join(site, "src", beforePath(p)));
  };
  const small = makePlanSite(2, {cacheFrom});
  let large: string | null = null;
  const root = mkdtempSync(join(tmpdir(), "first-chart-"));
  try {
    trimConfig(small);
    writeFloors(small, specs);
    addBefore(small);
    log(`first chart: building the 2-plan copy with ${specs.length} floors (${small})`);
    let t0 = performance.now();
    await buildPlanSite(small);
    log(`first chart: built in ${fmt((performance.now() - t0) / 1000)} s`);
    symlinkSync(join(small, "dist"), join(root, "small"), "dir");
    if (comparePages.length) {
      large = makePlanSite(plans, {cacheFrom: small});
      trimConfig(large);
      addBefore(large);
      log(`first chart: building the ${plans}-plan copy (${large})`);
      t0 = performance.now();
      await buildPlanSite(large);
      log(`first chart: built in ${fmt((performance.now() - t0) / 1000)} s`);
      symlinkSync(join(large, "dist"), join(root, "large"), "dir");
    }
    const server = await serve(root);
    const browser = await launch();
    const floorPairs = new Map<string, [number | null, number | null][]>(specs.map((s) => [s.page, []]));
    const comparePairs = new Map<string, [number | null, number | null][]>(comparePages.map((p) => [p, []]));
    const load: [number, number] = [await loadAverage(), 0];
    const url = (site: string, page: string) => `${server.url}/${site}/${html(page)}`;
    // One pair: the two loads in turn (a first in even runs, b first in odd ones), each's first chart.
    const pair = async (k: number, a: string, b: string): Promise<[number | null, number | null]> => {
      const order = k % 2 === 0 ? [a, b] : [b, a];
      const t = new Map<string, number | null>();
      for (const u of order) t.set(u, (await measure(browser, u, "#observablehq-main")).chart);
      return [t.get(a)!, t.get(b)!];
    };
    try {
      for (let k = 0; k < runs; ++k) {
        for (const spec of specs)
          floorPairs.get(spec.page)!.push(await pair(k, url("small", spec.page), url("small", floorPath(spec.page))));
        for (const page of comparePages)
          comparePairs.get(page)!.push(await pair(k, url("large", page), url("small", page)));
        log(`first chart ${k + 1}/${runs} (load ${fmt(await loadAverage(), 1)})`);
      }
    } finally {
      load[1] = await loadAverage();
      await browser.close();
      await server.close();
    }
    const floors = specs.map((s) => pairRow(s.page, floorPairs.get(s.page)!, FLOOR_GOAL));
    const compare = comparePages.map((p) => pairRow(p, comparePairs.get(p)!, PLANS_GOAL));
    const worst = (rows: PairRow[]) => {
      const xs = rows.map((r) => r.ratios?.median).filter((x): x is number => x !== undefined);
      return xs.length ? Math.max(...xs) : null;
    };
    return {
      date: new Date().toISOString(),
      runs,
      load,
      plans,
      floors,
      compare,
      goals: {
        floor: {goal: FLOOR_GOAL, verdict: overall(floors.map((r) => r.verdict)), worst: worst(floors)},
        plans: {goal: PLANS_GOAL, verdict: overall(compare.map((r) => r.verdict)), worst: worst(compare)}
      }
    };
  } finally {
    rmSync(root, {recursive: true, force: true});
    rmSync(small, {recursive: true, force: true});
    if (large) rmSync(large, {recursive: true, force: true});
  }
}

/** The first-chart benchmark as two text tables: each page against its floor, the compare pages at n plans vs 2. */
export function firstChartTables(r: FirstChartResult): string {
  const row = (p: PairRow) => [
    p.page,
    spread(p.chart),
    spread(p.base),
    p.ratios === null
      ? "–"
      : `${fmt(p.ratios.median, 2)}×` +
        (p.interval ? ` (${fmt(p.interval.low, 2)}–${fmt(p.interval.high, 2)})` : ` (${p.ratios.n} runs)`),
    printVerdict(p.verdict)
  ];
  return [
    `${r.runs} paired runs; load average ${fmt(r.load[0], 1)} at the start, ${fmt(r.load[1], 1)} at the end`,
    "",
    table(
      ["page", "first chart ms", "its floor ms", "× floor (90% CI)", `goal ≤ ${r.goals.floor.goal}×`],
      r.floors.map(row)
    ),
    "",
    table(
      ["compare page", `${r.plans} plans ms`, "2 plans ms", `× 2 plans (90% CI)`, `goal ≤ ${r.goals.plans.goal}×`],
      r.compare.map(row)
    )
  ].join("\n");
}
