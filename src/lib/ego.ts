/**
 * One department's neighbourhood: the items it holds, grouped by role, and the departments it shares items
 * with, weighted by the number of shared items; and, item by item, who else holds it in which role (what the
 * department brief, src/departments/[id].md, lists).
 */
import type {Item, PlanModel, Responsibility, Role} from "./model.js";
import {type NetworkOptions, networkLinks, projection} from "./network.js";

export interface Partner {
  name: string;
  shortName: string;
  nameEn: string | null;
  /** Items shared. */
  weight: number;
  items: string[];
}

export interface EgoNetwork {
  department: string;
  /** The department's items by its role in them (every role, implicit included), in model order. */
  byRole: Record<Role, Item[]>;
  /** The departments it shares items with, most shared items first (ties: the order the plan names them in). */
  partners: Partner[];
  /** The department's own responsibilities, in model order (implicit included). */
  held: Responsibility[];
  /**
   * For each item the department holds, the other departments' responsibilities in it, in model order
   * (implicit roles only with includeImplicit, as the network counts them).
   */
  partnersIn: Record<string, Responsibility[]>;
}

/**
 * The neighbourhood of `department` (its canonical name) in the plan. Options as the network's: implicit roles
 * make no partners unless includeImplicit. An unknown department has no items and no partners.
 */
export function egoNetwork(model: PlanModel, department: string, options: NetworkOptions = {}): EgoNetwork {
  const items = new Map(model.items.map((i) => [i.id, i]));
  const byRole: Record<Role, Item[]> = {lead: [], support: [], joint: [], implicit: []};
  const held = model.responsibilities.filter((r) => r.department === department);
  // Items only: a goal a body holds (an allocation table's row, item = the goal's id) is no item of the department's.
  for (const r of held) {
    const item = items.get(r.item);
    if (item) byRole[r.role].push(item);
  }
  const partnersIn: Record<string, Responsibility[]> = Object.fromEntries(held.map((r) => [r.item, []]));
  for (const r of networkLinks(model, options))
    if (r.department !== department && partnersIn[r.item]) partnersIn[r.item].push(r);
  const departments = new Map(model.departments.map((d) => [d.name, d]));
  const partners = projection(model, options)
    .filter((e) => e.source === department || e.target === department)
    .map((e) => {
      const d = departments.get(e.source === department ? e.target : e.source)!;
      return {name: d.name, shortName: d.shortName, nameEn: d.nameEn, weight: e.weight, items: e.items};
    })
    .sort((a, b) => b.weight - a.weight);
  return {department, byRole, partners, held, partnersIn};
}
