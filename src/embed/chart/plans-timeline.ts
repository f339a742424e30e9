// The chart embed "plans-timeline" (/embed/plans-timeline.html, src/embed/[chart].md): every plan by date of issue and
// level (Compare › Plans). One module per chart, imported by its page alone, so that a page registers only the files
// its chart reads (issue 16, goal 3).
import {planLabel} from "../../lib/compare/comparison.js";
import {source, COMPARE_LINK} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, {plansTimeline}] = await Promise.all([comparePlans(), import("../../components/plansTimeline.js")]);
  const rows = summary.plans.map((p) => ({plan: p.plan, label: planLabel(p), date: p.date, level: p.level}));
  return {
    title: t("The plans by date of issue and level", "各方案印发日期与层级"),
    chart: plansTimeline(rows, {width: o.width, language: o.language}),
    source: source("dates and levels from each plan's .meta.json or header", "日期与层级取自各方案元数据或文头"),
    link: COMPARE_LINK("compare/plans.html", "Plans", "方案一览")
  };
}
