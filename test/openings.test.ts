// Openings of seven real plans outside Shanghai (test/fixtures/openings/README.md gives each source address): what
// their opening shows, read as a user reads it. They are openings, not whole plans, so they are not in the corpus.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {fixture, parse} from "./plan.js";

const opening = (name: string) => parse(readFileSync(fixture(`openings/${name}.txt`)));
const leads = (m: ReturnType<typeof parse>, item: string) =>
  m.responsibilities.filter((r) => r.item === item && r.role === "lead").map((r) => r.asWritten);

describe("openings of real plans", () => {
  test("a clause cut mid-bracket gives its whole names and a warning, never a name with a bracket (咸阳 放管服)", () => {
    const m = opening("xianyang-2022-fangguanfu-trad");
    expect(leads(m, "T2")).toEqual(["市政府辦公室"]);
    expect(m.departments.some((d) => /[()]/.test(d.name))).toBe(false);
    expect(m.warnings.some((w) => w.line === 5 && /never closed/.test(w.message))).toBe(true);
  });
  test("the plan works toward its near-term year, not the 2035 vision (重庆 城镇化)", () => {
    expect(opening("chongqing-2023-xianchengzhen").document.targetYear).toBe(2027);
  });
  test("a task-division table's short rows: the city's measures are the items, a time is never a lead (西安 分工方案)", () => {
    const m = opening("xian-2022-fenggong");
    expect(m.items.map((i) => [i.numbering, i.text.slice(0, 8)])).toEqual([
      ["(1)", "全面准确依法编制"],
      ["(2)", "严格落实行政许可"]
    ]);
    for (const item of ["R1.1", "R1.2"]) expect(leads(m, item)).toEqual(["市行政审批局", "市司法局"]);
    expect(m.departments.some((d) => /\d/.test(d.name))).toBe(false);
    // The province's task is the measures' group, under the 序号 cell's heading, under the table's heading row.
    const group = m.groups.find((g) => g.id === m.items[0].group)!;
    expect(group.text).toMatch(/^1\.按照国务院要求/);
    expect(m.groups.find((g) => g.id === group.parent)?.title).toBe("(一)全面实施行政许可事项清单管理");
    expect(m.items[1].group).toBe(m.items[0].group);
    expect(m.items.map((i) => i.deadline?.date)).toEqual(["2022-09-30", "2022-11-30"]);
  });
  test("a cover notice before an attached task list: the list is the plan, the notice's counts no targets (沁县 任务清单)", () => {
    const m = opening("qinxian-2025-renwuqingdan");
    expect(m.items.map((i) => i.numbering)).toEqual(["1.", "2.", "3.", "4."]);
    expect(m.items[0].text).toMatch(/^投资3000万元建设南美白对虾/);
    expect(m.targets.map((t) => `${t.subject}|${t.value}${t.unit}`)).toEqual([
      "投资|3000万元",
      "劳动密集型产业园|3个",
      "生产线|30条"
    ]);
    // The lead named in the group heading (一、县示范区管委会牵头工作(8项)) leads every item under it.
    for (const item of m.items) expect(leads(m, item.id)).toEqual(["县示范区管委会"]);
    expect(m.document).toMatchObject({
      title: "2025年县政府工作报告任务清单",
      issuer: "沁县人民政府办公室",
      targetYear: 2025
    });
  });
  test("headers: a page label is no title, a wrapper gives the plan's title, a lead sentence gives title and issuers", () => {
    expect(opening("xianyang-2022-fangguanfu-trad").document.title).toBeNull();
    expect(opening("chengdu-2024-qianrushi").document.title).toBe("成都市城市社区嵌入式服务设施建设工程实施方案");
    expect(opening("chongqing-2023-xianchengzhen").document).toMatchObject({
      title: "重庆市推进以区县城为重要载体的城镇化建设实施方案",
      issuer: "中共重庆市委办公厅、重庆市人民政府办公厅"
    });
    // Read right before: kept.
    expect(opening("nation-2016-zwgk-trad").document).toMatchObject({
      title: "2016年政務公開工作要點",
      docNumber: "國辦發〔2016〕19号",
      date: "2016-04-02"
    });
    expect(opening("xianyang-2022-gzbg-fengong").document).toMatchObject({
      docNumber: "咸政发〔2022〕4号",
      issuer: "咸阳市人民政府"
    });
  });
  test("a batch before the number is no subject (成都 全市首批100个…示范社区)", () => {
    const m = opening("chengdu-2024-qianrushi");
    expect(m.targets[0]).toMatchObject({subject: "嵌入式服务设施建设示范社区", value: 100, unit: "个"});
  });
});
