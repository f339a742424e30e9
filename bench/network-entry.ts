// Runs in Chromium (bundled by bench/network.ts): renders one view of a model and reports its timings.
import {bipartiteNetwork} from "../src/components/bipartiteNetwork.js";
import {coassignmentNetwork} from "../src/components/coassignmentNetwork.js";
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
  /** What the view draws on: the force view uses a canvas above 300 nodes. */
  renderer: "svg" | "canvas";
}

type View = "matrix" | "bipartite" | "force" | "coassignment";

async function run(model: PlanModel, view: View): Promise<ViewTiming> {
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
        : view === "coassignment"
          ? coassignmentNetwork(model, {highlight, width: 900})
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

/** Interaction timings of one view (goal 5 of issue 16), ms; null where the view has no such interaction. */
export interface InteractionTiming {
  /**
   * Hover feedback: the main thread's work from a pointer event over a cell or node to the frame showing the
   * feedback painted: the event's handlers, then that frame's animation callbacks, style, layout and paint (the
   * wait for the frame is not counted: up to one vsync, it is the browser's, not the view's).
   */
  hover: number | null;
  /** The same from the event to the end of that frame, the wait included (for reference). */
  hoverLatency: number | null;
  /** Re-ordering (the matrix): the similarity order computed and the drawn view re-ordered in place, to the frame painted. */
  reorder: number | null;
  /** The similarity order computed alone (ms; part of reorder). */
  order?: number | null;
  /** The matrix drawn again in the new order instead (ms), the order computed: what reorder replaces. */
  redraw?: number | null;
  /** Panning: the median interval between frames while the view is dragged one step per frame (ms a frame). */
  panFrame: number | null;
  /** The 90th percentile of those intervals. */
  panFrameP90: number | null;
  /** The matrix: the pointer moved on from the hovered cell to the next cell of its row (the tip changes), as hover. */
  hoverNext?: number | null;
  /** The part of hover spent in the event's handlers (the rest is the frame's style, layout and paint). */
  hoverHandler?: number | null;
  /** Whether the hover's feedback was found on screen after it (the matrix's tip), where checked. */
  hoverShown?: boolean;
}

/** Resolves after the rendering of the next frame (its animation callbacks, style, layout, paint) is done. */
function afterFrame(): Promise<{start: number; end: number}> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({start, end: performance.now()});
      channel.port2.postMessage(null);
    })
  );
}

/** Times `act` (dispatching an event): its handlers, then the next frame's rendering work, and the whole latency. */
async function feedback(act: () => void): Promise<{work: number; latency: number; handler: number}> {
  await afterFrame();
  await afterFrame();
  const t0 = performance.now();
  const frame = afterFrame();
  act();
  const t1 = performance.now();
  const {start, end} = await frame;
  return {work: t1 - t0 + (end - Math.max(start, t1)), latency: end - t0, handler: t1 - t0};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

function mouse(type: string, target: Element, x: number, y: number, init: MouseEventInit = {}) {
  const Event = type.startsWith("pointer") ? PointerEvent : MouseEvent;
  target.dispatchEvent(
    new Event(type, {bubbles: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0, ...init})
  );
}

/** The centre of an element on screen. */
function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/**
 * Drags `target` from (x, y) by one step per frame for `frames` frames and returns the frame intervals (ms). The
 * view pans (d3-zoom listens to mousemove on the window once the mouse is down on it).
 */
async function pan(target: Element, x: number, y: number, frames = 40): Promise<number[]> {
  mouse("mousedown", target, x, y, {buttons: 1});
  const intervals: number[] = [];
  let last = (await afterFrame()).end;
  for (let k = 1; k <= frames; ++k) {
    mouse("mousemove", window.document.documentElement, x + 3 * k, y + 2 * k, {buttons: 1});
    const {end} = await new Promise<{end: number}>((resolve) => requestAnimationFrame((t) => resolve({end: t})));
    intervals.push(end - last);
    last = end;
  }
  mouse("mouseup", window.document.documentElement, x + 3 * frames, y + 2 * frames);
  return intervals;
}

/**
 * The centre of the matrix's cell of `department` and `item` on screen, from the matrix's cellBox (its cells are SVG
 * rects, or on a canvas when large).
 */
function cellCentre(el: Element, department: string, item: string): [number, number] {
  const box = (el as ReturnType<typeof responsibilityMatrix>).cellBox?.(department, item);
  if (!box) {
    // A version of the matrix without cellBox (a baseline): its cells are rects.
    const rect = el.querySelector(
      `rect[data-item="${CSS.escape(item)}"][data-department="${CSS.escape(department)}"]`
    )!;
    return centre(rect);
  }
  const svg = el.matches("svg") ? el : el.querySelector('svg[aria-label="responsibility matrix"]')!;
  const r = svg.getBoundingClientRect();
  const scale = r.width / (Number(svg.getAttribute("width")) || r.width);
  return [r.left + (box.x + box.width / 2) * scale, r.top + (box.y + box.height / 2) * scale];
}

/** A point of `el` (client coordinates) at least `clear` px from every node at `points` (element coordinates). */
function emptyPoint(el: Element, points: [number, number][], clear: number): [number, number] {
  const r = el.getBoundingClientRect();
  for (let gy = 0.05; gy < 1; gy += 0.05)
    for (let gx = 0.05; gx < 1; gx += 0.05) {
      const px = gx * r.width;
      const py = gy * r.height;
      if (points.every(([x, y]) => (x - px) ** 2 + (y - py) ** 2 > clear * clear)) return [r.left + px, r.top + py];
    }
  return [r.left + 2, r.top + 2];
}

async function interact(model: PlanModel, view: View): Promise<InteractionTiming> {
  document.body.replaceChildren();
  await afterFrame();
  const result: InteractionTiming = {hover: null, hoverLatency: null, reorder: null, panFrame: null, panFrameP90: null};
  const document0 = orderMatrix(model, "document", {includeImplicit: false});
  if (view === "matrix") {
    const el: Element = responsibilityMatrix(model, {order: document0, showImplicit: false, width: 1200});
    document.body.append(el);
    await afterFrame();
    // Hover: the pointer over a cell in the middle of the matrix (in the model's order); the tip shows.
    const shown = model.responsibilities.filter((r) => r.role !== "implicit");
    const {department: cellDepartment, item: cellItem} = shown[shown.length >> 1];
    el.querySelector(
      `g[aria-label="y-axis tick label"] text[data-department="${CSS.escape(cellDepartment)}"]`
    )!.scrollIntoView({block: "center", inline: "center"});
    await afterFrame();
    await afterFrame();
    const [x, y] = cellCentre(el, cellDepartment, cellItem);
    const svg = el.matches("svg") ? el : el.querySelector('svg[aria-label="responsibility matrix"]')!;
    // The pointer enters and moves in the timed act: Plot's tip (a baseline before the matrix had its own tip) shows
    // on pointerenter, so a pointerenter sent before the timing would show it untimed and leave the timed move
    // nothing to do (it measured 1 ms for a tip whose frame takes 100 ms at 1,000 departments).
    const h = await feedback(() => {
      mouse("pointerenter", svg, x, y, {bubbles: false, pointerType: "mouse"} as PointerEventInit);
      mouse("pointermove", svg, x, y, {pointerType: "mouse"} as PointerEventInit);
    });
    result.hover = h.work;
    result.hoverLatency = h.latency;
    result.hoverHandler = h.handler;
    const hovered = (el as unknown as {value: {item: string; department: string} | null}).value;
    result.hoverShown =
      (el.querySelector("[data-tip]")?.textContent ?? "") !== "" &&
      hovered?.item === cellItem &&
      hovered?.department === cellDepartment;
    // The pointer on to the next cell of the row that holds a role (the first hover's frame also pays for what the
    // view drew just before it, such as canvas tiles scrolled into view; this one is a hover in the middle of others).
    const next = shown.find((r) => r.department === cellDepartment && r.item !== cellItem);
    if (next) {
      const [nx, ny] = cellCentre(el, next.department, next.item);
      result.hoverNext = (
        await feedback(() => mouse("pointermove", svg, nx, ny, {pointerType: "mouse"} as PointerEventInit))
      ).work;
    }
    mouse("pointerleave", svg, x, y, {bubbles: false});
    // Re-ordering, as the page does it when the order is changed: the order computed, the drawn matrix re-ordered
    // in place (responsibilityMatrix's reorder).
    const r = await feedback(() => {
      const order = orderMatrix(model, "similarity", {includeImplicit: false});
      (el as ReturnType<typeof responsibilityMatrix>).reorder(order);
    });
    result.reorder = r.work;
    // For comparison in the same run: the order computed alone, and the matrix drawn again in it (as before reorder).
    const o0 = performance.now();
    const similarity = orderMatrix(model, "similarity", {includeImplicit: false});
    result.order = performance.now() - o0;
    // The tip follows the new order: the pointer over a cell where it now is.
    const [mx, my] = cellCentre(el, cellDepartment, cellItem);
    mouse("pointermove", svg, mx, my, {pointerType: "mouse"} as PointerEventInit);
    const value = (el as unknown as {value: {item: string; department: string} | null}).value;
    result.hoverShown &&= value?.item === cellItem && value?.department === cellDepartment;
    const d = await feedback(() => {
      const next = responsibilityMatrix(model, {order: similarity, showImplicit: false, width: 1200});
      el.replaceWith(next);
    });
    result.redraw = d.work;
  } else if (view === "bipartite" || view === "coassignment") {
    // A department in the middle of the drawing's order (the co-assignment network: as the page draws it, 900 px wide
    // at most, every link of at least one shared item).
    const order = view === "bipartite" ? orderMatrix(model, "similarity", {includeImplicit: false}) : null;
    const el = order
      ? bipartiteNetwork(model, {order, showImplicit: false, width: 1200})
      : coassignmentNetwork(model, {width: 900});
    document.body.append(el);
    await afterFrame();
    // Three hovers, on three departments one after the other (the pointer leaving in between), as for the force
    // view: the median (the first hover after drawing also pays one-off costs, a canvas's font, styles read).
    const nodes = el.querySelectorAll("g[data-department]");
    const hovers: {work: number; latency: number; handler: number}[] = [];
    for (let k = 0; k < 3; ++k) {
      const node = nodes[(nodes.length >> 1) + k];
      node.scrollIntoView({block: "center"});
      await afterFrame();
      await afterFrame();
      const [x, y] = centre(node);
      hovers.push(await feedback(() => mouse("mouseenter", node, x, y, {bubbles: false})));
      mouse("mouseleave", node, x, y, {bubbles: false});
      await afterFrame();
    }
    const h = hovers.sort((a, b) => a.work - b.work)[hovers.length >> 1];
    result.hover = h.work;
    result.hoverLatency = h.latency;
    result.hoverHandler = h.handler;
  } else {
    // A layout laid out beforehand (the pan and hover of a settled graph): 150 synchronous ticks.
    const el = forceNetwork(model, {showImplicit: false, width: 1200, height: 800, ticks: 150}) as Element & {
      simulation: {nodes(): {x: number; y: number; kind: string}[]; stop(): void};
    };
    el.simulation.stop();
    document.body.append(el);
    el.scrollIntoView({block: "start"});
    await afterFrame();
    // The pointer comes onto a graph that has been still for a moment (the canvas prepares its faded copy then).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const canvas = el.querySelector("canvas");
    const surface = canvas ?? el;
    const nodes = el.simulation.nodes();
    // A department in the middle of the nodes' order, as for the bipartite view (the first is the hub of the
    // synthetic plans, whose neighbourhood is a third of the graph).
    const departmentNodes = nodes.filter((n) => n.kind === "department");
    const box = surface.getBoundingClientRect();
    const sx = box.width / 1200;
    const sy = box.height / 800;
    if (canvas) {
      // Three hovers, one department after the other (the pointer leaving in between): the median.
      const hovers: {work: number; latency: number; handler: number}[] = [];
      for (const d of departmentNodes.slice(departmentNodes.length >> 1, (departmentNodes.length >> 1) + 3)) {
        const [x, y] = [box.left + d.x * sx, box.top + d.y * sy];
        hovers.push(
          await feedback(() => mouse("pointermove", canvas, x, y, {pointerType: "mouse"} as PointerEventInit))
        );
        mouse("pointerleave", canvas, x, y, {bubbles: false});
        await afterFrame();
      }
      const h = hovers.sort((a, b) => a.work - b.work)[hovers.length >> 1];
      result.hover = h.work;
      result.hoverLatency = h.latency;
      result.hoverHandler = h.handler;
    } else {
      const g = el.querySelector("g[data-department]")!;
      const [x, y] = centre(g);
      const h = await feedback(() => mouse("mouseenter", g, x, y, {bubbles: false}));
      result.hover = h.work;
      result.hoverLatency = h.latency;
      result.hoverHandler = h.handler;
      mouse("mouseleave", g, x, y, {bubbles: false});
    }
    await afterFrame();
    const [px, py] = emptyPoint(
      surface,
      nodes.map((n) => [n.x * sx, n.y * sy]),
      24
    );
    const intervals = await pan(surface, px, py);
    result.panFrame = median(intervals);
    result.panFrameP90 = p90(intervals);
  }
  document.body.replaceChildren();
  return result;
}

(globalThis as unknown as {interactView: typeof interact}).interactView = interact;
