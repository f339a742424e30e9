import {describe, expect, test} from "vitest";
import {allocationCellTables, readAllocation, readFigure} from "../src/lib/reader/allocationTables.js";
import {egoNetwork} from "../src/lib/ego.js";
import {targetRows} from "../src/lib/ledger.js";
import {leadRanking} from "../src/lib/overview.js";
import {parse} from "./plan.js";

const PLAN = "关于推进光伏应用的实施方案\n一、主要任务\n(一)推进建设。到2025年新增装机80MW。(责任单位:市交通委)\n";
/** A plan whose attachment is an allocation table written one cell per line, as a web copy gives it. */
const CELL_LINES = [
  "附表2",
  "各区“十四五”交通光伏任务分配表",
  "序号",
  "区域",
  "新增装机容量(MW)",
  "新增示范工程",
  "责任单位",
  "1",
  "黄浦区",
  "0.3-0.4",
  "1",
  "申通地铁",
  "集团",
  "2",
  "徐汇区",
  "2-2.6",
  "3",
  "区交通委",
  "合计",
  "2.3-3",
  "4"
].join("\n");

describe("readFigure", () => {
  test("reads a number, a range and a number with a short unit", () => {
    expect(readFigure("35")).toEqual({value: 35, upper: null, unit: ""});
    expect(readFigure("0.3-0.4")).toEqual({value: 0.3, upper: 0.4, unit: ""});
    expect(readFigure("3个")).toEqual({value: 3, upper: null, unit: "个"});
    expect(readFigure("黄浦区")).toBeNull();
  });
});

describe("readAllocation", () => {
  const rows = [
    ["序号", "交通子行业", "十四五装机计划(MW)", "责任单位"],
    ["1", "地铁", "35-36", "申通地铁集团"],
    ["2", "铁路", "15-20", "中国铁路上海局"],
    ["汇总", "", "50-56"]
  ];
  test("finds the units' column, the quantity columns with the unit in their header, and the total row", () => {
    expect(readAllocation(rows)).toEqual({
      name: {column: 1, label: "交通子行业"},
      quantities: [{column: 2, label: "十四五装机计划", unit: "MW"}],
      rows: [1, 2],
      total: 3
    });
  });
  test("a column with cells left empty or — is a quantity of the rows that fill it; a name header may end with brackets", () => {
    expect(
      readAllocation([
        ["序号", "街镇(园区)", "新增示范点(个)", "备注"],
        ["1", "南桥镇", "3", "含园区"],
        ["2", "金汇镇", "—", ""],
        ["3", "奉城镇", "2", ""],
        ["合计", "", "5", ""]
      ])?.quantities
    ).toEqual([{column: 2, label: "新增示范点", unit: "个"}]);
  });
  test("a table without a total row is none", () => {
    expect(readAllocation(rows.slice(0, 3).concat([["3", "机场", "4-10", "机场集团"]]))).toBeNull();
  });
  test("a project list (项目名称, 位置) is none: its figures describe its projects", () => {
    expect(
      readAllocation([
        ["序号", "项目名称", "位置", "面积(公顷)"],
        ["1", "庄行郊野公园", "庄行镇", "450"],
        ["2", "九棵树森林公园", "金海街道", "478"],
        ["合计", "", "", "928"]
      ])
    ).toBeNull();
  });
  test("an indicator table is none (indicators.ts reads it)", () => {
    expect(
      readAllocation([
        ["序号", "区域", "指标", "2025年"],
        ["1", "黄浦区", "覆盖率", "90"],
        ["2", "徐汇区", "覆盖率", "95"],
        ["合计", "", "", "92"]
      ])
    ).toBeNull();
  });
});

describe("allocationCellTables", () => {
  test("rebuilds rows from one cell a line, a wrapped cell joined into the row's last cell, up to the total row", () => {
    const lines = CELL_LINES.split("\n");
    const tables = allocationCellTables(
      lines,
      lines.map((_, i) => i)
    );
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([
      [
        ["序号", "区域", "新增装机容量(MW)", "新增示范工程", "责任单位"],
        ["1", "黄浦区", "0.3-0.4", "1", "申通地铁集团"],
        ["2", "徐汇区", "2-2.6", "3", "区交通委"],
        ["合计", "2.3-3", "4"]
      ]
    ]);
  });
});

describe("allocation tables in a plan", () => {
  test("an attachment's allocation table is a goal of its own (GF + its number), each figure a target of a unit", () => {
    const model = parse(`${PLAN}${CELL_LINES}\n`);
    expect(model.goals.map((g) => [g.id, g.title])).toEqual([["GF2", "各区“十四五”交通光伏任务分配表"]]);
    expect(
      model.targets
        .filter((t) => t.item === "GF2")
        .map((t) => [t.subject, t.value, t.upper, t.unit, t.year, t.yearStated, t.increase ?? false])
    ).toEqual([
      ["黄浦区·新增装机容量", 0.3, 0.4, "MW", 2025, true, true],
      ["黄浦区·新增示范工程", 1, null, "", 2025, true, true],
      ["徐汇区·新增装机容量", 2, 2.6, "MW", 2025, true, true],
      ["徐汇区·新增示范工程", 3, null, "", 2025, true, true],
      ["合计·新增装机容量", 2.3, 3, "MW", 2025, true, true],
      ["合计·新增示范工程", 4, null, "", 2025, true, true]
    ]);
  });
  test("the reading report counts its lines as read", () => {
    const model = parse(`${PLAN}${CELL_LINES}\n`);
    expect(model.coverage.attachmentLinesNotRead).toEqual([]);
    expect(model.warnings.filter((w) => w.code === "attachment")).toEqual([]);
  });
  test("a table written with | reads the same, and takes the plan's target year when its caption names none", () => {
    const model = parse(
      `关于推进光伏应用的实施方案(2023-2026年)\n一、主要任务\n(一)推进建设。(责任单位:市交通委)\n附件1\n各区任务分解表\n序号 | 区域 | 新增装机容量(MW)\n1 | 黄浦区 | 0.3\n2 | 徐汇区 | 2\n合计 | | 2.3\n`
    );
    expect(model.targets.map((t) => [t.item, t.subject, t.value, t.year, t.yearStated])).toEqual([
      ["GF1", "黄浦区·新增装机容量", 0.3, 2026, false],
      ["GF1", "徐汇区·新增装机容量", 2, 2026, false],
      ["GF1", "合计·新增装机容量", 2.3, 2026, false]
    ]);
  });
  test("names in traditional characters are kept as written", () => {
    const model = parse(
      `關於推進光伏應用的實施方案\n一、主要任務\n(一)推進建設。(責任單位:市交通委)\n附件1\n各區任務分配表\n序號 | 區域 | 新增裝機容量(MW)\n1 | 黃浦區 | 0.3\n2 | 徐匯區 | 2\n合計 | | 2.3\n`
    );
    expect(model.targets.map((t) => t.subject)).toEqual([
      "黃浦區·新增裝機容量",
      "徐匯區·新增裝機容量",
      "合計·新增裝機容量"
    ]);
  });
  test("a total that is not the sum of its column is warned about, and kept as written", () => {
    const model = parse(`${PLAN}${CELL_LINES.replace("2.3-3", "2.5-3")}\n`);
    expect(model.warnings.filter((w) => w.code === "table-row").map((w) => w.message)).toEqual([
      "the 合计 of 新增装机容量 (2.5-3) is not the sum of its column (2.3-3)"
    ]);
    expect(model.targets.find((t) => t.subject === "合计·新增装机容量")?.value).toBe(2.5);
  });
});

describe("an allocation table's bodies' column", () => {
  const TRAD =
    "序号 | 交通子行业 | 装机计划(MW) | 牵头单位 | 配合单位\n1 | 地铁 | 35 | 申通地铁集团 | 市交通委\n2 | 公交 | 7 | 久事集团 | \n汇总 | | 42 | |\n";
  test("a 责任单位 column: each unit row's bodies hold the table's goal, one name lead, several joint, a wrapped name one", () => {
    const model = parse(`${PLAN}${CELL_LINES}\n`);
    expect(model.responsibilities.filter((r) => r.item === "GF2").map((r) => [r.asWritten, r.role])).toEqual([
      ["申通地铁集团", "lead"],
      ["区交通委", "lead"]
    ]);
    const [first] = model.responsibilities.filter((r) => r.item === "GF2");
    expect(first.source.line).toBe(CELL_LINES.split("\n").indexOf("申通地铁") + 4);
  });
  test("a name in the bodies' cell that is no body (a cell cut short) holds nothing: warned at its row, with the body it may be", () => {
    const model = parse(
      `${PLAN}附件1\n交通子行业光伏建设分配表\n序号 | 交通子行业 | 装机计划(MW) | 牵头单位\n1 | 地铁 | 35 | 申通地铁集团\n2 | 公交 | 7 | 申通地\n汇总 | | 42 |\n`
    );
    expect(model.responsibilities.filter((r) => r.item === "GF1").map((r) => [r.asWritten, r.role])).toEqual([
      ["申通地铁集团", "lead"]
    ]);
    expect(model.warnings.filter((w) => w.code === "clause").map((w) => [w.line, w.message])).toEqual([
      [
        8,
        'GF1 (row 2): "申通地" is no department\'s name by its form nor in the reference (a cell cut short?); not linked; it may be 申通地铁集团'
      ]
    ]);
  });
  test("a 牵头单位 and a 配合单位 column: lead and support, as a task table's cells", () => {
    const model = parse(`${PLAN}附件1\n交通子行业光伏建设分配表\n${TRAD}`);
    expect(model.responsibilities.filter((r) => r.item === "GF1").map((r) => [r.asWritten, r.role])).toEqual([
      ["申通地铁集团", "lead"],
      ["市交通委", "support"],
      ["久事集团", "lead"]
    ]);
  });
  test("a target's departments in the target ledger are those its row names; the total's, every row's", () => {
    const model = parse(`${PLAN}附件1\n交通子行业光伏建设分配表\n${TRAD}`);
    expect(
      targetRows(model, [])
        .filter((r) => r.target.item === "GF1")
        .map((r) => [r.target.subject, r.departments])
    ).toEqual([
      ["地铁·装机计划", ["申通地铁集团", "市交通委员会"]],
      ["公交·装机计划", ["久事集团"]],
      ["汇总·装机计划", ["申通地铁集团", "市交通委员会", "久事集团"]]
    ]);
  });
  test("a goal held is no item led in the lead ranking (leadRanking)", () => {
    const model = parse(`${PLAN}附件1\n交通子行业光伏建设分配表\n${TRAD}`);
    expect(leadRanking(model).ranks.find((r) => r.name === "久事集团")).toBeUndefined();
    expect(leadRanking(model).leadItems).toBe(1);
  });
  test("a body that holds only a goal has no item in its neighbourhood (egoNetwork)", () => {
    const model = parse(`${PLAN}附件1\n交通子行业光伏建设分配表\n${TRAD}`);
    expect(egoNetwork(model, "久事集团").byRole.lead).toEqual([]);
  });
});
