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
 * Each chart is drawn by a module of its own, ./chart/<name>.ts (its `draw`), which the page of that chart alone
 * imports (src/embed/[chart].md, import(`./chart/${observable.params.chart}.js`)): Framework 1.13 registers on a
 * page the FileAttachments of every module the page imports, so a chart of one plan registers no compare file and a
 * compare chart only the compare files it reads (issue 16, goal 3: no page's weight grows with the number of plans
 * but those that show every plan). This module holds what they share, and reads no file. The chart components are
 * imported on demand (each embed loads only its own), as in the other embeds.
 */
import {type Language, pick} from "../lib/vocabulary.js";
import {
  checkLanguage,
  checkPlan,
  checkWidth,
  embedFigure,
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

/** The source line of the compare charts, in each language. */
export const source = (en: string, zh: string) => ({en: `Source: plan explorer, ${en}`, zh: `来源：方案浏览器，${zh}`});
export const COUNTED = source("counted from each plan's responsibility clauses", "由各方案责任条款统计");
export const COMPARE_LINK = (path: string, en: string, zh: string) => ({href: sitePage(path), en, zh});

/** A drawn chart embed: its title (the page's <title> too) and the figure. */
export interface DrawnChart {
  title: string;
  figure: HTMLElement;
}

/**
 * Draws the chart embed `name` (one of CHART_EMBEDS) with `draw` (its module's: ./chart/<name>.ts), `options`,
 * `width` pixels wide; rejects with a message for an unknown chart or option value.
 */
export async function chartEmbed(
  name: string,
  draw: (options: Resolved, t: Say) => Promise<Drawn>,
  options: ChartEmbedOptions,
  width: number
): Promise<DrawnChart> {
  if (!CHART_EMBEDS.includes(name as ChartEmbed))
    throw new Error(`unknown chart "${name}": the charts are ${CHART_EMBEDS.join(", ")}`);
  const language = checkLanguage(options.language, "zh");
  const w = checkWidth(width, 640);
  const t = (en: string, zh: string) => pick(en, zh, language);
  const {title, chart, ...caption} = await draw({...options, language, width: w}, t);
  document.title = title;
  return {title, figure: embedFigure(name, chart, caption.plan ?? null, {language, title, ...caption})};
}

/** A chart's words in the language asked for: t(English, Chinese). */
export type Say = (en: string, zh: string) => string;
/** The options of a chart checked: a language and a width in pixels. */
export type Resolved = ChartEmbedOptions & {language: Language; width: number};
/** What a chart's module draws: the title, the chart, its plan (or source line) and the link back. */
export interface Drawn {
  title: string;
  chart: Node;
  plan?: Awaited<ReturnType<typeof fetchPlan>>;
  source?: {en: string; zh: string};
  link: {href: string; en: string; zh: string};
  benchmarks?: string[];
}

/** The plan of the options, the name of a plan other than the one the site opens on, and the department named. */
export async function planOf(options: Resolved) {
  const [plan, other] = await Promise.all([fetchPlan(options.plan), checkPlan(options.plan)]);
  const department = await resolveDepartment(plan, options.department);
  return {plan, other, department};
}
