/**
 * Sites of many plans, for the build part of issue 16 (goal 3: build time per plan, and no page's weight growing
 * with the number of plans) and its test (test/browser/compare-sites.test.ts): a copy of this project in a temporary folder
 * (src/, bin/, the config, package.json, data/reference and data/progress, node_modules linked) whose data/plans
 * holds `n` plans: the configured plan (plan.config.json) under its own name, then copies of the shipped real plans
 * (data/plans, each with its .meta.json) taken in turn, or of the one named by `copies`, under new names
 * (<name>-c01, <name>-c02 …). data/ of this checkout is never touched, and a build there has its own Framework
 * cache, so it cannot disturb a build of this checkout running at the same time.
 */
import {spawn} from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
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

/** A plan of a site made by makeSite: the shipped plan `from` (data/plans/<from>.txt or .docx, with its
 * .meta.json; or the plan of that name in the folder `dir`, e.g. a test fixture), under the name `as` (default
 * `from`). */
export interface SitePlan {
  from: string;
  as?: string;
  dir?: string;
}

/**
 * A copy of this project whose data/plans holds `plans`, opening on `defaultPlan` (default: the first), in a new
 * temporary folder (returned; the caller removes it). Framework's cache of `cacheFrom` (default this checkout;
 * another site's, to build a second site sooner) is copied when there is one: the libraries bundled into _node
 * are then not bundled again; the build script removes the data loaders' outputs. Throws when a plan is not shipped.
 */
export function makeSite(
  plans: SitePlan[],
  {defaultPlan, cacheFrom = ROOT}: {defaultPlan?: string; cacheFrom?: string} = {}
): string {
  const dir = mkdtempSync(join(tmpdir(), `plan-site-${plans.length}-`));
  for (const f of ["observablehq.config.ts", "package.json", "tsconfig.json"]) cpSync(join(ROOT, f), join(dir, f));
  // Symlinks kept as written (src/plans/[plan]/data.md → ../../data.md), so that they point into the copy.
  cpSync(join(ROOT, "src"), join(dir, "src"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (s) => !s.includes(".observablehq")
  });
  cpSync(join(ROOT, "bin"), join(dir, "bin"), {recursive: true});
  for (const d of ["reference", "progress"]) cpSync(join(ROOT, "data", d), join(dir, "data", d), {recursive: true});
  mkdirSync(join(dir, "data/plans"), {recursive: true});
  for (const {from, as = from, dir: folder = PLANS} of plans) {
    const files = readdirSync(folder).filter((f) => f.startsWith(`${from}.`) && /\.(txt|docx|meta\.json)$/.test(f));
    if (!files.some((f) => /\.(txt|docx)$/.test(f))) throw new Error(`no plan ${from} in ${folder}`);
    for (const f of files) cpSync(join(folder, f), join(dir, "data/plans", as + f.slice(from.length)));
  }
  writeFileSync(join(dir, "plan.config.json"), JSON.stringify({plan: defaultPlan ?? plans[0].as ?? plans[0].from}));
  const cache = join(cacheFrom, "src/.observablehq/cache");
  if (existsSync(cache)) cpSync(cache, join(dir, "src/.observablehq/cache"), {recursive: true});
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * A copy of this project of `n` plans in a new temporary folder (returned): the configured plan, then copies of
 * `copies` (default: every other shipped plan in turn) under new names (<name>-c01 …). n must be at least 1.
 * `cacheFrom` as for makeSite.
 */
export function makePlanSite(n: number, {copies, cacheFrom}: {copies?: string[]; cacheFrom?: string} = {}): string {
  const {plan: main} = JSON.parse(readFileSync(join(ROOT, "plan.config.json"), "utf8")) as {plan: string};
  const others = copies ?? shippedPlans().filter((p) => p !== main);
  const plans: SitePlan[] = [{from: main}];
  for (let k = 1; k < n; ++k) {
    const from = others[(k - 1) % others.length];
    plans.push({from, as: `${from}-c${String(k).padStart(2, "0")}`});
  }
  return makeSite(plans, {defaultPlan: main, cacheFrom});
}

/**
 * The CPU time in ms (user + system) of this process's children that have ended and been waited for, with their
 * own such children (/proc/self/stat, fields cutime and cstime, in clock ticks of 10 ms): a build's every process
 * (npm, the shell, Framework, each data loader and its tsx, the offline seal) once the build has ended. A process
 * left to run on after its parent (esbuild's service when its parent exits without waiting) is not counted. null
 * where there is no /proc (not Linux).
 */
export function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of proc(5); fields[0] is field 3 (the state).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/**
 * `npm run build` in a plan site (see makePlanSite), without blocking (a test's worker must keep answering): its
 * time in ms (wall clock), the CPU time of all its processes in ms (childrenCpuMs; null when unknown: not Linux)
 * and its log; rejects with the log's end when it fails. Run one build at a time: the CPU time is read as the
 * difference of this process's children's total before and after.
 */
export function buildPlanSite(dir: string): Promise<{ms: number; cpuMs: number | null; output: string}> {
  const env = {...process.env};
  for (const k of ["PLANS_DIR", "DIST_DIR", "PLAN"]) delete env[k];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = childrenCpuMs();
    const child = spawn("npm", ["run", "build"], {cwd: dir, env});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = performance.now() - t0;
      const cpu1 = childrenCpuMs();
      const cpuMs = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
      if (status === 0) resolve({ms, cpuMs, output});
      else
        reject(new Error(`npm run build in ${dir} failed (${status}):\n${output.split("\n").slice(-30).join("\n")}`));
    });
  });
}
