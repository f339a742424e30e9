/**
 * Ego(options): one department's place in the plan — its items by role and the departments it shares items
 * with — as an element to embed.
 *
 *   import {Ego} from "https://<site>/embed/ego.js";
 *   document.body.append(await Ego({department: "市市场监督管理局"}));
 *
 * Options: plan (any plan of the site, by name; default the plan it opens on), department (Chinese or English
 * name; default: the department holding the most items), language
 * (of the labels and the caption: "zh" (default), "en" or "both"), width (of the partners chart, default
 * 640). Returns a <figure> (data-embed="ego") with the view under its title (the departments page's, in that
 * language) and a caption citing the plan, linking to the department's brief.
 */
import {egoNetwork} from "../lib/ego.js";
import {departmentSlug} from "../lib/slug.js";
import {pick} from "../lib/vocabulary.js";
import {
  checkLanguage,
  checkPlan,
  checkWidth,
  type EmbedOptions,
  embedFigure,
  fetchPlan,
  resolveDepartment,
  sitePage
} from "./common.js";

export interface EgoOptions extends EmbedOptions {
  department?: string | null;
}

/**
 * One department's neighbourhood as an element to embed (see above for the options); the department with most items
 * when none is named.
 */
export async function Ego({plan: name, department, language, width}: EgoOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, other, {egoView}] = await Promise.all([
    fetchPlan(name),
    checkPlan(name),
    import("../components/egoView.js")
  ]);
  const lang = checkLanguage(language, "zh");
  const d = (await resolveDepartment(plan, department)) ?? busiest(plan);
  if (!d) throw new Error("the plan names no department");
  const chart = egoView(egoNetwork(plan, d.name), {
    width: checkWidth(width, 640),
    departments: plan.departments,
    language: lang
  });
  return embedFigure("ego", chart, plan, {
    language: lang,
    title: pick(`${d.nameEn ?? d.name}: items and partners`, `${d.name}：部门职责与协同`, lang),
    link: {
      href: sitePage(`departments/${departmentSlug(d)}.html`, {}, other),
      zh: `${d.shortName}任务清单`,
      en: `${d.nameEn ?? d.name} brief`
    }
  });
}

/** The department holding the most items (leads break ties), implicit roles left out. */
function busiest(plan: Awaited<ReturnType<typeof fetchPlan>>) {
  const count = (name: string, role?: string) =>
    plan.responsibilities.filter((r) => r.department === name && r.role !== "implicit" && (!role || r.role === role))
      .length;
  return [...plan.departments].sort(
    (a, b) => count(b.name) - count(a.name) || count(b.name, "lead") - count(a.name, "lead")
  )[0];
}
