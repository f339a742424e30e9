import {describe, expect, it} from "vitest";
import {exportBaseName, exportFileName, fileSafe, PLAN_NAME_MAX, planExportName} from "../src/lib/exportName.js";

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
    expect(exportFileName("延政发〔2024〕8号", "items", "csv")).toBe("延政发-2024-8号-items.csv");
    expect(exportFileName("my plan/draft: v2", "items", "csv")).toBe("my-plan-draft-v2-items.csv");
  });
});

describe("fileSafe", () => {
  it("replaces what a file system refuses", () => {
    expect(fileSafe('a\\b/c:d*e?f"g<h>i|j k')).toBe("a-b-c-d-e-f-g-h-i-j-k");
    expect(fileSafe("..")).toBe("");
  });
  it("turns brackets and punctuation into one dash, keeping Chinese characters", () => {
    expect(fileSafe("《延安市关于贯彻落实〈质量强国建设纲要〉的实施方案》")).toBe(
      "延安市关于贯彻落实-质量强国建设纲要-的实施方案"
    );
    expect(fileSafe("沪府办（2020）59号、附件")).toBe("沪府办-2020-59号-附件");
  });
});

describe("planExportName", () => {
  it("names a pasted plan after its document number, made safe", () => {
    expect(planExportName({docNumber: "延政发〔2024〕8号", title: "某实施方案"})).toBe("延政发-2024-8号");
    expect(exportFileName(planExportName({docNumber: "延政发〔2024〕8号"}), "items", "csv")).toBe(
      "延政发-2024-8号-items.csv"
    );
  });
  it("else after its title, cut to PLAN_NAME_MAX characters", () => {
    expect(planExportName({docNumber: null, title: "示例市质量提升实施方案"})).toBe("示例市质量提升实施方案");
    const long = planExportName({docNumber: null, title: "关".repeat(80)});
    expect(Array.from(long)).toHaveLength(PLAN_NAME_MAX);
  });
  it("else after the file it was read from, without its extension", () => {
    expect(planExportName({docNumber: null, title: null}, {file: "my plan.docx"})).toBe("my-plan");
  });
  it("never gives two plans the bare plan.json: with no name, a hash of the text", () => {
    const a = planExportName({}, {text: "一、任务\n(一)甲。"});
    const b = planExportName({}, {text: "一、任务\n(一)乙。"});
    expect(a).toMatch(/^plan-[0-9a-z]+$/);
    expect(a).not.toBe(b);
    expect(exportFileName(a, "plan", "json")).not.toBe("plan.json");
  });
});
