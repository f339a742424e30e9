/**
 * Measures of each department's place in the plan: how many items it holds in each role, how many chapters
 * its items span, and its degree, weighted degree and betweenness in the department projection (computed with
 * graphology-metrics, a maintained implementation of Brandes' algorithm). The class (leading / key /
 * auxiliary) combines depth (items led) and breadth (chapters spanned); see docs/responsibility-measures.md.
 */
import {group} from "d3-array";
import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type {DepartmentKind, PlanModel} from "./model.js";
import {type NetworkOptions, projection} from "./network.js";

export type DepartmentClass = "leading" | "key" | "auxiliary";

export interface DepartmentMeasures {
  name: string;
  shortName: string;
  nameEn: string | null;
  kind: DepartmentKind;
  /** Items named explicitly (lead, support or joint). */
  items: number;
  lead: number;
  support: number;
  joint: number;
  implicit: number;
  /** Chapters in which the department holds an item explicitly. */
  chapters: number;
  /** Departments it shares at least one item with. */
  degree: number;
  /** The sum of items shared with each of them. */
  weightedDegree: number;
  /** Normalized betweenness in the projection (0 to 1), unweighted: the share of shortest paths through it. */
  betweenness: number;
  class: DepartmentClass;
}

export interface ClassRule {
  /** Items led to count as deep (default 2). */
  depth: number;
  /** Chapters spanned to count as broad (default 3). */
  breadth: number;
}

export const DEFAULT_CLASS_RULE: ClassRule = {depth: 2, breadth: 3};

/** leading: deep and broad; key: deep or broad; auxiliary: neither. */
export function departmentClass(lead: number, chapters: number, rule: ClassRule = DEFAULT_CLASS_RULE): DepartmentClass {
  const deep = lead >= rule.depth;
  const broad = chapters >= rule.breadth;
  return deep && broad ? "leading" : deep || broad ? "key" : "auxiliary";
}

/** The projection as a graphology graph: departments as nodes, shared items as weighted undirected edges. */
export function projectionGraph(model: PlanModel, options: NetworkOptions = {}): Graph {
  const graph = new Graph({type: "undirected"});
  for (const d of model.departments) graph.addNode(d.name);
  for (const e of projection(model, options)) graph.addEdge(e.source, e.target, {weight: e.weight});
  return graph;
}

/**
 * Every department's measures, in the model's order: items by role, chapters spanned, degree, weighted degree and
 * betweenness in the projection, and its class (see above). A plan that names no department gives [].
 */
export function departmentMeasures(
  model: PlanModel,
  options: NetworkOptions & {rule?: ClassRule} = {}
): DepartmentMeasures[] {
  const graph = projectionGraph(model, options);
  // graphology-metrics' betweenness throws on a graph without nodes (a plan that names no department).
  const betweenness: Record<string, number> =
    graph.order > 0 ? betweennessCentrality(graph, {normalized: true, getEdgeWeight: null}) : {};
  const chapterOf = new Map(model.items.map((i) => [i.id, i.chapter]));
  // Each department's responsibilities, grouped once (not one filter of every responsibility per department).
  const byDepartment = group(model.responsibilities, (r) => r.department);
  return model.departments.map((d) => {
    const own = byDepartment.get(d.name) ?? [];
    const count = (role: string) => own.filter((r) => r.role === role).length;
    const explicit = own.filter((r) => r.role !== "implicit");
    const chapters = new Set(explicit.map((r) => chapterOf.get(r.item)).filter((c) => c != null)).size;
    const lead = count("lead");
    return {
      name: d.name,
      shortName: d.shortName,
      nameEn: d.nameEn,
      kind: d.kind,
      items: explicit.length,
      lead,
      support: count("support"),
      joint: count("joint"),
      implicit: count("implicit"),
      chapters,
      degree: graph.degree(d.name),
      weightedDegree: graph.reduceEdges(d.name, (sum, _e, attr) => sum + (attr.weight as number), 0),
      betweenness: betweenness[d.name] ?? 0,
      class: departmentClass(lead, chapters, options.rule)
    };
  });
}
