/**
 * Every data file the site reads, made from one parse of the configured plan: path inside the data archive
 * (src/data.zip.ts) → contents. Pages attach them as data/<path>.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvForPeople, tableToCsv} from "../lib/csv.js";
import {decodePlan} from "../lib/reader/decode.js";
import {departmentMeasures} from "../lib/measures.js";
import {nationObservations, validateObservations, validateTaskStatus} from "../lib/observations.js";
import {
  benchmarkAlignment,
  glossaryEntry,
  matchBenchmarks,
  parseBenchmarks,
  parseIndicatorGlossary
} from "../lib/reference.js";
import {departmentSlug} from "../lib/slug.js";
import {planTables} from "../lib/tables.js";
import {DEPARTMENTS_CSV, type LoadedPlan, loadPlan, planPath, ROOT} from "./plan-files.js";

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
export function siteFiles(loaded: LoadedPlan = loadPlan(), {isDefault = true} = {}): Map<string, string | Uint8Array> {
  const {name, meta, model} = loaded;
  const text = loaded.original ?? decodePlan(readFileSync(planPath(name))).text;
  const measures = departmentMeasures(model);
  const files = new Map<string, string | Uint8Array>([
    // The whole model, with the plan's metadata.
    ["plan.json", JSON.stringify({plan: name, meta, ...model})],
    // The text as UTF-8 whatever its encoding: the starting text of "Load your own plan".
    ["plan.txt", text],
    // The normalized text: the text every source offset of plan.json refers to.
    ["plan-text.json", JSON.stringify({plan: name, text: loaded.text})],
    // The department reference as it is, for pages that parse a plan in the browser.
    ["departments.csv", readFileSync(DEPARTMENTS_CSV)],
    // Department measures, accountability defaults and page ids; and the same measures for download.
    ["departments.json", JSON.stringify(measures.map((m) => ({...m, slug: departmentSlug(m)})))],
    ["department-measures.csv", csvForPeople(measures, [...new Set(measures.flatMap((m) => Object.keys(m)))])],
    ["monitoring.json", JSON.stringify(monitoring(loaded, isDefault))]
  ]);
  // Every table of the model as CSV (UTF-8 with BOM): tables/items.csv, tables/targets.csv …
  for (const table of planTables(model)) files.set(`tables/${table.name}.csv`, tableToCsv(table));
  return files;
}

/**
 * Indicators with their glossary entries and benchmarks, and the monitoring files of data/progress, validated:
 * what the indicators, targets, progress and ledger pages read.
 */
function monitoring({name, model}: LoadedPlan, isDefault: boolean) {
  const observationsFile = progressFile(name, "observations.csv", isDefault);
  const statusFile = progressFile(name, "task-status.csv", isDefault);
  const glossary = parseIndicatorGlossary(read("data/reference/indicators.csv"));
  const benchmarks = parseBenchmarks(read("data/reference/benchmarks.csv"));
  const matched = matchBenchmarks(model.indicators, glossary.entries, benchmarks.rows);
  const observations = validateObservations(observationsFile.text, model);
  const taskStatus = validateTaskStatus(statusFile.text, model);
  const indicators = model.indicators.map((indicator) => {
    const entry = glossaryEntry(glossary.entries, indicator.name);
    const direction = entry?.direction ?? "raise";
    return {
      ...indicator,
      nameEn: entry?.nameEn ?? null,
      direction,
      limit: entry?.limit ?? null,
      glossaryNote: entry?.note ?? "",
      benchmarks: matched.filter((m) => m.indicator === indicator.id),
      nation: benchmarkAlignment(indicator, matched, "nation", direction),
      province: benchmarkAlignment(indicator, matched, "province", direction)
    };
  });
  return {
    indicators,
    glossary: glossary.entries,
    observations: {
      file: observationsFile.path,
      ...observations,
      rows: [...observations.rows, ...nationObservations(matched)]
    },
    taskStatus: {file: statusFile.path, ...taskStatus},
    referenceProblems: [
      ...glossary.problems.map((p) => `data/reference/indicators.csv line ${p.line}: ${p.message}`),
      ...benchmarks.problems.map((p) => `data/reference/benchmarks.csv line ${p.line}: ${p.message}`)
    ]
  };
}
