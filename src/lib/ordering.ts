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
 *
 * Computed once per model, ordering and options: the order is kept with the model (a WeakMap by the model's
 * identity, so it goes when the model does) and a later call gets a copy of it, so that a page re-ordering its
 * matrix, or drawing the matrix and the bipartite view in the same order, does not compute it again (the similarity
 * order at 1,000 departments × 3,000 items takes tens of milliseconds). A model is read, never changed, once parsed;
 * a model whose departments, items or responsibilities were replaced or grew since is ordered again.
 */
export function orderMatrix(model: PlanModel, ordering: Ordering, options: OrderOptions = {}): MatrixOrder {
  const kept = keptOf(model);
  const key = keyOf(ordering, options);
  let order = kept.orders.get(key);
  if (!order || !("rows" in order)) {
    // Not computed, or being computed in idle time (prepareOrder): computed to the end now.
    const steps = order ?? orderSteps(model, ordering, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    kept.orders.set(key, (order = step.value));
  }
  return {rows: [...order.rows], columns: [...order.columns], crossings: order.crossings};
}

/**
 * Starts computing an order of orderMatrix in the page's idle time (requestIdleCallback, a sweep of the similarity
 * order or more at a time, within each idle period), so that a later orderMatrix call for it gets it at once: a large
 * matrix prepares the orders it may be re-ordered in when it is drawn, and a re-ordering then only moves its rows.
 * orderMatrix called before it is done finishes it. Nothing is done where there are no idle callbacks (Node, jsdom)
 * or when the order is kept already.
 */
export function prepareOrder(model: PlanModel, ordering: Ordering, options: OrderOptions = {}): void {
  const idle = globalThis as {requestIdleCallback?: (callback: (deadline: IdleDeadline) => void) => number};
  if (typeof idle.requestIdleCallback !== "function") return;
  const kept = keptOf(model);
  const key = keyOf(ordering, options);
  if (kept.orders.has(key)) return;
  const steps = orderSteps(model, ordering, options);
  kept.orders.set(key, steps);
  const step = (deadline: IdleDeadline) => {
    // Finished by orderMatrix meanwhile, or the model changed: nothing left to do.
    if (ordersOf.get(model) !== kept || kept.orders.get(key) !== steps) return;
    while (deadline.timeRemaining() > 1) {
      const next = steps.next();
      if (next.done) return void kept.orders.set(key, next.value);
    }
    idle.requestIdleCallback!(step);
  };
  idle.requestIdleCallback(step);
}

/** The orders computed (or being computed: their steps) for each model, with what they were computed from. */
const ordersOf = new WeakMap<
  PlanModel,
  {
    departments: PlanModel["departments"];
    items: PlanModel["items"];
    responsibilities: PlanModel["responsibilities"];
    sizes: string;
    orders: Map<string, MatrixOrder | Generator<void, MatrixOrder, void>>;
  }
>();

const sizesOf = (model: PlanModel) =>
  `${model.departments.length} ${model.items.length} ${model.responsibilities.length}`;

const keyOf = (ordering: Ordering, options: OrderOptions) =>
  `${ordering} ${options.includeImplicit ? "implicit" : "explicit"} ${options.iterations ?? 24}`;

/** The orders kept for a model, emptied when its departments, items or responsibilities were replaced or grew. */
function keptOf(model: PlanModel) {
  let kept = ordersOf.get(model);
  if (
    !kept ||
    kept.departments !== model.departments ||
    kept.items !== model.items ||
    kept.responsibilities !== model.responsibilities ||
    kept.sizes !== sizesOf(model)
  ) {
    kept = {
      departments: model.departments,
      items: model.items,
      responsibilities: model.responsibilities,
      sizes: sizesOf(model),
      orders: new Map()
    };
    ordersOf.set(model, kept);
  }
  return kept;
}

/** An order computed in steps (a generator: each sweep of the similarity order is a step), its value the order. */
function* orderSteps(model: PlanModel, ordering: Ordering, options: OrderOptions): Generator<void, MatrixOrder, void> {
  if (ordering !== "similarity") return computeOrder(model, ordering, options);
  const links = networkLinks(model, options);
  const held = new Set(links.map((l) => l.department));
  const rows = model.departments.map((d) => d.name).filter((d) => held.has(d));
  return yield* similaritySweeps(
    links,
    rows,
    model.items.map((i) => i.id),
    options.iterations ?? 24
  );
}

/** The document or workload order, computed at once. */
function computeOrder(model: PlanModel, ordering: Ordering, options: OrderOptions): MatrixOrder {
  const links = networkLinks(model, options);
  const held = new Set(links.map((l) => l.department));
  let rows = model.departments.map((d) => d.name).filter((d) => held.has(d));
  let columns = model.items.map((i) => i.id);
  if (ordering === "workload") {
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
  }
  return {rows, columns, crossings: crossingsOf(links, rows, columns)};
}

/**
 * The similarity order (barycentric seriation, `iterations` sweeps, the sweep with the fewest crossings kept), on
 * integer indices and typed arrays: the same order as sorting names by the mean position of their neighbours in maps
 * (a stable sort), in a fraction of the time (1,000 departments × 3,000 items: about 10 ms, not 60). Crossings are
 * counted row by row, the links of each row taken from its list of neighbours, without sorting the links. A step
 * (a generator's yield) after each sweep, so that prepareOrder can compute it in idle time.
 */
function* similaritySweeps(
  links: Responsibility[],
  rows: string[],
  columns: string[],
  iterations: number
): Generator<void, MatrixOrder, void> {
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
  /**
   * Keys (ids) in order → sorted by the mean position of their neighbours (`position` by id), ties in order (a
   * stable sort by mean), without a comparator: one called from the sort was most of the time at thousands of keys
   * (sortByMean).
   */
  const sweep = (order: Int32Array, adjacency: {start: Int32Array; out: Int32Array}, position: Int32Array) => {
    const n = order.length;
    const {start, out} = adjacency;
    const center = new Float64Array(n);
    for (let i = 0; i < n; ++i) {
      const key = order[i];
      let sum = 0;
      for (let k = start[key]; k < start[key + 1]; ++k) sum += position[out[k]];
      const degree = start[key + 1] - start[key];
      center[i] = degree ? sum / degree : i;
    }
    // A stable sort: equal means keep their order now.
    const places = sortByMean(center);
    const next = new Int32Array(n);
    for (let k = 0; k < n; ++k) next[k] = order[places[k]];
    return next;
  };
  const positions = (order: Int32Array) => {
    const p = new Int32Array(order.length);
    for (let i = 0; i < order.length; ++i) p[order[i]] = i;
    return p;
  };
  const crossings = (rowOrder: Int32Array, columnPosition: Int32Array) => {
    // Row by row in order: each link crosses the links of the rows above whose column is after its own (links of
    // one row share an end and do not cross), counted with a Fenwick tree over column positions; no sorting.
    const n = columns.length;
    const {start, out} = rowNeighbours;
    const tree = new Int32Array(n + 2);
    let count = 0;
    let seen = 0;
    for (let j = 0; j < rowOrder.length; ++j) {
      const row = rowOrder[j];
      for (let k = start[row]; k < start[row + 1]; ++k) {
        let notAfter = 0;
        for (let i = columnPosition[out[k]] + 1; i > 0; i -= i & -i) notAfter += tree[i];
        count += seen - notAfter;
      }
      for (let k = start[row]; k < start[row + 1]; ++k) {
        for (let i = columnPosition[out[k]] + 1; i <= n + 1; i += i & -i) tree[i] += 1;
        ++seen;
      }
    }
    return count;
  };
  let rowOrder = Int32Array.from(rows, (_, i) => i);
  let columnOrder = Int32Array.from(columns, (_, i) => i);
  let best = {rowOrder, columnOrder, crossings: crossings(rowOrder, positions(columnOrder))};
  for (let k = 0; k < iterations; ++k) {
    columnOrder = sweep(columnOrder, columnNeighbours, positions(rowOrder));
    rowOrder = sweep(rowOrder, rowNeighbours, positions(columnOrder));
    const c = crossings(rowOrder, positions(columnOrder));
    if (c < best.crossings) best = {rowOrder, columnOrder, crossings: c};
    yield;
  }
  return {
    rows: Array.from(best.rowOrder, (i) => rows[i]),
    columns: Array.from(best.columnOrder, (i) => columns[i]),
    crossings: best.crossings
  };
}

/** Whether this machine stores numbers least significant byte first (sortByMean reads their bytes). */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * The places 0 … n − 1 of `means` (non-negative numbers) in ascending order of their mean, equal means in their
 * order (a stable sort). A radix sort of the numbers' bytes, least significant first, which for non-negative doubles
 * is their numeric order (IEEE 754: sign 0, then exponent, then mantissa): eight passes over n, a pass skipped when
 * every number has the same byte there. At thousands of numbers it takes a fraction of the time of a sort with a
 * comparator, or of Float64Array's sort and a search for each number's rank; the similarity order sorts twice a
 * sweep. Negative numbers or NaN would be misplaced; means of positions never are.
 */
export function sortByMean(means: Float64Array): Int32Array {
  const n = means.length;
  let values = means.slice();
  let places = Int32Array.from({length: n}, (_, i) => i);
  let nextValues = new Float64Array(n);
  let nextPlaces = new Int32Array(n);
  const count = new Int32Array(257);
  for (let pass = 0; pass < 8 && n > 1; ++pass) {
    const byte = LITTLE_ENDIAN ? pass : 7 - pass;
    const bytes = new Uint8Array(values.buffer);
    count.fill(0);
    for (let i = 0; i < n; ++i) ++count[bytes[i * 8 + byte] + 1];
    if (count[bytes[byte] + 1] === n) continue;
    for (let b = 0; b < 256; ++b) count[b + 1] += count[b];
    for (let i = 0; i < n; ++i) {
      const to = count[bytes[i * 8 + byte]]++;
      nextValues[to] = values[i];
      nextPlaces[to] = places[i];
    }
    [values, nextValues] = [nextValues, values];
    [places, nextPlaces] = [nextPlaces, places];
  }
  return places;
}

/** The order with its columns restricted to the items of one chapter (all items when chapter is null). */
export function inChapter(model: PlanModel, order: MatrixOrder, chapter: number | null): MatrixOrder {
  if (chapter === null) return order;
  const chapterOf = new Map(model.items.map((i) => [i.id, i.chapter]));
  return {...order, columns: order.columns.filter((id) => chapterOf.get(id) === chapter)};
}
