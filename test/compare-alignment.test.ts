// The alignment verdict of two plans' targets for one indicator, with why.
import {describe, expect, test} from "vitest";
import {alignTargets, pairVerdicts} from "../src/lib/compare/alignment.js";
import type {TargetSpec} from "../src/lib/compare/targetSpec.js";

const t = (plan: string, over: Partial<TargetSpec> = {}): TargetSpec => ({
  plan,
  id: `${plan}-1`,
  from: "indicator",
  name: "制造业产品质量合格率",
  value: 94,
  unit: "%",
  comparator: ">=",
  year: 2025,
  attribute: "expected",
  cumulative: false,
  period: null,
  annualAverage: false,
  raw: "≥94",
  ...over
});

describe("alignTargets", () => {
  test("a raise indicator: a higher value is stricter, a lower one looser", () => {
    expect(alignTargets(t("city", {value: 96}), t("nation"), "raise")).toEqual({
      verdict: "stricter",
      why: "≥96% vs ≥94%: a higher value is progress",
      whyZh: "≥96%与≥94%：数值越高越好"
    });
    expect(alignTargets(t("city", {value: 90}), t("nation"), "raise").verdict).toBe("looser");
  });

  test("a reduce indicator: a lower value is stricter", () => {
    const rate = (plan: string, value: number) => t(plan, {value, comparator: "<=", name: "城镇登记失业率"});
    expect(alignTargets(rate("city", 3.5), rate("province", 4.5), "reduce").verdict).toBe("stricter");
    expect(alignTargets(rate("city", 5), rate("province", 4.5), "reduce").verdict).toBe("looser");
  });

  test("equal values are the same whatever the comparators (≥94 and =94 both ask for 94)", () => {
    expect(alignTargets(t("city", {comparator: "="}), t("nation"), "raise")).toEqual({
      verdict: "same",
      why: "both ask for 94% by 2025",
      whyZh: "均要求到2025年达到94%"
    });
  });

  test("units differ: not comparable", () => {
    expect(alignTargets(t("city", {unit: "个百分点"}), t("nation"), "raise")).toEqual({
      verdict: "not comparable",
      why: "units differ (个百分点 vs %)",
      whyZh: "单位不同（个百分点与%）"
    });
    // Full-width ％ is %.
    expect(alignTargets(t("city", {unit: "％"}), t("nation"), "raise").verdict).toBe("same");
  });

  test("cumulative [10] against an annual 年均 or a level: not comparable", () => {
    const total = t("city", {cumulative: true, raw: "[10]", value: 10});
    const yearly = t("province", {annualAverage: true, raw: "2年均", value: 2});
    expect(alignTargets(total, yearly, "raise")).toEqual({
      verdict: "not comparable",
      why: "cumulative vs annual average ([10] vs 2年均)",
      whyZh: "累计值与年均值（[10]与2年均）"
    });
    expect(alignTargets(total, t("nation"), "raise").why).toBe("cumulative vs level ([10] vs ≥94)");
  });

  test("totals over different periods: not comparable; over the same period: compared", () => {
    const a = t("a", {cumulative: true, period: {from: 2021, to: 2025}, value: 13.5});
    const b = t("b", {cumulative: true, period: {from: 2016, to: 2020}, value: 15});
    expect(alignTargets(a, b, "raise")).toMatchObject({
      why: "totals over different periods (2021–2025 vs 2016–2020)",
      whyZh: "累计期间不同（2021—2025年与2016—2020年）"
    });
    expect(alignTargets(a, {...b, period: {from: 2021, to: 2025}}, "raise").verdict).toBe("looser");
  });

  test("target years differ: not comparable", () => {
    expect(alignTargets(t("a", {year: 2022}), t("b", {year: 2035}), "raise")).toEqual({
      verdict: "not comparable",
      why: "target years differ (2022 vs 2035)",
      whyZh: "目标年份不同（2022与2035）"
    });
  });

  test("comparators pointing opposite ways: not comparable", () => {
    expect(alignTargets(t("a", {comparator: "<="}), t("b", {value: 90}), "raise")).toMatchObject({
      why: "comparators point opposite ways (≤94% vs ≥90%)",
      whyZh: "一为下限、一为上限（≤94%与≥90%）"
    });
  });

  test("without a glossary direction, two ≥ targets are read as raise, two ≤ as reduce, else not comparable", () => {
    expect(alignTargets(t("a", {value: 96}), t("b"), null).verdict).toBe("stricter");
    const le = (plan: string, value: number) => t(plan, {value, comparator: "<="});
    expect(alignTargets(le("a", 3), le("b", 4), null).verdict).toBe("stricter");
    expect(alignTargets(t("a", {comparator: "="}), t("b", {comparator: "=", value: 90}), null)).toEqual({
      verdict: "not comparable",
      why: "which way is progress is not known (the glossary does not list the indicator)",
      whyZh: "无法判断进步方向（指标对照表未列该指标）"
    });
  });

  test("a missing value: not comparable, naming the plan", () => {
    expect(alignTargets(t("a", {value: null}), t("b"), "raise")).toEqual({
      verdict: "not comparable",
      why: "a states no value for the target",
      whyZh: "a未给出目标数值"
    });
  });
});

describe("pairVerdicts", () => {
  test("every pair of different plans once, A before B in the order given; same-plan pairs left out", () => {
    const pairs = pairVerdicts([t("city", {value: 96}), t("city", {value: 97, year: 2030}), t("nation")], "raise");
    expect(pairs.map((p) => [p.a.plan, p.a.value, p.b.plan, p.verdict])).toEqual([
      ["city", 96, "nation", "stricter"],
      ["city", 97, "nation", "not comparable"]
    ]);
  });
});
