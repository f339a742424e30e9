// The worker thread's entry (tinypool loads it): tsx's loader is registered here, because Node 20 does not pass
// the loader of the main thread (tsx bin/parse.ts) on to worker threads, and then the TypeScript task is imported.
import {register} from "tsx/esm/api";

register();
const {readCorpusPlan} = await import("./readPlan.ts");

/** @param {{entry: import("./files.ts").PlanFileEntry, departments: string}} task */
export default function ({entry, departments}) {
  return readCorpusPlan(entry, departments);
}
