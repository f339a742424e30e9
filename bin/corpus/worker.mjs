// The worker thread's entry where the task could not be bundled (run.ts): tsx's loader is registered here, because
// Node 20 does not pass the loader of the main thread (tsx bin/parse.ts) on to worker threads, and then the
// TypeScript task is imported.
import {register} from "tsx/esm/api";

register();
const {default: readBatch} = await import("./task.ts");

export default readBatch;
