// The reader on the kinds of plan text the genre holds, each a minimal input named for the behaviour (the list of
// issue "A general plan reader"). Each input stands for a kind: the rule it tests is written for the kind.
import {describe, expect, test} from "vitest";
import {readingReport} from "../src/lib/reader/coverage.js";
import {readDeadline} from "../src/lib/reader/deadline.js";
import {parse} from "./plan.js";

const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);

describe("numbering levels", () => {
  test("items numbered 1. under (一) groups: the group owns no clause", () => {
    const m = parse(
      "一、主要任务\n(一)提升服务效能\n1.压缩办理时限。推行并联审批。(市政务服务局牵头,市司法局、市财政局配合)\n2.强化用地保障。(责任单位:市自然资源局)\n"
    );
    expect(m.groups.map((g) => [g.id, g.numbering, g.title])).toEqual([["S1.1", "(一)", "提升服务效能"]]);
    // Numbers used once through the plan are the ids (T1, T2); see the restart case below for path ids.
    expect(m.items.map((i) => [i.id, i.numbering, i.group, i.title])).toEqual([
      ["T1", "1.", "S1.1", "压缩办理时限"],
      ["T2", "2.", "S1.1", "强化用地保障"]
    ]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:市政务服务局",
      "T1 support:市司法局",
      "T1 support:市财政局",
      "T2 lead:市自然资源局"
    ]);
  });
  test("1、 1． ㈠ and ① are numbering too, in whatever order a plan nests them", () => {
    const m = parse(
      "一、任务\n㈠甲组\n1、甲一。(市发改委负责)\n2．甲二。(市财政局负责)\n㈡乙组\n①乙一。(市商务局负责)\n"
    );
    expect(m.items.map((i) => i.numbering)).toEqual(["1.", "2.", "①"]);
    expect(m.groups.map((g) => g.numbering)).toEqual(["(一)", "(二)"]);
  });
  test("a marker glued to a title that starts with digits is read where the next number is expected", () => {
    const m = parse("一、任务\n10.百人计划项目。(市人社局负责)\n11.121人才梯队项目。(市人社局负责)\n");
    expect(m.items.map((i) => [i.numbering, i.title])).toEqual([
      ["10.", "百人计划项目"],
      ["11.", "121人才梯队项目"]
    ]);
    // Not where the number is not the next one: 1.5 stays text of the item above.
    expect(parse("一、任务\n1.甲。(市人社局负责)\n1.5倍以上\n").items.map((i) => i.numbering)).toEqual(["1."]);
  });
  test("a line of a group's form beside groups of items, with no items below it, is an item", () => {
    const m = parse(
      "一、步骤\n(一)第一阶段\n1.组织排查。(市住建委负责)\n2.建立台账。(市应急局负责)\n(二)第二阶段\n2024年3月底前,全面完成整治。\n"
    );
    expect(m.items.map((i) => [i.numbering, i.title])).toEqual([
      ["1.", "组织排查"],
      ["2.", "建立台账"],
      ["(二)", "第二阶段"]
    ]);
    expect(m.groups.map((g) => g.title)).toEqual(["第一阶段"]);
  });
  test("a chapter of one paragraph of work after chapters of items is an item; a short closing heading's is not", () => {
    const body = (heading: string) =>
      `某行动方案\n一、提升效能\n1.优化审批。推行并联审批。\n2.强化服务。设立专窗。\n二、激发活力\n1.促进转型。加强监测。\n${heading}\n强化跟踪问效,定期评估改革举措。开展政策宣贯培训。\n`;
    expect(parse(body("三、加强工作保障,推动改革举措见行见效")).items.map((i) => [i.id, i.title])).toEqual([
      ["T1.1", "优化审批"],
      ["T1.2", "强化服务"],
      ["T2.1", "促进转型"],
      ["T3", "加强工作保障,推动改革举措见行见效"]
    ]);
    expect(parse(body("三、保障措施")).items.map((i) => i.id)).toEqual(["T1.1", "T1.2", "T2.1"]);
    // Before the task list, a chapter of one paragraph frames it (definitions, duties): no item.
    const framing =
      "某行动方案\n一、园区类型\n工业园区是指以工业生产为核心功能的园区。\n二、实施路径\n1.优化审批。推行并联审批。\n2.强化服务。设立专窗。\n";
    expect(parse(framing).items.map((i) => i.title)).toEqual(["优化审批", "强化服务"]);
  });
  test("chapter headings written without numerals are chapters; tasks numbered 1. below them stay tasks", () => {
    const m = parse(
      "区民政局工作方案\n为保障安全,特制订本方案。\n总体要求\n全面排查风险隐患。\n重点整治内容\n1.对未落实责任制的,责令改正。\n" +
        "2.对违规用气的,依法处罚。\n工作要求\n(一)提高政治站位。认识做好工作的重要性。\n(二)压实工作责任。成立工作专班。\n"
    );
    expect(m.chapters.map((c) => c.title)).toEqual(["总体要求", "重点整治内容", "工作要求"]);
    // No clauses anywhere: the task list's form, met first on a tie, gives the items.
    expect(m.items.map((i) => i.numbering)).toEqual(["1.", "2."]);
    expect(m.warnings.filter((w) => w.code === "numbering")).toEqual([]);
  });
  test("a plan with 一、 chapters takes no bare line for a heading", () => {
    const m = parse(
      "一、任务\n(一)甲。加强监管。(市市场监管局负责)\n重点领域\n(二)乙。(市财政局负责)\n二、保障\n加强领导。\n"
    );
    expect(m.chapters.map((c) => c.title)).toEqual(["任务", "保障"]);
  });
  test("a numbering that restarts under a new chapter is normal: no warning, no #2 in ids", () => {
    const m = parse("一、甲\n(一)甲一。(市发改委负责)\n(二)甲二。(市发改委负责)\n二、乙\n(一)乙一。(市财政局负责)\n");
    expect(m.items.map((i) => i.id)).toEqual(["T1.1", "T1.2", "T2.1"]);
    expect(m.warnings).toEqual([]);
  });
  test("a numbering that runs on through chapters keeps the plan's own numbers as ids (T1 … T3)", () => {
    const m = parse("一、甲\n(一)甲一。(市发改委负责)\n(二)甲二。(市发改委负责)\n二、乙\n(三)乙一。(市财政局负责)\n");
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T2", "T3"]);
    expect(m.warnings).toEqual([]);
  });
  test("a plan numbered once through that also has unnumbered paragraphs of duties takes path ids for every task: no T3.1 beside a T3 of another chapter", () => {
    const plan = (duties: string) =>
      "某区停车工作方案\n一、主要任务\n(一)新建停车场。(区交通委牵头)\n(二)改造停车库。(区建管委牵头)\n" +
      `二、保障措施\n(三)加强资金保障。(区财政局牵头)\n${duties}`;
    // Without them, the plan's own numbers.
    expect(parse(plan("")).items.map((i) => i.id)).toEqual(["T1", "T2", "T3"]);
    // With them (三、职责分工 / 区交通委负责…), one scheme: every task by its outline path, unique and readable.
    const m = parse(
      plan("三、职责分工\n区交通委负责统筹全区停车工作,制定年度计划。\n区建管委负责停车设施建设的监督管理。\n")
    );
    expect(m.items.map((i) => [i.id, i.numbering])).toEqual([
      ["T1.1", "(一)"],
      ["T1.2", "(二)"],
      ["T2.3", "(三)"],
      ["T3.1", ""],
      ["T3.2", ""]
    ]);
  });
  test("第一章 / 第一节 / 第一条 nest like any other levels", () => {
    const m = parse(
      "第一章 总则\n第一条 为推进质量建设,制定本方案。\n第二章 任务\n第一节 产业\n第二条 提升产业质量。(市工信局负责)\n第三条 强化标准引领。(市市场监管局负责)\n"
    );
    expect(m.chapters.map((c) => c.title)).toEqual(["总则", "任务"]);
    expect(m.items.map((i) => [i.numbering, i.title])).toEqual([
      ["第二条", "提升产业质量"],
      ["第三条", "强化标准引领"]
    ]);
  });
  test("行动1: and ——任务1: number an action plan's outline", () => {
    const m = parse(
      "一、统筹更新任务\n行动1:加强规划引领\n——任务1:编制更新规划\n。完善规划体系。(市规划资源局负责)\n——任务2:强化统筹\n。建立协调机制。(市发改委负责)\n"
    );
    expect(m.groups.map((g) => g.numbering)).toEqual(["行动1:"]);
    expect(m.items.map((i) => [i.numbering, i.title])).toEqual([
      ["任务1:", "编制更新规划"],
      ["任务2:", "强化统筹"]
    ]);
  });
  test("framing sections of the 总体要求 chapter are goals with their targets, not tasks without a clause", () => {
    const m = parse(
      "一、总体要求\n(一)指导思想\n以质量为本。\n(二)工作目标\n到2025年,市场主体达到10万户。\n二、主要任务\n(三)提升质量。(市市场监管局负责)\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T3"]);
    expect(m.goals.map((g) => [g.id, g.title])).toEqual([
      ["G1.1", "指导思想"],
      ["G1.2", "工作目标"]
    ]);
    expect(m.targets.map((t) => [t.item, t.value, t.unit, t.year])).toEqual([["G1.2", 10, "万户", 2025]]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
  test("a chapter listing what an inspection covers (治理内容, 检查范围) is goals, not tasks without a lead", () => {
    const m = parse(
      "某区综合治理工作方案\n一、治理内容\n(一)外保温材料\n1.高层建筑违规采用易燃可燃外保温材料。\n2.外墙外保温防护层破损开裂。\n(二)消防设施\n1.消防控制室设备故障。\n二、工作措施\n(一)全面摸清底数\n摸清全区高层建筑的数量。\n(二)严格管控\n1.拆除易燃可燃外保温材料。\n2.督促业主制作警示标牌。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T2.1", "T2.2.1", "T2.2.2"]);
    expect(m.goals.map((g) => g.id)).toEqual(["G1.1", "G1.2"]);
  });
  test("but lines under such a heading that state what to do about a case (对…的,要依法责令…) are tasks", () => {
    const m = parse(
      "区民政局工作方案\n一、重点整治内容\n1.对未落实责任制的,要依法责令改正。\n2.对违规用气的,依法处罚。\n二、工作措施\n(一)开展排查\n1.全面排查风险。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1.1", "T1.2", "T2.1.1"]);
  });
  test("but a line under such a heading that assigns its work is a task", () => {
    const m = parse(
      "某区方案\n一、检查范围\n(一)商场。开展检查。(责任单位:区商务委)\n二、主要任务\n(二)推进整治。(责任单位:区建设管理委)\n"
    );
    expect(m.items.map((i) => i.title)).toEqual(["商场", "推进整治"]);
  });
  test("a closing paragraph of report-back duties after the last item is an item of its own, with its deadline", () => {
    const m = parse(
      "某区综合治理工作方案\n2017年9月6日\n一、工作要求\n(一)高度重视。各部门要加强领导。\n(二)强化督导。区综治办要开展督导。\n" +
        "各有关委、办、局在9月8日前,将实施方案报送区协调小组办公室。每月19日报送当月工作小结;12月18日前报送工作总结。\n"
    );
    expect(m.items.map((i) => [i.id, i.numbering, i.title.slice(0, 4)])).toEqual([
      ["T1", "(一)", "高度重视"],
      ["T2", "(二)", "强化督导"],
      ["T3", "", "各有关委"]
    ]);
    expect(m.items[1].text).not.toMatch(/报送/);
    expect(m.items[2].deadline).toEqual({raw: "12月18日前", date: "2017-12-18"});
    // Read as an item: the reading report counts its line as understood.
    expect(m.coverage.linesNotUnderstood).toEqual([]);
  });
  test("a second paragraph of the last item that reports nothing stays in it", () => {
    const m = parse(
      "某区方案\n一、工作要求\n(一)高度重视。各部门要加强领导。\n(二)强化督导。开展督导。\n督导结果纳入年度考核。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T2"]);
  });
  test("a numbered line with its own clause under a framing heading is a task, the heading its group", () => {
    // The shape of a State Council 分工意见 (国发〔2020〕6号): (一)总体要求和主要预期目标。 / 1.…(…负责,年内持续推进)
    const m = parse(
      "一、落实发展主要目标\n(一)总体要求和主要预期目标。\n1.坚持稳中求进工作总基调。(国务院各部门分别负责,年内持续推进)\n" +
        "2.居民消费价格涨幅3.5%左右。(国家发展改革委牵头,国家统计局等按职责分工负责)\n(二)工作目标\n到2025年,市场主体达到10万户。\n"
    );
    expect(m.items.map((i) => [i.id, i.kind, i.group])).toEqual([
      ["T1", "task", "S1.1"],
      ["T2", "task", "S1.1"]
    ]);
    expect(m.groups.map((g) => [g.id, g.title])).toEqual([["S1.1", "总体要求和主要预期目标"]]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:国务院各部门",
      "T2 lead:国家发展改革委",
      "T2 support:国家统计局"
    ]);
    // A framing section whose lines name no one (工作目标) stays a goal; a bracket that names no body (a note or a
    // time alone: (每年动态更新)) does not make a task.
    expect(m.goals.map((g) => g.id)).toEqual(["G1.2"]);
    const noted = parse(
      "一、总体要求\n(一)范围定义。县道总里程427公里。(每年动态更新)\n二、主要任务\n(二)提升质量。(市市场监管局负责)\n"
    );
    expect(noted.goals.map((g) => g.id)).toEqual(["G1.1"]);
    expect(noted.items.map((i) => i.id)).toEqual(["T2"]);
  });
  test("a task-division table: each row an item, 牵头/责任单位 its roles, 完成时限 its deadline, a heading row a group", () => {
    const m = parse(
      "某市2022年优化营商环境重点任务分工方案\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限\n一、全链条优化审批 | | | |\n1 | 推行企业开办一日办结。 | 市市场监管局 | 市公安局、市税务局 | 2022年9月底\n2 | 深化工程建设项目审批改革。 | 市住建局 | 市自然资源局 | 长期坚持\n"
    );
    expect(m.groups.map((g) => g.title)).toEqual(["一、全链条优化审批"]);
    expect(m.items.map((i) => [i.id, i.group, i.title, i.deadline?.date ?? i.deadline?.raw])).toEqual([
      ["R1.1", "S1.1", "推行企业开办一日办结", "2022-09-30"],
      ["R1.2", "S1.1", "深化工程建设项目审批改革", "长期坚持"]
    ]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:市市场监管局",
      "R1.1 support:市公安局",
      "R1.1 support:市税务局",
      "R1.2 lead:市住建局",
      "R1.2 support:市自然资源局"
    ]);
  });
  test("a plan without clauses has its items at the lowest numbered level of its task list", () => {
    const m = parse("一、主要任务\n(一)优化服务\n1.压缩时限。\n2.简化流程。\n二、保障措施\n(一)加强领导。\n");
    expect(m.items.map((i) => i.title)).toEqual(["压缩时限", "简化流程"]);
    // One warning for them all, not one per item (test/unreadWarnings.test.ts).
    expect(m.warnings.filter((w) => w.code === "no-clause").map((w) => w.message)).toEqual([
      "no item has a responsibility clause (2 items): who does what is read only from bodies named in their text"
    ]);
  });
});

describe("the text as published", () => {
  test("full-width ，（）；： stay as published in the title, item texts and names; the rules read them folded", () => {
    const m = parse(
      "静安区消防救援发展三年行动计划\n（2019—2021）\n一、工作任务\n（一）加强体系建设\n1．建立工作机制。定期会商；及时研判。（责任单位：区应急局、区消防支队，配合单位：区财政局）\n"
    );
    expect(m.document.title).toBe("静安区消防救援发展三年行动计划（2019—2021）");
    expect(m.items[0].text).toBe("建立工作机制。定期会商；及时研判。");
    expect(m.groups[0].title).toBe("加强体系建设");
    expect(m.responsibilities.map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:区应急局",
      "lead:区消防支队",
      "support:区财政局"
    ]);
    // A name that differs only in its full-width forms is the same department, no alias.
    const named = parse(
      "一、任务\n1．推进分类。（责任单位：各街镇（园区））\n2．推进收运。（责任单位：各街镇(园区)）\n"
    );
    expect(named.departments.map((d) => [d.name, d.aliasesSeen])).toEqual([["各街镇(园区)", []]]);
    expect(named.responsibilities.map((r) => r.asWritten)).toEqual(["各街镇（园区）", "各街镇(园区)"]);
  });
});

describe("the issuer of a department's own plan", () => {
  const notice = (issuer: string, body: string) =>
    `${issuer}关于印发《某行动方案》的通知\n委机关各处室,委属各单位:\n现印发给你们,请认真贯彻执行。\n${issuer}\n2026年4月15日\n某行动方案\n${body}`;
  const tasks = "一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n";
  const byIssuer = (text: string) =>
    parse(text)
      .responsibilities.filter((r) => r.byIssuer)
      .map((r) => `${r.item} ${r.role}:${r.asWritten}→${r.department}`);
  test("a department's plan with no clause anywhere: the issuer holds each item by default, an implicit role", () => {
    const m = parse(notice("上海市交通委员会", tasks));
    expect(byIssuer(notice("上海市交通委员会", tasks))).toEqual([
      "T1 implicit:上海市交通委员会→市交通委员会",
      "T2 implicit:上海市交通委员会→市交通委员会"
    ]);
    // Its source is the issuer's name in the signature, and the warning says so.
    const r = m.responsibilities[0];
    expect(r.source.line).toBe(4);
    expect(m.warnings.find((w) => w.code === "no-clause")?.message).toContain("the issuer, 上海市交通委员会, holds");
    // A bureau the reference does not list holds its plan too (a name ending as a bureau's does).
    expect(byIssuer(notice("某市规划和自然资源局", tasks))).toHaveLength(2);
  });
  test("a support beside no lead (会同Y制定…) supports the issuer, which still holds the item", () => {
    const withPartner = "一、任务\n1.提高通达性。会同空中交通管理机构制定管理办法。\n2.促进集聚。推进建设。\n";
    const m = parse(notice("上海市交通委员会", withPartner));
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 support:空中交通管理机构",
      "T1 implicit:上海市交通委员会",
      "T2 implicit:上海市交通委员会"
    ]);
  });
  test("a district named bare in a city department's plan is given its task (implicit); the plan's own place is not", () => {
    const districts =
      "一、任务\n1.先行示范。金山区加快机制创新。杨浦区加快打造示范场景。本市加强统筹。\n2.促进集聚。推进建设。\n";
    const implicit = (issuer: string) =>
      parse(notice(issuer, districts))
        .responsibilities.filter((r) => r.role === "implicit" && !r.byIssuer)
        .map((r) => r.asWritten);
    expect(implicit("上海市交通委员会")).toEqual(["金山区", "杨浦区"]);
    // In a district's own plan a district named bare is a place, not a body it assigns.
    expect(implicit("上海市金山区交通委员会")).toEqual([]);
  });
  test("a people's government, its office, a party committee, a leading group or a committee issues to others: no holder", () => {
    for (const issuer of [
      "某市人民政府",
      "某市人民政府办公室",
      "某省人民政府办公厅",
      "中共某市委办公室",
      "某市城市更新领导小组",
      "某市安全生产委员会"
    ])
      expect(byIssuer(notice(issuer, tasks)), issuer).toEqual([]);
  });
  test("a plan several departments issue jointly with no clause: each issuer holds every item, and the warning says jointly", () => {
    const joint = `某市交通委员会 某海事局关于印发《某方案》的通知\n现印发给你们。\n某市交通委员会\n某海事局\n2023年6月1日\n某方案\n${tasks}`;
    expect(byIssuer(joint)).toEqual([
      "T1 implicit:某市交通委员会→市交通委员会",
      "T1 implicit:某海事局→某海事局",
      "T2 implicit:某市交通委员会→市交通委员会",
      "T2 implicit:某海事局→某海事局"
    ]);
    expect(parse(joint).warnings.find((w) => w.code === "no-clause")?.message).toContain(
      "the issuers, 某市交通委员会 and 某海事局, hold jointly"
    );
  });
  test("a plan issued jointly with a government or its office has no holder: it assigns work to others", () => {
    const joint = `某市人民政府办公室 某市交通委员会关于印发《某方案》的通知\n现印发给你们。\n某市人民政府办公室\n某市交通委员会\n2023年6月1日\n某方案\n${tasks}`;
    expect(byIssuer(joint)).toEqual([]);
  });
  test("a clause anywhere, in the body or a task table, and the issuer holds nothing", () => {
    expect(
      byIssuer(notice("上海市交通委员会", "一、任务\n1.提高通达性。(客运处负责)\n2.促进集聚。推进建设。\n"))
    ).toEqual([]);
    const table =
      "一、任务\n(一)推进建设。加快推进。\n附件\n序号\n工作任务\n推进单位\n1\n推进甲地区更新。\n设施养护处\n";
    expect(byIssuer(notice("上海市交通委员会", table))).toEqual([]);
  });
  test("an item that a sentence gives a lead keeps it, and the issuer holds the others", () => {
    const body = "一、任务\n1.提高通达性。由市交通委员会客运处牵头,优化网络。\n2.促进集聚。推进建设。\n";
    expect(byIssuer(notice("上海市交通委员会", body))).toEqual(["T2 implicit:上海市交通委员会→市交通委员会"]);
  });
});

describe("clauses", () => {
  test("a 处 named bare after an office of the same parent belongs to that parent, and a bare office is its full name elsewhere", () => {
    const m = parse(
      [
        "一、主要任务",
        "(一)完善码头岸电设施。推进岸电设施建设。(牵头部门:市交通委科技信息处、港务监管处、综合规划处;实施部门:市港航中心)",
        "(二)强化执法监管。加强监督管理。(牵头部门:上海海事局、港务监管处、科技信息处)",
        "(三)健全数据报送。推进数据接入。(牵头部门:科技信息处)"
      ].join("\n")
    );
    const held = (d: string) => m.responsibilities.filter((r) => r.department === d).map((r) => `${r.item}:${r.role}`);
    expect(held("市交通委科技信息处")).toEqual(["T1:lead", "T2:lead", "T3:lead"]);
    expect(held("市交通委港务监管处")).toEqual(["T1:lead", "T2:lead"]);
    expect(held("市交通委综合规划处")).toEqual(["T1:lead"]);
    expect(m.departments.map((d) => d.name)).not.toContain("科技信息处");
    expect(m.departments.find((d) => d.name === "市交通委科技信息处")?.aliasesSeen).toEqual(["科技信息处"]);
  });
  test("an office written in brackets after its parent is the parent's office, one body with its full and bare names", () => {
    const m = parse(
      [
        "一、主要任务",
        "(一)推进高架更新。加快建设。(牵头单位:设施养护处;配合单位:市交通委(计划财务处))",
        "(二)保障资金。落实资金。(牵头单位:计划财务处)",
        "(三)规范预算。加强管理。(牵头单位:市交通委计划财务处)"
      ].join("\n")
    );
    const held = (d: string) => m.responsibilities.filter((r) => r.department === d).map((r) => `${r.item}:${r.role}`);
    expect(held("市交通委计划财务处")).toEqual(["T1:support", "T2:lead", "T3:lead"]);
    expect(m.departments.map((d) => d.name)).not.toContain("市交通委(计划财务处)");
    expect(m.departments.find((d) => d.name === "市交通委计划财务处")?.aliasesSeen).toEqual([
      "市交通委(计划财务处)",
      "计划财务处"
    ]);
  });
  test("clause words in traditional characters read through a simplified shadow; names stay as written", () => {
    const m = parse(
      "一、任務\n(一)提升質量。(市發改委牽頭,市財政局、市商務局按職責分工負責)\n(二)強化標準。(責任單位:市市場監管局)\n"
    );
    expect(
      links(
        "一、任務\n(一)提升質量。(市發改委牽頭,市財政局、市商務局按職責分工負責)\n(二)強化標準。(責任單位:市市場監管局)\n"
      )
    ).toEqual(["T1 lead:市發改委", "T1 support:市財政局", "T1 support:市商務局", "T2 lead:市市場監管局"]);
    expect(m.items[0].text).toBe("提升質量。");
    // The traditional name resolves to the reference's simplified entry.
    expect(m.departments.find((d) => d.aliasesSeen.includes("市發改委"))?.name).toBe("市发展和改革委员会");
  });
  test("clauses on their own lines: 牵头单位, 责任单位 and 完成时限 (kept as the item's deadline)", () => {
    const m = parse(
      "一、任务\n1.推进并联审批。\n牵头单位:市发改委\n责任单位:市财政局、市商务局\n完成时限:2025年6月底前\n2.优化服务。\n牵头单位:市政务服务局\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:市发改委",
      "T1 support:市财政局",
      "T1 support:市商务局",
      "T2 lead:市政务服务局"
    ]);
    expect(m.items[0].text).toBe("推进并联审批。");
    expect(m.items[0].deadline).toEqual({raw: "2025年6月底前", date: "2025-06-30"});
  });
  test("a sentence-final clause without brackets: X、Y负责落实。 → joint", () => {
    expect(links("一、任务\n(一)办好赛事。市文旅局、市体育局负责落实。\n")).toEqual([
      "T1 joint:市文旅局",
      "T1 joint:市体育局"
    ]);
  });
  test("a bracket of names only is a clause: joint, or lead when it holds one name", () => {
    expect(links("一、任务\n(一)完善保障。(市人社局、市医保局)\n(二)强化用地。(市自然资源局)\n")).toEqual([
      "T1 joint:市人社局",
      "T1 joint:市医保局",
      "T2 lead:市自然资源局"
    ]);
  });
  test("X、Y等和各有关县级人民政府负责 names three bodies", () => {
    expect(links("一、任务\n(一)推进建设。(市发改委、市财政局等和各有关县级人民政府负责)\n")).toEqual([
      "T1 joint:市发改委",
      "T1 joint:市财政局",
      "T1 joint:各有关县级人民政府"
    ]);
  });
  test("列第一位者为牵头单位 makes the first name the lead, in that clause and every later one", () => {
    expect(
      links(
        "一、任务\n(一)甲。(市发改委、市财政局,列第一位者为牵头单位,下同)\n(二)乙。(市商务局、市科技局、市工信局)\n"
      )
    ).toEqual([
      "T1 lead:市发改委",
      "T1 support:市财政局",
      "T2 lead:市商务局",
      "T2 support:市科技局",
      "T2 support:市工信局"
    ]);
  });
  test("a 配合单位 list continued after a comma keeps every name", () => {
    expect(links("一、任务\n(一)甲。(牵头单位:市发改委;配合单位:市财政局、市商务局,市科技局)\n")).toEqual([
      "T1 lead:市发改委",
      "T1 support:市财政局",
      "T1 support:市商务局",
      "T1 support:市科技局"
    ]);
  });
  test("a clause on its own line after a (1)(2) list belongs to the list's item", () => {
    const m = parse(
      "一、任务\n1.强化属地责任\n(1)落实资金。\n(2)配齐人员。\n(责任单位:区交通委、各街镇)\n2.加强监管。(责任单位:区财政局)\n"
    );
    expect(m.items.map((i) => i.title)).toEqual(["强化属地责任", "加强监管"]);
    expect(m.responsibilities.filter((r) => r.item === m.items[0].id).map((r) => r.asWritten)).toEqual([
      "区交通委",
      "各街镇"
    ]);
  });
  test("sentence subjects in an item with no clause give those bodies an implicit role", () => {
    expect(links("一、任务\n(一)加强统计监测。县经贸、统计、工商等部门要建立监测制度。\n")).toEqual([
      "T1 implicit:县经贸",
      "T1 implicit:统计",
      "T1 implicit:工商"
    ]);
  });
  test("a heading on its own line is not part of the next line's sentence subject", () => {
    expect(links("一、监管\n(一)建设\n1.施工监管\n各项目主管部门、监管部门应加强监管。\n2.验收\n做好验收。\n")).toEqual(
      ["T1 implicit:各项目主管部门", "T1 implicit:监管部门"]
    );
  });
  test("a heading that names a place is a group, not a lead: its items stay without one", () => {
    expect(
      links(
        "三、重点片区\n(一)莘庄副中心\n打造活力副中心。推进更新。\n(二)召稼楼古镇\n焕新古镇风貌。\n(三)黄浦江两岸片区\n贯通岸线。\n"
      )
    ).toEqual([]);
  });
  test("a line headed by the body responsible, with duties of its own before a list, is an item it leads beside the list's items", () => {
    const m = parse(
      "四、各单位按以下分工开展排查:\n(一)区房管局。负责召开例会。\n(二)各街道办事处。负责开展排查;负责通知产权人。具体分工为:\n" +
        "1.甲街道办事处负责甲风貌区的排查。\n2.乙街道办事处负责乙风貌区的排查。\n(三)区安监局。负责监督整改。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T4.1", "T4.2", "T4.2.1", "T4.2.2", "T4.3"]);
    expect(m.items[1].text).not.toContain("甲街道");
    expect(
      links(
        "四、各单位按以下分工开展排查:\n(一)区房管局。负责召开例会。\n(二)各街道办事处。负责开展排查。具体分工为:\n1.甲街道办事处负责甲风貌区的排查。\n2.乙街道办事处负责乙风貌区的排查。\n"
      )
    ).toEqual([
      "T4.1 lead:区房管局",
      "T4.2 lead:各街道办事处",
      "T4.2.1 implicit:甲街道办事处",
      "T4.2.2 implicit:乙街道办事处"
    ]);
  });
  test("a heading that only names a body holds the items under it (a 职责分工 chapter)", () => {
    expect(
      links("四、职责分工\n(一)区交通委\n1.制定操作流程。\n2.做好宣传。\n(二)区公安分局\n调研道路停车资源供给状况。\n")
    ).toEqual(["T4.1.1 lead:区交通委", "T4.1.2 lead:区交通委", "T4.2 lead:区公安分局"]);
  });
  test("a chapter of duty paragraphs gives each paragraph an item held by the body opening it", () => {
    const m = parse(
      "二、重点任务\n(一)解决积压。加快分拣。\n三、职责分工\n区绿化市容局负责全面管理和指导工作。\n区城管执法局依法对违规行为实施处罚。\n各街道、镇作为责任主体,负责日常监管。\n一要发挥社区自治作用。\n"
    );
    // One scheme of ids: the paragraphs' paths (T3.1) make the numbered task's its path too (T2.1, not T1).
    expect(m.items.map((i) => [i.id, i.numbering, i.chapter])).toEqual([
      ["T2.1", "(一)", 2],
      ["T3.1", "", 3],
      ["T3.2", "", 3],
      ["T3.3", "", 3]
    ]);
    // A line that opens with no body continues the paragraph before it (a wrapped paragraph, or its list of duties).
    expect(m.items[3].text).toBe("各街道、镇作为责任主体,负责日常监管。一要发挥社区自治作用。");
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T3.1 lead:区绿化市容局",
      "T3.2 lead:区城管执法局",
      "T3.3 lead:各街道、镇"
    ]);
    expect(m.coverage.linesNotUnderstood).toEqual([]);
  });
  test("paragraphs opening with a body and a colon are duties under any heading", () => {
    const m = parse(
      "一、主要任务\n(一)扩大消费。开展活动。\n二、推进机制\n市发展改革委:负责统筹协调。\n市商务委:负责组织活动。\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T2.1 lead:市发展改革委",
      "T2.2 lead:市商务委"
    ]);
  });
  test("a numbered body named as a sentence of its own, then its duties, holds the item", () => {
    expect(links("一、职责分工\n(一)市商务委。负责统筹协调促消费工作。\n(二)市财政局。负责资金保障。\n")).toEqual([
      "T1 lead:市商务委",
      "T2 lead:市财政局"
    ]);
  });
  test("under a duty heading, a heading line that names 各… bodies holds the item too", () => {
    expect(links("四、职责分工\n(一)区建管委\n统筹推进建设。\n(二)各建设单位\n落实建设要求。\n")).toEqual([
      "T1 lead:区建管委",
      "T2 lead:各建设单位"
    ]);
  });
  test("a list that shares a body's name over levels is one name: 市、区民政局, 各街道、镇", () => {
    expect(links("一、任务\n(一)加强监管。(市、区民政局)\n(二)做好清运。(各街道、镇负责)\n")).toEqual([
      "T1 lead:市、区民政局",
      "T2 lead:各街道、镇"
    ]);
  });
  test("a name that opens with a verb or a conjunction is not a body: 并通报消防救援部门联合执法", () => {
    expect(
      links(
        "一、任务\n(一)加强监管。(市民政局负责)\n二、要求\n(一)发现隐患要立即处置,并通报消防救援部门联合现场执法。\n"
      )
    ).toEqual(["T1.1 lead:市民政局"]);
  });
  test("由X牵头 with a name that carries a bracket (街镇(园区)) assigns lead and support", () => {
    expect(links("一、任务\n(一)推进分类。其余单位分类推进由街镇(园区)牵头,区绿化市容局配合落实。\n")).toEqual([
      "T1 lead:街镇(园区)",
      "T1 support:区绿化市容局"
    ]);
  });
  test("a body opening a duty with a colon: 各街道办事处 is a body, 居委或楼组干部 is not", () => {
    expect(links("四、职责分工\n1.各街道办事处:负责组织完成本辖区垃圾分类工作。\n2.区文明办:负责宣传。\n")).toEqual([
      "T1 lead:各街道办事处",
      "T2 lead:区文明办"
    ]);
    expect(links("一、要求\n(一)加强宣传。居委或楼组干部要做到百分百入户。\n")).toEqual([]);
  });
  test("a last sentence ending in a word such as 布局 is not a clause: 完成网络布局。", () => {
    expect(links("一、任务\n(一)加快推进两网融合。完成网络布局。\n")).toEqual([]);
  });
  test("a phrase ending in a word such as 全部 is not a body: 一季度实现全区废物箱的标识全部按照…", () => {
    expect(links("一、任务\n(一)规范设施。一季度实现全区废物箱的标识全部按照最新地方标准更新到位。\n")).toEqual([]);
  });
  test("a bare jurisdiction opening a sentence is the plan's own government, not an assigned body", () => {
    expect(links("一、任务\n(一)推进更新。静安区按照滚动推进的节奏实施。\n")).toEqual([]);
  });
  test("由X牵头,Y配合 inside an item with no clause assigns lead and support", () => {
    expect(links("一、任务\n(一)整治停车。由区交通委牵头,区公安分局、区城管执法局配合,开展专项整治。\n")).toEqual([
      "T1 lead:区交通委",
      "T1 support:区公安分局",
      "T1 support:区城管执法局"
    ]);
  });
});

describe("chapters of different depth in a plan without clauses", () => {
  test("a task chapter whose deepest lines head items elsewhere holds them as items; a closing chapter does not", () => {
    const m = parse(
      "三、推进体系建设\n(一)推进全面覆盖\n1.深入开展创建。加强源头管理。\n2.夯实工作基础。加快设施规范。\n3.落实有效措施。加速实效提升。\n(二)加快体系建设\n1.加快推进两网融合。完成网络布局。\n四、营造社会氛围\n(一)推动源头减量。一是推动限制一次性用品。\n(二)强化执法监督。一是强化日常监管。\n五、组织保障\n(一)明确工作责任。各部门要高度重视。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T3.1.1", "T3.1.2", "T3.1.3", "T3.2.1", "T4.1", "T4.2"]);
    expect(m.groups.map((g) => g.id)).toEqual(["S3.1", "S3.2", "S5.1"]);
  });
});

describe("procedures", () => {
  test("a procedure chapter's steps are groups, not tasks with owners", () => {
    const m = parse(
      "二、重点任务\n(一)完善规划。编制系统方案。(区建管委牵头)\n三、管控流程\n(一)规划阶段\n组织修编规划。\n(二)项目前期阶段\n1.立项阶段\n建设单位应明确建设要求。区发改委应给予支持。\n2.设计方案审批\n区规划资源局征询意见。\n四、保障措施\n(一)加强领导。(区政府负责)\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T2.1", "T4.1"]);
    expect(m.groups.map((g) => [g.id, g.title])).toEqual([
      ["S3.1", "规划阶段"],
      ["S3.2", "项目前期阶段"],
      ["S3.2.1", "立项阶段"],
      ["S3.2.2", "设计方案审批"]
    ]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
    expect(m.coverage.linesNotUnderstood).toEqual([]);
  });
  test("a step of a procedure that opens by assigning its work with a prose role verb is a task", () => {
    const m = parse(
      "一、主要任务\n(一)加快转型。推动分布式光伏应建尽建。\n(二)节能降碳。推进节能改造。\n二、工作流程\n(一)组织申报。市发展改革委会同市经济信息化委发布申报通知。\n(二)评价验收。园区完成建设任务后,由市发展改革委组织验收。\n(三)项目筹划。其中在项目筹划阶段由街镇负责方案编制。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1.1", "T1.2", "T2.1", "T2.2"]);
    expect(m.groups.map((g) => g.id)).toEqual(["S2.3"]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T2.1 lead:市发展改革委",
      "T2.1 support:市经济信息化委",
      "T2.2 lead:市发展改革委"
    ]);
  });
  test("a task to change a procedure is a task", () => {
    const m = parse("一、主要任务\n(一)优化审批流程\n1.压缩时限。(市政务服务局负责)\n2.简化材料。(市司法局负责)\n");
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T2"]);
  });
});

describe("the header and the signature block", () => {
  test("the signature block at the end is the issuer and date, never part of the last item, whose clause is read", () => {
    const m = parse(
      "某市优化营商环境实施方案\n一、任务\n(一)甲。(市发改委负责)\n(二)乙。(市财政局负责)\n某市人民政府\n2023年5月8日\n(此件公开发布)\n"
    );
    expect(m.document).toMatchObject({title: "某市优化营商环境实施方案", issuer: "某市人民政府", date: "2023-05-08"});
    expect(m.items[1].text).toBe("乙。");
    expect(m.items[1].clause).toBe("市财政局负责");
  });
  test("a drafting unit's signature at the end (any body's name over a date: …消防救援支队) is no clause of the last item", () => {
    const m = parse(
      "某区人民政府办公室关于转发《某区消防工作意见》的通知\n请认真贯彻执行。\n某区人民政府办公室\n2019年8月2日\n某区消防工作意见\n一、任务\n1.加强组织领导。各街镇要落实责任。\n2.强化队伍保障。完善职业保障机制。\n上海市某区消防救援支队\n2019年7月15日\n"
    );
    expect(m.document).toMatchObject({issuer: "某区人民政府办公室", date: "2019-08-02"});
    expect(m.items[1].text).toBe("强化队伍保障。完善职业保障机制。");
    expect(m.items[1].clause).toBeNull();
    expect(m.responsibilities.filter((r) => r.item === m.items[1].id)).toEqual([]);
  });
  test("the State Council's signature (国务院 over its date) is no part of the last item, whose clause is read", () => {
    // 国发〔2020〕6号's shape: every task ends with its clause, the last one too, then 国务院 / the date.
    const m = parse(
      "国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2020〕6号\n一、任务\n1.甲。（财政部负责）\n2.乙。（国务院各部门分别负责，年内持续推进）\n国务院\n2020年6月4日\n"
    );
    expect(m.document).toMatchObject({issuer: "国务院", date: "2020-06-04"});
    expect(m.items[1].text).toBe("乙。");
    expect(m.items[1].clause).toBe("国务院各部门分别负责，年内持续推进");
    expect(m.responsibilities.filter((r) => r.item === m.items[1].id).map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:国务院各部门"
    ]);
    // The Party Centre and the State Council signing together, side by side.
    const joint = parse(
      "中共中央、国务院关于某项工作的意见\n一、任务\n（一）甲。各地区要推进。\n中共中央　国务院\n2021年5月20日\n"
    );
    expect(joint.items[0].text).toBe("甲。各地区要推进。");
  });
  test("joint issuers signing side by side on one line (国务院办公厅　中央军委办公厅) are a signature, no lead of the last item", () => {
    const m = parse(
      "国务院办公厅、中央军委办公厅关于加强某项工作的通知\n一、甲工作由外交部和总参谋部统一归口管理。\n二、乙工作由军队各级防化业务部门负责。\n国务院办公厅　中央军委办公厅\n一九九六年六月二十九日\n"
    );
    expect(m.document).toMatchObject({issuer: "国务院办公厅、中央军委办公厅", date: "1996-06-29"});
    expect(m.items[1].text).toBe("乙工作由军队各级防化业务部门负责。");
    expect(m.responsibilities.filter((r) => r.item === m.items[1].id).map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:军队各级防化业务部门"
    ]);
  });
  test("a notice's title broken before 关于 (国务院办公厅转发国家地震局 / 关于…的通知) keeps its first line: no issuer line", () => {
    const m = parse(
      "国务院办公厅转发国家地震局\n关于加强某项工作意见的通知\n国办发〔1996〕2号\n一、任务\n(一)甲。各省要推进改革。\n"
    );
    // The whole notice's title is read, and the document it carries (转发X的通知 → X) is the plan's title.
    expect(m.document.title).toBe("国家地震局关于加强某项工作意见");
  });
  test("a report a notice carries (转发X关于…的报告的通知) is the plan: its own title below the notice's signature wins", () => {
    const m = parse(
      "国务院办公厅转发某局\n关于加强某项工作意见报告的通知\n国办发〔1996〕2号\n各省、自治区、直辖市人民政府：\n某局《关于加强某项工作意见的报告》已经国务院同意，现转发给你们。\n国务院办公厅\n一九九六年二月五日\n关于加强某项工作\n意见的报告\n国务院：\n现报告如下：\n一、任务\n(一)甲。各省要推进改革。\n某局\n一九九六年一月二十五日\n"
    );
    expect(m.document).toMatchObject({
      title: "关于加强某项工作意见的报告",
      docNumber: "国办发〔1996〕2号",
      issuer: "国务院办公厅",
      date: "1996-02-05"
    });
    // 批转 carries a document as 转发 does: the carried title when it is the only one.
    expect(parse("国务院批转某委关于深化改革意见的通知\n一、任务\n(一)甲。各省要推进改革。\n").document.title).toBe(
      "某委关于深化改革意见"
    );
  });
  test("a body speaking of itself (我局将…) is the document's author: the signatory after it whose name ends the same way", () => {
    const m = parse(
      "关于加强防震减灾工作意见的报告\n国务院：\n一、任务\n(一)加强宣传。我局将尽快提供科普材料。\n国家地震局\n一九九六年一月二十五日\n"
    );
    const link = m.responsibilities.find((r) => r.asWritten === "我局");
    expect(link).toMatchObject({role: "implicit", department: "国家地震局"});
    expect(m.departments.find((d) => d.name === "国家地震局")?.aliasesSeen).toEqual(["我局"]);
  });
  test("an annual plan's target year is the one year its title names; a period's end or a goal's year wins", () => {
    const year = (text: string) => parse(text).document.targetYear;
    expect(year("某市交通领域优化营商环境行动方案(2026年)\n一、任务\n1.甲。推进改革。\n")).toBe(2026);
    expect(year("2026年某市城市更新行动方案\n一、任务\n1.甲。推进改革。\n")).toBe(2026);
    expect(year("某县行动方案(2023—2025年)\n一、任务\n1.甲。推进改革。\n")).toBe(2025);
    expect(year("2024年某市行动方案\n一、总体目标\n到2027年,建成示范区10个。\n二、任务\n1.甲。推进改革。\n")).toBe(
      2027
    );
    // Two years in a title and no period: none is the plan's.
    expect(year("落实2023年和2024年某会议精神的方案\n一、任务\n1.甲。推进改革。\n")).toBeNull();
  });
  test("the plan's own title wins over the 关于印发…的通知 that carries it; a title wrapped over lines is one title", () => {
    const m = parse(
      "某县人民政府办公室关于印发某县数字经济发展\n三年行动方案的通知\n某政办发〔2023〕12号\n各乡镇人民政府:\n现将《某县数字经济发展三年行动方案》印发给你们,请认真贯彻落实。\n某县人民政府办公室\n2023年3月1日\n某县数字经济发展\n三年行动方案\n(2023—2025年)\n一、任务\n(一)甲。(县发改局负责)\n"
    );
    expect(m.document).toMatchObject({
      title: "某县数字经济发展三年行动方案(2023—2025年)",
      docNumber: "某政办发〔2023〕12号",
      issuer: "某县人民政府办公室",
      date: "2023-03-01"
    });
  });
  test("a number cited inside the title is not the document's number; 號 reads as 号", () => {
    expect(
      parse("关于贯彻落实国发〔2023〕5号文件的实施意见\n一、任务\n(一)甲。(市发改委负责)\n").document.docNumber
    ).toBeNull();
    expect(parse("某府發〔2023〕7號\n某市實施方案\n一、任務\n(一)甲。(市發改委負責)\n").document.docNumber).toBe(
      "某府發〔2023〕7號"
    );
  });
  test("a notice that carries the plan names its issuer before 关于", () => {
    const m = parse(
      "上海市松江区人民政府关于印发《松江区停车资源共享实施意见》的通知\n松江区停车资源共享实施意见\n一、任务\n(一)甲。(区交通委负责)\n2017年5月2日\n"
    );
    expect(m.document).toMatchObject({
      issuer: "上海市松江区人民政府",
      date: "2017-05-02",
      title: "松江区停车资源共享实施意见"
    });
  });
  test("the target year comes from the title's period, else from the goals, when there is no indicator table", () => {
    expect(parse("某市城市更新行动方案(2023-2025年)\n一、任务\n(一)甲。(市发改委负责)\n").document.targetYear).toBe(
      2025
    );
    expect(
      parse("某市方案\n一、总体要求\n(一)工作目标\n到2027年,建成示范区。\n二、任务\n(二)甲。(市发改委负责)\n").document
        .targetYear
    ).toBe(2027);
    // A five-year plan's period in the title: its last year.
    expect(parse("某区城市更新“十五五”规划\n一、任务\n(一)甲。(区发改委负责)\n").document.targetYear).toBe(2030);
  });
  test("an issuer line above the title is the issuer", () => {
    const m = parse("国务院办公厅\n关于进一步优化营商环境的意见\n一、任务\n(一)甲。(发展改革委负责)\n");
    expect(m.document).toMatchObject({issuer: "国务院办公厅", title: "关于进一步优化营商环境的意见"});
  });
});

describe("targets", () => {
  const targets = (text: string) =>
    parse(`一、任务\n(一)${text}(市发改委负责)\n`).targets.map((t) => [
      t.subject,
      t.value,
      t.unit,
      t.op,
      t.baseline,
      t.upper
    ]);
  test("由7%降至6% is one target with its baseline", () => {
    expect(targets("企业综合成本由7%降至6%。")).toEqual([["企业综合成本", 6, "%", "=", 7, null]]);
    expect(targets("人均补助由670元提高到700元。")).toEqual([["人均补助", 700, "元", "=", 670, null]]);
  });
  test("由目前平均20天减至8.5天以内: the target is at most 8.5 天 and the model keeps the baseline 20", () => {
    expect(targets("工程建设项目审批时间由目前平均20天减至8.5天以内。")).toEqual([
      ["工程建设项目审批时间", 8.5, "天", "<=", 20, null]
    ]);
  });
  test("分别达到65%和55% pairs each subject with its value; 均达到45% gives each subject the value", () => {
    expect(targets("城市和农村达标率分别达到65%和55%。").map((t) => [t[0], t[1]])).toEqual([
      ["城市达标率", 65],
      ["农村达标率", 55]
    ]);
    expect(targets("甲覆盖率、乙覆盖率均达到45%。").map((t) => [t[0], t[1]])).toEqual([
      ["甲覆盖率", 45],
      ["乙覆盖率", 45]
    ]);
  });
  test("不得低于 and 至少 are at least; a leading 约 is not part of the subject", () => {
    expect(targets("县道养护资金不得低于1万元。").map((t) => t[3])).toEqual([">="]);
    expect(targets("建成科创园区至少1个,修复道路约24公里。").map((t) => [t[0], t[3]])).toEqual([
      ["科创园区", ">="],
      ["修复道路", "="]
    ]);
  });
  test("1到2个 is one range", () => {
    expect(targets("每县建设1到2个示范点。")).toEqual([["示范点", 1, "个", "=", null, 2]]);
  });
  test("a number inside a programme name, a status now or a rate is not a target", () => {
    expect(targets("实施121人才梯队工程。")).toEqual([]);
    expect(targets("截至2020年底,已建成公园30个。")).toEqual([]);
    expect(targets("以15分钟社区生活圈为标准,解决公园绿地500米服务半径盲区。")).toEqual([]);
    expect(targets("每25公里配备1名监管员。").map((t) => t[1])).toEqual([1]);
  });
  test("不少于, 不超过, 以内 and 超过 are comparators; the subject starts after a bracketed qualifier", () => {
    expect(targets("新建充电桩不少于500个,审批时限压缩至5个工作日以内。").map((t) => t[3])).toEqual([">=", "<="]);
    expect(targets("力争(到2025年)全市规上企业超过300家。")).toEqual([["全市规上企业", 300, "家", ">", null, null]]);
  });
});

describe("deadlines", () => {
  test("readDeadline gives the words and the last day they allow", () => {
    expect(readDeadline("2024年底前")).toEqual({raw: "2024年底前", date: "2024-12-31"});
    expect(readDeadline("2025年6月底前完成")).toEqual({raw: "2025年6月底前", date: "2025-06-30"});
    expect(readDeadline("2024年上半年")).toEqual({raw: "2024年上半年", date: "2024-06-30"});
    expect(readDeadline("2024年第三季度")).toEqual({raw: "2024年第三季度", date: "2024-09-30"});
    expect(readDeadline("2023—2025年")).toEqual({raw: "2023—2025年", date: "2025-12-31"});
    expect(readDeadline("长期坚持")).toEqual({raw: "长期坚持", date: null});
    expect(readDeadline("持续推进")).toEqual({raw: "持续推进", date: null});
  });
  test("an item's text that says 2025年6月底前完成 gives its deadline", () => {
    const m = parse("一、任务\n(一)建成平台,2025年6月底前完成。(市发改委负责)\n");
    expect(m.items[0].deadline).toEqual({raw: "2025年6月底前", date: "2025-06-30"});
  });
  test("a deadline phrase with another verb (底前编制并公布) is read", () => {
    const m = parse("一、任务\n(一)2022年10月底前编制并公布清单。(市发改委负责)\n");
    expect(m.items[0].deadline).toEqual({raw: "2022年10月底前", date: "2022-10-31"});
  });
  test("a clause part that is a time is the deadline, not an unread part", () => {
    const m = parse("一、任务\n(一)建成平台。(市发改委牵头,长期坚持)\n");
    expect(m.items[0].deadline).toEqual({raw: "长期坚持", date: null});
    expect(m.warnings.filter((w) => w.code === "clause")).toEqual([]);
  });
});

describe("task tables over page breaks", () => {
  test("a task table's header repeated at a page break is the same table, not a task", () => {
    const m = parse(
      [
        "某方案",
        "一、任务",
        "(一)甲。(市发改委负责)",
        "附件",
        "序号 | 重点任务 | 牵头单位 | 完成时限",
        "1 | 推行企业开办一日办结。 | 市市场监管局 | 2022年9月底",
        "序号 | 重点任务 | 牵头单位 | 完成时限",
        "2 | 深化工程建设项目审批改革。 | 市住建局 | 长期坚持"
      ].join("\n")
    );
    expect(m.items.map((i) => `${i.id} ${i.title}`)).toEqual([
      "T1 甲",
      "R1.1 推行企业开办一日办结",
      "R1.2 深化工程建设项目审批改革"
    ]);
    expect(m.departments.map((d) => d.name)).not.toContain("牵头单位");
  });
});

describe("unnumbered work paragraphs at chapter level", () => {
  test("a chapter whose body is unnumbered paragraphs each ending in a clause (市发改委牵头) holds one item a paragraph", () => {
    const m = parse(
      [
        "某市优化营商环境实施方案",
        "一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导,全面优化营商环境。",
        "二、工作目标",
        "到2025年,营商环境达到全省一流水平。",
        "三、重点任务",
        "深化“放管服”改革,压缩企业开办时间至1个工作日。(市发改委牵头)",
        "加强要素保障,建立重点项目用地保障机制,2024年底前出台实施办法。(市自然资源局牵头,市财政局配合)",
        "提升政务服务水平,政务服务事项网上可办率达到95%以上。（牵头单位:市政务服务局）",
        "四、保障措施",
        "加强组织领导。各部门要高度重视,切实抓好落实。"
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, i.chapter, i.title, i.deadline?.date ?? null])).toEqual([
      ["T3.1", 3, "深化“放管服”改革,压缩企业开办时间至1个工作日", null],
      ["T3.2", 3, "加强要素保障,建立重点项目用地保障机制,2024年底前出台实施办法", "2024-12-31"],
      ["T3.3", 3, "提升政务服务水平,政务服务事项网上可办率达到95%以上", null]
    ]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T3.1 lead:市发改委",
      "T3.2 lead:市自然资源局",
      "T3.2 support:市财政局",
      "T3.3 lead:市政务服务局"
    ]);
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["T3.1 1个工作日", "T3.3 95%"]);
    expect(m.goals.map((g) => g.chapter)).toEqual([1, 2]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
});

describe("task tables with a column of the people responsible", () => {
  test("each name of a 牵头领导 / 责任人 cell is a person of the row's item, with the column's label and its line; no body", () => {
    const m = parse(
      [
        "某市2024年重点工作任务分工",
        "序号|工作任务|牵头领导|牵头单位|配合单位|完成时限",
        "1|建设3个产业园。|张三|市发改委|市财政局|2024年底",
        "2|打造基地。|李四、王五|市农业农村局||2024年6月底"
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, i.persons])).toEqual([
      ["R1.1", [{role: "牵头领导", name: "张三", line: 3}]],
      [
        "R1.2",
        [
          {role: "牵头领导", name: "李四", line: 4},
          {role: "牵头领导", name: "王五", line: 4}
        ]
      ]
    ]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:市发改委",
      "R1.1 support:市财政局",
      "R1.2 lead:市农业农村局"
    ]);
  });
});

describe("task tables whose bodies' cell is a fragment (a copy cut inside it)", () => {
  // 国办函[2016]38号's stored copy ends inside row 10's 牵头负责部门 cell (发展改革, for 发展改革委).
  const table = (last: string) =>
    parse(
      [
        "2016年《政府工作报告》量化指标任务分工",
        "序号|工 作 任 务|牵头负责部门",
        "1|居民消费价格涨幅3%左右|发展改革委",
        "2|城镇新增就业1000万人以上|人力资源社会保障部",
        last
      ].join("\n")
    );
  test("a cell cut short is no lead: the row keeps it in its clause, with a warning naming the row and the body it may be", () => {
    const m = table("3|中央预算内投资安排5000亿元|发展改革");
    expect(m.items.map((i) => [i.id, i.clause])).toEqual([
      ["R1.1", "牵头单位:发展改革委"],
      ["R1.2", "牵头单位:人力资源社会保障部"],
      ["R1.3", "牵头单位:发展改革"]
    ]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:发展改革委",
      "R1.2 lead:人力资源社会保障部"
    ]);
    expect(m.departments.map((d) => d.name)).not.toContain("发展改革");
    expect(m.warnings.filter((w) => w.code !== "deadline")).toEqual([
      {
        line: 5,
        code: "no-clause",
        message:
          'R1.3: the 牵头负责部门 cell of its row names no department ("发展改革"): "发展改革" is no department\'s name by its form nor in the reference (a cell cut short?); it may be 发展改革委'
      }
    ]);
    expect(m.coverage.linesNotUnderstood).toEqual([5]);
  });
  test("a fragment the plan names no body after is still no lead; the reference's bodies that begin with it are named", () => {
    const m = table("3|中央预算内投资安排5000亿元|工业和信息");
    expect(m.responsibilities.filter((r) => r.item === "R1.3")).toEqual([]);
    expect(m.warnings.find((w) => w.line === 5)?.message).toMatch(
      /"工业和信息" is no department's name .*; it may be 工业和信息化部$/
    );
  });
  test("a fragment beside a body in its cell: the body leads, the fragment is said on its own, not linked", () => {
    const m = table("3|中央预算内投资安排5000亿元|财政部、发展改");
    expect(m.responsibilities.filter((r) => r.item === "R1.3").map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:财政部"
    ]);
    expect(m.warnings.find((w) => w.line === 5)?.message).toBe(
      'R1.3 (row 3): "发展改" is no department\'s name by its form nor in the reference (a cell cut short?); not linked; it may be 发展改革委'
    );
  });
  test("a body by its form that the reference does not list is no fragment: linked, kept as written", () => {
    const m = table("3|中央预算内投资安排5000亿元|区“两旧”专班");
    expect(m.responsibilities.filter((r) => r.item === "R1.3").map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:区“两旧”专班"
    ]);
  });
});

describe("task tables with a column of each year's work", () => {
  test("a year's cell that states a time gives the row its deadline where the row has none: the latest of them", () => {
    const m = parse(
      [
        "某方案",
        "一、任务",
        "(一)甲。(市发改委负责)",
        "附件",
        "序号 | 重点任务 | 2025年计划 | 2026年目标 | 牵头单位 | 完成时限",
        "1 | 出台管理办法。 | 完成起草。 | 2026年6月底前 | 市交通委 |",
        "2 | 建成平台。 | 2025年底前建成一期。 | 2026年9月底前上线二期。 | 市交通委 |",
        "3 | 推进改造。 | 改造100个。 | 改造200个。 | 市交通委 | 2026年12月",
        "4 | 开展研究。 | 完成调研。 | 形成报告。 | 市交通委 |"
      ].join("\n")
    );
    expect(m.items.slice(1).map((i) => [i.id, i.deadline?.raw ?? null, i.deadline?.date ?? null])).toEqual([
      ["R1.1", "2026年6月底前", "2026-06-30"],
      ["R1.2", "2026年9月底前", "2026-09-30"],
      // The row's 完成时限 wins over its year cells.
      ["R1.3", "2026年12月", "2026-12-31"],
      ["R1.4", null, null]
    ]);
    expect(m.items[3].text).toBe("推进改造。2025年计划:改造100个。2026年目标:改造200个。");
    expect(m.targets.map((t) => `${t.id} ${t.value}${t.unit} ${t.year}`)).toEqual([
      "R1.3-1 100个 2025",
      "R1.3-2 200个 2026"
    ]);
  });
});

describe("task tables with a schedule and no bodies' column (序号 | 工作事项 | 进度安排 | 进展情况)", () => {
  const m = parse(
    [
      "某县2023年度重点工作清单",
      "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |",
      "1 | 启动综合体建设。 | ①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。 | ①已完成。2月10日,完成设计招标。 | 达序推进 |",
      "2 | 壮大金融服务业。 | ①3月底前,召开金融联席会议,明确2023年金融指标增长目标。②6月底前,出台贴息政策。 | ①已完成。 | 达序推进 |",
      "3 | 空气优良率保持在98%以上。 | ①每月上报环境质量情况。②每半年完成一次水质监测。 | ①一季度,AQI优良率为100%。 | 达序推进 |"
    ].join("\n")
  );
  test("each row is an item with no clause: its task cell the item, its schedule kept under its header", () => {
    expect(m.items.map((i) => [i.id, i.clause])).toEqual([
      ["R1.1", null],
      ["R1.2", null],
      ["R1.3", null]
    ]);
    expect(m.items[0].text).toBe(
      "启动综合体建设。进度安排:①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。"
    );
    expect(m.responsibilities).toEqual([]);
    expect(m.coverage.linesNotUnderstood).toEqual([]);
    // Said once, at the header's line: no column names who is responsible.
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([
      {
        line: 2,
        code: "no-clause",
        message:
          "the table of R1.1–R1.3 has no column naming who is responsible (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况): its 3 rows name no one"
      }
    ]);
  });
  test("the deadline is the latest step's, a bare month in the title's year; routine steps give none", () => {
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "5月底前", date: "2023-05-31"},
      // Not 2023年 of 明确2023年金融指标增长目标: a year that qualifies a noun.
      {raw: "6月底前", date: "2023-06-30"},
      null
    ]);
  });
  test("a 完成时限 cell of a time and its verb (2023年底前完成) stays the deadline's words, not kept in the text", () => {
    const t = parse(
      ["某区2023年重点任务清单", "序号 | 重点任务 | 完成时限", "1 | 推进改造。 | 2023年底前完成"].join("\n")
    );
    expect(t.items.map((i) => [i.text, i.deadline])).toEqual([
      ["推进改造。", {raw: "2023年底前完成", date: "2023-12-31"}]
    ]);
  });
  test("the task and schedule cells' figures are targets; the progress cells' (100%, 2月10日) are none", () => {
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["R1.3 98%"]);
  });
});

/** The two rows of the 国办 2016 table shape as items, each led by its cell's body. */
function expectTwoTableRows(m: ReturnType<typeof parse>) {
  expect(m.items.map((i) => [i.id, i.text])).toEqual([
    ["R1.1", "城镇新增就业1000万人以上"],
    ["R1.2", "铁路投资8000亿元以上"]
  ]);
  expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
    "R1.1 lead:人力资源社会保障部",
    "R1.2 lead:发展改革委"
  ]);
}
describe("web-copy noise and warnings", () => {
  test("pinyin glosses are read through and warned about", () => {
    const m = parse("一、任务\n(一)加强重点(diǎn)工作。(市发改委负责)\n");
    expect(m.items[0].text).toBe("加强重点工作。");
    expect(m.warnings.map((w) => w.code)).toContain("noise");
  });
  test("site navigation lines are skipped with a warning", () => {
    const m = parse(
      "首页 > 政务公开 > 政策文件\n某市实施方案\n一、任务\n(一)甲。(市发改委负责)\n分享到:\n【打印】【关闭】\n"
    );
    expect(m.document.title).toBe("某市实施方案");
    expect(m.items[0].text).toBe("甲。");
    expect(m.warnings.find((w) => w.code === "noise")?.message).toMatch(/furniture/);
  });
  test("no items: the warning says what was read and what form was expected, with its line", () => {
    const m = parse("某市方案\n为推进工作,制定本方案。\n一、总体要求\n坚持质量第一。\n");
    const w = m.warnings.find((w) => w.code === "no-structure")!;
    expect(w.line).toBe(3);
    expect(w.message).toMatch(/^no task items were found \(1 chapter was read, numbered 一、\)/);
  });
  test("a file that mixes encodings is read, with a warning naming the first damaged line", () => {
    const head = "某市方案\n一、任务\n(一)甲。(市发改委负责)\n".repeat(30);
    const bytes = Buffer.concat([Buffer.from(head), new Uint8Array([0xd6, 0xca, 0xc1, 0xbf]), Buffer.from("\n")]);
    const m = parse(bytes);
    const w = m.warnings.find((w) => /could not be read as utf-8/.test(w.message))!;
    expect(w).toMatchObject({code: "noise", line: 91});
    expect(m.items.length).toBeGreaterThan(0);
  });
  test("the reading report names the attachments' lines that are not read (only their tables and numbered lists are)", () => {
    const m = parse(
      "某市方案\n一、任务\n(一)甲。(市发改委负责)\n附件:工作专班名单\n组长:张三\n成员:李四\n序号 | 指标 | 2025年\n1 | 合格率 | 98\n"
    );
    expect(m.coverage.attachmentLinesNotRead).toEqual([5, 6]);
    expect(readingReport(m)).toMatch(
      /; 2 lines of the attachments not read \(from line 5: only their tables and numbered lists are read\)$/
    );
  });
  test("with lines of the attachments unread, the report says only the body's lines were all understood", () => {
    const m = parse("某市方案\n一、任务\n(一)甲。(市发改委负责)\n附件:工作专班名单\n组长:张三\n成员:李四\n");
    expect(readingReport(m)).toMatch(/every line of the body understood; 2 lines of the attachments not read/);
    expect(readingReport(parse("某市方案\n一、任务\n(一)甲。(市发改委负责)\n"))).toMatch(/every line understood$/);
  });
  test("an attachment's numbered list is read as items of the attachment, F + its number, under its caption", () => {
    const m = parse(
      [
        "某市方案",
        "一、任务",
        "(一)甲。(市发改委负责)",
        "附件1",
        "示范场景",
        "1.简政提效:深化审批改革。新增6个“一件事”。(市政务服务局负责)",
        "2.协同联建:推进交通互联。持续推进,",
        "完成联合检验。",
        "附件2",
        "工作专班名单",
        "组长:张三"
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, i.numbering, i.group, i.title])).toEqual([
      ["T1", "(一)", null, "甲"],
      ["F1.1", "1.", "SF1", "简政提效:深化审批改革"],
      ["F1.2", "2.", "SF1", "协同联建:推进交通互联"]
    ]);
    expect(m.groups.map((g) => [g.id, g.title])).toEqual([["SF1", "示范场景"]]);
    expect(m.items[2].text).toBe("协同联建:推进交通互联。持续推进,完成联合检验。");
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toContain("F1.1 lead:市政务服务局");
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["F1.1 6个"]);
    // An item without a clause in a plan with clauses is warned about, as in the body.
    expect(m.warnings.filter((w) => w.code === "no-clause").map((w) => w.message)).toEqual([
      "F1.2 has no responsibility clause"
    ]);
    // Only the lines no list and no table holds stay unread.
    expect(m.coverage.attachmentLinesNotRead).toEqual([10, 11]);
    expect(m.warnings.filter((w) => w.code === "attachment").map((w) => w.line)).toEqual([10]);
  });
  test("the reading report: share of the body covered, items without a clause, lines not understood", () => {
    const m = parse("某市方案\n一、任务\n(一)甲。(市发改委负责)\n(二)乙。\n");
    expect(m.coverage).toMatchObject({covered: 1, itemsWithoutClause: 1, linesNotUnderstood: []});
  });
  test("a cover notice without its title (现将《…》印发给你们) numbering its own paragraphs is header when an attachment holds the list", () => {
    const m = parse(
      [
        "各乡镇人民政府,县直各有关单位:",
        "现将《2025年重点工作任务分解》印发给你们,请认真抓好落实。",
        "一、责任到人。《任务分解》明确133项具体任务,涉及34个牵头单位。",
        "二、动态调度。各单位要紧盯目标任务。",
        "某县人民政府办公室",
        "2025年5月18日",
        "附件1",
        "2025年重点工作任务清单",
        "一、县发改局牵头工作(2项)",
        "1.建设3个产业园。",
        "2.打造食用菌生产基地。"
      ].join("\n")
    );
    expect(m.items.map((i) => i.text)).toEqual(["建设3个产业园。", "打造食用菌生产基地。"]);
    expect(m.targets.map((t) => t.value)).toEqual([3]);
    expect(m.document.title).toBe("2025年重点工作任务清单");
  });
  test("a notice numbering its own requirements over a task table that holds the items: the rows are the items, the notice's 一、二、 no items", () => {
    // 国办函[2016]38号: the notice, its signature, a copy's note, the table's title, the table.
    const m = parse(
      [
        "国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知",
        "国务院有关部门:",
        "现将《2016年量化指标任务分工》印发给你们,并就有关事项通知如下:",
        "一、各有关部门要高度重视量化指标任务,按照分工抓紧研究制定工作方案。涉及多部门工作的,牵头部门要加大协调力度。",
        "二、各有关部门要按照办理要求和时间节点,及时将量化指标任务进展情况报送国办督查室。",
        "国务院办公厅",
        "2016年4月6日",
        "(本文有删减)",
        "2016年《政府工作报告》量化指标任务分工",
        "序号|工 作 任 务|牵头负责部门",
        "1|城镇新增就业1000万人以上|人力资源社会保障部",
        "2|铁路投资8000亿元以上|发展改革委"
      ].join("\n")
    );
    expectTwoTableRows(m);
    // A number with a unit in a row's task cell is the row's target.
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["R1.1 1000万人", "R1.2 8000亿元"]);
    expect(m.document.title).toBe("2016年《政府工作报告》量化指标任务分工");
  });
  test("an attached task table under its label, with or without a title, holds the items, not the notice's requirements", () => {
    const notice = [
      "某市人民政府办公室关于印发2023年重点工作任务分工的通知",
      "各区县人民政府,市政府各部门:",
      "现将《2023年重点工作任务分工》印发给你们,请认真贯彻落实。",
      "一、压实工作责任。各牵头单位要细化工作措施。",
      "二、加强督查考核。市政府督查室要定期通报。",
      "某市人民政府办公室",
      "2023年3月1日",
      "附件"
    ];
    const table = [
      "序号|重点工作|主办单位|协办单位|完成时限",
      "1|新建5G基站2000个|市工业和信息化局|市住房城乡建设局|2023年12月底",
      "2|新增城镇就业5万人|市人力资源社会保障局|市财政局|2023年12月底"
    ];
    for (const lines of [
      [...notice, "2023年重点工作任务分工", ...table],
      [...notice, ...table]
    ]) {
      const m = parse(lines.join("\n"));
      expect(m.items.map((i) => i.id)).toEqual(["R1.1", "R1.2"]);
      expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
        "R1.1 lead:市工业和信息化局",
        "R1.1 support:市住房城乡建设局",
        "R1.2 lead:市人力资源社会保障局",
        "R1.2 support:市财政局"
      ]);
    }
  });
  test("the same notice over its task table copied one cell a line: the rows are the items", () => {
    const m = parse(
      [
        "国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知",
        "现将《2016年量化指标任务分工》印发给你们,并就有关事项通知如下:",
        "一、各有关部门要高度重视量化指标任务,按照分工抓紧研究制定工作方案。",
        "二、国办将加强跟踪督办,定期梳理汇总落实情况。",
        "国务院办公厅",
        "2016年4月6日",
        "2016年《政府工作报告》量化指标任务分工",
        "序号",
        "工 作 任 务",
        "牵头负责部门",
        "1",
        "城镇新增就业1000万人以上",
        "人力资源社会保障部",
        "2",
        "铁路投资8000亿元以上",
        "发展改革委"
      ].join("\n")
    );
    expectTwoTableRows(m);
  });
  test("a notice that hands down a task table without 印发 (关于分解落实…的通知) frames it too; the table's title may end with 表", () => {
    const m = parse(
      [
        "市人民政府办公室关于分解落实2019年《政府工作报告》主要目标任务的通知",
        "各区人民政府,市政府各部门:",
        "现将2019年《政府工作报告》主要目标任务进行责任分解,并就有关事项通知如下:",
        "一、压实工作责任。各地各部门要高度重视,迅速研究部署。",
        "二、制定实施方案。各牵头单位要迅速组织责任单位研究制定实施方案。",
        "某市人民政府办公室",
        "2019年1月20日",
        "2019年《政府工作报告》主要目标任务分解表",
        "序号|目标任务|牵头单位|责任单位",
        "1|地区生产总值增长8%左右|市发改委|市统计局",
        "2|新增城镇就业2万人|市人社局|各区人民政府"
      ].join("\n")
    );
    expect(m.items.map((i) => i.id)).toEqual(["R1.1", "R1.2"]);
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["R1.1 8%", "R1.2 2万人"]);
  });
  test("but such a notice over a numbered plan keeps its own numbered paragraphs (only 印发 carries a numbered plan)", () => {
    const m = parse(
      [
        "某市人民政府办公室关于做好2023年防汛工作的通知",
        "一、压实防汛责任。各区县要落实责任。",
        "二、加强隐患排查。市水务局要组织排查。",
        "某市人民政府办公室",
        "2023年5月1日",
        "2023年防汛工作方案",
        "一、总体要求"
      ].join("\n")
    );
    expect(m.items.map((i) => i.text.slice(0, 6))).toEqual(["压实防汛责任", "加强隐患排查"]);
  });
  test("but a notice with no plan after its signature keeps its own numbered paragraphs as its items", () => {
    const m = parse(
      [
        "某市人民政府办公室关于做好2023年防汛工作的通知",
        "各区县人民政府:",
        "一、压实防汛责任。各区县要落实责任。",
        "二、加强隐患排查。市水务局要组织排查。",
        "某市人民政府办公室",
        "2023年5月1日"
      ].join("\n")
    );
    expect(m.items.map((i) => i.text.slice(0, 6))).toEqual(["压实防汛责任", "加强隐患排查"]);
  });
  test("a lead named in a group heading (一、X牵头工作(8项)) leads the items under it", () => {
    const m = parse(
      "某县工作要点\n一、县发改局牵头工作(2项)\n1.建设3个产业园。\n2.打造食用菌生产基地。\n二、县财政局负责事项\n1.落实资金。\n"
    );
    expect(m.responsibilities.map((r) => [r.item, r.asWritten, r.role])).toEqual([
      ["T1.1", "县发改局", "lead"],
      ["T1.2", "县发改局", "lead"],
      ["T2.1", "县财政局", "lead"]
    ]);
    expect(m.warnings.some((w) => w.code === "no-clause")).toBe(false);
  });
  test("the body of a plan that is all a task table starts at the table's first row (read, not 0%)", () => {
    const m = parse(
      "某市分工方案\n序号 | 重点任务 | 牵头单位 | 完成时限\n1 | 推行企业开办一日办结。 | 市市场监管局 | 2022年9月底\n2 | 推行证照联办。 | 市政务服务局 | 2022年11月底\n"
    );
    expect(m.coverage.bodyChars).toBeGreaterThan(0);
    expect(m.coverage.covered).toBe(1);
  });
});
