/**
 * chapterStrip(columns, options): a mark for a plot whose x scale is a band of item ids (the responsibility
 * matrix): a thin strip above the columns colouring each item by its chapter (chapterColor); when `groups` is set
 * (the columns are in document order), the chapters (二、工作任务 …, the title cut with "…" to the chapter's width, the
 * full title in a tip) labelled above the strip, and under them the 专栏 boxes and the groups ((一)…, a chapter's
 * top-level sections, when `outline` gives them), with rules separating them down to the bottom of the frame
 * (solid between chapters, dashed around a box or a group).
 *
 *   Plot.plot({x: {domain: columns}, marks: [chapterStrip(columns, {items, chapters, top: 40, groups: true}), …]})
 *
 * Returns a Plot render function (a mark) drawing, in a <g aria-label="chapters of the columns">, a
 * <g aria-label="chapter strip">, and with groups
 * <g aria-label="column groups"> and <g aria-label="group separators">. Each strip cell carries data-item and a
 * tooltip naming its chapter.
 */
import type * as Plot from "@observablehq/plot";
import type {Chapter, Group as OutlineGroup, Item} from "../lib/model.js";
import {chapterLabel} from "../lib/vocabulary.js";
import {fitText, round, textWidth} from "./labels.js";
import {chapterColor} from "./palette.js";

export interface ChapterStripOptions {
  /** Every item of the plan by id (the columns are some of them). */
  items: Map<string, Item>;
  /** The plan's chapters by seq. */
  chapters: Map<number, Chapter>;
  /** The plan's groups ((一)…) by id: the second band labels a chapter's top-level groups; none without it. */
  outline?: Map<string, OutlineGroup>;
  /** The strip's top, in pixels from the top of the plot. */
  top: number;
  /** Label the chapters and 专栏 boxes above the strip and draw their rules (for columns in document order). */
  groups: boolean;
  /** The strip's height in pixels (default STRIP_HEIGHT). */
  height?: number;
  /** The labels' font size in pixels (default 11). */
  fontSize?: number;
  /**
   * Draw the strip's cells (default true); false leaves <g aria-label="chapter strip"> empty, for a chart that draws
   * them itself (the responsibility matrix on canvas, with stripCell's colours and tooltips).
   */
  cells?: boolean;
}

/** The strip's default height, and the height of the chapter and 专栏 label rows above it (pixels). */
export const STRIP_HEIGHT = 6;
export const GROUP_BAND = 34;

/** A run of adjacent columns of one chapter or 专栏 box. */
interface Group {
  key: string;
  label: string;
  /** What the label shrinks to when not even its first characters and "…" fit (二, the box's number, (一)). */
  short: string;
  title: string;
  first: string;
  last: string;
}

const SVG = "http://www.w3.org/2000/svg";

/** Makers of svg elements in `doc`: el(tag, attributes, parent) appends one (numbers rounded), title(e, text) its tooltip. */
function svgMaker(doc: Document) {
  const el = (tag: string, attributes: Record<string, string | number>, parent: Element) => {
    const e = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(typeof v === "number" ? round(v) : v));
    parent.appendChild(e);
    return e;
  };
  const title = (e: Element, text: string) => (el("title", {}, e).textContent = text);
  return {el, title};
}

/** Whether the columns stand in the plan's order (only then are chapters and boxes runs of columns). */
export function inDocumentOrder(columns: readonly string[], items: Map<string, Item>): boolean {
  return columns.every((id, i) => i === 0 || items.get(columns[i - 1])!.order < items.get(id)!.order);
}

/** The runs of adjacent columns sharing a key (null: no run). */
function runs(
  columns: readonly string[],
  key: (id: string) => string | null
): Omit<Group, "label" | "short" | "title">[] {
  const out: Omit<Group, "label" | "short" | "title">[] = [];
  columns.forEach((id, i) => {
    const k = key(id);
    const last = out[out.length - 1];
    if (k !== null && last && last.key === k && columns[i - 1] === last.last) last.last = id;
    else if (k !== null) out.push({key: k, first: id, last: id});
  });
  return out;
}

/** The top-level group ((一)…, no parent) an item stands in, or null. */
function topGroup(item: Item, outline: Map<string, OutlineGroup> | undefined): OutlineGroup | null {
  let group = item.group == null ? undefined : outline?.get(item.group);
  while (group?.parent && outline?.get(group.parent)) group = outline.get(group.parent)!;
  return group ?? null;
}

/**
 * The chapter runs and, for the second band, the runs of 专栏 boxes and of top-level groups ((一)…) of the columns:
 * an action in a box is in the box's run, any other item in its group's.
 */
function columnGroups(columns: readonly string[], {items, chapters, outline}: ChapterStripOptions): [Group[], Group[]] {
  const byChapter = runs(columns, (id) => (items.get(id)!.chapter == null ? null : String(items.get(id)!.chapter))).map(
    (g) => {
      const c = chapters.get(Number(g.key));
      return {...g, label: c ? chapterLabel(c) : g.key, short: c?.numeral ?? g.key, title: c ? chapterLabel(c) : g.key};
    }
  );
  const second = runs(columns, (id) => {
    const item = items.get(id)!;
    if (item.kind === "action" && item.column != null) return `box:${item.chapter}:${item.column}`;
    const group = topGroup(item, outline);
    return group ? `group:${group.id}` : null;
  }).map((g) => {
    const first = items.get(g.first)!;
    if (g.key.startsWith("group:")) {
      const group = outline!.get(g.key.slice(6))!;
      const label = `${group.numbering}${group.title}`;
      return {...g, label, short: group.numbering, title: label};
    }
    const number = first.column!;
    const column = chapters.get(first.chapter ?? -1)?.columns.find((c) => c.number === number);
    return {...g, label: `专栏${number}`, short: String(number), title: `专栏${number} ${column?.title ?? ""}`.trim()};
  });
  return [byChapter, second];
}

/** Where a column's band starts and ends (pixels), and the frame's bottom: what the group labels and rules need. */
export interface ColumnGeometry {
  left(id: string): number;
  right(id: string): number;
  bottom: number;
}

/**
 * Draws the chapter and 专栏 labels above the strip (<g aria-label="column groups">) and the rules separating them
 * down to the frame's bottom (<g aria-label="group separators">) into `root`, for `columns` in document order at
 * the positions `geometry` gives; the responsibility matrix calls it again when it is re-ordered in place.
 */
export function drawColumnGroups(
  root: Element,
  columns: readonly string[],
  options: ChapterStripOptions,
  {left, right, bottom}: ColumnGeometry
): void {
  const doc = root.ownerDocument;
  const {top: stripY, fontSize = 11} = options;
  const [chapterGroups, boxGroups] = columnGroups(columns, options);
  const {el, title} = svgMaker(doc);
  const labels = el(
    "g",
    {"aria-label": "column groups", "font-size": fontSize, "text-anchor": "middle", fill: "currentColor"},
    root
  );
  const bands: [Group[], number][] = [
    [chapterGroups, stripY - GROUP_BAND + 12],
    [boxGroups, stripY - GROUP_BAND / 2 + 10]
  ];
  for (const [list, baseline] of bands) {
    for (const group of list) {
      const x0 = left(group.first);
      const x1 = right(group.last);
      // A label fits its run of columns: cut with "…" (二、工作… for 二、工作任务), else its short form (二, a box's
      // number); the full label in the tip.
      // Within its run, so that the labels of two runs side by side never overlap over their separator.
      const room = x1 - x0;
      const cut = fitText(group.label, room, fontSize);
      const text =
        textWidth(group.label, fontSize) <= room
          ? group.label
          : [...cut].length > [...group.short].length + 1 && textWidth(cut, fontSize) <= room
            ? cut
            : group.short;
      const t = el("text", {x: (x0 + x1) / 2, y: baseline}, labels);
      t.textContent = text;
      title(t, group.title);
      el("line", {x1: x0 + 1, x2: x1 - 1, y1: baseline + 3, y2: baseline + 3, stroke: "#999"}, labels);
    }
  }
  const rules = el("g", {"aria-label": "group separators", fill: "none"}, root);
  chapterGroups.forEach((group, i) => {
    if (i === 0) return;
    const gx = left(group.first);
    el("line", {x1: gx, x2: gx, y1: stripY - GROUP_BAND, y2: bottom, stroke: "#888"}, rules);
  });
  for (const group of boxGroups) {
    for (const gx of [left(group.first), right(group.last)]) {
      if (chapterGroups.some((c) => Math.abs(left(c.first) - gx) < 0.5)) continue;
      el("line", {x1: gx, x2: gx, y1: stripY, y2: bottom, stroke: "#ccc", "stroke-dasharray": "2,2"}, rules);
    }
  }
}

/** The fill and tooltip of the strip's cell of item `id` (chapterColor; "T3 · 三、…" naming its chapter). */
export function stripCell(id: string, {items, chapters}: Pick<ChapterStripOptions, "items" | "chapters">) {
  const item = items.get(id)!;
  const c = chapters.get(item.chapter ?? -1);
  return {fill: chapterColor(item.chapter), title: c ? `${id} · ${chapterLabel(c)}` : id};
}

/** The strip mark (see above). */
export function chapterStrip(columns: readonly string[], options: ChapterStripOptions): Plot.RenderFunction {
  const {top: stripY, groups, height = STRIP_HEIGHT} = options;
  return (_index, scales, _values, dimensions, context) => {
    const doc = context.document;
    const x = scales.x as unknown as ((v: string) => number | undefined) & {bandwidth(): number; step(): number};
    const root = doc.createElementNS(SVG, "g");
    root.setAttribute("aria-label", "chapters of the columns");
    const {el, title} = svgMaker(doc);
    const gap = (x.step() - x.bandwidth()) / 2;
    const left = (id: string) => x(id)! - gap;
    const right = (id: string) => x(id)! + x.bandwidth() + gap;
    const bottom = dimensions.height - dimensions.marginBottom;

    const strip = el("g", {"aria-label": "chapter strip"}, root);
    for (const id of options.cells === false ? [] : columns) {
      const {fill, title: tooltip} = stripCell(id, options);
      const r = el("rect", {x: left(id), y: stripY, width: x.step(), height, fill, "data-item": id}, strip);
      title(r, tooltip);
    }
    if (groups) drawColumnGroups(root, columns, options, {left, right, bottom});
    return root;
  };
}
