// A heading whose bracket names who leads the work under it (一、道路提升工程(分管领导:张三;牵头部门:市交通局、市住建局)),
// and a section headed by the goal alone (1.三年目标。…): items.ts headingClauses, preambleHeadingClause, GOAL_TITLE.
import {describe, expect, test} from "vitest";
import {letterSpaced} from "../src/lib/reader/items.js";
import {parse} from "./plan.js";

const leads = (m: ReturnType<typeof parse>, item: string) =>
  m.responsibilities.filter((r) => r.item === item && r.role === "lead").map((r) => r.asWritten);

// Two 工程 chapters, each with its goal, then a group of tasks with no clause of their own but one.
const chapters = [
  "某市交通提升三年行动方案",
  "一、道路提升工程(分管领导:张三;牵头部门:市交通局、市住建局)。",
  "1.三年目标。新建道路120公里,改造桥梁15座。",
  "2.主要任务。",
  "(1)加快主干道建设。推进东环路、西环路建设。",
  "(2)推进桥梁改造。改造老旧桥梁。",
  "二、公交提升工程(分管领导:李四;牵头部门:市交通局)。",
  "1.三年目标。新增公交线路30条。",
  "2.主要任务。",
  "(1)优化公交线网。调整线路。",
  "(2)建设公交场站。新建场站5个。(市规划局牵头)",
  ""
].join("\n");

describe("a heading that carries the clause of the work under it", () => {
  test("a chapter heading's clause is handed down to its items: the chapter stays a chapter, its items are kept", () => {
    const m = parse(chapters);
    expect(m.chapters.map((c) => c.title)).toEqual(["道路提升工程", "公交提升工程"]);
    expect(m.items.map((i) => i.id)).toEqual(["T1.2.1", "T1.2.2", "T2.2.1", "T2.2.2"]);
    expect(m.groups.map((g) => g.id)).toEqual(["S1.2", "S2.2"]);
    expect(leads(m, "T1.2.1")).toEqual(["市交通局", "市住建局"]);
    expect(leads(m, "T1.2.2")).toEqual(["市交通局", "市住建局"]);
    expect(leads(m, "T2.2.1")).toEqual(["市交通局"]);
  });
  test("an item's own clause wins over its heading's", () => {
    expect(leads(parse(chapters), "T2.2.2")).toEqual(["市规划局"]);
  });
  test("the heading's 分管领导 is a person of each item it hands down to, never a department", () => {
    const m = parse(chapters);
    expect(m.items.find((i) => i.id === "T1.2.1")!.persons).toEqual([{role: "分管领导", name: "张三", line: 2}]);
    expect(m.departments.map((d) => d.name).join()).not.toMatch(/张三|李四/);
  });
  test("one rule with a heading that names a body: the nearest heading that says who does the work holds it", () => {
    const m = parse(
      [
        "某区行动方案",
        "一、平安建设工程(牵头部门:区政法委)",
        "(一)区公安分局",
        "1.加强巡逻。增加巡逻力量。",
        "2.整治隐患。排查隐患。",
        "(二)加强宣传",
        "1.开展宣传。印发手册。",
        ""
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, leads(m, i.id).join()])).toEqual([
      ["T1.1.1", "区公安分局"],
      ["T1.1.2", "区公安分局"],
      ["T1.2.1", "区政法委"]
    ]);
  });
  test("an unnumbered heading with a clause just before the first numbered line hands it down to the plan's items", () => {
    const m = parse(
      [
        "某市工程行动方案",
        "供水提升工程(分管领导:王五;牵头部门:市水务局、市住建局)。",
        "1.三年目标。新建水厂2座。",
        "2.主要任务。",
        "(1)建设水厂。推进东区水厂建设。",
        "(2)改造管网。更新老旧管网。",
        ""
      ].join("\n")
    );
    expect(m.items.map((i) => i.numbering)).toEqual(["(1)", "(2)"]);
    for (const i of m.items) expect(leads(m, i.id)).toEqual(["市水务局", "市住建局"]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
  test("the same heading glued to the sentence before it (a copy that lost its line breaks) hands its clause down too", () => {
    const m = parse(
      "某市工程行动方案。全市拟实施项目12个。供水提升工程(牵头部门:市水务局)。1.三年目标。新建水厂2座。2.主要任务。(1)建设水厂。推进东区水厂建设。(2)改造管网。更新老旧管网。"
    );
    expect(m.items.map((i) => [i.numbering, leads(m, i.id).join()])).toEqual([
      ["(1)", "市水务局"],
      ["(2)", "市水务局"]
    ]);
  });
  test("a heading whose clause closes its own paragraph of work, with sub-points below, stays one item (counter-example)", () => {
    const m = parse(
      [
        "某区行动方案",
        "一、加强道路建设。推进东环路建设,年内完成。(区交通委牵头)",
        "(一)完成设计。",
        "(二)开工建设。",
        "二、加强公交建设。新增线路。(区交通委牵头)",
        ""
      ].join("\n")
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T2"]);
  });
});

describe("a section headed by the goal alone is a goal, its figures targets", () => {
  test("1.三年目标 under a chapter of work: a goal, not an item; its figures are the goal's targets", () => {
    const m = parse(chapters);
    expect(m.goals.map((g) => [g.id, g.title])).toEqual([
      ["G1.1", "三年目标"],
      ["G2.1", "三年目标"]
    ]);
    expect(m.targets.filter((t) => t.item === "G1.1").map((t) => `${t.value}${t.unit}`)).toEqual(["120公里", "15座"]);
  });
  test("a chapter headed by the goal, its text on its heading's line, is a goal with its targets", () => {
    const m = parse(
      "某市行动方案\n1.工作目标。新增绿地30公顷。\n2.主要任务。\n(1)建设公园。推进公园建设。(市绿化局牵头)\n"
    );
    expect(m.goals.map((g) => g.title)).toEqual(["工作目标"]);
    expect(m.targets.map((t) => [t.item, t.value, t.unit])).toEqual([["G1", 30, "公顷"]]);
  });
  test("a heading that only opens with 目标 (目标管理) is no goal (counter-example)", () => {
    const m = parse("某市行动方案\n一、重点任务\n(一)目标管理。建立考核制度。(市考核办牵头)\n");
    expect(m.goals).toEqual([]);
    expect(m.items.map((i) => i.title)).toEqual(["目标管理"]);
  });
});

describe("letterSpaced", () => {
  test("letterSpaced(heading) closes up a heading typeset with spaces between its characters", () => {
    expect(letterSpaced("总 则")).toBe("总则");
    expect(letterSpaced("总\u3000体\u3000要\u3000求")).toBe("总体要求");
    expect(letterSpaced("三年目标 2024")).toBe("三年目标 2024");
    expect(letterSpaced("工作 目标任务")).toBe("工作 目标任务");
  });
  test("a framing chapter typeset with spaces (第一章 总 则) is framing: its articles are goals, not tasks", () => {
    const m = parse(
      "某省实施细则\n第一章 总 则\n第一条 为了全面落实责任制,制定本细则。\n第二条 落实责任制,坚持稳中求进。\n第二章 各级责任\n第三条 各级政府责任主要包括:\n(一)认真落实决策部署。\n(二)制定政策措施并组织实施。\n"
    );
    expect(m.goals.length).toBe(2);
    expect(m.items.map((i) => i.title.slice(0, 4))).toEqual(["认真落实", "制定政策"]);
  });
});
