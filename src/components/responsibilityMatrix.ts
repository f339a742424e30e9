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
 * data-department and data-role.
 */
import * as Plot from "@observablehq/plot";
import type {Department, Item, PlanModel, Responsibility, Role} from "../lib/model.js";
import type {MatrixOrder} from "../lib/ordering.js";
import {departmentName, departmentOf, departmentTitle, fitText, itemLabel, round, textWidth} from "./labels.js";
import {matrixKeyboard} from "./matrixKeyboard.js";
import {type Language, localize} from "../page/language.js";
import {ROLE_COLORS} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";
import {chapterStrip, GROUP_BAND, inDocumentOrder, STRIP_HEIGHT} from "./chapterStrip.js";
import {chartWidth} from "./chartWidth.js";

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
}

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
    ...options
  }: ResponsibilityMatrixOptions
): SVGSVGElement | HTMLElement {
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

  const documentOrder = inDocumentOrder(columns, items);
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));

  const columnLabel = (id: string) => (itemLabels === "short" ? itemLabel(items.get(id)!, SHORT_TITLE) : id);
  const idWidth = Math.max(20, ...columns.map((id) => textWidth(columnLabel(id), ID_FONT_SIZE)));
  const short = (name: string) =>
    fitText(departmentName(departmentOf(departments, name), language), Math.max(40, labelLimit), FONT_SIZE);
  const labelWidth = Math.max(40, ...rows.map((d) => textWidth(short(d), FONT_SIZE)));
  const marginTop = (documentOrder ? GROUP_BAND : 4) + STRIP_HEIGHT + 4 + TICK_PADDING + idWidth + 4;
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
      chapterStrip(columns, {
        items,
        chapters,
        top: marginTop - TICK_PADDING - idWidth - 4 - STRIP_HEIGHT,
        groups: documentOrder,
        fontSize: ID_FONT_SIZE
      }),
      outlines,
      Plot.axisX({
        anchor: "top",
        tickRotate: -90,
        tickSize: 0,
        tickPadding: TICK_PADDING,
        fontSize: ID_FONT_SIZE,
        tickFormat: columnLabel,
        label: null,
        title: (id: string) => {
          const item = items.get(id);
          return item ? `${item.id} ${item.title}` : id;
        }
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
        title: "title",
        tip: {lineWidth: 36},
        render(index, scales, values, dimensions, context, next) {
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
    .forEach((t, i) => t.setAttribute("data-item", columns[i]));
  // The keyboard: arrows move over every position, Enter selects (matrixKeyboard.ts).
  const roleAt = new Map(cells.map((c) => [`${c.department}\u0000${c.item}`, c]));
  const plot = figure as unknown as {scale(name: "x" | "y"): {apply(v: string): number; bandwidth: number}};
  if (typeof plot.scale === "function") {
    const x = plot.scale("x");
    const y = plot.scale("y");
    matrixKeyboard(figure as HTMLElement, {
      rows,
      columns,
      cellAt: (d, i) => roleAt.get(`${d}\u0000${i}`)?.role ?? null,
      labelOf: (d, i) => {
        const item = items.get(i)!;
        const cell = roleAt.get(`${d}\u0000${i}`);
        const none =
          language === "zh" ? "无职责" : language === "en" ? "no responsibility" : "无职责 no responsibility";
        return `${item.id} ${item.title} · ${short(d)} · ${cell ? cell.label : none}`;
      },
      position: (d, i) => ({x: x.apply(i), y: y.apply(d), width: x.bandwidth, height: y.bandwidth})
    });
  }
  return figure;
}
