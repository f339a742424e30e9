/**
 * lineageChart(rows, options): how close each item of a child plan is to its nearest item of the parent — a bar
 * per child item (in the child's order) at its similarity (0–1), coloured by its label (copied, adapted, new),
 * with the two thresholds drawn as rules.
 *
 *   lineageChart([{id: "T1", name: "T1 加强政府统一领导", label: "adapted", labelText: "改写 adapted",
 *     similarity: 0.41}], {thresholds: [{value: 0.3, text: "改写 adapted ≥ 0.3"}, …], width})
 *
 * rows: {id, name (the item's label on the axis), label (copied|adapted|new), labelText (the label in the
 * interface language), similarity, title?}. Options are passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import {chartWidth} from "./chartWidth.js";
import {textWidth} from "./labels.js";
import {xAxisLabelMargin} from "./axisRoom.js";
import {LINEAGE_COLORS} from "./palette.js";

export interface LineageRow {
  id: string;
  name: string;
  label: "copied" | "adapted" | "new";
  labelText: string;
  similarity: number;
  title?: string;
}

export function lineageChart(
  rows: LineageRow[],
  {
    thresholds = [],
    xLabel = "similarity to the nearest parent item",
    ...options
  }: Plot.PlotOptions & {thresholds?: {value: number; text: string}[]; xLabel?: string}
): SVGSVGElement | HTMLElement {
  const width = chartWidth(options.width, {min: 300, fallback: 640});
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 12;
  const labels = [...new Set(rows.map((r) => r.label))];
  return Plot.plot({
    height: 18 * rows.length + 100,
    marginLeft: Math.min(Math.round(width * 0.42), Math.max(50, ...rows.map((r) => textWidth(r.name, fontSize) + 10))),
    marginRight: 20,
    marginTop: 30,
    // The long axis label (similarity to …) on a line of its own, under the ticks 0.0–1.0 it would cover.
    marginBottom: xAxisLabelMargin(fontSize),
    style: {fontSize: `${fontSize}px`},
    x: {domain: [0, 1], label: xLabel, grid: true},
    y: {domain: rows.map((r) => r.name), label: null},
    color: {
      domain: labels.map((l) => rows.find((r) => r.label === l)!.labelText),
      range: labels.map((l) => LINEAGE_COLORS[l]),
      legend: true
    },
    marks: [
      Plot.barX(rows, {
        x: "similarity",
        y: "name",
        fill: "labelText",
        tip: true,
        title: (r: LineageRow) => r.title ?? `${r.name}\n${r.labelText}: ${r.similarity.toFixed(2)}`
      }),
      Plot.ruleX(thresholds, {x: "value", stroke: "#555", strokeDasharray: "4,3"}),
      Plot.text(thresholds, {x: "value", text: "text", frameAnchor: "top", dy: -18, fontSize: 10}),
      Plot.ruleX([0])
    ],
    ...options,
    width
  });
}
