/**
 * Every data file of a plan's pages, made from one parse of the plan: path inside the plan's data archive
 * (src/data.zip.ts) → contents. Pages attach them as data/<path>.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvForPeople, tableToCsv} from "../lib/csv.js";
import {decodePlan} from "../lib/reader/decode.js";
import {departmentMeasures} from "../lib/measures.js";
import {type Monitoring, MONITORING_FILES, monitoringData} from "../lib/monitoring.js";
import {planHeader} from "../lib/planHeader.js";
import {departmentSlug} from "../lib/slug.js";
import {planTables} from "../lib/tables.js";
import {planLabel} from "../lib/compare/comparison.js";
import {lineageItemsOf, type PlanItemText} from "../lib/compare/lineage.js";
import type {PlanModel} from "../lib/model.js";
import {DEPARTMENTS_CSV, type LoadedPlan, parseDataPlan, planPath, ROOT} from "./plan-files.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/**
 * The monitoring file `file` (observations.csv, task-status.csv) of a plan: data/progress/<file> for the plan the
 * site opens on, data/progress/<plan>/<file> for another plan (its header only when the plan has none), so that
 * one plan's entries are never checked against another plan's items.
 */
export function progressFile(plan: string, file: string, isDefault: boolean): {path: string; text: string} {
  const shared = `data/progress/${file}`;
  if (isDefault) return {path: shared, text: read(shared)};
  const own = `data/progress/${plan}/${file}`;
  if (existsSync(join(ROOT, own))) return {path: own, text: read(own)};
  return {path: own, text: read(shared).split(/\r?\n/)[0] + "\n"};
}

/**
 * Every data file of one plan's pages. `isDefault`: the plan is the one the site opens on (it reads the shared
 * monitoring files of data/progress; see progressFile).
 */
export function siteFiles(
  loaded: LoadedPlan = parseDataPlan(),
  {isDefault = true} = {}
): Map<string, string | Uint8Array> {
  const {name, meta, model} = loaded;
  const text = loaded.original ?? decodePlan(readFileSync(planPath(name))).text;
  const measures = departmentMeasures(model);
  const header = planHeader(meta, model.document);
  const files = new Map<string, string | Uint8Array>([
    // The whole model, with the plan's metadata; its header as every page names the plan (planHeader: the meta
    // file's title, number, issuer and date win over the reader's), and the reader's own as `documentRead` (the
    // Data page says where each field comes from, headerSources).
    ["plan.json", JSON.stringify({plan: name, meta, ...model, document: header, documentRead: model.document})],
    // The plan's .meta.json alone: the load page's header for the site's own text (headerSources).
    ["meta.json", JSON.stringify(meta ?? {})],
    // The text as UTF-8 whatever its encoding: the starting text of "Load your own plan".
    ["plan.txt", text],
    // The normalized text: the text every source offset of plan.json refers to.
    ["plan-text.json", JSON.stringify({plan: name, text: loaded.text})],
    // The department reference as it is, for pages that parse a plan in the browser.
    ["departments.csv", readFileSync(DEPARTMENTS_CSV)],
    // Department measures, accountability defaults and page ids; and the same measures for download.
    ["departments.json", JSON.stringify(measures.map((m) => ({...m, slug: departmentSlug(m)})))],
    ["department-measures.csv", csvForPeople(measures, [...new Set(measures.flatMap((m) => Object.keys(m)))])],
    ["monitoring.json", JSON.stringify(monitoring(loaded, isDefault))],
    // Its items' texts for the lineage chart embed, which loads the two plans it draws and no other.
    ["lineage.json", JSON.stringify(planLineageFile(name, model, header))]
  ]);
  // Every table of the model as CSV (UTF-8 with BOM): tables/items.csv, tables/targets.csv …; the document table
  // with the header every page shows (planHeader), so that the Data page never shows a second header.
  for (const table of planTables({...model, document: header}))
    files.set(`tables/${table.name}.csv`, tableToCsv(table));
  return files;
}

/** data/lineage.json of one plan: its name, its label on the compare pages (planLabel) and its items for lineage. */
export interface PlanLineageFile {
  plan: string;
  label: string;
  items: PlanItemText[];
}

/**
 * data/lineage.json of the plan `name`: what the lineage chart embed (src/embed/chart/lineage.ts) reads of each of
 * its two plans, through plans/<name>/embedData.js, so that it loads no other plan (issue 16, goal 3). The items are
 * those of compare/lineage.json (lineageItemsOf); the label is the plan's number, else its title (planLabel), from
 * the header every page shows (planHeader).
 */
export function planLineageFile(
  name: string,
  model: Pick<PlanModel, "items">,
  header: {docNumber: string | null; title: string | null}
): PlanLineageFile {
  return {
    plan: name,
    label: planLabel({plan: name, number: header.docNumber, title: header.title}),
    items: lineageItemsOf(model)
  };
}

/** monitoring.json (src/lib/monitoring.ts) from the reference files and the plan's progress files (progressFile). */
function monitoring({name, meta, model}: LoadedPlan, isDefault: boolean): Monitoring {
  const observations = progressFile(name, "observations.csv", isDefault);
  const taskStatus = progressFile(name, "task-status.csv", isDefault);
  return monitoringData(
    model,
    {
      glossary: read(MONITORING_FILES.glossary),
      benchmarks: read(MONITORING_FILES.benchmarks),
      observations: observations.text,
      taskStatus: taskStatus.text,
      files: {observations: observations.path, taskStatus: taskStatus.path}
    },
    // The provincial benchmarks of the plan's own province only (benchmarksFor).
    {jurisdiction: meta.jurisdiction ?? null}
  );
}
