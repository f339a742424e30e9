/**
 * forceNetwork(model, options): the responsibility network as a force-directed graph. Departments are dark
 * grey squares, items circles coloured by chapter (chapterColor); links are styled by role like the bipartite
 * view (ROLE_COLORS, ROLE_STROKES). Nodes grow with degree.
 *
 *   forceNetwork(plan, {width, invalidation})             // animates, stops when the page cell is invalidated
 *   forceNetwork(plan, {ticks: 300, document})            // static, reproducible layout (tests, exports)
 *
 * Labels: departments may show their short name, items their id when their degree is at least `itemLabelDegree`;
 * of these, a label shows only where it has room: taken from the best-connected node down, a label that would meet
 * one already shown is left for the hover (labelPlacer, forceLayout.ts: the canvas renderer places its labels
 * the same way), on every tick and zoom. Labels keep
 * their size on screen as the graph is zoomed, so that zooming in makes room for more of them (and from 1.5× every
 * item's id may show). A node's own label
 * and its neighbours' show while it is hovered or highlighted. The collision radius of a labelled node covers its
 * label, so that labels do not pile up. Nodes can be dragged; the graph can be zoomed and panned.
 *
 * Options:
 * - showImplicit (default false): draw implicit roles (they tie the county governments to most items).
 * - width (default 800), height (default 600).
 * - ticks: run the simulation synchronously for that many ticks and draw the final positions; otherwise the
 *   layout animates in the browser until alpha falls below alphaMin.
 * - seed (default 1): seed of the simulation's random source (a linear congruential generator), so that a
 *   layout is the same from run to run.
 * - invalidation: a promise (Framework's `invalidation`); when it resolves the simulation stops.
 * - highlight: {department?: canonical name, item?: id}: the node, its links and neighbours stand out, the
 *   rest fades (hovering a node does the same while the pointer is on it).
 * - itemLabelDegree: the least degree at which an item is labelled (default: the larger of 3 and the degree
 *   of the eighth best-connected item).
 * - language (default "both"): "zh", "en" or "both": the legend (localize) and the department labels
 *   (departmentName) follow it.
 * - document: the document to render into (default globalThis.document).
 *
 * Returns the svg (data-view="force") with the simulation attached as `svg.simulation`; on canvas (renderer
 * "canvas", or "auto" above canvasThreshold nodes: see forceCanvas.ts) a div holding a legend and the canvas.
 */
import {drag} from "d3-drag";
import type {Simulation} from "d3-force";
import {select} from "d3-selection";
import {zoom} from "d3-zoom";
import type {PlanModel} from "../lib/model.js";
import {chartWidth} from "./chartWidth.js";
import {forceCanvas} from "./forceCanvas.js";
import {
  byImportance,
  FONT_SIZE,
  forceLayout,
  type ForceLink,
  type ForceNode,
  labelPlacer,
  LEGEND_HEIGHT
} from "./forceLayout.js";
import {legendFlow, legendRows} from "./legendFlow.js";
import {round, textWidth} from "./labels.js";
import {type Language, localize} from "../page/language.js";
import {chapterLabel} from "../lib/vocabulary.js";
import {chapterColor} from "./palette.js";
import {linkTitle, roleLegend, styleLink} from "./roleLinks.js";

export type {ForceLink, ForceNode};

export interface ForceHighlight {
  department?: string | null;
  item?: string | null;
}

export interface ForceNetworkOptions {
  /** Draw implicit roles (they tie the county governments to most items); default false. */
  showImplicit?: boolean;
  /** Width in pixels (default 800; clamped by chartWidth). */
  width?: number;
  /** Height in pixels (default 600). */
  height?: number;
  /** Run the simulation synchronously for that many ticks and draw the final positions; none: it animates. */
  ticks?: number;
  /** Seed of the simulation's random source (default 1): the same seed, the same layout. */
  seed?: number;
  /** A promise (Framework's `invalidation`): when it resolves the simulation stops. */
  invalidation?: Promise<unknown>;
  /** A department (canonical name) or item (id) whose node, links and neighbours stand out. */
  highlight?: ForceHighlight | null;
  /** The least degree at which an item is labelled (default: the larger of 3 and the 8th item's degree). */
  itemLabelDegree?: number;
  /** "svg", "canvas", or "auto" (default): canvas above `canvasThreshold` nodes, where SVG cannot keep up. */
  renderer?: "auto" | "svg" | "canvas";
  /**
   * Nodes above which "auto" draws on canvas (default 300: in software rendering an SVG of 400 nodes pans at a few
   * frames a second, a canvas of 4,000 at 60; see docs/performance.md, "Views at scale").
   */
  canvasThreshold?: number;
  /** Interface language of labels and legend: "zh", "en" or "both" (default). */
  language?: Language;
  /** The document to render into (default globalThis.document; a jsdom document in tests). */
  document?: Document;
}

export type ForceNetworkElement = (SVGSVGElement | HTMLDivElement) & {simulation: Simulation<ForceNode, ForceLink>};

const SVG = "http://www.w3.org/2000/svg";
const FADED = 0.15;
/** The zoom from which every node's label may show where it has room, not only the labelled nodes'. */
const ZOOMED_IN = 1.5;
const DEPARTMENT_FILL = "#444";

/**
 * The force-directed network of departments and items (see above): links by role, items coloured by chapter; laid
 * out with d3-force from a random source seeded with `seed`, so the same model and options give the same drawing.
 * Options are listed on the type above.
 */
export function forceNetwork(
  model: PlanModel,
  {
    showImplicit = false,
    width: widthOption,
    height: heightOption,
    ticks,
    seed = 1,
    invalidation,
    highlight = null,
    itemLabelDegree,
    renderer = "auto",
    canvasThreshold = 300,
    language = "both",
    document = globalThis.document
  }: ForceNetworkOptions = {}
): ForceNetworkElement {
  // Room for the legend and a few nodes (see chartWidth).
  const width = chartWidth(widthOption, {min: 240, fallback: 800});
  const height = chartWidth(heightOption, {min: 240, fallback: 600});
  // The legend first (not yet on the chart): the layout starts below however many rows it takes at this width.
  const legend = forceLegend(model, {showImplicit, language, width, document});
  const {nodes, links, simulation, neighbours, byId, large, fontSize} = forceLayout(model, {
    showImplicit,
    width,
    height,
    legendHeight: LEGEND_HEIGHT + (legend.rows - 2) * LEGEND_ROW,
    ticks,
    seed,
    itemLabelDegree,
    large: (n) => renderer === "canvas" || (renderer === "auto" && n > canvasThreshold),
    language
  });
  invalidation?.then(() => simulation.stop());
  const departments = new Map(model.departments.map((d) => [d.name, d]));
  const items = new Map(model.items.map((i) => [i.id, i]));
  const staticFocus = [
    ...(highlight?.department ? [`d:${highlight.department}`] : []),
    ...(highlight?.item ? [`i:${highlight.item}`] : [])
  ].filter((id) => byId.has(id));
  if (large) {
    const element = forceCanvas({
      nodes,
      links,
      simulation,
      neighbours,
      staticFocus,
      showImplicit,
      width,
      height,
      fontSize,
      language,
      document
    });
    return element as unknown as ForceNetworkElement;
  }

  const root = select(document.createElementNS(SVG, "svg") as SVGSVGElement)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("data-view", "force")
    .attr("aria-label", "responsibility network, force-directed")
    .attr("font-size", FONT_SIZE)
    .style("font-family", "var(--sans-serif, system-ui, sans-serif)")
    .style("max-width", "100%")
    .style("height", "auto")
    .style("cursor", "grab");

  const scene = root.append("g").attr("aria-label", "graph");
  const link = scene
    .append("g")
    .attr("aria-label", "links")
    .selectAll("line")
    .data(links)
    .join("line")
    .attr("data-department", (l) => l.department)
    .attr("data-item", (l) => l.item)
    .attr("data-role", (l) => l.role)
    .each(function (l) {
      styleLink(select(this), l.role);
    });
  link.append("title").text((l) => linkTitle(departments, items, l, language));

  const node = scene
    .append("g")
    .attr("aria-label", "nodes")
    .selectAll<SVGGElement, ForceNode>("g")
    .data(nodes)
    .join("g")
    .attr("data-department", (n) => (n.kind === "department" ? n.key : null))
    .attr("data-item", (n) => (n.kind === "item" ? n.key : null))
    .style("cursor", "pointer");
  node
    .filter((n) => n.kind === "department")
    .append("rect")
    .attr("x", (n) => round(-n.r))
    .attr("y", (n) => round(-n.r))
    .attr("width", (n) => round(2 * n.r))
    .attr("height", (n) => round(2 * n.r))
    .attr("fill", DEPARTMENT_FILL)
    .attr("stroke", "white");
  node
    .filter((n) => n.kind === "item")
    .append("circle")
    .attr("r", (n) => round(n.r))
    .attr("fill", (n) => chapterColor(n.chapter))
    .attr("stroke", "#333")
    .attr("stroke-width", 0.75);
  node.append("title").text((n) => n.title);

  const label = scene
    .append("g")
    .attr("aria-label", "labels")
    .attr("text-anchor", "middle")
    .attr("pointer-events", "none")
    .selectAll("text")
    .data(nodes)
    .join("text")
    .attr("font-size", fontSize)
    .attr("font-weight", (n) => (n.kind === "department" ? "bold" : null))
    .attr("dy", (n) => round(n.r + fontSize(n)))
    .attr("fill", "currentColor")
    .style("stroke", "var(--theme-background, white)")
    .attr("stroke-width", 3)
    .attr("stroke-linejoin", "round")
    .attr("paint-order", "stroke")
    .attr("display", "none")
    .text((n) => n.label);

  // The labels that may show, best-connected first (departments before items of the same degree): the labelled
  // nodes', and zoomed in (ZOOMED_IN and more) every node's; which of them have room is decided again on every tick
  // and zoom (placeLabels).
  const importance = byImportance(nodes);
  const labelledFirst = importance.filter((n) => n.labelled);
  const placer = labelPlacer(fontSize);
  let scale = 1;
  let shown = new Set<ForceNode>();
  let near = new Set<string>();
  const showLabel = (n: ForceNode) => shown.has(n) || near.has(n.id);
  function placeAll() {
    shown = placer.place(scale >= ZOOMED_IN ? importance : labelledFirst, scale);
    label.attr("display", (n) => (showLabel(n) ? null : "none"));
  }
  /** The labels' size at zoom `scale`, the same on screen at every zoom. */
  function sizeLabels() {
    label
      .attr("font-size", (n) => round(fontSize(n) / scale))
      .attr("dy", (n) => round(n.r + fontSize(n) / scale))
      .attr("stroke-width", round(3 / scale));
  }

  function render() {
    link
      .attr("x1", (l) => round((l.source as ForceNode).x!))
      .attr("y1", (l) => round((l.source as ForceNode).y!))
      .attr("x2", (l) => round((l.target as ForceNode).x!))
      .attr("y2", (l) => round((l.target as ForceNode).y!));
    node.attr("transform", (n) => `translate(${round(n.x!)},${round(n.y!)})`);
    label.attr("x", (n) => round(n.x!)).attr("y", (n) => round(n.y!));
    placeAll();
  }
  render();
  simulation.on("tick", render);

  function focus(ids: string[]) {
    near = new Set(ids.flatMap((id) => [...neighbours.get(id)!]));
    label.attr("display", (n) => (showLabel(n) ? null : "none"));
    if (ids.length === 0) {
      link.attr("opacity", null);
      node.attr("opacity", null);
      label.attr("opacity", null);
      return;
    }
    const on = (l: ForceLink) => ids.includes((l.source as ForceNode).id) || ids.includes((l.target as ForceNode).id);
    link.attr("opacity", (l) => (on(l) ? null : FADED));
    node.attr("opacity", (n) => (near.has(n.id) ? null : FADED));
    label.attr("opacity", (n) => (near.has(n.id) ? null : FADED));
  }
  focus(staticFocus);
  node.on("mouseenter", (_event, n) => focus([n.id])).on("mouseleave", () => focus(staticFocus));

  node.call(
    drag<SVGGElement, ForceNode>()
      .on("start", (event, n) => {
        if (!event.active) simulation.alphaTarget(0.3).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on("drag", (event, n) => {
        n.fx = event.x;
        n.fy = event.y;
      })
      .on("end", (event, n) => {
        if (!event.active) simulation.alphaTarget(0);
        n.fx = null;
        n.fy = null;
      })
  );
  root.call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 8])
      .on("zoom", (event) => {
        scene.attr("transform", event.transform);
        // Labels keep their size on screen: zoomed in, they take less of the scene and more of them have room.
        if (event.transform.k !== scale) {
          scale = event.transform.k;
          sizeLabels();
          placeAll();
        }
      })
  );

  // Legend (outside the zoomed scene), drawn above.
  root.append(() => legend.node()!);

  return Object.assign(root.node()!, {simulation});
}

/** The distance between the legend's rows, in pixels. */
const LEGEND_ROW = 20;

/**
 * The legend of the force network, a <g> to put on the chart: the roles' swatches, then departments and the items'
 * chapter colours, each row wrapping (legendFlow) within `width` less 8 px each side rather than running past it
 * (a phone's 390 px). Returns it with its number of rows (2 when nothing wraps, as LEGEND_HEIGHT allows).
 */
function forceLegend(
  model: PlanModel,
  {
    showImplicit,
    language,
    width,
    document
  }: {showImplicit: boolean; language: Language; width: number; document: Document}
) {
  const maxWidth = width - 16;
  const legend = select(document.createElementNS(SVG, "g") as SVGGElement)
    .attr("aria-label", "legend")
    .attr("transform", "translate(8,14)");
  const roleRows = roleLegend(legend, {
    showImplicit,
    language,
    fontSize: FONT_SIZE,
    gap: 18,
    maxWidth,
    rowHeight: LEGEND_ROW
  });
  const shapes = legend.append("g").attr("transform", `translate(0,${roleRows * LEGEND_ROW})`);
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  const seqs = [...new Set(model.items.map((i) => i.chapter).filter((c): c is number => c != null))].sort(
    (a, b) => a - b
  );
  const departmentsLabel = localize("部门 departments", language);
  const itemsLabel =
    language === "en" ? "items, by chapter:" : language === "zh" ? "条目（按章着色）：" : "条目 items, by chapter:";
  const numeral = (seq: number) => chapters.get(seq)?.numeral ?? String(seq);
  const places = legendFlow(
    [
      {width: 16 + textWidth(departmentsLabel, FONT_SIZE), gap: 18},
      {width: textWidth(itemsLabel, FONT_SIZE), gap: 8},
      ...seqs.map((seq) => ({width: 13 + textWidth(numeral(seq), FONT_SIZE), gap: 10}))
    ],
    maxWidth
  );
  const entry = (i: number) =>
    shapes.append("g").attr("transform", `translate(${places[i].x},${places[i].row * LEGEND_ROW})`);
  const departments = entry(0);
  departments
    .append("rect")
    .attr("x", 0)
    .attr("y", -5)
    .attr("width", 10)
    .attr("height", 10)
    .attr("fill", DEPARTMENT_FILL);
  departments.append("text").attr("x", 16).attr("dy", "0.32em").text(departmentsLabel);
  entry(1).append("text").attr("dy", "0.32em").text(itemsLabel);
  seqs.forEach((seq, i) => {
    const g = entry(2 + i);
    g.append("circle")
      .attr("cx", 5)
      .attr("r", 5)
      .attr("fill", chapterColor(seq))
      .attr("stroke", "#333")
      .attr("stroke-width", 0.75);
    g.append("text").attr("x", 13).attr("dy", "0.32em").text(numeral(seq));
    const c = chapters.get(seq);
    g.append("title").text(c ? chapterLabel(c) : String(seq));
  });
  return Object.assign(legend, {rows: roleRows + legendRows(places)});
}
