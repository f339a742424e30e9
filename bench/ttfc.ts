/**
 * Time to first chart in Chromium (Debian's, headless, through playwright-core), each page of the built site served
 * on 127.0.0.1 by test/browser/serve.ts, next to two baseline pages measured in the same run, both of which only
 * import Plot and draw one dot:
 * - the Framework baseline, the goal's: a Framework page of just that (`import * as Plot from
 *   "@observablehq/plot"; display(Plot.dot([[0, 0]]).plot())`), built here with this project's Framework, its
 *   config's offline settings and the offline seal. It is the floor of any page of this site: Framework's client,
 *   runtime and Plot's modules, and nothing of ours;
 * - the bundle baseline, for reference: an esbuild bundle of Plot and that one line in a bare HTML page, the floor
 *   without Framework.
 *
 * For each page and run, in a fresh browser context (empty cache), from navigation start (performance.now() = 0):
 * - chart: the first <svg> or <canvas> of at least 100 × 50 px in #observablehq-main (in <body> for the
 *   bundle baseline): a MutationObserver installed before the page's own scripts notes when each is inserted,
 *   and its size is read at the next frame (reading it on every mutation would force layouts and slow the page
 *   down); pages with no chart report their first <table> instead (marked "table");
 * - settled: the last change in the page before it went quiet: no DOM mutation (nodes or attributes) in the main
 *   column for 500 ms, and every force simulation found on an element's `simulation` property ended
 *   (alpha < alphaMin) or stopped (alpha unchanged between checks). Meaningful for the network views, where
 *   the force layout animates; elsewhere it is the end of the page's rendering. Capped at 30 s.
 * Requests to any host but 127.0.0.1 are aborted.
 *
 * A page's ratio is paired: each load of a page is next to a load of the Framework baseline (in turn before and
 * after it), and the ratio is the median over the runs of page ÷ its baseline (see pairedRatios), with a 90%
 * confidence interval of that median (medianInterval). The goal is met for a page when the whole interval is at or
 * under it, not met when the whole interval is over it, and "within noise" otherwise. A third page,
 * the Framework baseline reading this site's plan.json before it draws its dot, is measured the same way, for
 * reference. After each load the harness waits 300 ms, so the closed page's renderer is gone before the next.
 */
import {build} from "esbuild";
import {spawnSync} from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import type {Browser} from "playwright-core";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {launch} from "../test/browser/browser.js";
import {serve} from "../test/browser/serve.js";
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
import {makeBareSite} from "./build.js";
import {listFiles, listPages} from "./weight.js";

export const TTFC_GOAL = 1.5;
const SETTLE_PAUSE_MS = 300;
/** The key of the baseline's data page in the rows: measured as a page, reported for reference. */
const DATA_PAGE = "(framework data page)";
const QUIET_MS = 500;
const TIMEOUT_MS = 30_000;

export interface PageTiming {
  /** Time to the first chart (or table, see kind), ms from navigation start; null if none appeared. */
  chart: number | null;
  kind: "chart" | "table" | null;
  /** Time of the last change before the page went quiet, ms; null if it did not settle within the cap. */
  settled: number | null;
  /** Force simulations found on the page. */
  simulations: number;
  timing: Breakdown;
}

/** Where the time goes before the first chart (navigation and resource timing), ms from navigation start. */
export interface Breakdown {
  /** The page's HTML received. */
  html: number;
  domContentLoaded: number;
  /** Resources fetched (modules, stylesheets, data). */
  requests: number;
  /** The last module received. */
  scripts: number;
  /** The last data file (/_file/) received, 0 if none. */
  data: number;
}

export interface TtfcRow {
  page: string;
  kind: "chart" | "table" | null;
  chart: Summary | null;
  settled: Summary | null;
  simulations: number;
  /** Medians over the runs. */
  timing: Breakdown;
  /** Each run's first chart ÷ the baseline's load paired with it (see benchTtfc). */
  ratios: Summary | null;
  /** The median of those ratios: the goal's figure. */
  ratio: number | null;
  /** A 90% confidence interval of that median (medianInterval): null with fewer than 5 runs. */
  interval: Interval | null;
  /**
   * The goal's verdict from that interval: "met" when it lies at or under the goal, "not met" when over it, "within
   * noise" when it spans the goal (this many runs cannot tell); null for a page with no chart, or too few runs.
   */
  verdict: GoalVerdict | null;
}

export interface TtfcResult {
  date: string;
  runs: number;
  chromium: string;
  /** The Framework baseline: the goal's ratios are against it. */
  baseline: {chart: Summary; settled: Summary | null; bytes: number; timing: Breakdown};
  /** The bundle baseline (no Framework), for reference; ratio: its chart median ÷ the Framework baseline's. */
  bundle: {chart: Summary; settled: Summary | null; bytes: number; timing: Breakdown; ratio: number};
  /**
   * For reference: the Framework baseline's page reading this site's plan.json (preloaded) before it draws its dot,
   * paired with the baseline like a page: the floor of a page that draws from this site's data.
   */
  dataPage: TtfcRow | null;
  pages: TtfcRow[];
  /**
   * The goal, over every page measured: "not met" if a page is, else "within noise" if a page is, else "met"; null
   * when there was no verdict. `worst` is the highest median ratio. `only` lists the pages measured when the run
   * was asked for some pages only (--pages): its verdict then says nothing about the others.
   */
  goal: {goal: number; verdict: GoalVerdict | null; worst: number | null; only: string[] | null};
}

/** Installed before any script of the page: records when the first chart appears and when the page settles. */
function probe(scope: string) {
  type Sim = {alpha(): number; alphaMin(): number};
  const state = {
    chart: null as number | null,
    table: null as number | null,
    settled: null as number | null,
    simulations: 0,
    lastChange: 0
  };
  (window as unknown as {__ttfc: typeof state}).__ttfc = state;
  const big = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width >= 100 && r.height >= 50;
  };
  // When each <svg> or <canvas> was first seen. Mutations only note them: measuring them there would force a
  // layout on every mutation and slow down the page measured. Their size is read once per frame, when the
  // browser lays the page out anyway, and a chart counts from when it was inserted.
  const seen = new Map<Element, number>();
  const note = () => {
    const root = document.querySelector(scope);
    if (!root) return;
    const now = performance.now();
    if (state.chart === null)
      for (const el of root.querySelectorAll("svg, canvas")) if (!seen.has(el)) seen.set(el, now);
    if (state.table === null && root.querySelector("table")) state.table = now;
  };
  const look = () => {
    note();
    if (state.chart === null)
      for (const [el, at] of seen)
        if (el.isConnected && big(el)) state.chart = state.chart === null ? at : Math.min(state.chart, at);
  };
  new MutationObserver(() => {
    state.lastChange = performance.now();
    note();
  }).observe(document, {childList: true, subtree: true, attributes: true, characterData: true});
  const alphas = new Map<Sim, number>();
  let lastSimScan = 0;
  let simsQuiet = true;
  const frame = () => {
    look();
    const now = performance.now();
    if (now - lastSimScan > 100) {
      lastSimScan = now;
      const root = document.querySelector(scope);
      const sims = new Set<Sim>();
      if (root)
        for (const el of root.querySelectorAll("*")) {
          const sim = (el as unknown as {simulation?: Sim}).simulation;
          if (sim && typeof sim.alpha === "function") sims.add(sim);
        }
      state.simulations = sims.size;
      simsQuiet = true;
      for (const sim of sims) {
        const alpha = sim.alpha();
        const running = alpha >= sim.alphaMin() && alphas.get(sim) !== alpha;
        alphas.set(sim, alpha);
        if (running) {
          simsQuiet = false;
          state.lastChange = now;
        }
      }
    }
    // A page with neither chart nor table settles after a longer quiet time, once loaded.
    const shown = state.chart ?? state.table;
    const quiet = now - state.lastChange;
    if (simsQuiet && ((shown !== null && quiet >= 500) || (document.readyState === "complete" && quiet >= 2000))) {
      state.settled = Math.max(shown ?? 0, state.lastChange);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Opens `url` in a fresh browser context (only 127.0.0.1 reachable) and times it (PageTiming): the first chart or
 * table in `scope`, when the page settles, its simulations and the request breakdown.
 */
export async function measure(browser: Browser, url: string, scope: string): Promise<PageTiming> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    await context.route(
      (u) => u.hostname !== "127.0.0.1" && u.protocol.startsWith("http"),
      (route) => route.abort("blockedbyclient")
    );
    // tsx compiles probe with esbuild's keepNames, whose __name helper the page does not have: give it one.
    await context.addInitScript({
      content: `(() => {const __name = (f) => f; (${probe.toString()})(${JSON.stringify(scope)});})();`
    });
    const page = await context.newPage();
    await page.goto(url, {waitUntil: "commit"});
    type State = {chart: number | null; table: number | null; settled: number | null; simulations: number};
    const read = () => page.evaluate(() => (window as unknown as {__ttfc: State}).__ttfc);
    try {
      await page.waitForFunction(
        () => (window as unknown as {__ttfc?: {settled: number | null}}).__ttfc?.settled != null,
        undefined,
        {timeout: TIMEOUT_MS, polling: 100}
      );
    } catch {
      // Not settled within the cap: report what was seen.
    }
    const s = await read();
    const kind = s.chart !== null ? "chart" : s.table !== null ? "table" : null;
    // No named inner functions here: tsx would wrap them in __name, which the page does not have.
    const timing: Breakdown = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      let scripts = 0;
      let data = 0;
      for (const r of resources) {
        const path = new URL(r.name).pathname;
        if (path.endsWith(".js")) scripts = Math.max(scripts, r.responseEnd);
        if (path.includes("/_file/")) data = Math.max(data, r.responseEnd);
      }
      return {
        html: nav?.responseEnd ?? 0,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        requests: resources.length,
        scripts,
        data
      };
    });
    return {chart: s.chart ?? s.table, kind, settled: s.settled, simulations: s.simulations, timing};
  } finally {
    await context.close();
    // Let the closed page's renderer go away before the next load: a page torn down in the background (a force
    // layout that ran for seconds) would otherwise take CPU from the next one on this 2-core machine.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
  }
}

/** Writes the bundle baseline (index.html and an esbuild bundle of Plot drawing one dot) into dir; returns its bytes. */
export async function writeBundleBaseline(dir: string): Promise<number> {
  mkdirSync(dir, {recursive: true});
  const out = await build({
    stdin: {
      contents: `import * as Plot from "@observablehq/plot";\ndocument.body.append(Plot.dot([[0, 0]]).plot());\n`,
      resolveDir: ROOT,
      loader: "js"
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent"
  });
  const code = out.outputFiles[0].contents;
  writeFileSync(join(dir, "plot.js"), code);
  writeFileSync(
    join(dir, "index.html"),
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>baseline</title></head>\n<body><script type="module" src="./plot.js"></script></body></html>\n`
  );
  return code.length;
}

/**
 * Builds the Framework baseline into dir: a bare Framework site (see makeBareSite) of one page that imports Plot
 * and draws one dot, sealed offline as our build is. With `data` (a JSON file), a second page, data.html, reads
 * that file (preloaded) before it draws the dot. Returns the bytes of JavaScript of index.html's site.
 */
export function writeFrameworkBaseline(dir: string, {data}: {data?: string} = {}): number {
  const index =
    "```js\n" + `import * as Plot from "@observablehq/plot";\ndisplay(Plot.dot([[0, 0]]).plot());\n` + "```\n";
  const site = makeBareSite({index});
  if (data) {
    // The same page reading a data file first, asked for in the HTML as this site's pages ask for theirs.
    copyFileSync(data, join(site, "src/plan.json"));
    writeFileSync(
      join(site, "src/data.md"),
      '<link rel="preload" href="./plan.json" as="fetch" crossorigin>\n\n' +
        "```js\n" +
        `import * as Plot from "@observablehq/plot";\n` +
        "```\n\n```js\n" +
        `const plan = await FileAttachment("plan.json").json();\ndisplay(Plot.dot([[0, 0]]).plot());\n` +
        "```\n"
    );
  }
  try {
    for (const [command, args] of [
      [join(site, "node_modules/.bin/observable"), ["build"]],
      [join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "bin/seal-offline.ts"), "dist"]]
    ] as const) {
      const r = spawnSync(command, args, {cwd: site, encoding: "utf8", maxBuffer: 64 * 1024 * 1024});
      if (r.status !== 0) throw new Error(`Framework baseline: ${command} failed:\n${r.stdout}${r.stderr}`);
    }
    rmSync(dir, {recursive: true, force: true});
    renameSync(join(site, "dist"), dir);
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
  return listFiles(dir)
    .filter((file) => file.endsWith(".js"))
    .reduce((n, file) => n + statSync(file).size, 0);
}

/** The pages measured: every top-level page, and the first page of each folder (one department brief). */
export function pagesToMeasure(dist: string): string[] {
  const pages = listPages(dist);
  const folders = new Set<string>();
  return pages.filter((p) => {
    if (!p.includes("/")) return true;
    const dir = p.slice(0, p.lastIndexOf("/"));
    if (folders.has(dir)) return false;
    folders.add(dir);
    return true;
  });
}

/**
 * Serves the built site `dist` and measures the time to first chart of each page (or those `pages` names), `runs`
 * times.
 */
export async function benchTtfc({
  dist,
  runs = 3,
  log = (_: string) => {},
  pages: only
}: {
  dist: string;
  runs?: number;
  log?: (line: string) => void;
  /** Only these pages ("index.html" …); all pages by default. */
  pages?: string[];
}): Promise<TtfcResult> {
  const root = mkdtempSync(join(tmpdir(), "ttfc-"));
  symlinkSync(resolve(dist), join(root, "site"), "dir");
  const bundleBytes = await writeBundleBaseline(join(root, "bundle"));
  log("ttfc: building the Framework baseline");
  const plan = readdirSync(join(dist, "_file/data")).find((f) => /^plan\.\w+\.json$/.test(f));
  const bytes = writeFrameworkBaseline(join(root, "framework"), {data: plan && join(dist, "_file/data", plan)});
  const pages = [...(only ?? pagesToMeasure(dist)), ...(plan ? [DATA_PAGE] : [])];
  const server = await serve(root);
  const browser = await launch();
  const chromium = browser.version();
  const samples = new Map<string, PageTiming[]>([
    ["(baseline)", []],
    ["(bundle)", []],
    ...pages.map((p) => [p, []] as [string, []])
  ]);
  // Paired ratios: each page is loaded next to its own load of the baseline (the baseline first in even runs, the
  // page first in odd ones), and its ratio is the median of the ratios of those pairs. On a shared machine whose
  // speed drifts from one minute to the next, a pair sees the same machine; medians taken minutes apart do not.
  const pairs = new Map<string, [number | null, number | null][]>(pages.map((p) => [p, []]));
  const baselineUrl = `${server.url}/framework/index.html`;
  try {
    for (let k = 0; k < runs; ++k) {
      samples.get("(bundle)")!.push(await measure(browser, `${server.url}/bundle/index.html`, "body"));
      for (const p of pages) {
        const pageUrl = p === DATA_PAGE ? `${server.url}/framework/data.html` : `${server.url}/site/${p}`;
        const [first, second] = k % 2 === 0 ? ["(baseline)", p] : [p, "(baseline)"];
        const timings = new Map<string, PageTiming>();
        for (const key of [first, second]) {
          const timing = await measure(browser, key === p ? pageUrl : baselineUrl, "#observablehq-main");
          samples.get(key)!.push(timing);
          timings.set(key, timing);
        }
        const t = timings.get(p)!;
        if (t.kind === "chart") pairs.get(p)!.push([t.chart, timings.get("(baseline)")!.chart]);
      }
      const last = (key: string) => fmt(samples.get(key)!.at(-1)!.chart);
      log(
        `ttfc ${k + 1}/${runs}: baseline ${last("(baseline)")} ms, bundle ${last("(bundle)")} ms, ${pages.length} pages`
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, {recursive: true, force: true});
  }
  const sum = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? summarize(v) : null;
  };
  const breakdown = (s: PageTiming[]): Breakdown => {
    const m = (key: keyof Breakdown) => summarize(s.map((x) => x.timing[key])).median;
    return {
      html: m("html"),
      domContentLoaded: m("domContentLoaded"),
      requests: m("requests"),
      scripts: m("scripts"),
      data: m("data")
    };
  };
  const summary = (key: string, bytes: number) => {
    const s = samples.get(key)!;
    const chart = sum(s.map((x) => x.chart));
    if (!chart) throw new Error(`ttfc: the ${key} page drew no chart`);
    return {chart, settled: sum(s.map((x) => x.settled)), bytes, timing: breakdown(s)};
  };
  const baseline = summary("(baseline)", bytes);
  const b = summary("(bundle)", bundleBytes);
  const bundle = {...b, ratio: b.chart.median / baseline.chart.median};
  const all: TtfcRow[] = pages.map((page) => {
    const s = samples.get(page)!;
    const chart = sum(s.map((x) => x.chart));
    const kind = s.find((x) => x.kind)?.kind ?? null;
    const ratios = kind === "chart" ? pairedRatios(pairs.get(page)!) : null;
    const ratio = ratios ? ratios.median : null;
    const interval = ratios ? medianInterval(ratiosOf(pairs.get(page)!)) : null;
    return {
      page,
      kind,
      chart,
      settled: sum(s.map((x) => x.settled)),
      simulations: Math.max(...s.map((x) => x.simulations)),
      timing: breakdown(s),
      ratios,
      ratio,
      interval,
      verdict: page === DATA_PAGE ? null : atMost(interval, TTFC_GOAL)
    };
  });
  const rows = all.filter((r) => r.page !== DATA_PAGE);
  const ratios = rows.map((r) => r.ratio).filter((x): x is number => x !== null);
  return {
    date: new Date().toISOString(),
    runs,
    chromium,
    baseline,
    bundle,
    dataPage: all.find((r) => r.page === DATA_PAGE) ?? null,
    pages: rows,
    goal: {
      goal: TTFC_GOAL,
      verdict: overall(rows.map((r) => r.verdict)),
      worst: ratios.length ? Math.max(...ratios) : null,
      only: only ?? null
    }
  };
}

/** The time-to-first-chart benchmark as a text table, one row per page. */
export function ttfcTable(r: TtfcResult): string {
  const t = (b: Breakdown) => [fmt(b.requests), fmt(b.domContentLoaded), fmt(b.scripts), b.data ? fmt(b.data) : "–"];
  return table(
    [
      "page",
      "requests",
      "DOM ready",
      "last module",
      "last data",
      "first chart ms",
      "settled ms",
      "sims",
      "× baseline (90% CI)",
      `goal ≤ ${r.goal.goal}×`
    ],
    [
      [
        `baseline: Framework page, Plot, one dot (${fmt(r.baseline.bytes / 1024)} KB JS)`,
        ...t(r.baseline.timing),
        spread(r.baseline.chart),
        spread(r.baseline.settled),
        "",
        "1.00×",
        ""
      ],
      [
        `for reference: esbuild bundle of Plot, one dot (${fmt(r.bundle.bytes / 1024)} KB JS)`,
        ...t(r.bundle.timing),
        spread(r.bundle.chart),
        spread(r.bundle.settled),
        "",
        `${fmt(r.bundle.ratio, 2)}×`,
        ""
      ],
      ...[
        ...(r.dataPage ? [{...r.dataPage, page: "for reference: the baseline page reading plan.json first"}] : []),
        ...r.pages
      ].map((p) => [
        p.page,
        ...t(p.timing),
        p.kind === "table" ? `${spread(p.chart)} (table)` : p.kind === null ? "no chart" : spread(p.chart),
        spread(p.settled),
        p.simulations ? String(p.simulations) : "",
        p.ratios === null
          ? "–"
          : `${fmt(p.ratios.median, 2)}×` +
            (p.interval ? ` (${fmt(p.interval.low, 2)}–${fmt(p.interval.high, 2)})` : ` (${p.ratios.n} runs)`),
        printVerdict(p.verdict)
      ])
    ]
  );
}
