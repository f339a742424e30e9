/**
 * The canvas renderer of forceNetwork, for graphs too large for SVG to keep up (thousands of nodes): the same
 * nodes, links, colours, dragging, zooming, hover focus and static highlight, drawn on a <canvas> once per
 * animation frame. The tooltip of the node under the pointer is the canvas's title.
 */
import {drag} from "d3-drag";
import type {Simulation} from "d3-force";
import {select} from "d3-selection";
import {zoom, zoomIdentity, type ZoomTransform} from "d3-zoom";
import type {Role} from "../lib/model.js";
import {DRAW_ORDER, type ForceLink, type ForceNode} from "./forceLayout.js";
import {type Language, localize, pick as inLanguage} from "../page/language.js";
import {chapterColor, ROLE_COLORS, ROLE_STROKES} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";

const FADED = 0.12;
const DASH_LIMIT = 2000;

export interface ForceCanvasOptions {
  nodes: ForceNode[];
  links: ForceLink[];
  simulation: Simulation<ForceNode, ForceLink>;
  /** Node id → the ids of the node and its neighbours. */
  neighbours: Map<string, Set<string>>;
  /** Node ids highlighted by the caller (department or item chosen). */
  staticFocus: string[];
  showImplicit: boolean;
  width: number;
  height: number;
  /** Interface language of the legend (default "both"). */
  language?: Language;
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

  function draw() {
    pending = false;
    if (!context) return;
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.clearRect(0, 0, width, height);
    context.translate(transform.x, transform.y);
    context.scale(transform.k, transform.k);
    const near = focus.length ? new Set(focus.flatMap((id) => [...neighbours.get(id)!])) : null;
    const on = (l: ForceLink) =>
      focus.includes((l.source as ForceNode).id) || focus.includes((l.target as ForceNode).id);
    for (const role of DRAW_ORDER) {
      const style = ROLE_STROKES[role];
      context.strokeStyle = ROLE_COLORS[role];
      // Thinner than in SVG: thousands of links, and the rasterizer's cost grows with the pixels covered.
      context.lineWidth = (0.5 * style.width) / Math.sqrt(transform.k);
      // Dashes cost more than everything else at this scale; above DASH_LIMIT links joint links keep their
      // own colour and lose the dash.
      context.setLineDash(style.dasharray && links.length <= DASH_LIMIT ? style.dasharray.split(",").map(Number) : []);
      for (const faded of near ? [true, false] : [false]) {
        context.globalAlpha = style.opacity * (faded ? FADED : 1);
        context.beginPath();
        for (const l of links) {
          if (l.role !== role || (near !== null && on(l) === faded)) continue;
          const s = l.source as ForceNode;
          const t = l.target as ForceNode;
          context.moveTo(s.x!, s.y!);
          context.lineTo(t.x!, t.y!);
        }
        context.stroke();
      }
    }
    context.setLineDash([]);
    // Nodes batched by fill and fading: one path each.
    const batches = new Map<string, ForceNode[]>();
    for (const n of nodes) {
      const key = `${n.kind === "department" ? "#444" : chapterColor(n.chapter)}|${near && !near.has(n.id) ? FADED : 1}`;
      const batch = batches.get(key);
      if (batch) batch.push(n);
      else batches.set(key, [n]);
    }
    for (const [key, batch] of batches) {
      const [fill, alpha] = key.split("|");
      context.fillStyle = fill;
      context.globalAlpha = +alpha;
      context.beginPath();
      for (const n of batch) {
        if (n.kind === "department") context.rect(n.x! - n.r, n.y! - n.r, 2 * n.r, 2 * n.r);
        else {
          context.moveTo(n.x! + n.r, n.y!);
          context.arc(n.x!, n.y!, n.r, 0, 2 * Math.PI);
        }
      }
      context.fill();
    }
    context.font = "12px sans-serif";
    context.textAlign = "center";
    context.lineWidth = 3;
    context.strokeStyle = "white";
    context.fillStyle = "#222";
    for (const n of nodes) {
      if (!(n.labelled || near?.has(n.id)) || (near && !near.has(n.id))) continue;
      context.globalAlpha = 1;
      context.strokeText(n.label, n.x!, n.y! + n.r + 12);
      context.fillText(n.label, n.x!, n.y! + n.r + 12);
    }
  }
  const schedule = () => {
    if (pending) return;
    pending = true;
    (globalThis.requestAnimationFrame ?? ((f: () => void) => setTimeout(f, 16)))(draw);
  };
  simulation.on("tick.canvas", schedule);
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
        .on("zoom", (event) => {
          transform = event.transform;
          schedule();
        })
    );
  return Object.assign(root, {simulation});
}
