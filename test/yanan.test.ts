// Expectations read from the plan itself (延政发〔2024〕8号) by a person, not computed by the parser.
import {describe, expect, test} from "vitest";
import {normalizePlanText} from "../src/lib/reader/normalize.js";
import {YANAN, YANAN_TEXT} from "./plan.js";

const YANAN_NORMALIZED = normalizePlanText(YANAN_TEXT).text;
const order = (id: string) => YANAN.items.find((i) => i.id === id)!.order;

// Each item's clause, as written: lead / support / joint names (names as the plan writes them).
const CLAUSES: Record<string, {lead?: string; support?: string; joint?: string}> = {
  T1: {
    joint: "市发改委 市工业和信息化局 市市场监管局 市农业农村局 市国资委 市文旅局 延安高新区管委会 各县(市、区)人民政府"
  },
  T2: {joint: "市发改委 市科技局 市工业和信息化局 市农业农村局 市市场监管局"},
  T3: {lead: "市科技局", support: "延安高新区管委会 市工业和信息化局 市市场监管局"},
  T4: {lead: "市质量强市办", support: "市工业和信息化局 市农业农村局"},
  T5: {lead: "市市场监管局", support: "市工业和信息化局 市农业农村局 市卫生健康委"},
  T6: {lead: "市市场监管局", support: "市工业和信息化局 市卫生健康委"},
  T7: {lead: "市农业农村局", support: "市市场监管局"},
  T8: {joint: "市工业和信息化局 市农业农村局 市商务局 市市场监管局 延安海关"},
  T9: {lead: "市工业和信息化局", support: "市市场监管局 市科技局"},
  T10: {joint: "市住房和城乡建设局 市交通运输局 市水务局"},
  T11: {joint: "市住房和城乡建设局 市交通运输局 市水务局 市市场监管局 市工业和信息化局"},
  T12: {joint: "市住房和城乡建设局 市交通运输局 市水务局"},
  T13: {
    joint:
      "市发改委 市工业和信息化局 市交通运输局 市农业农村局 市商务局 市市场监管局 市科技局 中国人民银行延安支行 国家金融监管总局延安监管分局"
  },
  T14: {joint: "市民政局 市住房和城乡建设局 市交通运输局 市商务局 市文化和旅游局 市市场监管局 市体育局"},
  T15: {
    joint:
      "市行政审批局 市发改委 市教育局 市民政局 市人力资源和社会保障局 市住房和城乡建设局 市交通运输局 市文化和旅游局 市卫生健康委 市市场监管局 市退役军人事务局"
  },
  T16: {joint: "市工业和信息化局 市住房和城乡建设局 市农业农村局 市商务局 市市场监管局 市知识产权局"},
  T17: {joint: "市工业和信息化局 市市场监管局"},
  T18: {joint: "市工业和信息化局 市市场监管局 市住房和城乡建设局 市农业农村局 市商务局 市知识产权局 市公安局"},
  T19: {lead: "市市场监管局", support: "市工业和信息化局 市科技局 市财政局"},
  T20: {lead: "市市场监管局"},
  T21: {lead: "市市场监管局", support: "市级有关部门"},
  T22: {lead: "市市场监管局", support: "市级有关部门"},
  T23: {lead: "市市场监管局", support: "市级有关部门"},
  T24: {lead: "市市场监管局", support: "市级有关部门"},
  T25: {lead: "市市场监管局", support: "市级有关部门"},
  T26: {joint: "市质量强市办 市级有关部门"},
  T27: {joint: "市质量强市办 市级有关部门"},
  T28: {joint: "市质量强市办 市级有关部门"},
  T29: {joint: "市质量强市办 市级有关部门"},
  T30: {lead: "市质量强市办"},
  "A2.1": {lead: "市工业和信息化局"},
  "A2.2": {joint: "市科技局 市工业和信息化局 市市场监管局"},
  "A2.3": {joint: "市科技局 延安高新区管委会 市工业和信息化局 市农业农村局 市市场监管局"},
  "A3.1": {joint: "市农业农村局 市市场监管局"},
  "A3.2": {lead: "市市场监管局"},
  "A4.1": {joint: "市住房和城乡建设局 市交通运输局 市水务局"},
  "A4.2": {joint: "市住房和城乡建设局 市交通运输局 市水务局"},
  "A4.3": {joint: "市住房和城乡建设局 市交通运输局 市水务局"},
  "A5.1": {joint: "市发改委 市市场监管局 市级有关部门"},
  "A5.2": {lead: "市文旅局"},
  "A5.3": {joint: "市发改委 市市场监管局 市级有关部门"},
  "A6.1": {joint: "市工业和信息化局 市农业农村局 市市场监管局"},
  "A6.2": {joint: "市市场监管局 市农业农村局 市知识产权局"},
  "A6.3": {lead: "市市场监管局"},
  "A6.4": {lead: "市市场监管局"},
  "A7.1": {joint: "市农业农村局 市市场监管局 市住建局 市生态环境局"},
  "A7.2": {lead: "市市场监管局"},
  "A7.3": {lead: "市市场监管局"},
  "A8.1": {lead: "市市场监管局"},
  "A8.2": {lead: "市市场监管局"}
};

const names = (s?: string) => (s ? s.split(" ") : []);

describe("the Yan'an plan", () => {
  test("has its document number, issuer, date, title and target year", () => {
    expect(YANAN.document).toEqual({
      title: "延安市关于贯彻落实《质量强国建设纲要》的实施方案",
      docNumber: "延政发〔2024〕8号",
      issuer: "延安市人民政府",
      date: "2024-03-26",
      targetYear: 2025,
      baselineYear: null
    });
  });

  test("has nine chapters, 一 to 九, with 专栏1–8 in chapters 一 to 八", () => {
    expect(YANAN.chapters.map((c) => c.numeral).join("")).toBe("一二三四五六七八九");
    expect(YANAN.chapters.map((c) => c.title)).toContain("加强组织保障");
    expect(YANAN.chapters.flatMap((c) => c.columns.map((col) => `${c.seq}:${col.number}`))).toEqual([
      "1:1",
      "2:2",
      "3:3",
      "4:4",
      "5:5",
      "6:6",
      "7:7",
      "8:8"
    ]);
  });

  test("yields 30 tasks T1–T30 and 20 actions in columns 2–8", () => {
    const tasks = YANAN.items.filter((i) => i.kind === "task");
    const actions = YANAN.items.filter((i) => i.kind === "action");
    expect(tasks.map((t) => t.id)).toEqual(Array.from({length: 30}, (_, i) => `T${i + 1}`));
    expect(actions.map((a) => a.id)).toEqual(
      "A2.1 A2.2 A2.3 A3.1 A3.2 A4.1 A4.2 A4.3 A5.1 A5.2 A5.3 A6.1 A6.2 A6.3 A6.4 A7.1 A7.2 A7.3 A8.1 A8.2".split(" ")
    );
  });

  test("gives each item the heading of its first sentence and its chapter", () => {
    const byId = new Map(YANAN.items.map((i) => [i.id, i]));
    expect(byId.get("T1")).toMatchObject({title: "提升优势产业质量引领力", chapter: 2});
    expect(byId.get("T30")).toMatchObject({title: "严格考核评估", chapter: 9});
    expect(byId.get("A2.3")).toMatchObject({title: "推进秦创原(延安)创新促进中心建设", chapter: 2, column: 2, seq: 3});
    expect(byId.get("A8.2")).toMatchObject({title: "实施放心消费创建行动", chapter: 8, column: 8, seq: 2});
  });

  test("reads every item's departments and roles as the plan writes them", () => {
    for (const [id, expected] of Object.entries(CLAUSES)) {
      const rs = YANAN.responsibilities.filter((r) => r.item === id && r.role !== "implicit");
      const got = (role: string) => rs.filter((r) => r.role === role).map((r) => r.asWritten);
      expect({id, lead: got("lead"), support: got("support"), joint: got("joint")}).toEqual({
        id,
        lead: names(expected.lead),
        support: names(expected.support),
        joint: names(expected.joint)
      });
    }
    expect(Object.keys(CLAUSES)).toHaveLength(YANAN.items.length);
  });

  test("gives 各县(市、区)人民政府 an implicit role in every item after T1", () => {
    const implicit = YANAN.responsibilities.filter((r) => r.role === "implicit");
    expect(new Set(implicit.map((r) => r.department))).toEqual(new Set(["各县(市、区)人民政府"]));
    expect(implicit.map((r) => r.item)).toEqual(YANAN.items.filter((i) => i.id !== "T1").map((i) => i.id));
  });

  test("merges aliases into canonical departments", () => {
    const culture = YANAN.departments.find((d) => d.name === "市文化和旅游局")!;
    expect(culture.aliasesSeen).toEqual(["市文旅局"]);
    expect(YANAN.departments.find((d) => d.name === "市住房和城乡建设局")!.aliasesSeen).toEqual(["市住建局"]);
    expect(YANAN.departments.every((d) => d.known)).toBe(true);
    expect(YANAN.departments.find((d) => d.name === "延安海关")!.kind).toBe("vertical-agency");
    expect(YANAN.departments.find((d) => d.name === "市级有关部门")!.kind).toBe("generic");
  });

  test("counts 市市场监管局's leads as the clauses that name it with 牵头 or alone", () => {
    const leads = YANAN.responsibilities.filter((r) => r.department === "市市场监督管理局" && r.role === "lead");
    expect(leads.map((r) => r.item)).toEqual(
      "T5 T6 T19 T20 T21 T22 T23 T24 T25 A3.2 A6.3 A6.4 A7.2 A7.3 A8.1 A8.2"
        .split(" ")
        .sort((a, b) => order(a) - order(b))
    );
  });

  test("reads the 14 indicators with their targets and attributes", () => {
    const rows = YANAN.indicators.map((i) => [
      i.id,
      i.name,
      i.unit,
      i.target.raw,
      i.target.value,
      i.target.comparator,
      i.attribute
    ]);
    expect(rows).toEqual([
      ["I1", "工业战略性新兴产业总产值占工业总产值比重", "%", "3", 3, "=", "expected"],
      ["I2", "数字经济核心产业增加值占生产总值比重", "%", "5", 5, "=", "expected"],
      ["I3", "每万人口有效发明专利拥有量", "件", "2", 2, "=", "expected"],
      ["I4", "单位地区生产总值能源消耗降低", "%", "[10]", 10, "=", "binding"],
      ["I5", "制造业质量竞争力指数", null, "86", 86, "=", "expected"],
      ["I6", "制造业全员劳动生产率增长", "%", "6.5年均", 6.5, "=", "expected"],
      ["I7", "农产品质量安全例行监测合格率", "%", "≥98", 98, ">=", "binding"],
      ["I8", "食品评价性抽检合格率", "%", "≥98", 98, ">=", "binding"],
      ["I9", "制造业产品质量合格率", "%", "≥94", 94, ">=", "binding"],
      ["I10", "陕西省质量奖及提名奖", "个", "2", 2, "=", "expected"],
      ["I11", "主导和参与制定国家、行业及省级地方标准", "项", "3", 3, "=", "expected"],
      ["I12", "累计建立社会公用计量标准达", "个", "110", 110, "=", "expected"],
      ["I13", "累计发布地方标准达", "项", "80", 80, "=", "expected"],
      ["I14", "体系认证证书保有量达", "张", "5500", 5500, "=", "expected"]
    ]);
    expect(YANAN.indicators[3].target).toMatchObject({
      cumulative: true,
      period: {from: 2021, to: 2025, label: "十四五"},
      annualAverage: false
    });
    expect(YANAN.indicators[5].target).toMatchObject({annualAverage: true, cumulative: false});
    expect(YANAN.indicators.every((i) => i.year === 2025)).toBe(true);
  });

  test("finds the 19 quantitative targets of the tasks and actions", () => {
    expect(YANAN.targets.map((t) => `${t.id} ${t.value}${t.unit} ${t.op}`)).toEqual([
      "A2.1-1 20家 =",
      "A2.1-2 8家 =",
      "A2.1-3 1个 =",
      "A2.1-4 8家 >=",
      "A2.3-1 1个 =",
      "A2.3-2 5个 =",
      "T7-1 20% =",
      "T7-2 35% =",
      "T7-3 10% =",
      "A3.1-1 1个 =",
      "A3.1-2 95% >=",
      "A4.3-1 100% =",
      "A4.3-2 100% =",
      "A6.1-1 3家 =",
      "A6.3-1 300名 =",
      "A6.4-1 50家 =",
      "A7.1-1 150家 >=",
      "A7.3-1 5个 =",
      "A8.2-1 4000家 ="
    ]);
    const byId = new Map(YANAN.targets.map((t) => [t.id, t]));
    expect(byId.get("A6.3-1")).toMatchObject({subject: "获证人数", comparator: "达"});
    expect(byId.get("A6.4-1")).toMatchObject({subject: "中小微企业"});
    expect(byId.get("A8.2-1")).toMatchObject({
      subject: "全市放心消费示范单位",
      comparator: "达到",
      year: 2025,
      yearStated: true
    });
    expect(byId.get("A3.1-2")).toMatchObject({comparator: "达到…以上", yearStated: false});
  });

  test("finds no target in task (十二)'s building-size rule nor in quoted slogans", () => {
    expect(YANAN.targets.filter((t) => t.item === "T12" || t.item === "T14")).toEqual([]);
  });

  test("parses without warnings", () => {
    expect(YANAN.warnings).toEqual([]);
  });

  test("source positions point at the text they came from", () => {
    for (const t of YANAN.targets) expect(YANAN_NORMALIZED.slice(t.source.start, t.source.end)).toBe(t.raw);
    for (const r of YANAN.responsibilities.filter((r) => r.role !== "implicit"))
      expect(YANAN_NORMALIZED.slice(r.source.start, r.source.end)).toBe(r.asWritten);
    const t1 = YANAN.items[0];
    expect(t1.source.line).toBe(32);
    expect(YANAN_NORMALIZED.slice(t1.source.start, t1.source.start + 3)).toBe("(一)");
  });
});
