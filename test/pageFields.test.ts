import {describe, expect, test} from "vitest";
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
});
