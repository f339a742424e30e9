// A second plan of the genre (synthetic, test/fixtures/example-city-plan.txt): the parser has no rule for one
// document, so forms the Yan'an plan does not use must read as well.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {fixture, parse} from "./plan.js";

const m = parse(readFileSync(fixture("example-city-plan.txt")));
const roles = (item: string) =>
  m.responsibilities.filter((r) => r.item === item).map((r) => `${r.role}:${r.department}`);

describe("a plan of another city", () => {
  test("reads its header: number, issuer, date in Chinese numerals, title over two lines", () => {
    expect(m.document).toEqual({
      title: "示例市推进质量强市建设三年行动方案",
      docNumber: "示例政办发〔2023〕15号",
      issuer: "示例市人民政府办公室",
      date: "2023-11-08",
      targetYear: 2025,
      baselineYear: 2022
    });
  });
  test("reads 【牵头单位:X;配合单位:Y】 and X牵头,Y配合 as lead and support", () => {
    expect(roles("T1")).toEqual(["lead:市市场监督管理局", "support:市工业和信息化局", "support:市发展和改革委员会"]);
    expect(roles("T2")).toEqual(["lead:市市场监督管理局", "support:市住房和城乡建设局", "support:市农业农村局"]);
  });
  test("reads 责任单位 with several departments as joint and X负责 as lead", () => {
    expect(roles("T3")).toEqual(["joint:市商务局", "joint:市文化和旅游局"]);
    expect(roles("T4")).toEqual(["lead:市财政局"]);
    expect(roles("A2.1")).toEqual(["lead:市市场监督管理局"]);
    expect(roles("T5")).toEqual(["joint:各县(市、区)人民政府", "joint:市级有关部门"]);
  });
  test("reads a tab-separated indicator table with a baseline column and a year-range note", () => {
    expect(
      m.indicators.map((i) => [i.id, i.unit, i.baseline?.value, i.target.value, i.target.comparator, i.attribute])
    ).toEqual([
      ["I1", "%", 93, 94, ">=", "binding"],
      ["I2", "项", 20, 15, "=", "expected"],
      ["I3", null, 84, 86, ">=", "expected"]
    ]);
    expect(m.indicators[1].target).toMatchObject({cumulative: true, period: {from: 2023, to: 2025}});
  });
  test("finds its targets and has no warnings", () => {
    expect(m.targets.map((t) => `${t.id} ${t.subject} ${t.value}${t.unit} ${t.op}`)).toEqual([
      "T1-1 省级质量标杆企业 10家 >=",
      "A2.1-1 检验检测平台 3个 =",
      "A2.2-1 区域公用品牌 5个 ="
    ]);
    expect(m.warnings).toEqual([]);
  });
});
