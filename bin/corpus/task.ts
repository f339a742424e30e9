/**
 * A worker's task (run.ts): a group of consecutive plans (planGroups), read one after the other, then each table's
 * rows of the whole group encoded as one Parquet row group. What goes back to the main thread is each plan's CSV
 * lines and report, and the row groups' bytes: the rows' JavaScript values never leave the thread that read them.
 * The main thread runs the same function itself with --jobs 1, so the files are the same whoever encodes them.
 *
 * The worker loads this module bundled into one JavaScript file (run.ts, `bundleTask`), or through tsx where it
 * cannot be bundled (worker.mjs).
 */
import type {PlanFileEntry} from "./files.js";
import {encodeRowGroup, type EncodedRowGroup} from "./parquet.js";
import {
  CORPUS_TABLES,
  type CorpusTable,
  corpusColumns,
  type PlanResult,
  readCorpusPlan,
  type TableText
} from "./readPlan.js";
import type {Cell} from "../../src/lib/tables.js";

export interface CorpusTask {
  entries: PlanFileEntry[];
  /** The department reference's path. */
  departments: string;
}

export interface CorpusGroup {
  /** The group's plans, in corpus order. */
  plans: PlanResult[];
  /** Each table's row group of the group's rows (null for none); empty when `error` says why it could not be made. */
  parquet: Partial<Record<CorpusTable, EncodedRowGroup | null>>;
  /** Why the rows could not be encoded (a value not of its column's type: a defect of the tables, not of a plan). */
  error?: string;
}

let columns: Record<CorpusTable, string[]> | undefined;

/** Reads a group of plans and encodes each table's rows of the group as one row group. Never throws. */
export default async function readGroup({entries, departments}: CorpusTask): Promise<CorpusGroup> {
  columns ??= corpusColumns();
  const reads = [];
  for (const entry of entries) reads.push(await readCorpusPlan(entry, departments));
  const parquet: CorpusGroup["parquet"] = {};
  let error: string | undefined;
  try {
    for (const t of CORPUS_TABLES) {
      const data: Cell[][] = columns[t].map(() => []);
      let rows = 0;
      for (const r of reads) {
        if (!r.ok) continue;
        const chunk = r.tables[t];
        chunk.columns.forEach((values, i) => {
          const out = data[i];
          for (const v of values) out.push(v);
        });
        rows += chunk.rows;
      }
      parquet[t] = encodeRowGroup(columns[t], data, rows);
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const plans = reads.map((r): PlanResult => {
    if (!r.ok) return r;
    const tables = {} as Record<CorpusTable, TableText>;
    for (const t of CORPUS_TABLES) tables[t] = {csv: r.tables[t].csv, rows: r.tables[t].rows};
    return {...r, tables};
  });
  return error === undefined ? {plans, parquet} : {plans, parquet: {}, error};
}
