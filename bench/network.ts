/**
 * Benchmark of the responsibility views in Chromium (not a test: nothing here is asserted). For the Yan'an
 * plan and synthetic plans of n departments (3 items each) it reports, per view: ordering time,
 * time to first render, time to a settled layout (force view), time to re-render with a highlight, the
 * force layout's frame interval, and the number of SVG elements.
 *
 *   npm run bench:network [-- --sizes 100,1000,5000 --runs 3 --big-runs 1]
 *   npm run bench:network -- --sizes 1000 --interactions-only --baseline /tmp/main-checkout
 *
 * Run alone it prints its table and writes bench/network-results.json; `npm run bench` (bench/run.ts) calls
 * benchNetwork with the sizes of the issue (100, 300, 1,000, 5,000) and puts the rows in bench/results.json.
 */
import {build} from "esbuild";
import {mkdirSync, writeFileSync} from "node:fs";
import {cpus} from "node:os";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {launch} from "../test/browser/browser.js";
import {parseDataPlan} from "../src/dataFiles/plan-files.js";
import type {PlanModel} from "../src/lib/model.js";
import type {InteractionTiming, ViewTiming} from "./network-entry.js";
import {syntheticModel} from "./synthetic.js";

export const VIEWS = ["matrix", "bipartite", "force", "coassignment"] as const;

/** A view is interactive when a highlight re-renders within this time (ms) and, for the force view, frames too. */
export const INTERACTIVE_MS = 100;

/**
 * Goal 5 of issue 16 at 1,000 departments × 3,000 items: the matrix re-ordered within 100 ms, hover feedback within
 * a frame (16 ms), panning at 30 frames a second or more (a frame every 33 ms at most). A view meets the goal at a
 * size when each of its measures does; it is usable (the "usable at 5,000") when hover and re-ordering
 * answer within 100 ms and panning runs at 10 frames a second or more.
 */
export const GOAL5 = {reorder: 100, hover: 16, panFrame: 1000 / 30, usable: 100} as const;

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export interface NetworkRow {
  model: string;
  departments: number;
  items: number;
  links: number;
  view: (typeof VIEWS)[number];
  runs: number;
  order: Stat | null;
  firstRender: Stat | null;
  /** null when the layout had not settled within the harness's 60 s. */
  settled: Stat | null;
  update: Stat | null;
  frame: Stat | null;
  elements: number;
  /** The renderer: the force view draws on a canvas above 300 nodes. */
  renderer: "svg" | "canvas";
  interactive: boolean;
  /** Hover feedback (the work from the pointer event to the frame painted), ms; null where not measured. */
  hover?: Stat | null;
  /** From the pointer event to the end of that frame, the wait for the frame included, ms. */
  hoverLatency?: Stat | null;
  /** The part of hover spent in the event's handlers, ms. */
  hoverHandler?: Stat | null;
  /** The matrix: the pointer moved on to the next cell in the same row (the tip changes), as hover, ms. */
  hoverNext?: Stat | null;
  /** The matrix re-ordered (similarity order computed, the drawn matrix re-ordered in place, painted), ms. */
  reorder?: Stat | null;
  /** The similarity order computed alone, and the matrix drawn again in it instead of re-ordered in place, ms. */
  reorderOrder?: Stat | null;
  redraw?: Stat | null;
  /** The median frame interval while panning (one drag step per frame), ms; and its 90th percentile. */
  panFrame?: Stat | null;
  panFrameP90?: Stat | null;
  /** Goal 5 met at this size (every measure taken within its goal: GOAL5), and usable (within 100 ms). */
  meetsGoal?: boolean | null;
  usable?: boolean | null;
}

export interface NetworkOptions {
  sizes?: number[];
  /** Runs of each view for the Yan'an plan and for sizes up to 1,000 departments. */
  runs?: number;
  /** Runs of each view for sizes above 1,000 departments (each takes minutes). */
  bigRuns?: number;
  log?: (line: string) => void;
  /** Only the interactions of goal 5 (hover, re-order, pan), not the render, settle and update timings. */
  interactionsOnly?: boolean;
  /** Only these views (default all). */
  views?: (typeof VIEWS)[number][];
  /**
   * A checkout of another version (its bench/network-entry.ts and src/, e.g. main): each view is measured on it too,
   * in the same run, right after this version's (rows named "… (baseline)"), so that before and after share the load.
   */
  baseline?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Times the responsibility views (order, render, settle, update, frame) on the Yan'an plan and on synthetic models
 * of `sizes` departments, `runs` times each (`bigRuns` for the largest).
 */
export async function benchNetwork({
  sizes = [100, 1000],
  runs = 3,
  bigRuns = 1,
  log = () => {},
  interactionsOnly = false,
  views = [...VIEWS],
  baseline
}: NetworkOptions = {}): Promise<NetworkRow[]> {
  const bundleOf = async (entry: string) =>
    (
      await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: "iife",
        platform: "browser",
        logLevel: "silent"
      })
    ).outputFiles[0].text;
  const script = await bundleOf(fileURLToPath(new URL("./network-entry.ts", import.meta.url)));
  const baseScript = baseline ? await bundleOf(resolve(baseline, "bench/network-entry.ts")) : null;

  const models: [string, PlanModel][] = [
    ["Yan'an", parseDataPlan("yanan-2024-8").model],
    ...sizes.map((n) => [`${n} depts`, syntheticModel(n)] as [string, PlanModel])
  ];

  const browser = await launch();
  const rows: NetworkRow[] = [];
  try {
    const pageOf = async (code: string) => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><body></body><script>${code.replace(/<\/script/g, "<\\/script")}</script>`
      );
      return page;
    };
    const versions: [string, Awaited<ReturnType<typeof pageOf>>][] = [["", await pageOf(script)]];
    if (baseScript) versions.push([" (baseline)", await pageOf(baseScript)]);
    for (const [modelName, model] of models) {
      const n = model.departments.length > 1000 ? bigRuns : runs;
      for (const view of views)
        for (const [suffix, page] of versions) {
          const name = modelName + suffix;
          const samples: ViewTiming[] = [];
          for (let k = 0; k < (interactionsOnly ? 0 : n); ++k)
            samples.push(
              await page.evaluate(
                ([m, v]) =>
                  (globalThis as unknown as {runView: (m: PlanModel, v: string) => Promise<ViewTiming>}).runView(m, v),
                [model, view] as const
              )
            );
          const pick = (key: keyof ViewTiming): Stat | null => {
            const xs = samples.map((s) => s[key]).filter((x): x is number => typeof x === "number");
            return xs.length ? {median: median(xs), min: Math.min(...xs), max: Math.max(...xs)} : null;
          };
          const interactions: InteractionTiming[] = [];
          for (let k = 0; k < n; ++k)
            interactions.push(
              await page.evaluate(
                ([m, v]) =>
                  (
                    globalThis as unknown as {interactView: (m: PlanModel, v: string) => Promise<InteractionTiming>}
                  ).interactView(m, v),
                [model, view] as const
              )
            );
          const pickI = (key: keyof InteractionTiming): Stat | null => {
            const xs = interactions.map((s) => s[key]).filter((x): x is number => typeof x === "number");
            return xs.length ? {median: median(xs), min: Math.min(...xs), max: Math.max(...xs)} : null;
          };
          const hover = pickI("hover");
          const reorder = pickI("reorder");
          const panFrame = pickI("panFrame");
          const measured = [
            [hover, GOAL5.hover],
            [reorder, GOAL5.reorder],
            [panFrame, GOAL5.panFrame]
          ].filter((x): x is [Stat, number] => x[0] !== null);
          if (interactions.some((i) => i.hoverShown === false))
            log(`network: ${name} ${view}: the hover showed no tip`);
          const update = pick("update");
          const frame = pick("frame");
          const renderer =
            samples[0]?.renderer ??
            (view === "force" && model.items.length + model.departments.length > 300 ? "canvas" : "svg");
          rows.push({
            model: name,
            departments: model.departments.length,
            items: model.items.length,
            links: model.responsibilities.length,
            view,
            runs: n,
            order: pick("order"),
            firstRender: pick("firstRender"),
            settled: pick("settled"),
            update,
            frame,
            elements: samples[0]?.elements ?? 0,
            renderer,
            interactive:
              update !== null &&
              update.median <= INTERACTIVE_MS &&
              (frame === null || frame.median <= INTERACTIVE_MS / 2),
            hover,
            hoverLatency: pickI("hoverLatency"),
            hoverHandler: pickI("hoverHandler"),
            hoverNext: pickI("hoverNext"),
            reorder,
            reorderOrder: pickI("order"),
            redraw: pickI("redraw"),
            panFrame,
            panFrameP90: pickI("panFrameP90"),
            meetsGoal: measured.length ? measured.every(([x, goal]) => x.median <= goal) : null,
            usable: measured.length
              ? measured.every(([x]) => x.median <= GOAL5.usable) && (panFrame === null || panFrame.median <= 100)
              : null
          });
          const last = rows[rows.length - 1];
          const ms = (x: Stat | null | undefined) => (x ? Math.round(x.median) : "–");
          log(
            `network: ${name} ${view} render ${ms(last.firstRender)} ms, hover ${ms(last.hover)} ms (handlers ${ms(last.hoverHandler)}; next cell ${ms(last.hoverNext)}), reorder ${ms(last.reorder)} ms (order ${ms(last.reorderOrder)}; drawn again ${ms(last.redraw)}), pan ${ms(last.panFrame)} ms a frame`
          );
        }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** The network benchmark as a text table: one row per model and view, medians in ms and the element count. */
export function networkTable(rows: NetworkRow[]): string {
  const ms = (x: Stat | null | undefined) => (x ? x.median.toFixed(0).padStart(7) : "      –");
  const yes = (x: boolean | null | undefined) => (x == null ? "–" : x ? "yes" : "no").padStart(5);
  return [
    "model                      view          order  render settled  update   frame   hover reorder     pan  elements  goal usable",
    ...rows.map(
      (r) =>
        `${r.model.padEnd(26)} ${r.view.padEnd(12)} ${ms(r.order)} ${ms(r.firstRender)} ${ms(r.settled)} ${ms(r.update)} ${ms(r.frame)} ${ms(r.hover)} ${ms(r.reorder)} ${ms(r.panFrame)} ${String(r.elements).padStart(9)} ${yes(r.meetsGoal)} ${yes(r.usable)}`
    ),
    "",
    `hover: the work from a pointer event over a cell or node to the frame painted (goal ≤ ${GOAL5.hover} ms); reorder: the matrix in similarity order (≤ ${GOAL5.reorder} ms); pan: median ms a frame while dragging the force view (≤ ${Math.round(GOAL5.panFrame)} ms, 30 fps); usable: each within ${GOAL5.usable} ms`
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      sizes: {type: "string", default: "100,1000"},
      runs: {type: "string", default: "3"},
      "big-runs": {type: "string", default: "1"},
      "interactions-only": {type: "boolean", default: false},
      views: {type: "string"},
      baseline: {type: "string"}
    }
  });
  const runs = Number(values.runs);
  const rows = await benchNetwork({
    sizes: values.sizes!.split(",").map(Number),
    runs,
    bigRuns: Number(values["big-runs"]),
    interactionsOnly: values["interactions-only"],
    views: values.views?.split(",") as (typeof VIEWS)[number][] | undefined,
    baseline: values.baseline,
    log: (line) => process.stderr.write(`  · ${line}\n`)
  });
  console.log(
    `responsibility views · Chromium headless · ${cpus().length} cores · ${new Date().toISOString().slice(0, 10)} · median of ${runs}`
  );
  console.log(networkTable(rows));
  mkdirSync(new URL(".", import.meta.url), {recursive: true});
  writeFileSync(
    new URL("./network-results.json", import.meta.url),
    JSON.stringify({date: new Date().toISOString(), cores: cpus().length, runs, rows}, null, 2)
  );
}
