import {describe, expect, test} from "vitest";
import {ledgerRows, targetRows} from "../src/lib/ledger.js";
import type {ObservationRow, TaskStatusRow} from "../src/lib/observations.js";
import {YANAN} from "./plan.js";

// Fixture rows for the tests only (not data about Yan'an).
const status = (item: string, asOf: string, s: TaskStatusRow["status"]): TaskStatusRow => ({
  item,
  asOf,
  status: s,
  evidence: "fixture",
  source: "test fixture"
});

describe("ledgerRows", () => {
  const rows = ledgerRows(
    YANAN,
    [
      status("T1", "2024-06-30", "in progress"),
      status("T1", "2025-12-31", "completed"),
      status("T2", "2025-06-30", "at risk"),
      status("T3", "2025-06-30", "in progress")
    ],
    {today: "2026-11-26"}
  );
  const row = (id: string) => rows.find((r) => r.item.id === id)!;
  test("takes the latest status of each item", () => {
    expect(row("T1")).toMatchObject({status: "completed", asOf: "2025-12-31", light: "green"});
  });
  test("is red when at risk, or when the target year has passed without completion", () => {
    expect(row("T2")).toMatchObject({light: "red", reason: "reported at risk"});
    expect(row("T3")).toMatchObject({light: "red", reason: "target year 2025 has passed without completion"});
  });
  test("is amber in progress before the deadline and grey with nothing reported", () => {
    const before = ledgerRows(YANAN, [status("T3", "2024-06-30", "in progress")], {today: "2025-03-01"});
    expect(before.find((r) => r.item.id === "T3")).toMatchObject({light: "amber"});
    expect(before.find((r) => r.item.id === "T4")).toMatchObject({light: "grey", status: null});
  });
  test("names lead and co-responsible departments and the item's targets", () => {
    expect(row("T7")).toMatchObject({lead: ["市农业农村局"], others: ["市市场监管局"]});
    expect(row("T7").targets.map((t) => t.id)).toEqual(["T7-1", "T7-2", "T7-3"]);
  });
});

describe("targetRows", () => {
  test("gives each target its sentence, departments and latest city observation as a share of the target", () => {
    const obs: ObservationRow[] = [
      {id: "A8.2-1", year: 2024, value: 1000, level: "city", source: "test fixture", note: "", kind: "target"},
      {id: "A8.2-1", year: 2025, value: 3000, level: "city", source: "test fixture", note: "", kind: "target"}
    ];
    const rows = targetRows(YANAN, obs);
    const r = rows.find((r) => r.target.id === "A8.2-1")!;
    expect(r).toMatchObject({
      column: "专栏8",
      lead: ["市市场监管局"],
      share: 0.75,
      sentence: "到2025年,全市放心消费示范单位达到4000家。"
    });
    expect(r.latest?.year).toBe(2025);
    expect(rows.find((r) => r.target.id === "A2.1-1")!.share).toBeNull();
  });
});
