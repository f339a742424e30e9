/**
 * Build benchmark: the site's cold and warm builds next to a bare Framework site (one empty page) built in the same
 * run, in rounds (bare, cold, warm), so that all three see the same machine.
 * - bare: a temporary folder with src/index.md (empty), observablehq.config.js ({root: "src", globalStylesheets: []})
 *   and a symlink to this project's node_modules, built from scratch each round with `observable build`;
 * - cold: `npm run build` after removing src/.observablehq/cache (Framework's whole cache: the node_modules it
 *   bundles into _node, its client bundles, and the loaders' outputs);
 * - warm: `npm run build` again, at once. The build script itself removes the loaders' outputs
 *   (src/.observablehq/cache/data) every time, so a warm build re-runs every data loader and reuses the rest.
 * The last build leaves dist/ in place for the other parts.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ROOT} from "../src/data/plan-files.js";
import {fmt, type Summary, spread, summarize, table, verdict} from "./stats.js";

export const BUILD_GOAL = 3;

export interface BuildLog {
  /** Each page's "load /page in N ms" (front matter, imports, and bundling node_modules into _node). */
  pages: {page: string; ms: number}[];
  /** Each data loader's "load /data/… in N ms" (Framework 1.13 runs them one after another: the times add up). */
  loaders: {file: string; ms: number}[];
}

export interface BuildResult {
  date: string;
  runs: number;
  bare: Summary;
  cold: Summary;
  warm: Summary;
  ratio: {cold: number; warm: number};
  goal: {goal: number; value: number; met: boolean};
  /** Read from the last cold and warm build logs. */
  logs: {cold: BuildLog; warm: BuildLog};
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
  for (const m of text.matchAll(/→ load (\/[^\s]+) → \[[^\]]*\] \w+ [^\n]*? in (\d+)ms/g))
    loaders.push({file: m[1], ms: +m[2]});
  return {pages, loaders};
}

/** A bare Framework site in a temporary folder, using this project's node_modules. */
export function makeBareSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "bare-framework-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src/index.md"), "");
  writeFileSync(join(dir, "observablehq.config.js"), 'export default {root: "src", globalStylesheets: []};\n');
  writeFileSync(join(dir, "package.json"), '{"private": true, "type": "module"}\n');
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export function benchBuild({runs = 2, log = (_: string) => {}} = {}): BuildResult {
  const bareDir = makeBareSite();
  const bare: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let logs: BuildResult["logs"] = {cold: {pages: [], loaders: []}, warm: {pages: [], loaders: []}};
  try {
    for (let k = 0; k < runs; ++k) {
      rmSync(join(bareDir, "dist"), {recursive: true, force: true});
      rmSync(join(bareDir, "src/.observablehq"), {recursive: true, force: true});
      bare.push(run(join(bareDir, "node_modules/.bin/observable"), ["build"], bareDir).ms);
      rmSync(join(ROOT, "src/.observablehq/cache"), {recursive: true, force: true});
      const c = run("npm", ["run", "build"], ROOT);
      cold.push(c.ms);
      const w = run("npm", ["run", "build"], ROOT);
      warm.push(w.ms);
      logs = {cold: readBuildLog(c.output), warm: readBuildLog(w.output)};
      log(`build ${k + 1}/${runs}: bare ${fmt(bare[k])} ms, cold ${fmt(cold[k])} ms, warm ${fmt(warm[k])} ms`);
    }
  } finally {
    rmSync(bareDir, {recursive: true, force: true});
  }
  const b = summarize(bare);
  const c = summarize(cold);
  const w = summarize(warm);
  const ratio = {cold: c.median / b.median, warm: w.median / b.median};
  return {
    date: new Date().toISOString(),
    runs,
    bare: b,
    cold: c,
    warm: w,
    ratio,
    goal: {goal: BUILD_GOAL, value: ratio.cold, met: ratio.cold <= BUILD_GOAL},
    logs
  };
}

export function buildTables(r: BuildResult): string {
  const s = (x: Summary) => spread({...x, median: x.median / 1000, min: x.min / 1000, max: x.max / 1000}, 1);
  const main = table(
    ["build", `seconds, median of ${r.runs} (min–max)`, "× bare", `goal cold ≤ ${r.goal.goal}× bare`],
    [
      ["bare Framework site (1 empty page)", s(r.bare), "1.0×", ""],
      ["cold (cache removed)", s(r.cold), `${fmt(r.ratio.cold, 1)}×`, verdict(r.goal.met)],
      ["warm (loaders re-run)", s(r.warm), `${fmt(r.ratio.warm, 1)}×`, ""]
    ]
  );
  const top = (l: BuildLog) =>
    [...l.pages]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((p) => `${p.page} ${fmt(p.ms)} ms`)
      .join(", ");
  const loaders = (l: BuildLog) =>
    `${l.loaders.length} data loaders run one after another, ${fmt(l.loaders.reduce((n, x) => n + x.ms, 0))} ms in all`;
  const detail = [
    `last cold build: pages ${fmt(r.logs.cold.pages.reduce((n, p) => n + p.ms, 0))} ms in all (slowest: ${top(r.logs.cold)}); ${loaders(r.logs.cold)}`,
    `last warm build: pages ${fmt(r.logs.warm.pages.reduce((n, p) => n + p.ms, 0))} ms in all (slowest: ${top(r.logs.warm)}); ${loaders(r.logs.warm)}`
  ].join("\n");
  return `${main}\n\n${detail}`;
}
