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
import {type Language, localize} from "../page/language.js";
import {LEVEL_COLORS} from "./palette.js";
import {comparatorSign, type Label, OWN_JURISDICTION_LABELS, unitName} from "../lib/vocabulary.js";
import {chartWidth} from "./chartWidth.js";
import {textWidth} from "./labels.js";

export interface Point {
  year: number;
  value: number;
}

export interface ProgressChartData {
  label: string;
  unit: string | null;
  /** What the value axis measures ("合格率（%）", "pass rate (%)"); without it the unit. */
  axis?: {zh: string; en: string};
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
  {
    compact = false,
    language = "both",
    own = OWN_JURISDICTION_LABELS.city,
    ...options
  }: Plot.PlotOptions & {compact?: boolean; language?: Language; own?: Label} = {}
): SVGSVGElement | HTMLElement {
  const all = [...data.observed, ...data.nation, ...data.path, {year: data.target.year, value: data.target.value}];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  // Room above and below: at least 1% of the values' size, so that 5500 is not drawn on a ±0.5 scale.
  const pad = Math.max(0.5, (y1 - y0) * 0.12, Math.abs(y1) * 0.01);
  const fontSize = compact ? 10 : 12;
  // Whole years only, fewer when small: fractional ticks would repeat a year's label.
  const x0 = Math.min(...years, data.target.year - 5);
  // At most one year label per 56 px of the plot (a phone's chart shows every other year or fewer).
  const plotWidth = chartWidth(options.width, {min: 1, fallback: compact ? 240 : 640}) - (compact ? 48 : 158);
  const labels = Math.max(2, Math.min(compact ? 3 : 10, Math.floor(plotWidth / 56)));
  const step = Math.max(1, Math.ceil((data.target.year - x0) / labels));
  const yearTicks = Array.from(
    {length: Math.floor((data.target.year - x0) / step) + 1},
    (_, k) => data.target.year - k * step
  ).reverse();
  const target = `${comparatorSign(data.target.comparator)}${data.target.value}${data.unit === "%" ? "%" : ""} by ${data.target.year}`;
  // The value labels' width: the longest tick label ("5,500", "98.5") at about 0.62 em a character.
  const longest = Math.max(...[y0 - pad, y1 + pad].map((v) => Math.round(v).toLocaleString("en").length + 2));
  const marginLeft = options.marginLeft ?? Math.max(compact ? 36 : 48, Math.ceil(longest * fontSize * 0.62) + 12);
  const axis = !data.axis
    ? data.unit
      ? unitName(data.unit, language)
      : null
    : data.axis.zh === data.axis.en
      ? // A bare unit ("个", "项") in both halves: named in each language as the vocabulary names it.
        unitName(data.axis.zh, language)
      : localize(data.axis, language);
  const marginRight = options.marginRight ?? (compact ? 12 : 110);
  const noData = noDataNote(
    own,
    language,
    chartWidth(options.width, {min: 1, fallback: compact ? 240 : 640}) - marginLeft - marginRight,
    compact ? 11 : 14
  );
  const plot = Plot.plot({
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
      label: axis,
      labelAnchor: "top",
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
        title: (d: Point) => `${localize(own, language)} ${d.year}: ${d.value}`
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
        ? Plot.text([noData.text], {
            // At the foot of the frame: the middle is where the target's rule and label often are.
            frameAnchor: "bottom",
            dy: -6,
            fontSize: noData.fontSize,
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
  if (compact) return plot;
  // The full chart carries its legend (small multiples share one: progressLegend above them).
  const doc = options.document ?? globalThis.document;
  const figure = doc.createElement("div");
  figure.className = "progress-chart";
  figure.append(progressLegend({language, own, document: doc}), plot);
  return figure;
}

/**
 * The "no data" note of a chart with no observation of the plan's own jurisdiction, fitted to the frame's width in
 * px so that it never reaches the value axis's tick labels: on one line when it fits at `fontSize` (px), else for
 * "both" languages the Chinese above the English, and if a line is still too wide, a smaller font (at least 9 px).
 */
function noDataNote(own: Label, language: Language, frameWidth: number, fontSize: number) {
  const label = {en: `no ${own.en} data`, zh: `暂无${own.zh}数据`};
  const room = Math.max(1, frameWidth - 8);
  const oneLine = localize(label, language);
  if (textWidth(oneLine, fontSize) <= room) return {text: oneLine, fontSize};
  const lines = language === "both" ? [label.zh, label.en] : [oneLine];
  const widest = Math.max(...lines.map((l) => textWidth(l, fontSize)));
  return {
    text: lines.join("\n"),
    fontSize: Math.max(9, Math.min(fontSize, Math.floor((fontSize * room) / widest)))
  };
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** The marks of a progress chart, each as the chart draws it: [key, label "中文 English", svg shapes]. */
const LEGEND: [string, string, (svg: (tag: string, attrs: Record<string, string>) => Element) => Element[]][] = [
  [
    "city",
    "本市观测值 city", // named by the plan's own jurisdiction: see progressLegend
    (s) => [
      s("line", {x1: "1", y1: "7", x2: "23", y2: "7", stroke: LEVEL_COLORS.city, "stroke-width": "2"}),
      s("circle", {cx: "12", cy: "7", r: "3.5", fill: LEVEL_COLORS.city})
    ]
  ],
  [
    "nation",
    "全国 nation",
    (s) => [
      s("line", {
        x1: "1",
        y1: "7",
        x2: "23",
        y2: "7",
        stroke: LEVEL_COLORS.nation,
        "stroke-opacity": "0.55",
        "stroke-dasharray": "4,2"
      }),
      s("circle", {cx: "12", cy: "7", r: "2.5", fill: LEVEL_COLORS.nation, "fill-opacity": "0.55"})
    ]
  ],
  [
    "target",
    "目标 target",
    (s) => [
      s("line", {
        x1: "1",
        y1: "7",
        x2: "23",
        y2: "7",
        stroke: LEVEL_COLORS.city,
        "stroke-dasharray": "6,3",
        "stroke-opacity": "0.8"
      })
    ]
  ],
  [
    "path",
    "达标路径 path to target",
    (s) => [s("line", {x1: "1", y1: "12", x2: "23", y2: "2", stroke: "#999", "stroke-dasharray": "2,3"})]
  ],
  [
    "expected",
    "应达进度 expected by now",
    (s) => [s("path", {d: "M12 1 L18 7 L12 13 L6 7 Z", fill: "none", stroke: "#333"})]
  ],
  [
    "baseline",
    "基期 baseline",
    (s) => [s("circle", {cx: "12", cy: "7", r: "5", fill: "none", stroke: LEVEL_COLORS.city})]
  ]
];

/**
 * The legend of the progress charts: city observations, the national series, the target, the straight path
 * from the baseline to the target, the value expected by now on it, and the baseline, each drawn as the chart
 * draws it. Items have the class progress-legend-swatch, so that the exports carry them (exportChart.ts).
 */
export function progressLegend({
  language = "both",
  own = OWN_JURISDICTION_LABELS.city,
  document = globalThis.document
}: {language?: Language; own?: Label; document?: Document} = {}): HTMLElement {
  const legend = document.createElement("div");
  legend.className = "progress-legend";
  for (const [key, label, shapes] of LEGEND) {
    const item = document.createElement("span");
    item.className = "progress-legend-swatch";
    item.dataset.mark = key;
    const svg = document.createElementNS(SVG_NS, "svg");
    for (const [k, v] of Object.entries({width: "24", height: "14"})) svg.setAttribute(k, v);
    svg.append(
      ...shapes((tag, attrs) => {
        const e = document.createElementNS(SVG_NS, tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        return e;
      })
    );
    const text = key === "city" ? {en: `${own.en} observations`, zh: `${own.zh}观测值`} : label;
    item.append(svg, ` ${localize(text, language)}`);
    legend.append(item);
  }
  return legend;
}
