/**
 * Bipartite(options): departments and items in two columns, a link for each responsibility (styled by role),
 * as an element to embed.
 *
 *   import {Bipartite} from "https://<site>/embed/bipartite.js";
 *   document.body.append(await Bipartite({department: "市市场监督管理局"}));
 *
 * Options: department (Chinese or English name: its links and neighbours stay, the rest fades), chapter
 * (number or numeral: only that chapter's items), ordering (default "similarity", the order with the fewest
 * crossings; or "document", "workload"), showImplicit (default true), language (of the labels and the
 * caption: "zh" (default), "en" or "both"), width (default 900). Returns a <figure> (data-embed="bipartite")
 * with the chart and a caption citing the plan.
 */
import {type Ordering, inChapter, orderMatrix} from "../lib/ordering.js";
import {
  checkLanguage,
  checkOrdering,
  checkWidth,
  type EmbedOptions,
  embedFigure,
  loadPlan,
  resolveChapter,
  resolveDepartment,
  sitePage
} from "./common.js";

export interface BipartiteOptions extends EmbedOptions {
  department?: string | null;
  chapter?: number | string | null;
  ordering?: Ordering | null;
  showImplicit?: boolean | null;
}

export async function Bipartite({
  department,
  chapter,
  ordering: orderingOption,
  language,
  width,
  showImplicit: implicitOption
}: BipartiteOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, {bipartiteNetwork}] = await Promise.all([loadPlan(), import("../components/bipartiteNetwork.js")]);
  const lang = checkLanguage(language, "zh");
  const ordering = checkOrdering(orderingOption, "similarity");
  const showImplicit = implicitOption ?? true;
  const d = await resolveDepartment(plan, department);
  const c = resolveChapter(plan, chapter);
  const order = orderMatrix(plan, ordering, {includeImplicit: showImplicit});
  const chart = bipartiteNetwork(plan, {
    order: inChapter(plan, order, c?.seq ?? null),
    showImplicit,
    highlight: d ? {department: d.name} : null,
    language: lang,
    width: checkWidth(width, 900)
  });
  return embedFigure("bipartite", chart, plan, {
    language: lang,
    link: {
      href: sitePage("network.html", {department: d?.name, implicit: showImplicit ? null : "hide"}),
      zh: "责任网络",
      en: "Network"
    }
  });
}
