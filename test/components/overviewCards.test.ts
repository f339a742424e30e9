// The overview's cards on plans that show issue #12's faults: a commission's own plan (its issuer answers for every
// item), a plan whose indicator table was not read (never "none binding"), a company named as lead (ranked, marked
// outside government, counted).
import {describe, expect, test} from "vitest";
import {bindingCard, headlineAnswers, leadersCard, noLeadCard} from "../../src/components/overviewCards.js";
import {
  bindingSummary,
  indicatorTableReading,
  issuerHolding,
  itemsWithoutLead,
  leadRanking
} from "../../src/lib/overview.js";
import {parse} from "../plan.js";
import {newDocument} from "./fixture.js";

const document = newDocument();
const notice = (issuer: string, body: string) =>
  `${issuer}关于印发《某行动方案》的通知\n委机关各处室,委属各单位:\n现印发给你们,请认真贯彻执行。\n${issuer}\n2026年4月15日\n某行动方案\n${body}`;
const OWN_PLAN = parse(notice("上海市交通委员会", "一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n"));
const NO_BINDING = bindingSummary([]);

describe("noLeadCard and headlineAnswers on a commission's own plan", () => {
  const issuer = issuerHolding(OWN_PLAN);
  test("the issuer answers for every item: named and linked, and no item listed as unanswered", () => {
    const card = noLeadCard(itemsWithoutLead(OWN_PLAN), OWN_PLAN.items.length, {document, language: "en", issuer});
    const p = card.querySelector("p.issuer-holds")!;
    expect(p.getAttribute("data-items")).toBe("2");
    expect(p.textContent).toContain("answers for all 2 items");
    expect(p.querySelector("a")!.getAttribute("href")).toBe(`./departments/${issuer!.slug}`);
    expect(card.querySelector(".answer .big")!.textContent).toBe("0");
    expect(card.textContent).not.toContain("no one is answerable");
  });
  test("the first answer names the issuer, not 'no item has a designated lead'", () => {
    const leads = leadRanking(OWN_PLAN);
    const zh = headlineAnswers(
      {top: null, noLead: 0, items: 2, binding: NO_BINDING, issuer},
      {document, language: "zh"}
    );
    expect(zh.querySelector("li")!.textContent).toBe("2发文机关市交通委承担全部2个条目：本部门方案未点名其他单位");
    expect(leads.ranks).toEqual([]);
  });
  test("both languages: each sentence whole, the name in each", () => {
    const card = noLeadCard([], 2, {document, language: "both", issuer});
    const p = card.querySelector("p.issuer-holds")!;
    expect([...p.children].map((c) => c.className)).toEqual(["en", "zh"]);
    expect(p.querySelectorAll("a")).toHaveLength(2);
  });
});

describe("noLeadCard and headlineAnswers on a plan whose items list 责任单位 jointly", () => {
  // A district plan's shape (not data about any real plan): every item names its 责任单位, none as lead.
  const JOINT = parse(
    [
      "一、工作任务",
      "1.甲任务。（责任单位：区应急局、区消防支队）",
      "2.乙任务。（责任单位：区应急局、区公安分局）",
      "3.丙任务。（配合单位：区财政局）",
      ""
    ].join("\n")
  );
  const rows = itemsWithoutLead(JOINT);
  test("joint responsibility is not called no responsibility", () => {
    const card = noLeadCard(rows, JOINT.items.length, {document, language: "en"});
    const text = card.textContent!;
    expect(text).not.toContain("no one is answerable");
    expect(text).toContain("2 items are held jointly by the bodies named");
    expect(text).toContain("1 item names bodies in support only, a placeholder, or no one");
    expect([...card.querySelectorAll("li[data-item]")].map((li) => li.textContent)).toEqual([
      expect.stringContaining("held jointly"),
      expect.stringContaining("held jointly"),
      expect.not.stringContaining("held jointly")
    ]);
  });
  test("the headline says how many are held jointly and how many no body answers for", () => {
    const joint = rows.filter((r) => r.reason === "joint").length;
    const mixed = headlineAnswers(
      {top: null, noLead: rows.length, joint, items: 3, binding: NO_BINDING},
      {document, language: "en"}
    );
    expect(mixed.querySelectorAll("li")[1].textContent).toBe(
      "3/33 of 3 items have no designated lead: 2 held jointly by the bodies named, 1 with no body that answers"
    );
    const all = headlineAnswers(
      {top: null, noLead: 2, joint: 2, items: 2, binding: NO_BINDING},
      {document, language: "zh"}
    );
    expect(all.querySelectorAll("li")[1].textContent).toBe("2/22个条目中2个无单一牵头单位，由所列单位共同负责");
  });
});

describe("noLeadCard and headlineAnswers on a plan departments issue jointly", () => {
  const JOINT = parse(
    "上海市交通委员会 某市规划和自然资源局关于印发《某行动方案》的通知\n现印发给你们。\n2026年4月15日\n某行动方案\n一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n"
  );
  const issuer = issuerHolding(JOINT);
  test("the issuers answer jointly: each named and linked, in each language", () => {
    const card = noLeadCard(itemsWithoutLead(JOINT), JOINT.items.length, {document, language: "both", issuer});
    const p = card.querySelector("p.issuer-holds")!;
    expect(p.querySelector(".en")!.textContent).toContain("answer jointly for all 2 items");
    expect(p.querySelector(".zh")!.textContent).toContain("共同对全部2个条目负责");
    expect(p.querySelectorAll("a")).toHaveLength(4);
    const zh = headlineAnswers(
      {top: null, noLead: 0, items: 2, binding: NO_BINDING, issuer},
      {document, language: "zh"}
    );
    expect(zh.querySelector("li")!.textContent).toContain("共同承担全部2个条目");
  });
});

describe("bindingCard and headlineAnswers when no indicator table was read", () => {
  const reading = indicatorTableReading({indicators: [], coverage: {...OWN_PLAN.coverage, linesNotUnderstood: [7, 8]}});
  test("says the table was not read and how many lines were not understood, not that none is binding", () => {
    const card = bindingCard(NO_BINDING, {document, language: "en", reading});
    expect(card.querySelector("[data-binding]")!.getAttribute("data-binding")).toBe("not-read");
    expect(card.textContent).toContain("No indicator table was read from this plan");
    expect(card.textContent).toContain("2 lines");
    expect(card.textContent).not.toContain("marks no indicator as binding");
    const answers = headlineAnswers(
      {top: null, noLead: 0, items: 0, binding: NO_BINDING, reading},
      {document, language: "en"}
    );
    expect(answers.querySelectorAll(".answer-figure")[2].textContent).toBe("—");
  });
  test("a table read with no binding row: none binding, with the rows read", () => {
    const read = {...reading, read: true, indicators: 4, linesNotUnderstood: 0};
    const card = bindingCard(NO_BINDING, {document, language: "en", reading: read});
    expect(card.querySelector("[data-binding]")!.getAttribute("data-binding")).toBe("none");
    expect(card.textContent).toContain("(4 indicators read) marks none as binding");
  });
});

describe("leadersCard with a company as lead", () => {
  test("ranks it, marks it outside government, and counts its item among those led", () => {
    const plan = parse(
      ["一、任务", "(一)甲任务。(某某集团牵头,市财政局配合)", "(二)乙任务。(市发改委牵头)", ""].join("\n")
    );
    const leads = leadRanking(plan);
    const card = leadersCard(leads, {document, language: "en"});
    const marked = [...card.querySelectorAll("li[data-department]")].map((li) => [
      li.getAttribute("data-department"),
      li.querySelector("[data-outside-government]") !== null
    ]);
    expect(marked).toEqual([
      ["某某集团", true],
      ["市发展和改革委员会", false]
    ]);
    expect(card.textContent).toContain("2 departments lead at least one item; 2 items have a designated lead");
  });
});

describe("noLeadCard's count", () => {
  test("reads as a count in each language: no measure word without its number", () => {
    const rows = itemsWithoutLead(OWN_PLAN);
    const n = OWN_PLAN.items.length;
    const answer = (language: "en" | "zh" | "both") =>
      noLeadCard(rows, n, {document, language}).querySelector("p.answer")!.textContent;
    expect(answer("en")).toBe(`${rows.length} / ${n} items`);
    expect(answer("zh")).toBe(`${rows.length} / ${n} 条目`);
    const both = noLeadCard(rows, n, {document, language: "both"}).querySelector("p.answer")!;
    expect([...both.querySelectorAll("span.en, span.zh")].map((s) => s.textContent)).toEqual(["items", "条目"]);
  });
});
