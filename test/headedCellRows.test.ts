// Task tables flattened one cell per line under a header that names every column (headedCellRows.ts): rows cut by
// the header's width, section rows (一、…) between them, the rows' own numbers kept, roles by column.
import {describe, expect, test} from "vitest";
import {headedCellTables} from "../src/lib/reader/headedCellRows.js";
import type {PlanModel} from "../src/lib/model.js";
import {parse} from "./plan.js";

const TITLE = "某区教育局2025年重点工作任务分解表";
/** A web table copied one cell per line: header, a section row over row 3, two sections with none, rows 68 and 69. */
const CELLS = [
  TITLE,
  "序号",
  "重点工作任务",
  "主要责任单位",
  "协同配合单位",
  "一、主要预期目标",
  "3",
  "固定资产投资增长7.5%左右。",
  "区发展改革委",
  "区住房城乡建设局、区交通运输局。",
  "二、全力以赴扩投资",
  "三、全力以赴惠民生",
  "68",
  "加快建设黎明小学扩建教学楼项目。",
  "区教育局",
  "区财政局、各街道办事处。",
  "69",
  "深化校企合作,积极引进优质教育资源。",
  "区教育局",
  "区人力资源社会保障局。"
];

const links = (m: PlanModel, id: string) =>
  m.responsibilities.filter((r) => r.item === id).map((r) => `${r.role}:${r.asWritten}`);

function expectRead(m: PlanModel) {
  expect(m.items.map((i) => [i.id, i.numbering, i.text])).toEqual([
    ["R1.3", "3", "固定资产投资增长7.5%左右。"],
    ["R1.68", "68", "加快建设黎明小学扩建教学楼项目。"],
    ["R1.69", "69", "深化校企合作,积极引进优质教育资源。"]
  ]);
  // The section rows are groups over the rows after them, not items; the two with no row under them too.
  expect(m.groups.map((g) => g.title)).toEqual(["一、主要预期目标", "二、全力以赴扩投资", "三、全力以赴惠民生"]);
  expect(m.items.map((i) => m.groups.find((g) => g.id === i.group)?.title)).toEqual([
    "一、主要预期目标",
    "三、全力以赴惠民生",
    "三、全力以赴惠民生"
  ]);
  expect(links(m, "R1.3")).toEqual(["lead:区发展改革委", "support:区住房城乡建设局", "support:区交通运输局"]);
  expect(links(m, "R1.68")).toEqual(["lead:区教育局", "support:区财政局", "support:各街道办事处"]);
  expect(links(m, "R1.69")).toEqual(["lead:区教育局", "support:区人力资源社会保障局"]);
  // The header's cells are the table's, never the title's.
  expect(m.document.title).toBe(TITLE);
  expect(m.warnings.filter((w) => w.code === "no-clause" || w.code === "table-row")).toEqual([]);
}

describe("task tables cut by their header's width", () => {
  test("one cell per line, no blank lines", () => expectRead(parse(CELLS.join("\n"))));
  test("one cell per line, a blank line between cells", () => expectRead(parse(CELLS.join("\n\n"))));

  test("a 完成时限 column: the rows are five cells, the deadline the item's", () => {
    const text = [
      TITLE,
      "序号",
      "工作任务",
      "牵头单位",
      "配合单位",
      "完成时限",
      "一、扩大有效投资",
      "5",
      "开工建设城东学校。",
      "区教育局",
      "区自然资源局。",
      "2025年10月底前",
      "二、办好民生实事",
      "9",
      "新增学位2000个。",
      "区教育局",
      "各街道办事处。",
      "2025年12月底前"
    ].join("\n");
    const m = parse(text);
    expect(m.items.map((i) => [i.id, i.text, i.deadline?.date])).toEqual([
      ["R1.5", "开工建设城东学校。", "2025-10-31"],
      ["R1.9", "新增学位2000个。", "2025-12-31"]
    ]);
    expect(links(m, "R1.5")).toEqual(["lead:区教育局", "support:区自然资源局"]);
    expect(m.groups.map((g) => g.title)).toEqual(["一、扩大有效投资", "二、办好民生实事"]);
  });

  test("a row that misses a cell keeps what it has and is warned about, naming its line", () => {
    const lines = [...CELLS];
    // Row 68 lost its supporting bodies' cell.
    lines.splice(lines.indexOf("区财政局、各街道办事处。"), 1);
    const m = parse(lines.join("\n"));
    expect(m.items.map((i) => i.id)).toEqual(["R1.3", "R1.68", "R1.69"]);
    expect(links(m, "R1.68")).toEqual(["lead:区教育局"]);
    const warned = m.warnings.filter((w) => w.code === "table-row");
    expect(warned.map((w) => w.line)).toEqual([lines.indexOf("68") + 1]);
    expect(warned[0].message).toContain("row 68");
  });

  test("a task cell that opens with a marker is the row's task, not a section row", () => {
    const m = parse(
      [
        TITLE,
        "序号",
        "工作任务",
        "牵头单位",
        "配合单位",
        "一、扩大投资",
        "4",
        "(一)开工建设城东学校。",
        "区教育局",
        "区财政局。",
        "7",
        "1.新增学位。",
        "区教育局",
        "各街道办事处。"
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, i.text])).toEqual([
      ["R1.4", "(一)开工建设城东学校。"],
      ["R1.7", "1.新增学位。"]
    ]);
    expect(m.groups.map((g) => g.title)).toEqual(["一、扩大投资"]);
    expect(links(m, "R1.7")).toEqual(["lead:区教育局", "support:各街道办事处"]);
  });

  test("a table whose cells wrap over lines is not this layout (rowBlocks.ts reads it)", () => {
    const wrapped = [
      "序号",
      "工作任务",
      "牵头单位",
      "1",
      "加快建设",
      "城东学校。",
      "区教育局",
      "2",
      "新增学位。",
      "区教育局"
    ];
    expect(headedCellTables(wrapped)).toEqual([]);
  });

  test("a header with a column the task tables do not know is not this layout", () => {
    expect(headedCellTables(["序号", "工作任务", "牵头单位", "说明", "1", "甲。", "区教育局", "乙"])).toEqual([]);
  });
});

/**
 * A commission's 任务分解表 (sh-jtw-2024-zonghejiaotong's form): 序号 / 内容 / 牵头部门 / 配合部门 / one column per
 * year / 备注, the 内容 cell merged down over the rows below it, 配合 names one a line, '—' for none, and a year's cell
 * written as numbered lines of its own.
 */
const YEARS = [
  "某市交通委员会2024年工作方案任务分解表",
  "序号",
  "内容",
  "牵头部门",
  "配合部门",
  "2024年工作任务",
  "2025年工作计划",
  "备注",
  "一、科学编制规划",
  "1",
  "科学编制综合交通规划",
  "综合规划处",
  "委内各相关处室",
  "1.完善规划基本思路。",
  "2.编制区域综合交通规划。",
  "3.启动相关区规划编制。",
  "1.启动编制规划。",
  "2.深化规划成果。",
  "2",
  "推进快速干线建设",
  "综合规划处",
  "—",
  "推进轨道交通前期工作。",
  "推进四期建设规划编制。",
  "3",
  "交通建设处",
  "设施养护处",
  "推进快速路项目建设。",
  "推进越江隧道项目建设。",
  "二、推动系统化发展",
  "4",
  "开展绿色慢行交通系统建设",
  "设施运行处",
  "综合规划处",
  "设施养护处",
  "完成慢行交通品质提升项目120项。",
  "完成慢行交通品质提升项目150项。"
];

describe("task tables one cell a line, read by their lines' kinds", () => {
  test("a bare 内容 header and one column per year (2024年工作任务, 2025年工作计划) make a task table's header", () => {
    const [table] = headedCellTables(YEARS);
    expect(table?.rows[0].cells).toEqual([
      "序号",
      "内容",
      "牵头部门",
      "配合部门",
      "2024年工作任务",
      "2025年工作计划",
      "备注"
    ]);
    expect(parse(YEARS.join("\n")).items.map((i) => i.numbering)).toEqual(["1", "2", "3", "4"]);
  });

  test("a row with no 内容 cell takes the 内容 merged down from the row above", () => {
    const m = parse(YEARS.join("\n"));
    const three = m.items.find((i) => i.id === "R1.3")!;
    expect(three.title).toBe("推进快速干线建设");
    expect(links(m, "R1.3")).toEqual(["lead:交通建设处", "support:设施养护处"]);
    expect(m.warnings.filter((w) => w.code === "table-row")).toEqual([]);
  });

  test("a merged 内容 does not reach over a section row: such a row is cut by the header's width", () => {
    const lines = [...YEARS];
    // Row 4 loses its 内容, just after the section row 二、.
    lines.splice(lines.indexOf("开展绿色慢行交通系统建设"), 1);
    const [table] = headedCellTables(lines);
    const four = table.rows.find((r) => r.cells[0] === "4")!;
    expect(four.cells[1]).not.toBe("推进快速干线建设");
  });

  test("names one a line after the lead are all the 配合部门's; — names no one", () => {
    const m = parse(YEARS.join("\n"));
    expect(links(m, "R1.4")).toEqual(["lead:设施运行处", "support:综合规划处", "support:设施养护处"]);
    expect(links(m, "R1.2")).toEqual(["lead:综合规划处"]);
    expect(links(m, "R1.1")).toEqual(["lead:综合规划处", "support:委内各相关处室"]);
  });

  test("numbered lines inside a cell are that cell's, never items; a list restarting at 1. is the next column's", () => {
    const [table] = headedCellTables(YEARS);
    const one = table.rows.find((r) => r.cells[0] === "1")!;
    expect(one.cells.slice(4)).toEqual([
      "1.完善规划基本思路。2.编制区域综合交通规划。3.启动相关区规划编制。",
      "1.启动编制规划。2.深化规划成果。",
      ""
    ]);
    const m = parse(YEARS.join("\n"));
    expect(m.items.map((i) => i.id)).toEqual(["R1.1", "R1.2", "R1.3", "R1.4"]);
    // Each year's cell is its column's: the year's targets are the row's.
    expect(m.targets.filter((t) => t.item === "R1.4").map((t) => t.value)).toEqual([120, 150]);
  });

  test("a department's plan whose responsibilities are only in such a table: the issuer holds nothing by default", () => {
    const text = [
      "某市交通委员会关于印发《某市综合交通体系建设工作方案》的通知",
      "各相关部门：",
      "现将《某市综合交通体系建设工作方案》印发给你们，请认真贯彻执行。",
      "某市交通委员会",
      "2024年12月25日",
      "某市综合交通体系建设工作方案",
      "一、科学编制规划",
      "（一）编制体系规划。着力优化城市交通基础设施系统布局。",
      ...YEARS
    ].join("\n");
    const m = parse(text);
    expect(m.items.filter((i) => /^R/.test(i.id)).map((i) => i.numbering)).toEqual(["1", "2", "3", "4"]);
    expect(m.responsibilities.filter((r) => r.byIssuer)).toEqual([]);
  });
});
