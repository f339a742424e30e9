/**
 * The compare pages' summary of one plan: its plans row (planRow.ts) and the responsibility figures the
 * "Responsibilities across plans" page sets side by side, small enough that a page comparing a hundred plans
 * loads a hundred of these and not a hundred models.
 *
 * - `leadByKind`: lead (牵头) links per kind of body (DepartmentKind: municipal-department, county-government …),
 *   counted over the responsibilities with role "lead"; `linksByKind` the same over every explicit role (lead,
 *   support, joint), so that a plan whose clauses name no lead still shows who carries its items.
 * - The accountability checks of src/lib/accountability.ts, as counts and shares of the plan's items:
 *   `noLead` (named bodies but no lead), `unassigned` (no clause or no one named), `diffuse` (more than
 *   `maxCoResponsible` bodies, 5 by default), `genericOnly` (only a placeholder such as 有关部门). Each share is the
 *   count ÷ items (0–1), null for a plan without items.
 *
 * - `targetSpecs`: every target of the plan (its indicator table's rows, then its sentence targets) as the
 *   indicators compare page reads them (targetSpec.ts); a few hundred bytes each.
 *
 * Nothing is typed by hand: every figure is counted from the model.
 */
import {accountabilityChecks, type AccountabilityOptions} from "../accountability.js";
import type {DepartmentKind, PlanModel} from "../model.js";
import {type PlanMetaFields, type PlanRow, planRow} from "./planRow.js";
import {planTargetSpecs, type TargetSpec} from "./targetSpec.js";

export interface PlanCompareSummary extends PlanRow {
  /** The address the plan's text was published at (.meta.json "source"), or null. */
  source: string | null;
  /** Lead links per kind of body; kinds with none are left out. */
  leadByKind: Partial<Record<DepartmentKind, number>>;
  /** Explicit links (lead, support, joint) per kind of body; kinds with none are left out. */
  linksByKind: Partial<Record<DepartmentKind, number>>;
  checks: {
    noLead: number;
    unassigned: number;
    diffuse: number;
    genericOnly: number;
    /** Each count ÷ items (0–1); null without items. */
    noLeadShare: number | null;
    unassignedShare: number | null;
    diffuseShare: number | null;
    genericOnlyShare: number | null;
    /** The threshold of `diffuse`: more than this many bodies on one item. */
    maxCoResponsible: number;
  };
  /** Every target of the plan (targetSpec.ts). Absent from a comparison saved before targets were kept. */
  targetSpecs?: TargetSpec[];
}

const share = (n: number, of: number) => (of ? n / of : null);

/** The summary of one plan called `plan` (its name in data/plans), from its model and .meta.json. */
export function plansSummaryRow(
  plan: string,
  model: PlanModel,
  meta: PlanMetaFields = {},
  {maxCoResponsible = 5}: AccountabilityOptions = {}
): PlanCompareSummary {
  const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
  const leadByKind: Partial<Record<DepartmentKind, number>> = {};
  const linksByKind: Partial<Record<DepartmentKind, number>> = {};
  for (const r of model.responsibilities) {
    if (r.role === "implicit") continue;
    const k = kind.get(r.department) ?? "unknown";
    linksByKind[k] = (linksByKind[k] ?? 0) + 1;
    if (r.role === "lead") leadByKind[k] = (leadByKind[k] ?? 0) + 1;
  }
  const report = accountabilityChecks(model, {maxCoResponsible});
  const items = model.items.length;
  const source = typeof meta.source === "string" && meta.source.trim() ? meta.source.trim() : null;
  return {
    ...planRow(plan, model, meta),
    source,
    leadByKind,
    linksByKind,
    checks: {
      noLead: report.noLead.length,
      unassigned: report.unassigned.length,
      diffuse: report.diffuse.length,
      genericOnly: report.genericOnly.length,
      noLeadShare: share(report.noLead.length, items),
      unassignedShare: share(report.unassigned.length, items),
      diffuseShare: share(report.diffuse.length, items),
      genericOnlyShare: share(report.genericOnly.length, items),
      maxCoResponsible
    },
    targetSpecs: planTargetSpecs(plan, model)
  };
}

/** One cell of the kind × plan heat map: a plan, a kind of body, its links and their share of the plan's links. */
export interface KindCell {
  plan: string;
  kind: DepartmentKind;
  links: number;
  /** links ÷ the plan's links counted the same way (0–1). */
  share: number;
}

/**
 * The heat map's cells: for each plan and each kind it names, the lead links (`role` "lead") or the explicit
 * links ("any"). A plan with no such links has no cells.
 */
export function kindCells(rows: PlanCompareSummary[], role: "lead" | "any" = "lead"): KindCell[] {
  return rows.flatMap((row) => {
    const counts = role === "lead" ? row.leadByKind : row.linksByKind;
    const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
    return (Object.entries(counts) as [DepartmentKind, number][])
      .filter(([, links]) => links > 0)
      .map(([kind, links]) => ({plan: row.plan, kind, links, share: links / total}));
  });
}

/** The accountability checks the compare page sets side by side, in its order, with their bilingual labels. */
export const CHECKS: {check: "noLead" | "unassigned" | "genericOnly" | "diffuse"; label: string}[] = [
  {check: "noLead", label: "无牵头单位 no lead"},
  {check: "unassigned", label: "未指定单位 no one named"},
  {check: "genericOnly", label: "仅泛指单位 placeholder only"},
  {check: "diffuse", label: "分散（>5个单位）diffuse"}
];

/** One bar of the checks chart: a plan, a check, the items it finds and their share of the plan's items. */
export interface CheckRow {
  plan: string;
  check: (typeof CHECKS)[number]["check"];
  count: number;
  share: number;
}

/** Each plan's checks as rows, in CHECKS' order; a plan without items has none (no share to show). */
export function checkRows(rows: PlanCompareSummary[]): CheckRow[] {
  return rows.flatMap((row) =>
    row.items
      ? CHECKS.map(({check}) => ({
          plan: row.plan,
          check,
          count: row.checks[check],
          share: row.checks[check] / row.items
        }))
      : []
  );
}
