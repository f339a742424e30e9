import {describe, expect, test} from "vitest";
import {coassignmentRows, egoRows, progressRows, responsibilityRows} from "../src/lib/chartData.js";
import {egoNetwork} from "../src/lib/ego.js";
import type {ObservationRow} from "../src/lib/observations.js";
import {parse} from "./plan.js";

// A small plan for the rules (not data about any real plan).
const SMALL = parse(
  [
    "一、任务",
    "(一)甲任务。(市发改委牵头,市财政局配合)",
    "(二)乙任务。(市财政局、市发改委按职责分工负责)",
    "(三)丙任务。(市统计局负责)",
    ""
  ].join("\n")
);

describe("responsibilityRows", () => {
  test("gives each link with the item's title and role, limited to the items given", () => {
    expect(responsibilityRows(SMALL).map((r) => [r.item, r.item_title, r.department, r.role])).toEqual([
      ["T1", "甲任务", "市发展和改革委员会", "lead"],
      ["T1", "甲任务", "市财政局", "support"],
      ["T2", "乙任务", "市财政局", "joint"],
      ["T2", "乙任务", "市发展和改革委员会", "joint"],
      ["T3", "丙任务", "市统计局", "lead"]
    ]);
    expect(responsibilityRows(SMALL, {items: ["T3"]}).map((r) => r.item)).toEqual(["T3"]);
  });
});

describe("coassignmentRows", () => {
  test("lists department pairs with at least `threshold` shared items, most first", () => {
    expect(coassignmentRows(SMALL)).toEqual([
      {department_a: "市发展和改革委员会", department_b: "市财政局", shared_items: 2, items: "T1 T2"}
    ]);
    expect(coassignmentRows(SMALL, {threshold: 3})).toEqual([]);
  });
});

describe("egoRows", () => {
  test("gives the department's items by role, then its partners", () => {
    expect(egoRows(egoNetwork(SMALL, "市财政局")).map((r) => [r.relation, r.id, r.shared_items])).toEqual([
      ["support", "T1", ""],
      ["joint", "T2", ""],
      ["partner", "市发展和改革委员会", 2]
    ]);
  });
});

describe("progressRows", () => {
  test("keeps one id's observations, by year", () => {
    const row = (id: string, year: number, level: ObservationRow["level"]) =>
      ({id, year, value: 1, level, source: "fixture", note: "", kind: "indicator"}) as ObservationRow;
    expect(
      progressRows([row("I2", 2024, "city"), row("I1", 2024, "city"), row("I2", 2023, "nation")], "I2").map(
        (r) => r.year
      )
    ).toEqual([2023, 2024]);
  });
});
