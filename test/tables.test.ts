import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {BOM, csvForPeople, excelSafe, tableToCsv} from "../src/lib/csv.js";
import {MODEL_KEYS} from "../src/lib/model.js";
import {emptyModel} from "../src/lib/reader/parse.js";
import {planSummary} from "../src/lib/summary.js";
import {planTable, planTables, TABLE_NAMES} from "../src/lib/tables.js";
import {parse, YANAN} from "./plan.js";

describe("planTables", () => {
  test("has one table per key of the model", () => {
    expect(TABLE_NAMES).toEqual([...MODEL_KEYS]);
    expect(planTables(YANAN).map((t) => [t.name, t.rows.length])).toEqual([
      ["document", 1],
      ["chapters", 9],
      ["groups", 0],
      ["items", 50],
      ["goals", 1],
      ["departments", 29],
      ["responsibilities", YANAN.responsibilities.length],
      ["indicators", 14],
      ["targets", 19],
      ["warnings", 0],
      ["coverage", 1]
    ]);
  });
  test("flattens nested fields into prefixed columns", () => {
    const i4 = planTable(YANAN, "indicators").rows[3];
    expect(i4).toMatchObject({
      id: "I4",
      target_value: 10,
      target_cumulative: true,
      target_period: "2021-2025",
      target_raw: "[10]"
    });
    expect(planTable(YANAN, "departments").rows.find((r) => r.name === "市文化和旅游局")).toMatchObject({
      aliases_seen: "市文旅局"
    });
  });
});

describe("planTable: deadlines and the issuer's holdings", () => {
  test("the goals table has the deadline of a schedule's stage, its words and its date, as the items table has", () => {
    const m = parse(
      "某区方案\n一、主要任务\n(一)推进建设。(区建管委负责)\n二、时间节点\n(一)2023年4月底前\n完成排查。\n(二)6月底前\n完成整改。\n"
    );
    const goals = planTable(m, "goals");
    expect(goals.columns).toEqual(expect.arrayContaining(["deadline", "deadline_date"]));
    expect(goals.rows.map((r) => [r.id, r.deadline, r.deadline_date])).toEqual([
      ["G2.1", "2023年4月底前", "2023-04-30"],
      ["G2.2", "6月底前", "2023-06-30"]
    ]);
    expect(planTable(YANAN, "goals").rows.map((r) => r.deadline_date)).toEqual([null]);
  });
  test("the items table says where an inherited deadline comes from (deadline_inherited_from), after deadline_date", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)提升服务效能。到2025年底前完成以下工作。\n1.压缩办理时限。(市政务服务局牵头)\n2.强化用地保障。2024年6月底前出台办法。(责任单位:市自然资源局)\n"
    );
    const items = planTable(m, "items");
    expect(items.columns.slice(items.columns.indexOf("deadline"), items.columns.indexOf("deadline") + 4)).toEqual([
      "deadline",
      "deadline_date",
      "deadline_inherited_from",
      "source_line"
    ]);
    expect(items.rows.map((r) => [r.id, r.deadline_date, r.deadline_inherited_from])).toEqual([
      ["T1", "2025-12-31", "S1.1"],
      ["T2", "2024-06-30", null]
    ]);
  });
  test("the responsibilities table says which links the issuer holds by default (by_issuer), true or false", () => {
    const m = parse(
      "某市交通委员会关于印发《某方案》的通知\n现印发给你们。\n某市交通委员会\n2026年4月15日\n某方案\n一、任务\n1.提高通达性。优化网络。\n"
    );
    expect(planTable(m, "responsibilities").rows.map((r) => [r.item, r.role, r.by_issuer])).toEqual([
      ["T1", "implicit", true]
    ]);
    expect(new Set(planTable(YANAN, "responsibilities").rows.map((r) => r.by_issuer))).toEqual(new Set([false]));
  });
});

describe("tableToCsv", () => {
  test("starts with a BOM and round-trips through a CSV parser", () => {
    const csv = tableToCsv(planTable(YANAN, "targets"));
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.length).toBe(19);
    expect(rows.find((r) => r.id === "A8.2-1")).toMatchObject({
      value: "4000",
      unit: "家",
      subject: "全市放心消费示范单位"
    });
  });
  test("writes the header of an empty table", () => {
    expect(tableToCsv(planTable(emptyModel(), "warnings"), {bom: false})).toBe("line,code,message,message_zh\n");
  });
  test("quotes cells with commas and quotes", () => {
    const csv = tableToCsv(
      {name: "warnings", columns: ["line", "code", "message"], rows: [{line: 1, code: "clause", message: 'a, "b"'}]},
      {bom: false}
    );
    expect(csv).toBe('line,code,message\n1,clause,"a, ""b"""\n');
  });
});

describe("planSummary", () => {
  test("counts the Yan'an plan's figures from its tables", () => {
    expect(planSummary(YANAN)).toMatchObject({
      chapters: 9,
      tasks: 30,
      actions: 20,
      columns: 8,
      departments: 29,
      unknownDepartments: 0,
      indicators: 14,
      binding: 4,
      expected: 10,
      targets: 19,
      warnings: 0
    });
    const s = planSummary(YANAN);
    expect(s.byRole.lead + s.byRole.support + s.byRole.joint + s.byRole.implicit).toBe(YANAN.responsibilities.length);
    expect(s.byRole.implicit).toBe(49);
  });
});

describe("CSV for people (Excel)", () => {
  test("neutralises cells a spreadsheet would run as a formula with a leading quote; numbers stay numbers", () => {
    expect(
      ["=1+1", "+cmd", "-cmd|x", "@SUM(A1)", "\tx", "\rx", "a=b", "-5", "+3.5", "-1e3", "", "中文"].map(excelSafe)
    ).toEqual(["'=1+1", "'+cmd", "'-cmd|x", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "-5", "+3.5", "-1e3", "", "中文"]);
    // Signs alone compute nothing: the targets' op `=` (达到) and a dash for "none" stay as written.
    expect(["=", "-", "--", "=<", "=1", "-x"].map(excelSafe)).toEqual(["=", "-", "--", "=<", "'=1", "'-x"]);
    expect([-5, 0, 2.5, null, undefined, true].map(excelSafe)).toEqual(["-5", "0", "2.5", "", "", "true"]);
  });
  test("every table and row written for people goes through it", () => {
    const table = {
      name: "warnings" as const,
      columns: ["line", "code", "message"],
      rows: [{line: -3, code: "clause", message: '=HYPERLINK("http://evil","x")'}]
    };
    expect(tableToCsv(table, {bom: false})).toBe(`line,code,message\n-3,clause,"'=HYPERLINK(""http://evil"",""x"")"\n`);
    expect(csvForPeople([{a: "@x", b: -2}], ["a", "b"])).toBe(`${BOM}a,b\n'@x,-2\n`);
  });
});
