/**
 * A worker's task (run.ts): a group of consecutive plans (planGroups), read one after the other, then each table's
 * rows of the whole group encoded as one Parquet row group and its CSV lines as one block of UTF-8 bytes. What goes
 * back to the main thread is each plan's report and the tables' bytes, moved (transferred), not copied: the rows'
 * JavaScript values never leave the thread that read them, and the main thread's heap holds no text of theirs.
 * The main thread runs the same function itself with --jobs 1 (readGroup), so the files are the same whoever
 * encodes them.
 *
 * The worker loads this module bundled into one JavaScript file (run.ts, `bundleTask`), or through tsx where it
 * cannot be bundled (worker.mjs).
 */
import Tinypool, {type Transferable} from "tinypool";
import type {PlanFileEntry} from "./files.js";
import {encodeRowGroup, type EncodedRowGroup} from "./parquet.js";
import {
  CORPUS_TABLES,
  type CorpusTable,
  corpusColumns,
  type PlanResult,
  readCorpusPlan,
  type TableRows
} from "./readPlan.js";
import type {Cell} from "../../src/lib/tables.js";

export interface CorpusTask {
  entries: PlanFileEntry[];
  /** The department reference's path. */
  departments: string;
  /**
   * Where a worker puts the group's bytes (run.ts hands each task in flight a slot of its own): the CSV blocks and
   * row groups come back as views on it, shared, so that the main thread allocates nothing per group. Bytes that
   * do not fit come back in arrays of their own, moved. Absent on the main thread (--jobs 1).
   */
  slot?: SharedArrayBuffer;
}

export interface CorpusGroup {
  /** The group's plans, in corpus order. */
  plans: PlanResult[];
  /** Each table's CSV lines of the group's plans, in corpus order (UTF-8, no BOM, no header); absent for none. */
  csv: Partial<Record<CorpusTable, Uint8Array>>;
  /** Each table's row group of the group's rows (null for none); empty when `error` says why it could not be made. */
  parquet: Partial<Record<CorpusTable, EncodedRowGroup | null>>;
  /** Why the rows could not be encoded (a value not of its column's type: a defect of the tables, not of a plan). */
  error?: string;
}

let columns: Record<CorpusTable, string[]> | undefined;

const utf8 = new TextEncoder();

/** Reads a group of plans and encodes each table's rows of the group as one row group. Never throws. */
export async function readGroup({entries, departments}: CorpusTask): Promise<CorpusGroup> {
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
  const csv: CorpusGroup["csv"] = {};
  for (const t of CORPUS_TABLES) {
    const text = reads.map((r) => (r.ok ? r.tables[t].csv : "")).join("");
    if (text) csv[t] = utf8.encode(text);
  }
  const plans = reads.map((r): PlanResult => {
    if (!r.ok) return r;
    const tables = {} as Record<CorpusTable, TableRows>;
    for (const t of CORPUS_TABLES) tables[t] = {rows: r.tables[t].rows};
    return {...r, tables};
  });
  return error === undefined ? {plans, csv, parquet} : {plans, csv, parquet: {}, error};
}

/**
 * Copies the group's byte arrays (CSV blocks, then row groups, in table order) one after the other into `slot`, each
 * replaced by a view on it, as long as they fit; those that do not keep their own buffer. Returns the bytes placed.
 */
export function intoSlot(group: CorpusGroup, slot: SharedArrayBuffer): number {
  let at = 0;
  const place = (bytes: Uint8Array): Uint8Array => {
    if (at + bytes.length > slot.byteLength) return bytes;
    const view = new Uint8Array(slot, at, bytes.length);
    view.set(bytes);
    at += bytes.length;
    return view;
  };
  for (const t of CORPUS_TABLES) {
    const csv = group.csv[t];
    if (csv) group.csv[t] = place(csv);
  }
  for (const t of CORPUS_TABLES) {
    const encoded = group.parquet[t];
    if (encoded) encoded.bytes = place(encoded.bytes);
  }
  return at;
}

/**
 * The worker's entry: readGroup's result with its bytes in the task's slot (shared with the main thread: nothing
 * is copied on the way and the main thread allocates no buffer for them), and those that did not fit moved
 * (tinypool's transfer list), not copied. Each such array has a buffer of its own (TextEncoder.encode,
 * encodeRowGroup's slice), so moving one moves nothing else.
 */
export default async function readGroupInWorker(task: CorpusTask): Promise<CorpusGroup> {
  const group = await readGroup(task);
  if (task.slot) intoSlot(group, task.slot);
  const arrays = [...Object.values(group.csv), ...Object.values(group.parquet).map((p) => p?.bytes)];
  const buffers = arrays.map((a) => a?.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  // tinypool's Transferable: the objects to move (concatenated to its transfer list) and the value to send.
  const movable = {
    [Tinypool.transferableSymbol]: [...new Set(buffers)],
    [Tinypool.valueSymbol]: group
  } as unknown as Transferable;
  return Tinypool.move(movable) as unknown as CorpusGroup;
}
