/**
 * coassignmentNetwork(model, options): the department projection of the responsibility network — two
 * departments are linked when they hold items together (projection() in src/lib/network.ts; implicit roles
 * left out) — drawn on a circle.
 *
 *   coassignmentNetwork(plan, {threshold: 2, width})
 *   coassignmentNetwork(plan, {highlight: {department: "市发展和改革委员会"}})
 *
 * The layout is deterministic: departments sit around the circle in the similarity ordering of the
 * responsibility matrix (orderMatrix(model, "similarity").rows), so departments that work together sit
 * together; it starts at the top and runs clockwise. Every department with an explicit role keeps its place
 * whatever the threshold, so the picture does not jump as the threshold moves. Edges are gently curved
 * towards the centre, their width grows with the number of shared items (0.5 + 0.8 × weight, at most 8px);
 * node radius grows with the weighted degree over all edges. Labels stand outside the circle, turned along
 * the radius and flipped on the left half so that they never read upside down. Each edge has a <title>
 * "A — B: n items (T1, T2 …)", each node the department's Chinese name and English gloss.
 *
 * Options:
 * - threshold (default 1): the least number of shared items an edge needs to be drawn.
 * - width (default 700), height (default width).
 * - highlight: {department?: canonical name}: the department's edges and partners stand out, the rest fades
 *   (hovering a node does the same while the pointer is on it).
 * - language (default "both"): "zh", "en" or "both": department labels are English in "en" (departmentName).
 * - document: the document to render into (default globalThis.document).
 *
 * The root svg carries data-view="coassignment"; nodes data-department; edges data-source, data-target and
 * data-weight.
 *
 * Large networks on canvas: above `canvasThreshold` edges (default 500; the largest real plans have 229 to 325) the
 * edges are drawn on a canvas (canvasLayer.ts) under the SVG nodes and labels, and the focus (a hover, the highlight)
 * is drawn on a second canvas above them: a veil of the page's colour, the department's edges and its partners drawn
 * again. A hover then changes no element (restyling every edge and node cost the browser a restyle and repaint of
 * the whole drawing). The edges have no tooltips of their own there; an export draws them, and the focus (a veil and
 * copies above it), as SVG.
 */
import {scaleSqrt} from "d3-scale";
import {select, type Selection} from "d3-selection";
import type {Department, PlanModel} from "../lib/model.js";
import {projection, type ProjectionEdge} from "../lib/network.js";
import {orderMatrix} from "../lib/ordering.js";
import {departmentName, departmentOf, departmentTitle, graphLabel, round, textWidth} from "./labels.js";
import type {Language} from "../page/language.js";
import {chartWidth} from "./chartWidth.js";
import {countLabel} from "../lib/vocabulary.js";
import {canvasLayer, focusLayer} from "./canvasLayer.js";

export interface CoassignmentNetworkOptions {
  /** The least number of shared items an edge needs to be drawn (default 1). */
  threshold?: number;
  /** Width in pixels (default 800; clamped by chartWidth). */
  width?: number;
  /** Height in pixels (default 600). */
  height?: number;
  /** A department (canonical name) whose edges and partners stand out, the rest faded. */
  highlight?: {department?: string | null} | null;
  /** Interface language of labels: "zh", "en" or "both" (default). */
  language?: Language;
  /** The document to render into (default globalThis.document; a jsdom document in tests). */
  document?: Document;
  /** "svg", "canvas" (edges and focus on canvas, see above) or "auto" (default): canvas above `canvasThreshold` edges. */
  renderer?: "auto" | "svg" | "canvas";
  /** Edges above which "auto" draws on canvas (default 500; the largest real plans have 229 to 325). */
  canvasThreshold?: number;
}

const SVG = "http://www.w3.org/2000/svg";
const FONT_SIZE = 12;
/** The labels' font size in px on a narrow chart (under 480 px). */
const NARROW_FONT_SIZE = 10;
const FADED = 0.12;
const EDGE_COLOR = "#555";
const FOCUS_COLOR = "#111";
const NODE_FILL = "#444";

/** An edge's stroke width for a weight: 0.5 + 0.8 × weight, at most 8px. */
export function coassignmentEdgeWidth(weight: number): number {
  return Math.min(8, 0.5 + weight * 0.8);
}

/**
 * The departments on a circle, linked when they share at least `threshold` items (the width of a link grows with
 * the items shared); an SVG element.
 */
export function coassignmentNetwork(
  model: PlanModel,
  {
    threshold = 1,
    width: widthOption,
    height,
    highlight = null,
    language = "both",
    document = globalThis.document,
    renderer = "auto",
    canvasThreshold = 500
  }: CoassignmentNetworkOptions = {}
): SVGSVGElement {
  const departments = new Map<string, Department>(model.departments.map((d) => [d.name, d]));
  const all = projection(model);
  const names = orderMatrix(model, "similarity").rows;
  for (const e of all) for (const d of [e.source, e.target]) if (!names.includes(d)) names.push(d);
  const edges = all.filter((e) => e.weight >= threshold).sort((a, b) => a.weight - b.weight);

  const strength = new Map<string, number>(names.map((d) => [d, 0]));
  const partners = new Map<string, number>(names.map((d) => [d, 0]));
  for (const e of all) {
    for (const d of [e.source, e.target]) {
      strength.set(d, strength.get(d)! + e.weight);
      partners.set(d, partners.get(d)! + 1);
    }
  }
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...strength.values())])
    .range([3, 12]);

  const name = (d: string) => departmentName(departmentOf(departments, d), language);
  // The labels get at most 22% of the width asked for (on a narrow chart, a phone, at a smaller font), cut with an
  // ellipsis and in English without the words of their kind (graphLabel; the full name in the node's tip), so that
  // the chart is drawn at the width asked for: with whole labels it was drawn wider and scaled down to a small circle
  // of unreadable names in a box of blank space (English names made a 606 px card draw 1,141 px, its circle 90 px).
  const requested = chartWidth(widthOption, {min: 1, fallback: 700});
  const narrow = requested < 480;
  const fontSize = narrow ? NARROW_FONT_SIZE : FONT_SIZE;
  const maxLabel = Math.max(40, Math.floor(requested * 0.22));
  const label = (d: string) => graphLabel(departmentOf(departments, d), language, maxLabel, fontSize);
  const labelWidth = Math.max(40, ...names.map((d) => textWidth(label(d), fontSize)));
  const short = label;
  // A circle of radius 40 at least with its labels around it (see chartWidth).
  const width = chartWidth(widthOption, {min: 2 * (40 + labelWidth + 12 + 14), fallback: 700});
  height = chartWidth(height ?? width, {min: 2 * (40 + labelWidth + 12 + 14), fallback: width});
  const R = Math.max(40, Math.min(width, height) / 2 - labelWidth - 12 - 14);
  const n = names.length;
  const angle = new Map(names.map((d, i) => [d, -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n)]));
  const at = (d: string, r = R): [number, number] => [r * Math.cos(angle.get(d)!), r * Math.sin(angle.get(d)!)];

  const svg = select(document.createElementNS(SVG, "svg") as SVGSVGElement)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `${round(-width / 2)} ${round(-height / 2)} ${width} ${height}`)
    .attr("data-view", "coassignment")
    .attr("data-threshold", threshold)
    .attr("aria-label", `departments linked by shared items (at least ${threshold})`)
    .attr("font-size", fontSize)
    .style("font-family", "var(--sans-serif, system-ui, sans-serif)")
    .style("max-width", "100%")
    .style("height", "auto");

  const onCanvas = renderer === "canvas" || (renderer === "auto" && edges.length > canvasThreshold);
  const edgePath = (e: ProjectionEdge) => {
    const [x1, y1] = at(e.source);
    const [x2, y2] = at(e.target);
    const [cx, cy] = [((x1 + x2) / 2) * 0.4, ((y1 + y2) / 2) * 0.4];
    return `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
  };
  /** The edges as SVG paths, each with its tooltip, in `parent`. */
  const drawEdges = (parent: Selection<SVGGElement, unknown, null, undefined>) => {
    const edge = parent
      .attr("aria-label", "edges")
      .attr("fill", "none")
      .attr("stroke-linecap", "round")
      .selectAll("path")
      .data(edges)
      .join("path")
      .attr("d", edgePath)
      .attr("stroke", EDGE_COLOR)
      .attr("stroke-opacity", 0.45)
      .attr("stroke-width", (e) => round(coassignmentEdgeWidth(e.weight)))
      .attr("data-source", (e) => e.source)
      .attr("data-target", (e) => e.target)
      .attr("data-weight", (e) => e.weight);
    edge
      .append("title")
      .text((e) => `${name(e.source)} — ${name(e.target)}: ${countLabel(e.weight, "item").en} (${e.items.join(", ")})`);
    return edge;
  };
  /** An edge stroked on a canvas as the SVG draws it (colour and opacity given). */
  const strokeEdge = (context: CanvasRenderingContext2D, e: ProjectionEdge, color: string, opacity: number) => {
    const [x1, y1] = at(e.source);
    const [x2, y2] = at(e.target);
    context.strokeStyle = color;
    context.globalAlpha = opacity;
    context.lineWidth = round(coassignmentEdgeWidth(e.weight));
    context.lineCap = "round";
    context.beginPath();
    context.moveTo(round(x1), round(y1));
    context.quadraticCurveTo(round(((x1 + x2) / 2) * 0.4), round(((y1 + y2) / 2) * 0.4), round(x2), round(y2));
    context.stroke();
  };
  const edgeG = svg.append("g");
  const box = {x: round(-width / 2), y: round(-height / 2), width, height};
  const edge = onCanvas ? null : drawEdges(edgeG);
  if (onCanvas) {
    edgeG.attr("aria-label", "edges");
    const layer = canvasLayer(document, {
      ...box,
      tileHeight: Math.max(512, height),
      draw(context) {
        for (const e of edges) strokeEdge(context, e, EDGE_COLOR, 0.45);
        context.globalAlpha = 1;
      },
      toSvg() {
        const g = select(document.createElementNS(SVG, "g") as SVGGElement);
        drawEdges(g);
        return g.node()!;
      }
    });
    edgeG.node()!.append(layer.element);
  }

  const node = svg
    .append("g")
    .attr("aria-label", "departments")
    .selectAll("g")
    .data(names)
    .join("g")
    .attr("data-department", (d) => d)
    .style("cursor", "pointer");
  node
    .append("circle")
    .attr("cx", (d) => round(at(d)[0]))
    .attr("cy", (d) => round(at(d)[1]))
    .attr("r", (d) => round(radius(strength.get(d)!)))
    .attr("fill", NODE_FILL)
    .attr("stroke", "white");
  node
    .append("text")
    .attr("dy", "0.32em")
    .attr("fill", "currentColor")
    .attr("text-anchor", (d) => (Math.cos(angle.get(d)!) < -1e-9 ? "end" : "start"))
    .attr("transform", (d) => {
      const a = angle.get(d)!;
      const deg = (a * 180) / Math.PI;
      const offset = R + radius(strength.get(d)!) + 6;
      return Math.cos(a) < -1e-9
        ? `rotate(${round(deg)}) translate(${round(offset)},0) rotate(180)`
        : `rotate(${round(deg)}) translate(${round(offset)},0)`;
    })
    .text(short);
  node
    .append("title")
    .text(
      (d) =>
        `${departmentTitle(departmentOf(departments, d))}\n${partners.get(d)} partners 协作部门, ${strength.get(d)} shared items 共担条目`
    );

  /** The department's edges and partners stand out, the rest fades; null shows everything. */
  let focus: (department: string | null) => void;
  const edgesOf = new Map<string, ProjectionEdge[]>();
  for (const e of edges)
    for (const d of [e.source, e.target]) {
      const list = edgesOf.get(d);
      if (list) list.push(e);
      else edgesOf.set(d, [e]);
    }
  const known = new Set(names);
  if (edge) {
    focus = (department) => {
      if (department === null || !known.has(department)) {
        edge.attr("opacity", null).attr("stroke", EDGE_COLOR).attr("stroke-opacity", 0.45);
        node.attr("opacity", null).attr("font-weight", null);
        return;
      }
      const on = (e: ProjectionEdge) => e.source === department || e.target === department;
      const near = new Set([department, ...edges.filter(on).flatMap((e) => [e.source, e.target])]);
      edge
        .attr("opacity", (e) => (on(e) ? null : FADED))
        .attr("stroke", (e) => (on(e) ? FOCUS_COLOR : EDGE_COLOR))
        .attr("stroke-opacity", (e) => (on(e) ? 0.8 : 0.45));
      node
        .attr("opacity", (d) => (near.has(d) ? null : 0.3))
        .attr("font-weight", (d) => (d === department ? "bold" : null));
    };
  } else {
    // On canvas: a veil over the drawing and the focus drawn again above it, on a canvas (no element changes).
    let focused: string | null = null;
    const nodeElements = new Map((node.nodes() as SVGGElement[]).map((g, k) => [names[k], g]));
    const svgNode = svg.node()!;
    /** The page's background, the labels' colour and font, read from the drawing when first needed. */
    let look: {background: string; color: string; font: string} | null = null;
    const lookOf = () => {
      if (look) return look;
      const view = svgNode.isConnected ? document.defaultView : null;
      const text = svgNode.querySelector("g[aria-label='departments'] text");
      const style = view && text ? view.getComputedStyle(text) : null;
      const found = {
        background: (view && view.getComputedStyle(svgNode).getPropertyValue("--theme-background").trim()) || "white",
        color: style?.fill && style.fill !== "none" && !style.fill.startsWith("url") ? style.fill : "black",
        font: style?.fontFamily || "system-ui, sans-serif"
      };
      if (style) look = found;
      return found;
    };
    const nearOf = (department: string) =>
      new Set([department, ...(edgesOf.get(department) ?? []).flatMap((e) => [e.source, e.target])]);
    // Above the nodes, and the pointer goes through it to them.
    const focusCanvas = focusLayer(svgNode, {
      ...box,
      tileHeight: Math.max(512, height),
      draw(context) {
        // The look is read on the first drawing (the canvas is drawn empty when it comes on screen), not on a hover.
        const {background, color, font} = lookOf();
        if (focused === null) return;
        context.fillStyle = background;
        context.globalAlpha = 1 - 0.3;
        context.fillRect(box.x, box.y, box.width, box.height);
        for (const e of edgesOf.get(focused) ?? []) strokeEdge(context, e, FOCUS_COLOR, 0.8);
        context.globalAlpha = 1;
        context.textBaseline = "alphabetic";
        for (const d of nearOf(focused)) {
          const [cx, cy] = at(d);
          context.beginPath();
          context.arc(round(cx), round(cy), round(radius(strength.get(d)!)), 0, 2 * Math.PI);
          context.fillStyle = NODE_FILL;
          context.fill();
          context.strokeStyle = "white";
          context.lineWidth = 1;
          context.stroke();
          // The label, placed as the SVG's transform places it.
          const a = angle.get(d)!;
          const left = Math.cos(a) < -1e-9;
          context.save();
          context.rotate((round((a * 180) / Math.PI) * Math.PI) / 180);
          context.translate(round(R + radius(strength.get(d)!) + 6), 0);
          if (left) context.rotate(Math.PI);
          context.font = `${d === focused ? "bold " : ""}${fontSize}px ${font}`;
          context.fillStyle = color;
          context.textAlign = left ? "end" : "start";
          context.fillText(short(d), 0, 0.32 * fontSize);
          context.restore();
        }
      },
      toSvg() {
        const g = select(document.createElementNS(SVG, "g") as SVGGElement)
          .attr("aria-label", "focus")
          .attr("aria-hidden", "true")
          .attr("pointer-events", "none");
        if (focused === null) return g.node()!;
        g.append("rect")
          .attr("data-veil", "")
          .attr("x", box.x)
          .attr("y", box.y)
          .attr("width", box.width)
          .attr("height", box.height)
          .attr("fill", "var(--theme-background, white)")
          .attr("fill-opacity", 1 - 0.3);
        const focusEdges = g
          .append("g")
          .attr("fill", "none")
          .attr("stroke-linecap", "round")
          .selectAll("path")
          .data(edgesOf.get(focused) ?? [])
          .join("path")
          .attr("d", edgePath)
          .attr("stroke", FOCUS_COLOR)
          .attr("stroke-opacity", 0.8)
          .attr("stroke-width", (e) => round(coassignmentEdgeWidth(e.weight)));
        focusEdges.attr("data-focus-source", (e) => e.source).attr("data-focus-target", (e) => e.target);
        for (const d of nearOf(focused)) {
          const c = nodeElements.get(d)!.cloneNode(true) as SVGGElement;
          c.removeAttribute("data-department");
          c.setAttribute("data-focus-department", d);
          if (d === focused) c.setAttribute("font-weight", "bold");
          g.node()!.append(c);
        }
        return g.node()!;
      }
    });
    focus = (department) => {
      const next = department !== null && known.has(department) ? department : null;
      if (next === focused) return;
      focused = next;
      focusCanvas.redraw();
    };
  }
  const initial = highlight?.department ?? null;
  focus(initial);
  node.on("mouseenter", (_event, d) => focus(d)).on("mouseleave", () => focus(initial));

  return svg.node()!;
}
