// The worker thread's entry (tinypool loads it): tsx's loader is registered here, because Node 20 does not pass
// the loader of the main thread (tsx bin/parse.ts) on to worker threads, and then the TypeScript task is imported.
import {register} from "tsx/esm/api";

register();
const {readCorpusPlan} = await import("./readPlan.ts");

/**
 * A batch of consecutive plans (run.ts), read one after the other.
 * @param {{entries: import("./files.ts").PlanFileEntry[], departments: string}} task
 */
export default async function ({entries, departments}) {
  const results = [];
  for (const entry of entries) results.push(await readCorpusPlan(entry, departments));
  return results;
}
