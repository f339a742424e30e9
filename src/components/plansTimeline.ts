/**
 * plansTimeline(rows, options): the plans on a time line, one dot per plan at its date of issue, one row per level
 * of government (nation at the top), labelled with its document number.
 *
 *   plansTimeline([{plan: "yanan-2024-8", label: "延政发〔2024〕8号", date: "2024-03-26", level: "city"}], {width})
 *
 * rows: {plan, label, date (yyyy-mm-dd or null), level (nation|province|city|county or null)}. A plan without a
 * date is left out (the caller says how many); a plan without a level is on a row "level not given". Options are
 * passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import {scaleUtc} from "d3-scale";
import {chartWidth} from "./chartWidth.js";
import {labelLanes} from "./labelLanes.js";
import {textWidth} from "./labels.js";
import {type PlanLevel, PLAN_LEVELS as LEVELS} from "../lib/compare/planRow.js";
import {type Label, type Language, localize, PLAN_LEVEL_LABELS as LEVEL_LABELS} from "../lib/vocabulary.js";
import {PLAN_LEVEL_COLORS as LEVEL_COLORS} from "./palette.js";

export interface TimelineRow {
  plan: string;
  label: string;
  date: string | null;
  level: string | null;
}

const NO_LEVEL: Label = {en: "level not given", zh: "未注明"};
const levelLabel = (level: string | null): Label => LEVEL_LABELS[level as PlanLevel] ?? NO_LEVEL;
const levelColor = (level: string | null): string | undefined => LEVEL_COLORS[level as PlanLevel];

export function plansTimeline(
  rows: TimelineRow[],
  {language = "both", ...options}: Plot.PlotOptions & {language?: Language} = {}
): SVGSVGElement | HTMLElement {
  const dated = rows.filter((r) => r.date && !Number.isNaN(Date.parse(r.date)));
  const width = chartWidth(options.width, {min: 280, fallback: 640});
  const narrow = width < 480;
  // On a phone a bilingual level is named in Chinese only, so that the dots keep the width.
  const name = (label: Label) => (narrow && language === "both" ? label.zh : localize(label, language));
  const levelOf = (r: TimelineRow) => name(levelLabel(r.level));
  const domain = [...LEVELS.map((l) => name(LEVEL_LABELS[l])), name(NO_LEVEL)].filter((l) =>
    dated.some((r) => levelOf(r) === l)
  );
  // The x scale Plot draws (the same domain, made nice, and range), so that each label's extent is known before
  // drawing: labels go into lanes above and below their level's dots (labelLanes), never on top of each other
  // however close the dates, each kept inside the chart (shifted in from an edge, its dot still under it).
  const marginLeft = narrow ? 56 : 110;
  const marginRight = 40;
  const inset = 30;
  const fontSize = narrow ? 10 : 11;
  const times = dated.map((r) => Date.parse(r.date!));
  const x = scaleUtc()
    .domain(times.length ? [Math.min(...times), Math.max(...times)] : [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)])
    .nice()
    .range([marginLeft + inset, width - marginRight - inset]);
  const [left, right] = [4, width - 4];
  const placed = new Map<TimelineRow, {at: Date; lane: number}>();
  let lanes = 1;
  for (const level of new Set(dated.map(levelOf))) {
    const row = dated.filter((r) => levelOf(r) === level);
    const spans = row.map((r) => {
      const half = textWidth(r.label, fontSize) / 2;
      const center = Math.min(Math.max(x(new Date(r.date!)), left + half), right - half);
      return {left: center - half, right: center + half, center};
    });
    labelLanes(spans).forEach((lane, i) => {
      placed.set(row[i], {at: x.invert(spans[i].center), lane});
      lanes = Math.max(lanes, lane + 1);
    });
  }
  // Lane 0 just above the dots, 1 just below, 2 above 0 …; each level's row tall enough for the most lanes any has.
  const line = fontSize + 4;
  const offset = (lane: number) => (lane % 2 ? 1 : -1) * (10 + line * Math.floor(lane / 2) + line / 2);
  const step = Math.max(60, 2 * (10 + line * Math.ceil(lanes / 2)) + 8);
  return Plot.plot({
    height: step * domain.length + 76,
    marginLeft,
    marginRight,
    // Plans issued within a year get two-line ticks (Jul / 2024): the axis label goes below them, not over them.
    marginBottom: 56,
    marginTop: 10,
    style: {fontSize: "12px"},
    x: {
      type: "utc",
      domain: x.domain(),
      label: localize("date of issue 印发日期", language),
      labelOffset: 50,
      grid: true,
      inset
    },
    y: {domain, label: null, type: "point", padding: 0.5},
    color: {
      domain: [...LEVELS, "none"],
      range: [...LEVELS.map((l) => LEVEL_COLORS[l]), "#999999"]
    },
    marks: [
      Plot.dot(dated, {
        x: (r) => new Date(r.date!),
        y: levelOf,
        fill: (r) => (levelColor(r.level) ? r.level : "none"),
        r: 6,
        tip: true,
        title: (r) => `${r.label}\n${r.date}`
      }),
      ...Array.from({length: lanes}, (_, lane) =>
        Plot.text(
          dated.filter((r) => placed.get(r)!.lane === lane),
          {
            x: (r) => placed.get(r)!.at,
            y: levelOf,
            text: "label",
            dy: offset(lane),
            fontSize,
            className: "plan-label"
          }
        )
      )
    ],
    ...options,
    width
  });
}
