// The chart embed "lineage" (/embed/lineage.html, src/embed/[chart].md): how close each item of one plan is to
// another's (Compare › Lineage). One module per chart, imported by its page alone, so that a page registers only the
// files its chart reads (issue 16, goal 3). It reads the two plans it draws and no other: each plan's
// data/lineage.json (its label and items) through plans/<plan>/embedData.js; the pair given none from data/site.json;
// every plan's place (compare/plans.json, through /embed/sitePlans.js) only to choose the other plan of a pair given
// one.
import {ADAPTED, COPIED, lineage} from "../../lib/compare/lineage.js";
import {lineagePair} from "../../lib/compare/parentPlan.js";
import {LINEAGE_LABELS, localize} from "../../lib/vocabulary.js";
import {defaultLineagePair, fetchLineage, sitePage, sitePlanSummaries} from "../common.js";
import {source} from "../charts.js";
import type {Drawn, Resolved, Say} from "../charts.js";

const FEWER = "lineage needs two plans; this site has fewer";

/**
 * The two plans to draw, by name: both as given when they differ (an unknown one is named by fetchLineage); the
 * site's pair (data/site.json) when given neither; else lineagePair over every plan's place, as the Lineage page
 * chooses (the suggested parent of the child given, the first child of the parent given). Rejects for a site of
 * fewer than two plans, and for an unknown plan with the site's plans named.
 */
async function chosenPair(o: Resolved): Promise<{parent: string; child: string}> {
  if (o.parent && o.child && o.parent !== o.child) return {parent: o.parent, child: o.child};
  if (!o.parent && !o.child) {
    const pair = await defaultLineagePair();
    if (!pair) throw new Error(FEWER);
    return pair;
  }
  const plans = await sitePlanSummaries();
  const pair = lineagePair(plans, {parent: o.parent, child: o.child});
  if (!pair) throw new Error(FEWER);
  if (pair.unknown.length)
    throw new Error(
      `unknown plan "${pair.unknown[0]}": the plans of this site are ${plans.map((p) => p.plan).join(", ")}`
    );
  return pair;
}

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [pair, {lineageChart}] = await Promise.all([chosenPair(o), import("../../components/lineageChart.js")]);
  // Both fetched at once; an error of the parent's before the child's (an unknown parent is named first, as before).
  const [parentFile, childFile] = await Promise.allSettled([fetchLineage(pair.parent), fetchLineage(pair.child)]).then(
    (settled) =>
      settled.map((s) => {
        if (s.status === "rejected") throw s.reason;
        return s.value;
      })
  );
  const nameOf = (name: string) => (name === pair.parent ? parentFile : childFile).label;
  const parentItems = parentFile.items;
  const parentById = new Map(parentItems.map((i) => [i.id, i]));
  const childItems = childFile.items;
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
