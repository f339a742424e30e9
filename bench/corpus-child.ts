// One run of the corpus command's engine in a fresh process, for bench/corpus.ts: prints its time, the process's
// peak memory (maxRSS, every thread included) and, run with --expose-gc, the main thread's heap still in use after
// a full collection at the end (what the run retains), as JSON on stdout.
//   node --expose-gc --import tsx bench/corpus-child.ts <folder> <out> <jobs>
import {findPlanFiles} from "../bin/corpus/files.js";
import {writeCorpus} from "../bin/corpus/run.js";
import {DEPARTMENTS_CSV} from "../src/dataFiles/plan-files.js";

const [dir, out, jobs] = process.argv.slice(2);
const t0 = performance.now();
const summary = await writeCorpus(findPlanFiles(dir), out, {jobs: Number(jobs), departments: DEPARTMENTS_CSV});
const ms = performance.now() - t0;
const maxRssKb = process.resourceUsage().maxRSS;
const gc = (globalThis as {gc?: () => void}).gc;
if (gc) (gc(), gc());
const retainedKb = gc ? process.memoryUsage().heapUsed / 1024 : null;
process.stdout.write(
  JSON.stringify({ms, plans: summary.plans, skipped: summary.skipped.length, maxRssKb, retainedKb}) + "\n"
);
