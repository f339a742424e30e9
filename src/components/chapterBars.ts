/**
 * chapterBars(rows, options): a horizontal bar chart of the tasks and actions in each chapter.
 *
 *   chapterBars(itemsPerChapter(model), {width: 640})
 *
 * rows: {chapter, kind, count}[] in document order. Options are passed on to Plot.plot, so a caller can
 * override any of them (width, height, marginLeft, document for rendering outside a browser …).
 */
import * as Plot from "@observablehq/plot";
import {ticks as d3Ticks} from "d3-array";
import type {ItemKind} from "../lib/model.js";
import {type Language, localize} from "../page/language.js";
import {KIND_COLORS} from "./palette.js";
import {KIND_LABELS, KINDS} from "../lib/vocabulary.js";
import {chartWidth} from "./chartWidth.js";
import {xAxisLabelMargin} from "./axisRoom.js";

export interface ChapterBarRow {
  chapter: string;
  kind: ItemKind;
  count: number;
}

/**
 * Bars of items per chapter, tasks and actions stacked (rows from itemsPerChapter, src/lib/summary.ts); a Plot
 * figure. Options go to Plot.plot, with `language` for the labels.
 */
export function chapterBars(
  rows: ChapterBarRow[],
  {language = "both", ...options}: Plot.PlotOptions & {language?: Language} = {}
): SVGSVGElement | HTMLElement {
  const chapters = [...new Set(rows.map((r) => r.chapter))];
  // Counts are whole items: the axis runs to the longest bar (at least 1, so that a chapter of no items draws an
  // axis 0–1 rather than a lone tick at 0) and ticks whole numbers only.
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.chapter, (totals.get(r.chapter) ?? 0) + r.count);
  const longest = Math.max(1, ...totals.values());
  const ticks = d3Ticks(0, longest, 10).filter(Number.isInteger);
  // The chapter titles take 290 px; on a narrow chart (a phone) 45% of the width, cut with an ellipsis (the full
  // title in the tip), so that the bars always keep room to be drawn. Plot measures a CJK character as less than
  // the 1 em it takes, hence the line width in ems of 20 px rather than 12. The width goes through chartWidth.
  const requested = chartWidth(options.width, {min: 1, fallback: 640});
  const narrow = requested < 480;
  const marginLeft = options.marginLeft ?? (narrow ? Math.round(requested * 0.45) : 290);
  return Plot.plot({
    // The axis label on a line of its own: the last tick (the longest bar) is at the right edge, under it.
    height: 28 * chapters.length + 60,
    marginLeft,
    marginBottom: xAxisLabelMargin(12),
    style: {fontSize: "12px"},
    x: {label: localize("items 条目数", language), grid: true, domain: [0, longest], ticks, tickFormat: "d"},
    y: {label: null, domain: chapters, ...(narrow && {axis: null})},
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
      narrow ? Plot.axisY({label: null, lineWidth: (marginLeft - 12) / 20, textOverflow: "ellipsis"}) : null,
      Plot.ruleX([0])
    ],
    ...options,
    // The chapter labels, the margins and room for the bars (see chartWidth).
    width: chartWidth(options.width, {min: marginLeft + (options.marginRight ?? 20) + 100, fallback: 640})
  });
}
