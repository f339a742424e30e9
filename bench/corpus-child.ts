// One run of the corpus command's engine in a fresh process, for bench/corpus.ts: prints its time and the process's
// peak memory (maxRSS, every thread included) as JSON on stdout.
//   tsx bench/corpus-child.ts <folder> <out> <jobs>
import {findPlanFiles} from "../bin/corpus/files.js";
import {writeCorpus} from "../bin/corpus/run.js";
import {DEPARTMENTS_CSV} from "../src/loaders/plan-files.js";

const [dir, out, jobs] = process.argv.slice(2);
const t0 = performance.now();
const summary = await writeCorpus(findPlanFiles(dir), out, {jobs: Number(jobs), departments: DEPARTMENTS_CSV});
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    plans: summary.plans,
    skipped: summary.skipped.length,
    maxRssKb: process.resourceUsage().maxRSS
  }) + "\n"
);
