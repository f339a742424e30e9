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
