import {describe, expect, test} from "vitest";
import {preambleGoals} from "../src/lib/reader/framing.js";
import {parse} from "./plan.js";

const noBody = () => false;
const goalsOf = (text: string) => {
  const lines = text.split("\n");
  const breaks: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) breaks.push((at += line.length));
  const joined = lines.join("");
  return preambleGoals(joined, breaks, noBody).map((p) => joined.slice(p.start, p.end));
};

describe("a goal paragraph before the first numbered line", () => {
  test("a paragraph whose subject is the plan's goals (主要预期目标是:…) is a goal with its targets, unnumbered", () => {
    const m = parse(
      "2023年区政府工作报告重点任务分解\n根据区十一届人大二次会议通过的《区政府工作报告》,现将2023年区政府工作报告重点任务分解如下。\n2023年经济社会发展的主要预期目标是:全年地区生产总值增长5%左右;固定资产投资增长12%左右;城镇登记失业率控制在4%以内。\n一、推进融圈入群\n1.加快建设产业园。[责任单位:区招商服务中心]\n"
    );
    expect(m.goals.map((g) => [g.id, g.title, g.chapter])).toEqual([["G0", "2023年经济社会发展的主要预期目标", null]]);
    expect(m.goals[0].source.line).toBe(3);
    expect(m.targets.map((t) => [t.item, t.value, t.unit])).toEqual([
      ["G0", 5, "%"],
      ["G0", 12, "%"],
      ["G0", 4, "%"]
    ]);
    expect(m.items.map((i) => i.id)).toEqual(["T1"]);
  });
  test("总体目标: and 工作目标为 open a goal too; a paragraph ending with 目标是: runs on into the next", () => {
    expect(goalsOf("某县实施方案\n总体目标:到2025年,全县农村生活污水治理率达到60%以上。\n一、主要任务")).toEqual([
      "总体目标:到2025年,全县农村生活污水治理率达到60%以上。"
    ]);
    expect(
      goalsOf("某市工作要点\n今年全市工作的主要目标是:\n新增城镇就业3万人,城镇登记失业率控制在4.5%以内。\n")
    ).toEqual(["今年全市工作的主要目标是:新增城镇就业3万人,城镇登记失业率控制在4.5%以内。"]);
  });
  test("a later sentence of the paragraph with the goals' colon (…开局之年…。综合考虑各方面因素,…主要预期目标为:…) opens one too", () => {
    const m = parse(
      "区政府2021年工作计划\n2021年是新一届政府的开局之年,做好今年的政府工作至关重要。综合考虑各方面因素,2021年经济社会发展的主要预期目标为:地区生产总值增长7.5%左右;固定资产投资增长10%左右。为实现上述目标任务,我们将重点做好以下工作:\n一、打造现代产业新体系\n1.实施创新引领工程。(区科技局牵头)\n"
    );
    expect(m.goals.map((g) => [g.id, g.title])).toEqual([["G0", "2021年经济社会发展的主要预期目标"]]);
    expect(m.targets.map((t) => [t.item, t.value, t.unit])).toEqual([
      ["G0", 7.5, "%"],
      ["G0", 10, "%"]
    ]);
    // A work plan's 总体要求是: states no goal: it stays framing.
    expect(
      goalsOf(
        "2017年定陶区政务公开工作要点\n2017年全区政务公开工作的总体要求是:全面贯彻党的十八大精神,进一步加大政务公开力度。\n"
      )
    ).toEqual([]);
  });
  test("the preamble that says why and on what the plan was made (为…,根据…,制定本方案) stays framing, with no target", () => {
    expect(
      goalsOf(
        "某市实施方案\n为实现2025年全市绿化覆盖率达到45%的目标,根据《某省实施意见》,结合我市实际,制定本方案。\n根据上级工作目标:年内完成3项改革,制定本方案。\n"
      )
    ).toEqual([]);
    const m = parse(
      "某市实施方案\n为实现2025年全市绿化覆盖率达到45%的目标,根据《某省实施意见》,结合我市实际,制定本方案。\n一、主要任务\n1.加快绿道建设。(市园林局牵头)\n"
    );
    expect(m.goals).toEqual([]);
    expect(m.targets).toEqual([]);
  });
  test("a notice naming its 目标任务 (关于印发…主要目标任务责任分解方案的通知) is no goal", () => {
    expect(
      goalsOf(
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们。\n"
      )
    ).toEqual([]);
  });
  test("a preamble sentence that states in figures what the plan will do (拟实施项目共29个,估算总投资…) is a goal, also after a repost's notice name and number", () => {
    const m = parse(
      "某省人民政府关于印发某省补短板三年行动方案(2020—2022年)的通知,某政发〔2020〕19号,在能源提升工程这一类别中,全省三年拟实施项目共29个,估算总投资1176亿元。\n能源提升工程(牵头部门:省发改委)。\n1.加快电源点建设。新增风电200万千瓦。\n"
    );
    expect(m.document.docNumber).toBe("某政发〔2020〕19号");
    expect(m.goals.map((g) => [g.id, g.text, g.chapter])).toEqual([
      ["G0", "在能源提升工程这一类别中,全省三年拟实施项目共29个,估算总投资1176亿元。", null]
    ]);
    expect(m.targets.filter((t) => t.item === "G0").map((t) => [t.value, t.unit])).toEqual([
      [29, "个"],
      [1176, "亿元"]
    ]);
    // The plan's count of its own tasks names no word of plan; a purpose sentence stays framing whatever it plans.
    expect(goalsOf("某县任务分解\n《2025年县政府重点工作任务分解》明确40项具体任务,涉及21个责任单位。\n")).toEqual([]);
    expect(goalsOf("某县实施方案\n为补齐短板,全县拟实施项目29个,根据…,制定本方案。\n")).toEqual([]);
    expect(goalsOf("某县实施方案\n2024年,全县计划新建公厕30座,预计投资1200万元。\n")).toEqual([
      "2024年,全县计划新建公厕30座,预计投资1200万元。"
    ]);
  });
});
