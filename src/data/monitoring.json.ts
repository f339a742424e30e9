// Indicators with their glossary entries and benchmarks, and the monitoring files of data/progress, validated:
// what the indicators, targets, progress and ledger pages read.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {nationObservations, validateObservations, validateTaskStatus} from "../lib/observations.js";
import {benchmarkAlignment, glossaryEntry, matchBenchmarks, parseBenchmarks, parseIndicatorGlossary} from "../lib/reference.js";
import {loadPlan, ROOT} from "./plan-files.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const {model} = loadPlan();
const glossary = parseIndicatorGlossary(read("data/reference/indicators.csv"));
const benchmarks = parseBenchmarks(read("data/reference/benchmarks.csv"));
const matched = matchBenchmarks(model.indicators, glossary.entries, benchmarks.rows);
const observations = validateObservations(read("data/progress/observations.csv"), model);
const taskStatus = validateTaskStatus(read("data/progress/task-status.csv"), model);

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

process.stdout.write(
  JSON.stringify({
    indicators,
    glossary: glossary.entries,
    observations: {
      file: "data/progress/observations.csv",
      ...observations,
      rows: [...observations.rows, ...nationObservations(matched)]
    },
    taskStatus: {file: "data/progress/task-status.csv", ...taskStatus},
    referenceProblems: [
      ...glossary.problems.map((p) => `data/reference/indicators.csv line ${p.line}: ${p.message}`),
      ...benchmarks.problems.map((p) => `data/reference/benchmarks.csv line ${p.line}: ${p.message}`)
    ]
  })
);
