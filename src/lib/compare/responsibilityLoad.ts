/**
 * Responsibilities across plans: which kinds of bodies lead in each plan (department kind × plan), the load of
 * the same function in each plan (by the function mapping, functions.ts), and the accountability checks side by
 * side. Every figure is counted from the plans' models.
 */
import {accountabilityChecks} from "../accountability.js";
import type {DepartmentKind, PlanModel, Role} from "../model.js";
import {departmentFunction, type FunctionRule} from "./functions.js";

export interface KindCount {
  plan: string;
  kind: DepartmentKind;
  /** Departments of this kind named in the plan. */
  departments: number;
  /** Responsibility links of departments of this kind, by role, and in all. */
  lead: number;
  support: number;
  joint: number;
  implicit: number;
  links: number;
}

/** Department kind × plan: one row per kind a plan names, in the order of the kinds' first appearance. */
export function kindCounts(plan: string, model: PlanModel): KindCount[] {
  const kindOf = new Map(model.departments.map((d) => [d.name, d.kind]));
  const rows = new Map<DepartmentKind, KindCount>();
  const row = (kind: DepartmentKind) => {
    if (!rows.has(kind))
      rows.set(kind, {plan, kind, departments: 0, lead: 0, support: 0, joint: 0, implicit: 0, links: 0});
    return rows.get(kind)!;
  };
  for (const d of model.departments) ++row(d.kind).departments;
  for (const r of model.responsibilities) {
    const k = row(kindOf.get(r.department) ?? "unknown");
    ++k[r.role as Role];
    ++k.links;
  }
  return [...rows.values()];
}

export interface FunctionLoad {
  plan: string;
  /** The function's id (market-regulation), or null for the departments no rule maps. */
  function: string | null;
  functionZh: string | null;
  /** The plan's departments that serve the function (canonical names), in the plan's order. */
  departments: string[];
  /** Items (tasks and actions) with any responsibility of those departments. */
  items: number;
  /** Items one of them leads (牵头). */
  lead: number;
  /** items ÷ the plan's items (0–1); null for a plan without items. */
  share: number | null;
  links: number;
}

/**
 * The load of each function in one plan: one row per function that any of its departments serves, in the mapping's
 * order, then one row (function null) for the departments no rule maps, when there are any.
 */
export function functionLoad(plan: string, model: PlanModel, rules: FunctionRule[]): FunctionLoad[] {
  const fnOf = new Map(model.departments.map((d) => [d.name, departmentFunction(d.name, rules)]));
  const loads = new Map<string | null, FunctionLoad & {itemSet: Set<string>; leadSet: Set<string>}>();
  const order = [...new Set(rules.map((r) => r.function)), null];
  for (const d of model.departments) {
    const rule = fnOf.get(d.name) ?? null;
    const key = rule?.function ?? null;
    if (!loads.has(key))
      loads.set(key, {
        plan,
        function: key,
        functionZh: rule?.functionZh ?? null,
        departments: [],
        items: 0,
        lead: 0,
        share: null,
        links: 0,
        itemSet: new Set(),
        leadSet: new Set()
      });
    loads.get(key)!.departments.push(d.name);
  }
  for (const r of model.responsibilities) {
    const l = loads.get(fnOf.get(r.department)?.function ?? null);
    if (!l) continue;
    ++l.links;
    l.itemSet.add(r.item);
    if (r.role === "lead") l.leadSet.add(r.item);
  }
  const items = new Set(model.items.map((i) => i.id));
  return order
    .filter((k) => loads.has(k))
    .map((k) => {
      const {itemSet, leadSet, ...l} = loads.get(k)!;
      const n = [...itemSet].filter((i) => items.has(i)).length;
      return {
        ...l,
        items: n,
        lead: [...leadSet].filter((i) => items.has(i)).length,
        share: items.size ? n / items.size : null
      };
    });
}

export interface AccountabilityRow {
  plan: string;
  items: number;
  /** Items with responsible departments but none designated lead. */
  noLead: number;
  /** Items with no responsibility clause, or one that names no one. */
  unassigned: number;
  /** Items naming more than `maxCoResponsible` departments (accountability.ts, default 5). */
  diffuse: number;
  /** Items whose only named unit is a placeholder (市级有关部门). */
  genericOnly: number;
  /** (noLead + unassigned) ÷ items: the share of items without a lead (0–1), null without items. */
  withoutLeadShare: number | null;
}

/** The accountability checks of one plan (accountability.ts) as one row, for a side-by-side table. */
export function accountabilityRow(plan: string, model: PlanModel, maxCoResponsible = 5): AccountabilityRow {
  const r = accountabilityChecks(model, {maxCoResponsible});
  const items = model.items.length;
  return {
    plan,
    items,
    noLead: r.noLead.length,
    unassigned: r.unassigned.length,
    diffuse: r.diffuse.length,
    genericOnly: r.genericOnly.length,
    withoutLeadShare: items ? (r.noLead.length + r.unassigned.length) / items : null
  };
}
