// Tables attached as 附表 (a task-division table one cell per line, with section rows and cells merged down), the
// list of attachments after the last item, and what the reading report counts as read there. The shapes are those of
// 沪交科〔2023〕429号 (test/fixtures/real/sh-jtw-2023-pv).
import {describe, expect, test} from "vitest";
import {readingReport} from "../src/lib/reader/coverage.js";
import {readGluedArabic} from "../src/lib/reader/numbering.js";
import {blockTables} from "../src/lib/reader/rowBlocks.js";
import {parse} from "./plan.js";

const PLAN = `某市交通领域光伏推广应用实施方案
一、主要任务
(一)推进示范工程
1.“光伏+地铁”工程。推进车站光伏建设。(责任单位:申通地铁集团)
2.“光伏+铁路”工程。推进站房光伏改造。(责任单位:中国铁路上海局)
二、保障措施
(一)强化组织领导。建立推进机制。
附表:1.任务分工表
2.各区光伏任务分配表
附表1
任务分工表
打*的为具体项目
序号
事项
工作措施
责任单位
推进实施“光伏+”示范工程
1
“光伏+地铁”工程
充分利用轨道交通内既有高架车站、地面车站等资源，进行光伏项目的开发和建设
申通地铁集团
2
新建高架车站、地面车站等要求屋顶光伏覆盖面积达到50%
3
“光伏+铁路”工程
充分利用候车楼、货场、站房等资源，对符合条件的既有站点进行光伏改造
中国铁路上海局
4
推动交通领域新建建筑物按要求配建分布式光伏
建立健全“光伏+”推进机制
5
研究制订绿电交易规则
市发展改革委
6
完善考核评估机制
夯实区级政府管理责任，推进各区落实交通领域光伏建设要求
市发展改革委、市交通委
7
提高发展光伏在各类评优推先中的权重
附表2
各区光伏任务分配表
序号
区域
新增装机容量(MW)
1
嘉定区
4.2-5.5
`;

describe("tables attached as 附表", () => {
  test("附表: and 附表1 start the attachments: the list of attachments after the last item is no child of it", () => {
    const m = parse(PLAN);
    expect(m.items.filter((i) => !i.id.startsWith("R")).map((i) => i.text.slice(0, 10))).toEqual([
      "“光伏+地铁”工程。",
      "“光伏+铁路”工程。"
    ]);
    expect(m.groups.find((g) => /分配表|任务分工表/.test(g.text))).toBeUndefined();
    expect(m.items.some((i) => /分配表|2-5\.5/.test(i.text))).toBe(false);
  });
  test("a task table one cell per line: section rows spanning it are groups, a bodies' cell merged down is shared", () => {
    const m = parse(PLAN);
    const rows = m.items.filter((i) => i.id.startsWith("R"));
    const held = (id: string) => m.responsibilities.filter((r) => r.item === id).map((r) => `${r.role}:${r.asWritten}`);
    expect(rows.map((r) => r.id)).toEqual(["R1.1", "R1.2", "R1.3", "R1.4", "R1.5", "R1.6", "R1.7"]);
    expect(held("R1.2")).toEqual(["lead:申通地铁集团"]);
    expect(held("R1.4")).toEqual(["lead:中国铁路上海局"]);
    expect(held("R1.5")).toEqual(["lead:市发展改革委"]);
    expect(held("R1.7")).toEqual(["joint:市发展改革委", "joint:市交通委"]);
    const group = (id: string) => m.groups.find((g) => g.id === rows.find((r) => r.id === id)!.group)?.title;
    expect(group("R1.1")).toBe("推进实施“光伏+”示范工程");
    expect(group("R1.4")).toBe("推进实施“光伏+”示范工程");
    expect(group("R1.5")).toBe("建立健全“光伏+”推进机制");
  });
  test("a section row between rows is not the last line of the row above, whose bodies are merged down", () => {
    const lines = PLAN.split("\n").map((l) => l.trim());
    const [table] = blockTables(lines);
    const cells = table.rows.map((r) => r.cells.filter(Boolean).join(" | "));
    expect(cells).toContain("推动交通领域新建建筑物按要求配建分布式光伏 | 中国铁路上海局".replace(/^/, "4 | "));
    expect(cells).toContain("建立健全“光伏+”推进机制");
  });
  test("the reading report counts the lines no table holds, not the list of attachments nor a table's caption", () => {
    const m = parse(PLAN);
    // 附表2's lines (no task table: no task column) are not read; 2.各区… (the list), 任务分工表 and 打*的为具体项目
    // (the caption and legend between 附表1 and the header) are no content.
    const text = PLAN.split("\n");
    expect(m.coverage.attachmentLinesNotRead.map((n) => text[n - 1])).toEqual([
      "各区光伏任务分配表",
      "序号",
      "区域",
      "新增装机容量(MW)",
      "1",
      "嘉定区",
      "4.2-5.5"
    ]);
    expect(readingReport(m)).toMatch(/7 lines of the attachments not read \(from line 41/);
  });
  test("a 附件： line and its caption written with full-width colons are no content, as with ASCII ones", () => {
    // The text shown keeps the published ：; the report counts lines on the folded text (found on 沪交科〔2024〕 精细化管理).
    const m = parse(
      "一、主要任务\n(一)提升质量。(市市场监管局负责)\n附件：任务清单（2024-2026年）\n附件：\n任务清单（2024-2026年）\n序号\n任务\n牵头单位\n1\n建设站点\n市交通委\n"
    );
    expect(m.coverage.attachmentLinesNotRead).toEqual([]);
  });
  test("附表 over an indicator table inside a chapter is its caption, not the start of the attachments", () => {
    const m = parse(
      "一、主要目标\n附表\n序号 | 指标 | 2025年\n1 | 合格率 | 98\n二、任务\n(一)提升质量。(市市场监管局负责)\n"
    );
    expect(m.coverage.attachmentLinesNotRead).toEqual([]);
    expect(m.items.map((i) => i.text)).toEqual(["提升质量。"]);
  });
});

describe("readGluedArabic", () => {
  test("a number glued to a title that starts with digits is a numbering; a number that goes on as a number is not", () => {
    expect(readGluedArabic("11.121人才梯队项目", 11)).toMatchObject({number: 11});
    expect(readGluedArabic("4.2-5.5", 4)).toBeNull();
    expect(readGluedArabic("3.5%", 3)).toBeNull();
    expect(readGluedArabic("1.5", 1)).toBeNull();
  });
});

describe("a notice that numbers paragraphs of its own", () => {
  test("its 一、二、三 before its signature are the notice's, not chapters of the plan after it", () => {
    const m = parse(
      "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n蔡政办〔2023〕1号\n" +
        "各街道办事处:\n现印发给你们,并就有关事项通知如下:\n一、各责任单位要高度重视,切实加强领导。\n" +
        "二、区绩效考评机构要纳入绩效管理考核范围。\n三、各责任单位要每季度报送进展情况。\n蔡甸区人民政府办公室\n" +
        "2023年1月3日\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n一、主要预期目标\n" +
        "(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
    );
    expect(m.chapters.map((c) => c.title)).toEqual(["主要预期目标"]);
    expect(m.document).toMatchObject({
      title: "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
      issuer: "蔡甸区人民政府办公室",
      date: "2023-01-03"
    });
  });
  test("a notice without numbered paragraphs, or with its attachment after the signature, keeps its outline", () => {
    const m = parse(
      "某区人民政府关于印发某方案的通知\n各单位:\n一、加强领导。(区发展改革委负责)\n二、强化保障。(区财政局负责)\n" +
        "某区人民政府\n2023年1月3日\n附件\n某区重点任务清单\n"
    );
    expect(m.items.map((i) => i.text.slice(0, 4))).toEqual(["加强领导", "强化保障"]);
  });
});

describe("a notice's requirements to the recipients, its plan handed out in a document of its own", () => {
  const NOTICE = "市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知\n各县、区人民政府,市政府各部门:\n";
  test("the 一、二、 after a lead sentence that hands the plan out (…给你们, …分解下发) are no items, the copy holding no plan", () => {
    for (const lead of [
      "现印发给你们,并就有关事项通知如下,请一并贯彻执行。",
      "现将2025年市《政府工作报告》目标任务责任分解给你们,请认真抓好落实。有关事项通知如下:",
      "经市政府同意,现将主要目标任务分解下发,请认真抓好落实。"
    ]) {
      const m = parse(
        `${NOTICE}${lead}\n一、强化责任意识。各地各单位要压实责任,由办公室负责抓好综合协调。\n` +
          "二、加强督查考核。市政府督查室要定期督查,提请市人民政府通报。\n"
      );
      expect(m.items, lead).toEqual([]);
      expect(m.responsibilities, lead).toEqual([]);
    }
  });
  test("after the notice's signature, the plan it handed out is read: its items, not the requirements", () => {
    const m = parse(
      `${NOTICE}现印发给你们,并就有关事项通知如下:\n一、高度重视。各单位要加强领导。\n二、按时报送。各单位要每季度报送进展。\n` +
        "市人民政府办公室\n2025年1月14日\n(此件公开发布)\n附件\n一、主要目标\n(一)地区生产总值增长6%。(责任单位:市发展改革委)\n" +
        "(二)城镇新增就业2万人。(责任单位:市人社局)\n"
    );
    expect(m.items.map((i) => i.text.slice(0, 6))).toEqual(["地区生产总值", "城镇新增就业"]);
  });
  test("a numbered line that breaks the requirements' 二、三、 run, no signature between (a web copy that dropped it), begins the plan", () => {
    const m = parse(
      `${NOTICE}现将《某市分工落实方案》印发给你们,请认真贯彻实施。\n一、高度重视,认真研究政策。各部门要强化组织领导。\n` +
        "二、压实责任,推动工作落实。各牵头单位要统筹落实。\n1. 先行区实现重大突破。(牵头单位:市发展改革委)\n" +
        "2. 到2025年,单位地区生产总值能耗下降14.5%。(牵头单位:市发展改革委;配合单位:市工业和信息化局)\n"
    );
    expect(m.items.map((i) => i.text.slice(0, 5))).toEqual(["先行区实现", "到2025"]);
    expect(m.responsibilities.map((r) => `${r.role} ${r.asWritten}`)).toContain("support 市工业和信息化局");
    // Counter-example: after an attachment list (附件:1.…) a numbered line is the list's, and the copy holds no plan.
    const listed = parse(
      `${NOTICE}现将《某市分工落实方案》印发给你们,请认真贯彻实施。\n一、高度重视,认真研究政策。各部门要强化组织领导。\n` +
        "附件:1.某市分工落实方案\n2.某市重点事项清单\n"
    );
    expect(listed.items).toEqual([]);
  });
  test("requirements numbered 1. 2. 3. (not 一、二、) after a lead that hands the plan out are no items, in traditional characters too", () => {
    const m = parse(
      "某市人民政府辦公室關于印發《2021年市〈政府工作報告〉任務分解和責任分工方案》的通知\n各縣、區人民政府,市政府各部門:\n" +
        "現將《2021年市〈政府工作報告〉任務分解和責任分工方案》印發給你們,并就抓好《方案》落實通知如下:\n" +
        "1.明確任務,壓實責任。各牽頭單位要細化工作舉措,具體推進實施方案于2月7日前報送市政府。\n" +
        "2.統籌協調,合力攻堅。各責任單位要積極配合、主動作為。\n" +
        "3.加強督考,狠抓落實。市政府督考辦要加大督查力度,年底逐一績效對賬。\n某市人民政府辦公室\n2021年1月25日\n"
    );
    expect(m.items).toEqual([]);
    expect(m.responsibilities).toEqual([]);
    // Counter-example: a 1. under a lead that does not say requirements follow stays the plan's item.
    const plan = parse(
      "各单位:\n现将任务印发给你们。\n1.推进建设。(区建设管理委牵头)\n2.完善机制。(区发展改革委牵头)\n"
    );
    expect(plan.items).toHaveLength(2);
  });
  test("a lead that asks the recipients to follow 以下要求 goes on with requirements: its 一、二、 are no items", () => {
    const m = parse(
      "某市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n各区、县(市)人民政府,市政府各部门:\n" +
        "《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请结合以下要求认真贯彻执行。\n" +
        "一、2020年是高水平全面建成小康社会和“十三五”规划收官之年,也是统筹推进疫情防控和经济社会发展极为关键一年。各级各部门要强化责任,确保2020年各项年度目标任务圆满完成。\n" +
        "二、责任分解中,列第一位的责任单位为牵头单位。各牵头单位要及时向市政府报告重点工作完成情况。\n" +
        "某市人民政府办公厅\n2020年5月20日\n"
    );
    expect(m.items).toEqual([]);
    expect(m.responsibilities).toEqual([]);
  });
  test("a lead that has the tasks 进行责任分解 hands out its attachment: the attachment is the plan, its title the plan's", () => {
    const m = parse(
      "关于某市重点工作责任分解的通知\n各乡镇人民政府,市政府各部门:\n" +
        "经市政府同意,现将《政府工作报告》确定的工作任务进行责任分解,请认真贯彻执行。\n" +
        "一、加强组织领导。要按照责任分工,逐条逐项有序推进。\n" +
        "二、加强协调配合。各牵头单位要切实履行牵头责任,各责任单位要密切配合支持。\n" +
        "附件:某市重点工作责任分解\n某市人民政府办公室\n2021年1月27日\n附件\n某市重点工作责任分解\n一、主要预期目标\n" +
        "(一)地区生产总值增长11%。(责任领导:张三;牵头单位:市发改局)\n" +
        "(二)全社会固定资产投资增长12%。(责任领导:张三;牵头单位:市财政局)\n"
    );
    expect(m.items.map((i) => i.text.slice(0, 4))).toEqual(["地区生产", "全社会固"]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`)).toEqual([
      "T1 lead 市发改局",
      "T2 lead 市财政局"
    ]);
    expect(m.document.title).toBe("某市重点工作责任分解");
  });
  test("a plan's chapter heading alone on its line right after the lead (the plan's title lost) stays the plan's", () => {
    const m = parse(
      `${NOTICE}现将《某市重点工作实施方案》印发给你们,请认真贯彻执行。\n一、主要任务\n(一)扩大有效投资。全年完成投资100亿元。(责任单位:市发展改革委)\n` +
        "(二)稳定就业。城镇新增就业2万人。(责任单位:市人社局)\n"
    );
    expect(m.items.map((i) => i.text.slice(0, 4))).toEqual(["扩大有效", "稳定就业"]);
  });
  test("a lead sentence that announces the plan below (…分解如下, 有关事项通知如下) keeps its 一、二、 as the plan's", () => {
    for (const lead of ["现将2023年区政府工作报告重点任务分解如下。", "现将有关事项通知如下:"]) {
      const m = parse(
        `${NOTICE}${lead}\n一、扩大有效投资。全年完成投资100亿元。(责任单位:市发展改革委)\n` +
          "二、稳定就业。城镇新增就业2万人。(责任单位:市人社局)\n"
      );
      expect(
        m.items.map((i) => i.text.slice(0, 4)),
        lead
      ).toEqual(["扩大有效", "稳定就业"]);
    }
  });
});

describe("the reading report on a table it did not rebuild", () => {
  test("a line that is only a number, run into an item's text, is not understood; a table nothing was taken from is not either", () => {
    const m = parse("一、任务\n(一)推进建设。(市发改委负责)\n各区分配\n1\n嘉定区\n4.2-5.5\n2\n金山区\n0.8-1.1\n");
    expect(m.coverage.linesNotUnderstood).toEqual([4, 6, 7, 9]);
    expect(readingReport(m)).toMatch(/4 lines not understood \(4, 6, 7, 9\)/);
    const table = parse(
      "一、任务\n(一)推进建设。(市发改委负责)\n序号 | 区 | 容量\n1 | 嘉定区 | 4.2-5.5\n2 | 金山区 | 0.8-1.1\n"
    );
    // No item, link, target or allocation came from its rows: the report says so rather than count them read.
    expect(table.coverage.linesNotUnderstood).toEqual([3, 4, 5]);
  });
});
