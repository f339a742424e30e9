/**
 * Matrix(options): the responsibility matrix (departments × items, coloured by role) as an element to embed.
 *
 *   import {Matrix} from "https://<site>/embed/matrix.js";
 *   document.body.append(await Matrix({department: "市市场监督管理局", chapter: 3}));
 *
 * Options: department (Chinese or English name: its row is outlined, the rest fades), chapter (number or
 * numeral: only that chapter's items), ordering ("document", "workload" or "similarity"), showImplicit (draw
 * the blanket note's implicit roles, default true), language (of the labels and the caption: "zh" (default),
 * "en" or "both"), width (default 900). Returns a <figure> (data-embed="matrix") with the chart and a caption
 * citing the plan.
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

export interface MatrixOptions extends EmbedOptions {
  department?: string | null;
  chapter?: number | string | null;
  ordering?: Ordering | null;
  showImplicit?: boolean | null;
}

export async function Matrix({
  department,
  chapter,
  ordering: orderingOption,
  language,
  width,
  showImplicit: implicitOption
}: MatrixOptions = {}): Promise<HTMLElement> {
  // The chart module is imported on demand: see common.ts, "Why the charts are imported dynamically".
  const [plan, {responsibilityMatrix}] = await Promise.all([
    loadPlan(),
    import("../components/responsibilityMatrix.js")
  ]);
  const lang = checkLanguage(language, "zh");
  const ordering = checkOrdering(orderingOption, "document");
  const showImplicit = implicitOption ?? true;
  const d = await resolveDepartment(plan, department);
  const c = resolveChapter(plan, chapter);
  const order = orderMatrix(plan, ordering, {includeImplicit: showImplicit});
  const chart = responsibilityMatrix(plan, {
    order: inChapter(plan, order, c?.seq ?? null),
    showImplicit,
    highlight: d ? {department: d.name} : null,
    language: lang,
    width: checkWidth(width, 900)
  });
  return embedFigure("matrix", chart, plan, {
    language: lang,
    link: {
      href: sitePage("responsibilities.html", {
        department: d?.name,
        chapter: c ? String(c.seq) : null,
        ordering: ordering === "document" ? null : ordering,
        implicit: showImplicit ? null : "hide"
      }),
      zh: "责任矩阵",
      en: "Responsibility matrix"
    }
  });
}
