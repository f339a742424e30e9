/**
 * functionHeatmap(cells, options): the same function's load in each plan — a cell per function (rows) and plan
 * (columns), shaded by the share of the plan's items its departments touch and labelled with the count of items.
 *
 *   functionHeatmap(loads, {plans: [{plan, label}], functions: [{function, label}], width})
 *
 * cells: {plan, function, items, share (0–1), title?} (FunctionLoad of src/lib/compare/responsibilityLoad.ts;
 * rows whose function is null are left out). options.plans and options.functions give the order and labels of
 * the columns and rows (a function no plan's departments serve is left out). Options are passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import {chartWidth} from "./chartWidth.js";
import {textWidth} from "./labels.js";

export interface FunctionCell {
  plan: string;
  function: string | null;
  items: number;
  share: number | null;
  title?: string;
}

export function functionHeatmap(
  cells: FunctionCell[],
  {
    plans,
    functions,
    legend = "share of the plan's items",
    ...options
  }: Plot.PlotOptions & {
    plans: {plan: string; label: string}[];
    functions: {function: string; label: string}[];
    legend?: string;
  }
): SVGSVGElement | HTMLElement {
  const shown = cells.filter((c) => c.function !== null && c.share !== null);
  const labelOf = new Map(plans.map((p) => [p.plan, p.label]));
  const rowOf = new Map(functions.map((f) => [f.function, f.label]));
  const rows = functions.filter((f) => shown.some((c) => c.function === f.function)).map((f) => f.label);
  const width = chartWidth(options.width, {min: 300, fallback: 640});
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 12;
  return Plot.plot({
    height: 26 * rows.length + (narrow ? 150 : 130),
    marginLeft: Math.min(Math.round(width * 0.4), Math.max(60, ...rows.map((r) => textWidth(r, fontSize) + 10))),
    marginBottom: narrow ? 120 : 100,
    style: {fontSize: `${fontSize}px`},
    x: {domain: plans.map((p) => p.label), label: null, tickRotate: -35},
    y: {domain: rows, label: null},
    color: {type: "linear", domain: [0, 100], scheme: "blues", legend: true, label: legend},
    marks: [
      Plot.cell(shown, {
        x: (c: FunctionCell) => labelOf.get(c.plan) ?? c.plan,
        y: (c: FunctionCell) => rowOf.get(c.function!) ?? c.function,
        fill: (c: FunctionCell) => c.share! * 100,
        inset: 1,
        tip: true,
        title: (c: FunctionCell) =>
          c.title ??
          `${labelOf.get(c.plan) ?? c.plan}\n${rowOf.get(c.function!)}: ${c.items} (${Math.round(c.share! * 100)}%)`
      }),
      Plot.text(shown, {
        x: (c: FunctionCell) => labelOf.get(c.plan) ?? c.plan,
        y: (c: FunctionCell) => rowOf.get(c.function!) ?? c.function,
        text: "items",
        fill: (c: FunctionCell) => (c.share! > 0.5 ? "white" : "black")
      })
    ],
    ...options,
    width
  });
}
