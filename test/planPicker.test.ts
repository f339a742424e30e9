// The plan picker in every page's header (issue 16, goal 3: no page's weight grows with the number of plans). It
// once listed every plan (about 250 B of HTML a plan on every page); it now names the page's plan and fetches the
// list (data/plans.json) when opened. Its parts here; the built pages of sites of two and of five plans are
// compared in test/browser/compare-sites.test.ts.
import {describe, expect, test} from "vitest";
import {planOfPath, planPickerHtml, planScript} from "../src/page/planPicker.js";

describe("the plan picker's parts", () => {
  test("planScript() is JavaScript that parses (it is written inside a template string)", () => {
    const script = planScript()
      .replace(/^<script>/, "")
      .replace(/<\/script>$/, "");
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain("/compare\\/plans(\\.html)?$/");
  });

  test("planPickerHtml() is as long for 2,000 plans as for 2, but for the count's digits", () => {
    const entry = {name: "a", label: "甲〔2024〕1号", title: "甲 · 方案", cite: "甲 · 《方案》"};
    expect(planPickerHtml(entry, 2000, "a").length - planPickerHtml(entry, 2, "a").length).toBe(9);
  });

  test("planOfPath() is the plan of /plans/<plan>/… and the configured plan on the other plan pages", () => {
    expect(planOfPath("/plans/qingpu-2024-firesafety/responsibilities", "yanan")).toBe("qingpu-2024-firesafety");
    expect(planOfPath("/plans/qingpu-2024-firesafety/", "yanan")).toBe("qingpu-2024-firesafety");
    expect(planOfPath("/responsibilities", "yanan")).toBe("yanan");
    expect(planOfPath("/embeds", "yanan")).toBe("yanan");
  });

  test("planOfPath() is null on the pages about no one plan of the site: load and compare", () => {
    expect(planOfPath("/load", "yanan")).toBeNull();
    expect(planOfPath("/compare/plans", "yanan")).toBeNull();
    expect(planOfPath("/compare/lineage", "yanan")).toBeNull();
  });

  test("planPickerHtml(null) names no plan: the load page shows a pasted plan, the compare pages every plan", () => {
    const html = planPickerHtml(null, 6, "yanan");
    expect(html).not.toContain("plan-picker-current");
    expect(html).not.toContain("data-plan=");
    expect(html).toContain("Plans</span>");
    expect(html).toContain("(6)");
  });
});
