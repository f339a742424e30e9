/**
 * The load page (src/load.md) reading a 1 MB plan: the longest task on the page's main thread while the plan is
 * parsed in its Web Worker (goal: none over 50 ms), against the floor of the same run: the same parse on the main
 * thread, as the page did before, where the whole parse is one task. Chromium (Debian's, headless) through
 * playwright-core, the built site served on 127.0.0.1; long tasks are those the browser reports (PerformanceObserver,
 * "longtask": every task over 50 ms, with its duration).
 *
 * The 1 MB plan is the Yan'an plan's body repeated after its header (bench/parser.ts longPlan), made in memory.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {launch, visit} from "../test/browser/browser.js";
import {serve} from "../test/browser/serve.js";
import {longPlan} from "./parser.js";
import {fmt, type Summary, summarize, table, verdict} from "./stats.js";

export const LOAD_GOAL_MS = 50;

export interface LoadResult {
  date: string;
  runs: number;
  /** Characters and UTF-8 bytes of the plan pasted. */
  chars: number;
  bytes: number;
  /** Longest main-thread task (ms) between the start of the parse and the model's arrival, per run. */
  longestWhileParsing: Summary;
  /** Tasks over 50 ms in that window, per run. */
  longTasksWhileParsing: Summary;
  /** The parse, from the page's request to the model's arrival (ms). */
  parse: Summary;
  /** The floor: the same parse on the main thread, one task (ms). */
  mainThreadParse: Summary;
  /** For information: the longest task after the parse, drawing the results (ms). */
  longestDrawing: Summary;
  goal: {goal: number; value: number; met: boolean};
}

/** A plan of about `bytes` bytes: the Yan'an body repeated after its header. */
export function planOfSize(bytes: number): string {
  const text = readFileSync(join(ROOT, "data/plans/yanan-2024-8.txt"), "utf8");
  const one = new TextEncoder().encode(text).length;
  return new TextDecoder().decode(longPlan(text, Math.max(1, Math.round(bytes / one))));
}

function fileIn(dir: string, pattern: RegExp): string {
  const f = readdirSync(dir).find((name) => pattern.test(name));
  if (!f) throw new Error(`no ${pattern} in ${dir}: build the site first`);
  return f;
}

export async function benchLoad({
  dist = join(ROOT, "dist"),
  runs = 3,
  bytes = 1024 * 1024,
  log = () => {}
}: {dist?: string; runs?: number; bytes?: number; log?: (line: string) => void} = {}): Promise<LoadResult> {
  const text = planOfSize(bytes);
  const parseModule = `/_import/lib/reader/${fileIn(join(dist, "_import/lib/reader"), /^parse\.[0-9a-f]+\.js$/)}`;
  const departmentsModule = `/_import/lib/${fileIn(join(dist, "_import/lib"), /^departments\.[0-9a-f]+\.js$/)}`;
  const departmentsCsv = `/_file/data/${fileIn(join(dist, "_file/data"), /^departments\.[0-9a-f]+\.csv$/)}`;
  const server = await serve(dist);
  let browser: Browser | null = null;
  const longest: number[] = [];
  const count: number[] = [];
  const parse: number[] = [];
  const main: number[] = [];
  const drawing: number[] = [];
  try {
    browser = await launch();
    for (let run = 0; run < runs; ++run) {
      const context = await browser.newContext({viewport: {width: 1440, height: 900}});
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as {longTasks: {start: number; end: number}[]};
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push({start: e.startTime, end: e.startTime + e.duration});
        }).observe({type: "longtask", buffered: true});
      });
      const report = await visit(page, `${server.url}/load.html`);
      if (report.pageErrors.length) throw new Error(`load.html: ${report.pageErrors.join("; ")}`);
      await page.waitForSelector("[data-parse-state]", {state: "attached"});
      // The paste: the text put in the box, as a paste does (one input event).
      await page.evaluate((t) => {
        const area = document.querySelector("textarea")!;
        area.value = t;
        area.dispatchEvent(new Event("input", {bubbles: true}));
      }, text);
      await page.waitForSelector('[data-parse-state="done"]', {state: "attached", timeout: 300_000});
      // The results drawn: the counts cards are the first of them, the tables the last.
      await page.waitForSelector("[data-table=warnings]", {state: "attached", timeout: 300_000});
      const r = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>("[data-parse-state]")!;
        const start = Number(el.dataset.parseStarted);
        const end = Number(el.dataset.parseFinished);
        const tasks = (window as unknown as {longTasks: {start: number; end: number}[]}).longTasks.filter(
          (t) => t.end > start && t.start < end
        );
        const after = (window as unknown as {longTasks: {start: number; end: number}[]}).longTasks.filter(
          (t) => t.start >= end
        );
        return {
          start,
          end,
          tasks: tasks.map((t) => t.end - t.start),
          at: tasks.map((t) => `${Math.round(t.start - start)}+${Math.round(t.end - t.start)}`),
          after: after.map((t) => t.end - t.start)
        };
      });
      longest.push(Math.max(0, ...r.tasks));
      count.push(r.tasks.length);
      drawing.push(Math.max(0, ...r.after));
      parse.push(r.end - r.start);
      // The floor: the same text parsed on the main thread, with the same reference.
      main.push(
        await page.evaluate(
          async ({t, parseModule, departmentsModule, departmentsCsv}) => {
            const {parsePlan} = await import(parseModule);
            const {departmentDirectory, parseDepartmentsCsv} = await import(departmentsModule);
            const directory = departmentDirectory(
              parseDepartmentsCsv(await (await fetch(departmentsCsv)).text()).entries
            );
            const t0 = performance.now();
            parsePlan(t, {departments: directory});
            return performance.now() - t0;
          },
          {t: text, parseModule, departmentsModule, departmentsCsv}
        )
      );
      log(
        `load: run ${run + 1}, parse ${fmt(parse[run])} ms in the worker, longest task ${fmt(longest[run])} ms, ` +
          `main-thread parse ${fmt(main[run])} ms; long tasks at (ms after the start + duration) ${r.at.join(", ")}`
      );
      await context.close();
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  const l = summarize(longest);
  return {
    date: new Date().toISOString(),
    runs,
    chars: text.length,
    bytes: new TextEncoder().encode(text).length,
    longestWhileParsing: l,
    longTasksWhileParsing: summarize(count),
    parse: summarize(parse),
    mainThreadParse: summarize(main),
    longestDrawing: summarize(drawing),
    goal: {goal: LOAD_GOAL_MS, value: l.max, met: l.max <= LOAD_GOAL_MS}
  };
}

export function loadTable(r: LoadResult): string {
  return table(
    ["load page, 1 MB plan", "value", "goal"],
    [
      [`plan pasted`, `${fmt(r.bytes / 1024)} KB (${fmt(r.chars)} characters)`, ""],
      [`parse in the worker, request to model (median of ${r.runs})`, `${fmt(r.parse.median)} ms`, ""],
      [
        `longest main-thread task while parsing (worst of ${r.runs})`,
        r.longestWhileParsing.max > 0 ? `${fmt(r.longestWhileParsing.max)} ms` : "none over 50 ms",
        `≤ ${r.goal.goal} ms ${verdict(r.goal.met)}`
      ],
      [`tasks over 50 ms while parsing (worst run)`, fmt(r.longTasksWhileParsing.max), ""],
      [`floor: the same parse on the main thread, one task (median)`, `${fmt(r.mainThreadParse.median)} ms`, ""],
      [
        `after the parse: longest task drawing the results (median)`,
        `${fmt(r.longestDrawing.median)} ms`,
        "information"
      ]
    ]
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchLoad({log: (l) => process.stderr.write(`  · ${l}\n`), runs: Number(process.argv[2] ?? 3)});
  console.log(loadTable(r));
}
