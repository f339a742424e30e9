import {describe, expect, test} from "vitest";
import {headerSources, planHeader, planLevel, planTitle} from "../src/lib/planHeader.js";

const read = {title: "全文", docNumber: null, issuer: null, date: null, targetYear: 2027, baselineYear: null};

describe("planHeader", () => {
  test("planHeader takes title, number, issuer and date from the meta file over what the reader read", () => {
    expect(
      planHeader(
        {
          title: "成都市城市社区嵌入式服务设施建设工程实施方案",
          number: "成发改〔2024〕1号",
          issuer: "成都市发展和改革委员会",
          date: "2024-08-01"
        },
        read
      )
    ).toEqual({
      title: "成都市城市社区嵌入式服务设施建设工程实施方案",
      docNumber: "成发改〔2024〕1号",
      issuer: "成都市发展和改革委员会",
      date: "2024-08-01",
      targetYear: 2027,
      baselineYear: null
    });
  });
  test("planHeader keeps the reader's field where the meta file gives none, null or blank", () => {
    const doc = {
      title: "延安市关于贯彻落实《质量强国建设纲要》的实施方案",
      docNumber: "延政发〔2024〕8号",
      issuer: "延安市人民政府",
      date: "2024-03-26"
    };
    expect(planHeader({number: null, title: "  "}, doc)).toEqual(doc);
    expect(planHeader(undefined, doc)).toEqual(doc);
  });
  test("planTitle is null when neither the meta file nor the text gives a title", () => {
    expect(planTitle({}, {...read, title: null})).toBe(null);
    expect(planTitle({title: "2025年县政府工作报告任务清单"}, {...read, title: null})).toBe(
      "2025年县政府工作报告任务清单"
    );
  });
});

describe("planLevel", () => {
  test("planLevel takes the meta file's level", () => {
    expect(planLevel({level: "county"}, {issuer: "上海市人民政府"})).toBe("county");
  });
  test("planLevel reads the issuer's last administrative unit when the meta file gives no level", () => {
    const level = (issuer: string) => planLevel({level: "town"}, {issuer});
    expect(level("沁县人民政府办公室")).toBe("county");
    expect(level("上海市青浦区人民政府办公室")).toBe("county");
    expect(level("上海市青浦区城市管理行政执法局")).toBe("county");
    expect(level("成都市发展和改革委员会、中共成都市委社会工作部")).toBe("city");
    expect(level("西安市人民政府办公厅")).toBe("city");
    expect(level("上海市市场监督管理局")).toBe("city");
    expect(level("陕西省人民政府")).toBe("province");
    expect(level("广西壮族自治区人民政府办公厅")).toBe("province");
    expect(level("国务院办公厅")).toBe("nation");
  });
  test("planLevel reads a central ministry or commission signing with its bare name as a national plan", () => {
    const level = (issuer: string) => planLevel({}, {issuer});
    expect(level("工业和信息化部")).toBe("nation");
    expect(level("发展改革委、能源局")).toBe("nation");
    expect(level("市场监管总局")).toBe("nation");
    expect(level("海关总署")).toBe("nation");
    expect(level("中共中央、国务院")).toBe("nation");
    expect(level("中国人民银行")).toBe("nation");
    // A local body named without its place is no ministry: a 局 (上海海事局, 城市管理执法局), a 市 in the name.
    expect(level("上海海事局")).toBe(null);
    expect(level("城市管理执法局")).toBe(null);
    expect(level("中国共产党上海市委员会")).not.toBe("nation");
  });
  test("planLevel reads a level written bare, the place left out, as that level", () => {
    const level = (issuer: string) => planLevel({}, {issuer});
    expect(level("省人民政府")).toBe("province");
    expect(level("市政府办公室")).toBe("city");
    expect(level("县人民政府")).toBe("county");
    expect(level("区发展改革委")).toBe("county");
    // A district named 市北区 is a district; 市场… is no level.
    expect(level("市北区人民政府")).toBe("county");
    expect(level("市场监督管理局")).toBe(null);
  });
  test("planLevel reads a traditional-character issuer as the simplified one", () => {
    expect(planLevel({}, {issuer: "絳縣人民政府辦公室"})).toBe("county");
    expect(planLevel({}, {issuer: "長治市沁縣人民政府"})).toBe("county");
    expect(planLevel({}, {issuer: "懷化市人民政府辦公室"})).toBe("city");
  });
  test("planLevel is null when neither the meta file nor the issuer says", () => {
    expect(planLevel({}, {issuer: null})).toBe(null);
    expect(planLevel({}, {issuer: "领导小组办公室"})).toBe(null);
  });
});

describe("headerSources", () => {
  // The chongming plan's shape: the number stands only in the index (its .meta.json), the issuer is not read.
  const doc = {
    title: "上海市崇明区高层建筑消防安全综合治理工作方案",
    docNumber: null,
    issuer: null,
    date: "2017-09-06"
  };
  test("the meta file fills what the reader did not read, and says where each field comes from", () => {
    const meta = {number: "沪崇府办发〔2017〕39号", issuer: "上海市崇明区人民政府办公室", date: "2017-09-06"};
    expect(headerSources(meta, doc)).toEqual([
      {field: "title", value: doc.title, from: "text", read: null},
      {field: "docNumber", value: "沪崇府办发〔2017〕39号", from: "meta", read: null},
      {field: "issuer", value: "上海市崇明区人民政府办公室", from: "meta", read: null},
      {field: "date", value: "2017-09-06", from: "meta", read: null}
    ]);
  });
  test("where both give a field and differ, the meta file's is shown with what the text reads", () => {
    const [, , , date] = headerSources({date: "2017-09-07"}, doc);
    expect(date).toEqual({field: "date", value: "2017-09-07", from: "meta", read: "2017-09-06"});
  });
  test("agrees with planHeader on every value", () => {
    const meta = {title: "  ", number: "沪崇府办发〔2017〕39号"};
    const header = planHeader(meta, doc);
    for (const s of headerSources(meta, doc)) expect(s.value).toBe(header[s.field]);
  });
  test("a field the reader took from the web page's 信息公开 record is marked as the page's, not the text's", () => {
    const read = {...doc, docNumber: "宝政办函〔2022〕21号", fromPage: ["docNumber" as const]};
    expect(headerSources(null, read).map((s) => s.from)).toEqual(["text", "page", null, "text"]);
    // The meta file still wins, and says what the page gave.
    expect(headerSources({number: "宝政办函〔2022〕21号"}, read)[1].from).toBe("meta");
  });
  test("a title read from the record's 标题, where the text has no title line, is marked as the page's", () => {
    const read = {...doc, title: "某市人民政府办公室关于2025年重点工作责任分解的通知", fromPage: ["title" as const]};
    expect(headerSources(null, read).map((s) => s.from)).toEqual(["page", null, null, "text"]);
  });
  test("a field neither gives is null, from nowhere", () => {
    expect(headerSources(null, doc)[1]).toEqual({field: "docNumber", value: null, from: null, read: null});
  });
});
