import {parsePlan} from "../src/lib/reader/parse.js";
import {describe, expect, test} from "vitest";
import {csvParse} from "d3-dsv";
import {
  LEDGER_EXPORT_COLUMNS,
  ledgerCounts,
  ledgerCsv,
  ledgerRows,
  personsText,
  planDueLabel,
  progressText,
  targetRows
} from "../src/lib/ledger.js";
import {LEDGER_COLUMN_LABELS} from "../src/lib/vocabulary.js";
import {taskStatusCsv, validateTaskStatus, type ObservationRow, type TaskStatusRow} from "../src/lib/observations.js";
import {YANAN} from "./plan.js";

// Fixture rows for the tests only (not data about Yan'an).
const status = (item: string, asOf: string, s: TaskStatusRow["status"]): TaskStatusRow => ({
  item,
  asOf,
  status: s,
  evidence: "fixture",
  source: "test fixture"
});

describe("ledgerRows", () => {
  const rows = ledgerRows(
    YANAN,
    [
      status("T1", "2024-06-30", "in progress"),
      status("T1", "2025-12-31", "completed"),
      status("T2", "2025-06-30", "at risk"),
      status("T3", "2025-06-30", "in progress")
    ],
    {today: "2026-11-26"}
  );
  const row = (id: string) => rows.find((r) => r.item.id === id)!;
  test("takes the latest status of each item and keeps the others as its history, oldest first", () => {
    expect(row("T1")).toMatchObject({status: "completed", reported: "completed", asOf: "2025-12-31"});
    expect(row("T1").history.map((h) => [h.asOf, h.status])).toEqual([
      ["2024-06-30", "in progress"],
      ["2025-12-31", "completed"]
    ]);
    expect(row("T4").history).toEqual([]);
  });
  test("is overdue once the deadline has passed without completion, whatever the latest report said", () => {
    expect(row("T2")).toMatchObject({status: "overdue", reported: "at risk"});
    expect(row("T3")).toMatchObject({
      status: "overdue",
      reported: "in progress",
      reason: "the deadline (target year 2025) has passed without completion; last reported in progress on 2025-06-30"
    });
  });
  test("nothing reported is not reported, not overdue, even after the deadline", () => {
    expect(row("T4")).toMatchObject({
      status: "not reported",
      reported: null,
      reason: "nothing reported; the deadline (target year 2025) has passed"
    });
    const none = ledgerRows(YANAN, [], {today: "2026-11-26"});
    expect(none.every((r) => r.status === "not reported")).toBe(true);
    expect(ledgerCounts(none)).toEqual({
      overdue: 0,
      "at risk": 0,
      "not started": 0,
      "in progress": 0,
      completed: 0,
      "not reported": 50
    });
  });
  test("before the deadline the reported status stands: at risk, in progress, not started", () => {
    const before = ledgerRows(
      YANAN,
      [
        status("T2", "2024-06-30", "at risk"),
        status("T3", "2024-06-30", "in progress"),
        status("T5", "2024-06-30", "not started")
      ],
      {today: "2025-03-01"}
    );
    const at = (id: string) => before.find((r) => r.item.id === id)!.status;
    expect([at("T2"), at("T3"), at("T5"), at("T4")]).toEqual(["at risk", "in progress", "not started", "not reported"]);
    expect(ledgerCounts(before)).toMatchObject({"at risk": 1, "in progress": 1, "not started": 1, "not reported": 47});
  });
  test("the deadline is the item's own when the plan gives one, else 31 December of the target year", () => {
    expect(row("T3").deadline).toEqual({date: "2025-12-31", raw: "2025", from: "target year"});
    const items = YANAN.items.map((i) =>
      i.id === "T3"
        ? {...i, deadline: {raw: "2024年底前", date: "2024-12-31"}}
        : i.id === "T5"
          ? {...i, deadline: {raw: "长期坚持", date: null}}
          : i
    );
    const model = {...YANAN, items};
    const mid = ledgerRows(
      model,
      [status("T3", "2024-06-30", "in progress"), status("T5", "2024-06-30", "in progress")],
      {today: "2025-03-01"}
    );
    const t3 = mid.find((r) => r.item.id === "T3")!;
    expect(t3.deadline).toEqual({date: "2024-12-31", raw: "2024年底前", from: "item"});
    expect(t3).toMatchObject({
      status: "overdue",
      reasonZh: "期限（2024年底前）已过，尚未完成；最近报告：进行中（2024-06-30）"
    });
    // 长期坚持 never falls due.
    expect(
      ledgerRows(model, [status("T5", "2024-06-30", "in progress")], {today: "2030-01-01"}).find(
        (r) => r.item.id === "T5"
      )
    ).toMatchObject({status: "in progress", deadline: {date: null, raw: "长期坚持", from: "item"}});
  });
  test("the latest report's person and next step are on the row", () => {
    const r = ledgerRows(YANAN, [{...status("T6", "2025-01-02", "in progress"), person: "张三", nextStep: "验收"}], {
      today: "2025-03-01"
    });
    expect(r.find((x) => x.item.id === "T6")).toMatchObject({person: "张三", nextStep: "验收"});
  });
  test("the people the plan names for an item are on its row (persons), apart from the reported person", () => {
    const m = parsePlan(
      "某市2020年重点工作及责任分解\n一、主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n" +
        "2. 财政收入增长8%左右。(牵头单位:市财政局)\n"
    );
    const r = ledgerRows(m, [{...status("T1", "2020-06-30", "in progress"), person: "张三"}], {today: "2020-07-01"});
    expect(r.map((x) => [x.item.id, x.person, personsText(x.persons)])).toEqual([
      ["T1", "张三", "牵头负责领导:金力"],
      ["T2", "", ""]
    ]);
    expect(csvParse(ledgerCsv(r).slice(1)).map((x) => [x.item, x.person, x.persons])).toEqual([
      ["T1", "张三", "牵头负责领导:金力"],
      ["T2", "", ""]
    ]);
  });
  test("the progress the plan's own status table reports is on the row and in the export (progress); it sets no status", () => {
    const m = parsePlan(
      [
        "某县2023年度重点工作清单",
        "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |",
        "1 | 启动综合体建设。 | ①5月底前,开工建设。 | ①已完成。2月10日,完成设计招标。 | 达序推进 |",
        "2 | 壮大金融服务业。 | ①6月底前,出台贴息政策。 |  |  |"
      ].join("\n")
    );
    const r = ledgerRows(m, [], {today: "2023-04-01"});
    expect(r.map((x) => [x.item.id, x.status, progressText(x.progress)])).toEqual([
      ["R1.1", "not reported", "进展情况:①已完成。2月10日,完成设计招标。; 完成情况:达序推进"],
      ["R1.2", "not reported", ""]
    ]);
    expect(csvParse(ledgerCsv(r).slice(1)).map((x) => [x.item, x.progress])).toEqual([
      ["R1.1", "进展情况:①已完成。2月10日,完成设计招标。; 完成情况:达序推进"],
      ["R1.2", ""]
    ]);
  });
  test("names lead and co-responsible departments and the item's targets", () => {
    expect(row("T7")).toMatchObject({lead: ["市农业农村局"], others: ["市市场监管局"]});
    expect(row("T7").targets.map((t) => t.id)).toEqual(["T7-1", "T7-2", "T7-3"]);
  });
});

describe("the ledger's column names", () => {
  test("every column the export writes, and the table's history, has one label in the vocabulary, under the same name", () => {
    expect(Object.keys(LEDGER_COLUMN_LABELS).sort()).toEqual([...LEDGER_EXPORT_COLUMNS, "history"].sort());
    // The reported 责任人 and the plan's named people are two columns, called two things.
    expect(LEDGER_COLUMN_LABELS.person.zh).toBe("责任人");
    expect(LEDGER_COLUMN_LABELS.persons.zh).not.toBe(LEDGER_COLUMN_LABELS.person.zh);
  });
  test("a status file headed with the Chinese labels (责任人, 下一步) reads as person and next_step", () => {
    const text = `item,as_of,status,evidence,source,${LEDGER_COLUMN_LABELS.person.zh},${LEDGER_COLUMN_LABELS.next_step.zh}\nT1,2024-06-30,进行中,会议纪要,督查室,李四,验收`;
    expect(validateTaskStatus(text, YANAN).rows).toEqual([
      {
        ...status("T1", "2024-06-30", "in progress"),
        evidence: "会议纪要",
        source: "督查室",
        person: "李四",
        nextStep: "验收"
      }
    ]);
  });
});

describe("ledgerCsv", () => {
  const statuses = [
    {...status("T1", "2024-06-30", "in progress"), person: "李四"},
    {...status("T1", "2025-12-31", "completed"), nextStep: "归档"},
    status("T2", "2025-06-30", "at risk"),
    status("A8.2", "2025-06-30", "in progress")
  ];
  const rows = ledgerRows(YANAN, statuses, {today: "2026-11-26"});
  test("reads back as a status file: the latest report of every reported item, no problem", () => {
    const text = ledgerCsv(rows);
    expect(text.startsWith("\ufeffitem,as_of,status,evidence,source,person,next_step,title,deadline")).toBe(true);
    const back = validateTaskStatus(text, YANAN);
    expect(back.problems).toEqual([]);
    expect(back.rows).toEqual([statuses[1], statuses[2], statuses[3]]);
    expect(ledgerRows(YANAN, back.rows, {today: "2026-11-26"}).map((r) => r.status)).toEqual(rows.map((r) => r.status));
  });
  test("writes the deadline and the ledger status beside the report", () => {
    const records = csvParse(ledgerCsv(rows).slice(1));
    expect(records.find((r) => r.item === "T2")).toMatchObject({
      deadline: "2025-12-31",
      deadline_from: "target year",
      ledger_status: "overdue",
      status: "at risk"
    });
    expect(records.find((r) => r.item === "T4")).toMatchObject({as_of: "", status: "", ledger_status: "not reported"});
  });
  test("the history exports as a status file that reads back to the same rows", () => {
    const back = validateTaskStatus(taskStatusCsv(statuses), YANAN);
    expect(back).toEqual({rows: statuses, problems: [], warnings: [], checked: 4});
  });
});

describe("targetRows", () => {
  test("gives each target its sentence, departments and latest city observation as a share of the target", () => {
    const obs: ObservationRow[] = [
      {id: "A8.2-1", year: 2024, value: 1000, level: "city", source: "test fixture", note: "", kind: "target"},
      {id: "A8.2-1", year: 2025, value: 3000, level: "city", source: "test fixture", note: "", kind: "target"}
    ];
    const rows = targetRows(YANAN, obs);
    const r = rows.find((r) => r.target.id === "A8.2-1")!;
    expect(r).toMatchObject({
      column: "专栏8",
      lead: ["市市场监管局"],
      share: 0.75,
      sentence: "到2025年,全市放心消费示范单位达到4000家。"
    });
    expect(r.latest?.year).toBe(2025);
    expect(rows.find((r) => r.target.id === "A2.1-1")!.share).toBeNull();
  });
  test("keeps a target stated in a goal section (主要目标), with no department", () => {
    const plan = parsePlan(
      [
        "某市质量提升行动方案",
        "一、总体要求",
        "（一）指导思想。坚持质量第一。",
        "（二）主要目标。到2025年，全市产品质量合格率达到95%以上。",
        "二、主要任务",
        "（一）加强标准建设。制定地方标准20项以上。（市市场监管局牵头，市发展改革委配合）"
      ].join("\n")
    );
    const rows = targetRows(plan, []);
    expect(rows.map((r) => [r.target.value, r.inGoal, r.lead])).toEqual([
      [20, false, ["市市场监管局"]],
      [95, true, []]
    ]);
    expect(rows[1]).toMatchObject({item: {id: "G1.2"}, column: null, departments: []});
    expect(rows[1].sentence).toContain("95%");
  });
});

describe("a deadline inherited from a group", () => {
  const model = parsePlan(
    "某市实施方案\n一、主要任务\n(一)提升服务效能。到2025年底前完成以下工作。\n1.压缩办理时限。(市政务服务局牵头)\n2.强化用地保障。(责任单位:市自然资源局)\n"
  );
  const rows = ledgerRows(model, [], {today: "2026-01-15"});
  test("the ledger says which group the time comes from, in its reason and its export", () => {
    expect(rows[0].deadline).toEqual({date: "2025-12-31", raw: "2025年底前", from: "item", inheritedFrom: "S1.1"});
    expect(rows[0].reason).toBe("nothing reported; the deadline (2025年底前 (2025-12-31, stated for S1.1)) has passed");
    expect(rows[0].reasonZh).toBe("未报告进展；期限（2025年底前，S1.1所定）已过");
    expect(csvParse(ledgerCsv(rows).slice(1))[0]).toMatchObject({
      deadline: "2025-12-31",
      deadline_from: "2025年底前 (S1.1)"
    });
  });
});

describe("the plan's closing date as a due date", () => {
  // Two real-looking plans that state their own closing date: in a closing sentence (有效期至) and in the title.
  const validity = parsePlan(
    [
      "某市人民政府办公厅关于进一步加强城市公共消防安全工作的意见",
      "一、主要任务",
      "(一)加强消防站建设。2026年底前建成消防站5座。(责任单位:市消防救援总队)",
      "(二)完善消防规划。推进消防专项规划编制。(责任单位:市规划资源局)",
      "二、附则",
      "本意见自2024年7月1日起施行,有效期至2029年6月30日。"
    ].join("\n")
  );
  const titled = parsePlan(
    [
      "某区城市更新行动方案(2023-2025年)",
      "一、重点任务",
      "(一)推进旧区改造。完成零星旧改。(区房管局牵头,区规划资源局配合)",
      "(二)推进城中村改造。2024年6月底前启动3个项目。(区建管委牵头)"
    ].join("\n")
  );
  test("an item with no deadline of its own falls due on the plan's closing date, marked as the plan's", () => {
    expect(validity.document.deadline?.date).toBe("2029-06-30");
    const [own, none] = ledgerRows(validity, [], {today: "2026-01-15"});
    expect(own.deadline).toMatchObject({date: "2026-12-31", from: "item"});
    expect(none.deadline).toEqual({date: "2029-06-30", raw: validity.document.deadline!.raw, from: "plan"});
    const [first, second] = ledgerRows(titled, [], {today: "2024-01-15"});
    expect(first.deadline).toMatchObject({date: "2025-12-31", from: "plan"});
    expect(second.deadline).toMatchObject({date: "2024-06-30", from: "item"});
  });
  test("the model's items do not inherit the plan's closing date: only the ledger lends it", () => {
    expect(validity.items[1].deadline).toBeNull();
    expect(titled.items[0].deadline).toBeNull();
  });
  test("an item is overdue once the plan's closing date has passed without completion, and says the date is the plan's", () => {
    const rows = ledgerRows(titled, [status(titled.items[0].id, "2025-06-30", "in progress")], {today: "2026-01-15"});
    expect(rows[0]).toMatchObject({
      status: "overdue",
      reason: `the deadline (the plan's closing date ${titled.document.deadline!.raw} (2025-12-31)) has passed without completion; last reported in progress on 2025-06-30`,
      reasonZh: `期限（方案期限${titled.document.deadline!.raw}）已过，尚未完成；最近报告：进行中（2025-06-30）`
    });
    // Before it, the report stands.
    expect(
      ledgerRows(titled, [status(titled.items[0].id, "2025-06-30", "in progress")], {today: "2025-12-31"})[0].status
    ).toBe("in progress");
  });
  test("a plan that states no closing date keeps the target year, and says so", () => {
    expect(YANAN.document.deadline).toBeUndefined();
    expect(ledgerRows(YANAN, [], {today: "2026-01-15"}).find((r) => r.item.id === "T3")!.deadline).toEqual({
      date: "2025-12-31",
      raw: "2025",
      from: "target year"
    });
  });
  test("the export says whose each due date is (due_date_source: item, plan, target year)", () => {
    const records = csvParse(ledgerCsv(ledgerRows(validity, [], {today: "2026-01-15"})).slice(1));
    expect(records.map((r) => [r.deadline, r.due_date_source])).toEqual([
      ["2026-12-31", "item"],
      ["2029-06-30", "plan"]
    ]);
    expect(records[1].deadline_from).toBe(validity.document.deadline!.raw);
    const yanan = csvParse(ledgerCsv(ledgerRows(YANAN, [], {today: "2026-01-15"})).slice(1));
    expect(yanan.find((r) => r.item === "T3")).toMatchObject({due_date_source: "target year"});
  });
});

describe("planDueLabel", () => {
  const d = {date: "2029-06-30", raw: "有效期至2029年6月30日", from: "plan" as const};
  test("marks a due date lent by the plan as the plan's, with a tooltip saying it is not the item's", () => {
    expect(planDueLabel(d, "zh")).toEqual({
      text: "方案期限 2029-06-30",
      title: "方案的期限（有效期至2029年6月30日），并非条目自身的完成时限"
    });
    expect(planDueLabel(d, "en").text).toBe("plan's end 2029-06-30");
    expect(planDueLabel({...d, date: null, raw: "“十五五”期间"}, "zh").text).toBe("方案期限 “十五五”期间");
  });
});
