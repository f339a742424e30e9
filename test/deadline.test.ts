import {describe, expect, test} from "vitest";
import {
  deadlineInText,
  headingDeadline,
  planDeadline,
  readDeadline,
  scheduleDeadline
} from "../src/lib/reader/deadline.js";
import {mainHorizon} from "../src/lib/reader/horizon.js";
import {itemDeadline} from "../src/lib/ledger.js";
import {parse} from "./plan.js";

describe("deadlineInText", () => {
  const read = (text: string) => {
    const d = deadlineInText(text);
    return d && {...d.deadline, words: text.slice(d.start, d.end)};
  };
  test("a time with its end named after the clause's subject, before the work, is the deadline, as a relative time there is", () => {
    // One rule for 2023年7月 and 明年7月份 (a plan written in 2022): the subject may come first.
    expect(read("加快推进物流园建设,确保仓储物流区2023年7月建成")).toEqual({
      raw: "2023年7月",
      date: "2023-07-31",
      words: "2023年7月"
    });
    const relative = deadlineInText("加快推进物流园建设,确保仓储物流区明年7月份建成", {written: 2022, plan: 2023});
    expect(relative?.deadline).toEqual({raw: "明年7月份", date: "2023-07-31"});
    expect(read("推进园区建设,一期核心区2023年底满园运营")?.date).toBe("2023-12-31");
    // Not an event it follows, a meeting it was approved at, a baseline, a start, a figure's year.
    for (const text of [
      "继1994年9月16日闽粤交界近海发生地震后,加强监测",
      "已经2024年12月19日区政府常务会议审议通过",
      "全市2022年底已建成充电桩",
      "本方案自2022年1月1日起施行",
      "全市2024年6月覆盖率达到90%"
    ])
      expect(read(text), text).toBeNull();
    expect(deadlineInText("继今年3月区政府部署后,推进整治", {written: 2022, plan: 2022})).toBeNull();
  });
  test("a time with 前 before the work, with or without a comma between (力争于2023年底前,形成…)", () => {
    expect(read("2025年6月底前完成改造。")).toEqual({raw: "2025年6月底前", date: "2025-06-30", words: "2025年6月底前"});
    expect(read("力争于2023年底前,形成可复制的应用场景。")).toMatchObject({date: "2023-12-31", words: "2023年底前"});
  });
  test("到 and a year's end, then the work (到2028年底,完成平台全面落地投用)", () => {
    expect(read("建设平台。到2028年底,完成平台全面落地投用。")).toMatchObject({date: "2028-12-31", words: "2028年底"});
  });
  test("a year opening a sentence, then the work (2027年,制定出台…办法)", () => {
    expect(read("建立评估制度。2027年,制定出台全市公园体检评估办法。")).toMatchObject({
      date: "2027-12-31",
      words: "2027年"
    });
  });
  test("a bare 到2025年 before a level to reach is a target year, not a deadline", () => {
    expect(read("到2025年,新建公交场站屋顶光伏覆盖率超过50%。")).toBeNull();
    expect(read("到2025年底,全市覆盖率达到90%。")).toBeNull();
    expect(read("推进2025年重点项目建设。")).toBeNull();
  });
  test("a bare 到2030年 then a verb of completing with no figure is the item's deadline (到2030年基本完成…)", () => {
    expect(read("优先安排安置房建设,到2030年基本完成项目开发建设。")).toMatchObject({
      date: "2030-12-31",
      words: "2030年"
    });
    expect(read("到2025年,全面完成中心城区零星二级旧里以下房屋改造。")).toMatchObject({date: "2025-12-31"});
    expect(read("至2027年实现全覆盖。")).toMatchObject({date: "2027-12-31", words: "2027年"});
    // A figure in its clause makes the year a target's; a verb that goes on (推进) completes nothing.
    expect(read("到2030年,完成5个以上老旧街区改造。")).toBeNull();
    expect(read("至2030年,结合建设项目落实情况,逐年推进老城特定区建设。")).toBeNull();
    expect(read("到2030年,基本建成的公园全部开放。")).toBeNull();
  });
  test("到 and a year's end with no comma before the work is read as with one (到2026年底全面完成…)", () => {
    expect(read("持续推进剩余城中村整治,到2026年底全面完成城中村整治提升。")).toMatchObject({
      date: "2026-12-31",
      words: "2026年底"
    });
  });
  test("a year's end or half opening a sentence or a clause, then the work (2021年底,基本完成…; 2021年上半年确定…)", () => {
    expect(read("加快前期研究。2021年底,基本完成控制性详细规划编制。")).toMatchObject({
      date: "2021-12-31",
      words: "2021年底"
    });
    expect(read("结合专项规划编制,2021年上半年确定造林空间落地方案。")).toMatchObject({
      date: "2021-06-30",
      words: "2021年上半年"
    });
    expect(read("聚焦重点项目,2021年下半年研究明确政策路径。")).toMatchObject({date: "2021-12-31"});
  });
  test("a five-year plan's period, then the work, falls due at its end (确保“十四五”期间全面建成开放 → 2025-12-31)", () => {
    expect(read("加快推进楔形绿地建设,确保“十四五”期间全面建成开放,新增绿地面积300公顷以上。")).toMatchObject({
      date: "2025-12-31",
      words: "“十四五”期间"
    });
    expect(read("“十五五”期间完成控制性详细规划编制。")).toMatchObject({date: "2030-12-31"});
    // A figure to reach in the period is a target's, not a deadline.
    expect(read("“十四五”期间,建成外环主干绿道总长度超过100公里。")).toBeNull();
    expect(read("四、“十四五”期间主要任务")).toBeNull();
  });
  test("a year opening a clause whose verb is one of doing or completing, with no comma (2020年形成处置能力, 于2021年全面实施)", () => {
    expect(read("2019年垃圾焚烧设施开工建设。2020年形成处置能力。")).toMatchObject({
      date: "2020-12-31",
      words: "2020年"
    });
    expect(read("推行路长制,于2021年全面实施并形成长效管理。")).toMatchObject({date: "2021-12-31", words: "2021年"});
    expect(
      read("2024年底中心城区餐饮场所完成替代改造;2025年底中心城区以外的城镇化地区餐饮场所完成替代改造。")
    ).toMatchObject({
      date: "2025-12-31",
      words: "2025年底"
    });
    // Not a year that starts a period, one that scopes a noun, nor one before a level to reach.
    expect(read("自2022年起,该项资金不再列支其他支出。")).toBeNull();
    expect(read("2019年以来建成的小区要全面排查。")).toBeNull();
    expect(read("2019年建成的小区开展排查。")).toBeNull();
    expect(read("2015年完成75%以上的确权登记。")).toBeNull();
  });
  test("a time whose verb qualifies a noun scopes the work (以2000年前建成的公房为重点): no deadline", () => {
    expect(read("以2000年前建成的公房、动迁房及混合小区为重点,实施综合修缮。")).toBeNull();
    expect(read("对2010年以前竣工的老旧住宅开展排查。")).toBeNull();
    expect(read("2026年底前完成修缮。")).toMatchObject({date: "2026-12-31"});
  });
  test("a time with 前 before any work, whatever its verb (2023年底前满园运营, 2024年底前基本实现…, …前全面铺开)", () => {
    expect(read("一期核心区2023年底前满园运营。")).toEqual({
      raw: "2023年底前",
      date: "2023-12-31",
      words: "2023年底前"
    });
    expect(read("力争2024年底前基本实现城乡供水一体化。")).toMatchObject({date: "2024-12-31", words: "2024年底前"});
    expect(read("在试点基础上,2024年6月底前全面铺开。")).toMatchObject({date: "2024-06-30", words: "2024年6月底前"});
    expect(read("2025年前,逐步提高补助标准。")).toMatchObject({date: "2025-12-31", words: "2025年前"});
  });
  test("not a time a task is done by: a period's start, a base, a target's value, a baseline, a count after 前", () => {
    for (const text of [
      "2023年以来,全市新开工项目稳步推进。",
      "全市生产总值较2020年增长30%。",
      "2025年目标值为95%,逐年推进。",
      "以2020年为基期,逐年推进节能改造。",
      "2020年底数据为基数,推进减量。",
      "2022年底前已完成老旧小区改造。",
      "截至2022年底,全市建成口袋公园。",
      "2023年前三季度,全市推进重点项目建设。",
      "2020年前后完成改造的小区纳入计划。",
      "2023年7月至12月开展专项整治。"
    ])
      expect(read(text), text).toBeNull();
  });
  test("a year and month with no 前 opening a clause, then the work: the month's last day (2023年7月建成 → 2023-07-31)", () => {
    expect(read("加快推进物流园建设,2023年7月建成仓储物流区。")).toEqual({
      raw: "2023年7月",
      date: "2023-07-31",
      words: "2023年7月"
    });
    expect(read("2024年6月完成老旧管网改造。")).toMatchObject({date: "2024-06-30", words: "2024年6月"});
    expect(read("力争2024年2月份投入使用。")).toMatchObject({date: "2024-02-29", words: "2024年2月份"});
    // A figure in its clause makes the month a target's; 已 a baseline.
    expect(read("2024年6月,全市覆盖率达到90%。")).toBeNull();
    expect(read("2022年12月,全市已建成智慧平台。")).toBeNull();
  });
  test("a month with 前 includes the month, as a year with 前 does the year (2025年9月前 → 2025-09-30, 2014年前 → 12-31)", () => {
    expect(read("2025年9月前完成全部改造。")).toMatchObject({date: "2025-09-30", words: "2025年9月前"});
    expect(read("2014年前完成全部改造。")).toMatchObject({date: "2014-12-31", words: "2014年前"});
    expect(readDeadline("2024年6月15日前")).toEqual({raw: "2024年6月15日前", date: "2024-06-15"});
  });
});

describe("readDeadline: cut cells", () => {
  test("a time cut short after its month's number is that month (2022年11 → 2022-11-30)", () => {
    expect(readDeadline("2022年11")).toEqual({raw: "2022年11", date: "2022-11-30"});
    expect(readDeadline("2022年13")).toEqual({raw: "2022年", date: "2022-12-31"});
  });
});

describe("scheduleDeadline: a schedule cell's steps", () => {
  const YEARS = {written: null, plan: 2023};
  const read = (cell: string, years?: {written: number | null; plan: number | null}) => {
    const d = scheduleDeadline(cell, years);
    return d && {...d.deadline, words: cell.slice(d.start, d.end), unresolved: d.unresolved ?? false};
  };
  test("each ①②③ step read with its own time, the latest the cell's (①2月上旬前…③5月底前 → 5月底前)", () => {
    expect(read("①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批。", YEARS)).toEqual({
      raw: "5月底前",
      date: "2023-05-31",
      words: "5月底前",
      unresolved: false
    });
    // Whatever order the steps are written in.
    expect(read("①2024年6月底前完成二期。②2024年3月底前完成一期。")).toMatchObject({date: "2024-06-30"});
  });
  test("a step's time is one before its work, not a year that qualifies a noun (明确2023年金融指标增长目标)", () => {
    expect(read("①3月底前,召开金融联席会议,明确2023年金融指标增长目标。②6月底前,出台贴息政策。", YEARS)).toMatchObject({
      raw: "6月底前",
      date: "2023-06-30"
    });
    expect(read("①3月底前,召开会议,明确2024年增长目标。", YEARS)).toMatchObject({date: "2023-03-31"});
  });
  test("a cell that is only a time is read whole, as a 完成时限 cell (2022年9月底, 长期坚持)", () => {
    expect(read("2022年9月底")).toEqual({
      raw: "2022年9月底",
      date: "2022-09-30",
      words: "2022年9月底",
      unresolved: false
    });
    expect(read("长期坚持")).toMatchObject({raw: "长期坚持", date: null, words: "长期坚持"});
  });
  test("routine steps (每月上报, 每半年完成一次) state no time; a bare month of an unknown year is kept unresolved", () => {
    expect(read("①每月上报环境质量情况。②每半年完成一次水质监测。", YEARS)).toBeNull();
    expect(read("①5月底前,完成设计。", {written: null, plan: null})).toMatchObject({
      raw: "5月底前",
      date: null,
      unresolved: true
    });
  });
});

describe("mainHorizon", () => {
  test("the near-term goal's year, not a long-term vision's (近期目标:到2025年… 远期目标:到2035年…)", () => {
    expect(mainHorizon(["发展目标近期目标:到2025年,新增装机容量达到120MW。远期目标:到2035年,全面推广。"])).toBe(2025);
    expect(mainHorizon(["到2025年,基本建成。展望2035年,到2035年全面建成。"])).toBe(2025);
  });
  test("staged goals end in the last year; a vision's year counts when no other year is named", () => {
    expect(mainHorizon(["到2023年,完成试点。到2025年,全面推广。"])).toBe(2025);
    expect(mainHorizon(["远景目标:到2035年,全面建成。"])).toBe(2035);
    expect(mainHorizon(["坚持问题导向。"])).toBeNull();
  });
  test("a year far beyond the first goal year is a vision's, unmarked (到2027年…;到2035年,基本实现…)", () => {
    // 重庆市推进以区县城为重要载体的城镇化建设实施方案 (test/fixtures/openings/chongqing-2023-xianchengzhen.txt).
    expect(mainHorizon(["到2027年,区县城综合承载能力全面增强;到2035年,基本实现新型城镇化。"])).toBe(2027);
    expect(mainHorizon(["到2025年,初步建成。到2030年,全面建成。"])).toBe(2030);
    expect(mainHorizon(["到2035年,基本实现。"])).toBe(2035);
  });
});

describe("the plan's target year", () => {
  test("a period in the title written without 年 ((2019—2021), 2019-2021) ends in its later year", () => {
    const plan = (title: string) =>
      parse(`${title}\n一、工作任务\n(一)建立工作机制。定期会商。(责任单位:区应急局)\n`).document.targetYear;
    expect(plan("静安区消防救援发展三年行动计划\n(2019—2021)")).toBe(2021);
    expect(plan("某区消防救援发展三年行动计划(2019-2021)")).toBe(2021);
    expect(plan("某区消防救援发展三年行动计划(2019—2021年)")).toBe(2021);
  });
});

describe("itemDeadline", () => {
  test("an item whose own text states a target's year falls due in that year, not the plan's target year", () => {
    const m = parse(
      "某市实施方案\n一、总体目标\n到2030年,全面建成。\n二、主要任务\n(一)推进公交光伏。到2025年,新建场站屋顶光伏覆盖率超过50%。(责任单位:市交通委)\n(二)完善机制。健全运营模式。(责任单位:市交通委)\n"
    );
    expect(m.document.targetYear).toBe(2030);
    const [first, second] = m.items;
    expect(itemDeadline(m, first)).toEqual({date: "2025-12-31", raw: "2025", from: "target year"});
    expect(itemDeadline(m, second)).toEqual({date: "2030-12-31", raw: "2030", from: "target year"});
  });
});

describe("a group's deadline", () => {
  test("a time stated in a group's introduction is inherited by its items that state none, marked with the group", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)提升服务效能。到2025年底前完成以下工作。\n1.压缩办理时限。推行并联审批。(市政务服务局牵头)\n2.强化用地保障。2024年6月底前出台办法。(责任单位:市自然资源局)\n(二)优化营商环境\n3.推进诚信建设。(责任单位:市发改委)\n"
    );
    const [first, second, third] = m.items;
    expect(first.deadline).toEqual({raw: "2025年底前", date: "2025-12-31", inheritedFrom: first.group});
    expect(first.group).toBe("S1.1");
    expect(second.deadline).toEqual({raw: "2024年6月底前", date: "2024-06-30"});
    expect(third.deadline).toBeNull();
    expect(itemDeadline(m, first)).toEqual({
      date: "2025-12-31",
      raw: "2025年底前",
      from: "item",
      inheritedFrom: "S1.1"
    });
  });
  test("a heading paragraph's time (…,2024年6月底前完成。) reaches the items of the groups below it", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)开展专项整治,2024年6月底前完成。\n1.排查隐患\n(1)全面排查。(市应急局牵头)\n(2)建立台账。(市住建局牵头)\n2.整改到位。(市应急局牵头)\n"
    );
    expect(m.items.map((i) => [i.numbering, i.deadline?.date, i.deadline?.inheritedFrom])).toEqual([
      ["(1)", "2024-06-30", "S1.1"],
      ["(2)", "2024-06-30", "S1.1"],
      ["2.", "2024-06-30", "S1.1"]
    ]);
  });
});

describe("headingDeadline", () => {
  const read = (text: string) => {
    const d = headingDeadline(text);
    return d && {...d.deadline, words: text.slice(d.start, d.end)};
  };
  test("a heading's introduction that states a time, as deadlineInText reads it", () => {
    expect(read("(三)到2025年底前完成以下工作。")).toEqual({
      raw: "2025年底前",
      date: "2025-12-31",
      words: "2025年底前"
    });
  });
  test("a bracket closing a heading that holds only a time (一、优化审批服务(2024年底前完成))", () => {
    expect(read("一、优化审批服务(2024年底前完成)")).toMatchObject({date: "2024-12-31", words: "2024年底前"});
    expect(read("(二)完善机制[2025年6月底前]")).toMatchObject({date: "2025-06-30", words: "2025年6月底前"});
  });
  test("a span of years or a month with no 前 in a heading's bracket is no deadline (一、主要任务(2023—2025年))", () => {
    expect(read("一、主要任务(2023—2025年)")).toBeNull();
    expect(read("一、第一阶段(2024年3月)")).toBeNull();
  });
});

describe("a heading's deadline, for every kind of group", () => {
  test("a task table's group row that states a time gives it to the rows under it with no 完成时限", () => {
    const m = parse(
      "某市重点任务分工方案\n序号 | 重点任务 | 牵头单位 | 完成时限\n一、全链条优化审批(2024年底前完成) | | |\n1 | 推行企业开办一日办结。 | 市市场监管局 | \n2 | 深化审批改革。 | 市住建局 | 2024年6月底\n二、优化监管 | | |\n3 | 推行信用监管。 | 市发改委 | \n"
    );
    expect(m.items.map((i) => [i.id, i.deadline])).toEqual([
      ["R1.1", {raw: "2024年底前", date: "2024-12-31", inheritedFrom: m.items[0].group}],
      ["R1.2", {raw: "2024年6月底", date: "2024-06-30"}],
      ["R1.3", null]
    ]);
    expect(m.groups.find((g) => g.id === m.items[0].group)?.title).toBe("一、全链条优化审批(2024年底前完成)");
  });
  test("an attached document's heading that states a time gives it to the items under it", () => {
    const m = parse(
      [
        "某区实施方案",
        "一、主要任务",
        "(一)完善路网。推进农村公路提档升级。(责任单位:区交通委)",
        "附件2",
        "农村公路路长制工作清单",
        "一、建立组织体系(2024年底前完成)",
        "1.设立区级路长。(责任单位:区交通委)",
        "2.设立镇级路长。(责任单位:各镇政府)",
        "二、完善工作机制",
        "1.建立巡查制度。(责任单位:区交通委)",
        "2.建立考核制度。(责任单位:区交通委)"
      ].join("\n")
    );
    expect(m.items.map((i) => [i.id, i.deadline?.date ?? null, i.deadline?.inheritedFrom ?? null])).toEqual([
      ["T1", null, null],
      ["F2.1.1", "2024-12-31", "SF2.1"],
      ["F2.1.2", "2024-12-31", "SF2.1"],
      ["F2.2.1", null, null],
      ["F2.2.2", null, null]
    ]);
  });
  test("the heading above an attachment's list that states a time gives it to the list's entries", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)完善路网。推进提档升级。(责任单位:市交通委)\n附件1\n2024年底前完成的示范场景\n1.简政提效:深化改革。新增6个。\n2.协同联建:推进互联。2025年6月底前建成。\n"
    );
    expect(m.items.slice(1).map((i) => [i.id, i.deadline])).toEqual([
      ["F1.1", {raw: "2024年底前", date: "2024-12-31", inheritedFrom: "SF1"}],
      ["F1.2", {raw: "2025年6月底前", date: "2025-06-30"}]
    ]);
  });
  test("a chapter's heading that states a time gives it to the items right under it, marked with the chapter", () => {
    const m = parse(
      "某市实施方案\n一、优化审批服务(2024年底前完成)\n(一)压缩办理时限。(市政务服务局牵头)\n(二)强化用地保障。(责任单位:市自然资源局)\n二、优化监管\n(三)推行信用监管。(责任单位:市发改委)\n"
    );
    expect(m.items.map((i) => [i.id, i.deadline?.date ?? null, i.deadline?.inheritedFrom ?? null])).toEqual([
      ["T1", "2024-12-31", m.chapters[0].id],
      ["T2", "2024-12-31", m.chapters[0].id],
      ["T3", null, null]
    ]);
  });
});

describe("several times in one item: the latest day they allow", () => {
  test("readDeadline: of the dated phrases of a cell or a clause part, the latest (2024年6月底前…,2025年底前… → 2025-12-31)", () => {
    expect(readDeadline("2024年6月底前完成一期,2025年底前完成二期")).toEqual({raw: "2025年底前", date: "2025-12-31"});
    expect(readDeadline("2025年底前完成二期,2024年6月底前完成一期")).toEqual({raw: "2025年底前", date: "2025-12-31"});
    expect(readDeadline("2023年1月—2023年6月")).toEqual({raw: "2023年6月", date: "2023-06-30"});
    // A range keeps its own words; ongoing words count only with no date.
    expect(readDeadline("2023—2025年")).toEqual({raw: "2023—2025年", date: "2025-12-31"});
    expect(readDeadline("持续推进,2024年底前完成")).toEqual({raw: "2024年底前", date: "2024-12-31"});
  });
  test("deadlineInText: the latest of the times the text sets, not the last written (到2030年… then 到2026年底…)", () => {
    const d = deadlineInText(
      "2026年全面启动动迁腾地,2027年全面完成项目前期改造,到2030年基本完成项目开发建设。持续推进整治,到2026年底全面完成城中村整治提升。"
    );
    expect(d?.deadline).toEqual({raw: "2030年", date: "2030-12-31"});
    expect(deadlineInText("2024年底前完成甲。2023年6月底前完成乙。")?.deadline.date).toBe("2024-12-31");
  });
  test("a clause with two times gives the later; a text that sets a later time than the clause's gives it", () => {
    const m = parse(
      [
        "一、任务",
        "(一)建成平台。(市发改委牵头,2024年6月底前完成一期;2025年底前全部完成)",
        "(二)建设系统,2026年底前完成二期。(市财政局负责,2025年底前)",
        "(三)建设网络,2023年底前完成一期。(市交通委负责,2025年底前)",
        "(四)推进改革,2026年底前完成。(市商务委负责,长期坚持)"
      ].join("\n") + "\n"
    );
    expect(m.items.map((i) => i.deadline)).toEqual([
      // The clause part's words (全部 is no body's 部).
      {raw: "2025年底前全部完成", date: "2025-12-31"},
      {raw: "2026年底前", date: "2026-12-31"},
      {raw: "2025年底前", date: "2025-12-31"},
      // No end (长期坚持): no date is later than it.
      {raw: "长期坚持", date: null}
    ]);
  });
  test("a task table's row: a year's cell that sets a later time than its 完成时限 cell gives it", () => {
    const m = parse(
      "某区重点任务清单\n序号 | 重点任务 | 2026年计划 | 牵头单位 | 完成时限\n1 | 推进改造。 | 2026年底前完成二期改造 | 区建管委 | 2025年底\n2 | 推进修缮。 | 2025年6月底前完成 | 区房管局 | 2025年底\n"
    );
    expect(m.items.map((i) => i.deadline)).toEqual([
      {raw: "2026年底前", date: "2026-12-31"},
      {raw: "2025年底", date: "2025-12-31"}
    ]);
  });
});

describe("the plan's own closing date (document.deadline)", () => {
  const closing = (title: string | null, text = "", date: string | null = null) =>
    planDeadline(title, text, date)?.deadline ?? null;
  test("the period the plan states it runs for: 实施期限, 有效期至, 执行至, 有效期N年 from a start", () => {
    expect(closing("某方案", "本方案实施期限为2024—2026年。")).toEqual({raw: "2024—2026年", date: "2026-12-31"});
    expect(closing("某意见", "本意见自2024年7月1日起施行,有效期至2029年6月30日。")).toEqual({
      raw: "2029年6月30日",
      date: "2029-06-30"
    });
    expect(closing("某方案", "实施期限:2024年1月1日至2026年12月31日。")?.date).toBe("2026-12-31");
    expect(closing("某方案", "本方案执行至2026年12月31日。")?.date).toBe("2026-12-31");
    expect(closing("某办法", "本办法自2024年7月1日起施行,有效期5年。")).toEqual({raw: "有效期5年", date: "2029-06-30"});
    expect(closing("某方案", "本方案自印发之日起施行,有效期为3年。", "2024-03-26")?.date).toBe("2027-03-25");
    // A measure's period, after the measure in its sentence, is the measure's, not the plan's.
    expect(closing("某实施意见", "1.实施阶段性降低基本医疗保险费率政策,实施期限至2021年12月31日。")).toBeNull();
    expect(closing("某方案", "五、实施期限:2024年1月1日至2026年12月31日。")?.date).toBe("2026-12-31");
    // A stage's 实施时间 and a task's 持续实施到… are not the plan's.
    expect(closing("某方案", "(一)动员阶段(实施时间:2024年3月)。持续实施到2025年底。")).toBeNull();
  });
  test("the whole schedule's end, where the sentence dividing the work into stages states it (按照以下三个阶段,于2025年5月底完成)", () => {
    expect(
      closing(
        "高效办成某“一件事”实施方案",
        "三、实施步骤\n按照以下三个阶段,于2025年5月底完成:\n(一)部署实施阶段。完成系统改造。(时间节点:2025年3月)\n"
      )
    ).toEqual({raw: "2025年5月底", date: "2025-05-31"});
    expect(closing("某方案", "整治工作分三个阶段推进,2025年底前全部完成。")?.date).toBe("2025-12-31");
    // One stage's end is that stage's, not the plan's.
    expect(closing("某方案", "(一)第一阶段,于2025年3月底完成系统改造。")).toBeNull();
  });
  test("else the title's period, a five-year plan's, or the one year of a year's plan; not a cited document's years", () => {
    expect(closing("上海市交通领域精细化管理工作方案(2024-2026年)")).toEqual({raw: "2024-2026年", date: "2026-12-31"});
    expect(closing("静安区消防救援发展三年行动计划(2019—2021)")?.date).toBe("2021-12-31");
    expect(closing("闵行区城市更新“十五五”规划")).toEqual({raw: "“十五五”", date: "2030-12-31"});
    expect(closing("松江区城市更新2025年度实施计划")).toEqual({raw: "2025年度", date: "2025-12-31"});
    expect(closing("2026年上海市城市更新规划资源行动方案")?.date).toBe("2026-12-31");
    expect(closing("关于贯彻落实《质量强国建设纲要(2023—2035年)》的实施方案")).toBeNull();
    expect(closing("延安市关于贯彻落实《质量强国建设纲要》的实施方案")).toBeNull();
    // The text's statement comes before the title's.
    expect(closing("某行动计划(2024—2026年)", "本计划有效期至2027年6月30日。")?.date).toBe("2027-06-30");
  });
  test("the header carries it, as written; items with no time of their own do not inherit it", () => {
    const m = parse(
      "某区城市更新行动计划(2024—2026年)\n一、主要任务\n(一)推进改造。完成改造。(区建管委负责)\n(二)推进修缮,2025年底前完成。(区房管局负责)\n二、保障措施\n本计划自印发之日起施行,有效期至2026年12月31日。\n"
    );
    expect(m.document.deadline).toEqual({raw: "2026年12月31日", date: "2026-12-31"});
    expect(m.items.map((i) => i.deadline)).toEqual([null, {raw: "2025年底前", date: "2025-12-31"}]);
    const none = parse("某区实施方案\n一、主要任务\n(一)推进改造。(区建管委负责)\n");
    expect("deadline" in none.document).toBe(false);
  });
});
