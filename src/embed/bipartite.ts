/**
 * Bipartite(options): departments and items in two columns, a link for each responsibility (styled by role),
 * as an element to embed.
 *
 *   import {Bipartite} from "https://<site>/embed/bipartite.js";
 *   document.body.append(await Bipartite({department: "市市场监督管理局"}));
 *
 * Options: plan (any plan of the site, by name; default the plan it opens on), department (Chinese or English name: its links and neighbours stay, the rest fades), chapter
 * (number or numeral: only that chapter's items), ordering (default "similarity", the order with the fewest
 * crossings; or "document", "workload"), showImplicit (default true), language (of the labels and the
 * caption: "zh" (default), "en" or "both"), width (default 900). Returns a <figure> (data-embed="bipartite")
 * with the chart under its title (the network page's, in that language) and a caption citing the plan.
 */
import {pick} from "../lib/vocabulary.js";
import {
  checkPlan,
  embedFigure,
  fetchPlan,
  resolveResponsibilityOptions,
  type ResponsibilityEmbedOptions,
  sitePage
} from "./common.js";

export type BipartiteOptions = ResponsibilityEmbedOptions;

/**
 * The bipartite view as an element to embed (see above for the options); rejects with a message for an unknown
 * option value.
 */
export async function Bipartite(options: BipartiteOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, other, {bipartiteNetwork}] = await Promise.all([
    fetchPlan(options.plan),
    checkPlan(options.plan),
    import("../components/bipartiteNetwork.js")
  ]);
  const {
    language,
    showImplicit,
    department: d,
    chart: chartOptions
  } = await resolveResponsibilityOptions(plan, options, "similarity");
  const chart = bipartiteNetwork(plan, chartOptions);
  return embedFigure("bipartite", chart, plan, {
    language,
    title: pick("Departments and items", "部门—条目二分图", language),
    link: {
      href: sitePage("network.html", {department: d?.name, implicit: showImplicit ? null : "hide"}, other),
      zh: "责任网络",
      en: "Network"
    }
  });
}
