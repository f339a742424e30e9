/**
 * The plan reader in a Web Worker, for the load page: a long plan is read off the page's thread, so the page keeps
 * answering clicks and typing while it parses, and a stale parse can be stopped (Worker.terminate) when the text
 * changes. The client side is src/page/planReader.ts.
 *
 * Messages in:  {id, text, departmentsCsv} — the plan text and the department reference (data/departments.csv).
 * Messages out: {id, type: "stage", stage, done} as each stage of the reader begins (done: 0 to 1);
 *               {id, type: "part", key, value} or {id, type: "part", key, rows}: the model, a field at a time, its
 *               tables in slices of PART_ROWS rows, so that no one message takes the page long to receive (a
 *               1 MB plan's model in one message takes the page's thread about 100 ms to copy in);
 *               {id, type: "done", ms} once every part is sent, with the time the parse took (ms, in the worker);
 *               {id, type: "error", message} if the reader failed (it warns rather than throws, so rarely).
 */
import {departmentDirectory, type DepartmentDirectory, parseDepartmentsCsv} from "../lib/departments.js";
import {parsePlan} from "../lib/reader/parse.js";

export interface ReaderRequest {
  id: number;
  text: string;
  departmentsCsv: string;
}

export type ReaderMessage =
  | {id: number; type: "stage"; stage: string; done: number}
  | {id: number; type: "part"; key: string; value?: unknown; rows?: unknown[]}
  | {id: number; type: "done"; ms: number}
  | {id: number; type: "error"; message: string};

/**
 * Rows of a table per message. The page copies each message in (structured clone) in a task of its own, and a
 * scavenge often falls in it: with 500 rows such a task took 10 to 27 ms in a trace on a loaded machine (load
 * average 22), near enough to the 50 ms of a long task for a busier moment to pass it; 100 rows take a fifth.
 */
export const PART_ROWS = 100;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: ReaderMessage): void;
};

// The reference is read once per worker, and again only if it changes.
let reference: {csv: string; directory: DepartmentDirectory} | null = null;

scope.onmessage = ({data: {id, text, departmentsCsv}}) => {
  try {
    if (reference?.csv !== departmentsCsv)
      reference = {csv: departmentsCsv, directory: departmentDirectory(parseDepartmentsCsv(departmentsCsv).entries)};
    const t0 = performance.now();
    const model = parsePlan(text, {
      departments: reference.directory,
      onStage: (stage, done) => scope.postMessage({id, type: "stage", stage, done})
    });
    const ms = performance.now() - t0;
    for (const [key, value] of Object.entries(model)) {
      if (!Array.isArray(value)) scope.postMessage({id, type: "part", key, value});
      else if (!value.length) scope.postMessage({id, type: "part", key, rows: []});
      else
        for (let i = 0; i < value.length; i += PART_ROWS)
          scope.postMessage({id, type: "part", key, rows: value.slice(i, i + PART_ROWS)});
    }
    scope.postMessage({id, type: "done", ms});
  } catch (error) {
    scope.postMessage({id, type: "error", message: String(error)});
  }
};
