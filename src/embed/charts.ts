/**
 * The charts of the generic embed page (src/embed/[chart].md, built once per name of CHART_EMBEDS): every chart
 * of the site that has no embed module of its own, drawn as its page draws it, with its title above it and a
 * caption citing its source and linking back (embedFigure). The options come from the page's address:
 *
 *   /embed/tasks-per-chapter.html?plan=<name>          the overview's chapter bars
 *   /embed/target-comparison.html?plan=<name>          the indicators page's targets beside the benchmarks
 *   /embed/force-network.html?department=…&implicit=hide
 *   /embed/co-assignment.html?department=…&threshold=3
 *   /embed/plans-timeline.html                          Compare › Plans
 *   /embed/indicator.html?indicator=<name>              Compare › Indicators: one indicator's figures (the first)
 *   /embed/kinds-by-plan.html?role=any                  Compare › Responsibilities (role lead, the default, or any)
 *   /embed/functions-by-plan.html, /embed/accountability-by-plan.html
 *   /embed/lineage.html?parent=<plan>&child=<plan>      Compare › Lineage (the page's pair when none is given)
 *
 * and, for all, language (zh, the default; en; both) and width. The compare charts draw the site's plans: the
 * plans a user added on the load page stay in that browser and are not in an embed (the share dialog says so where
 * the chart there shows such plans: embedLeavesOut in src/page/comparisonStore.ts). A bad option value is an
 * error naming it (and, for a plan, an indicator or a lineage plan, the values there are).
 *
 * The chart components are imported on demand (each embed loads only its own), as in the other embeds.
 */
import {FileAttachment} from "observablehq:stdlib";
import type {PlanCompareSummary} from "../lib/compare/plansSummary.js";
import type {PlanItemText} from "../lib/compare/lineage.js";
import type {Benchmark, GlossaryEntry} from "../lib/reference.js";
import {comparedPlans, comparedTargets, planLabel} from "../lib/compare/comparison.js";
import {compareIndicators, indicatorFigures} from "../lib/compare/indicatorComparison.js";
import {checkRows, CHECKS, kindCells} from "../lib/compare/plansSummary.js";
import {ADAPTED, COPIED, lineage} from "../lib/compare/lineage.js";
import {lineagePair} from "../lib/compare/parentPlan.js";
import {itemsPerChapter} from "../lib/summary.js";
import {benchmarkSource, comparisonContext, comparisonRows, isComparable} from "../lib/benchmarkComparison.js";
import {
  BENCHMARK_KIND_LABELS,
  COMPARATOR_SIGNS,
  type Language,
  LINEAGE_LABELS,
  localize,
  pick,
  targetComparisonTitle
} from "../lib/vocabulary.js";
import {
  checkLanguage,
  checkPlan,
  checkWidth,
  embedFigure,
  fetchMonitoring,
  fetchPlan,
  resolveDepartment,
  sitePage,
  type UrlOptions,
  urlOptions
} from "./common.js";
import {CHART_EMBEDS, type ChartEmbed} from "./code.js";

/** The options of a chart embed: those of every iframe embed (urlOptions), and the charts' own. */
export interface ChartEmbedOptions extends UrlOptions {
  /** co-assignment: the least number of shared items a link needs (default 1). */
  threshold?: number;
  /** kinds-by-plan: count lead links (default) or every named role. */
  role?: "lead" | "any";
  /** lineage: the parent (A) and child (B) plans, by name. */
  parent?: string;
  child?: string;
}

/** The options of a chart embed read from its address; an error for a bad threshold or role (see urlOptions). */
export function chartEmbedOptions(search: string = globalThis.location?.search ?? ""): ChartEmbedOptions {
  const out: ChartEmbedOptions = urlOptions(search);
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const threshold = text("threshold");
  if (threshold !== undefined) {
    const n = Number(threshold);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`threshold must be a whole number of items ≥ 1, not ${threshold}`);
    out.threshold = n;
  }
  const role = text("role");
  if (role !== undefined) {
    if (role !== "lead" && role !== "any") throw new Error(`unknown role "${role}": use lead or any`);
    out.role = role;
  }
  if (text("parent")) out.parent = text("parent");
  if (text("child")) out.child = text("child");
  return out;
}

interface PlansFile {
  defaultPlan: string;
  plans: PlanCompareSummary[];
}
interface IndicatorsFile {
  glossary: GlossaryEntry[];
  benchmarks: Benchmark[];
}
interface FunctionsFile {
  loads: {plan: string; function: string | null; departments: string[]; items: number; share: number}[];
  functions: {function: string; functionZh: string}[];
}
interface LineageFile {
  plans: {plan: string; items: PlanItemText[]}[];
}

// The compare pages' data files, fetched once per page.
let plansFile: Promise<PlansFile> | null = null;
const comparePlans = (): Promise<PlansFile> => (plansFile ??= FileAttachment("../compare/plans.json").json());
const compareIndicatorsFile = (): Promise<IndicatorsFile> => FileAttachment("../compare/indicators.json").json();
const compareFunctions = (): Promise<FunctionsFile> => FileAttachment("../compare/functions.json").json();
const compareLineage = (): Promise<LineageFile> => FileAttachment("../compare/lineage.json").json();

/** The source line of the compare charts, in each language. */
const source = (en: string, zh: string) => ({en: `Source: plan explorer, ${en}`, zh: `来源：方案浏览器，${zh}`});
const COUNTED = source("counted from each plan's responsibility clauses", "由各方案责任条款统计");
const COMPARE_LINK = (path: string, en: string, zh: string) => ({href: sitePage(path), en, zh});

/** A drawn chart embed: its title (the page's <title> too) and the figure. */
export interface DrawnChart {
  title: string;
  figure: HTMLElement;
}

/**
 * Draws the chart embed `name` (one of CHART_EMBEDS) with `options`, `width` pixels wide; rejects with a message
 * for an unknown chart or option value.
 */
export async function chartEmbed(name: string, options: ChartEmbedOptions, width: number): Promise<DrawnChart> {
  if (!CHART_EMBEDS.includes(name as ChartEmbed))
    throw new Error(`unknown chart "${name}": the charts are ${CHART_EMBEDS.join(", ")}`);
  const language = checkLanguage(options.language, "zh");
  const w = checkWidth(width, 640);
  const t = (en: string, zh: string) => pick(en, zh, language);
  const draw = DRAW[name as ChartEmbed];
  const {title, chart, ...caption} = await draw({...options, language, width: w}, t);
  document.title = title;
  return {title, figure: embedFigure(name, chart, caption.plan ?? null, {language, title, ...caption})};
}

type Say = (en: string, zh: string) => string;
type Resolved = ChartEmbedOptions & {language: Language; width: number};
interface Drawn {
  title: string;
  chart: Node;
  plan?: Awaited<ReturnType<typeof fetchPlan>>;
  source?: {en: string; zh: string};
  link: {href: string; en: string; zh: string};
  benchmarks?: string[];
}

/** The plan of the options, the name of a plan other than the one the site opens on, and the department named. */
async function planOf(options: Resolved) {
  const [plan, other] = await Promise.all([fetchPlan(options.plan), checkPlan(options.plan)]);
  const department = await resolveDepartment(plan, options.department);
  return {plan, other, department};
}

const DRAW: Record<ChartEmbed, (options: Resolved, t: Say) => Promise<Drawn>> = {
  async "tasks-per-chapter"(o, t) {
    const [{plan, other}, {chapterBars}] = await Promise.all([planOf(o), import("../components/chapterBars.js")]);
    return {
      title: t("Tasks and actions per chapter", "各章任务与专栏行动"),
      chart: chapterBars(itemsPerChapter(plan), {width: o.width, language: o.language}),
      plan,
      link: {href: sitePage("index.html", {}, other), en: "Overview", zh: "概览"}
    };
  },

  async "target-comparison"(o, t) {
    const [{plan, other}, monitoring, {targetComparison}] = await Promise.all([
      planOf(o),
      fetchMonitoring(o.plan),
      import("../components/targetComparison.js")
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
  },

  async "force-network"(o, t) {
    const [{plan, other, department}, {forceNetwork}] = await Promise.all([
      planOf(o),
      import("../components/forceNetwork.js")
    ]);
    const showImplicit = o.showImplicit ?? true;
    return {
      title: t("The responsibility network", "责任网络"),
      // A static layout (the simulation run to its end): the same drawing on every load, no animation to wait for.
      chart: forceNetwork(plan, {
        showImplicit,
        language: o.language,
        highlight: {department: department?.name},
        width: o.width,
        height: 620,
        ticks: 300
      }),
      plan,
      link: {
        href: sitePage("network.html", {department: department?.name, implicit: showImplicit ? null : "hide"}, other),
        en: "Network",
        zh: "责任网络"
      }
    };
  },

  async "co-assignment"(o, t) {
    const [{plan, other, department}, {coassignmentNetwork}] = await Promise.all([
      planOf(o),
      import("../components/coassignmentNetwork.js")
    ]);
    const threshold = o.threshold ?? 1;
    return {
      title: t(
        `Departments that share at least ${threshold} item${threshold > 1 ? "s" : ""}`,
        `部门协同网络（共担条目不少于${threshold}个）`
      ),
      chart: coassignmentNetwork(plan, {
        threshold,
        language: o.language,
        highlight: {department: department?.name},
        width: Math.min(o.width, 900)
      }),
      plan,
      link: {
        href: sitePage(
          "network.html",
          {department: department?.name, threshold: threshold === 1 ? null : String(threshold)},
          other
        ),
        en: "Network",
        zh: "责任网络"
      }
    };
  },

  async "plans-timeline"(o, t) {
    const [summary, {plansTimeline}] = await Promise.all([comparePlans(), import("../components/plansTimeline.js")]);
    const rows = summary.plans.map((p) => ({plan: p.plan, label: planLabel(p), date: p.date, level: p.level}));
    return {
      title: t("The plans by date of issue and level", "各方案印发日期与层级"),
      chart: plansTimeline(rows, {width: o.width, language: o.language}),
      source: source("dates and levels from each plan's .meta.json or header", "日期与层级取自各方案元数据或文头"),
      link: COMPARE_LINK("compare/plans.html", "Plans", "方案一览")
    };
  },

  async indicator(o, t) {
    const [summary, reference, {indicatorDots}] = await Promise.all([
      comparePlans(),
      compareIndicatorsFile(),
      import("../components/indicatorDots.js")
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
  },

  async "kinds-by-plan"(o, t) {
    const [summary, {kindHeatmap}] = await Promise.all([comparePlans(), import("../components/kindHeatmap.js")]);
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
  },

  async "functions-by-plan"(o, t) {
    const [summary, functionData, {functionHeatmap}] = await Promise.all([
      comparePlans(),
      compareFunctions(),
      import("../components/functionHeatmap.js")
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
  },

  async "accountability-by-plan"(o, t) {
    const [summary, {checksChart}] = await Promise.all([comparePlans(), import("../components/checksChart.js")]);
    const plans = summary.plans;
    const rows = checkRows(plans).map((r) => ({...r, label: planLabel(plans.find((p) => p.plan === r.plan)!)}));
    return {
      title: t("Accountability checks, share of each plan's items", "问责检查：占各方案条目的比例"),
      chart: checksChart(rows, {checks: CHECKS, width: o.width, language: o.language}),
      source: COUNTED,
      link: COMPARE_LINK("compare/responsibilities.html", "Responsibilities across plans", "责任比较")
    };
  },

  async lineage(o, t) {
    const [summary, {plans: itemSets}, {lineageChart}] = await Promise.all([
      comparePlans(),
      compareLineage(),
      import("../components/lineageChart.js")
    ]);
    const itemsOf = new Map(itemSets.map((p) => [p.plan, p.items]));
    const plans = summary.plans.filter((p) => itemsOf.has(p.plan));
    const pair = lineagePair(plans, {parent: o.parent, child: o.child});
    if (!pair) throw new Error("lineage needs two plans; this site has fewer");
    if (pair.unknown.length)
      throw new Error(
        `unknown plan "${pair.unknown[0]}": the plans of this site are ${plans.map((p) => p.plan).join(", ")}`
      );
    const nameOf = (name: string) => planLabel(plans.find((p) => p.plan === name)!);
    const parentItems = itemsOf.get(pair.parent)!;
    const parentById = new Map(parentItems.map((i) => [i.id, i]));
    const childItems = itemsOf.get(pair.child)!;
    const childById = new Map(childItems.map((i) => [i.id, i]));
    const result = lineage(parentItems, childItems);
    const narrow = o.width < 560;
    const cut = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n - 1).join("") + "…" : s);
    const L = (label: {en: string; zh: string}) => localize(label, o.language);
    const rows = result.matches.map((m) => {
      const labelText = L(LINEAGE_LABELS[m.label]);
      const parent = m.parent?.id ?? null;
      const childTitle = childById.get(m.child.id)?.title ?? "";
      return {
        id: m.child.id,
        label: m.label,
        labelText,
        similarity: m.similarity,
        name: `${m.child.id} ${cut(childTitle, narrow ? 6 : 16)}`,
        title: `B ${m.child.id} ${childTitle}\n${labelText}: ${m.similarity.toFixed(2)}${parent ? `\nA ${parent} ${parentById.get(parent)?.title ?? ""}` : ""}`
      };
    });
    return {
      title: t(
        `How close each item of ${nameOf(pair.child)} is to ${nameOf(pair.parent)}`,
        `${nameOf(pair.child)}各条目与${nameOf(pair.parent)}的相似度`
      ),
      chart: lineageChart(rows, {
        width: o.width,
        thresholds: [
          {value: ADAPTED, text: `${L(LINEAGE_LABELS.adapted)} ≥ ${ADAPTED}`},
          {value: COPIED, text: `${L(LINEAGE_LABELS.copied)} ≥ ${COPIED}`}
        ],
        xLabel: narrow ? t("similarity", "相似度") : t("similarity to the nearest item of A", "与A中最相近条目的相似度")
      }),
      source: source(
        "TF-IDF cosine of character 2- and 3-grams (docs/compare.md)",
        "字符二元、三元组TF-IDF余弦相似度（见docs/compare.md）"
      ),
      link: {
        href: sitePage("compare/lineage.html", {parent: pair.parent, child: pair.child}),
        en: "Lineage",
        zh: "承袭关系"
      }
    };
  }
};
