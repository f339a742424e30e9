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
import {chartWidth} from "./chartWidth.js";
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
  const rank = new Map<TimelineRow, number>();
  for (const level of new Set(dated.map(levelOf)))
    dated
      .filter((r) => levelOf(r) === level)
      .sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!))
      .forEach((r, i) => rank.set(r, i % 2));
  return Plot.plot({
    height: 60 * domain.length + 76,
    marginLeft: narrow ? 56 : 110,
    marginRight: 40,
    // Plans issued within a year get two-line ticks (Jul / 2024): the axis label goes below them, not over them.
    marginBottom: 56,
    style: {fontSize: "12px"},
    x: {
      type: "utc",
      label: localize("date of issue 印发日期", language),
      labelOffset: 50,
      grid: true,
      nice: true,
      inset: 30
    },
    y: {domain, label: null},
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
      // Labels alternate above and below the dots of a level, so that two plans issued weeks apart stay legible.
      ...[0, 1].map((parity) =>
        Plot.text(
          dated.filter((r) => rank.get(r) === parity),
          {
            x: (r) => new Date(r.date!),
            y: levelOf,
            text: "label",
            dy: parity ? 14 : -14,
            fontSize: narrow ? 9 : 11,
            lineWidth: narrow ? 6 : 12
          }
        )
      )
    ],
    ...options,
    width
  });
}
