/**
 * The responsibility network: departments linked to the items they hold, and its projection onto departments
 * (two departments are linked by the items they share). Implicit roles (a blanket note's county governments)
 * stay out of the projection by default: they would link one department to every other and hide the
 * structure the plan writes out.
 */
import type {PlanModel, Responsibility} from "./model.js";

export interface NetworkOptions {
  /** Count implicit roles as links (default false). */
  includeImplicit?: boolean;
}

/** The responsibilities the network uses. */
export function networkLinks(model: PlanModel, {includeImplicit = false}: NetworkOptions = {}): Responsibility[] {
  return model.responsibilities.filter((r) => includeImplicit || r.role !== "implicit");
}

export interface ProjectionEdge {
  source: string;
  target: string;
  /** The number of items both departments hold. */
  weight: number;
  items: string[];
}

/** Department pairs that share items, each pair once (source before target in first-appearance order). */
export function projection(model: PlanModel, options: NetworkOptions = {}): ProjectionEdge[] {
  const byItem = new Map<string, string[]>();
  for (const r of networkLinks(model, options)) {
    const list = byItem.get(r.item) ?? [];
    if (!list.includes(r.department)) list.push(r.department);
    byItem.set(r.item, list);
  }
  const rank = new Map(model.departments.map((d, i) => [d.name, i]));
  const edges = new Map<string, ProjectionEdge>();
  for (const [item, departments] of byItem) {
    for (let i = 0; i < departments.length; ++i) {
      for (let j = i + 1; j < departments.length; ++j) {
        const [source, target] = [departments[i], departments[j]].sort(
          (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)
        );
        const key = `${source}\u0000${target}`;
        const edge = edges.get(key) ?? {source, target, weight: 0, items: []};
        edge.weight += 1;
        edge.items.push(item);
        edges.set(key, edge);
      }
    }
  }
  return [...edges.values()];
}
