/**
 * Matrix(options): the responsibility matrix (departments × items, coloured by role) as an element to embed.
 *
 *   import {Matrix} from "https://<site>/embed/matrix.js";
 *   document.body.append(await Matrix({department: "市市场监督管理局", chapter: 3}));
 *
 * Options: plan (the name of any plan of the site, data/plans/<name>: default the plan the site opens on), department (Chinese or English name: its row is outlined, the rest fades), chapter (number or
 * numeral: only that chapter's items), ordering ("document", "workload" or "similarity"), showImplicit (draw
 * the blanket note's implicit roles, default true), language (of the labels and the caption: "zh" (default),
 * "en" or "both"), width (default 900). Returns a <figure> (data-embed="matrix") with the chart under its title
 * (the responsibilities page's, in that language) and a caption citing the plan.
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

export type MatrixOptions = ResponsibilityEmbedOptions;

/**
 * The responsibility matrix as an element to embed (see above for the options); rejects with a message for an
 * unknown option value.
 */
export async function Matrix(options: MatrixOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, other, {responsibilityMatrix}] = await Promise.all([
    fetchPlan(options.plan),
    checkPlan(options.plan),
    import("../components/responsibilityMatrix.js")
  ]);
  const {
    language,
    ordering,
    showImplicit,
    department: d,
    chapter: c,
    chart: chartOptions
  } = await resolveResponsibilityOptions(plan, options, "document");
  // Narrow (a phone), as on the responsibilities page: the matrix keeps its natural width (16 px a column) and
  // scrolls sideways in its box, and the department names take at most 40% of the width.
  const narrow = chartOptions.width < 640;
  const chart = responsibilityMatrix(plan, {
    ...chartOptions,
    width: narrow ? undefined : chartOptions.width,
    labelWidth: narrow ? Math.max(110, chartOptions.width * 0.4) : undefined
  });
  return embedFigure("matrix", chart, plan, {
    language,
    title: pick("Who is responsible for what", "责任矩阵", language),
    link: {
      href: sitePage(
        "responsibilities.html",
        {
          department: d?.name,
          chapter: c ? String(c.seq) : null,
          ordering: ordering === "document" ? null : ordering,
          implicit: showImplicit ? null : "hide"
        },
        other
      ),
      zh: "责任矩阵",
      en: "Responsibility matrix"
    }
  });
}
