// The chart embed "kinds-by-plan" (/embed/kinds-by-plan.html, src/embed/[chart].md): lead links per kind of body and
// plan (Compare › Responsibilities). One module per chart, imported by its page alone, so that a page registers only
// the files its chart reads (issue 16, goal 3).
import {planLabel} from "../../lib/compare/comparison.js";
import {kindCells} from "../../lib/compare/plansSummary.js";
import {COUNTED, COMPARE_LINK} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, {kindHeatmap}] = await Promise.all([comparePlans(), import("../../components/kindHeatmap.js")]);
  const role = o.role ?? "lead";
  const plans = summary.plans;
  return {
    title:
      role === "lead"
        ? t("Lead links per kind of body and plan", "各方案各类机构的牵头数")
        : t("Links per kind of body and plan", "各方案各类机构的责任链接数"),
    chart: kindHeatmap(kindCells(plans, role), {
      plans: plans.map((p) => ({plan: p.plan, label: planLabel(p)})),
      width: o.width,
      language: o.language
    }),
    source: COUNTED,
    link: COMPARE_LINK("compare/responsibilities.html", "Responsibilities across plans", "责任比较")
  };
}
