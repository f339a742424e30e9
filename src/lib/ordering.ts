/**
 * Orderings of the responsibility matrix and of the two columns of the bipartite view.
 *
 * - document: departments in the order the plan first names them, items in document order;
 * - workload: departments by the items they hold (leads break ties), items by how many departments share them;
 * - similarity: barycentric seriation — items sorted by the mean position of their departments, departments by
 *   the mean position of their items, alternately, so that departments with shared items come together; the
 *   order with the fewest link crossings seen is kept.
 */
import type {PlanModel, Responsibility} from "./model.js";
import {type NetworkOptions, networkLinks} from "./network.js";

export type Ordering = "document" | "workload" | "similarity";
export const ORDERINGS: Ordering[] = ["document", "workload", "similarity"];

export interface MatrixOrder {
  /** Department names, top to bottom (or left column of the bipartite view). */
  rows: string[];
  /** Item ids, left to right (or right column). */
  columns: string[];
  /** Link crossings of the two-column drawing with this order. */
  crossings: number;
}

/**
 * The number of crossings when links between two ordered columns are drawn straight: pairs of links (a, b),
 * (c, d) with a before c and b after d. Counted as inversions with a Fenwick tree, O(E log V).
 */
export function countCrossings(links: [left: number, right: number][]): number {
  const sorted = [...links].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const size = sorted.reduce((m, [, r]) => Math.max(m, r), 0) + 2;
  const tree = new Array<number>(size + 1).fill(0);
  let crossings = 0;
  let seen = 0;
  for (const [, r] of sorted) {
    // Links seen so far whose right end is strictly after r cross this one.
    let notAfter = 0;
    for (let i = r + 1; i > 0; i -= i & -i) notAfter += tree[i];
    crossings += seen - notAfter;
    for (let i = r + 1; i <= size; i += i & -i) tree[i] += 1;
    ++seen;
  }
  return crossings;
}

function crossingsOf(links: Responsibility[], rows: string[], columns: string[]): number {
  const r = new Map(rows.map((d, i) => [d, i]));
  const c = new Map(columns.map((d, i) => [d, i]));
  return countCrossings(
    links.filter((l) => r.has(l.department) && c.has(l.item)).map((l) => [r.get(l.department)!, c.get(l.item)!])
  );
}

export interface OrderOptions extends NetworkOptions {
  /** Sweeps of the barycentric seriation (default 24). */
  iterations?: number;
}

/**
 * The rows (departments) and columns (items) of the responsibility matrix in an ordering: document (the plan's
 * order), workload (most items, then most leads first) or similarity (departments that share items together); see
 * docs/responsibility-measures.md.
 */
export function orderMatrix(model: PlanModel, ordering: Ordering, options: OrderOptions = {}): MatrixOrder {
  const links = networkLinks(model, options);
  const held = new Set(links.map((l) => l.department));
  let rows = model.departments.map((d) => d.name).filter((d) => held.has(d));
  let columns = model.items.map((i) => i.id);
  // Grouped by hand, not with d3-array: the embeds import this module statically, so it imports no package
  // (see src/embed/common.ts, "Why the charts are imported dynamically").
  const itemsOf = new Map<string, string[]>();
  const departmentsOf = new Map<string, string[]>();
  const leadCount = new Map<string, number>();
  // Pushed in place: a department of thousands of links would otherwise be copied once per link.
  for (const l of links) {
    const items = itemsOf.get(l.department);
    if (items) items.push(l.item);
    else itemsOf.set(l.department, [l.item]);
    const departments = departmentsOf.get(l.item);
    if (departments) departments.push(l.department);
    else departmentsOf.set(l.item, [l.department]);
    if (l.role === "lead") leadCount.set(l.department, (leadCount.get(l.department) ?? 0) + 1);
  }
  if (ordering === "workload") {
    const leads = (d: string) => leadCount.get(d) ?? 0;
    const docRow = new Map(rows.map((d, i) => [d, i]));
    rows = [...rows].sort(
      (a, b) =>
        (itemsOf.get(b)?.length ?? 0) - (itemsOf.get(a)?.length ?? 0) ||
        leads(b) - leads(a) ||
        docRow.get(a)! - docRow.get(b)!
    );
    const docColumn = new Map(columns.map((c, i) => [c, i]));
    columns = [...columns].sort(
      (a, b) =>
        (departmentsOf.get(b)?.length ?? 0) - (departmentsOf.get(a)?.length ?? 0) ||
        docColumn.get(a)! - docColumn.get(b)!
    );
  } else if (ordering === "similarity") {
    return similarityOrder(links, rows, columns, options.iterations ?? 24);
  }
  return {rows, columns, crossings: crossingsOf(links, rows, columns)};
}

/**
 * The similarity order (barycentric seriation, `iterations` sweeps, the sweep with the fewest crossings kept), on
 * integer indices and typed arrays: the same order as sorting names by the mean position of their neighbours in maps, in a fraction of the
 * time (1,000 departments × 3,000 items: tens of milliseconds, not hundreds).
 */
function similarityOrder(links: Responsibility[], rows: string[], columns: string[], iterations: number): MatrixOrder {
  const rowId = new Map(rows.map((d, i) => [d, i]));
  const columnId = new Map(columns.map((c, i) => [c, i]));
  const kept = links.filter((l) => rowId.has(l.department) && columnId.has(l.item));
  const linkRow = Int32Array.from(kept, (l) => rowId.get(l.department)!);
  const linkColumn = Int32Array.from(kept, (l) => columnId.get(l.item)!);
  // Neighbours of each row (column) in the links' order, as compressed lists.
  const lists = (n: number, from: Int32Array, to: Int32Array) => {
    const start = new Int32Array(n + 1);
    for (const f of from) ++start[f + 1];
    for (let i = 0; i < n; ++i) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const out = new Int32Array(from.length);
    for (let k = 0; k < from.length; ++k) out[fill[from[k]]++] = to[k];
    return {start, out};
  };
  const rowNeighbours = lists(rows.length, linkRow, linkColumn);
  const columnNeighbours = lists(columns.length, linkColumn, linkRow);
  /** Keys (ids) in order → sorted by the mean position of their neighbours (`position` by id), ties in order. */
  const sweep = (order: Int32Array, adjacency: {start: Int32Array; out: Int32Array}, position: Int32Array) => {
    const center = new Float64Array(order.length);
    const index = new Int32Array(order.length);
    order.forEach((key, i) => {
      index[key] = i;
      const {start, out} = adjacency;
      let sum = 0;
      for (let k = start[key]; k < start[key + 1]; ++k) sum += position[out[k]];
      const n = start[key + 1] - start[key];
      center[key] = n ? sum / n : i;
    });
    return Int32Array.from(Array.from(order).sort((a, b) => center[a] - center[b] || index[a] - index[b]));
  };
  const positions = (order: Int32Array) => {
    const p = new Int32Array(order.length);
    for (let i = 0; i < order.length; ++i) p[order[i]] = i;
    return p;
  };
  const crossings = (rowPosition: Int32Array, columnPosition: Int32Array) => {
    // Links sorted by (row, column) position as one number, then inversions counted with a Fenwick tree.
    const n = columns.length;
    const keys = new Float64Array(linkRow.length);
    for (let k = 0; k < keys.length; ++k) keys[k] = rowPosition[linkRow[k]] * n + columnPosition[linkColumn[k]];
    keys.sort();
    const tree = new Int32Array(n + 2);
    let count = 0;
    for (let seen = 0; seen < keys.length; ++seen) {
      const c = keys[seen] - Math.floor(keys[seen] / n) * n;
      let notAfter = 0;
      for (let i = c + 1; i > 0; i -= i & -i) notAfter += tree[i];
      count += seen - notAfter;
      for (let i = c + 1; i <= n + 1; i += i & -i) tree[i] += 1;
    }
    return count;
  };
  let rowOrder = Int32Array.from(rows, (_, i) => i);
  let columnOrder = Int32Array.from(columns, (_, i) => i);
  let best = {rowOrder, columnOrder, crossings: crossings(positions(rowOrder), positions(columnOrder))};
  for (let k = 0; k < iterations; ++k) {
    columnOrder = sweep(columnOrder, columnNeighbours, positions(rowOrder));
    rowOrder = sweep(rowOrder, rowNeighbours, positions(columnOrder));
    const c = crossings(positions(rowOrder), positions(columnOrder));
    if (c < best.crossings) best = {rowOrder, columnOrder, crossings: c};
  }
  return {
    rows: Array.from(best.rowOrder, (i) => rows[i]),
    columns: Array.from(best.columnOrder, (i) => columns[i]),
    crossings: best.crossings
  };
}

/** The order with its columns restricted to the items of one chapter (all items when chapter is null). */
export function inChapter(model: PlanModel, order: MatrixOrder, chapter: number | null): MatrixOrder {
  if (chapter === null) return order;
  const chapterOf = new Map(model.items.map((i) => [i.id, i.chapter]));
  return {...order, columns: order.columns.filter((id) => chapterOf.get(id) === chapter)};
}
