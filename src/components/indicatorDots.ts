/**
 * indicatorDots(rows, options): one indicator's figures on one axis — each plan's target, the nation's and the
 * province's targets and observed values — one row each, a dot at the value and its words beside it (≥94% · 2025).
 * A target is a filled dot, an observed value a hollow one; the colour says whose figure it is (a plan, the
 * nation, the province), and the row's name says it too.
 *
 *   indicatorDots([{who: "延政发〔2024〕8号", side: "plan", kind: "target", value: 94, comparator: ">=", unit: "%",
 *     year: 2025}], {width, limit: 100})
 *
 * rows: {who, side: plan|nation|province, kind: target|observation, value, comparator (=, >=, <=), unit, year,
 * title?}; options.limit: the highest possible value (100 for a share in %), never passed by the axis. Options
 * are passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import type {Comparator} from "../lib/model.js";
import {chartWidth} from "./chartWidth.js";
import {textWidth} from "./labels.js";
import {FIGURE_COLORS} from "./palette.js";
import {COMPARATOR_SIGNS} from "../lib/vocabulary.js";

export interface FigureRow {
  who: string;
  side: "plan" | "nation" | "province";
  kind: "target" | "observation";
  value: number;
  comparator: Comparator;
  unit: string | null;
  year: number | null;
  title?: string;
}

export function indicatorDots(
  rows: FigureRow[],
  {limit = null, ...options}: Plot.PlotOptions & {limit?: number | null} = {}
): SVGSVGElement | HTMLElement {
  const width = chartWidth(options.width, {min: 300, fallback: 640});
  const whos = [...new Set(rows.map((r) => r.who))];
  const words = (r: FigureRow) =>
    `${COMPARATOR_SIGNS[r.comparator]}${r.value}${r.unit ?? ""}${r.year ? ` · ${r.year}` : ""}`;
  const fontSize = width < 480 ? 11 : 12;
  const marginLeft = Math.min(Math.round(width * 0.5), Math.max(60, ...whos.map((w) => textWidth(w, fontSize) + 22)));
  // On a phone the words go above the dot, so that the axis keeps the width; on a wider screen, beside it.
  const narrow = width < 480;
  const marginRight = narrow
    ? Math.max(24, ...rows.map((r) => textWidth(words(r), 10) / 2 + 4))
    : Math.max(70, ...rows.map((r) => textWidth(words(r), fontSize) + 16));
  // The axis spans the values with room on both sides (equal values still get an axis), never past the limit.
  const values = rows.map((r) => r.value);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max((hi - lo) * 0.15, Math.abs(hi) * 0.05, 1);
  const domain = [lo - pad, limit !== null && hi <= limit ? Math.min(limit, hi + pad) : hi + pad];
  return Plot.plot({
    height: (narrow ? 40 : 30) * whos.length + 50,
    marginLeft,
    marginRight,
    style: {fontSize: `${fontSize}px`},
    x: {domain, label: rows.find((r) => r.unit)?.unit ?? null, grid: true, nice: true, ticks: narrow ? 4 : 6},
    y: {domain: whos, label: null},
    marks: [
      Plot.ruleY(whos, {stroke: "#eee"}),
      Plot.dot(rows, {
        x: "value",
        y: "who",
        r: 6,
        stroke: (r: FigureRow) => FIGURE_COLORS[r.side],
        fill: (r: FigureRow) => (r.kind === "target" ? FIGURE_COLORS[r.side] : "white"),
        strokeWidth: 2,
        tip: true,
        title: (r: FigureRow) => r.title ?? `${r.who}\n${words(r)}`
      }),
      Plot.text(
        rows,
        narrow
          ? {x: "value", y: "who", text: words, dy: -13, fontSize: 10, fill: "currentColor"}
          : {x: "value", y: "who", text: words, dx: 10, textAnchor: "start", fill: "currentColor"}
      )
    ],
    ...options,
    width
  });
}
