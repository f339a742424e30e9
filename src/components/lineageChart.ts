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
import {labelLanes} from "./labelLanes.js";
import {xAxisLabelMargin} from "./axisRoom.js";
import {LINEAGE_COLORS} from "./palette.js";

/** The thresholds' labels' font size in px. */
const THRESHOLD_FONT_SIZE = 10;

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
  const marginLeft = Math.min(
    Math.round(width * 0.42),
    Math.max(50, ...rows.map((r) => textWidth(r.name, fontSize) + 10))
  );
  const marginRight = 20;
  // The thresholds' labels above the frame, each centred on its rule (or ending at the chart's right edge when it
  // would pass it), stacked in lanes where two would meet (labelLanes): 改写 ≥ 0.3 and 照搬 ≥ 0.8 on a phone.
  const frameWidth = width - marginLeft - marginRight;
  const placed = thresholds.map((t) => {
    const x = t.value * frameWidth;
    const w = textWidth(t.text, THRESHOLD_FONT_SIZE);
    const end = x + w / 2 > frameWidth + marginRight;
    return {...t, anchor: end ? "end" : "middle", left: end ? x - w : x - w / 2, right: end ? x : x + w / 2};
  });
  const lanes = labelLanes(placed, {gap: 6});
  const laneHeight = THRESHOLD_FONT_SIZE + 3;
  const shown = placed.map((t, i) => ({...t, dy: -18 - lanes[i] * laneHeight}));
  return Plot.plot({
    height: 18 * rows.length + 100 + Math.max(0, ...lanes) * laneHeight,
    marginLeft,
    marginRight,
    marginTop: 30 + Math.max(0, ...lanes) * laneHeight,
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
      ...shown.map((t) =>
        Plot.text([t], {
          x: "value",
          text: "text",
          frameAnchor: "top",
          dy: t.dy,
          textAnchor: t.anchor as "middle" | "end",
          fontSize: THRESHOLD_FONT_SIZE
        })
      ),
      Plot.ruleX([0])
    ],
    ...options,
    width
  });
}
