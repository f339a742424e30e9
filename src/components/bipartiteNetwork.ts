/**
 * bipartiteNetwork(model, options): departments in a left column, items in a right column, a link for each
 * responsibility, styled by role (ROLE_COLORS and ROLE_STROKES: leads solid and thick, supports thin, joints
 * dashed, implicit roles faint).
 *
 *   bipartiteNetwork(plan, {order: orderMatrix(plan, "similarity"), width})
 *   bipartiteNetwork(plan, {order, highlight: {department: "市发展和改革委员会"}})
 *
 * Node radius grows with degree (square root scale). Hovering a node shows its links and neighbours and fades
 * the rest; the highlight option does the same statically (for state kept in the URL). The rest fades under a
 * veil (<rect data-veil>), and what is in focus is drawn again above it (<g aria-label="focus">, aria-hidden, copies
 * whose data-* attributes are named data-focus-*), so that a hover changes a few elements, not every one. Each node and link has
 * a <title>: departments with their full Chinese name and English gloss, items with their title.
 *
 * Options:
 * - order: a MatrixOrder (src/lib/ordering.ts): order.rows top to bottom on the left, order.columns on the
 *   right. Departments holding a shown link but missing from order.rows are added at the bottom; departments
 *   with no shown link are dropped. Every item of order.columns is drawn, linked or not.
 * - showImplicit (default true): draw implicit roles.
 * - highlight: {department?: canonical name, item?: id}.
 * - width (default 800), height (default: 16px per node of the longer column, plus margins).
 * - document: the document to render into (default globalThis.document).
 *
 * The root svg carries data-view="bipartite"; nodes data-department or data-item; links data-department,
 * data-item and data-role.
 *
 * Large networks on canvas: above `canvasThreshold` links (default 500; every real plan has fewer) the links are
 * drawn on canvases in the links' <g> (canvasLayer.ts: a <foreignObject data-canvas-layer>), under the SVG nodes and
 * labels, which stay as they are (with their tooltips and hover); the veil and the focus (the hovered node's links
 * and neighbours) are drawn on a second canvas layer above the nodes (<foreignObject data-focus-layer>, letting the
 * pointer through), so that a hover changes no element. The links then have no elements (nor tooltips) of their own;
 * an export (exportChart's chartSvg) draws them, and the veil and focus copies, as the SVG view does.
 */
import {scaleSqrt} from "d3-scale";
import {select} from "d3-selection";
import type {Department, Item, PlanModel, Responsibility, Role} from "../lib/model.js";
import type {MatrixOrder} from "../lib/ordering.js";
import {departmentName, departmentOf, departmentTitle, itemLabel, round, textWidth} from "./labels.js";
import {type Language, localize} from "../page/language.js";
import {linkTitle, roleLegend, styleLink} from "./roleLinks.js";
import {countLabel, ROLE_LABELS, ROLES} from "../lib/vocabulary.js";
import {chartWidth} from "./chartWidth.js";
import {canvasLayer, focusLayer} from "./canvasLayer.js";
import {ROLE_COLORS, ROLE_STROKES} from "./palette.js";

export interface BipartiteHighlight {
  department?: string | null;
  item?: string | null;
}

export interface BipartiteNetworkOptions {
  /** The rows (departments, left, top to bottom) and columns (items, right) in order (src/lib/ordering.ts). */
  order: MatrixOrder;
  /** Draw implicit roles (a blanket note's departments); default true. */
  showImplicit?: boolean;
  /** A department (canonical name) or item (id) that stands out, the rest faded: state kept in the URL. */
  highlight?: BipartiteHighlight | null;
  /** Width in pixels (default 800; clamped by chartWidth). */
  width?: number;
  /** Height in pixels (default 16 px per node of the longer column, plus margins). */
  height?: number;
  /** Characters of an item's title shown beside it (default 14); the whole title is in the tooltip. */
  titleLength?: number;
  /** Interface language of labels and legend: "zh", "en" or "both" (default). */
  language?: Language;
  /** The document to render into (default globalThis.document; a jsdom document in tests). */
  document?: Document;
  /** "svg", "canvas" (links on canvas, see above) or "auto" (default): canvas above `canvasThreshold` links. */
  renderer?: "auto" | "svg" | "canvas";
  /**
   * Links above which "auto" draws them on canvas (default 500: the largest real plans have 207 to 260; a synthetic
   * plan of 100 departments, 778 links, hovers in 34 to 79 ms in SVG; see docs/performance.md).
   */
  canvasThreshold?: number;
}

const SVG = "http://www.w3.org/2000/svg";
const FONT_SIZE = 12;
const ITEM_FONT_SIZE = 11;
const LEGEND_HEIGHT = 28;
/** How far what is out of focus fades: nodes with their labels (drawn at 1 - FADED). */
const FADED = 0.25;
/** Links are drawn implicit first, leads last (on top). */
const DRAW_ORDER: Role[] = ["implicit", "support", "joint", "lead"];

/**
 * The two-column view of who holds what: departments (left) linked to items (right), each link drawn by role
 * (ROLE_STROKES), in `order`; an SVG element. Options are listed on the type above.
 */
export function bipartiteNetwork(
  model: PlanModel,
  {
    order,
    showImplicit = true,
    highlight = null,
    width: widthOption,
    height,
    titleLength = 14,
    language = "both",
    document = globalThis.document,
    renderer = "auto",
    canvasThreshold = 500
  }: BipartiteNetworkOptions
): SVGSVGElement {
  const departments = new Map<string, Department>(model.departments.map((d) => [d.name, d]));
  const items = new Map<string, Item>(model.items.map((i) => [i.id, i]));
  const columns = order.columns.filter((id) => items.has(id));
  const columnSet = new Set(columns);
  const links: Responsibility[] = model.responsibilities
    .filter((r) => (showImplicit || r.role !== "implicit") && columnSet.has(r.item))
    .sort((a, b) => DRAW_ORDER.indexOf(a.role) - DRAW_ORDER.indexOf(b.role));
  const held = new Set(links.map((r) => r.department));
  const rows = order.rows.filter((d) => held.has(d));
  for (const d of model.departments) if (held.has(d.name) && !rows.includes(d.name)) rows.push(d.name);
  for (const d of held) if (!rows.includes(d)) rows.push(d);

  const degree = new Map<string, number>();
  for (const r of links) {
    degree.set(`d:${r.department}`, (degree.get(`d:${r.department}`) ?? 0) + 1);
    degree.set(`i:${r.item}`, (degree.get(`i:${r.item}`) ?? 0) + 1);
  }
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...degree.values())])
    .range([2, 9]);

  const leftWidth = Math.max(
    40,
    ...rows.map((d) => textWidth(departmentName(departmentOf(departments, d), language), FONT_SIZE))
  );
  const rightWidth =
    8 + Math.max(40, ...columns.map((id) => textWidth(itemLabel(items.get(id)!, titleLength), ITEM_FONT_SIZE)));
  const marginTop = LEGEND_HEIGHT + 16;
  const marginBottom = 12;
  const step = 16;
  height ??= marginTop + marginBottom + Math.max(rows.length, columns.length, 1) * step;
  const x0 = round(leftWidth + 22);
  // Both columns with their labels and at least 120 px between them (see chartWidth).
  const width = chartWidth(widthOption, {min: x0 + 120 + rightWidth + 22, fallback: 800});
  const x1 = round(Math.max(x0 + 120, width - rightWidth - 22));
  const spread = (n: number, i: number) => {
    const inner = height! - marginTop - marginBottom;
    return marginTop + (n <= 1 ? inner / 2 : (i * inner) / (n - 1));
  };
  const rowY = new Map(rows.map((d, i) => [d, round(spread(rows.length, i))]));
  const columnY = new Map(columns.map((id, i) => [id, round(spread(columns.length, i))]));

  const svg = select(document.createElementNS(SVG, "svg") as SVGSVGElement)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("data-view", "bipartite")
    .attr("aria-label", "responsibility network: departments and items")
    .style("font-family", "var(--sans-serif, system-ui, sans-serif)")
    .attr("font-size", FONT_SIZE)
    .style("max-width", "100%")
    .style("height", "auto");

  // Legend.
  const legend = svg.append("g").attr("aria-label", "legend").attr("transform", "translate(0,14)");
  roleLegend(legend, {showImplicit, language, fontSize: FONT_SIZE, gap: 20});

  const mid = (x0 + x1) / 2;
  const onCanvas = renderer === "canvas" || (renderer === "auto" && links.length > canvasThreshold);
  const linkG = svg.append("g").attr("aria-label", "links").attr("fill", "none");
  /** The links as SVG paths, each with its tooltip, in `parent`. */
  const drawLinks = (parent: typeof linkG) => {
    const link = parent
      .selectAll("path")
      .data(links)
      .join("path")
      .attr("d", (r) => {
        const ya = rowY.get(r.department)!;
        const yb = columnY.get(r.item)!;
        return `M${x0},${ya}C${round(mid)},${ya} ${round(mid)},${yb} ${x1},${yb}`;
      })
      .attr("data-department", (r) => r.department)
      .attr("data-item", (r) => r.item)
      .attr("data-role", (r) => r.role)
      .each(function (r) {
        styleLink(select(this), r.role);
      });
    link.append("title").text((r) => linkTitle(departments, items, r, language));
    return link.nodes() as SVGPathElement[];
  };
  let linkElements: SVGPathElement[] = [];
  // On canvas: each link's vertical span, and the link stroked as drawLinks styles it.
  const spans = onCanvas
    ? links.map((r) => {
        const ya = rowY.get(r.department)!;
        const yb = columnY.get(r.item)!;
        return [Math.min(ya, yb), Math.max(ya, yb)];
      })
    : [];
  const strokeLink = (context: CanvasRenderingContext2D, k: number) => {
    const r = links[k];
    const style = ROLE_STROKES[r.role];
    const ya = rowY.get(r.department)!;
    const yb = columnY.get(r.item)!;
    context.strokeStyle = ROLE_COLORS[r.role];
    context.lineWidth = style.width;
    context.globalAlpha = style.opacity;
    context.setLineDash(style.dasharray ? style.dasharray.split(",").map(Number) : []);
    context.beginPath();
    context.moveTo(x0, ya);
    context.bezierCurveTo(round(mid), ya, round(mid), yb, x1, yb);
    context.stroke();
  };
  if (onCanvas) {
    // The links on canvas, tile by tile: each tile strokes the links that pass through it, in the SVG's order.
    const pad = 4;
    const layer = canvasLayer(document, {
      x: x0 - pad,
      y: 0,
      width: x1 - x0 + 2 * pad,
      height,
      draw(context, top, bottom) {
        for (let k = 0; k < links.length; ++k) {
          const [a, b] = spans[k];
          if (b >= top - pad && a <= bottom + pad) strokeLink(context, k);
        }
        context.globalAlpha = 1;
        context.setLineDash([]);
      },
      toSvg() {
        const g = select(document.createElementNS(SVG, "g") as SVGGElement);
        drawLinks(g as unknown as typeof linkG);
        return g.node()!;
      }
    });
    linkG.node()!.append(layer.element);
  } else linkElements = drawLinks(linkG);
  /** A link's path for the focus layer when the links are on canvas (styled and placed as drawLinks does). */
  const linkPath = (k: number): SVGPathElement => {
    const r = links[k];
    const ya = rowY.get(r.department)!;
    const yb = columnY.get(r.item)!;
    const path = select(document.createElementNS(SVG, "path") as SVGPathElement)
      .attr("d", `M${x0},${ya}C${round(mid)},${ya} ${round(mid)},${yb} ${x1},${yb}`)
      .attr("data-department", r.department)
      .attr("data-item", r.item)
      .attr("data-role", r.role);
    styleLink(path, r.role);
    return path.node()!;
  };

  const departmentNodes = svg
    .append("g")
    .attr("aria-label", "departments")
    .selectAll("g")
    .data(rows)
    .join("g")
    .attr("data-department", (d) => d)
    .attr("transform", (d) => `translate(${x0},${rowY.get(d)})`)
    .style("cursor", "pointer");
  departmentNodes
    .append("circle")
    .attr("r", (d) => round(radius(degree.get(`d:${d}`) ?? 0)))
    .attr("fill", "#444")
    .attr("stroke", "white");
  departmentNodes
    .append("text")
    .attr("x", -12)
    .attr("dy", "0.32em")
    .attr("text-anchor", "end")
    .text((d) => departmentName(departmentOf(departments, d), language));
  departmentNodes.append("title").text((d) => {
    const own = links.filter((r) => r.department === d);
    const counts = ROLES.map((role) => [role, own.filter((r) => r.role === role).length] as const)
      .filter(([, n]) => n > 0)
      .map(([role, n]) => `${n} ${localize(ROLE_LABELS[role], language)}`);
    return `${departmentTitle(departmentOf(departments, d))}\n${countLabel(own.length, "item").en} 条: ${counts.join(", ")}`;
  });

  const itemNodes = svg
    .append("g")
    .attr("aria-label", "items")
    .selectAll("g")
    .data(columns)
    .join("g")
    .attr("data-item", (id) => id)
    .attr("transform", (id) => `translate(${x1},${columnY.get(id)})`)
    .style("cursor", "pointer");
  itemNodes
    .append("circle")
    .attr("r", (id) => round(radius(degree.get(`i:${id}`) ?? 0)))
    .attr("fill", "white")
    .attr("stroke", "#444")
    .attr("stroke-width", 1.5);
  itemNodes
    .append("text")
    .attr("x", 12)
    .attr("dy", "0.32em")
    .attr("font-size", ITEM_FONT_SIZE)
    .text((id) => itemLabel(items.get(id)!, titleLength));
  itemNodes.append("title").text((id) => {
    const item = items.get(id)!;
    const holders = links
      .filter((r) => r.item === id)
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
      .map((r) => `${departmentOf(departments, r.department).shortName} (${localize(ROLE_LABELS[r.role], language)})`);
    return `${itemLabel(item)}\n${holders.length ? holders.join(", ") : "no department 无责任单位"}`;
  });

  // Focus without restyling the drawing: a veil (a translucent rect of the page's colour) over it, and the focused
  // nodes' links and neighbours drawn again above it from a precomputed adjacency. Only the veil and the few
  // copies change; fading every element (an opacity on each) made the browser restyle and repaint the whole drawing:
  // seconds for each hover at 1,000 departments. On canvas, the veil and the focus are drawn on canvases above the
  // nodes (a second canvasLayer), so that a hover changes no element at all: any change to an SVG of 16,000 elements
  // made the browser paint and layerize it again (141 to 497 ms a hover at 1,000 departments).
  const linksOf = new Map<string, number[]>();
  links.forEach((r, k) => {
    for (const key of [`d:${r.department}`, `i:${r.item}`]) {
      const list = linksOf.get(key);
      if (list) list.push(k);
      else linksOf.set(key, [k]);
    }
  });
  const departmentElements = new Map((departmentNodes.nodes() as SVGGElement[]).map((g, k) => [rows[k], g]));
  const itemElements = new Map((itemNodes.nodes() as SVGGElement[]).map((g, k) => [columns[k], g]));
  /** A copy for the focus layer: its data-* attributes renamed data-focus-* (the drawing's own stay unique). */
  const copy = (element: Element, deep: boolean) => {
    const c = element.cloneNode(deep) as Element;
    for (const {name, value} of [...c.attributes])
      if (name.startsWith("data-")) {
        c.removeAttribute(name);
        c.setAttribute(`data-focus-${name.slice(5)}`, value);
      }
    return c;
  };
  /** What a focus shows: the links (indices, in drawing order), the nodes near, and the focused ones. */
  interface Focused {
    department: string | null;
    item: string | null;
    lit: number[];
    nearDepartments: Set<string>;
    nearItems: Set<string>;
  }
  const focusOf = (target: BipartiteHighlight | null): Focused | null => {
    const d = target?.department ?? null;
    const i = target?.item ?? null;
    if (d === null && i === null) return null;
    const lit = [...new Set([...(linksOf.get(`d:${d}`) ?? []), ...(linksOf.get(`i:${i}`) ?? [])])].sort(
      (a, b) => a - b
    );
    const nearDepartments = new Set(lit.map((k) => links[k].department));
    const nearItems = new Set(lit.map((k) => links[k].item));
    if (d !== null) nearDepartments.add(d);
    if (i !== null) nearItems.add(i);
    return {department: d, item: i, lit, nearDepartments, nearItems};
  };
  /** The veil (shown when `focused`) and the focus layer's copies, as the SVG view draws them. */
  const veilElement = () =>
    select(document.createElementNS(SVG, "rect") as SVGRectElement)
      .attr("aria-hidden", "true")
      .attr("data-veil", "")
      .attr("width", width)
      .attr("height", height!)
      .attr("fill", "var(--theme-background, white)")
      .attr("fill-opacity", 1 - FADED)
      .attr("pointer-events", "none")
      .style("display", "none");
  const focusGroup = () =>
    select(document.createElementNS(SVG, "g") as SVGGElement)
      .attr("aria-label", "focus")
      .attr("aria-hidden", "true")
      .attr("pointer-events", "none");
  const drawFocus = (focused: Focused | null, layer: SVGGElement) => {
    layer.replaceChildren();
    if (!focused) return;
    // A link's copy carries the links' group's fill="none" itself (outside that group it was filled black).
    for (const k of focused.lit) {
      const c = copy(linkElements[k] ?? linkPath(k), false);
      c.setAttribute("fill", "none");
      layer.append(c);
    }
    const near = (elements: Map<string, SVGGElement>, keys: Set<string>, focusedKey: string | null) => {
      for (const key of keys) {
        const element = elements.get(key);
        if (!element) continue;
        const c = copy(element, true);
        if (key === focusedKey) c.setAttribute("font-weight", "bold");
        layer.append(c);
      }
    };
    near(departmentElements, focused.nearDepartments, focused.department);
    near(itemElements, focused.nearItems, focused.item);
  };

  /** Shows the links of the focused nodes and their neighbours; fades the rest. null shows everything. */
  let focus: (target: BipartiteHighlight | null) => void;
  if (!onCanvas) {
    const veil = veilElement();
    svg.append(() => veil.node());
    const focusMarks = focusGroup();
    svg.append(() => focusMarks.node());
    focus = (target) => {
      const focused = focusOf(target);
      drawFocus(focused, focusMarks.node()!);
      if (focused) veil.style("display", null);
      else veil.style("display", "none");
    };
  } else {
    let focused: Focused | null = null;
    const svgNode = svg.node()!;
    /** The page's background, the labels' colour and font, read from the drawing when first needed. */
    let look: {background: string; color: string; font: string} | null = null;
    const lookOf = () => {
      if (look) return look;
      const view = document.defaultView;
      const text = svgNode.querySelector("g[aria-label='departments'] text");
      const style = view && text && svgNode.isConnected ? view.getComputedStyle(text) : null;
      const background =
        view && svgNode.isConnected ? view.getComputedStyle(svgNode).getPropertyValue("--theme-background").trim() : "";
      const found = {
        background: background || "white",
        color: style?.fill && style.fill !== "none" && !style.fill.startsWith("url") ? style.fill : "black",
        font: style?.fontFamily || "system-ui, sans-serif"
      };
      if (style) look = found;
      return found;
    };
    const departmentLabel = (d: string) => departmentName(departmentOf(departments, d), language);
    const itemText = (id: string) => itemLabel(items.get(id)!, titleLength);
    // Only the tiles on screen are drawn (each canvas drawn is copied to the compositor in the hover's frame). They
    // stay allocated, cleared, while nothing is in focus: resizing a canvas makes the browser paint the SVG again.
    // Above the nodes, and the pointer goes through it to them.
    const focusCanvas = focusLayer(svgNode, {
      x: 0,
      y: 0,
      width,
      height,
      draw(context, top, bottom) {
        // The look is read on the first drawing (the tiles are drawn empty when they come on screen), not on a hover.
        const {background, color, font} = lookOf();
        if (!focused) return;
        context.fillStyle = background;
        context.globalAlpha = 1 - FADED;
        context.fillRect(0, top, width, bottom - top);
        context.globalAlpha = 1;
        const pad = 4;
        for (const k of focused.lit) {
          const [a, b] = spans[k];
          if (b >= top - pad && a <= bottom + pad) strokeLink(context, k);
        }
        context.globalAlpha = 1;
        context.setLineDash([]);
        context.textBaseline = "alphabetic";
        const node = (
          x: number,
          y: number | undefined,
          r: number,
          fill: string,
          stroke: string,
          strokeWidth: number,
          label: string,
          fontSize: number,
          bold: boolean,
          side: -1 | 1
        ) => {
          if (y === undefined || y < top - 2 * fontSize || y > bottom + 2 * fontSize) return;
          context.beginPath();
          context.arc(x, y, r, 0, 2 * Math.PI);
          context.fillStyle = fill;
          context.fill();
          context.strokeStyle = stroke;
          context.lineWidth = strokeWidth;
          context.stroke();
          context.font = `${bold ? "bold " : ""}${fontSize}px ${font}`;
          context.fillStyle = color;
          context.textAlign = side < 0 ? "end" : "start";
          context.fillText(label, x + 12 * side, y + 0.32 * fontSize);
        };
        for (const d of focused.nearDepartments)
          if (departmentElements.has(d))
            node(
              x0,
              rowY.get(d),
              round(radius(degree.get(`d:${d}`) ?? 0)),
              "#444",
              "white",
              1,
              departmentLabel(d),
              FONT_SIZE,
              d === focused.department,
              -1
            );
        for (const id of focused.nearItems)
          if (itemElements.has(id))
            node(
              x1,
              columnY.get(id),
              round(radius(degree.get(`i:${id}`) ?? 0)),
              "white",
              "#444",
              1.5,
              itemText(id),
              ITEM_FONT_SIZE,
              id === focused.item,
              1
            );
      },
      toSvg() {
        const g = select(document.createElementNS(SVG, "g") as SVGGElement);
        const veil = veilElement();
        if (focused) veil.style("display", null);
        const layer = focusGroup();
        drawFocus(focused, layer.node()!);
        g.append(() => veil.node());
        g.append(() => layer.node());
        return g.node()!;
      }
    });
    focus = (target) => {
      const next = focusOf(target);
      if (next === null && focused === null) return;
      focused = next;
      focusCanvas.redraw();
    };
  }

  const initial = highlight && (highlight.department || highlight.item) ? highlight : null;
  focus(initial);
  departmentNodes.on("mouseenter", (_event, d) => focus({department: d})).on("mouseleave", () => focus(initial));
  itemNodes.on("mouseenter", (_event, id) => focus({item: id})).on("mouseleave", () => focus(initial));

  return svg.node()!;
}
