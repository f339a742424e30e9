import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {blockTables, isBodyLine} from "../src/lib/reader/rowBlocks.js";
import {fixture, parse} from "./plan.js";

const WRAPPED = `附件:重点任务分解表
序号
任务类型
重点内容
责任单位
参考文件
1
海绵城市
建设管理
区建设管理委负责指导推进海绵城市建设工作,定期组织检查评估。
区建设管理委、区发展改革委、
区水务局、
区绿化市容局等相关部门,
各街镇
《海绵城市规划建设管理工作指引》
序号
任务类型
重点内容
责任单位
参考文件
2
海绵城市
系统方案
2026年底前完成系统方案编制。
区建设管理委
《本市系统化全域推进海绵
城市建设的实施意见》`;

describe("isBodyLine", () => {
  test("a line of bodies' names, with 等相关部门 and a trailing 、 or ,", () => {
    expect(isBodyLine("区建设管理委、区发展改革委、")).toBe(true);
    expect(isBodyLine("区绿化市容局等相关部门,")).toBe(true);
    expect(isBodyLine("各街镇")).toBe(true);
    expect(isBodyLine("区建设管理委负责指导推进海绵城市建设工作,定期组织检查评估。")).toBe(false);
    expect(isBodyLine("《海绵城市规划建设管理工作指引》")).toBe(false);
  });
});

describe("blockTables", () => {
  test("cuts each numbered row into the task, the bodies and the column after them; a repeated header is left out", () => {
    const [table] = blockTables(WRAPPED.split("\n"));
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["序号", "任务类型", "重点内容", "责任单位", "参考文件"],
      [
        "1",
        "海绵城市建设管理区建设管理委负责指导推进海绵城市建设工作,定期组织检查评估。",
        "",
        "区建设管理委、区发展改革委、区水务局、区绿化市容局等相关部门,各街镇",
        "《海绵城市规划建设管理工作指引》"
      ],
      [
        "2",
        "海绵城市系统方案2026年底前完成系统方案编制。",
        "",
        "区建设管理委",
        "《本市系统化全域推进海绵城市建设的实施意见》"
      ]
    ]);
  });
  test("a header word wrapped over two lines (牵头 / 部门, 配合 / 部门) is one cell", () => {
    const [table] = blockTables(
      "序号\n重点任务\n牵头\n部门\n配合\n部门\n1\n加快推进湿垃圾处理项目。\n区绿化市容局\n区规划资源局\n2\n排摸菜场现状。\n区市场监管局\n区商务委".split(
        "\n"
      )
    );
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["序号", "重点任务", "牵头部门", "配合部门"],
      ["1", "加快推进湿垃圾处理项目。", "区绿化市容局", "区规划资源局"],
      ["2", "排摸菜场现状。", "区市场监管局", "区商务委"]
    ]);
    expect(table.rows[0].lines).toEqual([[0], [1], [2, 3], [4, 5]]);
  });
  test("a name that carries its other names in brackets is a body's name", () => {
    expect(isBodyLine("区委组织部(区公务员局)")).toBe(true);
    expect(isBodyLine("区委宣传部(区文明办、区政府新闻办、区委网信办)、区民政局")).toBe(true);
    expect(isBodyLine("原则上按500户配1名(含兼职)")).toBe(false);
  });
  test("with a lead and a support column, a lead's line that ends with 、 runs on; names one a line are a list", () => {
    const m = parse(
      "附件1\n序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n1\n提高处理能力\n加快推进湿垃圾处理项目。\n区政府办公室、区绿化市容局、\n区规划资源局、区重大办\n2019年\n2\n排摸菜场现状。\n区市场监管局\n区商务委\n区绿化市容局\n2019年\n3\n推动党政机关垃圾分类。\n区机管局\n区绿化市容局\n区党政机关、公共机构\n2019年9月\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:区政府办公室",
      "R1.1 lead:区绿化市容局",
      "R1.1 lead:区规划资源局",
      "R1.1 lead:区重大办",
      "R1.2 lead:区市场监管局",
      "R1.2 support:区商务委",
      "R1.2 support:区绿化市容局",
      "R1.3 lead:区机管局",
      "R1.3 support:区绿化市容局",
      "R1.3 support:区党政机关",
      "R1.3 support:公共机构"
    ]);
    expect(m.items.map((i) => i.deadline?.raw)).toEqual(["2019年", "2019年", "2019年9月"]);
  });
  test("a header with no bodies' column is not such a table", () => {
    expect(blockTables("序号\n任务\n完成时限\n1\n修订办法\n2025年底".split("\n"))).toEqual([]);
    // A column of the leading person (牵头领导) is no bodies' column either.
    expect(blockTables("序号\n工作任务\n牵头领导\n1\n修订办法\n张三".split("\n"))).toEqual([]);
  });
  test("a header's cells are read without the spaces between their characters, a bodies' column by any label of bodies", () => {
    // 国办函[2016]38号, one cell a line: 序号 / 工 作 任 务 / 牵头负责部门.
    const [spaced] = blockTables(
      "序号\n工 作 任 务\n牵头负责部门\n1\n城镇新增就业1000万人以上\n人力资源社会保障部".split("\n")
    );
    expect(spaced.rows.map((r) => r.cells)).toEqual([
      ["序号", "工 作 任 务", "牵头负责部门"],
      ["1", "城镇新增就业1000万人以上", "人力资源社会保障部"]
    ]);
    const [hosted] = blockTables(
      "序号\n重点工作\n主办单位\n协办单位\n1\n新建5G基站2000个\n市工业和信息化局\n市住房城乡建设局".split("\n")
    );
    expect(hosted.rows.map((r) => r.cells)).toEqual([
      ["序号", "重点工作", "主办单位", "协办单位"],
      ["1", "新建5G基站2000个", "市工业和信息化局", "市住房城乡建设局"]
    ]);
  });
});

describe("wrapped task tables in a plan", () => {
  test("each row is an item, its bodies' cell its clause, its names at their places in the text", () => {
    const m = parse(`一、任务\n(一)推进建设。(责任单位:区建设管理委)\n${WRAPPED}\n`);
    expect(m.items.map((i) => [i.id, i.title.slice(0, 8)])).toEqual([
      ["T1", "推进建设"],
      ["R1.1", "海绵城市建设管理"],
      ["R1.2", "海绵城市系统方案"]
    ]);
    const links = m.responsibilities.filter((r) => r.item === "R1.1");
    expect(links.map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "joint:区建设管理委",
      "joint:区发展改革委",
      "joint:区水务局",
      "joint:区绿化市容局",
      "joint:各街镇"
    ]);
    const text = `一、任务\n(一)推进建设。(责任单位:区建设管理委)\n${WRAPPED}\n`;
    for (const r of links) expect(text.slice(r.source.start, r.source.end)).toBe(r.asWritten);
    expect(m.responsibilities.filter((r) => r.item === "R1.2").map((r) => r.role)).toEqual(["lead"]);
  });
});

describe("captioned tables", () => {
  test("a table under a caption line is not the text of the item above it, whose clause stays its own", () => {
    const m = parse(
      "一、任务\n1.编制方案。计划见表2。(责任单位:区建设管理委)\n表2 编制计划表\n年份\n区域\n2024年\n马陆社区\n2.打造样板。(责任单位:区水务局)\n"
    );
    expect(m.items.map((i) => [i.numbering, i.text])).toEqual([
      ["1.", "编制方案。计划见表2。"],
      ["2.", "打造样板。"]
    ]);
    expect(m.responsibilities.map((r) => `${r.item}:${r.asWritten}`)).toEqual(["T1:区建设管理委", "T2:区水务局"]);
  });
});

// The shape of an attachment's 重点任务清单 with its category column before 序号 and its 推进单位 cells merged down
// their rows (as 静府办发〔2023〕13号 publishes it; the cells here are made up).
const CATEGORIZED = `附件
某区重点任务清单
任务类型
序号
工作任务
推进单位
行动一:再造发展新极行动
1
推进甲地区整体更新。
区规划资源局、区建设管理委
行动二:重塑美丽新居行动
旧区改造
2
完成旧里房屋改造
区"两旧"专班、区房管局、区旧改总办
旧住房更新改造
3
推进旧住房成套改造。
4
加装电梯700台
行动三:智创和谐新境行动
公共空间优化
5
改建口袋公园
区绿化市容局`;

describe("task lists with a category column before 序号", () => {
  test("a category column before 序号: spanning headings and categories are heading rows, nested", () => {
    const m = parse(`一、任务\n(一)推进建设。(责任单位:区建设管理委)\n${CATEGORIZED}\n`);
    const groups = new Map(m.groups.map((g) => [g.id, g]));
    expect(
      m.items.filter((i) => i.id.startsWith("R")).map((i) => [i.id, i.title, groups.get(i.group!)?.title])
    ).toEqual([
      ["R1.1", "推进甲地区整体更新", "行动一:再造发展新极行动"],
      ["R1.2", "完成旧里房屋改造", "旧区改造"],
      ["R1.3", "推进旧住房成套改造", "旧住房更新改造"],
      ["R1.4", "加装电梯700台", "旧住房更新改造"],
      ["R1.5", "改建口袋公园", "公共空间优化"]
    ]);
    expect(m.groups.find((g) => g.title === "旧区改造")?.parent).toBe(
      m.groups.find((g) => g.title.startsWith("行动二"))?.id
    );
  });
  test("a bodies' cell merged down its rows is shared by the rows with none, up to a heading that spans the table", () => {
    const m = parse(`一、任务\n(一)推进建设。(责任单位:区建设管理委)\n${CATEGORIZED}\n`);
    const of = (id: string) => m.responsibilities.filter((r) => r.item === id).map((r) => r.asWritten);
    expect(of("R1.3")).toEqual(['区"两旧"专班', "区房管局", "区旧改总办"]);
    expect(of("R1.4")).toEqual(of("R1.3"));
    expect(of("R1.5")).toEqual(["区绿化市容局"]);
  });
  test("a list of bodies may hold one name the body rules do not know (a working group) among three or more", () => {
    expect(isBodyLine('区"两旧"专班、区房管局、区旧改总办')).toBe(true);
    expect(isBodyLine('区"两旧"攻坚组、区房管局、区旧改总办')).toBe(true);
    expect(isBodyLine('区"两旧"攻坚组、区房管局')).toBe(false);
    expect(isBodyLine("推进旧住房成套改造、区房管局、区旧改总办")).toBe(false);
  });
});

// Task tables of web copies, one cell a line with each cell's border kept (shapes of county plans' 任务分工 as their
// pages print them; the plans and cells are made up in their words).
const NANLING = readFileSync(fixture("shapes/nanling-bar-cells.txt"), "utf8");
const WANZHI = readFileSync(fixture("shapes/wanzhi-bordered-cells.txt"), "utf8");

describe("task tables copied one cell per line with each cell's border", () => {
  const rows = (m: ReturnType<typeof parse>) =>
    m.items.filter((i) => i.id.startsWith("R")).map((i) => [i.id, i.title, i.deadline?.raw ?? null]);
  const links = (m: ReturnType<typeof parse>) =>
    m.responsibilities.filter((r) => r.item?.startsWith("R")).map((r) => `${r.item} ${r.role}:${r.asWritten}`);
  test("each line closed by ` |`: the header names the columns, each row an item with its bodies and deadline", () => {
    const m = parse(NANLING);
    expect(rows(m)).toEqual([
      ["R1.1", "推进县级物流配送中心建设，整合快递物流资源，实现统仓共配", "2024年底前"],
      ["R1.2", "改造提升乡镇商贸中心，引导大型连锁企业向乡镇延伸", "2025年6月底前"],
      ["R1.3", "完善村级便民商店，推动农村电商服务站点全覆盖", "2025年底前"]
    ]);
    expect(links(m)).toEqual([
      "R1.1 lead:县商务局",
      "R1.2 joint:县商务局",
      "R1.2 joint:县市场监管局",
      "R1.3 lead:各乡镇人民政府"
    ]);
    // Positions are the cells' in the text, without their borders.
    for (const r of m.responsibilities.filter((r) => r.item?.startsWith("R")))
      expect(NANLING.slice(r.source.start, r.source.end)).toBe(r.asWritten);
    const item = m.items.find((i) => i.id === "R1.1")!;
    expect(NANLING.slice(item.source.start, item.source.end)).toContain("推进县级物流配送中心建设");
  });
  test("the same table with | at both ends of each line, or a tab after each cell, reads the same", () => {
    const base = parse(NANLING);
    const both = parse(NANLING.replace(/^(.*) \|$/gm, "| $1 |"));
    const tabs = parse(NANLING.replace(/ \|$/gm, "\t"));
    for (const m of [both, tabs]) {
      expect(rows(m)).toEqual(rows(base));
      expect(links(m)).toEqual(links(base));
    }
  });
  test("bordered cells: headings of groups (| 二、组织实施 |) inside the table, a cell wrapped over lines, an empty cell", () => {
    const m = parse(WANZHI);
    const groups = new Map(m.groups.map((g) => [g.id, g.title]));
    expect(
      m.items
        .filter((i) => i.id.startsWith("R"))
        .map((i) => [i.id, i.title, groups.get(i.group!), i.deadline?.raw ?? null])
    ).toEqual([
      ["R1.1", "全面摸清老旧小区基本情况，建立改造项目库", "一、摸底调查", "2024年3月底前"],
      ["R1.2", "编制年度改造计划，明确改造内容和标准，报区政府审定后实施", "一、摸底调查", "2024年4月底前"],
      ["R1.3", "完善小区水电气路等基础设施", "二、组织实施", null],
      ["R1.4", "建立长效管理机制，推行物业服务全覆盖", "二、组织实施", "长期坚持"]
    ]);
    expect(links(m).filter((l) => l.startsWith("R1.3") || l.startsWith("R1.4"))).toEqual([
      "R1.3 lead:区住建局",
      "R1.3 support:国网湾沚供电公司",
      "R1.3 support:区城管局",
      "R1.4 lead:各镇人民政府",
      "R1.4 support:区住建局",
      "R1.4 support:区民政局"
    ]);
    // 二、组织实施 is the table's heading, not a chapter of the plan read twice; 二、任务分工, holding only the table, is a
    // chapter over it, not an item without a clause.
    expect(m.items.filter((i) => i.id.startsWith("T")).map((i) => i.title)).toEqual(["保障措施"]);
    expect(m.warnings.filter((w) => w.message.includes("appears twice"))).toEqual([]);
  });
  test("lines closed by | fewer than three in a row, or a boxed column's right border, read as before", () => {
    const box =
      "一、推进质量强县建设\n(一)提升产品质量。开展质量提升行动。(县市场监管局牵头,县工信局配合)\n专栏1 质量提升重点工程 |\n——实施制造业质量提升工程。(县工信局) |\n——实施农产品质量安全工程。(县农业农村局) |\n——实施服务质量提升工程。(县商务局) |\n(二)强化标准引领。(县市场监管局)\n";
    const plain = box.replace(/ \|$/gm, "");
    const ids = (m: ReturnType<typeof parse>) => m.items.map((i) => [i.id, i.title]);
    expect(ids(parse(box))).toEqual(ids(parse(plain)));
    expect(ids(parse(box))).toEqual([
      ["T1", "提升产品质量"],
      ["A1.1", "实施制造业质量提升工程"],
      ["A1.2", "实施农产品质量安全工程"],
      ["A1.3", "实施服务质量提升工程"],
      ["T2", "强化标准引领"]
    ]);
    const prose = "一、任务\n(一)推进建设。 |\n加快实施。(县发改委) |\n(二)完善机制。(县财政局)\n";
    expect(ids(parse(prose))).toEqual([
      ["T1", "推进建设"],
      ["T2", "完善机制"]
    ]);
  });
});

describe("a bodies' cell whose name is wrapped inside it", () => {
  test("a name cut at the cell's line end (县商务局、县农业农 / 村局) is one body, no piece of the task", () => {
    const m = parse(
      "县2021年工作任务分解表\n序号\n工作任务\n责任单位\n完成时限\n1\n推进县级物流配送中心建设,完善农村物流网络。\n" +
        "县商务局、县农业农\n村局\n2024年底前\n2\n推进农贸市场改造。\n县市场监管局\n2024年底前\n"
    );
    expect(m.items.map((i) => i.title)).toEqual(["推进县级物流配送中心建设,完善农村物流网络", "推进农贸市场改造"]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 joint:县商务局",
      "R1.1 joint:县农业农村局",
      "R1.2 lead:县市场监管局"
    ]);
  });
});
