/**
 * Every plan of data/plans/, read once per build: the config (for the pages, the picker and the department
 * briefs of each plan) and the data loaders (one archive per plan, the compare summary) all call readPlanSet(),
 * and a plan is parsed only when no earlier process of the same content has parsed it. The parse of each plan is
 * kept in node_modules/.cache/plan-explorer/<name>-<key>.json, where key is a SHA-256 of the plan's bytes, its
 * .meta.json, the department reference and the source of src/lib (the reader and the model): any change to one of
 * them is a new key, so a stale parse is never read.
 *
 * A plan is a file data/plans/<name>.txt or <name>.docx with data/plans/<name>.meta.json beside it (optional).
 * A plan that cannot be read is a failure naming its file and why, and the other plans are still read:
 * - the name is not an address (only ASCII letters, digits, "-", "_" and "."): it becomes /plans/<name>/;
 * - two files of the same name (<name>.txt and <name>.docx);
 * - the .meta.json is not a JSON object;
 * - the file is empty, binary, damaged, a PDF or an old .doc (readPlanFile's messages);
 * - the reader stopped early, or found neither a chapter nor an item.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {departmentReferenceWarnings} from "../lib/departments.js";
import type {PlanModel} from "../lib/model.js";
import {readPlan} from "../lib/reader/parse.js";
import {readPlanFile} from "../lib/readPlanFile.js";
import {configuredPlan, DEPARTMENTS_CSV, type LoadedPlan, type PlanMeta, readDepartments, ROOT} from "./plan-files.js";

/** data/plans, or the folder PLANS_DIR names (for a test build of other plans). */
export const PLANS_DIR = process.env.PLANS_DIR ? resolve(process.env.PLANS_DIR) : join(ROOT, "data/plans");
const CACHE_DIR = join(ROOT, "node_modules/.cache/plan-explorer");
const PLAN_FILE = /^(.+)\.(txt|docx)$/i;
/** What a plan's name may be: it is a folder of the site's addresses. */
export const PLAN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A plan that could not be read: its file (relative to the project) and why. */
export interface PlanFailure {
  name: string;
  file: string;
  message: string;
}

export interface PlanSet {
  /** The plans read, in the order of their names. */
  plans: LoadedPlan[];
  failures: PlanFailure[];
  /** The plan the site opens on: the configured plan, or the first plan read when it failed. */
  defaultPlan: string | null;
}

/** The plan files of a folder, by name: data/plans/<name>.txt or .docx. */
export function planFiles(dir = PLANS_DIR): {name: string; path: string}[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isFile() && PLAN_FILE.test(e.name))
    .map((e) => ({name: PLAN_FILE.exec(e.name)![1], path: join(dir, e.name)}))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1));
}

/** A hash of every file under src/lib: the reader's version. */
function libraryVersion(): string {
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) visit(path);
      else if (e.name.endsWith(".ts")) hash.update(e.name).update(readFileSync(path));
    }
  };
  visit(join(ROOT, "src/lib"));
  return hash.digest("hex");
}

interface Cached {
  meta: PlanMeta;
  model: PlanModel;
  text: string;
  original: string;
}

/** What reading one plan file gives: the plan, or why it is left out. */
type PlanRead = {plan: LoadedPlan; failure?: undefined} | {plan?: undefined; failure: PlanFailure};

/**
 * Reads plan files of one folder, each parsed at most once for its content (see above). The department reference
 * and the reader's version are read once, the first time a plan needs them.
 */
function planReader(
  dir: string,
  cache: boolean
): (file: {name: string; path: string}, count: number) => Promise<PlanRead> {
  let departmentsCsv: Buffer | null = null;
  let version: string | null = null;
  let reference: ReturnType<typeof readDepartments> | null = null;
  return async ({name, path}, count) => {
    const file = relative(ROOT, path);
    const fail = (message: string): PlanRead => ({failure: {name, file, message}});
    if (!PLAN_NAME.test(name))
      return fail(
        `the file name is used as the plan's address (/plans/<name>/): use only ASCII letters, digits, "-", "_" and "."`
      );
    if (count > 1) return fail(`two files are named ${name} (.txt and .docx): keep one`);
    const metaPath = join(dir, `${name}.meta.json`);
    const metaBytes = existsSync(metaPath) ? readFileSync(metaPath) : Buffer.from("{}");
    let meta: PlanMeta;
    try {
      meta = JSON.parse(metaBytes.toString("utf8"));
      if (meta === null || typeof meta !== "object" || Array.isArray(meta)) throw new Error("not a JSON object");
    } catch (error) {
      return fail(`${relative(ROOT, metaPath)} is not a JSON object: ${(error as Error).message}`);
    }
    const bytes = readFileSync(path);
    departmentsCsv ??= readFileSync(DEPARTMENTS_CSV);
    version ??= cache ? libraryVersion() : "";
    const key = createHash("sha256")
      .update(bytes)
      .update("\0")
      .update(metaBytes)
      .update("\0")
      .update(departmentsCsv)
      .update("\0")
      .update(version)
      .update(path.toLowerCase().endsWith(".docx") ? "docx" : "txt")
      .digest("hex")
      .slice(0, 24);
    const cachePath = join(CACHE_DIR, `${name}-${key}.json`);
    let cached: Cached | null = null;
    if (cache && existsSync(cachePath)) {
      try {
        cached = JSON.parse(readFileSync(cachePath, "utf8"));
      } catch {
        cached = null; // a partial write: parse again
      }
    }
    if (!cached) {
      const read = await readPlanFile(file, bytes);
      if (!read.text.trim()) return fail(read.messages.join("; ") || `${file} holds no text`);
      reference ??= readDepartments();
      // A text file is given as bytes, so that the reading report names its encoding.
      const {model, text} = readPlan(read.format === "docx" ? read.text : bytes, {departments: reference.directory});
      model.warnings.push(...departmentReferenceWarnings(reference.problems));
      for (const message of read.messages) model.warnings.push({line: null, code: "table-row", message});
      cached = {meta, model, text, original: read.text};
      if (cache) {
        mkdirSync(CACHE_DIR, {recursive: true});
        const partial = `${cachePath}.${process.pid}`;
        writeFileSync(partial, JSON.stringify(cached));
        renameSync(partial, cachePath);
      }
    }
    const stopped = cached.model.warnings.find((w) => w.code === "internal");
    if (stopped) return fail(stopped.message);
    if (cached.model.items.length === 0 && cached.model.chapters.length === 0)
      return fail("the reader found neither a chapter nor an item: is this an implementation plan?");
    return {plan: {name, ...cached}};
  };
}

/** How many files of each name a folder's plan files hold (two, <name>.txt and <name>.docx, is a failure). */
function nameCounts(files: {name: string}[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return counts;
}

/**
 * Reads every plan of `dir` (data/plans by default), each parsed at most once for its content (see above).
 * Never throws for a bad plan: it is listed in `failures`.
 */
export async function readPlanSet(dir = PLANS_DIR, {cache = true}: {cache?: boolean} = {}): Promise<PlanSet> {
  const files = planFiles(dir);
  const counts = nameCounts(files);
  const read = planReader(dir, cache);
  const plans: LoadedPlan[] = [];
  const failures: PlanFailure[] = [];
  for (const f of files) {
    const {plan, failure} = await read(f, counts.get(f.name)!);
    if (plan) plans.push(plan);
    else failures.push(failure);
  }
  const configured = configuredPlan();
  const defaultPlan = plans.some((p) => p.name === configured) ? configured : (plans[0]?.name ?? null);
  return {plans, failures, defaultPlan};
}

/**
 * The plan called `name` of `dir` (data/plans by default), reading only the plans it must: that one, and, to tell
 * whether it is the plan the site opens on (readPlanSet's defaultPlan: the configured plan, or the first plan read
 * when that one fails), the configured plan and, when that fails, the plans before `name`. One plan's data loader
 * (src/plans/[plan]/data.zip.ts) runs once for each plan of the site: reading every plan there would make a build
 * read the set once a plan. Throws, as planNamed does, when the plan is not there or cannot be read.
 */
export async function readPlanNamed(
  name: string,
  dir = PLANS_DIR,
  {cache = true}: {cache?: boolean} = {}
): Promise<{plan: LoadedPlan; isDefault: boolean}> {
  const files = planFiles(dir);
  const counts = nameCounts(files);
  const read = planReader(dir, cache);
  const readable = async (n: string) => {
    const file = files.find((f) => f.name === n);
    return file ? read(file, counts.get(n)!) : null;
  };
  const own = await readable(name);
  if (!own?.plan)
    throw new Error(
      own?.failure
        ? `${own.failure.file}: ${own.failure.message}`
        : `no plan named ${name} in data/plans (plans: ${[...counts.keys()].join(", ")})`
    );
  const configured = configuredPlan();
  if (name === configured) return {plan: own.plan, isDefault: true};
  if ((await readable(configured))?.plan) return {plan: own.plan, isDefault: false};
  // The configured plan fails: the site opens on the first plan read, in the order of the names.
  for (const f of files) {
    if (f.name === name) return {plan: own.plan, isDefault: true};
    if ((await read(f, counts.get(f.name)!)).plan) return {plan: own.plan, isDefault: false};
  }
  return {plan: own.plan, isDefault: true};
}

/** One line per failure for the build log: "plan-explorer: data/plans/x.txt: not read: why". */
export function failureLines({failures, defaultPlan}: PlanSet): string[] {
  const lines = failures.map((f) => `plan-explorer: ${f.file}: not read, left out of the site: ${f.message}`);
  const configured = configuredPlan();
  if (defaultPlan !== configured)
    lines.push(
      `plan-explorer: the configured plan ${configured} was not read; the site opens on ${defaultPlan ?? "no plan"}`
    );
  return lines;
}

/** The plan called `name` from the set, or an error naming what is known. */
export function planNamed(set: PlanSet, name: string): LoadedPlan {
  const plan = set.plans.find((p) => p.name === name);
  if (plan) return plan;
  const failure = set.failures.find((f) => f.name === name);
  throw new Error(
    failure
      ? `${failure.file}: ${failure.message}`
      : `no plan named ${name} in data/plans (plans: ${set.plans.map((p) => p.name).join(", ")})`
  );
}
