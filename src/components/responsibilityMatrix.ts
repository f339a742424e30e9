/**
 * responsibilityMatrix(model, options): the department × item matrix of responsibilities, one cell per
 * assignment coloured by role.
 *
 *   responsibilityMatrix(plan, {order: orderMatrix(plan, "document", {includeImplicit: true}), width})
 *   responsibilityMatrix(plan, {order, showImplicit: false, highlight: {department: "市科学技术局"}})
 *
 * Rows are departments (order.rows, labelled by short name, the full name and English gloss in each label's
 * tooltip), columns are items (order.columns, labelled by id, rotated). A thin strip above the columns
 * colours each item by chapter (chapterColor); when the columns are in document order the chapters (二, 三 …)
 * and boxes (专栏2 …) are also labelled above the strip and separated by rules. Each cell's tip gives the item,
 * the department in Chinese and English, the role and the responsibility clause.
 *
 * Options:
 * - order: a MatrixOrder (src/lib/ordering.ts). Departments holding a shown cell but missing from order.rows
 *   (e.g. county governments with implicit roles only, when the order was computed without them) are added
 *   at the bottom; departments with no shown cell are dropped.
 * - showImplicit (default true): draw implicit roles (a blanket note's departments).
 * - highlight: {department?: canonical name, item?: id}: other rows and columns fade, the highlighted row or
 *   column gets an outline.
 * - document: the document to render into (default globalThis.document; pass a jsdom document in tests).
 * - any other Plot.plot option (width, height, margins, style …) overrides the defaults.
 *
 * The root carries data-view="matrix"; the svg aria-label "responsibility matrix"; each cell data-item,
 * data-department and data-role. Hovering (or touching) a cell shows its tip (<g aria-label="tip">) and sets the
 * root's value to the cell ({item, department, role, …}, with an "input" event), as Plot's pointer does.
 *
 * Re-ordering in place: `matrix.reorder(order)` moves the drawn cells, labels, strip and outlines to the rows and
 * columns of another order of the same departments and items (another ordering of orderMatrix), without drawing the
 * matrix again: at 1,000 departments × 3,000 items drawing takes seconds, moving a few hundred milliseconds at
 * most. The tip, the keyboard cursor and the chapter labels (shown in document order only) follow the new order.
 * Once drawn, the matrix computes the orders of orderMatrix for its model in idle time (prepareOrder), so that
 * orderMatrix then answers at once and a re-ordering only moves what is drawn; on canvas (below) it moves the row
 * labels on screen at once, the others in idle time (a hundred an idle period). Departments and items not
 * drawn are ignored; drawn ones missing from the order keep their place after the rest. The band above the strip
 * for the chapter labels is kept in every order, so that the matrix does not move when the order changes.
 *
 * Large matrices on canvas: above `canvasThreshold` cells (default 1,000; every real plan has fewer) the cells are
 * drawn on canvases under the SVG's labels and axes (canvasLayer.ts: a <foreignObject data-canvas-layer> in the
 * cells' <g aria-label="cell">), so that a re-ordering redraws a few hundred cells on a canvas instead of making
 * the browser restyle and repaint thousands of SVG elements. The tip, the keyboard, the value and input event, the
 * highlight and the labels are the same; the cells have no elements of their own (no rect[data-item]), and an export
 * (exportChart's chartSvg) draws them as SVG rects, as the SVG matrix has them. On canvas, so that a hover or a
 * re-ordering repaints little: the chapter strip is a canvas layer too (exported as the SVG strip's rects); the
 * column labels are drawn only where they fit, one every few columns when columns are narrower than a label (each
 * names the column now in its slot, with data-item and its tooltip; at 3,000 columns they would overlap ten deep);
 * the tip is a <canvas> drawn as the HTML tip looks, its text the canvas's content (textContent), placed the same.
 */
import * as Plot from "@observablehq/plot";
import type {Department, Item, PlanModel, Responsibility, Role} from "../lib/model.js";
import {type MatrixOrder, prepareOrder} from "../lib/ordering.js";
import {departmentName, departmentOf, departmentTitle, fitText, itemLabel, round, textWidth} from "./labels.js";
import {matrixKeyboard} from "./matrixKeyboard.js";
import {type Language, localize} from "../page/language.js";
import {ROLE_COLORS} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";
import {chapterStrip, drawColumnGroups, GROUP_BAND, inDocumentOrder, STRIP_HEIGHT, stripCell} from "./chapterStrip.js";
import {chartWidth} from "./chartWidth.js";
import {canvasLayer, type CanvasLayer} from "./canvasLayer.js";

export interface MatrixHighlight {
  /** A department's canonical name. */
  department?: string | null;
  /** An item id. */
  item?: string | null;
}

export interface ResponsibilityMatrixOptions extends Omit<Plot.PlotOptions, "document"> {
  /**
   * Rows and columns in order (src/lib/ordering.ts); departments holding a shown cell but missing from its rows
   * are added at the bottom.
   */
  order: MatrixOrder;
  /** Draw implicit roles (a blanket note's departments); default true. */
  showImplicit?: boolean;
  /** A department (canonical name) or item (id): other rows and columns fade, its row or column is outlined. */
  highlight?: MatrixHighlight | null;
  /** Interface language of labels and legend: "zh", "en" or "both" (default). */
  language?: Language;
  /** The item axis: the id with the title's first characters (default, "T1 提升优势产业质…"), or the id alone. */
  itemLabels?: "short" | "id";
  /**
   * The widest a department's label may be, in pixels (default: no limit): a longer name is cut with "…" (the full
   * name stays in its tooltip), so that on a phone the first screen shows cells and not only long English names.
   */
  labelWidth?: number;
  /** The document to render into (default globalThis.document; a jsdom document in tests). */
  document?: Document;
  /**
   * The widest a column may be, in pixels (default 32, about two rows' height): a plan of a few items draws a
   * matrix of small cells, not bars stretched across the page; the chart is then narrower than `width`.
   */
  maxCellWidth?: number;
  /** "svg", "canvas" (cells on canvas, see above) or "auto" (default): canvas above `canvasThreshold` cells. */
  renderer?: "auto" | "svg" | "canvas";
  /** Cells above which "auto" draws them on canvas (default 1,000; the largest real plan has 207). */
  canvasThreshold?: number;
}

/** The matrix's element, with `reorder` (see above). */
export type MatrixElement = (SVGSVGElement | HTMLElement) & {
  /** Moves the drawn rows and columns to another order of the same departments and items (see above). */
  reorder(order: MatrixOrder): void;
  /** Where the cell of a drawn department and item is now, in the svg's px (its viewBox); null if not drawn. */
  cellBox(department: string, item: string): {x: number; y: number; width: number; height: number} | null;
};

/** Characters of an item's title on the item axis (the full title is in the label's tooltip). */
const SHORT_TITLE = 8;

interface Cell {
  item: string;
  department: string;
  role: Role;
  label: string;
  title: string;
  opacity: number;
}

const SVG = "http://www.w3.org/2000/svg";
const FONT_SIZE = 12;
const ID_FONT_SIZE = 11;
/** The least distance between two column labels on canvas (px): the labels' height and a pixel either side. */
const LABEL_PITCH = ID_FONT_SIZE + 2;
/** Space between the cells and the item-id labels. */
const TICK_PADDING = 4;

/** Wraps text without spaces (Chinese) every `n` characters, for the tip. */
function wrap(text: string, n = 24): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += n) lines.push(chars.slice(i, i + n).join(""));
  return lines.join("\n");
}

/**
 * The responsibility matrix: departments (rows) × items (columns) in `order`, a cell per responsibility coloured by
 * role, the chapters as a strip above; an SVG element. Options are listed on the type above.
 */
export function responsibilityMatrix(
  model: PlanModel,
  {
    order,
    showImplicit = true,
    highlight = null,
    language = "both",
    itemLabels = "short",
    labelWidth: labelLimit = Infinity,
    document = globalThis.document,
    maxCellWidth = 32,
    renderer = "auto",
    canvasThreshold = 1000,
    ...options
  }: ResponsibilityMatrixOptions
): MatrixElement {
  const departments = new Map<string, Department>(model.departments.map((d) => [d.name, d]));
  const items = new Map<string, Item>(model.items.map((i) => [i.id, i]));
  const columns = order.columns.filter((id) => items.has(id));
  const columnSet = new Set(columns);
  const shown: Responsibility[] = model.responsibilities.filter(
    (r) => (showImplicit || r.role !== "implicit") && columnSet.has(r.item)
  );
  const held = new Set(shown.map((r) => r.department));
  const rows = order.rows.filter((d) => held.has(d));
  for (const d of model.departments) if (held.has(d.name) && !rows.includes(d.name)) rows.push(d.name);
  for (const d of held) if (!rows.includes(d)) rows.push(d);

  const hd = highlight?.department ?? null;
  const hi = highlight?.item ?? null;
  const lit = (r: {department: string; item: string}) =>
    (hd === null && hi === null) || r.department === hd || r.item === hi;

  const cells: Cell[] = shown.map((r) => {
    const item = items.get(r.item)!;
    const department = departmentOf(departments, r.department);
    const clause =
      r.role === "implicit"
        ? `统一说明 blanket note${item.clause ? `\n${wrap(item.clause)}` : ""}`
        : item.clause
          ? wrap(item.clause)
          : "—";
    return {
      item: r.item,
      department: r.department,
      role: r.role,
      label: localize(ROLE_LABELS[r.role], language),
      title: [
        `${item.id} ${item.title}`,
        `${departmentTitle(department)}`,
        `职责 role: ${localize(ROLE_LABELS[r.role], language)}`,
        `条款 clause: ${clause}`
      ].join("\n"),
      opacity: lit(r) ? 1 : 0.25
    };
  });

  const onCanvas = renderer === "canvas" || (renderer === "auto" && cells.length > canvasThreshold);
  // The cells on canvas: drawn from the slots below, once the plot has its scales (see drawCells).
  let layer = null as CanvasLayer | null;
  let drawCells: (context: CanvasRenderingContext2D, top: number, bottom: number) => void = () => {};
  let cellsSvg: () => SVGGElement = () => document.createElementNS(SVG, "g") as SVGGElement;

  const documentOrder = inDocumentOrder(columns, items);
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));

  const columnTitle = (id: string) => {
    const item = items.get(id);
    return item ? `${item.id} ${item.title}` : id;
  };
  const columnLabel = (id: string) => (itemLabels === "short" ? itemLabel(items.get(id)!, SHORT_TITLE) : id);
  const idWidth = Math.max(20, ...columns.map((id) => textWidth(columnLabel(id), ID_FONT_SIZE)));
  const short = (name: string) =>
    fitText(departmentName(departmentOf(departments, name), language), Math.max(40, labelLimit), FONT_SIZE);
  const labelWidth = Math.max(40, ...rows.map((d) => textWidth(short(d), FONT_SIZE)));
  // The chapter labels' band is kept in every order, so that re-ordering in place can show or hide them.
  const marginTop = GROUP_BAND + STRIP_HEIGHT + 4 + TICK_PADDING + idWidth + 4;
  const marginLeft = labelWidth + 14;
  const marginRight = 12;
  const marginBottom = 8;
  const step = 16;
  // Wide enough for the labels and a few pixels per column at least (see chartWidth).
  const width = Math.min(
    chartWidth(options.width, {
      min: marginLeft + marginRight + columns.length * 4,
      fallback: Math.max(320, marginLeft + marginRight + columns.length * step)
    }),
    // No wider than columns of maxCellWidth: a small plan's matrix looks like a matrix.
    Math.ceil(marginLeft + marginRight + Math.max(1, columns.length) * maxCellWidth)
  );
  const height = marginTop + marginBottom + Math.max(1, rows.length) * 18;

  // The highlighted row or column's outline, drawn with the plot's scales.
  const outlines = (
    _index: number[],
    scales: Plot.ScaleFunctions,
    _values: Plot.ChannelValues,
    dimensions: Plot.Dimensions,
    context: Plot.Context
  ): SVGElement => {
    const doc = context.document;
    const x = scales.x as unknown as ((v: string) => number | undefined) & {bandwidth(): number; step(): number};
    const y = scales.y as unknown as ((v: string) => number | undefined) & {bandwidth(): number; step(): number};
    const g = doc.createElementNS(SVG, "g");
    for (const [k, v] of Object.entries({
      "aria-label": "highlight",
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 1.5
    }))
      g.setAttribute(k, String(v));
    const rect = (attributes: Record<string, string | number>) => {
      const e = doc.createElementNS(SVG, "rect");
      for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(typeof v === "number" ? round(v) : v));
      g.appendChild(e);
    };
    const top = dimensions.marginTop;
    const bottom = dimensions.height - dimensions.marginBottom;
    const [x0, x1] = (scales.x as unknown as {range(): [number, number]}).range();
    if (hd !== null && y(hd) !== undefined) {
      const gy = (y.step() - y.bandwidth()) / 2;
      rect({x: x0, y: y(hd)! - gy, width: x1 - x0, height: y.step(), "data-department": hd});
    }
    if (hi !== null && x(hi) !== undefined) {
      const gap = (x.step() - x.bandwidth()) / 2;
      rect({x: x(hi)! - gap, y: top, width: x.step(), height: bottom - top, "data-item": hi});
    }
    return g;
  };

  const stripOptions = {
    items,
    chapters,
    top: marginTop - TICK_PADDING - idWidth - 4 - STRIP_HEIGHT,
    groups: documentOrder,
    // The second band labels the chapters' groups ((一)…) beside the 专栏 boxes (a plan of no groups: none).
    outline: new Map((model.groups ?? []).map((g) => [g.id, g])),
    fontSize: ID_FONT_SIZE,
    // On canvas the strip's cells are drawn on a canvas too (see stripLayer below).
    ...(onCanvas ? {cells: false} : {})
  };
  // On canvas, the column labels that fit: one every `labelEvery` columns (at 3,000 columns of 1.3 px they would
  // overlap ten deep, and each is an element the browser walks on every paint). Plot's band scale: range / (n + 0.1).
  const columnStep = (width - marginLeft - marginRight) / (columns.length + 0.1);
  const labelEvery = onCanvas ? Math.max(1, Math.ceil(LABEL_PITCH / columnStep)) : 1;
  const labelled = labelEvery > 1 ? columns.filter((_, k) => k % labelEvery === 0) : columns;
  const legendRoles = ROLES.filter((r) => showImplicit || r !== "implicit");
  const figure = Plot.plot({
    height,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom,
    ariaLabel: "responsibility matrix",
    style: {fontSize: `${FONT_SIZE}px`},
    x: {domain: columns, axis: null, padding: 0.1, round: false},
    y: {domain: rows, axis: null, padding: 0.1, round: false},
    opacity: {type: "identity"},
    color: {
      domain: legendRoles.map((r) => localize(ROLE_LABELS[r], language)),
      range: legendRoles.map((r) => ROLE_COLORS[r]),
      legend: true,
      style: {fontSize: `${FONT_SIZE}px`}
    },
    marks: [
      chapterStrip(columns, stripOptions),
      outlines,
      Plot.axisX({
        anchor: "top",
        tickRotate: -90,
        tickSize: 0,
        tickPadding: TICK_PADDING,
        ...(labelEvery > 1 ? {ticks: labelled} : {}),
        fontSize: ID_FONT_SIZE,
        tickFormat: columnLabel,
        label: null,
        title: columnTitle
      }),
      Plot.axisY({
        anchor: "left",
        tickSize: 0,
        tickFormat: short,
        fontSize: FONT_SIZE,
        label: null,
        title: (name: string) => departmentTitle(departmentOf(departments, name))
      }),
      Plot.cell(cells, {
        x: "item",
        y: "department",
        fill: "label",
        fillOpacity: "opacity",
        // No Plot tip: its pointer finds cells where they were drawn, and the matrix moves them (reorder).
        render(index, scales, values, dimensions, context, next) {
          if (onCanvas) {
            const g = context.document.createElementNS(SVG, "g");
            g.setAttribute("aria-label", "cell");
            const {marginLeft: left, marginTop: top, marginRight: right, marginBottom: bottom} = dimensions;
            layer = canvasLayer(context.document, {
              x: left,
              y: top,
              width: Math.max(1, dimensions.width - left - right),
              height: Math.max(1, dimensions.height - top - bottom),
              draw: (c, t, b) => drawCells(c, t, b),
              toSvg: () => cellsSvg()
            });
            g.append(layer.element);
            return g;
          }
          const g = next!(index, scales, values, dimensions, context)!;
          const rects = g.querySelectorAll("rect");
          index.forEach((i, k) => {
            const rect = rects[k];
            if (!rect) return;
            rect.setAttribute("data-item", cells[i].item);
            rect.setAttribute("data-department", cells[i].department);
            rect.setAttribute("data-role", cells[i].role);
          });
          return g;
        }
      })
    ],
    document,
    ...options,
    width
  } as Plot.PlotOptions);
  figure.setAttribute("data-view", "matrix");
  // Tick labels name what they stand for, so that a page can make a row or a column clickable.
  figure
    .querySelectorAll('g[aria-label="y-axis tick label"] text')
    .forEach((t, i) => t.setAttribute("data-department", rows[i]));
  figure
    .querySelectorAll('g[aria-label="x-axis tick label"] text')
    .forEach((t, i) => t.setAttribute("data-item", labelled[i]));
  const roleAt = new Map(cells.map((c) => [`${c.department}\u0000${c.item}`, c]));
  const plot = figure as unknown as {
    scale(name: "x" | "y"): {apply(v: string): number; bandwidth: number; step: number};
  };
  const svg = (
    figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector('svg[aria-label="responsibility matrix"]')
  ) as SVGSVGElement | null;
  if (typeof plot.scale !== "function" || !svg || !rows.length || !columns.length)
    return Object.assign(figure, {reorder: () => {}, cellBox: () => null}) as MatrixElement;
  const doc = svg.ownerDocument;
  const xScale = plot.scale("x");
  const yScale = plot.scale("y");
  // The slots: the k-th column (row) of any order is drawn at xs[k] (ys[k]).
  const xs = columns.map((id) => xScale.apply(id));
  const ys = rows.map((d) => yScale.apply(d));
  const xGap = (xScale.step - xScale.bandwidth) / 2;
  const yGap = (yScale.step - yScale.bandwidth) / 2;
  let rowsNow = rows;
  let columnsNow = columns;
  let rowIndex = new Map(rows.map((d, k) => [d, k]));
  let columnIndex = new Map(columns.map((id, k) => [id, k]));
  const x = (id: string) => xs[columnIndex.get(id)!];
  const y = (d: string) => ys[rowIndex.get(d)!];

  if (layer) {
    // The cells of each row, drawn row by row between a tile's top and bottom.
    const cellsOf = new Map<string, Cell[]>();
    for (const c of cells) {
      const list = cellsOf.get(c.department);
      if (list) list.push(c);
      else cellsOf.set(c.department, [c]);
    }
    const rowsBetween = (top: number, bottom: number): [number, number] => [
      Math.max(0, Math.floor((top - ys[0] - yGap) / yScale.step) - 1),
      Math.min(rowsNow.length - 1, Math.ceil((bottom - ys[0]) / yScale.step) + 1)
    ];
    drawCells = (context, top, bottom) => {
      const [j0, j1] = rowsBetween(top, bottom);
      for (let j = j0; j <= j1; ++j)
        for (const c of cellsOf.get(rowsNow[j]) ?? []) {
          context.globalAlpha = c.opacity;
          context.fillStyle = ROLE_COLORS[c.role];
          context.fillRect(x(c.item), ys[j], xScale.bandwidth, yScale.bandwidth);
        }
      context.globalAlpha = 1;
    };
    // For exports: the cells as Plot draws them in SVG (rects with the data-* of the SVG matrix), in today's order.
    cellsSvg = () => {
      const g = doc.createElementNS(SVG, "g") as SVGGElement;
      for (const c of cells) {
        const rect = doc.createElementNS(SVG, "rect");
        const attributes: Record<string, string | number> = {
          x: x(c.item),
          y: y(c.department),
          width: xScale.bandwidth,
          height: yScale.bandwidth,
          fill: ROLE_COLORS[c.role],
          "fill-opacity": c.opacity,
          "data-item": c.item,
          "data-department": c.department,
          "data-role": c.role
        };
        for (const [k, v] of Object.entries(attributes)) rect.setAttribute(k, String(v));
        g.append(rect);
      }
      return g;
    };
  }

  // On canvas, the chapter strip too: a row of 3,000 rects, each with its tooltip, is as many elements to walk on
  // every paint and to move on every re-ordering; an export draws them as the SVG strip does (stripCell).
  let stripLayer: CanvasLayer | null = null;
  const stripGroup = layer ? svg.querySelector('g[aria-label="chapter strip"]') : null;
  if (stripGroup) {
    const {top} = stripOptions;
    const fills = new Map(columns.map((id) => [id, stripCell(id, stripOptions).fill]));
    const stripWidth = round(xScale.step);
    stripLayer = canvasLayer(doc, {
      x: round(xs[0] - xGap),
      y: round(top),
      width: Math.max(1, round(xs[xs.length - 1] - xs[0] + xScale.step)),
      height: STRIP_HEIGHT,
      draw: (context) => {
        columnsNow.forEach((id, k) => {
          context.fillStyle = fills.get(id)!;
          context.fillRect(round(xs[k] - xGap), round(top), stripWidth, STRIP_HEIGHT);
        });
      },
      toSvg: () => {
        const g = doc.createElementNS(SVG, "g") as SVGGElement;
        for (const id of columnsNow) {
          const {fill, title} = stripCell(id, stripOptions);
          const rect = doc.createElementNS(SVG, "rect");
          const attributes = {x: round(x(id) - xGap), y: round(top), width: stripWidth, height: STRIP_HEIGHT, fill};
          for (const [k, v] of Object.entries(attributes)) rect.setAttribute(k, String(v));
          rect.setAttribute("data-item", id);
          rect.append(doc.createElementNS(SVG, "title"));
          rect.lastChild!.textContent = title;
          g.append(rect);
        }
        return g;
      }
    });
    stripGroup.append(stripLayer.element);
  }

  // The keyboard: arrows move over every position, Enter selects (matrixKeyboard.ts).
  const keyboard = matrixKeyboard(figure as HTMLElement, {
    rows,
    columns,
    cellAt: (d, i) => roleAt.get(`${d}\u0000${i}`)?.role ?? null,
    labelOf: (d, i) => {
      const item = items.get(i)!;
      const cell = roleAt.get(`${d}\u0000${i}`);
      const none = language === "zh" ? "无职责" : language === "en" ? "no responsibility" : "无职责 no responsibility";
      return `${item.id} ${item.title} · ${short(d)} · ${cell ? cell.label : none}`;
    },
    position: (d, i) => ({x: x(i), y: y(d), width: xScale.bandwidth, height: yScale.bandwidth})
  });

  // The tip: the cell under the pointer, found from the slots (so it follows a re-ordering).
  // In an HTML box above the drawing when the matrix is a <figure> (it has a legend): showing it then changes nothing
  // inside the svg, whose every change makes the browser walk and repaint all its elements (400 ms at 1,000
  // departments on this machine); else in a <g> of the svg.
  // On canvas, the HTML tip is itself a <canvas> (its text, the same, is the canvas's fallback content, read by
  // assistive technology and by textContent): drawing into a canvas and moving it by a transform paints nothing else,
  // where any change of a painted element makes the browser layerize the whole matrix again (16 to 25 ms a frame at
  // 1,000 departments, docs/performance.md "Matrix hover"). It is never hidden, only cleared.
  const html = figure !== svg;
  const painted = html && layer !== null;
  const tip: HTMLElement | SVGGElement = painted
    ? doc.createElement("canvas")
    : html
      ? doc.createElement("div")
      : doc.createElementNS(SVG, "g");
  tip.setAttribute("aria-label", "tip");
  tip.setAttribute("data-tip", "");
  if (html) {
    (figure as HTMLElement).style.position = "relative";
    Object.assign((tip as HTMLElement).style, {
      position: "absolute",
      left: "0",
      top: "0",
      // A layer of its own, moved by the compositor: showing, moving and filling it repaints only itself.
      willChange: "transform",
      visibility: "hidden",
      pointerEvents: "none",
      font: `${FONT_SIZE}px var(--sans-serif, system-ui, sans-serif)`,
      lineHeight: "1.3",
      whiteSpace: "pre",
      padding: "4px 8px",
      background: "var(--theme-background, white)",
      color: "var(--theme-foreground, black)",
      border: "1px solid currentColor",
      zIndex: "1"
    });
    if (painted) {
      // Its background colour is read from its computed caret colour (a canvas cannot fill with a var()). Sized once
      // for most tips: a canvas resized is a box laid out and painted again.
      const ratio = Math.min(2, doc.defaultView?.devicePixelRatio || 1);
      const [w, h] = [TIP_WIDTH + 18, Math.ceil(8 * FONT_SIZE * 1.3 + 10)];
      Object.assign((tip as HTMLElement).style, {
        padding: "0",
        border: "none",
        background: "none",
        caretColor: "var(--theme-background, white)",
        visibility: "visible",
        width: `${w}px`,
        height: `${h}px`
      });
      (tip as HTMLCanvasElement).width = Math.ceil(w * ratio);
      (tip as HTMLCanvasElement).height = Math.ceil(h * ratio);
    }
    figure.append(tip);
  } else {
    for (const [k, v] of Object.entries({
      fill: "var(--plot-background, white)",
      stroke: "currentColor",
      "pointer-events": "none",
      "text-anchor": "start",
      "font-size": FONT_SIZE
    }))
      tip.setAttribute(k, String(v));
    svg.append(tip);
  }
  const svgWidth = Number(svg.getAttribute("width")) || width;
  const svgHeight = Number(svg.getAttribute("height")) || height;
  const cellAtPointer = (event: MouseEvent): Cell | null => {
    const box = svg.getBoundingClientRect();
    const px = (event.clientX - box.left) * (box.width ? svgWidth / box.width : 1);
    const py = (event.clientY - box.top) * (box.height ? svgHeight / box.height : 1);
    const k = Math.floor((px - xs[0] + xGap) / xScale.step);
    const j = Math.floor((py - ys[0] + yGap) / yScale.step);
    if (k < 0 || k >= columnsNow.length || j < 0 || j >= rowsNow.length) return null;
    return roleAt.get(`${rowsNow[j]}\u0000${columnsNow[k]}`) ?? null;
  };
  // The canvas tip: drawn as the HTML one looks (border, padding 4px 8px, lines 1.3 em), in a canvas that only grows
  // (a canvas resized is a box laid out and painted again), cleared when no cell is under the pointer.
  let tipLook: {font: string; color: string; background: string; ratio: number} | null = null;
  const paintTip = (lines: string[] | null) => {
    const canvas = tip as HTMLCanvasElement;
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = canvas.getContext("2d");
    } catch {
      context = null; // jsdom without the canvas package
    }
    if (!context) return;
    if (!tipLook) {
      const style = doc.defaultView!.getComputedStyle(canvas);
      tipLook = {
        font: `${FONT_SIZE}px ${style.fontFamily || "sans-serif"}`,
        color: style.color || "black",
        background: style.caretColor || "white",
        ratio: Math.min(2, doc.defaultView!.devicePixelRatio || 1)
      };
    }
    const {font, color, background, ratio} = tipLook;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (!lines) return;
    context.font = font;
    const lineHeight = FONT_SIZE * 1.3;
    const w = Math.ceil(Math.max(...lines.map((l) => context.measureText(l).width)) + 18);
    const h = Math.ceil(lines.length * lineHeight + 10);
    if (canvas.width < w * ratio || canvas.height < h * ratio) {
      const cw = Math.max(canvas.width / ratio, w, TIP_WIDTH + 18);
      const ch = Math.max(canvas.height / ratio, h, 8 * lineHeight + 10);
      canvas.width = Math.ceil(cw * ratio);
      canvas.height = Math.ceil(ch * ratio);
      canvas.style.width = `${canvas.width / ratio}px`;
      canvas.style.height = `${canvas.height / ratio}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = background;
    context.fillRect(0, 0, w, h);
    context.strokeStyle = color;
    context.lineWidth = 1;
    context.strokeRect(0.5, 0.5, w - 1, h - 1);
    context.font = font;
    context.fillStyle = color;
    context.textBaseline = "middle";
    lines.forEach((line, k) => context!.fillText(line, 9, 5 + (k + 0.5) * lineHeight));
  };
  let tipCell: Cell | null = null;
  const showTip = (cell: Cell | null) => {
    if (cell === tipCell) return;
    tipCell = cell;
    if (!cell || !html) tip.replaceChildren();
    if (cell && html) {
      // Sizes read before anything is written: reading them after the tip's text changed would lay out the page
      // again inside the handler (a forced layout).
      const box = svg.getBoundingClientRect();
      const outer = figure.getBoundingClientRect();
      const lines = cell.title.split("\n").flatMap((line) => wrapLine(line, TIP_WIDTH));
      const style = (tip as HTMLElement).style;
      tip.textContent = lines.join("\n");
      // Beside the cell, in the figure's pixels (the svg may be scaled to its box), kept inside the figure.
      const scale = box.width ? box.width / svgWidth : 1;
      const w = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE))) + 18;
      const h = lines.length * FONT_SIZE * 1.3 + 10;
      let left = box.left - outer.left + (x(cell.item) + xScale.bandwidth) * scale + 4;
      let top = box.top - outer.top + (y(cell.department) + yScale.bandwidth) * scale + 4;
      if (left + w > outer.width) left = Math.max(0, outer.width - w);
      if (top + h > outer.height) top = Math.max(0, box.top - outer.top + y(cell.department) * scale - h - 4);
      style.transform = `translate(${round(left)}px,${round(top)}px)`;
      if (painted) paintTip(lines);
      else style.visibility = "visible";
    } else if (painted) {
      paintTip(null);
    } else if (html) {
      (tip as HTMLElement).style.visibility = "hidden";
    } else if (cell) {
      const lines = cell.title.split("\n").flatMap((line) => wrapLine(line, TIP_WIDTH));
      const lineHeight = FONT_SIZE * 1.3;
      const w = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE))) + 16;
      const h = lines.length * lineHeight + 12;
      let tx = x(cell.item) + xScale.bandwidth / 2;
      let ty = y(cell.department) + yScale.bandwidth + 4;
      if (tx + w > svgWidth) tx = Math.max(0, svgWidth - w - 2);
      if (ty + h > svgHeight) ty = Math.max(0, y(cell.department) - h - 4);
      tip.setAttribute("transform", `translate(${round(tx)},${round(ty)})`);
      const background = doc.createElementNS(SVG, "rect");
      background.setAttribute("width", String(round(w)));
      background.setAttribute("height", String(round(h)));
      const text = doc.createElementNS(SVG, "text");
      text.setAttribute("fill", "currentColor");
      text.setAttribute("stroke", "none");
      for (const [n, line] of lines.entries()) {
        const tspan = doc.createElementNS(SVG, "tspan");
        tspan.setAttribute("x", "8");
        tspan.setAttribute("y", String(round(6 + FONT_SIZE + n * lineHeight)));
        tspan.textContent = line;
        text.append(tspan);
      }
      tip.append(background, text);
    }
    (figure as unknown as {value: unknown}).value = cell;
    figure.dispatchEvent(new (doc.defaultView?.Event ?? Event)("input", {bubbles: true}));
  };
  const onPointer = (event: Event) => showTip(cellAtPointer(event as MouseEvent));
  svg.addEventListener("pointermove", onPointer);
  svg.addEventListener("pointerdown", onPointer);
  svg.addEventListener("pointerleave", () => showTip(null));

  // Re-ordering in place: each drawn element moves to its new slot.
  const cellRects = [...svg.querySelectorAll<SVGRectElement>('g[aria-label="cell"] rect[data-item]')].map((rect) => ({
    rect,
    item: rect.getAttribute("data-item")!,
    department: rect.getAttribute("data-department")!
  }));
  const xText = xs.map(String);
  const yText = ys.map(String);
  const stripRects = new Map(
    [...svg.querySelectorAll<SVGRectElement>('g[aria-label="chapter strip"] rect[data-item]')].map((r) => [
      r.getAttribute("data-item")!,
      r
    ])
  );
  const xLabelGroup = svg.querySelector('g[aria-label="x-axis tick label"]');
  const yLabelGroup = svg.querySelector('g[aria-label="y-axis tick label"]');
  // Each tick label in a <g> placed by a translation: moving the <g> moves the label without laying its text out
  // again (a <text>'s own transform or position would: seconds for 4,000 labels).
  const tickLabels = (g: Element | null, key: string) =>
    new Map(
      [...(g?.querySelectorAll<SVGTextElement>(`text[${key}]`) ?? [])].map((t) => {
        const [, a, b, rest] = /^translate\(([^,]+),([^)]+)\)(.*)$/.exec(t.getAttribute("transform") ?? "") ?? [];
        const place = doc.createElementNS(SVG, "g");
        place.setAttribute("transform", `translate(${a},${b})`);
        t.replaceWith(place);
        place.append(t);
        if (rest?.trim()) t.setAttribute("transform", rest.trim());
        else t.removeAttribute("transform");
        return [t.getAttribute(key)!, {place, a: Number(a), b: Number(b), at: Number(b)}];
      })
    );
  const slotLabels = [...(xLabelGroup?.querySelectorAll<SVGTextElement>("text[data-item]") ?? [])];
  const xLabels = tickLabels(xLabelGroup, "data-item");
  const yLabels = tickLabels(yLabelGroup, "data-department");
  const stripRoot = svg.querySelector('g[aria-label="chapters of the columns"]');
  const outlineRow = svg.querySelector<SVGRectElement>('g[aria-label="highlight"] rect[data-department]');
  const outlineColumn = svg.querySelector<SVGRectElement>('g[aria-label="highlight"] rect[data-item]');
  const inOrder = (wanted: readonly string[], drawn: string[]) => {
    const has = new Set(drawn);
    const out = [...new Set(wanted.filter((v) => has.has(v)))];
    const placed = new Set(out);
    for (const v of drawn) if (!placed.has(v)) out.push(v);
    return out;
  };
  const moveLabel = (d: string) => {
    const label = yLabels.get(d)!;
    label.at = y(d);
    label.place.setAttribute("transform", `translate(${label.a},${label.at})`);
  };
  // The row labels left to move after a re-ordering (each to where its row is then), a hundred an idle period: the
  // frame after each then restyles a hundred labels, not a thousand.
  let rowsLater: string[] = [];
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const whenIdle = (f: () => void) => {
    if (typeof view?.requestIdleCallback === "function") view.requestIdleCallback(f, {timeout: 300});
    else setTimeout(() => f(), 20);
  };
  const moveLater = (all = false) => {
    const batch = rowsLater.splice(0, all ? rowsLater.length : 100);
    for (const d of batch) if (yLabels.get(d)!.at !== y(d)) moveLabel(d);
    if (rowsLater.length) whenIdle(() => moveLater());
  };
  // An export (chartSvg) settles the drawing first: every label left to move moves now, so the file never shows a
  // label in its old row.
  (svg as SVGSVGElement & {settle?: () => void}).settle = () => moveLater(true);
  const reorder = (next: MatrixOrder) => {
    const newRows = inOrder(next.rows, rows);
    const newColumns = inOrder(next.columns, columns);
    const sameRows = newRows.every((d, k) => d === rowsNow[k]);
    const sameColumns = newColumns.every((id, k) => id === columnsNow[k]);
    if (sameRows && sameColumns) return;
    const oldRow = rowIndex;
    const oldColumn = columnIndex;
    rowsNow = newRows;
    columnsNow = newColumns;
    rowIndex = new Map(newRows.map((d, k) => [d, k]));
    columnIndex = new Map(newColumns.map((id, k) => [id, k]));
    showTip(null);
    for (const {rect, item, department} of cellRects) {
      const k = columnIndex.get(item)!;
      const j = rowIndex.get(department)!;
      if (oldColumn.get(item) !== k) rect.setAttribute("x", xText[k]);
      if (oldRow.get(department) !== j) rect.setAttribute("y", yText[j]);
    }
    if (!sameColumns) {
      for (const id of newColumns) {
        const rect = stripRects.get(id);
        if (!rect) continue;
        rect.setAttribute("x", String(round(x(id) - xGap)));
      }
      if (labelEvery > 1)
        // The labels that fit stay in their slots and name the columns now there.
        slotLabels.forEach((text, k) => {
          const id = newColumns[k * labelEvery];
          if (!id || text.getAttribute("data-item") === id) return;
          text.setAttribute("data-item", id);
          if (text.firstChild?.nodeType === 3) (text.firstChild as Text).data = columnLabel(id);
          const title = text.querySelector("title");
          if (title) title.textContent = columnTitle(id);
        });
      else
        for (const id of newColumns) {
          const label = xLabels.get(id);
          if (!label) continue;
          label.place.setAttribute("transform", `translate(${x(id)},${label.b})`);
        }
      if (outlineColumn)
        outlineColumn.setAttribute("x", String(round(x(outlineColumn.getAttribute("data-item")!) - xGap)));
      if (stripRoot) {
        stripRoot
          .querySelectorAll('g[aria-label="column groups"], g[aria-label="group separators"]')
          .forEach((g) => g.remove());
        if (inDocumentOrder(newColumns, items))
          drawColumnGroups(stripRoot, newColumns, stripOptions, {
            left: (id) => x(id) - xGap,
            right: (id) => x(id) + xScale.bandwidth + xGap,
            bottom: svgHeight - marginBottom
          });
      }
    }
    if (!sameRows) {
      // On canvas, the row labels on screen (where they are or where they go) move now, the others in idle time: each
      // label moved is an element the browser restyles, lays out and paints again in the frame (1,000 at 1,000
      // departments, where a screen shows a fifth of them).
      const band = layer?.onScreen() ?? null;
      const near = (v: number) => band === null || (v + yScale.step >= band[0] && v <= band[1]);
      const later: string[] = [];
      for (const d of newRows) {
        const label = yLabels.get(d);
        if (!label || label.at === y(d)) continue;
        if (near(y(d)) || near(label.at)) moveLabel(d);
        else later.push(d);
      }
      rowsLater = later;
      if (later.length) whenIdle(() => moveLater());
      if (outlineRow)
        outlineRow.setAttribute("y", String(round(y(outlineRow.getAttribute("data-department")!) - yGap)));
    }
    layer?.redraw();
    if (!sameColumns) stripLayer?.redraw();
    keyboard.reorder(newRows, newColumns);
  };
  layer?.redraw();
  // The orders computed in idle time, so that a re-ordering only moves the matrix (the similarity order is most of
  // a re-ordering's time otherwise: 60 ms at 100 departments, 66 at 1,000 on a quiet machine before it was sped
  // up). The similarity order first, the longest to compute; the drawn order is usually kept already.
  for (const ordering of ["similarity", "workload", "document"] as const)
    prepareOrder(model, ordering, {includeImplicit: showImplicit});
  const cellBox = (department: string, item: string) =>
    rowIndex.has(department) && columnIndex.has(item)
      ? {x: x(item), y: y(department), width: xScale.bandwidth, height: yScale.bandwidth}
      : null;
  return Object.assign(figure, {reorder, cellBox}) as MatrixElement;
}

/** The widest line of a tip (pixels, as textWidth measures: 36 Chinese characters at 12 px). */
const TIP_WIDTH = 36 * FONT_SIZE;

/** Breaks a line of a tip to `max` pixels: at the last space that fits, else between characters (Chinese). */
function wrapLine(line: string, max: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (textWidth(rest, FONT_SIZE) > max) {
    const chars = [...rest];
    let n = 0;
    let w = 0;
    while (n < chars.length && w + textWidth(chars[n], FONT_SIZE) <= max) w += textWidth(chars[n++], FONT_SIZE);
    n = Math.max(1, n);
    const space = chars.slice(0, n + 1).lastIndexOf(" ");
    const cut = space > 0 ? space : n;
    out.push(chars.slice(0, cut).join("").trimEnd());
    rest = chars.slice(cut).join("").trimStart();
  }
  out.push(rest);
  return out;
}
