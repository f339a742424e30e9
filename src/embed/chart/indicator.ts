// The chart embed "indicator" (/embed/indicator.html, src/embed/[chart].md): one indicator's figures in every plan and
// benchmark (Compare › Indicators). One module per chart, imported by its page alone, so that a page registers only the
// files its chart reads (issue 16, goal 3).
import {FileAttachment} from "observablehq:stdlib";
import {comparedPlans, comparedTargets, planLabel} from "../../lib/compare/comparison.js";
import {compareIndicators, indicatorFigures} from "../../lib/compare/indicatorComparison.js";
import {BENCHMARK_KIND_LABELS, COMPARATOR_SIGNS, localize} from "../../lib/vocabulary.js";
import {source, COMPARE_LINK} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {Benchmark, GlossaryEntry} from "../../lib/reference.js";
import type {Drawn, Resolved, Say} from "../charts.js";

interface IndicatorsFile {
  glossary: GlossaryEntry[];
  benchmarks: Benchmark[];
}

// This chart's own compare file (Framework registers it on this chart's page only).
const compareIndicatorsFile = (): Promise<IndicatorsFile> => FileAttachment("../../compare/indicators.json").json();

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, reference, {indicatorDots}] = await Promise.all([
    comparePlans(),
    compareIndicatorsFile(),
    import("../../components/indicatorDots.js")
  ]);
  const plans = comparedPlans(summary.plans, []);
  const byName = new Map(plans.map((p) => [p.plan, p]));
  const comparisons = compareIndicators(comparedTargets(plans).targets, reference.glossary, reference.benchmarks);
  const shown = comparisons.filter((c) => c.reach !== "one");
  // None asked for: the first the compare page shows (an indicator several plans or a benchmark set).
  const c = o.indicator
    ? comparisons.find((c) => c.name === o.indicator || c.nameEn === o.indicator)
    : (shown[0] ?? comparisons[0]);
  if (!c)
    throw new Error(
      `unknown indicator "${o.indicator ?? ""}": the indicators compared are ${shown.map((c) => c.name).join("、")}`
    );
  const narrow = o.width < 560;
  const short = (label: {en: string; zh: string}) =>
    narrow && o.language === "both" ? label.zh : localize(label, o.language);
  const rows = indicatorFigures(c)
    .filter((f) => f.value !== null)
    .map((f) => {
      const who =
        f.side === "plan"
          ? planLabel(byName.get(f.who) ?? {plan: f.who, number: null, title: null})
          : `${f.who} ${short(BENCHMARK_KIND_LABELS[f.kind])}${f.kind === "observation" ? ` ${f.year}` : ""}`;
      const figure = `${COMPARATOR_SIGNS[f.comparator]}${f.value}${f.unit ?? ""}`;
      return {
        ...f,
        value: f.value!,
        who,
        title: `${who}\n${figure}${f.year ? ` · ${f.year}` : ""}${f.source ? `\n${f.source} ${f.published ?? ""}` : ""}`
      };
    });
  const name = o.language === "en" && c.nameEn ? c.nameEn : c.name;
  return {
    title: o.language === "both" && c.nameEn ? `${c.name} ${c.nameEn}` : name,
    chart: indicatorDots(rows, {width: o.width, limit: c.entry?.limit ?? null}),
    source: source(
      "targets read from each plan; national and provincial figures from data/reference/benchmarks.csv",
      "各方案目标由读取器从原文读出；国家和省级数据取自 data/reference/benchmarks.csv"
    ),
    link: COMPARE_LINK("compare/indicators.html", "Indicators across plans", "指标比较")
  };
}
