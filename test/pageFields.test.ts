import {describe, expect, test} from "vitest";
import {recordBreaks} from "../src/lib/reader/normalize.js";
import {pageFieldLines, pageFields, pageHeader} from "../src/lib/reader/pageFields.js";
import {parse} from "./plan.js";

describe("a web page's 信息公开 record above a plan (pageFields.ts)", () => {
  test("| rows and label:value lines of 信息公开 fields are read as the page's fields, spaced labels too", () => {
    expect(pageFields("索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |")?.map((f) => f.label)).toEqual(
      ["索引号", "公开方式"]
    );
    expect(pageFields("有 效 性:有效   文  号:宝政办函〔2022〕21号")).toEqual([
      {label: "有效性", value: "有效", offset: 6},
      {label: "文号", value: "宝政办函〔2022〕21号", offset: 16}
    ]);
    // A task table's header and a sentence are none.
    expect(pageFields("序号 | 工作任务 | 牵头单位 | 完成时限")).toBeNull();
    expect(pageFields("为全面完成各项任务,名称:…")).toBeNull();
    // One labelled line of a plan's own header is no page's record: two fields at least.
    expect(pageFieldLines(["发文字号:延政发〔2024〕8号", "延安市人民政府"], 2).size).toBe(0);
  });
  test("the header takes the number, the issuer and the date of issue from the record, never the day the page went up", () => {
    const fields = pageFields("发布机构:宝鸡市人民政府办公室   发布日期:2022-04-22 15:53:47")!;
    const header = pageHeader([...fields, ...pageFields("有 效 性:有效   文  号:宝政办函〔2022〕21号")!]);
    expect([header.docNumber?.value, header.issuer?.value, header.date]).toEqual([
      "宝政办函〔2022〕21号",
      "宝鸡市人民政府办公室",
      null
    ]);
    expect(pageHeader(pageFields("成文日期 | 2025-02-28 | 废止日期 | |")!).date).toBe("2025-02-28");
  });
  const notice =
    "各镇政府,县政府各部门:\n现将《2025年某县重要工作事项责任分工》印发给你们。\n某县人民政府\n2025年2月28日\n2025年某县重要工作事项责任分工\n一、主要任务\n1.推进建设。(牵头单位:县发展和改革局)\n";
  test("the record is neither body nor a table plan, and what the text gives wins over it", () => {
    const record =
      "索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |\n发布机构 | 某县人民政府办公室 | 组配分类 | 金政发 |\n成文日期 | 2025-02-27 | 废止日期 | |\n有效性 | 有效 |\n";
    const bare = parse(notice);
    const m = parse(record + notice);
    expect(m.coverage.bodyChars).toBe(bare.coverage.bodyChars);
    expect(m.coverage.covered).toBe(1);
    expect(m.items.map((i) => i.id)).toEqual(bare.items.map((i) => i.id));
    expect(m.document).toEqual(bare.document);
    expect(m.document.fromPage).toBeUndefined();
    expect(m.warnings.find((w) => w.line === 1)?.message).toMatch(/信息公开 record/);
  });
  test("where the text gives no number, the record's fills it, marked as the page's; the plan's own title is kept", () => {
    const m = parse(
      "索引号:010808417N/2022-00348\n发布机构:某市人民政府办公室   发布日期:2022-04-22 15:53:47\n名  称:某市人民政府办公室关于印发2022年某市重点工作安排的通知\n有 效 性:有效   文  号:某政办函〔2022〕21号\n某市人民政府办公室关于印发2022年某市重点工作安排的通知\n各县、区人民政府:\n现印发给你们。\n某市人民政府办公室\n2022年4月19日\n2022年某市重点工作安排\n一、重点改革\n(一)深化审批改革。推进改革。\n"
    );
    expect(m.document).toMatchObject({
      title: "2022年某市重点工作安排",
      docNumber: "某政办函〔2022〕21号",
      issuer: "某市人民政府办公室",
      date: "2022-04-19",
      fromPage: ["docNumber"]
    });
  });
  test("a | record that writes its labels with a colon (文 号: | value |) reads, an empty value before the next label too", () => {
    expect(pageFields("文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |")?.map((f) => [f.label, f.value])).toEqual([
      ["文号", "六盘水府办发〔2022〕10号"],
      ["是否有效", ""]
    ]);
    expect(pageFields("发布机构: | 生成日期: | 2022-12-02 08:54:33 | |")?.map((f) => [f.label, f.value])).toEqual([
      ["发布机构", ""],
      ["生成日期", "2022-12-02 08:54:33"]
    ]);
    expect(
      pageHeader(pageFields("发文字号: | 黔府办发〔2022〕25号 | 成文日期: | 2022-05-06 |")!).docNumber?.value
    ).toBe("黔府办发〔2022〕25号");
    // Counter-example: a table's row whose first cell is no label, colon or not.
    expect(pageFields("牵头单位: | 市发展改革委 | 完成时限: | 2024年底 |")).toBeNull();
  });
  test("a run-together record is cut at each known label, with no separator or only a space between label and value", () => {
    expect(pageFields("发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号")?.map((f) => [f.label, f.value])).toEqual(
      [
        ["发文机构", "武汉市人民政府办公厅"],
        ["发文字号", "武政办〔2020〕1号"]
      ]
    );
    expect(pageFields("索引号 000014348/2020-00052 主题分类 综合政务")?.map((f) => [f.label, f.value])).toEqual([
      ["索引号", "000014348/2020-00052"],
      ["主题分类", "综合政务"]
    ]);
    const header = pageHeader([
      ...pageFields("发布日期2020年01月23日有效性有效")!,
      ...pageFields("成文日期2020年01月17日")!,
      ...pageFields("发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号")!
    ]);
    expect([header.docNumber?.value, header.issuer?.value, header.date]).toEqual([
      "武政办〔2020〕1号",
      "武汉市人民政府办公厅",
      "2020-01-17"
    ]);
    // Counter-example: a line that opens with no label is no record's, though a label stands inside it.
    expect(pageFields("市人民政府办公厅关于印发分解方案的通知发文字号武政办〔2020〕1号")).toBeNull();
  });
  test("a traditional record, a bulleted list of label:value lines, reads its labels as their simplified names", () => {
    const lines = [
      "- 索 引 號:QZ05101-3000-2025-00003",
      "- 發布機構:石獅市人民政府辦公室",
      "- 公文生成日期:2025-01-24",
      "- 標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知",
      "- 備注/文號:獅政辦〔2025〕1號",
      "- 發布日期:2025-01-26"
    ];
    const fields = lines.flatMap((l) => pageFields(l) ?? []);
    expect(fields.map((f) => f.label)).toEqual(["索引号", "发布机构", "公文生成日期", "标题", "备注/文号", "发布日期"]);
    expect(fields[0].offset).toBe(8);
    const header = pageHeader(fields);
    expect([header.docNumber?.value, header.issuer?.value, header.date, header.title?.label]).toEqual([
      "獅政辦〔2025〕1號",
      "石獅市人民政府辦公室",
      "2025-01-24",
      "标题"
    ]);
    // A record's own 生成日期 is the day the record was made, not the document's date of issue.
    expect(pageHeader(pageFields("发布机构: | 生成日期: | 2022-12-02 08:54:33 | |")!).date).toBeNull();
    // Counter-example: a list's item that is no record's line.
    expect(pageFields("- 推进建设:完成改造")).toBeNull();
  });
  test("a copy whose text has no title line takes the record's 标题, and its year as the closing date", () => {
    const m = parse(
      "- 索 引 號:QZ05101-3000-2025-00003\n- 發布機構:石獅市人民政府辦公室\n- 公文生成日期:2025-01-24\n- 標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知\n- 備注/文號:獅政辦〔2025〕1號\n各鎮人民政府、街道辦事處:\n現將目標任務責任分解如下。\n一、提高認識,壓實責任。各部門要切實提高思想認識。\n"
    );
    expect(m.document).toMatchObject({
      title: "石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知",
      docNumber: "獅政辦〔2025〕1號",
      issuer: "石獅市人民政府辦公室",
      date: "2025-01-24",
      deadline: {raw: "2025年", date: "2025-12-31"}
    });
    expect(m.document.fromPage).toContain("title");
  });
  test("the record's issuer wins where it names in full the body the text writes without its place", () => {
    const notice =
      "市人民政府办公厅关于印发2020年市重点工作责任分解方案的通知\n各区人民政府:\n《2020年市重点工作责任分解方案》已经市人民政府同意,现印发给你们。\n一、压实责任。各责任单位要加强组织领导。\n";
    const m = parse(
      "索引号 000014348/2020-00052 主题分类 综合政务\n发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号\n成文日期2020年01月17日\n" +
        notice
    );
    expect([m.document.title, m.document.issuer, m.document.docNumber, m.document.date]).toEqual([
      "2020年市重点工作责任分解方案",
      "武汉市人民政府办公厅",
      "武政办〔2020〕1号",
      "2020-01-17"
    ]);
    // Counter-example: a record naming another body does not replace the text's issuer.
    const other = parse(
      "索引号 000014348/2020-00052 主题分类 综合政务\n发文机构武汉市财政局发文字号武财〔2020〕1号\n" + notice
    );
    expect(other.document.issuer).toBe("市人民政府办公厅");
  });
  test("a legal database's 【label】value lines are a record: 法宝引证码 and 时效性 set aside, 发布部门, 发文字号, 发布日期 read", () => {
    expect(pageFields("【法宝引证码】CLI.1.304262")).toEqual([
      {label: "法宝引证码", value: "CLI.1.304262", offset: 7, database: true}
    ]);
    const fields = [
      ...pageFields("【发布部门】运城市人民政府办公厅【发文字号】运政办发〔2017〕30号")!,
      ...pageFields("[发布日期]2017.04.13[效力级别]地方规范性文件")!
    ];
    const header = pageHeader(fields);
    expect([header.docNumber?.value, header.issuer?.value, header.date]).toEqual([
      "运政办发〔2017〕30号",
      "运城市人民政府办公厅",
      "2017-04-13"
    ]);
    expect(
      pageFieldLines(["【法宝引证码】CLI.1.304262", "【时效性】尚未施行", "运城市人民政府办公厅关于…的通知"], 3).size
    ).toBe(2);
    // Counter-examples: a site's column name before a title is no field; a page's 发布日期 written label:value stays unread.
    expect(pageFields("【市政府重点工作及责任分解】滁州市人民政府关于…的通知")).toBeNull();
    expect(pageHeader(pageFields("发布日期:2017-04-13   发布机构:某市人民政府")!).date).toBeNull();
  });
  test("a legal database's copy: the 【法宝引证码】 lines stay out of the title", () => {
    const m = parse(
      "【法宝引证码】CLI.1.304262\n【时效性】尚未施行\n某市人民政府办公厅关于印发某市应急体系建设规划的通知\n某市人民政府办公厅\n2017年4月13日\n某市应急体系建设规划\n一、总体要求\n1.完善预案。(责任单位:市应急局)\n"
    );
    expect([m.document.title, m.document.issuer, m.document.date]).toEqual([
      "某市应急体系建设规划",
      "某市人民政府办公厅",
      "2017-04-13"
    ]);
  });
  test("a label alone on its line takes the next line as its value when the line has the label's shape; never the title", () => {
    const record = [
      "信息索引号:",
      "11330922090963010M/2023-31395",
      "主题分类:",
      "发布机构:",
      "某县人民政府办公室",
      "成文日期:",
      "2023-02-22",
      "文号:",
      "文件登记号:",
      "公开方式:",
      "主动公开",
      "有效性:",
      "2023年政府工作报告重点工作责任分解"
    ];
    const found = pageFieldLines(record, record.length);
    expect([...found.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(found.get(6)).toEqual([{label: "成文日期", value: "2023-02-22", offset: 0}]);
    expect(pageHeader([...found.values()].flat()).date).toBe("2023-02-22");
    const m = parse(record.join("\n") + "\n一、某县长牵头重点工作\n1.一般公共预算收入增长5%。\n责任单位:县财政局\n");
    expect([m.document.title, m.document.issuer, m.document.date]).toEqual([
      "2023年政府工作报告重点工作责任分解",
      "某县人民政府办公室",
      "2023-02-22"
    ]);
  });
});

describe("a web page's 信息公开 record in a copy that lost its line breaks (recordBreaks)", () => {
  test("a bulleted record: a break before each bullet, and after the last date where the addressee runs on", () => {
    const head =
      "- 索 引 号:QZ05101-3000-2025-00003- 发布机构:某市人民政府办公室- 公文生成日期:2025-01-24- 标题:某市人民政府办公室关于2025年重点工作责任分解的通知- 备注/文号:某政办〔2025〕1号- 发布日期:2025-01-26各镇人民政府,市直各单位:";
    expect(recordBreaks(head).map((p) => head.slice(p, p + 6))).toEqual([
      "- 发布机构",
      "- 公文生成",
      "- 标题:某",
      "- 备注/文",
      "- 发布日期",
      "各镇人民政府"
    ]);
  });
  test("a run-together record: the notice's title after the date of issue, and the page's bullets after it", () => {
    const head =
      "索引号 000014348/2020-00052 主题分类 综合政务发文机构某市人民政府办公厅发文字号某政办〔2020〕1号成文日期2020年01月17日市人民政府办公厅关于印发重点工作分解方案的通知• 2020年01月23日• 来源:某市人民政府办公厅";
    expect(recordBreaks(head).map((p) => head.slice(p, p + 6))).toEqual(["市人民政府办", "• 2020", "• 来源:某"]);
  });
  test("no break in a line that opens with no record, nor in one field's line", () => {
    expect(recordBreaks("各区人民政府:现将方案印发给你们• 请遵照执行。2025-01-26印发")).toEqual([]);
    expect(recordBreaks("发文字号:某政办〔2020〕1号")).toEqual([]);
  });
  test("a joined copy reads the record's number, issuer, date and title as the copy with breaks", () => {
    const kept = [
      "- 索 引 号:QZ05101-3000-2025-00003",
      "- 发布机构:某市人民政府办公室",
      "- 公文生成日期:2025-01-24",
      "- 标题:某市人民政府办公室关于2025年重点工作责任分解的通知",
      "- 备注/文号:某政办〔2025〕1号",
      "- 发布日期:2025-01-26",
      "各镇人民政府,市直各单位:",
      "为抓好落实,现将有关事项通知如下。",
      "一、提高认识,压实责任。各单位要切实提高思想认识。",
      "二、细化措施,合力推进。各单位要对照目标,细化任务分解。"
    ].join("\n");
    const header = (text: string) => {
      const d = parse(text).document;
      return [d.title, d.docNumber, d.issuer, d.date];
    };
    expect(header(kept.split("\n").join(""))).toEqual(header(kept));
    expect(header(kept)[1]).toBe("某政办〔2025〕1号");
  });
});
