// The plans row, department kind × plan, the function mapping (data/reference/functions.csv) and each function's
// load in a plan.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {departmentFunction, parseFunctionMapping} from "../src/lib/compare/functions.js";
import {planRow} from "../src/lib/compare/planRow.js";
import {accountabilityRow, functionLoad, kindCounts} from "../src/lib/compare/responsibilityLoad.js";
import {parse, YANAN} from "./plan.js";

const SMALL = parse(
  [
    "一、主要任务",
    "(一)加强质量监管。完善监管体系。(牵头单位:市市场监督管理局;配合单位:市工业和信息化局)",
    "(二)发展特色农业。推广良种。(牵头单位:市农业农村局)",
    "(三)推进标准化。开展对标达标。(责任单位:市市场监督管理局、市发展和改革委员会)",
    "(四)营造氛围。加强宣传。"
  ].join("\n")
);
const RULES = parseFunctionMapping(
  [
    "match,function,function_zh,note",
    "市场监督管理,market-regulation,市场监管,",
    "工业和信息化,industry,工业和信息化,",
    "农业,agriculture,农业农村,",
    "农业农村,agriculture,农业农村,"
  ].join("\n")
).rules;

describe("planRow", () => {
  test("counts the model; the meta file wins for number, issuer and date, and alone gives jurisdiction and level", () => {
    const row = planRow("small", SMALL, {jurisdiction: "某市", level: "city", number: "某政发〔2024〕1号"});
    expect(row).toMatchObject({
      plan: "small",
      number: "某政发〔2024〕1号",
      jurisdiction: "某市",
      level: "city",
      chapters: 1,
      items: 4,
      tasks: 4,
      departments: 4,
      links: 5,
      itemsWithLead: 2,
      leadShare: 0.5
    });
    expect(planRow("small", SMALL, {level: "village"}).level).toBeNull();
  });

  test("the Yan'an plan: the header's number, issuer, date and target year, 50 items", () => {
    const row = planRow("yanan-2024-8", YANAN);
    expect(row).toMatchObject({
      number: "延政发〔2024〕8号",
      issuer: "延安市人民政府",
      date: "2024-03-26",
      targetYear: 2025,
      items: 50,
      indicators: 14,
      jurisdiction: null,
      level: null
    });
    // Items with a lead are those the accountability checks find neither without a lead nor unassigned.
    const checks = accountabilityRow("yanan", YANAN);
    expect(row.itemsWithLead).toBe(50 - checks.noLead - checks.unassigned);
    expect(row.leadShare).toBe(row.itemsWithLead / 50);
  });
});

describe("a lead held only by a generic placeholder", () => {
  // 各行业部门 and 各区政府 lead T1 and T2: placeholders, no body that answers for the item (accountability.ts).
  const PLACEHOLDERS = parse(
    [
      "一、主要任务",
      "(一)排查隐患。(责任单位：各行业部门)",
      "(二)整治通道。(各区政府牵头，市消防救援支队配合)",
      "(三)完善规划。(市发展改革委牵头)",
      ""
    ].join("\n")
  );

  test("is no designated lead: the accountability row and the plans row count it so, and agree", () => {
    const generic = PLACEHOLDERS.departments.filter((d) => d.kind === "generic").map((d) => d.name);
    expect(generic).toEqual(expect.arrayContaining(["各行业部门"]));
    expect(PLACEHOLDERS.responsibilities.filter((r) => r.role === "lead").map((r) => r.item)).toEqual(
      expect.arrayContaining(["T1", "T3"])
    );
    const checks = accountabilityRow("placeholders", PLACEHOLDERS);
    const row = planRow("placeholders", PLACEHOLDERS);
    const ledByPlaceholder = ["T1", "T2"].filter((id) =>
      PLACEHOLDERS.responsibilities.some((r) => r.item === id && r.role === "lead" && generic.includes(r.department))
    );
    expect(ledByPlaceholder.length).toBeGreaterThan(0);
    expect(checks.noLead).toBe(ledByPlaceholder.length);
    expect(row.itemsWithLead).toBe(3 - ledByPlaceholder.length);
    expect(row.itemsWithLead).toBe(3 - checks.noLead - checks.unassigned);
  });
});

describe("kindCounts", () => {
  test("department kind × plan: departments and links by role", () => {
    expect(kindCounts("small", SMALL)).toEqual([
      {
        plan: "small",
        kind: "municipal-department",
        departments: 4,
        lead: 2,
        support: 1,
        joint: 2,
        implicit: 0,
        links: 5
      }
    ]);
  });
});

describe("functions.csv", () => {
  const file = parseFunctionMapping(readFileSync(new URL("../data/reference/functions.csv", import.meta.url), "utf8"));

  test("the project's mapping parses with no problems and maps departments of every level and era", () => {
    expect(file.problems).toEqual([]);
    const fn = (name: string) => departmentFunction(name, file.rules)?.function ?? null;
    expect(fn("市市场监督管理局")).toBe("market-regulation");
    expect(fn("区市场监管局")).toBe("market-regulation");
    expect(fn("国家市场监督管理总局")).toBe("market-regulation");
    expect(fn("市工商行政管理局")).toBe("market-regulation");
    expect(fn("市工业和信息化局")).toBe("industry");
    expect(fn("区经委")).toBe("industry");
    expect(fn("市农业农村局")).toBe("agriculture");
    expect(fn("区消防救援支队")).toBe("emergency-fire");
    expect(fn("区规划资源局")).toBe("natural-resources-planning");
    expect(fn("各街镇")).toBeNull();
  });

  test("人民政府 is a government, not civil affairs (民政), at every level and in its offices", () => {
    const fn = (name: string) => departmentFunction(name, file.rules)?.function ?? null;
    expect(fn("各县(市、区)人民政府")).toBeNull();
    expect(fn("市人民政府办公室")).toBeNull();
    expect(fn("区人民政府")).toBeNull();
    expect(fn("市民政局")).toBe("civil-affairs");
    expect(fn("区民政局")).toBe("civil-affairs");
  });

  test("bad rows are reported by line with every reason; the good rows are kept", () => {
    const read = parseFunctionMapping(
      [
        "match,function,function_zh,note",
        "市场监督管理,market-regulation,市场监管,",
        ",Market Regulation,,",
        "市场监督管理,market-regulation,市场监管,again",
        "工商,market-regulation,工商,",
        "",
        "农业,agriculture,农业农村,"
      ].join("\n")
    );
    expect(read.problems).toEqual([
      {
        line: 3,
        message:
          'empty match; function "Market Regulation" is not an id (lower-case letters, digits, dashes); empty function_zh'
      },
      {line: 4, message: 'match "市场监督管理" is already on line 2'},
      {line: 5, message: 'function market-regulation is labelled "市场监管" on line 2, not "工商"'}
    ]);
    expect(read.rules.map((r) => [r.match, r.line])).toEqual([
      ["市场监督管理", 2],
      ["农业", 7]
    ]);
    expect(parseFunctionMapping("name,function\nx,y").problems).toEqual([
      {line: 1, message: "missing 3 columns: match, function_zh, note"}
    ]);
  });

  test("the longest fragment wins", () => {
    const rules = parseFunctionMapping(
      "match,function,function_zh,note\n信息,it,信息,\n工业和信息化,industry,工信,"
    ).rules;
    expect(departmentFunction("市工业和信息化局", rules)?.function).toBe("industry");
    expect(departmentFunction("市大数据信息中心", rules)?.function).toBe("it");
  });
});

describe("functionLoad", () => {
  test("per function: its departments, the items they touch and lead, the share of the plan's items", () => {
    const rows = functionLoad("small", SMALL, RULES);
    expect(rows.map((r) => [r.function, r.departments, r.items, r.lead, r.links, r.share])).toEqual([
      ["market-regulation", ["市市场监督管理局"], 2, 1, 2, 0.5],
      ["industry", ["市工业和信息化局"], 1, 0, 1, 0.25],
      ["agriculture", ["市农业农村局"], 1, 1, 1, 0.25],
      [null, ["市发展和改革委员会"], 1, 0, 1, 0.25]
    ]);
  });
});

describe("accountabilityRow", () => {
  test("the checks as one row: items without a lead, unassigned, diffuse", () => {
    expect(accountabilityRow("small", SMALL)).toEqual({
      plan: "small",
      items: 4,
      noLead: 1,
      unassigned: 1,
      diffuse: 0,
      genericOnly: 0,
      withoutLeadShare: 0.5
    });
  });
});
