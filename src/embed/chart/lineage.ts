// The chart embed "lineage" (/embed/lineage.html, src/embed/[chart].md): how close each item of one plan is to
// another's (Compare › Lineage). One module per chart, imported by its page alone, so that a page registers only the
// files its chart reads (issue 16, goal 3).
import {FileAttachment} from "observablehq:stdlib";
import {planLabel} from "../../lib/compare/comparison.js";
import {ADAPTED, COPIED, lineage} from "../../lib/compare/lineage.js";
import {lineagePair} from "../../lib/compare/parentPlan.js";
import {LINEAGE_LABELS, localize} from "../../lib/vocabulary.js";
import {sitePage} from "../common.js";
import {source} from "../charts.js";
import {comparePlans} from "./comparePlans.js";
import type {PlanItemText} from "../../lib/compare/lineage.js";
import type {Drawn, Resolved, Say} from "../charts.js";

interface LineageFile {
  plans: {plan: string; items: PlanItemText[]}[];
}

// This chart's own compare file (Framework registers it on this chart's page only).
const compareLineage = (): Promise<LineageFile> => FileAttachment("../../compare/lineage.json").json();

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [summary, {plans: itemSets}, {lineageChart}] = await Promise.all([
    comparePlans(),
    compareLineage(),
    import("../../components/lineageChart.js")
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
