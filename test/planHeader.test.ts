import {describe, expect, test} from "vitest";
import {planHeader, planLevel, planTitle} from "../src/lib/planHeader.js";

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
  test("planLevel is null when neither the meta file nor the issuer says", () => {
    expect(planLevel({}, {issuer: null})).toBe(null);
    expect(planLevel({}, {issuer: "领导小组办公室"})).toBe(null);
  });
});
