/**
 * kindHeatmap(cells, options): which kinds of bodies carry each plan's responsibilities — a cell per kind of body
 * (rows) and plan (columns), shaded by the kind's share of the plan's links and labelled with the count.
 *
 *   kindHeatmap(kindCells(summaries, "lead"), {plans: [{plan, label}], width})
 *
 * cells: {plan, kind, links, share} (kindCells in src/lib/compare/plansSummary.ts). options.plans gives the
 * columns' order and labels (a plan with no cell keeps its column, empty). Options are passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import type {KindCell} from "../lib/compare/plansSummary.js";
import {chartWidth} from "./chartWidth.js";
import type {DepartmentKind} from "../lib/model.js";
import {DEPARTMENT_KIND_LABELS, type Language, localize} from "../lib/vocabulary.js";

export function kindHeatmap(
  cells: KindCell[],
  {
    plans,
    language = "both",
    ...options
  }: Plot.PlotOptions & {plans: {plan: string; label: string}[]; language?: Language}
): SVGSVGElement | HTMLElement {
  const labelOf = new Map(plans.map((p) => [p.plan, p.label]));
  const kinds = Object.keys(DEPARTMENT_KIND_LABELS).filter((k) => cells.some((c) => c.kind === k));
  const width = chartWidth(options.width, {min: 320, fallback: 640});
  const narrow = width < 560;
  // On a phone, a bilingual kind is named in Chinese only: both names take more room than the cells.
  const kindLabel = (k: string) => {
    const label = DEPARTMENT_KIND_LABELS[k as DepartmentKind] ?? {en: k, zh: k};
    return narrow && language === "both" ? label.zh : localize(label, language);
  };
  return Plot.plot({
    height: 36 * kinds.length + (narrow ? 130 : 110),
    marginLeft: narrow ? (language === "en" ? 150 : 100) : 230,
    marginBottom: narrow ? 120 : 110,
    style: {fontSize: "12px"},
    x: {domain: plans.map((p) => p.label), label: null, tickRotate: -35},
    y: {domain: kinds.map(kindLabel), label: null},
    color: {
      type: "linear",
      domain: [0, 100],
      scheme: "oranges",
      legend: true,
      label: localize("share of the plan's links 占本方案链接的比例", language)
    },
    marks: [
      Plot.cell(cells, {
        x: (c) => labelOf.get(c.plan) ?? c.plan,
        y: (c) => kindLabel(c.kind),
        fill: (c) => c.share * 100,
        inset: 1,
        tip: true,
        title: (c) =>
          `${labelOf.get(c.plan) ?? c.plan}\n${kindLabel(c.kind)}: ${c.links} (${Math.round(c.share * 100)}%)`
      }),
      Plot.text(cells, {
        x: (c) => labelOf.get(c.plan) ?? c.plan,
        y: (c) => kindLabel(c.kind),
        text: "links",
        fill: (c) => (c.share > 0.5 ? "white" : "black")
      })
    ],
    ...options,
    width
  });
}
