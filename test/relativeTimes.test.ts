import {describe, expect, test} from "vitest";
import {deadlineInText, readDeadline, type RelativeYears, relativeYears} from "../src/lib/reader/deadline.js";
import {parse} from "./plan.js";

// A plan for 2023 written in December 2022 (下陆区's 2023年区政府工作报告重点任务分解, dated 2022-12-27).
const DECEMBER: RelativeYears = {written: 2022, plan: 2023};
const read = (text: string, years: RelativeYears = DECEMBER) => {
  const d = deadlineInText(text, years);
  return d && {...d.deadline, words: text.slice(d.start, d.end), unresolved: d.unresolved ?? false};
};

describe("times relative to the plan's year", () => {
  test("明年 counts from the year the text was written: a December-2022 plan's 明年年底 is 2023-12-31, its words kept", () => {
    expect(read("确保仓储物流区明年7月份建成、商业引导区明年11月份建成,并实现一期核心区明年年底满园运营。")).toEqual({
      raw: "明年年底",
      date: "2023-12-31",
      words: "明年年底",
      unresolved: false
    });
    expect(read("确保项目明年建成投用。")).toMatchObject({raw: "明年", date: "2023-12-31"});
  });
  test("今年 and 本年 are the year the text was written; 年内, 当年 and a bare 年底前 the year the plan is for", () => {
    expect(read("力争今年一季度开工建设。", {written: 2019, plan: 2019})).toMatchObject({
      raw: "今年一季度",
      date: "2019-03-31"
    });
    expect(read("今年底前完成老旧小区改造方案编制。", {written: 2023, plan: 2023})).toMatchObject({
      raw: "今年底前",
      date: "2023-12-31"
    });
    // In the December-2022 plan for 2023, 年内 is within 2023, not 2022.
    expect(read("年内开工建设山阳消防救援站,加快推进兴塔消防救援站建设。")).toMatchObject({
      raw: "年内",
      date: "2023-12-31"
    });
    expect(read("年底前完成全区排查。")).toMatchObject({raw: "年底前", date: "2023-12-31"});
  });
  test("the years come from the plan's date and the one year its title names; a plan of several years has no 年内", () => {
    expect(relativeYears("2023年区政府工作报告重点任务分解", "2022-12-27")).toEqual({written: 2022, plan: 2023});
    expect(relativeYears("金山区关于进一步加强公共消防安全工作的意见", "2019-08-02")).toEqual({
      written: 2019,
      plan: 2019
    });
    expect(relativeYears("静安区消防救援发展三年行动计划(2019—2021)", "2019-08-21")).toEqual({
      written: 2019,
      plan: null,
      several: true
    });
    expect(relativeYears("某区工作要点", null)).toEqual({written: null, plan: null});
  });
  test("not a time the work is done by: a period's start, a qualified noun, a figure to reach, N年内, a yearly routine", () => {
    for (const text of [
      "今年以来,全区新开工项目稳步推进。",
      "抓好明年的重点任务。",
      "年内新增城镇就业5000人。",
      "扩建的公路竣工后五年内不得挖掘。",
      "5年内重点引进100名人才。",
      "实行年初签约、年底考核制度。",
      "强化前期自查、年中指导、年末检查。",
      "按照当年设施量测算相关费用。",
      "说明年度预算执行情况。"
    ])
      expect(read(text), text).toBeNull();
  });
  test("without the plan's years, relative words are read as before (no deadline, no date guessed)", () => {
    expect(deadlineInText("确保仓储物流区明年7月份建成。")).toBeNull();
    expect(readDeadline("年内完成")).toBeNull();
    expect(readDeadline("年内完成", DECEMBER)).toEqual({raw: "年内完成", date: "2023-12-31"});
  });
  test("a relative time whose year is unknown keeps its words with no date, never a guessed one", () => {
    expect(read("确保仓储物流区明年7月份建成。", {written: null, plan: null})).toEqual({
      raw: "明年7月份",
      date: null,
      words: "明年7月份",
      unresolved: true
    });
    // A dated time in the same text wins; the undated one is dropped.
    expect(read("年内启动,2024年6月底前完成。", {written: null, plan: null})).toMatchObject({
      raw: "2024年6月底前",
      date: "2024-06-30",
      unresolved: false
    });
  });
});

describe("当年: the plan's year as a time of its own, by the rules of any year", () => {
  test("当年 before a verb of doing, its subject before it or none, is the plan's year (项目当年开工建设 → 2023-12-31)", () => {
    expect(read("确保项目当年开工建设。")).toMatchObject({raw: "当年", date: "2023-12-31"});
    expect(read("当年开展专项整治。")).toMatchObject({raw: "当年", date: "2023-12-31"});
    expect(read("确保当年度完成。")).toMatchObject({raw: "当年度", date: "2023-12-31"});
  });
  test("当年 with its end named is read as any such time, before any work (当年6月底前全面铺开 → 2023-06-30)", () => {
    expect(read("当年6月底前全面铺开。")).toMatchObject({raw: "当年6月底前", date: "2023-06-30"});
    expect(read("试点街道当年底前满园运营。")).toMatchObject({raw: "当年底前", date: "2023-12-31"});
  });
  test("全年 before a verb of completing is the plan's year's end, as 年内, figure and all; before a noun or a routine none", () => {
    const y2021: RelativeYears = {written: 2021, plan: 2021};
    expect(read("全年计划完成乡镇文化分馆8家,全年计划完成图书分馆7家。", y2021)).toMatchObject({
      raw: "全年",
      date: "2021-12-31"
    });
    expect(read("确保完成全年主要预期目标。", y2021)).toBeNull();
    expect(read("全年培训不少于5场。", y2021)).toBeNull();
  });
  test("not a time: 当年 tying one event to another's year (当年开工当年投产, 当年申报次年兑付) or qualifying a noun", () => {
    for (const text of [
      "重大项目当年开工当年投产。",
      "坚持当年任务当年完成。",
      "企业当年申报次年兑付。",
      "当年建成的小区纳入物业管理。",
      "当年完成改造100个。"
    ])
      expect(read(text), text).toBeNull();
  });
  test("in a plan of several years 当年 is each year's in turn: no time and no warning (各区当年完成改造任务)", () => {
    const years = relativeYears("某区城市更新三年行动计划(2024—2026年)", "2024-03-01");
    expect(read("各区当年完成改造任务。", years)).toBeNull();
    expect(readDeadline("当年", years)).toBeNull();
    // 年内 there names no one year: kept with no date, as before.
    expect(read("年内完成改造任务。", years)).toMatchObject({raw: "年内", date: null, unresolved: true});
  });
});

describe("times relative to the plan's year, in a plan", () => {
  const plan = (dateLine: string) =>
    parse(
      `区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n各街办,区政府各部门:\n现印发给你们,请认真抓好落实。\n${dateLine}2023年区政府工作报告重点任务分解\n一、推进融圈入群\n1.大力推进一期核心区建设,确保仓储物流区明年7月份建成,并实现一期核心区明年年底满园运营。[责任单位:区招商服务中心]\n2.年内完成老旧小区改造。[责任单位:区住建局]\n`
    );
  test("a plan dated December 2022 for 2023: 明年年底 → 2023-12-31, 年内 → 2023-12-31", () => {
    const m = plan("2022年12月27日\n");
    expect(m.document.date).toBe("2022-12-27");
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "明年年底", date: "2023-12-31"},
      {raw: "年内", date: "2023-12-31"}
    ]);
    expect(m.warnings.filter((w) => w.code === "deadline")).toEqual([]);
  });
  test("a plan with no date: 明年 gets no date and a warning at its line; 年内 takes the title's year", () => {
    const m = plan("");
    expect(m.document.date).toBeNull();
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "明年年底", date: null},
      {raw: "年内", date: "2023-12-31"}
    ]);
    expect(m.warnings.filter((w) => w.code === "deadline")).toEqual([
      {
        line: 6,
        code: "deadline",
        message: 'T1: "明年年底" counts from the plan\'s year, which the plan does not state: kept with no date'
      }
    ]);
  });
});

describe("times relative to the plan's year, in clauses and task tables (the same rule as in prose)", () => {
  const HEAD =
    "区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n各街办,区政府各部门:\n现印发给你们,请认真抓好落实。\n";
  test("a clause part of relative time: 年内完成, 完成时限:明年6月底前, 年底前 resolved against the plan's years", () => {
    const m = parse(
      `${HEAD}2022年12月27日\n2023年区政府工作报告重点任务分解\n一、推进融圈入群\n1.推进老旧小区改造。(区住建局牵头,年内完成)\n2.完善财政制度。(责任单位:区财政局;完成时限:明年6月底前)\n3.推进道路建设。(区交通局负责,年底前)\n4.推进园区建设。(区发改局牵头,本年度完成)\n`
    );
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "年内完成", date: "2023-12-31"},
      // 明年 counts from the writing's year, 2022: the year the plan is for.
      {raw: "明年6月底前", date: "2023-06-30"},
      {raw: "年底前", date: "2023-12-31"},
      // 本年度 is the writing's year, as 今年 and 本年 are.
      {raw: "本年度完成", date: "2022-12-31"}
    ]);
    // The bodies are read beside the time, each item's one lead or responsible body.
    expect(m.responsibilities.map((r) => `${r.item} ${r.asWritten}`)).toEqual([
      "T1 区住建局",
      "T2 区财政局",
      "T3 区交通局",
      "T4 区发改局"
    ]);
    expect(m.warnings.filter((w) => w.code === "deadline")).toEqual([]);
  });
  test("a clause's relative time whose year is unknown keeps its words with no date and a warning at its line", () => {
    const m = parse(`${HEAD}某区重点任务分解\n一、推进融圈入群\n1.完善财政制度。(区财政局负责,明年6月底前完成)\n`);
    expect(m.items.map((i) => i.deadline)).toEqual([{raw: "明年6月底前完成", date: null}]);
    expect(m.warnings.filter((w) => w.code === "deadline")).toEqual([
      {
        line: 6,
        code: "deadline",
        message: 'T1: "明年6月底前完成" counts from the plan\'s year, which the plan does not state: kept with no date'
      }
    ]);
  });
  test("a 完成时限 cell of relative time (年内, 当年, 明年6月底前) reads as the plan's time", () => {
    const m = parse(
      `${HEAD}2022年12月27日\n2023年区政府工作报告重点任务分解\n序号 | 重点任务 | 牵头单位 | 完成时限\n1 | 推进老旧小区改造。 | 区住建局 | 年内\n2 | 推进道路建设。 | 区交通局 | 当年\n3 | 完善财政制度。 | 区财政局 | 明年6月底前\n4 | 深化改革。 | 区发改局 | 长期坚持\n`
    );
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "年内", date: "2023-12-31"},
      {raw: "当年", date: "2023-12-31"},
      {raw: "明年6月底前", date: "2023-06-30"},
      {raw: "长期坚持", date: null}
    ]);
  });
  test("in a year's column, 年内 and 年底前 are the column's year (2025年计划: 年底前完成 → 2025-12-31)", () => {
    const m = parse(
      "某区重点任务清单(2024—2026年)\n2024年1月5日\n序号 | 重点任务 | 2025年计划 | 牵头单位 | 完成时限\n1 | 推进改造。 | 年底前完成二期改造 | 区建管委 | \n"
    );
    expect(m.items.map((i) => i.deadline)).toEqual([{raw: "年底前", date: "2025-12-31"}]);
  });
});

describe("a month written without its year (5月底前, 12 月底前): the plan's year, as 年内", () => {
  const PLAN_2021: RelativeYears = {written: 2021, plan: 2021};
  const UNKNOWN: RelativeYears = {written: null, plan: null};
  test("with the plan's year known, a bare month before the work is that month's last day of the year (5月底前 → 2021-05-31)", () => {
    expect(read("加快建立“中介超市”,5月底前实现我区中介超市上线运行。", PLAN_2021)).toEqual({
      raw: "5月底前",
      date: "2021-05-31",
      words: "5月底前",
      unresolved: false
    });
    // A PDF's space between the number and 月; the latest of two months wins.
    expect(read("5 月底前开工老旧小区改造项目 50个。继续推进,12 月底前开工建设 200部。", PLAN_2021)).toMatchObject({
      raw: "12 月底前",
      date: "2021-12-31"
    });
    expect(read("确保项目九月底前竣工。", PLAN_2021)).toMatchObject({raw: "九月底前", date: "2021-09-30"});
  });
  test("the year of the plan comes from its title (2023年度) or, with none there, its date", () => {
    expect(
      read("③5月底前,完成施工许可报批并开工建设。", relativeYears("开化县2023年度重点工作清单", null))
    ).toMatchObject({raw: "5月底前", date: "2023-05-31"});
    expect(read("6月底前完成排查。", relativeYears("某区燃气安全专项整治工作方案", "2021-03-02"))).toMatchObject({
      date: "2021-06-30"
    });
  });
  test("after a month written with its year as a time of work, a later bare month is in that year (2023年3月底前…,6月底前…)", () => {
    expect(read("2023年3月底前完成方案编制,6月底前完成验收。", UNKNOWN)).toMatchObject({
      raw: "6月底前",
      date: "2023-06-30",
      unresolved: false
    });
  });
  test("the plan's year unknown, or a plan of several years: the words kept with no date, unresolved", () => {
    expect(read("继续推进既有住宅增设电梯,12 月底前开工建设 200部。", UNKNOWN)).toEqual({
      raw: "12 月底前",
      date: null,
      words: "12 月底前",
      unresolved: true
    });
    const several = relativeYears("某区城市更新三年行动计划(2024—2026年)", "2024-03-01");
    expect(read("5月底前完成摸底调查。", several)).toMatchObject({raw: "5月底前", date: null, unresolved: true});
    expect(readDeadline("5月底前完成", UNKNOWN)).toEqual({raw: "5月底前完成", date: null, unresolved: true});
    expect(readDeadline("5月底前完成", PLAN_2021)).toEqual({raw: "5月底前完成", date: "2021-05-31"});
  });
  test("not a bare month: one after a year or a routine's 每年, a span's end (1—6月), a count (3个月), a period's start", () => {
    for (const text of [
      "每年3月底前报送上年度工作总结。",
      "1—6月累计完成投资。",
      "整改期限为3个月。",
      "4月份以来,全区新开工项目稳步推进。",
      "截至3月31日,已完成设计招标。",
      "一月一调度。"
    ])
      expect(read(text, PLAN_2021), text).toBeNull();
  });
});

describe("a month written without its year, in a plan", () => {
  test("a plan whose title names its year: the item's bare month is in that year; with none, kept with no date and a warning", () => {
    const body = "一、提高审批效率\n1.精简审批手续。5月底前实现中介超市上线运行。(区政务服务局牵头)\n";
    expect(parse(`某区2021年稳增长工作方案\n${body}`).items.map((i) => i.deadline)).toEqual([
      {raw: "5月底前", date: "2021-05-31"}
    ]);
    const m = parse(`某区稳增长工作方案\n${body}`);
    expect(m.items.map((i) => i.deadline)).toEqual([{raw: "5月底前", date: null}]);
    expect(m.warnings.filter((w) => w.code === "deadline")).toEqual([
      {
        line: 3,
        code: "deadline",
        message: 'T1: "5月底前" counts from the plan\'s year, which the plan does not state: kept with no date'
      }
    ]);
  });
});
