import {describe, expect, it} from "vitest";
import {exportBaseName, exportFileName, fileSafe} from "../src/lib/exportName.js";

describe("exportFileName", () => {
  it("names the file after the plan and the view", () => {
    expect(exportFileName("jingan-2019-firerescue", "task-ledger", "csv")).toBe(
      "jingan-2019-firerescue-task-ledger.csv"
    );
    expect(exportFileName("yanan-2024-8", "responsibility-matrix", "png")).toBe(
      "yanan-2024-8-responsibility-matrix.png"
    );
  });
  it("gives two plans' exports of one view two names", () => {
    expect(exportFileName("a-plan", "targets", "csv")).not.toBe(exportFileName("b-plan", "targets", "csv"));
  });
  it("keeps the view alone when there is no plan", () => {
    expect(exportFileName(null, "plans", "csv")).toBe("plans.csv");
    expect(exportFileName("  ", "plans", "csv")).toBe("plans.csv");
  });
  it("does not name the plan twice", () => {
    expect(exportBaseName("yanan-2024-8", "yanan-2024-8-monitoring")).toBe("yanan-2024-8-monitoring");
  });
  it("makes a document number safe for a file system", () => {
    expect(exportFileName("延政发〔2024〕8号", "items", "csv")).toBe("延政发〔2024〕8号-items.csv");
    expect(exportFileName("my plan/draft: v2", "items", "csv")).toBe("my-plan-draft-v2-items.csv");
  });
});

describe("fileSafe", () => {
  it("replaces what a file system refuses", () => {
    expect(fileSafe('a\\b/c:d*e?f"g<h>i|j k')).toBe("a-b-c-d-e-f-g-h-i-j-k");
    expect(fileSafe("..")).toBe("");
  });
});
