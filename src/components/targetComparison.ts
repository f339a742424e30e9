/**
 * targetComparison(rows, options): the targets of indicators in several jurisdictions side by side: a facet
 * per indicator, a row per jurisdiction (this plan, the province, the nation), a dot at the target value with
 * its comparator written beside it.
 *
 *   targetComparison([{indicator: "I7 农产品质量安全例行监测合格率", level: "city", value: 98, comparator: ">="}, …], {width})
 *
 * Only indicators whose values share a scale belong in one chart: the caller passes comparable indicators.
 * Options are passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import {type Language, localize} from "../page/language.js";
import {LEVEL_COLORS} from "./palette.js";
import {comparatorSign, type Level, LEVEL_LABELS, LEVELS} from "../lib/vocabulary.js";
import {chartWidth} from "./chartWidth.js";
import {endLabelRoom} from "./axisRoom.js";
import {fitText} from "./labels.js";

export interface TargetRow {
  indicator: string;
  level: Level;
  value: number;
  comparator: string;
  /** Where the figure comes from (shown in the tooltip). */
  source?: string;
}

/**
 * The target comparison (see above): for each indicator, this plan's target beside the province's and the nation's,
 * dots with their values; a Plot figure. Options go to Plot.plot, with `language` for the labels.
 */
export function targetComparison(
  rows: TargetRow[],
  {language = "both", ...options}: Plot.PlotOptions & {language?: Language} = {}
): SVGSVGElement | HTMLElement {
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  const values = rows.map((r) => r.value);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max(1, (hi - lo) * 0.1);
  const label = (d: TargetRow) => localize(LEVEL_LABELS[d.level], language);
  const marginLeft = options.marginLeft ?? 110;
  const marginRight = options.marginRight ?? 24;
  const width = chartWidth(options.width, {min: marginLeft + marginRight + 100, fallback: 720});
  const valueText = (d: TargetRow) => `${comparatorSign(d.comparator)}${d.value}`;
  return Plot.plot({
    height: indicators.length * (LEVELS.length * 18 + 24) + 40,
    marginLeft,
    marginTop: 24,
    marginRight,
    style: {fontSize: "12px"},
    // The highest value ends short of the frame by the widest value label (with its 9 px offset): it stays inside.
    x: {
      domain: [lo - pad, hi + pad],
      grid: true,
      label: localize("target 目标值", language),
      axis: "bottom",
      insetRight: endLabelRoom(rows.map(valueText), 12, 9)
    },
    y: {domain: LEVELS.map((l) => localize(LEVEL_LABELS[l], language)), label: null, axis: "left"},
    fy: {domain: indicators, label: null, axis: null, padding: 0.35},
    color: {domain: LEVELS.map((l) => localize(LEVEL_LABELS[l], language)), range: LEVELS.map((l) => LEVEL_COLORS[l])},
    facet: {data: rows, y: "indicator"},
    marks: [
      Plot.frame({stroke: "#eee"}),
      // The indicator's name above its facet, from the chart's left edge, cut to the chart's width if it must be.
      Plot.text(indicators, {
        fy: (d: string) => d,
        text: (d: string) => fitText(d, width - 4, 12),
        frameAnchor: "top-left",
        dx: -marginLeft,
        dy: -14,
        fontWeight: "bold"
      }),
      Plot.ruleY(rows, {y: label, x1: lo - pad, x2: "value", stroke: label, strokeOpacity: 0.35}),
      Plot.dot(rows, {
        x: "value",
        y: label,
        fill: label,
        r: 5,
        title: (d: TargetRow) =>
          `${label(d)}: ${comparatorSign(d.comparator)}${d.value}${d.source ? `\n${d.source}` : ""}`,
        tip: true
      }),
      Plot.text(rows, {
        x: "value",
        y: label,
        dx: 9,
        textAnchor: "start",
        text: valueText,
        fill: "currentColor"
      })
    ],
    ...options,
    // The level labels, the value labels and room for the dots (see chartWidth).
    width
  });
}
