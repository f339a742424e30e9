/**
 * Sites of many plans, for the build part of issue 16 (goal 3: build time per plan, and no page's weight growing
 * with the number of plans) and its test (test/header-size.test.ts): a copy of this project in a temporary folder
 * (src/, bin/, the config, package.json, data/reference and data/progress, node_modules linked) whose data/plans
 * holds `n` plans: the configured plan (plan.config.json) under its own name, then copies of the shipped real plans
 * (data/plans, each with its .meta.json) taken in turn, or of the one named by `copies`, under new names
 * (<name>-c01, <name>-c02 …). data/ of this checkout is never touched, and a build there has its own Framework
 * cache, so it cannot disturb a build of this checkout running at the same time.
 */
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ROOT} from "../src/dataFiles/plan-files.js";

const PLANS = join(ROOT, "data/plans");

/** The shipped plans' names (data/plans/<name>.txt), in order. */
export function shippedPlans(): string[] {
  return readdirSync(PLANS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * A copy of this project of `n` plans in a new temporary folder (returned): the configured plan, then copies of
 * `copies` (default: every other shipped plan in turn). n must be at least 1. Framework's cache of `cacheFrom`
 * (default this checkout; another plan site's, to build a second site sooner) is copied when there is one: the
 * libraries bundled into _node are then not bundled again; the build script removes the data loaders' outputs.
 */
export function makePlanSite(
  n: number,
  {copies, cacheFrom = ROOT}: {copies?: string[]; cacheFrom?: string} = {}
): string {
  const dir = mkdtempSync(join(tmpdir(), `plan-site-${n}-`));
  const {plan: main} = JSON.parse(readFileSync(join(ROOT, "plan.config.json"), "utf8")) as {plan: string};
  const others = copies ?? shippedPlans().filter((p) => p !== main);
  for (const f of ["observablehq.config.ts", "package.json", "tsconfig.json", "plan.config.json"])
    cpSync(join(ROOT, f), join(dir, f));
  cpSync(join(ROOT, "src"), join(dir, "src"), {recursive: true, filter: (s) => !s.includes(".observablehq")});
  cpSync(join(ROOT, "bin"), join(dir, "bin"), {recursive: true});
  for (const d of ["reference", "progress"]) cpSync(join(ROOT, "data", d), join(dir, "data", d), {recursive: true});
  mkdirSync(join(dir, "data/plans"), {recursive: true});
  const copy = (from: string, to: string) => {
    cpSync(join(PLANS, `${from}.txt`), join(dir, "data/plans", `${to}.txt`));
    if (existsSync(join(PLANS, `${from}.meta.json`)))
      cpSync(join(PLANS, `${from}.meta.json`), join(dir, "data/plans", `${to}.meta.json`));
  };
  copy(main, main);
  for (let k = 1; k < n; ++k)
    copy(others[(k - 1) % others.length], `${others[(k - 1) % others.length]}-c${String(k).padStart(2, "0")}`);
  const cache = join(cacheFrom, "src/.observablehq/cache");
  if (existsSync(cache)) cpSync(cache, join(dir, "src/.observablehq/cache"), {recursive: true});
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * `npm run build` in a plan site (see makePlanSite), without blocking (a test's worker must keep answering): its
 * time in ms and its log; rejects with the log's end when it fails.
 */
export function buildPlanSite(dir: string): Promise<{ms: number; output: string}> {
  const env = {...process.env};
  for (const k of ["PLANS_DIR", "DIST_DIR", "PLAN"]) delete env[k];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("npm", ["run", "build"], {cwd: dir, env});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = performance.now() - t0;
      if (status === 0) resolve({ms, output});
      else
        reject(new Error(`npm run build in ${dir} failed (${status}):\n${output.split("\n").slice(-30).join("\n")}`));
    });
  });
}
