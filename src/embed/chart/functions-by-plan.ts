// The chart embed "functions-by-plan" (/embed/functions-by-plan.html, src/embed/[chart].md): items per function and
// plan (Compare › Responsibilities). One module per chart, imported by its page alone, so that a page registers only
// the files its chart reads (issue 16, goal 3).
import {FileAttachment} from "observablehq:stdlib";
import {planLabel} from "../../lib/compare/comparison.js";
import {source, COMPARE_LINK} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {Drawn, Resolved, Say} from "../charts.js";

interface FunctionsFile {
  loads: {plan: string; function: string | null; departments: string[]; items: number; share: number}[];
  functions: {function: string; functionZh: string}[];
}

// This chart's own compare file (Framework registers it on this chart's page only).
const compareFunctions = (): Promise<FunctionsFile> => FileAttachment("../../compare/functions.json").json();

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, functionData, {functionHeatmap}] = await Promise.all([
    comparePlans(),
    compareFunctions(),
    import("../../components/functionHeatmap.js")
  ]);
  const plans = summary.plans.filter((p) => functionData.loads.some((l) => l.plan === p.plan));
  const functions = functionData.functions.map((f) => ({
    function: f.function,
    label: o.language === "en" ? f.function.replaceAll("-", " ") : f.functionZh
  }));
  return {
    title: t("Items per function and plan", "各方案各职能涉及的条目"),
    chart: functionHeatmap(functionData.loads, {
      plans: plans.map((p) => ({plan: p.plan, label: planLabel(p)})),
      functions,
      width: o.width,
      legend: t("share of the plan's items (%)", "占本方案条目的比例（%）")
    }),
    source: source(
      "departments by data/reference/functions.csv, counted from each plan's clauses",
      "按 data/reference/functions.csv 归类部门，由各方案责任条款统计"
    ),
    link: COMPARE_LINK("compare/responsibilities.html", "Responsibilities across plans", "责任比较")
  };
}
