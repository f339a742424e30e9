/**
 * Build benchmark: the site's builds next to a bare Framework site (one empty page) built in the same run, in rounds
 * (bare, from scratch, cold, warm), so that all of them see the same machine.
 * - bare: a temporary folder with src/index.md (empty), observablehq.config.js ({root: "src", globalStylesheets: []})
 *   and a symlink to this project's node_modules, built from scratch each round with `observable build`;
 * - from scratch: `npm run build` after removing src/.observablehq/cache, Framework's whole cache (the node_modules
 *   it bundles into _node and its client bundles too);
 * - cold: `npm run build`, the build as everyone runs it: the script clears the loader cache
 *   (src/.observablehq/cache/data.zip and the files extracted from it) every time, so the data loader runs
 *   again; _node is reused;
 * - warm: `observable build` and the offline seal with the loader cache kept: what a build costs when nothing
 *   has to be loaded again;
 * - as many empty pages: for reference, a bare site with as many pages as this site builds, each empty: what
 *   Framework itself costs per page, whatever the page holds;
 * - the floor: for reference, the cold build of a site of this one's shape with nothing in it (see makeFloorSite):
 *   as many empty pages, this site's sidebar, head script and footer, a TypeScript data loader writing a one-file
 *   archive, and this site's build script (npm, the loader cache cleared, observable build, the offline seal).
 *   No build of this site can be faster; when the floor is over the goal, the goal cannot be met.
 * The last build leaves dist/ in place for the other parts.
 */
import {spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {fmt, type Summary, spread, summarize, table, verdict} from "./stats.js";
import {listPages} from "./weight.js";

export const BUILD_GOAL = 3;

export interface BuildLog {
  /** Each page's "load /page in N ms" (front matter, imports, and bundling node_modules into _node). */
  pages: {page: string; ms: number}[];
  /** Each data file's "load /data/… → … in N ms"; a file extracted from an archive names the archive's loader. */
  loaders: {file: string; ms: number; ran: boolean}[];
}

export interface BuildResult {
  date: string;
  runs: number;
  bare: Summary;
  scratch: Summary;
  cold: Summary;
  warm: Summary;
  /** The bare site with as many empty pages as this site has. */
  emptyPages: {pages: number; time: Summary};
  /** The cold build of the floor site (makeFloorSite): this site's shape and build steps, and no content. */
  floor: Summary;
  ratio: {scratch: number; cold: number; warm: number; emptyPages: number; floor: number};
  goal: {goal: number; value: number; met: boolean};
  /** Read from the last build logs. */
  logs: {scratch: BuildLog; cold: BuildLog; warm: BuildLog};
}

function run(command: string, args: string[], cwd: string): {ms: number; output: string} {
  const t0 = performance.now();
  const r = spawnSync(command, args, {cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: process.env});
  const ms = performance.now() - t0;
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} in ${cwd} failed (${r.status}):\n${output.split("\n").slice(-30).join("\n")}`
    );
  return {ms, output};
}

/** The per-page and per-loader times Framework prints while it builds. */
export function readBuildLog(output: string): BuildLog {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\x1b\[[0-9;]*m/g, "");
  const pages: BuildLog["pages"] = [];
  const loaders: BuildLog["loaders"] = [];
  // "load /departments d3 → …\n…\nin 9938ms": a page's line may be interrupted by the modules it bundles.
  for (const m of text.matchAll(/^load (\/[^\s]*)[\s\S]*?\bin (\d+)ms$/gm)) pages.push({page: m[1], ms: +m[2]});
  // "load /data/plan.json → [missing] load /data.zip → [fresh] success 274 kB in 0ms": the last status tells whether
  // a loader ran ([missing] or [stale]) or its cached output was used ([fresh]).
  for (const m of text.matchAll(
    /(?:^|→ )load (\/\S+) → \[([^\]]*)\] (?:load \S+ → \[([^\]]*)\] )?\w+ [^\n]*? in (\d+)ms/gm
  ))
    loaders.push({file: m[1], ms: +m[4], ran: (m[3] ?? m[2]) !== "fresh"});
  return {pages, loaders};
}

/**
 * A bare Framework site in a temporary folder, using this project's node_modules: src/index.md (empty, or the given
 * text) and pages - 1 more empty pages, with no global stylesheets (as our config).
 */
export function makeBareSite({pages = 1, index = ""}: {pages?: number; index?: string} = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "bare-framework-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src/index.md"), index);
  for (let i = 1; i < pages; ++i) writeFileSync(join(dir, `src/page-${i}.md`), "");
  writeFileSync(join(dir, "observablehq.config.js"), 'export default {root: "src", globalStylesheets: []};\n');
  writeFileSync(join(dir, "package.json"), '{"private": true, "type": "module"}\n');
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * The floor of any build of this site, in a temporary folder using this project's node_modules and bin/: as many
 * empty pages as this site builds (pages), with this site's config (its sidebar, each entry pointing to one of the
 * empty pages, head script, footer and other options, and its interpreters: the data loader runs as this site's
 * do), a TypeScript data loader (src/data.zip.ts) writing an archive of one file that the first page reads, and this
 * site's own build script from package.json, run with npm. It holds none of this site's content: no modules, data,
 * or Markdown.
 */
export async function makeFloorSite(pages: number): Promise<string> {
  const {default: config} = await import("../observablehq.config.js");
  const dir = makeBareSite({
    pages,
    index: '```js\nconst plan = await FileAttachment("data/plan.json").json();\n```\n'
  });
  writeFileSync(
    join(dir, "src/data.zip.ts"),
    'import JSZip from "jszip";\nconst zip = new JSZip().file("plan.json", "{}");\n' +
      'process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "STORE"}));\n'
  );
  copyFileSync(join(ROOT, "src", config.style), join(dir, "src", config.style));
  // The header and footer are functions of the page (the plan picker names the page's plan): the floor's pages are
  // none of the plans', so each gets the site's first page's, as a string (a function does not survive JSON).
  const chrome = (part: unknown) => (typeof part === "function" ? part({path: "/"}) : part);
  const floor = {
    ...config,
    header: chrome(config.header),
    footer: chrome(config.footer),
    pages: config.pages.map((p: {name: string}, i: number) => ({...p, path: i ? `/page-${i}` : "/"})),
    dynamicPaths: [],
    output: "dist"
  };
  writeFileSync(join(dir, "observablehq.config.js"), `export default ${JSON.stringify(floor, null, 2)};\n`);
  const build: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.build;
  writeFileSync(join(dir, "package.json"), JSON.stringify({private: true, type: "module", scripts: {build}}));
  symlinkSync(join(ROOT, "bin"), join(dir, "bin"), "dir");
  return dir;
}

/**
 * Times `runs` builds of a bare Framework site and of this one, from scratch (cold) and again (warm); the results
 * in ms, with the goal of a cold build against the bare one.
 */
export async function benchBuild({runs = 2, log = (_: string) => {}} = {}): Promise<BuildResult> {
  const bareDir = makeBareSite();
  const bare: number[] = [];
  const scratch: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const empty: number[] = [];
  const floor: number[] = [];
  let emptyDir: string | null = null;
  let floorDir: string | null = null;
  let pageCount = 0;
  const none = (): BuildLog => ({pages: [], loaders: []});
  let logs: BuildResult["logs"] = {scratch: none(), cold: none(), warm: none()};
  try {
    for (let k = 0; k < runs; ++k) {
      rmSync(join(bareDir, "dist"), {recursive: true, force: true});
      rmSync(join(bareDir, "src/.observablehq"), {recursive: true, force: true});
      bare.push(run(join(bareDir, "node_modules/.bin/observable"), ["build"], bareDir).ms);
      rmSync(join(ROOT, "src/.observablehq/cache"), {recursive: true, force: true});
      const s = run("npm", ["run", "build"], ROOT);
      scratch.push(s.ms);
      const c = run("npm", ["run", "build"], ROOT);
      cold.push(c.ms);
      const w = run(
        "sh",
        ["-c", "node_modules/.bin/observable build && node_modules/.bin/tsx bin/seal-offline.ts dist"],
        ROOT
      );
      warm.push(w.ms);
      logs = {scratch: readBuildLog(s.output), cold: readBuildLog(c.output), warm: readBuildLog(w.output)};
      if (!emptyDir) emptyDir = makeBareSite({pages: (pageCount = listPages(join(ROOT, "dist")).length)});
      rmSync(join(emptyDir, "dist"), {recursive: true, force: true});
      rmSync(join(emptyDir, "src/.observablehq"), {recursive: true, force: true});
      empty.push(run(join(emptyDir, "node_modules/.bin/observable"), ["build"], emptyDir).ms);
      // The floor's first build fills Framework's cache (its client bundles), as this site's from-scratch build
      // does before its cold build.
      if (!floorDir) run("npm", ["run", "build"], (floorDir = await makeFloorSite(pageCount)));
      floor.push(run("npm", ["run", "build"], floorDir).ms);
      log(
        `build ${k + 1}/${runs}: bare ${fmt(bare[k])} ms, from scratch ${fmt(scratch[k])} ms, cold ${fmt(cold[k])} ms, warm ${fmt(warm[k])} ms, ${pageCount} empty pages ${fmt(empty[k])} ms, floor ${fmt(floor[k])} ms`
      );
    }
  } finally {
    rmSync(bareDir, {recursive: true, force: true});
    if (emptyDir) rmSync(emptyDir, {recursive: true, force: true});
    if (floorDir) rmSync(floorDir, {recursive: true, force: true});
  }
  const b = summarize(bare);
  const sc = summarize(scratch);
  const c = summarize(cold);
  const w = summarize(warm);
  const e = summarize(empty);
  const f = summarize(floor);
  const ratio = {
    scratch: sc.median / b.median,
    cold: c.median / b.median,
    warm: w.median / b.median,
    emptyPages: e.median / b.median,
    floor: f.median / b.median
  };
  return {
    date: new Date().toISOString(),
    runs,
    bare: b,
    scratch: sc,
    cold: c,
    warm: w,
    emptyPages: {pages: pageCount, time: e},
    floor: f,
    ratio,
    goal: {goal: BUILD_GOAL, value: ratio.cold, met: ratio.cold <= BUILD_GOAL},
    logs
  };
}

/** The build benchmark as text tables (seconds: median, min–max, ratio to the bare site, goal). */
export function buildTables(r: BuildResult): string {
  const s = (x: Summary) => spread({...x, median: x.median / 1000, min: x.min / 1000, max: x.max / 1000}, 1);
  const main = table(
    ["build", `seconds, median of ${r.runs} (min–max)`, "× bare", `goal cold ≤ ${r.goal.goal}× bare`],
    [
      ["bare Framework site (1 empty page)", s(r.bare), "1.0×", ""],
      ["from scratch (whole cache removed)", s(r.scratch), `${fmt(r.ratio.scratch, 1)}×`, ""],
      ["cold (npm run build: loader cache cleared)", s(r.cold), `${fmt(r.ratio.cold, 1)}×`, verdict(r.goal.met)],
      ["warm (loader cache kept)", s(r.warm), `${fmt(r.ratio.warm, 1)}×`, ""],
      [
        `for reference: bare site of ${r.emptyPages.pages} empty pages`,
        s(r.emptyPages.time),
        `${fmt(r.ratio.emptyPages, 1)}×`,
        ""
      ],
      [
        `for reference: the floor (${r.emptyPages.pages} empty pages, this site's chrome and build steps)`,
        s(r.floor),
        `${fmt(r.ratio.floor, 1)}×`,
        r.ratio.floor > r.goal.goal ? "goal out of reach" : ""
      ]
    ]
  );
  const top = (l: BuildLog) =>
    [...l.pages]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((p) => `${p.page} ${fmt(p.ms)} ms`)
      .join(", ");
  const loaders = (l: BuildLog) => {
    const ran = l.loaders.filter((x) => x.ran);
    return `${l.loaders.length} data files, ${ran.length} loader runs, ${fmt(ran.reduce((n, x) => n + x.ms, 0))} ms in all`;
  };
  const detail = (["scratch", "cold", "warm"] as const)
    .map(
      (k) =>
        `last ${k} build: pages ${fmt(r.logs[k].pages.reduce((n, p) => n + p.ms, 0))} ms in all (slowest: ${top(r.logs[k])}); ${loaders(r.logs[k])}`
    )
    .join("\n");
  return `${main}\n\n${detail}`;
}
