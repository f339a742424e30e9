/**
 * The contract of the site's monitoring.json, written once: what the indicators, targets, progress and ledger
 * pages and the progress embed read. monitoringData(model, files) builds it from the texts of the reference and
 * progress files (the data loader reads them: src/dataFiles/site-files.ts); the embeds import the type.
 *
 *   monitoringData(model, {glossary, benchmarks, observations, taskStatus}, {jurisdiction}) → {indicators, glossary,
 *     observations, taskStatus, referenceProblems}
 *
 * Bad rows never stop the build: the reference files' problems are messages naming the file and line
 * (referenceProblems), the progress files' are their validations (problems with row numbers, good rows kept).
 * Pure: no I/O.
 */
import type {Indicator, PlanModel} from "./model.js";
import {
  nationObservations,
  type ObservationRow,
  type TaskStatusRow,
  type Validation,
  validateObservations,
  validateTaskStatus
} from "./observations.js";
import {
  type BenchmarkAlignment,
  type BenchmarkMatch,
  benchmarkAlignment,
  benchmarksFor,
  type Direction,
  type GlossaryEntry,
  glossaryEntry,
  matchBenchmarks,
  parseBenchmarks,
  parseIndicatorGlossary
} from "./reference.js";

/** Where each input lives, as messages and pages name it. */
export const MONITORING_FILES = {
  glossary: "data/reference/indicators.csv",
  benchmarks: "data/reference/benchmarks.csv",
  observations: "data/progress/observations.csv",
  taskStatus: "data/progress/task-status.csv"
} as const;

/** A plan indicator with its glossary entry and its benchmarks at each level. */
export interface MonitoredIndicator extends Indicator {
  /** The glossary's English name, or null when the glossary has no entry. */
  nameEn: string | null;
  /** Which way is progress (the glossary's; raise when it has no entry). */
  direction: Direction;
  /** The natural bound in the direction of progress (100 for a pass rate in %), or null. */
  limit: number | null;
  glossaryNote: string;
  /** Every benchmark row matched to the indicator. */
  benchmarks: BenchmarkMatch[];
  /** The national and provincial benchmark targets and how the plan's target compares with each. */
  nation: LevelBenchmark;
  province: LevelBenchmark;
}

/** A level's benchmark target (null when it has none) and the alignment of the plan's target with it. */
export interface LevelBenchmark {
  alignment: BenchmarkAlignment | null;
  benchmark: BenchmarkMatch | null;
}

/** monitoring.json. */
export interface Monitoring {
  indicators: MonitoredIndicator[];
  glossary: GlossaryEntry[];
  /** The user's observations validated, then the national observations of the benchmarks (level nation). */
  observations: Validation<ObservationRow> & {file: string};
  taskStatus: Validation<TaskStatusRow> & {file: string};
  /** "data/reference/indicators.csv line 4: …", one per bad row of a reference file. */
  referenceProblems: string[];
}

/** The texts of the four files (MONITORING_FILES) monitoring.json is made from. */
export interface MonitoringTexts {
  glossary: string;
  benchmarks: string;
  observations: string;
  taskStatus: string;
  /**
   * Where the two progress files were read, as messages and pages name them (default MONITORING_FILES; a plan
   * other than the one the site opens on reads data/progress/<plan>/).
   */
  files?: {observations: string; taskStatus: string};
}

/**
 * Builds monitoring.json from the plan's model and the texts of the reference and progress files. `jurisdiction`:
 * the plan's (its .meta.json's, 陕西省延安市): the provincial benchmarks are those of its province only (benchmarksFor;
 * none when it is unknown).
 */
export function monitoringData(
  model: PlanModel,
  texts: MonitoringTexts,
  {jurisdiction = null}: {jurisdiction?: string | null} = {}
): Monitoring {
  const glossary = parseIndicatorGlossary(texts.glossary);
  const benchmarks = parseBenchmarks(texts.benchmarks);
  const matched = matchBenchmarks(model.indicators, glossary.entries, benchmarksFor(benchmarks.rows, jurisdiction));
  const observations = validateObservations(texts.observations, model);
  const taskStatus = validateTaskStatus(texts.taskStatus, model);
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
      file: texts.files?.observations ?? MONITORING_FILES.observations,
      ...observations,
      rows: [...observations.rows, ...nationObservations(matched)]
    },
    taskStatus: {file: texts.files?.taskStatus ?? MONITORING_FILES.taskStatus, ...taskStatus},
    referenceProblems: [
      ...glossary.problems.map((p) => `${MONITORING_FILES.glossary} line ${p.line}: ${p.message}`),
      ...benchmarks.problems.map((p) => `${MONITORING_FILES.benchmarks} line ${p.line}: ${p.message}`)
    ]
  };
}
