// The chart embed "accountability-by-plan" (/embed/accountability-by-plan.html, src/embed/[chart].md): the
// accountability checks of every plan (Compare › Responsibilities). One module per chart, imported by its page alone,
// so that a page registers only the files its chart reads (issue 16, goal 3).
import {planLabel} from "../../lib/compare/comparison.js";
import {checkRows, CHECKS} from "../../lib/compare/plansSummary.js";
import {COUNTED, COMPARE_LINK} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, {checksChart}] = await Promise.all([comparePlans(), import("../../components/checksChart.js")]);
  const plans = summary.plans;
  const rows = checkRows(plans).map((r) => ({...r, label: planLabel(plans.find((p) => p.plan === r.plan)!)}));
  return {
    title: t("Accountability checks, share of each plan's items", "问责检查：占各方案条目的比例"),
    chart: checksChart(rows, {checks: CHECKS, width: o.width, language: o.language}),
    source: COUNTED,
    link: COMPARE_LINK("compare/responsibilities.html", "Responsibilities across plans", "责任比较")
  };
}
