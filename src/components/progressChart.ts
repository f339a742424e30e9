/**
 * progressChart(data, options): one indicator's progress toward its target: the city's observed series, the
 * target as a horizontal rule at the target year's level, the baseline, the straight path from baseline to
 * target with an "expected by now" marker on it, and the national series for comparison. With no city
 * observation it says "no data" rather than drawing a line.
 *
 *   progressChart(indicatorProgress(indicator, observations, {asOf}).series, {width: 640})
 *   progressChart(data, {compact: true, width: 220})          // small multiples
 *
 * Options are passed on to Plot.plot (width, height, document …).
 */
import * as Plot from "@observablehq/plot";
import {type Language, localize} from "./language.js";
import {LEVEL_COLORS} from "./palette.js";
import {comparatorSign} from "../lib/vocabulary.js";
import {chartWidth} from "./chartWidth.js";

export interface Point {
  year: number;
  value: number;
}

export interface ProgressChartData {
  label: string;
  unit: string | null;
  /** What the plotted values are: the level, the cumulative change so far, or the annual rate. */
  measure: string;
  target: {value: number; year: number; comparator: string};
  baseline: Point | null;
  observed: Point[];
  nation: Point[];
  /** The straight path from the baseline to the target. */
  path: Point[];
  expected: Point | null;
}

/**
 * One indicator's progress chart (see above) from `data` (indicatorProgress(...).series); a Plot figure. Options go
 * to Plot.plot; `compact` for small multiples.
 */
export function progressChart(
  data: ProgressChartData,
  {compact = false, language = "both", ...options}: Plot.PlotOptions & {compact?: boolean; language?: Language} = {}
): SVGSVGElement | HTMLElement {
  const all = [...data.observed, ...data.nation, ...data.path, {year: data.target.year, value: data.target.value}];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max(0.5, (y1 - y0) * 0.12);
  const fontSize = compact ? 10 : 12;
  // Whole years only, fewer when small: fractional ticks would repeat a year's label.
  const x0 = Math.min(...years, data.target.year - 5);
  const step = Math.max(1, Math.ceil((data.target.year - x0) / (compact ? 3 : 10)));
  const yearTicks = Array.from(
    {length: Math.floor((data.target.year - x0) / step) + 1},
    (_, k) => data.target.year - k * step
  ).reverse();
  const target = `${comparatorSign(data.target.comparator)}${data.target.value}${data.unit === "%" ? "%" : ""} by ${data.target.year}`;
  const marginLeft = options.marginLeft ?? (compact ? 36 : 48);
  const marginRight = options.marginRight ?? (compact ? 12 : 110);
  return Plot.plot({
    height: compact ? 150 : 320,
    marginLeft,
    marginRight,
    marginTop: compact ? 22 : 28,
    style: {fontSize: `${fontSize}px`},
    title: compact ? undefined : data.label,
    subtitle: compact ? undefined : data.measure,
    x: {domain: [x0, data.target.year + 0.5], tickFormat: "d", label: null, ticks: yearTicks},
    y: {
      domain: [y0 - pad, y1 + pad],
      grid: true,
      label: compact ? null : (data.unit ?? null),
      ticks: compact ? 3 : undefined
    },
    marks: [
      Plot.ruleY([data.target.value], {stroke: LEVEL_COLORS.city, strokeDasharray: "6,3", strokeOpacity: 0.8}),
      Plot.text([data.target], {
        x: data.target.year,
        y: "value",
        text: () =>
          compact
            ? target.split(" by")[0]
            : language === "zh"
              ? `目标 ${target.replace(" by ", " · ")}`
              : `target ${target}`,
        textAnchor: "end",
        dy: -7,
        fill: LEVEL_COLORS.city,
        fontSize
      }),
      Plot.line(data.path, {x: "year", y: "value", stroke: "#999", strokeDasharray: "2,3"}),
      Plot.line(data.nation, {
        x: "year",
        y: "value",
        stroke: LEVEL_COLORS.nation,
        strokeOpacity: 0.55,
        strokeDasharray: "4,2"
      }),
      Plot.dot(data.nation, {
        x: "year",
        y: "value",
        fill: LEVEL_COLORS.nation,
        fillOpacity: 0.55,
        r: 2.5,
        tip: !compact,
        title: (d: Point) => `${localize("全国 nation", language)} ${d.year}: ${d.value}`
      }),
      Plot.line(data.observed, {x: "year", y: "value", stroke: LEVEL_COLORS.city, strokeWidth: 2}),
      Plot.dot(data.observed, {
        x: "year",
        y: "value",
        fill: LEVEL_COLORS.city,
        r: 3.5,
        tip: !compact,
        title: (d: Point) => `${localize("本市 city", language)} ${d.year}: ${d.value}`
      }),
      data.baseline
        ? Plot.dot([data.baseline], {
            x: "year",
            y: "value",
            stroke: LEVEL_COLORS.city,
            r: 6,
            title: () => localize("baseline 基期", language)
          })
        : null,
      data.expected
        ? Plot.dot([data.expected], {
            x: "year",
            y: "value",
            symbol: "diamond",
            stroke: "#333",
            r: 6,
            title: (d: Point) => `expected by ${d.year}: ${+d.value.toFixed(2)}`
          })
        : null,
      data.observed.length === 0
        ? Plot.text([localize("no city data 暂无本市数据", language)], {
            frameAnchor: "middle",
            fontSize: compact ? 11 : 14,
            fill: "#888"
          })
        : null,
      !compact
        ? Plot.text(data.nation.slice(-1), {
            x: "year",
            y: "value",
            text: () => localize("全国 nation", language),
            dx: 6,
            textAnchor: "start",
            fill: LEVEL_COLORS.nation,
            fillOpacity: 0.7
          })
        : null
    ],
    ...options,
    // The axis, the target label and room for the years (see chartWidth).
    width: chartWidth(options.width, {min: marginLeft + marginRight + 100, fallback: compact ? 240 : 640})
  });
}
