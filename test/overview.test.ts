import {describe, expect, test} from "vitest";
import {
  bindingSummary,
  type ComparedIndicator,
  indicatorTableReading,
  issuerHolding,
  itemsWithoutLead,
  leadRanking,
  monitoringSummary
} from "../src/lib/overview.js";
import {parse, YANAN} from "./plan.js";

// A small plan for the rules (not data about any real plan): T1 led by one department, T2 led by two, T3 held
// jointly, T4 with no clause.
const SMALL = parse(
  [
    "一、任务",
    "(一)甲任务。(市发改委牵头,市财政局配合)",
    "(二)乙任务。(市财政局、市发改委牵头)",
    "(三)丙任务。(市财政局、市统计局按职责分工负责)",
    "(四)丁任务。",
    ""
  ].join("\n")
);

describe("leadRanking", () => {
  test("ranks the departments that lead by items led, then joint roles, then the plan's order", () => {
    const {ranks, leaders, leadItems} = leadRanking(SMALL);
    expect(ranks.map((r) => [r.name, r.led])).toEqual([
      ["市发展和改革委员会", ["T1", "T2"]],
      ["市财政局", ["T2"]]
    ]);
    expect(ranks[1].joint).toBe(1);
    expect(leaders).toBe(2);
    expect(leadItems).toBe(2);
  });
  test("leaves out a generic placeholder that leads (责任单位：各行业部门): it names no body that answers", () => {
    const plan = parse(["一、任务", "(一)甲任务。(责任单位：各行业部门)", "(二)乙任务。(市发改委牵头)", ""].join("\n"));
    expect(plan.departments.find((d) => d.name === "各行业部门")?.kind).toBe("generic");
    expect(leadRanking(plan).ranks.map((r) => r.name)).toEqual(["市发展和改革委员会"]);
    expect(leadRanking(plan).leadItems).toBe(1);
    expect(itemsWithoutLead(plan).map((r) => [r.item.id, r.reason])).toEqual([["T1", "no lead"]]);
  });
  test("counts the departments tied with the first (tiedAtTop), so that no one of them is called the top", () => {
    expect(leadRanking(SMALL).tiedAtTop).toBe(1);
    const tied = parse(["一、任务", "(一)甲任务。(市发改委牵头)", "(二)乙任务。(市财政局牵头)", ""].join("\n"));
    expect(leadRanking(tied).tiedAtTop).toBe(2);
    expect(leadRanking(parse(["一、任务", "(一)甲任务。", ""].join("\n"))).tiedAtTop).toBe(0);
  });
  test("gives each a brief's slug and keeps only `top` of them", () => {
    const {ranks, leaders} = leadRanking(YANAN, {top: 3});
    expect(ranks).toHaveLength(3);
    expect(leaders).toBeGreaterThan(3);
    expect(ranks[0]).toMatchObject({name: "市市场监督管理局", slug: "municipal-administration-for-market-regulation"});
    expect(ranks[0].led).toHaveLength(16);
  });
});

describe("leadRanking and designatedLeadItems: one rule", () => {
  // Rules, not data: a company named as lead answers for its item (虹房集团 heading its duties in 虹口's plan).
  const plan = parse(
    [
      "一、任务",
      "(一)甲任务。(某某集团牵头,市财政局配合)",
      "(二)乙任务。(市发改委牵头)",
      "(三)丙任务。(市财政局配合)",
      ""
    ].join("\n")
  );
  test("a named enterprise that leads is ranked, counted as a designated lead and marked outside government", () => {
    expect(plan.departments.find((d) => d.name === "某某集团")?.kind).toBe("enterprise");
    const {ranks, leaders, leadItems} = leadRanking(plan);
    expect(ranks.map((r) => [r.name, r.led, r.outsideGovernment])).toEqual([
      ["某某集团", ["T1"], true],
      ["市发展和改革委员会", ["T2"], false]
    ]);
    // The ranking's leaders and the count of items led agree: every ranked department's items are counted.
    expect(leaders).toBe(2);
    expect(leadItems).toBe(new Set(ranks.flatMap((r) => r.led)).size);
    expect(itemsWithoutLead(plan).map((r) => r.item.id)).toEqual(["T3"]);
  });
});

describe("issuerHolding", () => {
  const notice = (issuer: string, body: string) =>
    `${issuer}关于印发《某行动方案》的通知\n委机关各处室,委属各单位:\n现印发给你们,请认真贯彻执行。\n${issuer}\n2026年4月15日\n某行动方案\n${body}`;
  const tasks = "一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n";
  test("a commission's own plan that names no body: the issuer holds every item, and no item is left unanswered", () => {
    const plan = parse(notice("上海市交通委员会", tasks));
    const holding = issuerHolding(plan);
    expect(holding).toMatchObject({name: "市交通委员会", asWritten: "上海市交通委员会", items: ["T1", "T2"]});
    expect(holding?.slug).toBeTruthy();
    // Not "no one is answerable": the issuer is.
    expect(itemsWithoutLead(plan)).toEqual([]);
    expect(leadRanking(plan).ranks).toEqual([]);
  });
  test("departments that issue their own plan jointly each hold every item: the first, and the others as coIssuers", () => {
    const joint = `上海市交通委员会 某市规划和自然资源局关于印发《某行动方案》的通知\n现印发给你们。\n2026年4月15日\n某行动方案\n${tasks}`;
    const plan = parse(joint);
    const holding = issuerHolding(plan);
    expect(holding).toMatchObject({name: "市交通委员会", items: ["T1", "T2"]});
    expect(holding?.coIssuers.map((i) => i.asWritten)).toEqual(["某市规划和自然资源局"]);
    expect(itemsWithoutLead(plan)).toEqual([]);
    expect(issuerHolding(parse(notice("上海市交通委员会", tasks)))?.coIssuers).toEqual([]);
  });
  test("a government's plan gives its issuer nothing: null, and its unassigned items stay unanswered", () => {
    const plan = parse(notice("某市人民政府", tasks));
    expect(issuerHolding(plan)).toBeNull();
    expect(itemsWithoutLead(plan).map((r) => [r.item.id, r.reason])).toEqual([
      ["T1", "no one named"],
      ["T2", "no one named"]
    ]);
  });
});

describe("indicatorTableReading", () => {
  test("a table read with no binding row: read, none binding", () => {
    const r = indicatorTableReading(YANAN);
    expect(r.read).toBe(true);
    expect(r.indicators).toBe(YANAN.indicators.length);
    expect(r.binding).toBe(YANAN.indicators.filter((i) => i.attribute === "binding").length);
  });
  test("no indicator row read: not read, with the lines the reader did not understand", () => {
    const r = indicatorTableReading({indicators: [], coverage: {...YANAN.coverage, linesNotUnderstood: [3, 4, 9]}});
    expect(r).toEqual({read: false, indicators: 0, binding: 0, linesNotUnderstood: 3});
  });
});

describe("itemsWithoutLead", () => {
  test("lists items held only jointly and items naming no one, in document order, with the reason", () => {
    expect(itemsWithoutLead(SMALL).map((r) => [r.item.id, r.reason])).toEqual([
      ["T3", "no lead"],
      ["T4", "no one named"]
    ]);
  });
  test("finds 27 of the Yan'an plan's 50 items without a designated lead", () => {
    const rows = itemsWithoutLead(YANAN);
    expect(rows).toHaveLength(27);
    expect(YANAN.items).toHaveLength(50);
    expect(rows[0].item.id).toBe("T1");
  });
});

describe("bindingSummary", () => {
  const indicator = (
    id: string,
    attribute: ComparedIndicator["attribute"],
    nation: string | null,
    province: string | null
  ) =>
    ({
      id,
      name: id,
      unit: "%",
      attribute,
      target: {raw: "≥90", value: 90, comparator: ">="},
      nation: {alignment: nation, benchmark: null},
      province: {alignment: province, benchmark: null}
    }) as ComparedIndicator;
  test("keeps the binding indicators and tallies their comparison per level", () => {
    const {indicators, tally} = bindingSummary([
      indicator("I1", "binding", "same", "stricter"),
      indicator("I2", "expected", "looser", "looser"),
      indicator("I3", "binding", "local only", null)
    ]);
    expect(indicators.map((i) => i.id)).toEqual(["I1", "I3"]);
    expect(tally.nation).toEqual({stricter: 0, same: 1, looser: 0, "local only": 1, "not comparable": 0});
    expect(tally.province).toEqual({stricter: 1, same: 0, looser: 0, "local only": 0, "not comparable": 1});
  });
});

describe("monitoringSummary", () => {
  const indicators = YANAN.indicators.map((i) => ({...i, direction: "raise" as const, limit: 100}));
  test("with no data: every verdict insufficient, every item not reported, nothing observed or reported", () => {
    const {progress, ledger} = monitoringSummary(YANAN, indicators, [], [], {asOf: 2026, today: "2026-03-01"});
    expect(progress.observed).toBe(0);
    expect(progress.counts["insufficient data"]).toBe(YANAN.indicators.length);
    expect(ledger).toMatchObject({reported: 0, items: 50});
    expect(ledger.counts["not reported"]).toBe(50);
  });
  test("counts a level target met from one observation, and the ledger's statuses from the rows", () => {
    // Fixture rows for the test only (not data about Yan'an).
    const observations = [
      {id: "I9", year: 2025, value: 95, level: "city" as const, source: "fixture", note: "", kind: "indicator" as const}
    ];
    const statuses = [{item: "T1", asOf: "2025-06-30", status: "completed" as const, evidence: "", source: "fixture"}];
    const {progress, ledger} = monitoringSummary(YANAN, indicators, observations, statuses, {
      asOf: 2026,
      today: "2026-03-01"
    });
    expect(progress.observed).toBe(1);
    expect(progress.counts.achieved).toBe(1);
    expect(ledger.reported).toBe(1);
    expect(ledger.counts.completed).toBe(1);
    expect(ledger.counts["not reported"]).toBe(49);
  });
});
