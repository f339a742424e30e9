// Measures and orderings on small hand-made graphs with known answers, and on the Yan'an plan.
import {describe, expect, test} from "vitest";
import {accountabilityChecks, answersAsLead, designatedLeadItems} from "../src/lib/accountability.js";
import {egoNetwork} from "../src/lib/ego.js";
import {departmentClass, departmentMeasures} from "../src/lib/measures.js";
import type {Department, Item, PlanModel, Responsibility, Role} from "../src/lib/model.js";
import {projection} from "../src/lib/network.js";
import {countCrossings, inChapter, orderMatrix, prepareOrder, sortByMean} from "../src/lib/ordering.js";
import {emptyModel} from "../src/lib/reader/parse.js";
import {YANAN} from "./plan.js";
import {syntheticModel} from "../bench/synthetic.js";

const span = {line: 1, start: 0, end: 0};

/** A model from lines "item: D1 D2 …" (first department lead when marked with *, else joint), items in chapter order. */
function graph(spec: Record<string, string>, chapters: Record<string, number> = {}): PlanModel {
  const m = emptyModel();
  const names = new Set<string>();
  Object.entries(spec).forEach(([id, ds], k) => {
    m.items.push({
      id,
      kind: "task",
      seq: k + 1,
      column: null,
      chapter: chapters[id] ?? 1,
      order: k + 1,
      title: id,
      text: "",
      clause: ds,
      source: span
    } as Item);
    for (const token of ds.split(" ").filter(Boolean)) {
      const lead = token.endsWith("*");
      const name = token.replace("*", "");
      names.add(name);
      const role: Role = lead ? "lead" : ds.includes("*") ? "support" : "joint";
      m.responsibilities.push({item: id, department: name, role, asWritten: name, source: span} as Responsibility);
    }
  });
  m.departments = [...names].map(
    (name) =>
      ({name, shortName: name, aliasesSeen: [], nameEn: null, kind: "municipal-department", known: true}) as Department
  );
  return m;
}

const by = <T extends {name: string}>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

describe("projection", () => {
  test("links departments by the number of items they share", () => {
    const m = graph({T1: "A B", T2: "A B C", T3: "C"});
    expect(projection(m).map((e) => [e.source, e.target, e.weight, e.items.join()])).toEqual([
      ["A", "B", 2, "T1,T2"],
      ["A", "C", 1, "T2"],
      ["B", "C", 1, "T2"]
    ]);
  });
});

describe("departmentMeasures", () => {
  test("a star: the hub has every neighbour and all the betweenness", () => {
    // Hub H shares one item with each of four leaves.
    const m = by(departmentMeasures(graph({T1: "H* L1", T2: "H* L2", T3: "H* L3", T4: "H* L4"})));
    expect(m.H).toMatchObject({degree: 4, weightedDegree: 4, lead: 4, support: 0, betweenness: 1});
    expect(m.L1).toMatchObject({degree: 1, support: 1, betweenness: 0});
  });
  test("a plan that names no department has no measures (and does not throw)", () => {
    // Items with no clause at all: the build of such a plan once stopped in betweenness on an empty graph.
    expect(departmentMeasures(graph({T1: "", T2: ""}))).toEqual([]);
  });
  test("a path: betweenness rises toward the middle", () => {
    // A - B - C - D - E
    const m = by(departmentMeasures(graph({T1: "A B", T2: "B C", T3: "C D", T4: "D E"})));
    // Normalized by (n-1)(n-2)/2 = 6: B lies on 3 shortest paths, C on 4.
    expect([m.A, m.B, m.C, m.D, m.E].map((d) => d.betweenness)).toEqual([0, 0.5, 4 / 6, 0.5, 0]);
    expect(m.C.degree).toBe(2);
  });
  test("two cliques joined by a bridge: the bridge's ends carry the betweenness", () => {
    const m = by(departmentMeasures(graph({T1: "A B C", T2: "D E F", T3: "C D"})));
    expect(m.C.betweenness).toBeCloseTo(m.D.betweenness);
    expect(m.C.betweenness).toBeGreaterThan(0);
    expect([m.A, m.B, m.E, m.F].every((d) => d.betweenness === 0)).toBe(true);
    expect(m.C).toMatchObject({degree: 3, weightedDegree: 3, joint: 2, items: 2});
  });
  test("weighted degree sums shared items", () => {
    const m = by(departmentMeasures(graph({T1: "A B", T2: "A B", T3: "A C"})));
    expect(m.A).toMatchObject({degree: 2, weightedDegree: 3});
  });
  test("counts chapters spanned from explicit roles", () => {
    const m = by(departmentMeasures(graph({T1: "A* B", T2: "A* C", T3: "A D"}, {T1: 1, T2: 2, T3: 5})));
    expect(m.A).toMatchObject({chapters: 3, lead: 2, class: "leading"});
  });
  test("the Yan'an plan: 市市场监管局 leads the items whose clause names it with 牵头 or alone", () => {
    const m = by(departmentMeasures(YANAN));
    const leads = YANAN.items.filter((i) => {
      const c = i.clause ?? "";
      const named = YANAN.responsibilities.filter((r) => r.item === i.id && r.role !== "implicit");
      return /市市场监管局牵头/.test(c) || (named.length === 1 && named[0].asWritten === "市市场监管局");
    });
    expect(m["市市场监督管理局"].lead).toBe(leads.length);
    expect(m["市市场监督管理局"].lead).toBe(16);
    expect(m["各县(市、区)人民政府"]).toMatchObject({implicit: 49, joint: 1, items: 1});
    expect(m["市市场监督管理局"].betweenness).toBe(Math.max(...Object.values(m).map((d) => d.betweenness)));
  });
});

describe("departmentClass", () => {
  test("leading when deep and broad, key when one of them, auxiliary when neither", () => {
    expect(departmentClass(2, 3)).toBe("leading");
    expect(departmentClass(2, 1)).toBe("key");
    expect(departmentClass(0, 3)).toBe("key");
    expect(departmentClass(1, 2)).toBe("auxiliary");
    expect(departmentClass(1, 2, {depth: 1, breadth: 2})).toBe("leading");
  });
});

describe("countCrossings", () => {
  test("counts pairs of links that cross", () => {
    expect(
      countCrossings([
        [0, 0],
        [1, 1]
      ])
    ).toBe(0);
    expect(
      countCrossings([
        [0, 1],
        [1, 0]
      ])
    ).toBe(1);
    expect(
      countCrossings([
        [0, 2],
        [1, 1],
        [2, 0]
      ])
    ).toBe(3);
  });
  test("links sharing an end do not cross", () => {
    expect(
      countCrossings([
        [0, 0],
        [0, 1],
        [1, 1]
      ])
    ).toBe(0);
  });
  test("agrees with counting every pair on random drawings", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 50; ++k) {
      const links = Array.from({length: random(40)}, () => [random(12), random(15)] as [number, number]);
      let pairs = 0;
      for (const [a, b] of links) for (const [c, d] of links) if (a < c && b > d) ++pairs;
      expect(countCrossings(links)).toBe(pairs);
    }
  });
});

describe("orderMatrix", () => {
  const m = graph({T1: "A C", T2: "B D", T3: "A C", T4: "B D"});
  test("document order keeps the plan's order", () => {
    expect(orderMatrix(m, "document")).toMatchObject({rows: ["A", "C", "B", "D"], columns: ["T1", "T2", "T3", "T4"]});
  });
  test("similarity puts departments with shared items together and leaves only unavoidable crossings", () => {
    const o = orderMatrix(m, "similarity");
    // Each component is a complete 2×2 bipartite graph: one crossing each at best.
    expect(o.crossings).toBe(2);
    expect(o.crossings).toBeLessThan(orderMatrix(m, "document").crossings);
    const pos = (d: string) => o.rows.indexOf(d);
    expect(Math.abs(pos("A") - pos("C"))).toBe(1);
    expect(Math.abs(o.columns.indexOf("T1") - o.columns.indexOf("T3"))).toBe(1);
  });
  test("workload puts the busiest departments and the most shared items first", () => {
    const w = orderMatrix(graph({T1: "A", T2: "B C", T3: "B"}), "workload");
    expect(w.rows[0]).toBe("B");
    expect(w.columns[0]).toBe("T2");
  });
  test("on the Yan'an plan, similarity has fewer crossings than document order", () => {
    expect(orderMatrix(YANAN, "similarity").crossings).toBeLessThan(orderMatrix(YANAN, "document").crossings);
    expect(orderMatrix(YANAN, "document", {includeImplicit: true}).rows).toHaveLength(29);
  });
  test("similarity is barycentric seriation: the order of sorting names by their neighbours' mean position", () => {
    // The seriation written plainly (names, maps, a stable sort with a comparator): orderMatrix computes it on typed
    // arrays with a radix sort and counts crossings row by row; the order and the crossings must be the same.
    const plainly = (model: PlanModel, includeImplicit: boolean, iterations = 24) => {
      const links = model.responsibilities.filter((r) => includeImplicit || r.role !== "implicit");
      const held = new Set(links.map((l) => l.department));
      let rows = model.departments.map((d) => d.name).filter((d) => held.has(d));
      let columns = model.items.map((i) => i.id);
      const crossings = (rs: string[], cs: string[]) => {
        const r = new Map(rs.map((d, i) => [d, i]));
        const c = new Map(cs.map((id, i) => [id, i]));
        return countCrossings(links.map((l) => [r.get(l.department)!, c.get(l.item)!]));
      };
      const sweep = (keys: string[], others: string[], neighbours: (key: string) => string[]) => {
        const place = new Map(others.map((o, i) => [o, i]));
        const mean = new Map(
          keys.map((key, i) => {
            const ns = neighbours(key);
            return [key, ns.length ? ns.reduce((sum, o) => sum + place.get(o)!, 0) / ns.length : i];
          })
        );
        return [...keys].sort((a, b) => mean.get(a)! - mean.get(b)!);
      };
      let best = {rows, columns, crossings: crossings(rows, columns)};
      for (let k = 0; k < iterations; ++k) {
        columns = sweep(columns, rows, (id) => links.filter((l) => l.item === id).map((l) => l.department));
        rows = sweep(rows, columns, (d) => links.filter((l) => l.department === d).map((l) => l.item));
        const c = crossings(rows, columns);
        if (c < best.crossings) best = {rows, columns, crossings: c};
      }
      return best;
    };
    for (const [model, includeImplicit] of [
      [YANAN, false],
      [YANAN, true],
      [syntheticModel(40, {seed: 3}), false],
      [syntheticModel(120, {seed: 7}), false]
    ] as const)
      expect(orderMatrix(model, "similarity", {includeImplicit})).toEqual(plainly(model, includeImplicit));
  });
  test("an order is computed once per model and options: a later call gets an equal copy", () => {
    const model = graph({T1: "A C", T2: "B D", T3: "A C", T4: "B D"});
    const first = orderMatrix(model, "similarity");
    first.rows.reverse();
    first.columns.length = 0;
    const second = orderMatrix(model, "similarity");
    expect(second).toEqual(orderMatrix(graph({T1: "A C", T2: "B D", T3: "A C", T4: "B D"}), "similarity"));
    expect(second.rows).not.toBe(orderMatrix(model, "similarity").rows);
    // Other options, another order: implicit roles counted or not, fewer sweeps.
    expect(orderMatrix(model, "document").columns).toEqual(["T1", "T2", "T3", "T4"]);
    expect(orderMatrix(model, "similarity", {iterations: 0}).rows).toEqual(["A", "C", "B", "D"]);
  });
  test("prepareOrder computes an order in idle time, a sweep or more an idle period; orderMatrix finishes it", () => {
    const idle = globalThis as {requestIdleCallback?: (f: (deadline: IdleDeadline) => void) => number};
    const queued: ((deadline: IdleDeadline) => void)[] = [];
    idle.requestIdleCallback = (f) => queued.push(f);
    // Each idle period has time for a step or two: timeRemaining is 2 ms, then 0.
    const period = () => {
      let left = 2;
      return {didTimeout: false, timeRemaining: () => (left-- > 0 ? 2 : 0)};
    };
    try {
      const model = syntheticModel(60, {seed: 4});
      const expected = orderMatrix(syntheticModel(60, {seed: 4}), "similarity");
      prepareOrder(model, "similarity");
      let periods = 0;
      while (queued.length) {
        queued.shift()!(period());
        ++periods;
      }
      // 24 sweeps, a step before the first: more than one period, fewer than one a step.
      expect(periods).toBeGreaterThan(5);
      expect(periods).toBeLessThanOrEqual(25);
      expect(orderMatrix(model, "similarity")).toEqual(expected);
      // Asked for before it is done: orderMatrix computes the rest at once, and the idle steps stop.
      const other = syntheticModel(60, {seed: 4});
      prepareOrder(other, "similarity");
      queued.shift()!(period());
      expect(orderMatrix(other, "similarity")).toEqual(expected);
      expect(queued).toHaveLength(1);
      queued.shift()!(period());
      expect(queued).toHaveLength(0);
    } finally {
      delete idle.requestIdleCallback;
    }
  });
  test("a model whose responsibilities grew or were replaced is ordered again", () => {
    const model = graph({T1: "A", T2: "B", T3: "C"});
    expect(orderMatrix(model, "document").rows).toEqual(["A", "B", "C"]);
    model.departments.push({...model.departments[0], name: "D", shortName: "D"});
    model.responsibilities.push({...model.responsibilities[0], department: "D"});
    expect(orderMatrix(model, "document").rows).toEqual(["A", "B", "C", "D"]);
    model.responsibilities = model.responsibilities.filter((r) => r.department !== "B");
    expect(orderMatrix(model, "document").rows).toEqual(["A", "C", "D"]);
  });
});

describe("sortByMean", () => {
  test("gives the places of the means in ascending order, equal means in their order (a stable sort)", () => {
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const cases: number[][] = [
      [],
      [3],
      [2, 1, 2, 0, 1],
      [0, 0.5, 1 / 3, 2 / 3, 0.5, 1e6, 1e-9, 7, 7, 0],
      // Means of positions: sums of a few integers over the number of neighbours, many equal.
      Array.from({length: 3000}, () => {
        const n = 1 + Math.floor(random() * 4);
        let sum = 0;
        for (let k = 0; k < n; ++k) sum += Math.floor(random() * 1000);
        return sum / n;
      })
    ];
    for (const means of cases) {
      const stable = means.map((_, i) => i).sort((a, b) => means[a] - means[b] || a - b);
      expect(Array.from(sortByMean(Float64Array.from(means)))).toEqual(stable);
    }
  });
});

describe("accountabilityChecks", () => {
  test("on the Yan'an plan", () => {
    const r = accountabilityChecks(YANAN, {maxCoResponsible: 8});
    const joint = YANAN.items.filter((i) => YANAN.responsibilities.some((x) => x.item === i.id && x.role === "joint"));
    expect(r.noLead.map((i) => i.id)).toEqual(joint.map((i) => i.id));
    expect(r.genericOnly).toEqual([]);
    expect(r.diffuse.map((d) => [d.item.id, d.departments])).toEqual([
      ["T13", 9],
      ["T15", 11]
    ]);
    expect(r.unassigned).toEqual([]);
    expect(r.aliases).toContainEqual({alias: "市文旅局", canonical: "市文化和旅游局", items: ["T1", "A5.2"]});
    expect(r.namedOnce.map((d) => d.department)).toContain("延安海关");
  });
  test("an item led only by a generic placeholder has no designated lead (designatedLeadItems)", () => {
    const m = graph({T1: "X* Z", T2: "Y*"});
    m.departments.find((d) => d.name === "X")!.kind = "generic";
    expect([...designatedLeadItems(m)]).toEqual(["T2"]);
    expect(accountabilityChecks(m).noLead.map((i) => i.id)).toEqual(["T1"]);
  });
  test("an item led by a named enterprise or society has a designated lead: it answers for it (designatedLeadItems)", () => {
    const m = graph({T1: "X* Z", T2: "Y* Z", T3: "Z*", T4: "W* Z"});
    m.departments.find((d) => d.name === "X")!.kind = "enterprise";
    m.departments.find((d) => d.name === "Y")!.kind = "society";
    m.departments.find((d) => d.name === "W")!.kind = "generic";
    expect([...designatedLeadItems(m)]).toEqual(["T1", "T2", "T3"]);
    expect(accountabilityChecks(m).noLead.map((i) => i.id)).toEqual(["T4"]);
  });
  test("answersAsLead: every named kind, not a generic placeholder", () => {
    expect(answersAsLead("enterprise")).toBe(true);
    expect(answersAsLead("municipal-department")).toBe(true);
    expect(answersAsLead(undefined)).toBe(true);
    expect(answersAsLead("generic")).toBe(false);
  });
  test("an item naming only 市级有关部门 is generic-only", () => {
    const m = graph({T1: "X"});
    m.departments[0].kind = "generic";
    expect(accountabilityChecks(m).genericOnly.map((i) => i.id)).toEqual(["T1"]);
  });
});

describe("egoNetwork", () => {
  test("groups a department's items by role and weights its partners", () => {
    const e = egoNetwork(graph({T1: "A* B", T2: "A B C", T3: "B C"}), "B");
    expect(Object.fromEntries(Object.entries(e.byRole).map(([k, v]) => [k, v.map((i) => i.id)]))).toEqual({
      lead: [],
      support: ["T1"],
      joint: ["T2", "T3"],
      implicit: []
    });
    // Ties keep the order in which the plan names the departments.
    expect(e.partners.map((p) => [p.name, p.weight])).toEqual([
      ["A", 2],
      ["C", 2]
    ]);
  });
  test("lists the department's responsibilities and, item by item, the others' roles", () => {
    const e = egoNetwork(graph({T1: "A* B", T2: "A B C", T3: "C"}), "B");
    expect(e.held.map((r) => [r.item, r.role])).toEqual([
      ["T1", "support"],
      ["T2", "joint"]
    ]);
    expect(
      Object.fromEntries(Object.entries(e.partnersIn).map(([k, v]) => [k, v.map((r) => `${r.department}:${r.role}`)]))
    ).toEqual({T1: ["A:lead"], T2: ["A:joint", "C:joint"]});
  });
});

describe("inChapter", () => {
  test("keeps the columns of one chapter, in the order's order", () => {
    const m = graph({T1: "A", T2: "B", T3: "A B"}, {T1: 1, T2: 2, T3: 2});
    const o = orderMatrix(m, "document");
    expect(inChapter(m, o, 2).columns).toEqual(["T2", "T3"]);
    expect(inChapter(m, o, null)).toBe(o);
  });
});
