/**
 * chapterBars(rows, options): a horizontal bar chart of the tasks and actions in each chapter.
 *
 *   chapterBars(itemsPerChapter(model), {width: 640})
 *
 * rows: {chapter, kind, count}[] in document order. Options are passed on to Plot.plot, so a caller can
 * override any of them (width, height, marginLeft, document for rendering outside a browser …).
 */
import * as Plot from "@observablehq/plot";
import type {ItemKind} from "../lib/model.js";
import {type Language, localize} from "./language.js";
import {KIND_COLORS, KIND_LABELS, KINDS} from "./palette.js";
import {chartWidth} from "./chartWidth.js";

export interface ChapterBarRow {
  chapter: string;
  kind: ItemKind;
  count: number;
}

export function chapterBars(
  rows: ChapterBarRow[],
  {language = "both", ...options}: Plot.PlotOptions & {language?: Language} = {}
): SVGSVGElement | HTMLElement {
  const chapters = [...new Set(rows.map((r) => r.chapter))];
  const marginLeft = options.marginLeft ?? 290;
  return Plot.plot({
    height: 28 * chapters.length + 50,
    marginLeft,
    style: {fontSize: "12px"},
    x: {label: localize("items 条目数", language), grid: true},
    y: {label: null, domain: chapters},
    color: {
      domain: KINDS.map((k) => localize(KIND_LABELS[k], language)),
      range: KINDS.map((k) => KIND_COLORS[k]),
      legend: true
    },
    marks: [
      Plot.barX(rows, {
        x: "count",
        y: "chapter",
        fill: (d: ChapterBarRow) => localize(KIND_LABELS[d.kind], language),
        tip: true
      }),
      Plot.ruleX([0])
    ],
    ...options,
    // The chapter labels, the margins and room for the bars (see chartWidth).
    width: chartWidth(options.width, {min: marginLeft + (options.marginRight ?? 20) + 100, fallback: 640})
  });
}
