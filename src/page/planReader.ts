/**
 * The load page's reader: parses a plan's text in a Web Worker (src/workers/reader.ts), reporting each stage, and
 * stops a parse that the text has outdated. Where a worker cannot start (a browser or a host page that forbids
 * them), it parses on the page's thread instead, as before: the reader is then imported (a dynamic import), so that the
 * page does not load the whole reader on its own thread only for that case.
 *
 *   const reader = planReader(import.meta.resolve("./workers/reader.js"), departmentsCsv, directory);
 *   const reading = await reader.read(text, (stage, done) => …);   // {model, inWorker}, or null if cancelled
 *   reader.cancel();   // stops the parse under way: its read resolves with null
 */
import type {DepartmentDirectory} from "../lib/departments.js";
import type {PlanModel} from "../lib/model.js";
import type {ReaderMessage} from "../workers/reader.js";

export interface PlanReader {
  /** Reads a plan's text; onStage is called as each stage begins (done: the share of the work before it, 0 to 1). */
  read(
    text: string,
    onStage?: (stage: string, done: number) => void
  ): Promise<{model: PlanModel; inWorker: boolean} | null>;
  /** Stops the parse under way, if any (the worker is terminated; a new one starts with the next read). */
  cancel(): boolean;
}

/** The reader on the page's thread, imported on first use (the worker holds its own copy). */
async function readOnPage(text: string, directory: DepartmentDirectory): Promise<PlanModel> {
  const {parsePlan} = await import("../lib/reader/parse.js");
  return parsePlan(text, {departments: directory});
}

export function planReader(workerUrl: string, departmentsCsv: string, directory: DepartmentDirectory): PlanReader {
  let worker: Worker | null = null;
  let failed = false;
  let next = 0;
  /** The parse under way: its text is kept to be read on the page's thread if the worker fails to load. */
  let pending: {
    id: number;
    text: string;
    resolve: (m: PlanModel | null) => void;
    reject: (e: Error) => void;
    onStage?: (stage: string, done: number) => void;
    /** The model's fields as they arrive, in the model's order. */
    parts: Record<string, unknown>;
  } | null = null;

  const start = (): Worker | null => {
    if (worker || failed) return worker;
    try {
      worker = new Worker(workerUrl, {type: "module", name: "plan reader"});
    } catch {
      failed = true;
      return null;
    }
    worker.onmessage = ({data}: MessageEvent<ReaderMessage>) => {
      if (!pending || data.id !== pending.id) return;
      if (data.type === "stage") pending.onStage?.(data.stage, data.done);
      else if (data.type === "part") {
        if (data.rows) ((pending.parts[data.key] ??= []) as unknown[]).push(...data.rows);
        else pending.parts[data.key] = data.value;
      } else {
        const p = pending;
        pending = null;
        if (data.type === "done") p.resolve(p.parts as unknown as PlanModel);
        else p.reject(new Error(data.message));
      }
    };
    // A worker that cannot load (a script error, a policy) reads on the page's thread from then on.
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      worker?.terminate();
      worker = null;
      const p = pending;
      pending = null;
      if (p) readOnPage(p.text, directory).then(p.resolve, p.reject);
    };
    return worker;
  };

  return {
    read(text, onStage) {
      this.cancel();
      const w = start();
      if (!w) {
        onStage?.("decode", 0);
        return readOnPage(text, directory).then((model) => ({model, inWorker: false}));
      }
      const id = ++next;
      return new Promise<PlanModel | null>((resolve, reject) => {
        pending = {id, text, resolve, reject, onStage, parts: {}};
        w.postMessage({id, text, departmentsCsv});
      }).then((model) => (model ? {model, inWorker: !failed} : null));
    },
    cancel() {
      if (!pending || !worker) return false;
      const p = pending;
      pending = null;
      worker.terminate();
      worker = null;
      p.resolve(null);
      return true;
    }
  };
}
