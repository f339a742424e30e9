/**
 * The rows behind each chart, for the CSV a chart's share dialog downloads: what the chart draws, one row per mark,
 * with the names a spreadsheet reader needs (the item's title beside its id, the department's English name).
 */
import type {EgoNetwork} from "./ego.js";
import type {PlanModel} from "./model.js";
import {networkLinks, type NetworkOptions, projection} from "./network.js";
import type {ObservationRow} from "./observations.js";

export interface ResponsibilityRow {
  item: string;
  item_title: string;
  department: string;
  department_en: string;
  role: string;
  as_written: string;
}

/**
 * The responsibilities a matrix or network draws: item × department with the role, in the plan's order; implicit
 * roles only with {includeImplicit: true}; only the items listed when `items` is given (a chapter's).
 */
export function responsibilityRows(
  model: PlanModel,
  {items, ...options}: NetworkOptions & {items?: readonly string[]} = {}
): ResponsibilityRow[] {
  const titles = new Map(model.items.map((i) => [i.id, i.title]));
  const english = new Map(model.departments.map((d) => [d.name, d.nameEn ?? ""]));
  const shown = items ? new Set(items) : null;
  return networkLinks(model, options)
    .filter((r) => !shown || shown.has(r.item))
    .map((r) => ({
      item: r.item,
      item_title: titles.get(r.item) ?? "",
      department: r.department,
      department_en: english.get(r.department) ?? "",
      role: r.role,
      as_written: r.asWritten
    }));
}

/** The co-assignment network's links of at least `threshold` shared items: two departments and the items they share. */
export function coassignmentRows(
  model: PlanModel,
  {threshold = 1, ...options}: NetworkOptions & {threshold?: number} = {}
): {department_a: string; department_b: string; shared_items: number; items: string}[] {
  return projection(model, options)
    .filter((e) => e.weight >= threshold)
    .sort((a, b) => b.weight - a.weight)
    .map((e) => ({department_a: e.source, department_b: e.target, shared_items: e.weight, items: e.items.join(" ")}));
}

/** A department's neighbourhood: its items by role, then its partners with the items shared. */
export function egoRows(ego: EgoNetwork): {relation: string; id: string; name: string; shared_items: number | ""}[] {
  return [
    ...Object.entries(ego.byRole).flatMap(([role, items]) =>
      items.map((i) => ({relation: role, id: i.id, name: i.title, shared_items: "" as const}))
    ),
    ...ego.partners.map((p) => ({
      relation: "partner",
      id: p.name,
      name: p.nameEn ?? p.shortName,
      shared_items: p.weight
    }))
  ];
}

/** The observations a progress chart draws for one indicator or target id: every level, by year. */
export function progressRows(rows: readonly ObservationRow[], id: string): ObservationRow[] {
  return rows.filter((r) => r.id === id).sort((a, b) => a.year - b.year || a.level.localeCompare(b.level));
}
