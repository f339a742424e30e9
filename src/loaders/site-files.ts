/**
 * Every data file the site reads, made from one parse of the configured plan: path inside the data archive
 * (src/data.zip.ts) → contents. Pages attach them as data/<path>.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvForPeople, tableToCsv} from "../lib/csv.js";
import {decodePlan} from "../lib/reader/decode.js";
import {departmentMeasures} from "../lib/measures.js";
import {type Monitoring, MONITORING_FILES, monitoringData} from "../lib/monitoring.js";
import {departmentSlug} from "../lib/slug.js";
import {planTables} from "../lib/tables.js";
import {DEPARTMENTS_CSV, type LoadedPlan, parseDataPlan, planPath, ROOT} from "./plan-files.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/**
 * Every data file of the site (see above), from one parse of the plan (`loaded`, the configured plan by default).
 */
export function siteFiles(loaded: LoadedPlan = parseDataPlan()): Map<string, string | Uint8Array> {
  const {name, meta, model} = loaded;
  const bytes = readFileSync(planPath(name));
  const text = decodePlan(bytes).text;
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
    ["monitoring.json", JSON.stringify(monitoring(loaded))]
  ]);
  // Every table of the model as CSV (UTF-8 with BOM): tables/items.csv, tables/targets.csv …
  for (const table of planTables(model)) files.set(`tables/${table.name}.csv`, tableToCsv(table));
  return files;
}

/** monitoring.json (src/lib/monitoring.ts) from the reference and progress files of data/. */
function monitoring({model}: LoadedPlan): Monitoring {
  return monitoringData(model, {
    glossary: read(MONITORING_FILES.glossary),
    benchmarks: read(MONITORING_FILES.benchmarks),
    observations: read(MONITORING_FILES.observations),
    taskStatus: read(MONITORING_FILES.taskStatus)
  });
}
