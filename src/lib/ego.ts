/**
 * One department's neighbourhood: the items it holds, grouped by role, and the departments it shares items
 * with, weighted by the number of shared items.
 */
import type {Item, PlanModel, Role} from "./model.js";
import {type NetworkOptions, projection} from "./network.js";

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
  byRole: Record<Role, Item[]>;
  partners: Partner[];
}

export function egoNetwork(model: PlanModel, department: string, options: NetworkOptions = {}): EgoNetwork {
  const items = new Map(model.items.map((i) => [i.id, i]));
  const byRole: Record<Role, Item[]> = {lead: [], support: [], joint: [], implicit: []};
  for (const r of model.responsibilities) if (r.department === department) byRole[r.role].push(items.get(r.item)!);
  const departments = new Map(model.departments.map((d) => [d.name, d]));
  const partners = projection(model, options)
    .filter((e) => e.source === department || e.target === department)
    .map((e) => {
      const d = departments.get(e.source === department ? e.target : e.source)!;
      return {name: d.name, shortName: d.shortName, nameEn: d.nameEn, weight: e.weight, items: e.items};
    })
    .sort((a, b) => b.weight - a.weight);
  return {department, byRole, partners};
}
