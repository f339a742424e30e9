/**
 * Corpus benchmark: the corpus command (bin/corpus) on corpora the harness makes from the real-plan fixtures
 * (test/fixtures/real and the Yan'an plan, each with its meta file, copied in turn into a temporary folder that is
 * removed afterwards; never stored). Each run is a fresh process (bench/corpus-child.ts), timed from listing the
 * folder to the last file closed, with its peak memory (maxRSS, all threads).
 * - Throughput: 1,000 plans with 2 workers vs the single-thread run (--jobs 1), runs paired one after the other;
 *   the goal is a speed-up of at least 1.7× on 2 cores, with output identical byte for byte.
 * - Memory: peak memory at 100 and at 1,000 plans (2 workers): the plans stream through, so the ratio should stay
 *   near 1 (goal ≤ 1.25×). Peak RSS also follows V8's heap sizing (a longer run lets the heap grow before a full
 *   collection), so the heap the main thread still holds after a full collection at the end is shown beside it:
 *   what the run retains, which must not grow with the number of plans.
 */
import {spawnSync} from "node:child_process";
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {createHash} from "node:crypto";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {loadavg} from "node:os";
import {
  fmt,
  type Interval,
  medianInterval,
  type Summary,
  pairedRatios,
  ratiosOf,
  spread,
  summarize,
  table,
  verdict
} from "./stats.js";

export const CORPUS_GOALS = {speedup: 1.7, memory: 1.25};

export interface CorpusResult {
  date: string;
  plans: number;
  bytes: number;
  runs: number;
  one: Summary;
  two: Summary;
  /** Paired ratios: single-thread time ÷ two-worker time. */
  speedup: Summary;
  /** A 90% confidence interval of the speed-up's median (null under 5 pairs). */
  speedupInterval: Interval | null;
  /**
   * CPU time of all threads ÷ wall time, median of the runs with 1 and with 2 workers: how many cores the run had.
   * On 2 cores the speed-up cannot exceed two/one; when two stays near 1, other jobs held the second core.
   */
  parallelism: {one: number; two: number};
  /** The main thread's event-loop utilization with 2 workers (median): the share of the run it was busy. */
  mainBusy: number;
  /**
   * CPU time (ms, medians): the whole process with 1 worker (the calling thread) and with 2, and the main thread's
   * own with 2 (null without /proc). What 2 free cores would give: the two-worker run cannot take less than its
   * main thread's CPU time nor less than half its total, so `bound` (median over the pairs of cpu(1) ÷ max(main(2),
   * cpu(2) / 2)) is the speed-up of a quiet 2-core machine at best; an estimate, not the goal's measure.
   */
  cpu: {one: number; two: number; main: number | null; bound: number | null};
  /** The machine's 1-minute load average at the start and end of each run: its min and max over the part. */
  load: {min: number; max: number};
  identical: boolean;
  /** With --baseline: the same measures of the baseline checkout's command, in the same run (see benchCorpus). */
  baseline?: Omit<CorpusResult, "baseline" | "sameCsv"> & {root: string};
  /** With --baseline: whether this checkout and the baseline wrote the same CSV files (1 worker). */
  sameCsv?: boolean;
  memory: {
    small: number;
    large: number;
    smallMb: number;
    largeMb: number;
    ratio: number;
    /** The main thread's heap in use after a full collection at the end, MB (median). */
    retainedSmallMb: number;
    retainedLargeMb: number;
  };
  goals: {
    speedup: {goal: number; value: number; met: boolean};
    memory: {goal: number; value: number; met: boolean};
  };
}

/** The fixture plans (text and meta) the corpora are made of. */
function sources(): {txt: string; meta: string | null; slug: string}[] {
  const real = join(ROOT, "test/fixtures/real");
  const out = readdirSync(real)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({txt: join(real, f), meta: join(real, f.replace(/\.txt$/, ".meta.json")), slug: f.slice(0, -4)}));
  out.push({
    txt: join(ROOT, "data/plans/yanan-2024-8.txt"),
    meta: join(ROOT, "data/plans/yanan-2024-8.meta.json"),
    slug: "yanan-2024-8"
  });
  return out.map((s) => ({...s, meta: s.meta && existsSync(s.meta) ? s.meta : null}));
}

/** A folder of n plans: the fixtures in turn, as p0001-<slug>.txt with their meta files. Returns its size. */
export function makeCorpus(dir: string, n: number): number {
  const src = sources();
  mkdirSync(dir, {recursive: true});
  let bytes = 0;
  for (let k = 0; k < n; ++k) {
    const s = src[k % src.length];
    const name = `p${String(k + 1).padStart(4, "0")}-${s.slug}`;
    copyFileSync(s.txt, join(dir, `${name}.txt`));
    if (s.meta) copyFileSync(s.meta, join(dir, `${name}.meta.json`));
    bytes += readFileSync(s.txt).length;
  }
  return bytes;
}

interface Run {
  ms: number;
  cpuMs: number;
  mainBusy: number;
  mainCpuMs: number | null;
  load: number;
  plans: number;
  skipped: number;
  maxRssKb: number;
  retainedKb: number | null;
  /** Every 100 plans: the process's RSS and the main thread's heap in use and external memory, MB. */
  samples?: {plans: number; rssMb: number; heapMb: number; externalMb: number}[];
}

/** The load averages seen at the start and end of every run of this part. */
const loads: number[] = [];

/** One run of the corpus command of the checkout at `root` (its bench/corpus-child.ts, its bin/corpus). */
function run(dir: string, out: string, jobs: number, root = ROOT): Run {
  const before = loadavg()[0];
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/corpus-child.ts", dir, out, String(jobs)],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024
    }
  );
  if (r.status !== 0) throw new Error(`corpus run failed (jobs ${jobs}):\n${r.stderr}`);
  const result = JSON.parse(r.stdout) as Run;
  loads.push(before, result.load);
  return result;
}

/** A digest of every file of a folder (or of those whose name ends with `ext`), by name. */
function digest(dir: string, ext = ""): string {
  const h = createHash("sha256");
  for (const f of readdirSync(dir).sort()) if (f.endsWith(ext)) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest("hex");
}

/** The runs of one checkout's corpus command. */
interface EngineRuns {
  root: string;
  ones: Run[];
  twos: Run[];
  smallRuns: Run[];
  largeRuns: Run[];
  identical: boolean;
}

/**
 * Runs the corpus command `runs` times with 1 and 2 workers on `plans` plans, and with 2 workers on `small` and on
 * `plans` plans for memory. With `baseline` (another checkout of this project, its node_modules installed), the
 * baseline's command runs beside this one's, each run of one followed by the same run of the other, so that
 * before and after are measured under the same load: its figures are in `baseline`, and `sameCsv` says whether
 * the two wrote the same CSV files.
 */
export function benchCorpus({
  plans = 1000,
  small = 100,
  runs = 3,
  baseline,
  log = () => {}
}: {
  plans?: number;
  small?: number;
  runs?: number;
  baseline?: string;
  log?: (line: string) => void;
} = {}): CorpusResult {
  const tmp = mkdtempSync(join(tmpdir(), "bench-corpus-"));
  try {
    const large = join(tmp, `plans-${plans}`);
    const bytes = makeCorpus(large, plans);
    const smallDir = join(tmp, `plans-${small}`);
    makeCorpus(smallDir, small);
    log(`corpus of ${plans} plans (${fmt(bytes / 1024 / 1024, 1)} MB) in ${tmp}`);
    const engines: EngineRuns[] = [baseline, ROOT]
      .filter((r): r is string => r !== undefined)
      .map((root) => ({root, ones: [], twos: [], smallRuns: [], largeRuns: [], identical: true}));
    for (const e of engines) run(smallDir, join(tmp, "warm"), 2, e.root); // warms tsx's cache of compiled modules
    loads.length = 0;
    let sameCsv = true;
    for (let k = 0; k < runs; ++k) {
      for (const e of engines) {
        const out1 = join(tmp, `out1-${engines.indexOf(e)}`);
        const out2 = join(tmp, `out2-${engines.indexOf(e)}`);
        const a = run(large, out1, 1, e.root);
        const b = run(large, out2, 2, e.root);
        if (a.plans !== plans || b.plans !== plans)
          throw new Error(`expected ${plans} plans, read ${a.plans} / ${b.plans}`);
        e.ones.push(a);
        e.twos.push(b);
        e.identical &&= digest(out1) === digest(out2);
        log(
          `run ${k + 1}${engines.length > 1 ? ` (${e.root === ROOT ? "this checkout" : e.root})` : ""}: --jobs 1 ` +
            `${fmt(a.ms)} ms (${fmt(a.cpuMs / a.ms, 2)} cores), --jobs 2 ${fmt(b.ms)} ms ` +
            `(${fmt(b.cpuMs / b.ms, 2)} cores, main thread busy ${fmt(b.mainBusy * 100)}%); CPU ${fmt(a.cpuMs)} → ` +
            `${fmt(b.cpuMs)} ms, main thread ${fmt(b.mainCpuMs)} ms; peak ${fmt(b.maxRssKb / 1024)} MB; load ${fmt(a.load, 1)}`
        );
      }
      if (engines.length > 1) sameCsv &&= digest(join(tmp, "out1-0"), ".csv") === digest(join(tmp, "out1-1"), ".csv");
    }
    for (let k = 0; k < runs; ++k) {
      for (const e of engines) {
        e.smallRuns.push(run(smallDir, join(tmp, "out2"), 2, e.root));
        const r = run(large, join(tmp, "out2"), 2, e.root);
        e.largeRuns.push(r);
        const curve = (r.samples ?? []).filter((x) => x.plans % 200 === 0 || x.plans === 100);
        log(
          `memory run ${k + 1}${engines.length > 1 ? ` (${e.root === ROOT ? "this checkout" : e.root})` : ""}: peak ` +
            `${fmt(r.maxRssKb / 1024)} MB; plans: RSS / main heap / main external (MB) ` +
            curve.map((x) => `${x.plans}: ${fmt(x.rssMb)}/${fmt(x.heapMb)}/${fmt(x.externalMb)}`).join(", ")
        );
      }
    }
    const load = {min: Math.min(...loads), max: Math.max(...loads)};
    const result = (e: EngineRuns) => corpusResult(e, {plans, small, bytes, runs, load});
    const own = result(engines.at(-1)!);
    return engines.length > 1 ? {...own, baseline: {...result(engines[0]), root: engines[0].root}, sameCsv} : own;
  } finally {
    rmSync(tmp, {recursive: true, force: true});
  }
}

function corpusResult(
  {ones, twos, smallRuns, largeRuns, identical}: EngineRuns,
  {
    plans,
    small,
    bytes,
    runs,
    load
  }: {plans: number; small: number; bytes: number; runs: number; load: {min: number; max: number}}
): CorpusResult {
  const smallRss = smallRuns.map((r) => r.maxRssKb);
  const largeRss = largeRuns.map((r) => r.maxRssKb);
  const retained = (rs: Run[]) => summarize(rs.map((r) => r.retainedKb ?? NaN)).median / 1024;
  const pairs = ones.map((o, k): [number, number] => [o.ms, twos[k].ms]);
  const speedup = pairedRatios(pairs)!;
  const cores = (rs: Run[]) => summarize(rs.map((r) => r.cpuMs / r.ms)).median;
  const memory = {
    small,
    large: plans,
    smallMb: summarize(smallRss).median / 1024,
    largeMb: summarize(largeRss).median / 1024,
    ratio: summarize(largeRss).median / summarize(smallRss).median,
    retainedSmallMb: retained(smallRuns),
    retainedLargeMb: retained(largeRuns)
  };
  return {
    date: new Date().toISOString(),
    plans,
    bytes,
    runs,
    one: summarize(ones.map((r) => r.ms)),
    two: summarize(twos.map((r) => r.ms)),
    speedup,
    speedupInterval: medianInterval(ratiosOf(pairs)),
    parallelism: {one: cores(ones), two: cores(twos)},
    mainBusy: summarize(twos.map((r) => r.mainBusy)).median,
    cpu: {
      one: summarize(ones.map((r) => r.cpuMs)).median,
      two: summarize(twos.map((r) => r.cpuMs)).median,
      main: twos.every((r) => r.mainCpuMs !== null) ? summarize(twos.map((r) => r.mainCpuMs!)).median : null,
      bound: twos.every((r) => r.mainCpuMs !== null)
        ? summarize(ones.map((o, k) => o.cpuMs / Math.max(twos[k].mainCpuMs!, twos[k].cpuMs / 2))).median
        : null
    },
    load,
    identical,
    memory,
    goals: {
      speedup: {
        goal: CORPUS_GOALS.speedup,
        value: speedup.median,
        met: speedup.median >= CORPUS_GOALS.speedup && identical
      },
      memory: {goal: CORPUS_GOALS.memory, value: memory.ratio, met: memory.ratio <= CORPUS_GOALS.memory}
    }
  };
}

export function corpusTables(r: CorpusResult): string {
  // With a baseline, one row for it ("before") and one for this checkout ("after"), measured in the same run.
  const rows: [string, Omit<CorpusResult, "baseline" | "sameCsv">][] = r.baseline
    ? [
        [`before (${r.baseline.root})`, r.baseline],
        ["after (this checkout)", r]
      ]
    : [["", r]];
  const label = (name: string, text: string) => (name ? `${name}: ${text}` : text);
  const plansPerS = (s: Summary) => fmt((r.plans / s.median) * 1000);
  return [
    table(
      [
        "corpus",
        "MB",
        "--jobs 1 ms",
        "--jobs 2 ms",
        "plans/s (1 → 2)",
        "speed-up (90% CI, else min–max)",
        `goal ≥ ${r.goals.speedup.goal}×`,
        "identical",
        "cores used (1 → 2)",
        "main thread busy (2)",
        "load average"
      ],
      rows.map(([name, x]) => [
        label(name, `${fmt(x.plans)} plans, ${x.runs} paired runs`),
        fmt(x.bytes / 1024 / 1024, 1),
        spread(x.one),
        spread(x.two),
        `${plansPerS(x.one)} → ${plansPerS(x.two)}`,
        `${fmt(x.speedup.median, 2)}× (${fmt(x.speedupInterval?.low ?? x.speedup.min, 2)}–${fmt(x.speedupInterval?.high ?? x.speedup.max, 2)})`,
        verdict(x.goals.speedup.met),
        x.identical ? "yes" : "NO",
        `${fmt(x.parallelism.one, 2)} → ${fmt(x.parallelism.two, 2)}`,
        `${fmt(x.mainBusy * 100)}%`,
        `${fmt(x.load.min, 1)}–${fmt(x.load.max, 1)}`
      ])
    ),
    ...(r.baseline ? ["", `CSV files the same as the baseline's: ${r.sameCsv ? "yes" : "NO"}`] : []),
    "",
    table(
      ["CPU time (median ms)", "--jobs 1", "--jobs 2", "main thread (2)", "speed-up on 2 free cores, at best"],
      rows.map(([name, x]) => [
        label(name, "user + system, every thread"),
        fmt(x.cpu.one),
        fmt(x.cpu.two),
        fmt(x.cpu.main),
        x.cpu.bound === null ? "–" : `${fmt(x.cpu.bound, 2)}× (information)`
      ])
    ),
    "",
    table(
      [
        "memory, 2 workers (median MB)",
        `${fmt(r.memory.small)} plans`,
        `${fmt(r.memory.large)} plans`,
        "ratio",
        `goal ≤ ${r.goals.memory.goal}×`
      ],
      rows.flatMap(([name, x]) => [
        [
          label(name, "peak (maxRSS, all threads)"),
          fmt(x.memory.smallMb, 0),
          fmt(x.memory.largeMb, 0),
          `${fmt(x.memory.ratio, 2)}×`,
          verdict(x.goals.memory.met)
        ],
        [
          label(name, "retained (main thread's heap after a full GC)"),
          fmt(x.memory.retainedSmallMb, 1),
          fmt(x.memory.retainedLargeMb, 1),
          `${fmt(x.memory.retainedLargeMb / x.memory.retainedSmallMb, 2)}×`,
          "information"
        ]
      ])
    )
  ].join("\n");
}
