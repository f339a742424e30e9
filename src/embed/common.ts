/**
 * What the exported embeds share: loading the site's data (once per page), resolving the options a presenter
 * passes (a department by any of its names, a chapter by number or numeral, an indicator by id or name), the
 * options of an iframe embed read from its URL, and the <figure> every embed returns: the chart, then a
 * <figcaption> with the source line (document number, issuer, issue date; benchmark sources where the chart
 * shows benchmark data) and a link back to the page of the site the chart comes from.
 *
 * The data are files of this site: FileAttachment resolves them relative to this module, so an embed imported
 * from another origin still loads them from here (that origin needs CORS access to the site). The plan option
 * names any plan of the site: its files are read through /plans/<plan>/embedData.js (src/plans/[plan]/), the name of
 * the plan the site opens on from data/site.json, and the list of every plan only for the error of an unknown one
 * (sitePlans.ts); the plan the site opens on is read from data/ as before.
 *
 * Why the charts are imported dynamically: each embed is listed in the config's dynamicPaths, and Framework
 * 1.13 writes dist/embed/<name>.js as `export * from "../_import/embed/<name>.<hash>.js"`, preceded by an
 * `import "…"` of every module the embed imports statically, to load them in parallel. That list is wrong for
 * packages from node_modules (observablehq/framework#1916): a package that imports another one (Plot imports
 * d3) fails the build with "Cannot find module 'd3@7.9.2/index.js'", and any other comes out as
 * `import "../d3-dsv"`, which does not exist. So an embed's static imports are local modules that import no
 * package (this one, ../lib/ordering.js, ../lib/ego.js …); the chart components and ../lib/departments.js
 * (d3-dsv) are loaded with import(), which Framework resolves like any import of a page.
 */
import {FileAttachment} from "observablehq:stdlib";
import {type Language, LANGUAGES} from "../page/language.js";
import type {PlanMeta} from "../dataFiles/plan-files.js";
import type {PlanLineageFile} from "../dataFiles/site-files.js";
import type {PlanCompareSummary} from "../lib/compare/plansSummary.js";
import {planHeader} from "../lib/planHeader.js";
import type {Chapter, Department, PlanModel} from "../lib/model.js";
import type {Monitoring} from "../lib/monitoring.js";
import {inChapter, orderMatrix, ORDERINGS, type Ordering} from "../lib/ordering.js";
import {elementMaker} from "../components/element.js";
import {chartWidth} from "../components/chartWidth.js";
import {EMBED_HEIGHT_MESSAGE} from "./code.js";

export type {Language};

/** Options every embed takes. */
export interface EmbedOptions {
  /** The plan of the site to draw, by its name (data/plans/<name>.txt); the plan the site opens on by default. */
  plan?: string | null;
  /** The language of the chart's labels and of the caption: Chinese (default), English, or both. */
  language?: Language | null;
  /** The chart's width in pixels. */
  width?: number | null;
}

/** The site's data/plan.json (src/dataFiles/site-files.ts): the plan model with the plan's name and metadata. */
export type Plan = PlanModel & {plan: string; meta: PlanMeta};

export type {Monitoring};

const plans = new Map<string, Promise<Plan>>();
const monitorings = new Map<string, Promise<Monitoring>>();
const lineages = new Map<string, Promise<PlanLineageFile>>();

/** data/site.json (src/data.zip.ts): the plan the site opens on, and the lineage embed's pair when given none. */
interface SiteFile {
  defaultPlan: string;
  lineage: {parent: string; child: string} | null;
}

let site: Promise<SiteFile> | null = null;

/** Once per page and key (a failed load is retried on the next call). */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load().catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, value);
  }
  return value;
}

/**
 * The name of the plan the site opens on (data/site.json, a few bytes whatever the number of plans: src/data.zip.ts),
 * fetched once per page.
 */
export function defaultPlanName(): Promise<string> {
  return siteFile().then((s) => s.defaultPlan);
}

/**
 * The pair of plans the lineage chart embed draws when given neither (data/site.json, chosen by the build among
 * every plan: lineagePair), or null when the site has fewer than two plans.
 */
export function defaultLineagePair(): Promise<{parent: string; child: string} | null> {
  return siteFile().then((s) => s.lineage ?? null);
}

function siteFile(): Promise<SiteFile> {
  site ??= FileAttachment("../data/site.json")
    .json()
    .catch((error: unknown) => {
      site = null;
      throw error;
    });
  return site;
}

/**
 * Every plan's name, read only to word the error for an unknown plan: through the module /embed/sitePlans.js
 * (src/embed/sitePlans.ts, data/plans.json), imported by a computed address, so that no embed page registers a
 * file that lists every plan (issue 16, goal 3: a page loads only the plan it shows).
 */
async function planNames(): Promise<string[]> {
  return (await sitePlansModule()).sitePlanNames();
}

/** The module /embed/sitePlans.js (src/embed/sitePlans.ts), imported by a computed address (see planNames). */
async function sitePlansModule(): Promise<typeof import("./sitePlans.js")> {
  // This module is served at <site>/_import/embed/common.<hash>.js.
  return import(/* @vite-ignore */ new URL("../../embed/sitePlans.js", import.meta.url).href);
}

/**
 * Every plan's compare summary (compare/plans.json), through /embed/sitePlans.js like planNames: for the one chart
 * that needs every plan's place to choose its pair (the lineage embed given one plan of its two), never registered on
 * an embed page.
 */
export async function sitePlanSummaries(): Promise<PlanCompareSummary[]> {
  return (await sitePlansModule()).sitePlanSummaries();
}

/** The error for a plan the site does not have, naming the site's plans. */
function unknownPlan(plan: string, names: string[]): Error {
  return new Error(`unknown plan "${plan}": the plans of this site are ${names.join(", ")}`);
}

/**
 * `load` of another plan than the one the site opens on; when it fails, an error naming the site's plans if the
 * site has no plan of that name (its module, plans/<plan>/embedData.js, is not there), else load's own error.
 */
async function ofKnownPlan<T>(plan: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const names = await planNames().catch(() => null);
    if (names && !names.includes(plan)) throw unknownPlan(plan, names);
    throw error;
  }
}

/** The module of one plan's data (src/plans/[plan]/embedData.ts), at <site>/plans/<plan>/embedData.js. */
async function planData(name: string): Promise<{
  fetchPlan(): Promise<Plan>;
  fetchMonitoring(): Promise<Monitoring>;
  fetchLineage(): Promise<PlanLineageFile>;
}> {
  // This module is served at <site>/_import/embed/common.<hash>.js; the name is encoded, so the address stays on
  // the site.
  return import(
    /* @vite-ignore */ new URL(`../../plans/${encodeURIComponent(name)}/embedData.js`, import.meta.url).href
  );
}

/**
 * The plan option checked: null for the plan the site opens on (none given, or its name), else the name of
 * another plan of the site; an error naming the site's plans for any other. Loads the name of the plan the site
 * opens on and, for another plan, that plan's module (plans/<plan>/embedData.js): never a list of every plan but to
 * word the error.
 */
export async function checkPlan(plan: string | null | undefined): Promise<string | null> {
  if (plan == null || plan === "") return null;
  if (plan === (await defaultPlanName())) return null;
  await ofKnownPlan(plan, () => planData(plan));
  return plan;
}

/**
 * Fetches the plan's plan.json once per page: the plan the site opens on by default, else the plan named (an
 * error naming the site's plans for an unknown one).
 */
export async function fetchPlan(name?: string | null): Promise<Plan> {
  const other = await checkPlan(name);
  if (other) return once(plans, other, () => ofKnownPlan(other, async () => (await planData(other)).fetchPlan()));
  return once(plans, "", () => FileAttachment("../data/plan.json").json());
}

/** Fetches the plan's monitoring.json (src/lib/monitoring.ts) once per page, as fetchPlan does. */
export async function fetchMonitoring(name?: string | null): Promise<Monitoring> {
  const other = await checkPlan(name);
  if (other)
    return once(monitorings, other, () => ofKnownPlan(other, async () => (await planData(other)).fetchMonitoring()));
  return once(monitorings, "", () => FileAttachment("../data/monitoring.json").json());
}

/**
 * The plan's data/lineage.json (its label and items: src/dataFiles/site-files.ts), once per page, through its
 * module plans/<plan>/embedData.js whichever plan it is (the lineage embed draws two plans, named); an error naming
 * the site's plans for an unknown one.
 */
export function fetchLineage(name: string): Promise<PlanLineageFile> {
  return once(lineages, name, () => ofKnownPlan(name, async () => (await planData(name)).fetchLineage()));
}

/**
 * The URL of a page of this site, e.g. sitePage("responsibilities.html", {department}) (empty values dropped);
 * with `plan` (another plan than the one the site opens on), that plan's page under plans/<plan>/.
 */
export function sitePage(
  path: string,
  params: Record<string, string | null | undefined> = {},
  plan: string | null = null
): string {
  // This module is served at <site>/_import/embed/common.<hash>.js.
  const url = new URL(`../../${plan ? `plans/${encodeURIComponent(plan)}/` : ""}${path}`, import.meta.url);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url.href;
}

/** The option as given, or its default when null or undefined; an error if it is not one of the values. */
export function checkLanguage(language: string | null | undefined, fallback: Language = "zh"): Language {
  language ??= fallback;
  if (!LANGUAGES.includes(language as Language))
    throw new Error(`unknown language "${language}": use ${LANGUAGES.join(", ")}`);
  return language as Language;
}

/** The ordering option as given, or `fallback` when null or undefined; an error if it is not one of ORDERINGS. */
export function checkOrdering(ordering: string | null | undefined, fallback: Ordering): Ordering {
  ordering ??= fallback;
  if (!ORDERINGS.includes(ordering as Ordering))
    throw new Error(`unknown ordering "${ordering}": use ${ORDERINGS.join(", ")}`);
  return ordering as Ordering;
}

/**
 * The width option of an embed through the charts' one rule (chartWidth): missing or 0 (the page's width
 * before layout, or while a screenshot makes it 1×1) gives the default, a width above 4096 px is bounded; a
 * negative width or one that is not a number is an error.
 */
export function checkWidth(width: number | null | undefined, fallback: number): number {
  if (width != null && (typeof width !== "number" || Number.isNaN(width) || width < 0))
    throw new Error(`width must be a positive number of pixels, not ${width}`);
  return chartWidth(width, {min: 1, fallback});
}

/** A department by its canonical name, short name, alias or English name; null for none; an error if unknown. */
export async function resolveDepartment(
  model: PlanModel,
  department: string | null | undefined
): Promise<Department | null> {
  if (department == null || department === "") return null;
  // Imported on demand: ../lib/departments.js imports d3-dsv (see above).
  const {findDepartment} = await import("../lib/departments.js");
  const found = findDepartment(model.departments, department);
  if (!found) throw new Error(`unknown department "${department}": give its Chinese or English name`);
  return found;
}

/** A chapter by its number (2, "2") or numeral ("二"); null for none; an error if unknown. */
export function resolveChapter(model: PlanModel, chapter: number | string | null | undefined): Chapter | null {
  if (chapter == null || chapter === "") return null;
  const key = String(chapter).trim();
  const found = model.chapters.find((c) => String(c.seq) === key || c.numeral === key);
  if (!found) throw new Error(`unknown chapter "${chapter}": give its number (1–${model.chapters.length}) or numeral`);
  return found;
}

/** The options of the embeds that draw who is responsible for what (the matrix and the bipartite view). */
export interface ResponsibilityEmbedOptions extends EmbedOptions {
  department?: string | null;
  chapter?: number | string | null;
  ordering?: Ordering | null;
  showImplicit?: boolean | null;
}

/**
 * Those options checked and resolved against the plan: the department and chapter named, the ordering, and the
 * options of the chart (items in that order, limited to the chapter; the department highlighted).
 */
export async function resolveResponsibilityOptions(
  plan: Plan,
  options: ResponsibilityEmbedOptions,
  defaultOrdering: Ordering
) {
  const language = checkLanguage(options.language, "zh");
  const ordering = checkOrdering(options.ordering, defaultOrdering);
  const showImplicit = options.showImplicit ?? true;
  const department = await resolveDepartment(plan, options.department);
  const chapter = resolveChapter(plan, options.chapter);
  const order = orderMatrix(plan, ordering, {includeImplicit: showImplicit});
  return {
    language,
    ordering,
    showImplicit,
    department,
    chapter,
    chart: {
      order: inChapter(plan, order, chapter?.seq ?? null),
      showImplicit,
      highlight: department ? {department: department.name} : null,
      language,
      width: checkWidth(options.width, 900)
    }
  };
}

/** Options read from an iframe embed's URL: ?plan=…&department=…&chapter=…&indicator=…&width=…&language=… */
export interface UrlOptions {
  plan?: string;
  department?: string;
  chapter?: string;
  indicator?: string;
  ordering?: Ordering;
  showImplicit?: boolean;
  language?: Language;
  width?: number;
}

/**
 * The options of an iframe embed read from its URL (`search`, this page's by default); an error naming the option
 * for a bad ordering, language, implicit (hide or show) or width.
 */
export function urlOptions(search: string = globalThis.location?.search ?? ""): UrlOptions {
  const params = new URLSearchParams(search);
  const out: UrlOptions = {};
  const text = (key: string) => params.get(key)?.trim() || undefined;
  if (text("plan")) out.plan = text("plan");
  if (text("department")) out.department = text("department");
  if (text("chapter")) out.chapter = text("chapter");
  if (text("indicator")) out.indicator = text("indicator");
  if (text("ordering")) out.ordering = checkOrdering(text("ordering"), "document");
  const implicit = text("implicit");
  if (implicit) {
    if (implicit !== "hide" && implicit !== "show") throw new Error(`unknown implicit "${implicit}": use hide or show`);
    out.showImplicit = implicit === "show";
  }
  // ?language=, or the site's own ?lang= switch.
  const language = text("language") ?? text("lang");
  if (language) out.language = checkLanguage(language);
  // ?width= as given must be a positive number; then bounded like any width (?width=1e9 draws at most 4096 px).
  if (text("width")) {
    const width = Number(text("width"));
    if (!(width > 0)) throw new Error(`width must be a positive number of pixels, not ${text("width")}`);
    out.width = checkWidth(width, 0);
  }
  return out;
}

export interface CaptionOptions {
  language: Language;
  /** The chart's title, shown above it (the generic chart embeds, src/embed/[chart].md); none: no heading. */
  title?: string;
  /** The source line, in place of the plan's (a chart over several plans); one text per language. */
  source?: {zh: string; en: string};
  /** The page of the site the chart comes from, and what to call it. */
  link: {href: string; zh: string; en: string};
  /** Sources of benchmark data the chart shows (deduplicated). */
  benchmarks?: string[];
  /** Sources of monitoring data the chart shows (deduplicated). */
  monitoring?: string[];
}

const CAPTION_STYLE =
  "max-width: none; margin-top: 0.4rem; font: 12px/1.5 var(--sans-serif, system-ui, sans-serif); color: #666;";

const TITLE_STYLE =
  "max-width: none; margin: 0 0 0.4rem; font: 600 15px/1.35 var(--sans-serif, system-ui, sans-serif); color: inherit;";

/** The source line of the plan, in Chinese or English. */
export function sourceText(plan: Plan, language: "zh" | "en"): string {
  const {docNumber: number, issuer, date, title} = planHeader(plan.meta, plan.document);
  if (language === "zh") {
    const head = [issuer, title ? `《${title}》` : null].filter(Boolean).join("");
    const tail = [number, date ? `${date}印发` : null].filter(Boolean).join("，");
    return `来源：${head}${tail ? `（${tail}）` : ""}`;
  }
  return `Source: ${[issuer, title ? `《${title}》` : null, number, date ? `issued ${date}` : null].filter(Boolean).join(", ")}`;
}

/**
 * The figure every embed returns: the chart (under its title, when given), and a caption with the source line (the
 * plan's, or `source` for a chart over several plans) and the link back.
 */
export function embedFigure(
  name: string,
  chart: Node,
  plan: Plan | null,
  {language, title, source, link, benchmarks = [], monitoring = []}: CaptionOptions
): HTMLElement {
  const el = elementMaker(document);
  const figure = el("figure", {
    class: "plan-embed",
    "data-embed": name,
    style: "margin: 0; max-width: 100%; font-family: var(--sans-serif, system-ui, sans-serif);"
  });
  // Drawn at the width asked for (an iframe's own on a phone); a chart that cannot be that narrow scrolls inside
  // its box rather than shrink its text.
  const svgs = chart instanceof Element ? [chart, ...chart.querySelectorAll("svg")] : [];
  for (const svg of svgs)
    if (svg.tagName.toLowerCase() === "svg" && !svg.closest("[class$='-swatch']") && svg instanceof SVGElement)
      svg.style.maxWidth = "none";
  if (title)
    figure.append(
      el("div", {class: "plan-embed-title", role: "heading", "aria-level": "2", style: TITLE_STYLE}, title)
    );
  figure.append(el("div", {class: "plan-embed-chart", style: "overflow-x: auto;"}, chart));
  const caption = el("figcaption", {style: CAPTION_STYLE});
  const languages: ("zh" | "en")[] = language === "both" ? ["zh", "en"] : [language];
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  for (const lang of languages) {
    const text = source ? source[lang] : plan ? sourceText(plan, lang) : "";
    const line = el("div", {lang: lang === "zh" ? "zh-CN" : "en", "data-caption-lang": lang}, text);
    if (uniq(benchmarks).length)
      line.append(
        lang === "zh" ? "；基准数据：" : "; benchmark data: ",
        uniq(benchmarks).join(lang === "zh" ? "；" : "; ")
      );
    if (uniq(monitoring).length)
      line.append(
        lang === "zh" ? "；监测数据：" : "; monitoring data: ",
        uniq(monitoring).join(lang === "zh" ? "；" : "; ")
      );
    line.append(lang === "zh" ? "。" : ". ");
    line.append(
      el(
        "a",
        {href: link.href, target: "_blank", rel: "noopener", style: "color: inherit;"},
        lang === "zh" ? `在数据浏览器中查看：${link.zh} ›` : `View in the plan explorer: ${link.en} ›`
      )
    );
    caption.append(line);
  }
  figure.append(caption);
  return figure;
}

/**
 * The iframe page's height (its <html> box: the figure and the page's margins, EMBED_MARGIN), measured once its
 * fonts are loaded and again whenever it changes (the chart drawn again at another width): kept in
 * <html data-embed-height> for the share dialog's preview, and posted to the embedding page as
 * {type: EMBED_HEIGHT_MESSAGE, height}, where the iframe code's script sets the iframe's height to it. Called
 * again, it does nothing.
 */
export function reportHeight(doc: Document = globalThis.document): void {
  const root = doc.documentElement;
  // Once per page: a page may call it each time it draws its chart (after the chart, so that the first height
  // reported is the chart's, not the empty page's).
  if (root.dataset.embedReporting) return;
  root.dataset.embedReporting = "true";
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!(height > 0) || root.dataset.embedHeight === String(height)) return;
    root.dataset.embedHeight = String(height);
    const view = doc.defaultView;
    if (view && view.parent !== view) view.parent.postMessage({type: EMBED_HEIGHT_MESSAGE, height}, "*");
  };
  void doc.fonts.ready.then(() => {
    post();
    new ResizeObserver(post).observe(root);
  });
}
