import {describe, expect, test} from "vitest";
import {
  comparedPlans,
  comparedTargets,
  comparisonFile,
  planLabel,
  readComparisonFile,
  type StoredPlan,
  withPlan
} from "../src/lib/compare/comparison.js";
import {lineageItemsOf} from "../src/lib/compare/lineage.js";
import {plansSummaryRow} from "../src/lib/compare/plansSummary.js";
import {YANAN} from "./plan.js";

const summary = plansSummaryRow("yanan-2024-8", YANAN, {number: "延政发〔2024〕8号"});
const stored = (plan: string): StoredPlan => ({plan, added: "2026-11-30T09:00:00Z", summary: {...summary, plan}});

describe("comparedPlans", () => {
  test("comparedPlans(shipped, stored) lists the site's plans, then the stored ones marked and renamed when taken", () => {
    const plans = comparedPlans([summary], [stored("yanan-2024-8"), stored("mine"), stored("yanan-2024-8")]);
    expect(plans.map((p) => [p.plan, p.stored ?? false])).toEqual([
      ["yanan-2024-8", false],
      ["yanan-2024-8 (2)", true],
      ["mine", true],
      ["yanan-2024-8 (3)", true]
    ]);
  });

  test("withPlan(stored, plan) replaces a stored plan of the same name", () => {
    expect(
      withPlan([stored("a"), stored("b")], {...stored("a"), added: "later"}).map((p) => [p.plan, p.added])
    ).toEqual([
      ["b", "2026-11-30T09:00:00Z"],
      ["a", "later"]
    ]);
  });

  test("planLabel(p) is the document number, else the title, else the name", () => {
    expect(planLabel(summary)).toBe("延政发〔2024〕8号");
    expect(planLabel({plan: "p", number: null, title: "标题"})).toBe("标题");
    expect(planLabel({plan: "p", number: null, title: null})).toBe("p");
    expect(planLabel({...summary, plan: "我的方案", stored: true})).toBe("我的方案");
  });
});

describe("comparedTargets", () => {
  test("comparedTargets(plans) gives every target under its plan's name in the comparison", () => {
    const plans = comparedPlans([summary], [stored("yanan-2024-8")]);
    const {targets, missing} = comparedTargets(plans);
    expect(missing).toEqual([]);
    const n = YANAN.indicators.length + YANAN.targets.length;
    expect(targets).toHaveLength(2 * n);
    expect(targets[0]).toMatchObject({plan: "yanan-2024-8", id: "I1", from: "indicator"});
    expect(targets[n]).toMatchObject({plan: "yanan-2024-8 (2)", id: "I1"});
  });

  test("a plan saved before targets were kept is named in missing, not dropped silently", () => {
    const {targetSpecs: _, ...old} = summary;
    const plans = comparedPlans([], [{plan: "old", added: "", summary: old}]);
    expect(comparedTargets(plans)).toEqual({targets: [], missing: ["old"]});
  });
});

describe("readComparisonFile", () => {
  test("readComparisonFile(comparisonFile(plans)) gives the plans back", () => {
    const plans = [stored("a"), stored("b")];
    expect(readComparisonFile(comparisonFile(plans))).toEqual({plans, problems: []});
  });

  test("readComparisonFile(comparisonFile(plans)) keeps each plan's item texts for Lineage, and drops malformed ones", () => {
    const items = lineageItemsOf(YANAN);
    const withItems = {...stored("a"), items};
    expect(readComparisonFile(comparisonFile([withItems])).plans[0].items).toEqual(items);
    expect(items.map((i) => i.id).slice(0, 2)).toEqual(["T1", "T2"]);
    const broken = {...stored("b"), items: [{id: "T1", title: "x"}]} as unknown as StoredPlan;
    const read = readComparisonFile(comparisonFile([broken]));
    expect(read.plans[0]).toEqual(stored("b"));
    expect(read.plans[0]).not.toHaveProperty("items");
  });

  test("readComparisonFile() keeps the good plans and names each bad one with its position", () => {
    const text = JSON.stringify({
      format: "plan-explorer-comparison",
      version: 1,
      plans: [stored("a"), {plan: "b"}, {...stored("c"), summary: {...summary, items: "many"}}, 7]
    });
    const {plans, problems} = readComparisonFile(text, "mine.json");
    expect(plans.map((p) => p.plan)).toEqual(["a"]);
    expect(problems).toEqual([
      'mine.json, plan 2: b: no "summary"; left out',
      "mine.json, plan 3: c: summary.items is not a number; left out",
      "mine.json, plan 4: not an object; left out"
    ]);
  });

  test("readComparisonFile() of a file that is not JSON or not a comparison gives one problem and no plans", () => {
    expect(readComparisonFile("{", "x.json").problems[0]).toMatch(/^x\.json is not JSON/);
    expect(readComparisonFile('{"plans": []}', "x.json")).toEqual({
      plans: [],
      problems: ["x.json is not a comparison file saved by Plan explorer"]
    });
  });
});
