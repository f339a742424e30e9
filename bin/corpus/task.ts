/**
 * A worker's task (run.ts): a batch of consecutive plans, read one after the other. The worker loads this module
 * bundled into one JavaScript file (run.ts, `bundleTask`), or through tsx where it cannot be bundled (worker.mjs).
 */
import type {PlanFileEntry} from "./files.js";
import {type PlanResult, readCorpusPlan} from "./readPlan.js";

export interface CorpusTask {
  entries: PlanFileEntry[];
  /** The department reference's path. */
  departments: string;
}

export default async function readBatch({entries, departments}: CorpusTask): Promise<PlanResult[]> {
  const results: PlanResult[] = [];
  for (const entry of entries) results.push(await readCorpusPlan(entry, departments));
  return results;
}
