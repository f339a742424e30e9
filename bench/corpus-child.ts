// One run of the corpus command's engine in a fresh process, for bench/corpus.ts: prints its time, the process's
// peak memory (maxRSS, every thread included) and, run with --expose-gc, the main thread's heap still in use after
// a full collection at the end (what the run retains), as JSON on stdout; with them the CPU time of every thread
// (process.cpuUsage: user + system), the main thread's event-loop utilization (the share of the run it was busy:
// near 1 when the main thread, which encodes and writes the tables, is what the workers wait for) and the machine's
// load average over the last minute at the end, and the main thread's own CPU time (mainThreadCpuMs); and every
// SAMPLE_PLANS plans, the process's memory (rss, all threads) and the main thread's heap and external memory, MB,
// to see what grows with the number of plans.
//   node --expose-gc --import tsx bench/corpus-child.ts <folder> <out> <jobs>
import {findPlanFiles} from "../bin/corpus/files.js";
import {writeCorpus} from "../bin/corpus/run.js";
import {readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {performance} from "node:perf_hooks";
import {DEPARTMENTS_CSV} from "../src/dataFiles/plan-files.js";

/**
 * The main thread's CPU time in ms (user + system, from /proc/self/task/<pid>/stat, in clock ticks of 10 ms), or
 * null where there is no /proc. Node 20 has no per-thread CPU clock; the workers' share is the process's less this.
 */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, fields 14 and 15 of the line
  } catch {
    return null;
  }
}

/** Plans between two memory samples. */
const SAMPLE_PLANS = 100;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const samples: {plans: number; rssMb: number; heapMb: number; externalMb: number}[] = [];
let done = 0;
const onPlan = () => {
  if (++done % SAMPLE_PLANS) return;
  const m = process.memoryUsage();
  samples.push({plans: done, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external)});
};

const [dir, out, jobs] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const elu0 = performance.eventLoopUtilization();
const summary = await writeCorpus(findPlanFiles(dir), out, {
  jobs: Number(jobs),
  departments: DEPARTMENTS_CSV,
  onPlan
});
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const mainBusy = performance.eventLoopUtilization(elu0).utilization;
const mainCpuMs = mainThreadCpuMs();
const maxRssKb = process.resourceUsage().maxRSS;
const gc = (globalThis as {gc?: () => void}).gc;
if (gc) (gc(), gc());
const retainedKb = gc ? process.memoryUsage().heapUsed / 1024 : null;
process.stdout.write(
  JSON.stringify({
    ms,
    cpuMs,
    mainBusy,
    mainCpuMs,
    load: loadavg()[0],
    plans: summary.plans,
    skipped: summary.skipped.length,
    maxRssKb,
    retainedKb,
    samples
  }) + "\n"
);
