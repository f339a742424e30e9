/**
 * The user's plans in the comparison, kept in this browser's localStorage (never sent anywhere): read, add,
 * remove, replace. A storage that cannot be read or written (private mode, a full quota) gives an empty list on
 * read and a thrown Error with a message on write, which the load page shows.
 */
import {readComparisonFile, type StoredPlan, withPlan, comparisonFile} from "../lib/compare/comparison.js";
import {countLabel, type Language, pick} from "../lib/vocabulary.js";

export const COMPARISON_KEY = "plan-explorer-comparison";

/** The stored plans, and the problems of the stored text (none when it is good or absent). */
export function readComparison(storage: Storage | undefined = globalThis.localStorage): {
  plans: StoredPlan[];
  problems: string[];
} {
  let text: string | null = null;
  try {
    text = storage?.getItem(COMPARISON_KEY) ?? null;
  } catch {
    return {plans: [], problems: ["this browser's storage cannot be read"]};
  }
  return text ? readComparisonFile(text, "the stored comparison") : {plans: [], problems: []};
}

/** Replaces the stored plans with `plans`. Throws an Error saying why when the browser refuses. */
export function writeComparison(plans: StoredPlan[], storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (!storage) throw new Error("no storage");
    if (plans.length) storage.setItem(COMPARISON_KEY, comparisonFile(plans));
    else storage.removeItem(COMPARISON_KEY);
  } catch (error) {
    throw new Error(
      `this browser did not keep the comparison (${(error as Error).message}): save it as a file instead`
    );
  }
}

/** Adds one plan (replacing a stored plan of the same name); returns the new list. */
export function addToComparison(
  plan: StoredPlan,
  storage: Storage | undefined = globalThis.localStorage
): StoredPlan[] {
  const plans = withPlan(readComparison(storage).plans, plan);
  writeComparison(plans, storage);
  return plans;
}

/**
 * What the iframe code of a chart over `plans` leaves out: its embed page (src/embed/charts.ts) draws the site's
 * plans only, while the chart on this page draws the plans added in this browser too (marked `stored`). A note
 * naming those, for the share dialog (chartCard's embedNote); undefined when there are none.
 */
export function embedLeavesOut(
  plans: readonly {plan: string; stored?: boolean}[],
  language: Language
): string | undefined {
  const added = plans.filter((p) => p.stored).map((p) => p.plan);
  if (!added.length) return undefined;
  return pick(
    `This iframe shows this site's plans only: the ${added.length === 1 ? "plan" : countLabel(added.length, "plan").en} you added (${added.join(", ")}) ${added.length === 1 ? "stays" : "stay"} in this browser, so a page embedding it would not show ${added.length === 1 ? "it" : "them"}. For the chart as you see it here, use the PNG or SVG.`,
    `此iframe仅显示本站方案：您自行加入的方案（${added.join("、")}）仅保存在本浏览器中，嵌入后的页面不会显示。如需与此处相同的图表，请使用PNG或SVG。`,
    language
  );
}
