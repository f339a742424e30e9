import {describe, expect, test} from "vitest";
import {taskListTables} from "../src/lib/reader/taskLists.js";
import {
  alignCells,
  cellKind,
  joinSplitHeader,
  parentColumns,
  taskColumns,
  yearColumns
} from "../src/lib/reader/taskTables.js";
import {looksLikeBody} from "../src/lib/reader/bodies.js";
import {parse} from "./plan.js";

// The shape of an attachment's 任务清单 copied from a web page (one cell a line, blank lines between, header cells
// wrapped over two lines, the sorting columns merged down their rows): the cells here are made up, the shape is
// that of test/fixtures/attachments/sh-jtw-2024-jingxihua.txt.
const LIST = `附件:
某市交通领域工作任务清单

任务

分类

主要方向

重点任务

2024年工作项目

2025年计划

牵头

部门

配合

部门

实施

主体

(一)

提升设施品质

1、改善城市道路

(1)建设精品道路300条。

建设精品道路150条。

建设精品道路150条。

设施养护处

各相关部门和单位

各区

2、提升慢行交通

(2)完成慢行交通项目200项。

完成100项。

完成100项。

设施运行处

设施养护处

各相关部门和单位

各行业主管部门、各区

(3)建设慢行交通精品区域50个。

建设25个。

建设25个。

(二)

提升出行服务

3、提升公交服务

(4)公交站台适老化改造300个。

150个

150个

客运处

市交通委(计划财务处)

市道运中心`;

const lines = (text: string) => text.split("\n").map((l) => l.trim());

describe("joinSplitHeader", () => {
  test("joins a header word wrapped over two short lines (牵头/部门, 实施/主体, 任务/分类), not two words", () => {
    expect(
      joinSplitHeader(["任务", "分类", "主要方向", "牵头", "部门", "实施", "主体", "序号", "完成时限"]).cells
    ).toEqual(["任务分类", "主要方向", "牵头部门", "实施主体", "序号", "完成时限"]);
  });
});

describe("taskColumns", () => {
  test("the task is the column that names it, not the one that sorts the tasks (任务分类); 实施主体 is a bodies' column", () => {
    expect(taskColumns(["任务分类", "主要方向", "重点任务", "牵头部门", "配合部门", "实施主体"])).toEqual({
      task: 2,
      lead: 3,
      support: 4,
      responsible: 5
    });
    // Alone, a 任务类型 column is still the task's (the wrapped tables of rowBlocks.ts join their cells into it).
    expect(taskColumns(["序号", "任务类型", "重点内容", "责任单位"])).toMatchObject({task: 1, responsible: 3});
  });
  test("a header's cells are read without the spaces between their characters, its bodies' column by any label of bodies", () => {
    // 国办函[2016]38号: 序号 | 工 作 任 务 | 牵头负责部门.
    expect(taskColumns(["序号", "工 作 任 务", "牵头负责部门"])).toEqual({seq: 0, task: 1, lead: 2});
    expect(taskColumns(["序号", "重点工作", "主办单位", "协办单位", "完成时限"])).toEqual({
      seq: 0,
      task: 1,
      lead: 2,
      support: 3,
      deadline: 4
    });
    expect(taskColumns(["序号", "具体任务", "牵头部门及责任人", "协同责任单位"])).toEqual({
      seq: 0,
      task: 1,
      lead: 2,
      support: 3
    });
  });
  test("a column of the leading person (牵头领导) is no bodies' column: no task table without one", () => {
    expect(taskColumns(["序号", "工作任务", "牵头领导"])).toBeNull();
    expect(taskColumns(["序号", "工作任务", "牵头领导", "责任单位"])).toEqual({
      seq: 0,
      task: 1,
      person: 2,
      responsible: 3
    });
    expect(taskColumns(["序号", "工作任务", "牵头单位", "责任人"])).toEqual({seq: 0, task: 1, lead: 2, person: 3});
  });
});

describe("taskColumns: a task table with no bodies' column", () => {
  test("a header naming the task itself and its schedule or progress is a task table with no one named (工作事项 | 进度安排 | 进展情况)", () => {
    expect(taskColumns(["序号", "工作事项", "进度安排", "进展情况", "完成情况"])).toEqual({
      seq: 0,
      task: 1,
      deadline: 2,
      progress: 3
    });
    expect(taskColumns(["重点任务", "时间节点"])).toEqual({task: 0, deadline: 1});
    expect(taskColumns(["序号", "主要任务", "工作进展"])).toEqual({seq: 0, task: 1, progress: 2});
  });
  test("not a task table: a looser word of a task (主要内容, 任务分类) with no bodies' column, or a task column with no time nor progress", () => {
    expect(taskColumns(["序号", "主要内容", "进度安排"])).toBeNull();
    expect(taskColumns(["任务分类", "时间安排"])).toBeNull();
    expect(taskColumns(["工作任务", "备注"])).toBeNull();
    expect(taskColumns(["序号", "工作任务"])).toBeNull();
  });
});

describe("yearColumns", () => {
  test("a column of one year's work (2024年工作项目, 2025年计划, 2026年目标) is a year's; a span or the task's column is none", () => {
    const cells = ["序号", "2025年重点任务", "2024年工作项目", "2025年计划", "2026年目标", "2024-2026年", "牵头单位"];
    expect(yearColumns(cells, taskColumns(cells)!)).toEqual([
      {column: 2, year: 2024, header: "2024年工作项目"},
      {column: 3, year: 2025, header: "2025年计划"},
      {column: 4, year: 2026, header: "2026年目标"}
    ]);
  });
});

describe("taskListTables", () => {
  const [table] = taskListTables(lines(LIST));
  test("reads a header split over lines, headings of the columns before the task, and a row from each numbered task", () => {
    expect(taskListTables(lines(LIST))).toHaveLength(1);
    expect(table.rows[0].cells).toEqual([
      "任务分类",
      "主要方向",
      "重点任务",
      "2024年工作项目",
      "2025年计划",
      "牵头部门",
      "配合部门",
      "实施主体"
    ]);
    expect(table.rows.slice(1).map((r) => r.cells.filter(Boolean))).toEqual([
      ["(一)提升设施品质"],
      ["1、改善城市道路"],
      [
        "(1)建设精品道路300条。",
        "建设精品道路150条。",
        "建设精品道路150条。",
        "设施养护处",
        "各相关部门和单位",
        "各区"
      ],
      ["2、提升慢行交通"],
      [
        "(2)完成慢行交通项目200项。",
        "完成100项。",
        "完成100项。",
        "设施运行处设施养护处",
        "各相关部门和单位",
        "各行业主管部门、各区"
      ],
      [
        "(3)建设慢行交通精品区域50个。",
        "建设25个。",
        "建设25个。",
        "设施运行处设施养护处",
        "各相关部门和单位",
        "各行业主管部门、各区"
      ],
      ["(二)提升出行服务"],
      ["3、提升公交服务"],
      ["(4)公交站台适老化改造300个。", "150个", "150个", "客运处", "市交通委(计划财务处)", "市道运中心"]
    ]);
  });
  test("a heading's form keeps its column: (一) in the first, 1、 in the second", () => {
    expect(table.rows[1].cells[0]).toBe("(一)提升设施品质");
    expect(table.rows[2].cells[1]).toBe("1、改善城市道路");
  });
  test("a row with no bodies' lines shares those of the row above (a merged cell), from the lines they stand on", () => {
    const [row2, row3] = [table.rows[5], table.rows[6]];
    expect(row3.cells[2]).toBe("(3)建设慢行交通精品区域50个。");
    expect(row3.lines.slice(5)).toEqual(row2.lines.slice(5));
  });
  test("more bodies' lines than bodies' columns: the later columns take one line each, the lead's the rest", () => {
    expect(table.rows[5].lines[5]).toHaveLength(2);
    expect(table.rows[5].lines[6]).toHaveLength(1);
  });
  test("a header repeated at a page break inside the list is the same table's: no cells, no new table", () => {
    const header = LIST.slice(LIST.indexOf("任务\n"), LIST.indexOf("(一)"));
    // Repeated after a row's bodies, and after a heading of the columns before the task.
    const repeated = LIST.replace("2、提升慢行交通", `${header}2、提升慢行交通`).replace(
      "3、提升公交服务",
      `${header}3、提升公交服务`
    );
    const tables = taskListTables(lines(repeated));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.cells)).toEqual(table.rows.map((r) => r.cells));
    const m = parse(`某市交通领域工作方案\n一、主要任务\n(一)改善道路环境。完成精品路建设。\n${repeated}\n`);
    expect(m.responsibilities.map((r) => r.asWritten)).not.toContain("牵头");
    expect(m.coverage.attachmentLinesNotRead).toEqual(
      parse(`某市交通领域工作方案\n一、主要任务\n(一)改善道路环境。完成精品路建设。\n${LIST}\n`).coverage
        .attachmentLinesNotRead
    );
  });
  test("a 序号 table (rowBlocks.ts) and prose in short lines are not task lists", () => {
    expect(taskListTables(["序号", "重点任务", "牵头单位", "1", "推行企业开办。", "市市场监管局"])).toEqual([]);
    expect(taskListTables(["工作任务", "责任单位", "加强领导", "(一)建立机制。", "一是明确分工。"])).toEqual([]);
  });
});

describe("a plan whose tasks stand in an attachment's task list", () => {
  const m = parse(`某市交通领域工作方案\n一、主要任务\n(一)改善道路环境。完成精品路建设。\n${LIST}\n`);
  test("each numbered task of the list is an item, numbered as written, with lead and support", () => {
    const rows = m.items.filter((i) => i.id.startsWith("R"));
    expect(rows.map((i) => [i.id, i.numbering, i.title])).toEqual([
      ["R1.1", "(1)", "建设精品道路300条"],
      ["R1.2", "(2)", "完成慢行交通项目200项"],
      ["R1.3", "(3)", "建设慢行交通精品区域50个"],
      ["R1.4", "(4)", "公交站台适老化改造300个"]
    ]);
    const roles = (id: string) =>
      m.responsibilities.filter((r) => r.item === id).map((r) => `${r.role}:${r.asWritten}`);
    expect(roles("R1.1")).toEqual(["lead:设施养护处", "support:各相关部门和单位", "support:各区"]);
    expect(roles("R1.3")).toEqual([
      "lead:设施运行处",
      "lead:设施养护处",
      "support:各相关部门和单位",
      "support:各行业主管部门",
      "support:各区"
    ]);
    expect(m.items.find((i) => i.id === "R1.3")!.clause).toBe(
      "牵头单位:设施运行处、设施养护处;配合单位:各相关部门和单位;责任单位:各行业主管部门、各区"
    );
  });
  test("the list's headings are groups, the second column's under the first's", () => {
    expect(m.groups.map((g) => [g.id, g.title, g.parent])).toEqual([
      ["S1.1", "(一)提升设施品质", null],
      ["S1.2", "1、改善城市道路", "S1.1"],
      ["S1.3", "2、提升慢行交通", "S1.1"],
      ["S1.4", "(二)提升出行服务", null],
      ["S1.5", "3、提升公交服务", "S1.4"]
    ]);
    expect(m.items.find((i) => i.id === "R1.3")!.group).toBe("S1.3");
  });
  test("a year's cells stay in the item's text under their headers, and their targets take that year", () => {
    const r = m.items.find((i) => i.id === "R1.1")!;
    expect(r.text).toBe("建设精品道路300条。2024年工作项目:建设精品道路150条。2025年计划:建设精品道路150条。");
    expect(m.targets.filter((t) => t.item === "R1.1").map((t) => [t.id, t.value, t.year, t.yearStated])).toEqual([
      ["R1.1-1", 300, null, false],
      ["R1.1-2", 150, 2024, true],
      ["R1.1-3", 150, 2025, true]
    ]);
    expect(m.targets.filter((t) => t.item === "R1.4").map((t) => [t.value, t.unit, t.year])).toEqual([
      [300, "个", null],
      [150, "个", 2024],
      [150, "个", 2025]
    ]);
  });
  test("the attachment is read: only its title lines are left unread", () => {
    expect(m.coverage.attachmentLinesNotRead.length).toBeLessThanOrEqual(2);
  });
});

// 西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案 (test/fixtures/openings/xian-2022-fenggong.txt).
const XIAN_HEADER = [
  "序号",
  "陕西省《工作要点》部署任务",
  "西安市落实措施",
  "牵头单位",
  "责任单位",
  "完成时限",
  "备注"
];

describe("parentColumns", () => {
  test("a higher level's task before this plan's measure is the measure's group; the measure is the task", () => {
    const columns = taskColumns(XIAN_HEADER)!;
    expect(columns).toEqual({seq: 0, task: 2, lead: 3, responsible: 4, deadline: 5});
    expect(parentColumns(XIAN_HEADER, columns)).toEqual([1]);
  });
  test("a task's name and its content are one task's columns, not a group (任务名称 | 任务内容, 事项 | 工作措施)", () => {
    for (const header of [
      ["序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点"],
      ["序号", "事项", "工作措施", "责任单位"]
    ]) {
      const columns = taskColumns(header)!;
      expect(columns.task).toBe(1);
      expect(parentColumns(header, columns)).toEqual([]);
    }
  });
});

describe("cellKind", () => {
  test("a time, even cut short, is a date, never bodies (2022年11, 2022年9月底, 长期坚持)", () => {
    for (const cell of ["2022年11", "2022年9月底", "2022年11月底前", "长期坚持", "2025年"])
      expect(cellKind(cell, looksLikeBody)).toBe("date");
    expect(cellKind("市级相关单位,各区县政府、西咸新区管委会", looksLikeBody)).toBe("bodies");
    expect(cellKind("(2)严格落实行政许可事项清单之外一律不得违法实施行政许可的要求", looksLikeBody)).toBe("text");
    expect(cellKind(" ", looksLikeBody)).toBe("empty");
  });
  test("a word of relative time is a date as the year it stands for is (年内, 当年, 年底前, 明年6月底前)", () => {
    for (const cell of ["年内", "当年", "年底前", "明年6月底前", "今年底"])
      expect(cellKind(cell, looksLikeBody), cell).toBe("date");
    expect(cellKind("说明年度情况", looksLikeBody)).toBe("text");
  });
});

describe("alignCells", () => {
  test("a row whose merged cells were written only on the row above puts each cell in the column it fits", () => {
    // (2)严格落实… | 市行政审批局市司法局 | 市级相关单位,… | 2022年11: 序号 and the province's task span it.
    const roles = ["seq", "parent", "task", "lead", "responsible", "deadline", "other"] as const;
    expect(alignCells(["text", "bodies", "bodies", "date"], [...roles])).toEqual([2, 3, 4, 5]);
    expect(alignCells(["text", "bodies", "date"], [...roles])).toEqual([2, 4, 5]);
    expect(alignCells(["text", "text", "bodies", "date"], [...roles])).toEqual([1, 2, 4, 5]);
  });
});
