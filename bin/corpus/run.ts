/**
 * The corpus command's engine: every plan of a folder read in parallel (worker threads from a tinypool pool, or the
 * calling thread with jobs = 1) and written once per table, as CSV (UTF-8 with BOM) and Parquet, with a plan column.
 *
 * Streaming and order: plans are handed to the workers in corpus order (files.ts) with at most `window` of them in
 * flight or finished-but-waiting; a finished plan is written as soon as every plan before it is written. So the
 * output files are the same, byte for byte, whatever the number of workers and whichever finishes first, and memory
 * holds at most `window` plans' rows plus one Parquet row group per table, however many plans there are.
 *
 * A worker's task is a batch of consecutive plans (BATCH), not one: each task costs a message each way and, in
 * tinypool's worker, a process.memoryUsage() call (its heap statistics took 2 to 7 ms in a worker that had read a
 * few hundred plans, as long as reading a plan), which one plan a task paid in full.
 *
 * The workers run the task bundled into one JavaScript module (`bundleTask`), not through tsx: each worker that
 * registered tsx's loader started a thread of its own for the loader's hooks and compiled every module of the
 * reader through it, which cost about as much CPU time as the second worker saved on 300 plans.
 */
import {closeSync, openSync, rmSync, writeFileSync, writeSync} from "node:fs";
import {availableParallelism} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {buildSync} from "esbuild";
import Tinypool from "tinypool";
import {BOM} from "../../src/lib/csv.js";
import {type PlanFileEntry} from "./files.js";
import {ParquetTableWriter} from "./parquet.js";
import {CORPUS_TABLES, type CorpusTable, corpusColumns, type PlanResult, readCorpusPlan} from "./readPlan.js";

export interface CorpusOptions {
  /** Worker threads; 1 reads every plan in the calling thread. Default: the machine's available parallelism. */
  jobs?: number;
  /** The department reference (departments.csv) every worker reads. */
  departments: string;
  /** Called once per plan, in corpus order, after its rows are written (or it is skipped). */
  onPlan?: (result: PlanResult) => void;
}

export interface CorpusSummary {
  plans: number;
  skipped: {rel: string; error: string}[];
  rows: Record<CorpusTable, number>;
}

/** Plans per worker task: see the note at the top. */
const BATCH = 4;

/** The default number of workers: the cores Node may use. */
export const defaultJobs = () => availableParallelism();

/** Writes the corpus tables of `files` into `out` (which must exist and be writable). */
export async function writeCorpus(
  files: PlanFileEntry[],
  out: string,
  {jobs = defaultJobs(), departments, onPlan = () => {}}: CorpusOptions
): Promise<CorpusSummary> {
  const columns = corpusColumns();
  const csv = Object.fromEntries(
    CORPUS_TABLES.map((t) => {
      const fd = openSync(join(out, `${t}.csv`), "w");
      writeSync(fd, BOM + columns[t].join(",") + "\n");
      return [t, fd];
    })
  ) as Record<CorpusTable, number>;
  const parquet = Object.fromEntries(
    CORPUS_TABLES.map((t) => [t, new ParquetTableWriter(join(out, `${t}.parquet`), columns[t])])
  ) as Record<CorpusTable, ParquetTableWriter>;
  const summary: CorpusSummary = {
    plans: 0,
    skipped: [],
    rows: Object.fromEntries(CORPUS_TABLES.map((t) => [t, 0])) as Record<CorpusTable, number>
  };
  const write = (r: PlanResult) => {
    if (r.ok) {
      for (const t of CORPUS_TABLES) {
        const chunk = r.tables[t];
        if (chunk.csv) writeSync(csv[t], chunk.csv);
        parquet[t].add(chunk.columns, chunk.rows);
        summary.rows[t] += chunk.rows;
      }
      ++summary.plans;
    } else summary.skipped.push({rel: r.rel, error: r.error});
    onPlan(r);
  };

  try {
    if (jobs <= 1) {
      for (const entry of files) write(await readCorpusPlan(entry, departments));
    } else {
      await inOrder(files, jobs, departments, write);
    }
  } finally {
    for (const t of CORPUS_TABLES) closeSync(csv[t]);
  }
  for (const t of CORPUS_TABLES) parquet[t].finish();
  return summary;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The worker's task (task.ts) and the project's modules it imports, bundled with esbuild into ES modules written
 * beside this file (so that its packages, left out of the bundle, resolve from node_modules and src/dataFiles finds
 * the project's root as it does from here): the entry's URL and a function that removes the files. The modules a
 * plan in another format needs (Word, PDF, web pages, with jszip, cfb, Readability) are chunks of their own, loaded
 * when such a plan comes (as their dynamic imports do without a bundle): loaded up front they cost each worker about
 * 130 ms. Null where esbuild cannot bundle or the folder is read-only: the workers then load the task through tsx
 * (worker.mjs).
 */
export function bundleTask(): {url: string; remove: () => void} | null {
  const tag = `.task-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  const remove = () => {
    for (const path of written) rmSync(path, {force: true});
  };
  try {
    const {outputFiles} = buildSync({
      entryPoints: {[tag]: join(HERE, "task.ts")},
      bundle: true,
      splitting: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      outdir: HERE,
      chunkNames: `${tag}-[hash]`,
      outExtension: {".js": ".mjs"},
      write: false,
      logLevel: "silent"
    });
    for (const file of outputFiles) {
      written.push(file.path);
      writeFileSync(file.path, file.contents);
    }
  } catch {
    remove();
    return null;
  }
  return {url: pathToFileURL(join(HERE, `${tag}.mjs`)).href, remove};
}

/** Reads the plans on a pool of `jobs` workers and calls `write` with each result in corpus order. */
async function inOrder(
  files: PlanFileEntry[],
  jobs: number,
  departments: string,
  write: (r: PlanResult) => void
): Promise<void> {
  const bundle = bundleTask();
  const pool = new Tinypool({
    filename: bundle?.url ?? new URL("./worker.mjs", import.meta.url).href,
    minThreads: Math.min(jobs, files.length),
    maxThreads: Math.min(jobs, files.length),
    // A second task waits in each worker's queue: tinypool hands a worker its next task from this thread, so without
    // one the workers stood idle while this thread encoded a Parquet row group (a quarter of their time in a profile
    // of 300 plans). A worker still reads one plan at a time: the tasks wait on its port.
    concurrentTasksPerWorker: 2
  });
  // At most `window` plans are in flight or waiting for an earlier one: memory does not grow with the corpus.
  const window = jobs * 4 * BATCH;
  const done = new Map<number, PlanResult>();
  let next = 0; // the next plan to hand out
  let written = 0; // plans written so far (the index of the next to write)
  try {
    await new Promise<void>((resolve, reject) => {
      const pump = () => {
        while (done.has(written)) {
          const r = done.get(written)!;
          done.delete(written);
          ++written;
          try {
            write(r);
          } catch (error) {
            return reject(error);
          }
        }
        if (written === files.length) return resolve();
        while (next < files.length && next - written < window) {
          const entries = files.slice(next, Math.min(files.length, next + BATCH));
          next += entries.length;
          pool.run({entries, departments}).then(
            (rs: PlanResult[]) => {
              for (const r of rs) done.set(r.index, r);
              pump();
            },
            (error: unknown) => {
              // A worker that dies (out of memory) costs its batch's plans only.
              for (const entry of entries)
                done.set(entry.index, {
                  index: entry.index,
                  rel: entry.rel,
                  slug: entry.slug,
                  ok: false,
                  error: `the worker failed (${error instanceof Error ? error.message : String(error)})`
                });
              pump();
            }
          );
        }
      };
      pump();
    });
  } finally {
    await pool.destroy();
    bundle?.remove();
  }
}
