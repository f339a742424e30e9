// Plans written as narrative (old State Council opinions, a bureau's report a 国办发 notice carries): chapters of
// paragraphs with no numbering below them, a goal paragraph inside a task chapter, paragraphs that frame the work.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {fixture, parse} from "./plan.js";

describe("a goal paragraph inside a task chapter", () => {
  const plan = (intro: string) =>
    parse(`某区工作方案\n一、主要任务\n${intro}\n(一)推进建设。开展区级建设。\n(二)搭建系统。搭建信息系统。\n`);
  test("a paragraph whose subject is the goal (…的目标是:) is a goal, with the paragraph it runs into", () => {
    const m = plan("按照分步推进的原则,今后三年工作的目标是:\n使全区基本具备应急处置能力,为全面实现目标打下基础。");
    expect(m.goals.map((g) => [g.id, g.chapter, g.source.line])).toEqual([["G1", 1, 3]]);
    expect(m.goals[0].text).toContain("使全区基本具备应急处置能力");
    expect(m.items.map((i) => i.numbering)).toEqual(["(一)", "(二)"]);
    expect(m.coverage.linesNotUnderstood).toEqual([]);
  });
  test("a paragraph that opens with the year its goal is for (到2025年,…) is a goal, its target kept", () => {
    const m = plan("到2025年,全区建成智慧社区50个。");
    expect(m.goals.map((g) => g.id)).toEqual(["G1"]);
    expect(m.targets.map((t) => [t.item, t.value])).toEqual([["G1", 50]]);
  });
  test("a paragraph of the chapter that states no goal is none", () => {
    expect(plan("各部门要加强协调配合,确保各项任务落实。").goals).toEqual([]);
  });
  test("a goal paragraph that assigns its work with a clause of its own is no goal", () => {
    expect(plan("到2025年,全区建成智慧社区50个。(责任单位:区民政局)").goals).toEqual([]);
  });
  test("the earthquake report's 九五 goal (三、 / …的目标是: / 在各级人民政府的领导下,…) is a goal of chapter 三", () => {
    const m = parse(readFileSync(fixture("real/nation-1996-earthquake.txt")));
    expect(m.goals.map((g) => [g.id, g.source.line])).toEqual([["G3", 23]]);
    expect(m.goals[0].text).toMatch(/目标是:?：?在各级人民政府的领导下/);
  });
});
