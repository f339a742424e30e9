/**
 * Reading the project's data files in Node (loaders and the CLI). The plan the site is built on is named in
 * plan.config.json ({"plan": "<name>"} for data/plans/<name>.txt); the PLAN environment variable overrides it.
 */
import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {
  type DepartmentDirectory,
  departmentDirectory,
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
  /** The plan's jurisdiction: 上海市青浦区 … */
  jurisdiction?: string;
  /** The level of government that issued it. */
  level?: "nation" | "province" | "city" | "county";
  /** The address the text was published at. */
  source?: string;
}

export function configuredPlan(): string {
  if (process.env.PLAN) return process.env.PLAN;
  const config = JSON.parse(readFileSync(join(ROOT, "plan.config.json"), "utf8")) as {plan?: string};
  if (!config.plan) throw new Error('plan.config.json: no "plan" named');
  return config.plan;
}

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
  /** The plan's text as given, in UTF-8 (a .docx's paragraphs as lines); read from the file when absent. */
  original?: string;
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

/** Parses data/plans/<name>.txt with the department reference; reference problems become warnings. */
export function loadPlan(name = configuredPlan()): LoadedPlan {
  const meta = readPlanMeta(name);
  const {directory, problems} = readDepartments();
  const {model, text} = readPlan(readFileSync(planPath(name)), {departments: directory});
  for (const p of problems)
    model.warnings.push({
      line: null,
      code: "table-row",
      message: `data/reference/departments.csv line ${p.line}: ${p.message}`
    });
  return {name, meta, model, text};
}
