/**
 * Progress(options): one indicator's progress toward its target — the city's observations (entered by users),
 * the target, the straight path from the baseline, and the national series — as an element to embed.
 *
 *   import {Progress} from "https://<site>/embed/progress.js";
 *   document.body.append(await Progress({indicator: "I5"}));
 *
 * Options: plan (any plan of the site, by name; default the plan it opens on), indicator (id such as "I5", or its Chinese or English name; default the first indicator),
 * asOf (the year statuses are computed for, default this year), language (of the labels and the caption:
 * "zh" (default), "en" or "both"), width (default 640). Returns a <figure> (data-embed="progress") with the
 * chart under its title (the progress page's, in that language) and a caption citing the plan and the sources of the benchmark and monitoring data shown. An
 * indicator whose target has no number or no year gets a line of text instead of a chart.
 */
import {indicatorProgress} from "../lib/indicatorProgress.js";
import {planLevel} from "../lib/planHeader.js";
import {OWN_JURISDICTION_LABELS, targetWithUnit} from "../lib/vocabulary.js";
import {
  checkLanguage,
  checkPlan,
  checkWidth,
  type EmbedOptions,
  embedFigure,
  fetchMonitoring,
  fetchPlan,
  type Monitoring,
  sitePage
} from "./common.js";

export interface ProgressOptions extends EmbedOptions {
  indicator?: string | null;
  asOf?: number | null;
}

/**
 * One indicator's progress chart as an element to embed (see above for the options); rejects with a message for an
 * unknown indicator.
 */
export async function Progress({
  plan: name,
  indicator,
  asOf: asOfOption,
  language,
  width
}: ProgressOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, other, monitoring, {progressChart}] = await Promise.all([
    fetchPlan(name),
    checkPlan(name),
    fetchMonitoring(name),
    import("../components/progressChart.js")
  ]);
  const lang = checkLanguage(language, "zh");
  const asOf = asOfOption ?? new Date().getFullYear();
  const spec = resolveIndicator(monitoring, indicator);
  const rows = monitoring.observations.rows;
  const progress = indicatorProgress(spec, rows, {asOf});
  let chart: Node;
  if (progress.series) {
    // Under the embed's own title (below), not the chart's Chinese one again.
    chart = progressChart(progress.series, {
      width: checkWidth(width, 640),
      language: lang,
      title: null,
      own: OWN_JURISDICTION_LABELS[planLevel(plan.meta, plan.document) ?? "unknown"]
    });
  } else {
    chart = document.createElement("p");
    chart.textContent = `${spec.id} ${spec.name}: no numeric target to chart 无可绘制的量化目标`;
  }
  // Sources of what the chart draws: the national series (benchmarks) and the city's observations.
  const shown = rows.filter((r) => r.id === spec.id && r.year <= asOf);
  const sources = (level: string, drawn: unknown[] | undefined) =>
    drawn?.length ? shown.filter((r) => r.level === level).map((r) => r.source) : [];
  // The progress page's title of the chart (src/progress.md chartTitle).
  const title =
    lang === "zh"
      ? `${spec.id} ${spec.name}：目标 ${targetWithUnit(spec)} 的进展`
      : `${spec.id} ${lang === "en" ? (spec.nameEn ?? spec.name) : spec.name}: progress to ${targetWithUnit(spec)}`;
  return embedFigure("progress", chart, plan, {
    language: lang,
    title,
    benchmarks: sources("nation", progress.series?.nation),
    monitoring: sources("city", progress.series?.observed),
    link: {href: sitePage("progress.html", {indicator: spec.id}, other), zh: "进展监测", en: "Progress"}
  });
}

function resolveIndicator(monitoring: Monitoring, indicator: string | null | undefined) {
  const all = monitoring.indicators;
  if (indicator == null || indicator === "") {
    if (!all.length) throw new Error("the plan has no indicator table");
    return all[0];
  }
  const q = indicator.trim();
  const found =
    all.find((i) => i.id.toLowerCase() === q.toLowerCase()) ??
    all.find((i) => i.name === q || (i.nameEn ?? "").toLowerCase() === q.toLowerCase());
  if (!found) throw new Error(`unknown indicator "${indicator}": give its id (${all.map((i) => i.id).join(", ")})`);
  return found;
}
