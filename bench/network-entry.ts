// Runs in Chromium (bundled by bench/network.ts): renders one view of a model and reports its timings.
import {bipartiteNetwork} from "../src/components/bipartiteNetwork.js";
import {forceNetwork} from "../src/components/forceNetwork.js";
import {responsibilityMatrix} from "../src/components/responsibilityMatrix.js";
import type {PlanModel} from "../src/lib/model.js";
import {orderMatrix} from "../src/lib/ordering.js";

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

export interface ViewTiming {
  /** Ordering computation (ms). */
  order: number;
  /** From the start to the first frame with the view laid out (ms). */
  firstRender: number;
  /** Until the layout settles (force view), else equal to firstRender (ms); null if not settled within 60 s. */
  settled: number | null;
  /** Re-rendering with a department highlighted, as the pages do on a choice (ms). */
  update: number;
  /** Median frame interval while the force layout runs (ms), or null. */
  frame: number | null;
  elements: number;
  /** What the view draws on: the force view uses a canvas above 1,500 nodes. */
  renderer: "svg" | "canvas";
}

async function run(model: PlanModel, view: "matrix" | "bipartite" | "force"): Promise<ViewTiming> {
  document.body.replaceChildren();
  await frame();
  const t0 = performance.now();
  const order = orderMatrix(model, view === "matrix" ? "document" : "similarity", {includeImplicit: false});
  const t1 = performance.now();
  const department = model.departments[0].name;
  const render = (highlight?: {department: string}) =>
    view === "matrix"
      ? responsibilityMatrix(model, {order, showImplicit: false, highlight, width: 1200})
      : view === "bipartite"
        ? bipartiteNetwork(model, {order, showImplicit: false, highlight, width: 1200})
        : forceNetwork(model, {showImplicit: false, highlight, width: 1200, height: 800});
  const el = render() as Element & {simulation?: {on(type: string, f: (() => void) | null): void}};
  document.body.append(el);
  el.getBoundingClientRect();
  const first = await frame();
  let settled: number | null = first;
  let frameTime: number | null = null;
  if (view === "force" && el.simulation) {
    const intervals: number[] = [];
    let last = first;
    let done = false;
    const ended = new Promise<void>((resolve) => el.simulation!.on("end.bench", () => ((done = true), resolve())));
    const tick = async () => {
      while (!done) {
        const now = await frame();
        intervals.push(now - last);
        last = now;
      }
    };
    const timedOut = await Promise.race([
      Promise.all([ended, tick()]).then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 60_000))
    ]);
    done = true;
    settled = timedOut ? null : performance.now();
    intervals.sort((a, b) => a - b);
    frameTime = intervals.length ? intervals[intervals.length >> 1] : null;
  }
  const elements = el.querySelectorAll("*").length;
  const renderer = el.tagName.toLowerCase() === "svg" || el.querySelector("canvas") === null ? "svg" : "canvas";
  const u0 = performance.now();
  const updated = render({department}) as Element & {simulation?: {stop(): void}};
  el.replaceWith(updated);
  updated.getBoundingClientRect();
  const u1 = await frame();
  (updated as {simulation?: {stop(): void}}).simulation?.stop();
  (el as {simulation?: {stop(): void}}).simulation?.stop();
  return {
    order: t1 - t0,
    firstRender: first - t0,
    settled: settled === null ? null : settled - t0,
    update: u1 - u0,
    frame: frameTime,
    elements,
    renderer
  };
}

(globalThis as unknown as {runView: typeof run}).runView = run;
