import {describe, expect, test} from "vitest";
import {cellLineTables, closedCellLines} from "../src/lib/reader/cellLines.js";
import {parse} from "./plan.js";

const lines = (text: string) => text.split("\n").map((l) => l.trim());
const ONE_CELL_PER_LINE = `附表
序号
指标名称
单位
2020年
2025年
属性
经济发展
1
制造业产品质量合格率
%
93.5
≥95
预期性

2
农产品质量安全抽检合格率
%
97
98
预期性
质量安全
3
食品抽检合格率
%
97.5
[10]
约束性
注:[]为“十四五”期间累计数。`;

describe("cellLineTables", () => {
  test("reads a header of cells on their own lines and rows of as many lines", () => {
    const [table, ...rest] = cellLineTables(lines(ONE_CELL_PER_LINE));
    expect(rest).toEqual([]);
    expect(table.rows.map((r) => r.cells.join("|"))).toEqual([
      "序号|指标名称|单位|2020年|2025年|属性",
      "经济发展",
      "1|制造业产品质量合格率|%|93.5|≥95|预期性",
      "2|农产品质量安全抽检合格率|%|97|98|预期性",
      "质量安全",
      "3|食品抽检合格率|%|97.5|[10]|约束性"
    ]);
    // Blank lines between cells are skipped; the table ends before the note.
    expect([table.first, table.last]).toEqual([1, 27]);
  });
  test("ends at the first row whose cells do not fit", () => {
    const text = "序号\n指标\n2025年\n属性\n1\n合格率\n98\n约束性\n二、重点任务\n(一)提升质量。\n加强监管\n预期性";
    const [table] = cellLineTables(lines(text));
    expect(table.rows).toHaveLength(2);
    expect(table.last).toBe(7);
  });
  test("a run of short lines without a row after it is not a table", () => {
    expect(cellLineTables(lines("主要指标\n2025年目标\n单位\n一、总体要求\n(一)指导思想。坚持。"))).toEqual([]);
    expect(cellLineTables(lines("序号\n指标\n2025年\n属性\n甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸。"))).toEqual([]);
  });
});

describe("indicator tables one cell per line", () => {
  test("give the indicators the same table with | gives, with each row's category", () => {
    const lined = parse(`一、主要目标\n${ONE_CELL_PER_LINE}\n二、任务\n(一)提升质量。(市市场监管局负责)\n`);
    const piped = parse(
      "一、主要目标\n序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性\n经济发展 | | | | |\n1 | 制造业产品质量合格率 | % | 93.5 | ≥95 | 预期性\n" +
        "2 | 农产品质量安全抽检合格率 | % | 97 | 98 | 预期性\n质量安全 | | | | |\n3 | 食品抽检合格率 | % | 97.5 | [10] | 约束性\n" +
        "注:[]为“十四五”期间累计数。\n二、任务\n(一)提升质量。(市市场监管局负责)\n"
    );
    const strip = (m: typeof lined) => m.indicators.map(({source, ...rest}) => rest);
    expect(strip(lined)).toEqual(strip(piped));
    expect(lined.indicators.map((i) => [i.name, i.category, i.target.raw])).toEqual([
      ["制造业产品质量合格率", "经济发展", "≥95"],
      ["农产品质量安全抽检合格率", "经济发展", "98"],
      ["食品抽检合格率", "质量安全", "[10]"]
    ]);
    expect(lined.indicators[2].target).toMatchObject({cumulative: true, period: {from: 2021, to: 2025}});
    expect(lined.warnings).toEqual([]);
  });
  test("a 类别 column gives the category too, merged down its rows", () => {
    const m = parse(
      "一、目标\n类别 | 指标 | 2025年 | 属性\n创新 | 研发投入强度(%) | 2.5 | 预期性\n | 专利(件) | 9 | 预期性\n"
    );
    expect(m.indicators.map((i) => i.category)).toEqual(["创新", "创新"]);
  });
});

describe("indicator ids", () => {
  test("a second table numbering from 1 again gets ids with its ordinal, and no warning", () => {
    const m = parse(
      "一、目标\n序号 | 指标 | 2025年 | 属性\n1 | 甲(%) | 90 | 预期性\n2 | 乙(%) | 80 | 预期性\n二、专栏\n序号 | 指标 | 2025年 | 属性\n1 | 丙(个) | 5 | 预期性\n"
    );
    expect(m.indicators.map((i) => i.id)).toEqual(["I1", "I2", "I2.1"]);
    expect(m.warnings.filter((w) => w.code === "numbering")).toEqual([]);
  });
  test("a number written twice in one table is reported and its id made unique", () => {
    const m = parse("一、目标\n序号 | 指标 | 2025年 | 属性\n1 | 甲(%) | 90 | 预期性\n1 | 乙(%) | 80 | 预期性\n");
    expect(m.indicators.map((i) => i.id)).toEqual(["I1", "I1.1"]);
    expect(m.warnings.map((w) => w.message)).toContain("indicator number 1 appears twice");
  });
});

// A 主要指标表 copied from a web page: the header's labels split over two lines (“十五五” / 目标值), 类别 and 一级指标
// merged down (written on a group's first row only), an empty cell a blank line, rows apart by a blank line.
const MERGED = `主要指标表
类别
序号
一级指标
二级指标
单位
属性
“十四五”
完成值
“十五五”
目标值

宜居城区
1
住房改造
成套改造面积
万平方米
预期性
25
1.4

2
改造面积
万平方米
约束性

300

安全城区
3
设施改造
管道改造长度
公里
约束性
355
421

二、重点任务`;

describe("cellLineTables with merged cells", () => {
  test("joins a header label split over two lines, and reads rows from serial number to 属性 with merged cells empty", () => {
    const [table, ...rest] = cellLineTables(lines(MERGED));
    expect(rest).toEqual([]);
    expect(table.rows.map((r) => r.cells.join("|"))).toEqual([
      "类别|序号|一级指标|二级指标|单位|属性|“十四五”完成值|“十五五”目标值",
      "宜居城区|1|住房改造|成套改造面积|万平方米|预期性|25|1.4",
      "|2||改造面积|万平方米|约束性||300",
      "安全城区|3|设施改造|管道改造长度|公里|约束性|355|421"
    ]);
    expect(table.last).toBe(35);
  });
  test("never joins the numbers of different cells into one figure", () => {
    const m = parse(`一、发展目标\n${MERGED}\n(一)提升品质\n1.改造住房。推进改造。\n`);
    expect(
      m.indicators.map((i) => [i.name, i.unit, i.attribute, i.target.value, i.baseline?.value ?? null, i.category])
    ).toEqual([
      ["成套改造面积", "万平方米", "expected", 1.4, 25, "宜居城区"],
      ["改造面积", "万平方米", "binding", 300, null, "宜居城区"],
      ["管道改造长度", "公里", "binding", 421, 355, "安全城区"]
    ]);
    expect(m.document).toMatchObject({targetYear: 2030, baselineYear: 2025});
    expect(m.targets).toEqual([]);
  });
});

describe("closedCellLines", () => {
  test("a cell per line closed by its right border, by both borders, or by a tab: the cell without its borders", () => {
    const cells = (text: string) =>
      closedCellLines(text.split("\n")).map((c, i) => (c ? text.split("\n")[i].slice(c.start, c.end) : null));
    expect(cells("序号 |\n工作任务 |\n责任单位 |\n1 |\n推进建设。 |")).toEqual([
      "序号",
      "工作任务",
      "责任单位",
      "1",
      "推进建设。"
    ]);
    expect(cells("| 序号 |\n| 重点任务 |\n| 牵头单位 |\n| |\n| 编制计划，\n报区政府审定。 |")).toEqual([
      "序号",
      "重点任务",
      "牵头单位",
      "",
      "编制计划，",
      "报区政府审定。"
    ]);
    expect(cells("序号\t\n工作任务\t\n责任单位\t\n\t")).toEqual(["序号", "工作任务", "责任单位", null]);
  });
  test("a closed line is a cell only where the text has three in a row; a row of several cells is none", () => {
    const lines = closedCellLines(
      "一、任务 |\n推进建设。\n县商务局 |\n1 | 推进建设 | 县商务局 |\n完成时限 |".split("\n")
    );
    expect(lines).toEqual([null, null, null, null, null]);
    const row = closedCellLines("序号 |\n工作任务 |\n责任单位 |\n1 | 推进建设 | 县商务局 |".split("\n"));
    expect(row[3]).toBeNull();
    expect(row[2]).toEqual({start: 0, end: 4, closed: true});
  });
});
