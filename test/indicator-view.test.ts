// What the Indicators across plans page shows, computed once (src/lib/compare/indicatorView.ts): the cards with
// their figures and the verdicts naming two of them, the one-plan targets, the counts and the plans' labels.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import type {ComparedPlan} from "../src/lib/compare/comparison.js";
import {compareIndicators, indicatorFigures} from "../src/lib/compare/indicatorComparison.js";
import {indicatorView, verdictFigures} from "../src/lib/compare/indicatorView.js";
import {planTargetSpecs, type TargetSpec} from "../src/lib/compare/targetSpec.js";
import {type Benchmark, parseBenchmarks, parseIndicatorGlossary} from "../src/lib/reference.js";
import {YANAN} from "./plan.js";
import {targetSpec} from "./targetSpecs.js";

const read = (f: string) => readFileSync(new URL(`../data/reference/${f}`, import.meta.url), "utf8");
const glossary = parseIndicatorGlossary(read("indicators.csv")).entries;
const benchmarks = parseBenchmarks(read("benchmarks.csv")).rows;

/** A plan of the comparison with only what the view reads (its name, number and targets). */
const plan = (name: string, targetSpecs: TargetSpec[] | undefined, over: Partial<ComparedPlan> = {}) =>
  ({plan: name, number: `${name}〔2024〕1号`, title: null, targetSpecs, ...over}) as unknown as ComparedPlan;

// Yan'an's targets, three copies of them under other names (pairs of plans, benchmarks), a plan without targets
// and one saved before targets were kept.
const yanan = planTargetSpecs("yanan", YANAN);
const copies = ["b", "c", "d"].map((name) =>
  plan(
    name,
    yanan.map((t) => ({...t, plan: name}))
  )
);
const plans = [
  plan("yanan", yanan),
  ...copies,
  plan("empty", []),
  plan("old", undefined, {stored: true, number: null} as Partial<ComparedPlan>)
];

describe("verdictFigures", () => {
  test("each verdict's two figures are those it judged: the plans' pairs, then each target against each benchmark target", () => {
    const {targets} = {targets: plans.flatMap((p) => p.targetSpecs ?? [])};
    const rows = compareIndicators(targets, glossary, benchmarks).filter((r) => r.verdicts.length);
    expect(rows.some((r) => r.benchmarks.length && r.targets.length > 1)).toBe(true);
    for (const row of rows) {
      const figures = indicatorFigures(row);
      // A figure stands for a spec when it has the spec's holder, value, comparator, unit, year and words.
      const same = (f: (typeof figures)[number], t: TargetSpec) =>
        f.who === t.plan &&
        f.value === t.value &&
        f.comparator === t.comparator &&
        f.unit === t.unit &&
        f.year === t.year &&
        f.raw === t.raw &&
        f.kind === "target";
      verdictFigures(row).forEach(({a, b}, k) => {
        expect(same(figures[a], row.verdicts[k].a), `${row.name} verdict ${k}, a`).toBe(true);
        expect(same(figures[b], row.verdicts[k].b), `${row.name} verdict ${k}, b`).toBe(true);
      });
    }
  });

  test("an observed value between two benchmark targets is skipped: the verdict names the target after it", () => {
    const nation = (over: Partial<Benchmark>): Benchmark => ({
      jurisdiction: "中国",
      level: "nation",
      indicatorZh: "制造业产品质量合格率",
      indicatorEn: "",
      kind: "target",
      year: 2025,
      value: 94,
      comparator: ">=",
      unit: "%",
      source: "s",
      published: "",
      note: "",
      ...over
    });
    const [row] = compareIndicators([targetSpec("a", "制造业产品质量合格率")], glossary, [
      nation({jurisdiction: "陕西省", level: "province"}),
      nation({kind: "observation", year: 2023, value: 93}),
      nation({})
    ]);
    // Figures: the plan's target, the nation's target, the nation's observation, the province's target.
    expect(indicatorFigures(row).map((f) => [f.who, f.kind])).toEqual([
      ["a", "target"],
      ["中国", "target"],
      ["中国", "observation"],
      ["陕西省", "target"]
    ]);
    expect(verdictFigures(row)).toEqual([
      {a: 0, b: 1},
      {a: 0, b: 3}
    ]);
  });
});

describe("indicatorView", () => {
  const view = indicatorView(plans, glossary, benchmarks);
  const {targets} = {targets: plans.flatMap((p) => p.targetSpecs ?? [])};
  const rows = compareIndicators(targets, glossary, benchmarks);

  test("the counts, the plans with and without targets, the missing and stored ones, every plan's label", () => {
    expect(view).toMatchObject({
      plans: 6,
      targets: targets.length,
      withTargets: 4,
      missing: ["old"],
      none: ["empty"],
      stored: ["old"],
      counts: {
        plans: rows.filter((r) => r.reach === "plans").length,
        benchmark: rows.filter((r) => r.reach === "benchmark").length,
        one: rows.filter((r) => r.reach === "one").length
      }
    });
    expect(view.labels).toEqual({
      yanan: "yanan〔2024〕1号",
      b: "b〔2024〕1号",
      c: "c〔2024〕1号",
      d: "d〔2024〕1号",
      empty: "empty〔2024〕1号",
      old: "old"
    });
  });

  test("one card per indicator to compare, in order, with its figures and its verdicts by figure", () => {
    const shown = rows.filter((r) => r.reach !== "one");
    expect(shown.length).toBeGreaterThan(0);
    expect(view.cards.map((c) => [c.name, c.reach, c.plans])).toEqual(shown.map((r) => [r.name, r.reach, r.plans]));
    view.cards.forEach((card, i) => {
      const row = shown[i];
      expect(card.figures).toEqual(indicatorFigures(row));
      expect(card).toMatchObject({
        limit: row.entry?.limit ?? null,
        note: row.entry?.note || null,
        direction: row.direction
      });
      expect(card.verdicts.map(({verdict, why, whyZh}) => ({verdict, why, whyZh}))).toEqual(
        row.verdicts.map(({verdict, why, whyZh}) => ({verdict, why, whyZh}))
      );
      expect(card.verdicts.map(({a, b}) => ({a, b}))).toEqual(verdictFigures(row));
    });
  });

  test("the targets of the indicators one plan sets alone, in order", () => {
    expect(view.only.map((t) => [t.plan, t.id, t.name])).toEqual(
      rows.filter((r) => r.reach === "one").flatMap((r) => r.targets.map((t) => [t.plan, t.id, t.name]))
    );
  });

  test("the view survives JSON, as the data loader writes it", () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
