import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {localize, pick, splitBilingual} from "../../src/page/language.js";
import {responsibilityMatrix} from "../../src/components/responsibilityMatrix.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {FIXTURE} from "../components/fixture.js";

describe("language", () => {
  test("splits a bilingual label into its Chinese and English words", () => {
    expect(splitBilingual("牵头 lead")).toEqual({zh: "牵头", en: "lead"});
    expect(splitBilingual("Tasks and actions 各章任务")).toEqual({zh: "各章任务", en: "Tasks and actions"});
    expect(localize("配合 support", "zh")).toBe("配合");
    expect(localize("配合 support", "both")).toBe("配合 support");
    expect(pick("Departments", "部门", "en")).toBe("Departments");
  });

  test("the matrix labels departments in English and its legend in one language when asked", () => {
    const {window} = new JSDOM("");
    const document = window.document as unknown as Document;
    const order = orderMatrix(FIXTURE, "document");
    const en = responsibilityMatrix(FIXTURE, {order, language: "en", document});
    const labels = [...en.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
      (t) => t.firstChild?.textContent
    );
    expect(labels).toContain("Municipal Development and Reform Commission");
    expect(en.textContent).toContain("lead");
    expect(en.textContent).not.toContain("牵头");
    const zh = responsibilityMatrix(FIXTURE, {order, language: "zh", document});
    expect(
      [...zh.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.firstChild?.textContent)
    ).toContain("市发改委");
    expect(zh.textContent).toContain("牵头");
    expect(zh.textContent).not.toMatch(/\blead\b/);
  });
});
