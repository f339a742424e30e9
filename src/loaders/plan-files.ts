/**
 * Reading the project's data files in Node (loaders and the CLI). The plan the site is built on is named in
 * plan.config.json ({"plan": "<name>"} for data/plans/<name>.txt); the PLAN environment variable overrides it.
 *
 * A build reads the plan twice, in two processes: the config (observablehq.config.ts: the title, a page per
 * department) and the data loader (src/data.zip.ts). parseDataPlan parses it once: the parse is kept in
 * src/.observablehq/cache/plans/, keyed by a hash of everything it depends on (the plan's bytes, the department
 * reference and the source of src/lib), so that an edit to any of them parses again.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {
  type DepartmentDirectory,
  departmentDirectory,
  departmentReferenceWarnings,
  parseDepartmentsCsv,
  type RowProblem
} from "../lib/departments.js";
import type {PlanModel} from "../lib/model.js";
import {readPlan} from "../lib/reader/parse.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEPARTMENTS_CSV = join(ROOT, "data/reference/departments.csv");

export interface PlanMeta {
  number?: string;
  issuer?: string;
  date?: string;
  title?: string;
  public?: boolean;
  source?: string;
}

/**
 * The name of the plan the site is built on: $PLAN, else plan.config.json's "plan"; an error when neither names
 * one.
 */
export function configuredPlan(): string {
  if (process.env.PLAN) return process.env.PLAN;
  const config = JSON.parse(readFileSync(join(ROOT, "plan.config.json"), "utf8")) as {plan?: string};
  if (!config.plan) throw new Error('plan.config.json: no "plan" named');
  return config.plan;
}

/**
 * Reads the department reference (`path`, data/reference/departments.csv by default) as a directory, with its bad
 * rows.
 */
export function readDepartments(path = DEPARTMENTS_CSV): {directory: DepartmentDirectory; problems: RowProblem[]} {
  const {entries, problems} = parseDepartmentsCsv(readFileSync(path, "utf8"));
  return {directory: departmentDirectory(entries), problems};
}

export interface LoadedPlan {
  name: string;
  meta: PlanMeta;
  model: PlanModel;
  /** The normalized text the model's source spans point into. */
  text: string;
}

/** data/plans/<name>.meta.json, or {} when the plan has none. */
export function readPlanMeta(name: string): PlanMeta {
  const path = join(ROOT, "data/plans", `${name}.meta.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
}

/** data/plans/<name>.txt */
export function planPath(name = configuredPlan()): string {
  return join(ROOT, "data/plans", `${name}.txt`);
}

/** Where parseDataPlan keeps its parses. */
export const PARSE_CACHE = join(ROOT, "src/.observablehq/cache/plans");

/** Every .ts file below src/lib, in a stable order: the code a parse depends on. */
function libSources(dir = join(ROOT, "src/lib")): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? libSources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []
    );
}

/**
 * Parses data/plans/<name>.txt with the department reference; reference problems become warnings. The result
 * is cached by content (see above): the second call of a build, in any process, reads the first one's parse.
 */
export function parseDataPlan(name = configuredPlan()): LoadedPlan {
  const meta = readPlanMeta(name);
  const bytes = readFileSync(planPath(name));
  const hash = createHash("sha256").update(bytes).update(readFileSync(DEPARTMENTS_CSV));
  for (const file of libSources()) hash.update(file).update(readFileSync(file));
  const cached = join(PARSE_CACHE, `${name}-${hash.digest("hex").slice(0, 16)}.json`);
  if (existsSync(cached)) {
    const {model, text} = JSON.parse(readFileSync(cached, "utf8")) as Pick<LoadedPlan, "model" | "text">;
    return {name, meta, model, text};
  }
  const {directory, problems} = readDepartments();
  const {model, text} = readPlan(bytes, {departments: directory});
  model.warnings.push(...departmentReferenceWarnings(problems));
  // Written whole, then renamed: a process reading at the same time sees the file complete or not at all.
  mkdirSync(PARSE_CACHE, {recursive: true});
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({model, text}));
  renameSync(partial, cached);
  return {name, meta, model, text};
}
