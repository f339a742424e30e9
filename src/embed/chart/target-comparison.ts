// The chart embed "target-comparison" (/embed/target-comparison.html, src/embed/[chart].md): one plan's targets beside
// the benchmarks (the indicators page). One module per chart, imported by its page alone, so that a page registers only
// the files its chart reads (issue 16, goal 3).
import {benchmarkSource, comparisonContext, comparisonRows, isComparable} from "../../lib/benchmarkComparison.js";
import {targetComparisonTitle} from "../../lib/vocabulary.js";
import {fetchMonitoring, sitePage} from "../common.js";
import {planOf} from "../charts.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [{plan, other}, monitoring, {targetComparison}] = await Promise.all([
    planOf(o),
    fetchMonitoring(o.plan),
    import("../../components/targetComparison.js")
  ]);
  const indicators = monitoring.indicators;
  const rows = comparisonRows(
    indicators,
    `${plan.document.docNumber}`,
    (i) => `${i.id} ${o.language === "en" ? (i.nameEn ?? i.name) : i.name}`
  );
  if (!rows.length) throw new Error(`no indicator of ${plan.plan} has a benchmark to compare`);
  // The year of this plan's targets, never another plan's.
  const title = targetComparisonTitle(comparisonContext(indicators, plan.document).year);
  const benchmarks = indicators
    .filter(isComparable)
    .flatMap((i) =>
      (["nation", "province"] as const).flatMap((l) => (i[l].benchmark ? [benchmarkSource(i[l].benchmark)] : []))
    );
  return {
    title: t(title.en, title.zh),
    chart: targetComparison(rows, {width: o.width, language: o.language}),
    plan,
    benchmarks,
    link: {href: sitePage("indicators.html", {}, other), en: "Indicators", zh: "主要指标"}
  };
}
