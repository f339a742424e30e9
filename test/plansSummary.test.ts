// The compare pages' summary of a plan: hand-made models, each figure counted by hand.
import {describe, expect, test} from "vitest";
import {checkRows, CHECKS, kindCells, plansSummaryRow} from "../src/lib/compare/plansSummary.js";
import type {Department, DepartmentKind, Item, PlanModel, Responsibility, Role} from "../src/lib/model.js";
import {parse, YANAN} from "./plan.js";

const span = {line: 1, start: 0, end: 1};
const item = (id: string): Item =>
  ({
    id,
    kind: "task",
    seq: 1,
    column: null,
    chapter: 1,
    title: id,
    text: id,
    clause: null,
    deadline: null,
    source: span
  }) as unknown as Item;
const dept = (name: string, kind: DepartmentKind): Department =>
  ({name, shortName: name, aliasesSeen: [], nameEn: null, kind, known: true}) as unknown as Department;
const link = (item: string, department: string, role: Role): Responsibility =>
  ({item, department, role, source: span}) as unknown as Responsibility;

/** T1: a municipal lead and a county support; T2: two joint bodies; T3: nobody; T4: seven joint bodies. */
function model(): PlanModel {
  const m = parse("");
  m.items = ["T1", "T2", "T3", "T4"].map(item);
  m.departments = [
    dept("市发改委", "municipal-department"),
    dept("各县区政府", "county-government"),
    dept("有关部门", "generic"),
    ...Array.from({length: 7}, (_, i) => dept(`局${i}`, "municipal-department"))
  ];
  m.responsibilities = [
    link("T1", "市发改委", "lead"),
    link("T1", "各县区政府", "support"),
    link("T2", "有关部门", "joint"),
    link("T2", "市发改委", "implicit"),
    ...Array.from({length: 7}, (_, i) => link("T4", `局${i}`, "joint"))
  ];
  return m;
}

describe("plansSummaryRow", () => {
  test("plansSummaryRow(plan, model, meta) counts lead and explicit links per kind of body, implicit roles left out", () => {
    const row = plansSummaryRow("x", model(), {level: "city", source: "https://example.gov.cn/x"});
    expect(row.leadByKind).toEqual({"municipal-department": 1});
    expect(row.linksByKind).toEqual({"municipal-department": 8, "county-government": 1, generic: 1});
    expect(row.source).toBe("https://example.gov.cn/x");
    expect(row.level).toBe("city");
    expect(row.items).toBe(4);
  });

  test("plansSummaryRow() gives the accountability checks as counts and shares of the items", () => {
    const {checks} = plansSummaryRow("x", model());
    expect(checks).toEqual({
      noLead: 2, // T2, T4
      unassigned: 1, // T3
      diffuse: 1, // T4: 7 > 5
      genericOnly: 1, // T2
      noLeadShare: 0.5,
      unassignedShare: 0.25,
      diffuseShare: 0.25,
      genericOnlyShare: 0.25,
      maxCoResponsible: 5
    });
    expect(plansSummaryRow("x", model(), {}, {maxCoResponsible: 7}).checks.diffuse).toBe(0);
  });

  test("plansSummaryRow() counts an item led only by a generic placeholder (各行业部门牵头) as no lead", () => {
    const m = model();
    m.items.push(item("T5"));
    m.departments.push(dept("各行业部门", "generic"));
    m.responsibilities.push(link("T5", "各行业部门", "lead"), link("T5", "市发改委", "support"));
    const row = plansSummaryRow("x", m);
    expect(row.checks.noLead).toBe(3); // T2, T4, T5
    expect(row.checks.genericOnly).toBe(1); // T2: T5 names 市发改委 too
    expect(row.itemsWithLead).toBe(1); // T1
    expect(row.leadByKind).toEqual({"municipal-department": 1, generic: 1});
  });

  test("plansSummaryRow() of a plan without items has null shares", () => {
    const row = plansSummaryRow("empty", parse(""));
    expect(row.checks.noLeadShare).toBeNull();
    expect(row.leadShare).toBeNull();
    expect(checkRows([row])).toEqual([]);
  });

  test("plansSummaryRow() of the Yan'an plan agrees with its model", () => {
    const row = plansSummaryRow("yanan-2024-8", YANAN);
    const leads = YANAN.responsibilities.filter((r) => r.role === "lead").length;
    expect(Object.values(row.leadByKind).reduce((a, b) => a + b!, 0)).toBe(leads);
    expect(row.items).toBe(YANAN.items.length);
    expect(row.checks.noLead + row.checks.unassigned + row.itemsWithLead).toBe(row.items);
  });
});

describe("kindCells", () => {
  test("kindCells(rows, role) gives one cell per plan and kind, with its share of the plan's links", () => {
    const row = plansSummaryRow("x", model());
    expect(kindCells([row], "lead")).toEqual([{plan: "x", kind: "municipal-department", links: 1, share: 1}]);
    expect(kindCells([row], "any")).toEqual([
      {plan: "x", kind: "municipal-department", links: 8, share: 0.8},
      {plan: "x", kind: "county-government", links: 1, share: 0.1},
      {plan: "x", kind: "generic", links: 1, share: 0.1}
    ]);
  });
});

describe("checkRows", () => {
  test("checkRows(rows) gives each plan's checks in CHECKS' order", () => {
    const rows = checkRows([plansSummaryRow("x", model())]);
    expect(rows.map((r) => r.check)).toEqual(CHECKS.map((c) => c.check));
    expect(rows[0]).toEqual({plan: "x", check: "noLead", count: 2, share: 0.5});
  });
});
