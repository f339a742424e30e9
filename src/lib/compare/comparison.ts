/**
 * The plans the compare pages set side by side: the site's own (compare/plans.json, one summary per plan of
 * data/plans) and the plans a user added from the load page, which never leave the browser (kept in its storage,
 * and saved to and loaded from one file of the user's).
 *
 * The file is JSON: {"format": "plan-explorer-comparison", "version": 1, "plans": [StoredPlan …]}, each plan
 * {"plan": name, "added": ISO date, "summary": PlanCompareSummary, "items": its items' texts for Lineage (optional:
 * a file saved before they were kept has none)}. readComparisonFile keeps every good plan of a
 * file and reports each bad one with its position and what is wrong.
 */
import type {PlanItemText} from "./lineage.js";
import type {PlanCompareSummary} from "./plansSummary.js";
import type {TargetSpec} from "./targetSpec.js";
import {stripBom} from "../chars.js";

export const COMPARISON_FORMAT = "plan-explorer-comparison";

export interface StoredPlan {
  /** The name the user gave it (its file name by default). */
  plan: string;
  /** When it was added, ISO 8601. */
  added: string;
  summary: PlanCompareSummary;
  /** The plan's items (id, kind, chapter, title, text) for the Lineage page; absent in a file saved before 2026-11-30. */
  items?: PlanItemText[];
}

export type ComparedPlan = PlanCompareSummary & {stored?: boolean};

/** A plan's short label: its document number, else its title, else its name; a user's plan, the name they gave. */
export function planLabel(p: Pick<PlanCompareSummary, "plan" | "number" | "title"> & {stored?: boolean}): string {
  return p.stored ? p.plan : (p.number ?? p.title ?? p.plan);
}

/**
 * The site's plans, then the stored ones (marked `stored`), in the order they were added. A stored plan whose name
 * is already taken gets " (2)", " (3)" … so that every plan of the comparison has its own name.
 */
export function comparedPlans(shipped: PlanCompareSummary[], stored: StoredPlan[]): ComparedPlan[] {
  const taken = new Set(shipped.map((p) => p.plan));
  const out: ComparedPlan[] = [...shipped];
  for (const s of stored) {
    let name = s.plan;
    for (let k = 2; taken.has(name); ++k) name = `${s.plan} (${k})`;
    taken.add(name);
    out.push({...s.summary, plan: name, stored: true});
  }
  return out;
}

/** Adds `plan` to `stored`, replacing a stored plan of the same name (the user loaded a new version of it). */
export function withPlan(stored: StoredPlan[], plan: StoredPlan): StoredPlan[] {
  return [...stored.filter((s) => s.plan !== plan.plan), plan];
}

/** The comparison file's text for these stored plans. */
export function comparisonFile(stored: StoredPlan[]): string {
  return JSON.stringify({format: COMPARISON_FORMAT, version: 1, plans: stored}, null, 1);
}

const NUMBER_FIELDS = ["chapters", "items", "departments", "links", "indicators", "targets", "covered"] as const;

/** What is wrong with one stored plan, or null when it is good. */
function problem(p: unknown): string | null {
  if (!p || typeof p !== "object") return "not an object";
  const s = p as Partial<StoredPlan>;
  if (typeof s.plan !== "string" || !s.plan.trim()) return 'no "plan" name';
  if (!s.summary || typeof s.summary !== "object") return `${s.plan}: no "summary"`;
  for (const f of NUMBER_FIELDS)
    if (typeof s.summary[f] !== "number" || !Number.isFinite(s.summary[f]))
      return `${s.plan}: summary.${f} is not a number`;
  if (!s.summary.leadByKind || typeof s.summary.leadByKind !== "object") return `${s.plan}: no summary.leadByKind`;
  if (!s.summary.checks || typeof s.summary.checks !== "object") return `${s.plan}: no summary.checks`;
  return null;
}

/** A stored plan's items when every one has a string id, title and text; else none (Lineage leaves the plan out). */
function itemTexts(items: unknown): PlanItemText[] | null {
  if (!Array.isArray(items)) return null;
  const ok = (i: unknown) =>
    !!i &&
    typeof i === "object" &&
    ["id", "title", "text"].every((k) => typeof (i as Record<string, unknown>)[k] === "string");
  return items.every(ok) ? (items as PlanItemText[]) : null;
}

/**
 * The plans of a comparison file (`name` is the file's name, for the messages). Never throws: a file that is not
 * JSON or not a comparison file gives no plans and one problem; a bad plan is left out with a problem naming
 * its position (1-based) and what is wrong.
 */
export function readComparisonFile(text: string, name = "the file"): {plans: StoredPlan[]; problems: string[]} {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (error) {
    return {plans: [], problems: [`${name} is not JSON: ${(error as Error).message}`]};
  }
  const file = data as {format?: unknown; plans?: unknown};
  if (!file || file.format !== COMPARISON_FORMAT || !Array.isArray(file.plans))
    return {plans: [], problems: [`${name} is not a comparison file saved by Plan explorer`]};
  const plans: StoredPlan[] = [];
  const problems: string[] = [];
  file.plans.forEach((p, i) => {
    const why = problem(p);
    if (why) problems.push(`${name}, plan ${i + 1}: ${why}; left out`);
    else {
      const s = p as StoredPlan;
      const items = itemTexts(s.items);
      plans.push({
        plan: s.plan.trim(),
        added: typeof s.added === "string" ? s.added : "",
        summary: s.summary,
        ...(items && {items})
      });
    }
  });
  return {plans, problems};
}

/**
 * The targets of the compared plans, each carrying its plan's name in the comparison (a stored plan may have been
 * renamed " (2)"), in the plans' order; `missing` lists the plans whose summary keeps no targets (a comparison
 * saved before targets were kept), which a page names rather than dropping them silently.
 */
export function comparedTargets(plans: ComparedPlan[]): {targets: TargetSpec[]; missing: string[]} {
  const targets: TargetSpec[] = [];
  const missing: string[] = [];
  for (const p of plans) {
    if (!Array.isArray(p.targetSpecs)) missing.push(p.plan);
    else for (const t of p.targetSpecs) targets.push({...t, plan: p.plan});
  }
  return {targets, missing};
}
