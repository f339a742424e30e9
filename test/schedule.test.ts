import {describe, expect, test} from "vitest";
import {parse} from "./plan.js";

// The shape of 沪交科〔2023〕233号: tasks with clauses, then a schedule chapter whose stages are times.
const PLAN = `某市提高岸电使用率实施方案
一、主要任务
(一)完善岸电设施建设。推进码头岸电设施建设。(责任单位:市港航中心)
(二)推进船舶受电设施改造。推进船舶改造。(责任单位:市港航中心)
三、时间节点
(一)2023年4月底前
开展岸电使用宣传教育。
(二)6月底前
召开推进会议。
(三)12月底前
完成岸电设施标准化建设。
`;

describe("schedule chapters", () => {
  test("a schedule chapter's stages are goals, not tasks without a lead", () => {
    const m = parse(PLAN);
    expect(m.items.map((i) => i.title)).toEqual(["完善岸电设施建设", "推进船舶受电设施改造"]);
    expect(m.goals.map((g) => g.title)).toEqual(["2023年4月底前", "6月底前", "12月底前"]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
  test("each stage keeps its deadline; a month without a year takes the year of the stage before it", () => {
    const m = parse(PLAN);
    expect(m.goals.map((g) => g.deadline)).toEqual([
      {raw: "2023年4月底前", date: "2023-04-30"},
      {raw: "6月底前", date: "2023-06-30"},
      {raw: "12月底前", date: "2023-12-31"}
    ]);
  });
  test("the stages of 实施步骤 keep a time their heading states, in brackets after the stage's name; a span of months ends with its last", () => {
    const m = parse(
      "一、重点任务\n(一)推进建设。(责任单位:区建设管理委)\n二、实施步骤\n(一)动员部署阶段(2024年3月底前)\n制定方案。\n(二)组织实施阶段(2024年4月—11月)\n推进实施。\n"
    );
    expect(m.goals.map((g) => g.deadline?.date)).toEqual(["2024-03-31", "2024-11-30"]);
    expect(m.goals[0].deadline?.raw).toBe("2024年3月底前");
  });
});

describe("stages whose times are words of relative time", () => {
  // A plan for 2023 written in December 2022 (district-xialu-2023-fenjie's shape): 明年 counts from the writing's year.
  const plan = (stages: string) =>
    parse(
      `2023年区政府工作报告重点任务分解\n一、重点任务\n(一)推进建设。(责任单位:区建设管理委)\n二、工作步骤\n${stages}区人民政府\n2022年12月27日\n`
    );
  test("a stage's heading reads 明年6月底前 and 年底前 as prose does: the year after the writing's, the stage's year's end", () => {
    const m = plan("(一)集中整治阶段(明年6月底前)\n开展整治。\n(二)总结提升阶段(年底前)\n总结经验。\n");
    expect(m.goals.map((g) => g.deadline)).toEqual([
      {raw: "明年6月底前", date: "2023-06-30"},
      {raw: "年底前", date: "2023-12-31"}
    ]);
  });
  test("a bare 年底前 takes the year of the stage before it, as a month without a year does", () => {
    const m = plan("(一)动员部署阶段(2024年3月—4月)\n部署工作。\n(二)总结提升阶段(年底前)\n总结经验。\n");
    expect(m.goals.map((g) => g.deadline)).toEqual([
      {raw: "2024年3月—4月", date: "2024-04-30"},
      {raw: "年底前", date: "2024-12-31"}
    ]);
  });
});

describe("stages whose times name no year", () => {
  const stages = (head: string) =>
    parse(
      `${head}\n一、重点任务\n(一)排查。开展排查。\n二、工作步骤\n(一)动员部署阶段(8月31日前)\n制定方案。\n(二)排查整治阶段(9月1日至11月30日)\n开展排查。\n(三)巩固提高阶段(12月1日至12月31日)\n检查验收。\n`
    );
  test("the first stage's month takes the year of the plan's date when nothing else gives one", () => {
    const m = stages("某区高层建筑消防安全综合治理工作方案\n2017年9月6日");
    expect(m.items.map((i) => i.deadline?.date)).toEqual([undefined, "2017-08-31", "2017-11-30", "2017-12-31"]);
    expect(m.document.targetYear).toBe(2017);
  });
  test("the first stage's month takes the year the preamble runs the work until, before the plan's date", () => {
    const m = stages("某区综合治理工作方案\n2017年9月6日\n从现在起至2018年3月底,本区开展综合治理工作。");
    expect(m.items[1].deadline).toEqual({raw: "8月31日前", date: "2018-08-31"});
  });
  test("a span of days (9月1日至11月30日) ends on its last day", () => {
    const m = stages("某区综合治理工作方案\n2017年9月6日");
    expect(m.items[3].deadline).toEqual({raw: "12月31日", date: "2017-12-31"});
  });
});

describe("a stage whose numbered lines are steps of work", () => {
  // The shape of 沪崇府办发〔2017〕39号: no clause anywhere; stages with dated steps, each with its own actors.
  const PLAN = `某区综合治理工作方案
2017年9月6日
一、工作措施
(一)全面摸清底数。摸清全区高层建筑的数量。
(二)严格管控外保温材料
1.对违规采用易燃可燃外保温材料的高层建筑,拆除易燃可燃外保温材料。
2.督促业主制作张贴警示标牌。
二、工作步骤
(一)动员部署阶段(8月31日前)
各有关委、办、局细化工作方案。
(二)排查整治阶段(9月1日至11月30日)
1.9月30日前,区建设管理委、区住房保障房屋管理局对照标准完成底数排查。各行业主管部门组织完成隐患自查。
2.11月30日前,区公安分局和区公安消防支队会同行业主管部门制定整改计划。
(三)巩固提高阶段(12月1日至12月31日)
1.区协调小组将成立检查组,进行检查验收。
2.制定2018年、2019年改造项目计划。
`;
  test("each step is an item (one glued to its date, 1.9月30日前, too), its stage the group", () => {
    const m = parse(PLAN);
    expect(m.items.map((i) => i.id).slice(3)).toEqual(["T2.1", "T2.2.1", "T2.2.2", "T2.3.1", "T2.3.2"]);
    expect(m.groups.map((g) => g.id)).toContain("S2.2");
  });
  test("a step keeps the time it opens with; a step with none takes its stage's, marked with the stage's id", () => {
    const m = parse(PLAN);
    const due = (id: string) => m.items.find((i) => i.id === id)?.deadline;
    expect(due("T2.2.1")).toEqual({raw: "9月30日前", date: "2017-09-30"});
    expect(due("T2.2.2")).toEqual({raw: "11月30日前", date: "2017-11-30"});
    expect(due("T2.3.2")).toEqual({raw: "12月31日", date: "2017-12-31", inheritedFrom: "S2.3"});
  });
  test("a step's actors are its own: the subject after its time, and the bodies of 会同", () => {
    const m = parse(PLAN);
    const roles = (id: string) =>
      m.responsibilities.filter((r) => r.item === id).map((r) => `${r.role}:${r.asWritten}`);
    expect(roles("T2.2.1")).toEqual([
      "implicit:区建设管理委",
      "implicit:区住房保障房屋管理局",
      "implicit:各行业主管部门"
    ]);
    expect(roles("T2.2.2")).toEqual(["lead:区公安分局", "lead:区公安消防支队", "support:行业主管部门"]);
    expect(roles("T2.3.1")).toEqual(["implicit:区协调小组"]);
    // 行业主管部门 and 各行业主管部门: one generic body.
    expect(m.departments.filter((d) => /行业主管部门/.test(d.name)).map((d) => d.name)).toEqual(["行业主管部门"]);
  });
  test("a stage whose lines list what it covers holds them within it", () => {
    const m = parse(
      "某区城市体检工作方案\n一、工作方式\n(一)开展体检。开展区级城市体检。\n二、工作步骤\n(一)形成体检报告(2021年10月)\n1.本区城市体检总体情况;\n2.存在的问题。\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1.1", "T2.1"]);
  });
});

describe("a stage that names tasks", () => {
  const plan = (stage: string) =>
    parse(
      `某市方案\n一、主要任务\n(一)完善岸电设施建设。推进码头岸电设施建设。(责任单位:市港航中心)\n(二)推进船舶受电设施改造。推进船舶改造。(责任单位:市港航中心)\n(三)健全数据报送机制。推进数据接入。(责任单位:市港航中心,2023年4月底前)\n三、时间节点\n(一)2023年6月底前\n${stage}\n`
    );
  const deadlines = (stage: string) => plan(stage).items.map((i) => `${i.id} ${i.deadline?.date ?? "-"}`);
  test("gives its time to a task it names by number or by heading, where the task states none", () => {
    expect(deadlines("完成第(二)项任务。")).toEqual(["T1 -", "T2 2023-06-30", "T3 2023-04-30"]);
    expect(deadlines("完成任务一、任务二。")).toEqual(["T1 2023-06-30", "T2 2023-06-30", "T3 2023-04-30"]);
    expect(deadlines("全面完成推进船舶受电设施改造。")).toEqual(["T1 -", "T2 2023-06-30", "T3 2023-04-30"]);
    // The stage keeps its time.
    expect(plan("完成第(二)项任务。").goals[0].deadline?.date).toBe("2023-06-30");
  });
  test("a time a task takes from a stage is marked with the stage's id; a task's own time is not marked", () => {
    const m = plan("完成第(二)项任务。");
    expect(m.items[1].deadline).toEqual({raw: "2023年6月底前", date: "2023-06-30", inheritedFrom: m.goals[0].id});
    expect(m.items[2].deadline).not.toHaveProperty("inheritedFrom");
  });
  test("words that only describe the work, or a count of things, name no task: the time stays on the stage", () => {
    expect(deadlines("完成岸电设施标准化建设。")).toEqual(["T1 -", "T2 -", "T3 2023-04-30"]);
    expect(deadlines("出台2项措施。")).toEqual(["T1 -", "T2 -", "T3 2023-04-30"]);
  });
});

describe("a plan with no clause anywhere", () => {
  // The shape of 沪崇府办发〔2021〕20号: work, dated steps, and one assignment in its closing chapter.
  const WORK = `某区城市体检工作方案
一、工作内容
(一)生态宜居。反映城市生态环境要素保护情况。
(二)健康舒适。反映城市社区服务设施建设情况。
二、工作方式
(一)开展区级城市体检。区级体检围绕以上指标开展。
(二)搭建体检信息系统。逐步搭建信息系统。
三、工作步骤
(一)建立工作机制(2021年8月)。编制工作方案。
(二)形成体检报告(2021年10月)。10月15日前,形成正式报告,上报区政府。
(三)体检成果应用(2021年12月)。制定行动计划。
四、组织保障
由分管副区长牵头统筹协调重大事项,区建设管理委会同区发展改革委、区财政局等部门共同推进城市体检工作。
`;
  test("reads the stages of its schedule as items, each with the time its heading states", () => {
    const m = parse(WORK);
    expect(m.items.map((i) => i.title).slice(2)).toEqual([
      "建立工作机制(2021年8月)",
      "形成体检报告(2021年10月)",
      "体检成果应用(2021年12月)"
    ]);
    expect(m.items[2].deadline).toEqual({raw: "2021年8月", date: "2021-08-31"});
    expect(m.goals.filter((g) => /工作机制|体检报告/.test(g.title))).toEqual([]);
  });
  test("a stage's deadline is the exact day a time with 前 in its text sets, the latest of them; a month without a year takes the stage's", () => {
    expect(parse(WORK).items[3].deadline).toEqual({raw: "10月15日前", date: "2021-10-15"});
    const m = parse(
      "某局工作方案\n一、重点任务\n(一)排查。开展排查。\n二、工作安排\n(一)巩固提升阶段。2024年3月底前,完成整治。2024年6月前,开展回头看。\n"
    );
    expect(m.items.map((i) => i.deadline?.date)).toEqual([undefined, "2024-06-30"]);
  });
  test("a stage heading's year is the year of the targets its text states", () => {
    const m = parse(
      "某委实施方案\n一、重点任务\n(一)划设航线。研究划设标准。\n二、实施步骤\n(一)建设及试运行阶段(2025年年底前)\n完成划设工作。累计划设低空飞行航线不少于150条。\n"
    );
    expect(m.targets.map((t) => [t.item, t.value, t.year, t.yearStated])).toEqual([["T2.1", 150, 2025, true]]);
  });
  test("a plan whose horizon only its stages give has the last stage's year as its target year", () => {
    const m = parse(
      "某委实施方案\n一、重点任务\n(一)划设航线。研究划设标准。\n二、实施步骤\n(一)建设筹备阶段(2024年年底前)\n开展前期工作。\n(二)建设及试运行阶段(2025年年底前)\n完成划设工作。\n(三)优化提升阶段(2027年年底前)\n形成航路网络。\n"
    );
    expect(m.document.targetYear).toBe(2027);
  });
  test("an attached document's stages read as items keep their deadlines as the body's do, and date its targets", () => {
    const main = "某区城市更新工作方案\n一、重点任务\n(一)排查。开展排查。\n(二)整治。推进整治。\n";
    const attached =
      "附件2\n某街道更新试点实施方案\n为推进试点,制定本方案。\n一、主要任务\n(一)摸底调查。开展调查。\n(二)方案编制。编制方案。\n" +
      "二、实施步骤\n(一)启动阶段(2024年6月底前)\n完成摸底。\n(二)推进阶段(2025年年底前)\n完成改造。累计改造小区不少于20个。\n";
    const m = parse(main + attached);
    expect(m.items.filter((i) => /阶段/.test(i.title)).map((i) => [i.id, i.deadline])).toEqual([
      ["F2.2.1", {raw: "2024年6月底前", date: "2024-06-30"}],
      ["F2.2.2", {raw: "2025年年底前", date: "2025-12-31"}]
    ]);
    expect(m.targets.map((t) => [t.item, t.value, t.year, t.yearStated])).toEqual([["F2.2.2", 20, 2025, true]]);
  });
  test("but in a plan with clauses the stages stay goals", () => {
    const m = parse(PLAN);
    expect(m.goals).toHaveLength(3);
  });
  test("a section that defines a category (生态宜居。反映…) is a goal, not a task", () => {
    const m = parse(WORK);
    expect(m.goals.map((g) => g.title)).toEqual(["生态宜居", "健康舒适"]);
    expect(m.items.map((i) => i.title).slice(0, 2)).toEqual(["开展区级城市体检", "搭建体检信息系统"]);
  });
  test("a closing chapter's X会同Y、Z…等部门共同推进 covers the whole plan's work: X leads every item, Y and Z support it", () => {
    const m = parse(WORK);
    const of = (id: string) => m.responsibilities.filter((r) => r.item === id).map((r) => `${r.role}:${r.asWritten}`);
    for (const item of m.items)
      expect(of(item.id)).toEqual(["lead:区建设管理委", "support:区发展改革委", "support:区财政局"]);
    // An official's title (分管副区长) is a person's role, not a body: no link.
    expect(m.responsibilities.some((r) => /副区长/.test(r.asWritten))).toBe(false);
  });
  test("a task chapter whose long heading ends with a closing word (…职业保障,发挥…作用) is no closing chapter", () => {
    const m = parse(WORK.replace("四、组织保障\n", "四、加强消防救援队伍职业保障,发挥主力军作用\n"));
    // Its sentence covers no other item: the chapter, a paragraph of work after chapters of items, is an item of its
    // own (T4), which that sentence assigns.
    expect([...new Set(m.responsibilities.filter((r) => r.role !== "implicit").map((r) => r.item))]).toEqual(["T4"]);
    expect(m.items.find((i) => i.id === "T4")?.title).toBe("加强消防救援队伍职业保障,发挥主力军作用");
  });
  test("a plan that assigns any item keeps its closing chapter's sentence to itself", () => {
    const m = parse(WORK.replace("逐步搭建信息系统。", "区大数据中心牵头搭建信息系统。"));
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual(["T2.2 lead:区大数据中心"]);
  });
});
