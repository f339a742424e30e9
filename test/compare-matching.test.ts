// Indicators across plans: targets matched by the glossary's names and aliases, the rest "this plan only".
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {matchIndicators, matchKey} from "../src/lib/compare/matching.js";
import {planTargetSpecs, sentenceSpec} from "../src/lib/compare/targetSpec.js";
import {parseIndicatorGlossary} from "../src/lib/reference.js";
import {parse, YANAN} from "./plan.js";
import {targetSpec} from "./targetSpecs.js";

const glossary = parseIndicatorGlossary(
  [
    "name,name_en,aliases,direction,limit,note",
    "食品评价性抽检合格率,Food pass rate,食品抽检合格率,raise,100,",
    "城镇登记失业率,Unemployment,,reduce,100,",
    "累计发布地方标准达,Local standards,,raise,,"
  ].join("\n")
).entries;

const spec = targetSpec;

describe("matchKey", () => {
  test("folds width, drops spaces and the verbs that end a subject", () => {
    expect(matchKey("农村公路列养率保持")).toBe("农村公路列养率");
    expect(matchKey("城镇登记失业率控制在")).toBe("城镇登记失业率");
    expect(matchKey("累计发布地方标准达")).toBe("累计发布地方标准");
    expect(matchKey("食品 抽检合格率达到")).toBe("食品抽检合格率");
    expect(matchKey("ＧＤＰ增速")).toBe("GDP增速");
  });
  test("a name that is only a verb keeps it (nothing is left to match otherwise)", () => {
    expect(matchKey("达到")).toBe("达到");
  });
});

describe("matchIndicators", () => {
  test("two plans' targets under a name and its alias are one indicator; an unlisted one stays this plan only", () => {
    const groups = matchIndicators(
      [
        spec("city", "食品评价性抽检合格率"),
        spec("nation", "食品抽检合格率达到"),
        spec("city", "智慧工地覆盖率"),
        spec("county", "智慧工地覆盖率")
      ],
      glossary
    );
    expect(groups.map((g) => [g.name, g.plans, g.onlyOnePlan])).toEqual([
      ["食品评价性抽检合格率", ["city", "nation"], false],
      // The same words in two plans are not a match unless the glossary says so.
      ["智慧工地覆盖率", ["city"], true],
      ["智慧工地覆盖率", ["county"], true]
    ]);
    expect(groups[0].nameEn).toBe("Food pass rate");
    expect(groups[1].entry).toBeNull();
  });

  test("glossary groups come in the glossary's order, and one plan with two years has both targets", () => {
    const groups = matchIndicators(
      [
        spec("a", "城镇登记失业率", {year: 2025}),
        spec("a", "城镇登记失业率", {year: 2030}),
        spec("b", "食品抽检合格率")
      ],
      glossary
    );
    expect(groups.map((g) => g.name)).toEqual(["食品评价性抽检合格率", "城镇登记失业率"]);
    expect(groups[1].targets.map((t) => t.year)).toEqual([2025, 2030]);
    expect(groups[1].onlyOnePlan).toBe(true);
  });

  test("the Yan'an plan's indicator table and a sentence target of another plan meet under the glossary name", () => {
    const other = parse(
      "一、主要任务\n(一)加强食品安全。到2025年,食品抽检合格率达到98%以上。(牵头单位:市市场监督管理局)"
    );
    const specs = [...planTargetSpecs("yanan", YANAN), ...planTargetSpecs("other", other)];
    const group = matchIndicators(specs, glossary).find((g) => g.name === "食品评价性抽检合格率")!;
    expect(group.plans).toEqual(["yanan", "other"]);
    expect(group.targets.map((t) => [t.plan, t.from, t.value, t.comparator, t.year])).toEqual([
      ["yanan", "indicator", 98, ">=", 2025],
      ["other", "sentence", 98, ">=", 2025]
    ]);
  });
});

describe("sentenceSpec", () => {
  const target = {
    id: "T1-1",
    item: "T1",
    subject: "累计新增绿色工厂",
    value: 20,
    unit: "家",
    comparator: "",
    op: "=" as const,
    year: 2025,
    yearStated: true,
    baseline: null,
    upper: null,
    raw: "累计新增绿色工厂20家",
    source: {line: 1, start: 0, end: 1}
  };
  test("累计 makes a total, 年均 / 每年 an annual average", () => {
    expect(sentenceSpec("p", target)).toMatchObject({cumulative: true, annualAverage: false, from: "sentence"});
    expect(sentenceSpec("p", {...target, subject: "年均增长", raw: "年均增长6%"})).toMatchObject({
      cumulative: false,
      annualAverage: true
    });
  });
  test("the reader's cumulative and annual marks make a total and an annual average (5年内引进…, 每年投运…)", () => {
    const plain = {...target, subject: "专家", raw: "5年内引进100名专家"};
    expect(sentenceSpec("p", plain)).toMatchObject({cumulative: false, annualAverage: false});
    expect(sentenceSpec("p", {...plain, cumulative: true})).toMatchObject({cumulative: true, annualAverage: false});
    expect(sentenceSpec("p", {...plain, annual: true})).toMatchObject({cumulative: false, annualAverage: true});
  });
});

describe("the glossary and the corpus plans", () => {
  test("the two rural-road plans of 2021 share 中等及以上农村公路占比 by the extended glossary", () => {
    const file = parseIndicatorGlossary(
      readFileSync(new URL("../data/reference/indicators.csv", import.meta.url), "utf8")
    );
    expect(file.problems).toEqual([]);
    const real = (slug: string) =>
      planTargetSpecs(slug, parse(readFileSync(new URL(`./fixtures/real/${slug}.txt`, import.meta.url))));
    const groups = matchIndicators(
      [...real("chongming-2021-ruralroads"), ...real("fengxian-2021-ruralroads")],
      file.entries
    );
    const shared = groups.filter((g) => !g.onlyOnePlan).map((g) => g.name);
    // 县、乡、村道列养率 (奉贤) counts county, township and village roads: all rural roads, 农村公路列养率 (崇明).
    expect(shared.sort()).toEqual(["中等及以上农村公路占比", "农村公路列养率"].sort());
    expect(groups.find((g) => g.name === "农村公路列养率")?.plans?.sort()).toEqual([
      "chongming-2021-ruralroads",
      "fengxian-2021-ruralroads"
    ]);
    // 村道列养率 (village roads only) is another measure: neither plan states it.
    expect(groups.find((g) => g.name === "村道列养率")).toBeUndefined();
  });
});
