/**
 * checksChart(rows, options): the accountability checks of several plans side by side — one panel per check,
 * a bar per plan for the share of its items the check finds, labelled with the count.
 *
 *   checksChart([{plan, label, check: "noLead", count: 3, share: 0.1}], {width})
 *
 * rows: {plan, label, check, count, share (0–1)}; options.checks gives the panels' order and labels. Options are
 * passed on to Plot.plot.
 */
import * as Plot from "@observablehq/plot";
import {chartWidth} from "./chartWidth.js";
import {endLabelRoom, xAxisLabelMargin} from "./axisRoom.js";
import {fitText} from "./labels.js";
import {type Language, localize} from "../page/language.js";

export interface CheckRow {
  plan: string;
  label: string;
  check: string;
  count: number;
  share: number;
}

export function checksChart(
  rows: CheckRow[],
  {
    checks,
    language = "both",
    ...options
  }: Plot.PlotOptions & {checks: {check: string; label: string}[]; language?: Language}
): SVGSVGElement | HTMLElement {
  const labels = [...new Set(rows.map((r) => r.label))];
  const checkLabel = new Map(checks.map((c) => [c.check, localize(c.label, language)]));
  const width = chartWidth(options.width, {min: 300, fallback: 640});
  const narrow = width < 560;
  const fontSize = narrow ? 10 : 12;
  const marginLeft = narrow ? 135 : 150;
  // Each panel's name from the chart's left edge, cut to the chart's width if it must be.
  const panelName = (c: {check: string}) => fitText(checkLabel.get(c.check)!, width - 4, fontSize);
  return Plot.plot({
    height: (labels.length * 18 + 40) * checks.length + 50,
    marginLeft,
    marginRight: 16,
    marginTop: 24,
    // The axis label on a line of its own, under the ticks (0–100 ends on a tick at the right edge).
    marginBottom: xAxisLabelMargin(fontSize),
    style: {fontSize: `${fontSize}px`},
    // 100% ends short of the frame by the widest count label (with its 8 px offset): a full bar's count stays inside.
    x: {
      domain: [0, 100],
      percent: true,
      label: localize("share of items 占条目比例 (%)", language),
      grid: true,
      insetRight: endLabelRoom(
        rows.map((r) => String(r.count)),
        fontSize,
        8
      )
    },
    y: {domain: labels, label: null},
    // The panels' names above each panel (a name at the side would need a wide margin a phone has not got).
    fy: {domain: checks.map((c) => checkLabel.get(c.check)), axis: null, padding: 0.3},
    marks: [
      Plot.barX(rows, {x: "share", y: "label", fy: (r) => checkLabel.get(r.check), fill: "#D55E00", tip: true}),
      Plot.text(rows, {
        x: "share",
        y: "label",
        fy: (r) => checkLabel.get(r.check),
        text: (r) => String(r.count),
        dx: 8,
        textAnchor: "start"
      }),
      Plot.frame({stroke: "#ddd"}),
      Plot.text(checks, {
        fy: (c) => checkLabel.get(c.check),
        text: panelName,
        frameAnchor: "top-left",
        dx: -marginLeft,
        dy: -14,
        fontWeight: "bold"
      })
    ],
    ...options,
    width
  });
}
