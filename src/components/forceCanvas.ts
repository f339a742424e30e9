/**
 * The canvas renderer of forceNetwork, for graphs too large for SVG to keep up (thousands of nodes): the same
 * nodes, links, colours, dragging, zooming, hover focus and static highlight, drawn on a <canvas> once per
 * animation frame. The tooltip of the node under the pointer is the canvas's title. Labels follow the SVG's rule
 * (labelPlacer, forceLayout.ts): the labelled nodes', best-connected first, each where it meets no label already
 * shown, at the same size on screen at every zoom; a hovered or highlighted node's neighbourhood shows all its labels.
 */
import {drag} from "d3-drag";
import type {Simulation} from "d3-force";
import {select} from "d3-selection";
import {zoom, zoomIdentity, type ZoomTransform} from "d3-zoom";
import type {Role} from "../lib/model.js";
import {byImportance, DRAW_ORDER, type ForceLink, type ForceNode, labelPlacer} from "./forceLayout.js";
import {type Language, localize, pick as inLanguage} from "../page/language.js";
import {chapterColor, ROLE_COLORS, ROLE_STROKES} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";

const FADED = 0.12;
const DASH_LIMIT = 2000;
/** The layout counts as still when it has not ticked for this long (ms). */
const STILL_MS = 250;

export interface ForceCanvasOptions {
  /** The laid-out nodes (forceLayout). */
  nodes: ForceNode[];
  /** The links by role (forceLayout). */
  links: ForceLink[];
  /** The simulation that moves the nodes; the canvas redraws on its ticks. */
  simulation: Simulation<ForceNode, ForceLink>;
  /** Node id → the ids of the node and its neighbours. */
  neighbours: Map<string, Set<string>>;
  /** Node ids highlighted by the caller (department or item chosen). */
  staticFocus: string[];
  /** Whether implicit roles are drawn (and in the legend). */
  showImplicit: boolean;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** The font size of a node's label, in pixels on screen (forceLayout). */
  fontSize: (n: ForceNode) => number;
  /** Interface language of the legend (default "both"). */
  language?: Language;
  /** The document to render into. */
  document: Document;
}

/**
 * Draws a force layout on a canvas (for large plans, where SVG is slow): nodes, links by role, the legend, hover
 * focus on a node's neighbours. Returns the canvas element.
 */
export function forceCanvas({
  nodes,
  links,
  simulation,
  neighbours,
  staticFocus,
  showImplicit,
  width,
  height,
  fontSize,
  language = "both",
  document
}: ForceCanvasOptions): HTMLElement & {simulation: Simulation<ForceNode, ForceLink>} {
  const root = document.createElement("div");
  root.setAttribute("data-view", "force");
  root.setAttribute("data-renderer", "canvas");
  const legend = document.createElement("div");
  legend.style.font = "12px var(--sans-serif, system-ui, sans-serif)";
  legend.style.marginBottom = "4px";
  legend.textContent = [
    ...ROLES.filter((r) => showImplicit || r !== "implicit").map((r) => `— ${localize(ROLE_LABELS[r], language)}`),
    `■ ${localize("部门 departments", language)}`,
    language === "both"
      ? "● 条目 items (colour: chapter)"
      : `● ${inLanguage("items (colour: chapter)", "条目（颜色：章）", language)}`,
    language === "zh"
      ? `${nodes.length}个节点、${links.length}条连线（画布绘制）`
      : `${nodes.length} nodes, ${links.length} links: drawn on canvas`
  ].join("   ");
  const canvas = document.createElement("canvas");
  const dpr = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.maxWidth = "100%";
  canvas.setAttribute("aria-label", "responsibility network, force-directed (canvas)");
  root.append(legend, canvas);
  const context = canvas.getContext("2d");

  let transform: ZoomTransform = zoomIdentity;
  let focus = staticFocus;
  let pending = false;

  // The still graph is drawn once into a bitmap (scene), and a faded copy of it (faded) for hover focus, each at the
  // zoom transform it was drawn with. While the layout is still, a pan or zoom moves the bitmap (one drawImage) and
  // the graph is drawn again at the new transform when the gesture ends; a hover draws the faded bitmap and the
  // focused node's neighbourhood on top. Thousands of links and nodes take tens to hundreds of milliseconds to
  // rasterize in software (no GPU); copying a bitmap takes about one. A tick of the layout makes both stale.
  const bitmap = () => {
    const c = document.createElement("canvas");
    c.width = canvas.width;
    c.height = canvas.height;
    return {canvas: c, context: c.getContext("2d"), transform: null as ZoomTransform | null};
  };
  const scene = bitmap();
  const faded = bitmap();
  let moved = true;
  let gesture = false;
  let lastTick = -Infinity;

  /** Draws the graph into `ctx` at transform `t`: everything (`near` null), or faded but for `near` (`fadeAll`). */
  function paint(ctx: CanvasRenderingContext2D, t: ZoomTransform, near: Set<string> | null, fadeAll = false) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(t.x, t.y);
    ctx.scale(t.k, t.k);
    drawGraph(ctx, t, near, fadeAll ? "faded" : "all");
  }

  /**
   * The links, nodes and labels at `t` (the context already transformed): `part` "all" draws every element (faded
   * but for `near` when given), "faded" only the faded ones (all of them when `near` is empty), "near" only the
   * elements of `near` at full strength.
   */
  function drawGraph(
    ctx: CanvasRenderingContext2D,
    t: ZoomTransform,
    near: Set<string> | null,
    part: "all" | "faded" | "near"
  ) {
    if (part === "near" && near) return drawNear(ctx, t, near);
    const ids = focus;
    const on = (l: ForceLink) => ids.includes((l.source as ForceNode).id) || ids.includes((l.target as ForceNode).id);
    const fadedAll = part === "faded" && (near === null || near.size === 0);
    const passes = (fadedLink: boolean) => (part === "all" ? true : part === "faded" ? fadedLink : !fadedLink);
    for (const role of DRAW_ORDER) {
      const style = strokeRole(ctx, role, t);
      for (const isFaded of fadedAll ? [true] : near ? [true, false] : [false]) {
        if (!passes(isFaded)) continue;
        ctx.globalAlpha = style.opacity * (isFaded ? FADED : 1);
        strokeLinks(ctx, links, (l) => l.role === role && (fadedAll || near === null || on(l) !== isFaded));
      }
    }
    ctx.setLineDash([]);
    // Nodes batched by fill and fading: one path each.
    const batches = new Map<string, ForceNode[]>();
    for (const n of nodes) {
      const isFaded = fadedAll || (near !== null && !near.has(n.id));
      if (!passes(isFaded)) continue;
      const key = `${n.kind === "department" ? "#444" : chapterColor(n.chapter)}|${isFaded ? FADED : 1}`;
      const batch = batches.get(key);
      if (batch) batch.push(n);
      else batches.set(key, [n]);
    }
    for (const [key, batch] of batches) {
      const [fill, alpha] = key.split("|");
      ctx.fillStyle = fill;
      ctx.globalAlpha = +alpha;
      ctx.beginPath();
      for (const n of batch) {
        if (n.kind === "department") ctx.rect(n.x! - n.r, n.y! - n.r, 2 * n.r, 2 * n.r);
        else {
          ctx.moveTo(n.x! + n.r, n.y!);
          ctx.arc(n.x!, n.y!, n.r, 0, 2 * Math.PI);
        }
      }
      ctx.fill();
    }
    // Labels: of labelled nodes where they have room when nothing is focused, of the focused neighbourhood only
    // when something is.
    if (part === "faded") return;
    drawLabels(ctx, t, near ? nodes.filter((n) => near.has(n.id)) : placer.place(labelledFirst, t.k));
  }

  const labelledFirst = byImportance(nodes).filter((n) => n.labelled);
  const placer = labelPlacer(fontSize);

  /** Draws the labels of `list` at zoom `t` (the context already transformed): fontSize(n) px on screen, haloed. */
  function drawLabels(ctx: CanvasRenderingContext2D, t: ZoomTransform, list: Iterable<ForceNode>) {
    ctx.textAlign = "center";
    ctx.lineWidth = 3 / t.k;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "white";
    ctx.fillStyle = "#222";
    ctx.globalAlpha = 1;
    for (const n of list) {
      const size = fontSize(n) / t.k;
      ctx.font = `${n.kind === "department" ? "bold " : ""}${size}px sans-serif`;
      ctx.strokeText(n.label, n.x!, n.y! + n.r + size);
      ctx.fillText(n.label, n.x!, n.y! + n.r + size);
    }
  }

  // A hover draws only the focused nodes' own links and their neighbours (over the faded bitmap): their links are
  // found from each node's list, not by testing every link and node of the graph.
  const incident = new Map<string, ForceLink[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const l of links)
    for (const end of [l.source, l.target]) {
      const id = typeof end === "object" ? (end as ForceNode).id : String(end);
      const list = incident.get(id);
      if (list) list.push(l);
      else incident.set(id, [l]);
    }

  /** Sets the stroke of a role's links on `ctx` at zoom `t`; returns the role's style (its opacity is the caller's). */
  function strokeRole(ctx: CanvasRenderingContext2D, role: Role, t: ZoomTransform) {
    const style = ROLE_STROKES[role];
    ctx.strokeStyle = ROLE_COLORS[role];
    // Thinner than in SVG: thousands of links, and the rasterizer's cost grows with the pixels covered.
    ctx.lineWidth = (0.5 * style.width) / Math.sqrt(t.k);
    // Dashes cost more than everything else at this scale; above DASH_LIMIT links joint links keep their
    // own colour and lose the dash.
    ctx.setLineDash(style.dasharray && links.length <= DASH_LIMIT ? style.dasharray.split(",").map(Number) : []);
    return style;
  }

  /** Strokes, as one path, the links of `list` that `keep` keeps. */
  function strokeLinks(ctx: CanvasRenderingContext2D, list: Iterable<ForceLink>, keep: (l: ForceLink) => boolean) {
    ctx.beginPath();
    for (const l of list) {
      if (!keep(l)) continue;
      const s = l.source as ForceNode;
      const e = l.target as ForceNode;
      ctx.moveTo(s.x!, s.y!);
      ctx.lineTo(e.x!, e.y!);
    }
    ctx.stroke();
  }

  /** The part "near" of drawGraph: the focused nodes' links, then the nodes of `near`, then their labels. */
  function drawNear(ctx: CanvasRenderingContext2D, t: ZoomTransform, near: Set<string>) {
    const lit = new Set(focus.flatMap((id) => incident.get(id) ?? []));
    for (const role of DRAW_ORDER) {
      const style = strokeRole(ctx, role, t);
      ctx.globalAlpha = style.opacity;
      strokeLinks(ctx, lit, (l) => l.role === role);
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    const shown = [...near].map((id) => byId.get(id)).filter((n): n is ForceNode => n !== undefined);
    for (const n of shown) {
      ctx.fillStyle = n.kind === "department" ? "#444" : chapterColor(n.chapter);
      ctx.beginPath();
      if (n.kind === "department") ctx.rect(n.x! - n.r, n.y! - n.r, 2 * n.r, 2 * n.r);
      else ctx.arc(n.x!, n.y!, n.r, 0, 2 * Math.PI);
      ctx.fill();
    }
    drawLabels(ctx, t, shown);
  }

  /** Copies a bitmap drawn at transform `from` onto the canvas at the current transform. */
  function blit(source: HTMLCanvasElement, from: ZoomTransform) {
    const r = transform.k / from.k;
    context!.setTransform(1, 0, 0, 1, 0, 0);
    context!.globalAlpha = 1;
    if (r === 1 && transform.x === from.x && transform.y === from.y) {
      // The bitmap covers the canvas exactly: copied over it in one pass, without clearing it first.
      context!.globalCompositeOperation = "copy";
      context!.drawImage(source, 0, 0);
      context!.globalCompositeOperation = "source-over";
      return;
    }
    context!.clearRect(0, 0, canvas.width, canvas.height);
    context!.setTransform(r, 0, 0, r, dpr * (transform.x - r * from.x), dpr * (transform.y - r * from.y));
    context!.drawImage(source, 0, 0);
  }

  const same = (a: ZoomTransform | null, b: ZoomTransform) => a !== null && a.k === b.k && a.x === b.x && a.y === b.y;

  function draw() {
    pending = false;
    if (!context) return;
    if (moved) {
      scene.transform = faded.transform = null;
      moved = false;
      // The layout runs: each frame draws everything at once (the bitmaps would be stale at the next tick).
      if (focus.length) {
        paint(context, transform, new Set(focus.flatMap((id) => [...neighbours.get(id)!])));
        return;
      }
    }
    const near = focus.length ? new Set(focus.flatMap((id) => [...neighbours.get(id)!])) : null;
    const base = near ? faded : scene;
    if (!base.context) {
      paint(context, transform, near);
      return;
    }
    if (!same(base.transform, transform) && !(gesture && base.transform)) {
      paint(base.context, transform, null, near !== null);
      base.transform = transform;
      if (!near) prepareFaded();
    }
    blit(base.canvas, base.transform!);
    if (near) {
      context.setTransform(dpr, 0, 0, dpr, 0, 0);
      context.translate(transform.x, transform.y);
      context.scale(transform.k, transform.k);
      drawGraph(context, transform, near, "near");
    }
  }
  /** Draws the faded bitmap once the layout is still, so that the first hover finds it ready. */
  function prepareFaded() {
    setTimeout(() => {
      if (moved || gesture || performance.now() - lastTick < STILL_MS) return;
      if (!faded.context || same(faded.transform, transform)) return;
      paint(faded.context, transform, null, true);
      faded.transform = transform;
    }, STILL_MS);
  }
  const schedule = () => {
    if (pending) return;
    pending = true;
    (globalThis.requestAnimationFrame ?? ((f: () => void) => setTimeout(f, 16)))(draw);
  };
  simulation.on("tick.canvas", () => {
    moved = true;
    lastTick = performance.now();
    schedule();
  });
  draw();

  const pick = (event: {offsetX: number; offsetY: number}) => {
    const [x, y] = transform.invert([
      event.offsetX * (width / (canvas.clientWidth || width)),
      event.offsetY * (height / (canvas.clientHeight || height))
    ]);
    return simulation.find(x, y, 20 / transform.k);
  };
  canvas.addEventListener("pointermove", (event) => {
    const n = pick(event);
    canvas.title = n?.title ?? "";
    const next = n ? [n.id] : staticFocus;
    if (next.join() !== focus.join()) {
      focus = next;
      schedule();
    }
  });
  canvas.addEventListener("pointerleave", () => {
    focus = staticFocus;
    schedule();
  });
  select(canvas)
    .call(
      drag<HTMLCanvasElement, unknown, ForceNode | undefined>()
        .subject((event) => pick(event.sourceEvent))
        .on("start", (event) => {
          if (!event.active) simulation.alphaTarget(0.3).restart();
          event.subject.fx = event.subject.x;
          event.subject.fy = event.subject.y;
        })
        .on("drag", (event) => {
          const [x, y] = transform.invert([event.sourceEvent.offsetX, event.sourceEvent.offsetY]);
          event.subject.fx = x;
          event.subject.fy = y;
        })
        .on("end", (event) => {
          if (!event.active) simulation.alphaTarget(0);
          event.subject.fx = null;
          event.subject.fy = null;
        })
    )
    .call(
      zoom<HTMLCanvasElement, unknown>()
        .scaleExtent([0.1, 16])
        .on("start", () => (gesture = true))
        .on("zoom", (event) => {
          transform = event.transform;
          schedule();
        })
        .on("end", () => {
          // The graph drawn again, sharp, at the transform the gesture ended on.
          gesture = false;
          schedule();
        })
    );
  return Object.assign(root, {simulation});
}
