/**
 * Reading the project's data files in Node (loaders and the CLI). The plan the site is built on is named in
 * plan.config.json ({"plan": "<name>"} for data/plans/<name>.txt); the PLAN environment variable overrides it.
 * The build reads every plan through src/dataFiles/plan-set.ts, which parses each plan once per content for the
 * config and all the data loaders; parseDataPlan here reads one .txt plan, uncached (the CLI, tests, benchmarks).
 */
import {existsSync, readFileSync} from "node:fs";
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
  /** The plan's jurisdiction: 上海市青浦区 … */
  jurisdiction?: string;
  /** The level of government that issued it. */
  level?: "nation" | "province" | "city" | "county";
  /** The address the text was published at. */
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
export function parseDataPlan(name = configuredPlan()): LoadedPlan {
  const meta = readPlanMeta(name);
  const {directory, problems} = readDepartments();
  const {model, text} = readPlan(readFileSync(planPath(name)), {departments: directory});
  model.warnings.push(...departmentReferenceWarnings(problems));
  return {name, meta, model, text};
}
