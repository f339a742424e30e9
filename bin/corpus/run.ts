/**
 * The corpus command's engine: every plan of a folder read in parallel (worker threads from a tinypool pool, or the
 * calling thread with jobs = 1) and written once per table, as CSV (UTF-8 with BOM) and Parquet, with a plan column.
 *
 * Groups, streaming and order: the plans are cut, in corpus order, into groups of consecutive plans (planGroups: at
 * most GROUP_PLANS plans and GROUP_BYTES of files, a rule of the files alone, not of the number of workers). A
 * worker's task is one group (task.ts): it reads the group's plans and encodes each table's rows of the group as one
 * Parquet row group, so that what comes back is CSV text and Parquet bytes, never the rows as JavaScript values. At
 * most `window` groups are in flight or finished-but-waiting; a finished group is written as soon as every group
 * before it is written. So the output files are the same, byte for byte, whatever the number of workers and
 * whichever finishes first (with jobs = 1 this thread runs the same task on the same groups), and the main thread
 * holds a few groups' bytes and each row group's metadata, however many plans there are.
 *
 * The workers run the task bundled into one JavaScript module (`bundleTask`), not through tsx: each worker that
 * registered tsx's loader started a thread of its own for the loader's hooks and compiled every module of the
 * reader through it, which cost about as much CPU time as the second worker saved on 300 plans.
 */
import {createHash} from "node:crypto";
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from "node:fs";
import {availableParallelism} from "node:os";
import {setFlagsFromString} from "node:v8";
import {dirname, join, relative} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {buildSync, version as esbuildVersion} from "esbuild";
import Tinypool from "tinypool";
import {BOM} from "../../src/lib/csv.js";
import {type PlanFileEntry} from "./files.js";
import {ParquetTableWriter} from "./parquet.js";
import {CORPUS_TABLES, type CorpusTable, corpusColumns, type PlanResult} from "./readPlan.js";
import {type CorpusGroup, readGroup} from "./task.js";

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

/**
 * A group (a worker's task, and one Parquet row group per table) holds at most this many plans and this many bytes
 * of plan files. Large enough that a row group holds a few thousand rows of the big tables and a task's two
 * messages cost little; small enough that the last group, which one worker reads while the other has nothing left,
 * is a few percent of a corpus of a thousand plans, and that a worker's memory stays small.
 */
export const GROUP_PLANS = 32;
export const GROUP_BYTES = 1024 * 1024;

/** The size of a file, 0 when it cannot be read (the reader then reports why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The plans cut into groups of consecutive plans, in corpus order: a group is closed when it has GROUP_PLANS plans
 * or when the next plan would take its files over GROUP_BYTES (a plan larger than that is a group of its own).
 */
export function planGroups(files: PlanFileEntry[], size: (path: string) => number = sizeOf): PlanFileEntry[][] {
  const groups: PlanFileEntry[][] = [];
  let group: PlanFileEntry[] = [];
  let bytes = 0;
  for (const entry of files) {
    const b = size(entry.path);
    if (group.length && (group.length >= GROUP_PLANS || bytes + b > GROUP_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(entry);
    bytes += b;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * The size of a slot, the shared memory a worker puts a group's bytes in (task.ts): a group's CSV and Parquet bytes
 * are about 2.7 times its plan files (at most GROUP_BYTES), so most groups fit; what does not comes back in arrays
 * of its own. A slot's pages are in memory once written, so a slot costs what its largest group used.
 */
export const SLOT_BYTES = 4 * GROUP_BYTES;

/**
 * The cap of a worker's old generation (V8's resourceLimits.maxOldGenerationSizeMb), MB. V8 lets a heap grow by a
 * factor of up to 4 over what survives a full collection when its limit is large (the default, about 2 GB) and by
 * about 1.3 when it is at most 256 MB: uncapped, each worker's heap grew from 55 to 94 MB over 1,000 plans while
 * what it held stayed between 22 and 67 MB, and the process's peak memory grew with the number of plans. Capped,
 * each worker's heap stayed at 52 to 63 MB. A plan needs far less (a 10 MB plan is read within 128 MB); a group
 * whose worker still runs out of memory is read again on the main thread (inOrder), so the output does not change.
 */
export const WORKER_OLD_GENERATION_MB = 256;

/**
 * The cap of a worker's young generation (resourceLimits.maxYoungGenerationSizeMb), MB. V8 enlarges a young
 * generation that keeps surviving scavenges up to 48 MB (three semi-spaces of 16 MB), and a reader's young
 * generation keeps surviving (a group's rows live until it is encoded), so the longer the run the larger both
 * workers' young generations, whatever they hold. At 8 MB: peak RSS with 2 workers 315 → 246 MB at 1,000 plans and
 * 183 MB at 100, with the same CPU time (18.6 and 18.5 s at 1,000 plans, load 30 to 38).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * V8's interrupt budget for the corpus command (the flag --interrupt-budget: bytecode executed between two looks at
 * whether a function is hot enough to be optimized), about 15 times V8's default (67,584 in Node 20). The reader's
 * hot functions are large (measureCoverage, blockTables, outline, read, classify: several KB of bytecode each), and
 * TurboFan compiling them on V8's background threads took as much CPU time as the reading itself: on 1,000 plans
 * with --jobs 1, 7.1 s on four compiler threads against 5.6 s on the main thread (perf record: those threads in
 * v8::internal::compiler), 701 optimizations of which 114 thrown away (deoptimized: feedback still changing when the
 * function was optimized, so it was compiled again: measureCoverage 7 times, blockTables 8), and each worker of
 * --jobs 2 pays it again in its own isolate. With functions optimized once they have run longer: 300 optimizations,
 * 26 thrown away, and CPU time 13.1 → 7.6–8.6 s with 1 job, 19.6 → 9.3–10.5 s with 2 (load 10 to 17). A heuristic of
 * when to compile: what the code computes does not change. V8's flags are the process's (a worker cannot have its
 * own), so writeCorpus sets it for the process, unless the process was started with an --interrupt-budget of its own.
 */
export const CORPUS_INTERRUPT_BUDGET = 1_000_000;

/** Sets CORPUS_INTERRUPT_BUDGET, once, before the reader runs (in this thread or in workers, which share it). */
function setInterruptBudget(): void {
  if (process.execArgv.some((a) => a.startsWith("--interrupt-budget"))) return;
  setFlagsFromString(`--interrupt-budget=${CORPUS_INTERRUPT_BUDGET}`);
}

/** The default number of workers: the cores Node may use. */
export const defaultJobs = () => availableParallelism();

/** Writes the corpus tables of `files` into `out` (which must exist and be writable). */
export async function writeCorpus(
  files: PlanFileEntry[],
  out: string,
  {jobs = defaultJobs(), departments, onPlan = () => {}}: CorpusOptions
): Promise<CorpusSummary> {
  setInterruptBudget();
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
  const write = (group: CorpusGroup) => {
    if (group.error !== undefined) throw new Error(group.error);
    for (const t of CORPUS_TABLES) {
      const bytes = group.csv[t];
      if (bytes) writeSync(csv[t], bytes);
    }
    for (const r of group.plans) {
      if (r.ok) {
        for (const t of CORPUS_TABLES) summary.rows[t] += r.tables[t].rows;
        ++summary.plans;
      } else summary.skipped.push({rel: r.rel, error: r.error});
      onPlan(r);
    }
    for (const t of CORPUS_TABLES) parquet[t].append(group.parquet[t] ?? null);
  };

  const groups = planGroups(files);
  try {
    if (jobs <= 1) {
      for (const entries of groups) write(await readGroup({entries, departments}));
    } else {
      await inOrder(groups, jobs, departments, write);
    }
  } catch (error) {
    for (const t of CORPUS_TABLES) parquet[t].close();
    throw error;
  } finally {
    for (const t of CORPUS_TABLES) closeSync(csv[t]);
  }
  for (const t of CORPUS_TABLES) parquet[t].finish();
  return summary;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The bundle's files beside this file start with this (git ignores `.task-*.mjs`). */
const BUNDLE_PREFIX = ".task-";
/** What the last bundle was built from and which files it wrote (JSON after `export default`). */
const BUNDLE_MANIFEST = join(HERE, `${BUNDLE_PREFIX}manifest.mjs`);
/** A bundle's files not in use and older than this are removed when another bundle is written, ms. */
const BUNDLE_STALE_MS = 60 * 60 * 1000;

const BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  outExtension: {".js": ".mjs"}
} as const;

interface BundleManifest {
  key: string;
  /** The entry's file name, beside this file. */
  entry: string;
  /** Every file the bundle wrote (entry and chunks), by name. */
  files: string[];
  /** The files it was built from, relative to `dir` (esbuild's metafile). */
  inputs: string[];
}

/**
 * A digest of what a bundle is built from: esbuild's version, the options, and each input's path and content
 * (paths relative to `dir`). Null when an input cannot be read (it was moved or deleted: the bundle is stale).
 */
export function bundleKey(inputs: string[], dir: string = HERE): string | null {
  const hash = createHash("sha256").update(esbuildVersion).update(JSON.stringify(BUNDLE_OPTIONS));
  for (const input of inputs) {
    try {
      hash
        .update(input)
        .update("\0")
        .update(readFileSync(join(dir, input)))
        .update("\0");
    } catch {
      return null;
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The manifest's bundle when it is still what its sources would build, else null. */
function cachedBundle(): BundleManifest | null {
  try {
    const text = readFileSync(BUNDLE_MANIFEST, "utf8");
    const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as BundleManifest;
    if (!manifest.files.every((f) => existsSync(join(HERE, f)))) return null;
    return bundleKey(manifest.inputs) === manifest.key ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * The worker's task (task.ts) and the project's modules it imports, bundled with esbuild into ES modules written
 * beside this file (so that its packages, left out of the bundle, resolve from node_modules and src/dataFiles finds
 * the project's root as it does from here): the entry's URL. The modules a plan in another format needs (Word,
 * PDF, web pages, with jszip, cfb, Readability) are chunks of their own, loaded when such a plan comes (as their
 * dynamic imports do without a bundle): loaded up front they cost each worker about 130 ms.
 *
 * The bundle is kept and used again by the next run as long as every file it was built from is the same
 * (bundleKey, over the inputs esbuild listed): buildSync starts an esbuild process of its own each time, 0.2 to
 * 1.5 s of a run's wall clock that --jobs 1 does not pay. A new bundle has names of its own, so a run still using
 * the last one is not disturbed; files of older bundles are removed once an hour old. Null where esbuild cannot
 * bundle or the folder is read-only: the workers then load the task through tsx (worker.mjs).
 */
export function bundleTask(): {url: string} | null {
  const cached = cachedBundle();
  if (cached) return {url: pathToFileURL(join(HERE, cached.entry)).href};
  const tag = `${BUNDLE_PREFIX}${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    const {outputFiles, metafile} = buildSync({
      ...BUNDLE_OPTIONS,
      entryPoints: {[tag]: join(HERE, "task.ts")},
      absWorkingDir: HERE,
      outdir: HERE,
      chunkNames: `${tag}-[hash]`,
      metafile: true,
      write: false,
      logLevel: "silent"
    });
    for (const file of outputFiles) {
      writeFileSync(file.path, file.contents);
      written.push(file.path);
    }
    const inputs = Object.keys(metafile.inputs).sort();
    const key = bundleKey(inputs);
    if (key) {
      const files = written.map((path) => relative(HERE, path));
      const manifest: BundleManifest = {key, entry: `${tag}.mjs`, files, inputs};
      const temporary = `${BUNDLE_MANIFEST}.${process.pid}.tmp`;
      writeFileSync(temporary, `export default ${JSON.stringify(manifest)};\n`);
      renameSync(temporary, BUNDLE_MANIFEST);
      removeStaleBundles(new Set([...files, relative(HERE, BUNDLE_MANIFEST)]));
    }
  } catch {
    for (const path of written) rmSync(path, {force: true});
    return null;
  }
  return {url: pathToFileURL(join(HERE, `${tag}.mjs`)).href};
}

/** Removes the files of earlier bundles (not in `keep`) that are over BUNDLE_STALE_MS old. */
function removeStaleBundles(keep: Set<string>): void {
  const now = Date.now();
  for (const name of readdirSync(HERE)) {
    if (!name.startsWith(BUNDLE_PREFIX) || keep.has(name)) continue;
    const path = join(HERE, name);
    try {
      if (now - statSync(path).mtimeMs > BUNDLE_STALE_MS) rmSync(path, {force: true});
    } catch {
      // Removed meanwhile by another run.
    }
  }
}

/** Reads the groups of plans on a pool of `jobs` workers and calls `write` with each group in corpus order. */
async function inOrder(
  groups: PlanFileEntry[][],
  jobs: number,
  departments: string,
  write: (group: CorpusGroup) => void
): Promise<void> {
  const bundle = bundleTask();
  const pool = new Tinypool({
    filename: bundle?.url ?? new URL("./worker.mjs", import.meta.url).href,
    minThreads: Math.min(jobs, groups.length),
    maxThreads: Math.min(jobs, groups.length),
    // A second task waits in each worker's queue: tinypool hands a worker its next task from this thread, so without
    // one a worker would stand idle between tasks until this thread had written the last group. A worker still
    // reads one group at a time: the tasks wait on its port.
    concurrentTasksPerWorker: 2,
    // A worker's heap is capped (see WORKER_OLD_GENERATION_MB), so that it stays near what the worker holds.
    resourceLimits: {
      maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB
    }
  });
  // At most `window` groups are in flight or waiting for an earlier one: memory does not grow with the corpus.
  const window = jobs * 2 + 1;
  // Each group in flight has a slot of its own for its bytes (task.ts), made when first needed and used again
  // once the group is written: the main thread's memory for the groups' bytes is at most `window` slots.
  const slots: SharedArrayBuffer[] = [];
  const takeSlot = () => slots.pop() ?? new SharedArrayBuffer(SLOT_BYTES);
  const slotOf = new Map<number, SharedArrayBuffer>();
  const done = new Map<number, CorpusGroup>();
  let next = 0; // the next group to hand out
  let written = 0; // groups written so far (the index of the next to write)
  try {
    await new Promise<void>((resolve, reject) => {
      // A worker that fails outside a task (it cannot start): the pool cannot go on.
      pool.on("error", (error: unknown) => reject(new Error(`a worker could not start (${String(error)})`)));
      const pump = () => {
        while (done.has(written)) {
          const group = done.get(written)!;
          done.delete(written);
          try {
            write(group);
          } catch (error) {
            return reject(error);
          }
          slots.push(slotOf.get(written)!);
          slotOf.delete(written);
          ++written;
        }
        if (written === groups.length) return resolve();
        while (next < groups.length && next - written < window) {
          const k = next++;
          const entries = groups[k];
          const slot = takeSlot();
          slotOf.set(k, slot);
          pool.run({entries, departments, slot}).then(
            (group: CorpusGroup) => {
              done.set(k, group);
              pump();
            },
            () => {
              // A worker that dies (a plan that needs more than its capped heap) leaves its group to this thread,
              // whose heap is not capped: the output is the same as with --jobs 1.
              readGroup({entries, departments}).then((group) => {
                done.set(k, group);
                pump();
              }, reject);
            }
          );
        }
      };
      pump();
    });
  } finally {
    await pool.destroy();
  }
}
