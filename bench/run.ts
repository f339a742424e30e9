/**
 * The benchmark harness: the product against its own floor, side by side, in one run. Every figure that matters
 * is a ratio against a baseline measured in the same run; absolute times are printed but never asserted.
 *
 *   npm run bench                                  every part (about 12 minutes on 2 cores)
 *   npm run bench -- --only parser,weight          some parts: parser, build, weight, ttfc, first, network, load
 *   npm run bench -- --only first --pages index,compare/plans  each page's first chart vs its floor (goal 4)
 *   npm run bench -- --only first --compare-plans 100 --cache-from ../main  the compare pages at 100 plans vs 2
 *   npm run bench -- --runs 3                      runs of the builds, page loads and network views (default 2, 9, 2)
 *   npm run bench -- --only weight,ttfc --no-build use the dist/ already built
 *   npm run bench -- --only ttfc --pages index,network  time to first chart of some pages
 *   npm run bench -- --sizes 100,1000 --big-runs 1 network sizes (departments); runs above 1,000
 *   npm run bench -- --only corpus --plans 1000    the corpus command on a corpus of that many plans
 *   npm run bench -- --only corpus --baseline ../main  the same, each run beside the same run of another checkout
 *   npm run bench -- --only first --pages compare/indicators --baseline ../main  also that checkout's page, as --before
 *   npm run bench -- --only plans --plan-counts 5,20,50  builds of sites of that many plans
 *
 * Parts: parser (parsePlan vs decoding and splitting lines), build (cold and warm vs a bare Framework site),
 * weight (bytes per page from dist/, vs bench/budgets.json), ttfc (time to first chart in Chromium vs a page
 * drawing one dot with Plot, for reference), first (goal 4: each page's first chart vs its floor, a page of the same
 * imports drawing only that chart, bench/floors.ts; the compare pages at 100 plans vs 2), network (the responsibility
 * views at 100 to 5,000 departments: render, hover, re-order, pan), load (the load page
 * reading a 1 MB plan in its Web Worker: the longest main-thread task while it parses, vs the same parse on the main
 * thread), corpus (the corpus command on 1,000 plans made from
 * the fixtures: 2 workers vs 1, and peak memory at 100 vs 1,000 plans), plans (cold builds of copies of this site with
 * 5, 20 and 50 plans: build time per plan, and whether any page's weight grows with the number of plans).
 * It prints one table per part and a summary, writes bench/results.json (git-ignored; a part not run keeps its
 * previous figures, each part with its own date) and redraws docs/performance-parse.svg and
 * docs/performance-weight.svg from it.
 */
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {cpus, tmpdir} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {benchBuild, type BuildResult, buildTables} from "./build.js";
import {writeCharts} from "./charts.js";
import {benchCorpus, type CorpusResult, corpusTables} from "./corpus.js";
import {benchNetwork, GOAL5, INTERACTIVE_MS, type NetworkRow, networkTable, VIEWS} from "./network.js";
import {benchFirstChart, type FirstChartResult, firstChartTables} from "./firstChart.js";
import {benchLoad, type LoadResult, loadTable} from "./load.js";
import {benchParser, type ParserResult, parserTables} from "./parser.js";
import {benchPlans, type PlansResult, plansTables} from "./plans.js";
import {fmt, printVerdict, table, verdict} from "./stats.js";
import {benchTtfc, type TtfcResult, ttfcTable} from "./ttfc.js";
import {type Budgets, overBudget, type PageWeight, pageWeights, readBudgets, weightTable} from "./weight.js";

const PARTS = ["parser", "build", "weight", "ttfc", "first", "network", "load", "corpus", "plans"] as const;
type Part = (typeof PARTS)[number];

const {values} = parseArgs({
  options: {
    only: {type: "string"},
    runs: {type: "string"},
    "no-build": {type: "boolean", default: false},
    pages: {type: "string"},
    sizes: {type: "string", default: "100,300,1000,5000"},
    "big-runs": {type: "string", default: "1"},
    plans: {type: "string", default: "1000"},
    "plan-counts": {type: "string", default: "5,20,50"},
    "compare-plans": {type: "string", default: "100"},
    "cache-from": {type: "string"},
    baseline: {type: "string"},
    help: {type: "boolean", default: false}
  }
});
if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), "utf8")
      .match(/\/\*\*([\s\S]*?)\*\//)![1]
      .replace(/^ \* ?/gm, "")
  );
  process.exit(0);
}
const only = (values.only?.split(",").map((s) => s.trim()) ?? [...PARTS]) as Part[];
for (const p of only)
  if (!PARTS.includes(p)) {
    console.error(`unknown part "${p}": choose among ${PARTS.join(", ")}`);
    process.exit(2);
  }
const selected = (p: Part) => only.includes(p);
const runs = values.runs ? Number(values.runs) : null;

export interface Results {
  date: string;
  machine: {cores: number; cpu: string; node: string; platform: string};
  parts: {
    parser?: ParserResult;
    build?: BuildResult;
    weight?: {date: string; pages: PageWeight[]; budgets: Budgets; over: string[]};
    ttfc?: TtfcResult;
    first?: FirstChartResult;
    network?: {date: string; runs: number; bigRuns: number; interactiveMs: number; rows: NetworkRow[]};
    load?: LoadResult;
    corpus?: CorpusResult;
    plans?: PlansResult;
  };
}

const RESULTS = new URL("./results.json", import.meta.url);
const previous: Results["parts"] = existsSync(RESULTS)
  ? ((JSON.parse(readFileSync(RESULTS, "utf8")) as Results).parts ?? {})
  : {};
const results: Results = {
  date: new Date().toISOString(),
  machine: {cores: cpus().length, cpu: cpus()[0]?.model ?? "", node: process.version, platform: process.platform},
  parts: {...previous}
};
const log = (line: string) => process.stderr.write(`  · ${line}\n`);
const section = (title: string) => console.log(`\n## ${title}\n`);
const started = performance.now();
const failures: string[] = [];

async function part(name: Part, f: () => Promise<void> | void) {
  if (!selected(name)) return;
  const t0 = performance.now();
  try {
    await f();
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  log(`${name} took ${fmt((performance.now() - t0) / 1000, 0)} s`);
}

console.log(
  `# npm run bench · ${results.date.slice(0, 10)} · ${results.machine.cores} cores (${results.machine.cpu}) · Node ${process.version}`
);
console.log(`parts: ${only.join(", ")}; figures are medians (min–max); ratios are against a baseline of the same run`);

await part("parser", () => {
  section("Parser: parsePlan vs decoding the bytes and splitting lines");
  const r = benchParser({log});
  results.parts.parser = r;
  console.log(parserTables(r));
});

await part("build", async () => {
  section("Build: cold and warm vs a bare Framework site with one empty page");
  const r = await benchBuild({runs: runs ?? 2, log});
  results.parts.build = r;
  console.log(buildTables(r));
});

// The parts that read the built site work on a copy of dist/, so that a build started meanwhile cannot change it.
let snapshot: string | null = null;
if (selected("weight") || selected("ttfc") || selected("load")) {
  if (!selected("build") && !values["no-build"]) {
    log("npm run build");
    const r = spawnSync("npm", ["run", "build"], {cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024});
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  }
  if (!existsSync(join(ROOT, "dist"))) throw new Error("dist/ is missing: run npm run build (or drop --no-build)");
  snapshot = mkdtempSync(join(tmpdir(), "bench-dist-"));
  cpSync(join(ROOT, "dist"), snapshot, {recursive: true});
}

await part("weight", () => {
  section("Page weight: JS, CSS and data each page loads (KB), from dist/");
  const pages = pageWeights(snapshot!);
  const budgets = readBudgets();
  const over = overBudget(pages, budgets);
  results.parts.weight = {date: new Date().toISOString(), pages, budgets, over};
  console.log(weightTable(pages, budgets));
  console.log(over.length ? over.map((o) => `over budget: ${o}`).join("\n") : "\nevery page is within its budget");
});

await part("ttfc", async () => {
  section("Time to first chart in Chromium (ms from navigation start) vs a page drawing one dot with Plot");
  const pages = values.pages?.split(",").map((s) => s.trim().replace(/(\.html)?$/, ".html"));
  const r = await benchTtfc({dist: snapshot!, runs: runs ?? 9, log, pages});
  results.parts.ttfc = r;
  console.log(`${r.chromium}, headless, --disable-gpu; ${r.runs} runs, each in a fresh context\n`);
  console.log(ttfcTable(r));
});
await part("first", async () => {
  section("First chart: each page vs its floor (its imports, its first chart alone); compare pages at many plans vs 2");
  const pages = values.pages?.split(",").map((s) => s.trim().replace(/(\.html|\.md)?$/, ".md"));
  const r = await benchFirstChart({
    runs: runs ?? 9,
    plans: Number(values["compare-plans"]),
    pages,
    cacheFrom: values["cache-from"],
    baseline: values.baseline,
    log
  });
  results.parts.first = r;
  console.log(firstChartTables(r));
});
await part("load", async () => {
  section("Load page: a 1 MB plan parsed in a Web Worker vs on the main thread");
  const r = await benchLoad({dist: snapshot!, runs: runs ?? 3, log});
  results.parts.load = r;
  console.log(loadTable(r));
});
if (snapshot) rmSync(snapshot, {recursive: true, force: true});

await part("network", async () => {
  section("Network views: render and settle, Yan'an and synthetic plans (ms)");
  const sizes = values.sizes!.split(",").map(Number);
  const r = runs ?? 2;
  const bigRuns = Number(values["big-runs"]);
  const rows = await benchNetwork({sizes, runs: r, bigRuns, log});
  results.parts.network = {date: new Date().toISOString(), runs: r, bigRuns, interactiveMs: INTERACTIVE_MS, rows};
  console.log(`median of ${r} runs (${bigRuns} above 1,000 departments)\n`);
  console.log(networkTable(rows));
  const stops = (view: string) => {
    const ok = rows.filter((x) => x.view === view && x.model !== "Yan'an");
    const first = ok.find((x) => !x.interactive);
    return first ? `${view} not interactive from the ${first.model} plan on` : `${view} interactive at every size`;
  };
  console.log(
    `\ninteractive = a highlight re-renders within ${INTERACTIVE_MS} ms (and the force layout frames within ${INTERACTIVE_MS / 2} ms): ` +
      VIEWS.map(stops).join("; ")
  );
});

await part("corpus", () => {
  section("Corpus command: 2 worker threads vs 1, and peak memory at 100 vs 1,000 plans");
  const r = benchCorpus({plans: Number(values.plans), runs: runs ?? 3, baseline: values.baseline, log});
  results.parts.corpus = r;
  console.log(corpusTables(r));
});

await part("plans", async () => {
  section("Sites of many plans: build time per plan and page weight at 5, 20 and 50 plans");
  const counts = values["plan-counts"]!.split(",").map(Number);
  const r = await benchPlans({counts, log});
  results.parts.plans = r;
  console.log(plansTables(r));
});

// Summary: every goal of the issue, with the latest figures (of this run or, for parts not run, of the last one).
section("Summary");
const p = results.parts;
const rows: string[][] = [];
if (p.parser) {
  const g = p.parser.goals;
  rows.push([
    "parser",
    "parse ÷ floor, Yan'an plan",
    `${fmt(g.ratio.value, 1)}×`,
    `≤ ${g.ratio.goal}×`,
    verdict(g.ratio.met)
  ]);
  rows.push([
    "parser",
    "parse time, Yan'an plan",
    `${fmt(g.yananMs.value, 2)} ms`,
    `< ${g.yananMs.goal} ms`,
    verdict(g.yananMs.met)
  ]);
  rows.push([
    "parser",
    "µs/KB growth, corpora 10→1,000",
    `${fmt(g.linearCorpus.value, 2)}×`,
    `≤ ${g.linearCorpus.goal}×`,
    verdict(g.linearCorpus.met)
  ]);
  if (p.parser.longGrowth)
    rows.push([
      "parser",
      "µs/KB growth, one plan ×1→×100 (×10→×100)",
      `${fmt(p.parser.longGrowth.fromOne, 2)}× (${fmt(p.parser.longGrowth.fromTen, 2)}×)`,
      g.linearLong ? `≤ ${g.linearLong.goal}×` : "information",
      g.linearLong ? verdict(g.linearLong.met) : ""
    ]);
  if (g.realPlans)
    rows.push([
      "parser",
      `parse ÷ floor, worst of ${p.parser.real?.length ?? 0} real plans (${g.realPlans.worst})`,
      `${fmt(g.realPlans.value, 1)}×`,
      `≤ ${g.realPlans.goal}× each`,
      printVerdict(g.realPlans.verdict)
    ]);
  if (g.pathological)
    rows.push([
      "parser",
      `µs/KB ÷ a normal plan's, worst pathological shape (${g.pathological.worst})`,
      `${fmt(g.pathological.value, 2)}×`,
      `≤ ${g.pathological.goal}× each`,
      printVerdict(g.pathological.verdict)
    ]);
}
if (p.build)
  rows.push([
    "build",
    "cold build (npm run build) ÷ bare site",
    `${fmt(p.build.goal.value, 1)}×`,
    `≤ ${p.build.goal.goal}×`,
    verdict(p.build.goal.met)
  ]);
if (p.build?.emptyPages)
  rows.push([
    "build",
    `bare site of ${p.build.emptyPages.pages} empty pages ÷ bare site`,
    `${fmt(p.build.ratio.emptyPages, 1)}×`,
    "information",
    ""
  ]);
if (p.build?.floor)
  rows.push([
    "build",
    `the floor (${p.build.emptyPages.pages} empty pages, this site's chrome and build steps) ÷ bare site`,
    `${fmt(p.build.ratio.floor, 1)}×`,
    "information",
    p.build.ratio.floor > p.build.goal.goal ? "goal out of reach" : ""
  ]);
if (p.weight) {
  const max = p.weight.pages.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  rows.push([
    "weight",
    `heaviest page (${max.page}), gzipped`,
    `${fmt(max.total.gzip / 1024)} KB`,
    `≤ ${fmt(p.weight.budgets.default.gzip / 1024)} KB`,
    verdict(p.weight.over.length === 0)
  ]);
}
if (p.ttfc) {
  const g = p.ttfc.goal;
  const worst = p.ttfc.pages.find((r) => r.ratio === g.worst);
  rows.push([
    "ttfc",
    g.only
      ? `worst of ${g.only.length} pages (--pages) ÷ Framework page drawing one dot`
      : "worst page ÷ Framework page drawing one dot",
    `${fmt(g.worst, 2)}×` + (worst?.interval ? ` (${fmt(worst.interval.low, 2)}–${fmt(worst.interval.high, 2)})` : ""),
    `≤ ${g.goal}×`,
    g.only ? "– (some pages only)" : printVerdict(g.verdict ?? null)
  ]);
}
if (p.first) {
  const g = p.first.goals;
  rows.push([
    "first",
    `first chart ÷ its floor, worst of ${p.first.floors.length} pages`,
    g.floor.worst === null ? "–" : `${fmt(g.floor.worst, 2)}×`,
    `≤ ${g.floor.goal}× each`,
    printVerdict(g.floor.verdict)
  ]);
  if (p.first.compare.length)
    rows.push([
      "first",
      `compare pages at ${fmt(p.first.plans)} plans ÷ at 2, worst of ${p.first.compare.length}`,
      g.plans.worst === null ? "–" : `${fmt(g.plans.worst, 2)}×`,
      `≤ ${g.plans.goal}× each`,
      printVerdict(g.plans.verdict)
    ]);
}
if (p.network?.rows.some((r) => r.hover)) {
  const at = p.network.rows.filter((r) => r.departments >= 900 && r.departments <= 1100);
  const worst = (key: "hover" | "reorder" | "panFrame") =>
    at.reduce((m, r) => Math.max(m, r[key]?.median ?? -Infinity), -Infinity);
  for (const [key, label, goal] of [
    ["reorder", "matrix re-ordered, 1,000 departments", GOAL5.reorder],
    ["hover", "hover feedback, worst view at 1,000 departments", GOAL5.hover],
    ["panFrame", "ms a frame while panning the force view, 1,000 departments", GOAL5.panFrame]
  ] as const) {
    const value = worst(key);
    if (value > -Infinity)
      rows.push(["network", label, `${fmt(value)} ms`, `≤ ${fmt(goal)} ms`, verdict(value <= goal)]);
  }
}
if (p.load)
  rows.push([
    "load",
    `longest main-thread task while a ${fmt(p.load.bytes / 1024)} KB plan parses (worst of ${p.load.runs})`,
    p.load.longestWhileParsing.max > 0 ? `${fmt(p.load.longestWhileParsing.max)} ms` : "none over 50 ms",
    `≤ ${p.load.goal.goal} ms`,
    verdict(p.load.goal.met)
  ]);
if (p.plans) {
  const b = p.plans.builds;
  rows.push([
    "plans",
    `build ${p.plans.measure === "cpu" ? "CPU time" : "time"} per plan, ${b.map((x) => fmt(x.plans)).join("/")} plans ÷ ${fmt(b[0].plans)}`,
    `${fmt(p.plans.goals.perPlan.value, 2)}×`,
    `≤ ${p.plans.goals.perPlan.goal}×`,
    verdict(p.plans.goals.perPlan.met)
  ]);
  rows.push([
    "plans",
    `pages whose weight grows, ${fmt(b[0].plans)} → ${fmt(b[b.length - 1].plans)} plans`,
    fmt(p.plans.grown.length),
    "0",
    verdict(p.plans.goals.weight.met)
  ]);
}
if (p.corpus) {
  rows.push([
    "corpus",
    `${fmt(p.corpus.plans)} plans: 2 workers ÷ 1 (throughput), identical output`,
    `${fmt(p.corpus.speedup.median, 2)}×${p.corpus.identical ? "" : " (output differs)"}`,
    `≥ ${p.corpus.goals.speedup.goal}×`,
    verdict(p.corpus.goals.speedup.met)
  ]);
  rows.push([
    "corpus",
    `peak memory, ${fmt(p.corpus.memory.large)} ÷ ${fmt(p.corpus.memory.small)} plans`,
    `${fmt(p.corpus.memory.ratio, 2)}×`,
    `≤ ${p.corpus.goals.memory.goal}×`,
    verdict(p.corpus.goals.memory.met)
  ]);
}
console.log(table(["part", "measure", "value", "goal", ""], rows));
for (const [name, r] of Object.entries(p))
  if (!selected(name as Part)) console.log(`(${name}: from the run of ${r.date.slice(0, 16)})`);

writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
console.log(`\nwrote bench/results.json`);
try {
  for (const file of writeCharts(results.parts)) console.log(`wrote ${file.slice(ROOT.length + 1)}`);
} catch (error) {
  failures.push(`charts: ${String(error)}`);
}
log(`total ${fmt((performance.now() - started) / 1000)} s`);
if (failures.length) {
  console.log(`\nfailed: ${failures.join("; ")}`);
  process.exitCode = 1;
}
