import {describe, expect, test} from "vitest";
import {centralBody, isCentralIssuer, ownLevelBody} from "../src/lib/reader/nationalNames.js";
import {DIRECTORY, parse} from "./plan.js";

describe("central bodies named bare in a central body's plan", () => {
  test("the State Council, the Party Centre and their general offices are the central issuers; a ministry is not", () => {
    expect(isCentralIssuer("国务院")).toBe(true);
    expect(isCentralIssuer("国务院办公厅")).toBe(true);
    expect(isCentralIssuer("中共中央、国务院")).toBe(true);
    expect(isCentralIssuer("中共中央办公厅 国务院办公厅")).toBe(true);
    // A ministry's own plan names its own offices bare (办公厅, 法制司).
    expect(isCentralIssuer("交通运输部")).toBe(false);
    expect(isCentralIssuer("国家发展改革委、财政部")).toBe(false);
    expect(isCentralIssuer("延安市人民政府")).toBe(false);
    expect(isCentralIssuer(null)).toBe(false);
  });
  test("a bare short name is the national body with 国家, 国务院 or 中国 before it", () => {
    const full = (n: string) => centralBody(n, DIRECTORY)?.name;
    expect(full("统计局")).toBe("国家统计局");
    expect(full("知识产权局")).toBe("国家知识产权局");
    expect(full("国资委")).toBe("国务院国有资产监督管理委员会");
    expect(full("气象局")).toBe("中国气象局");
    // A name that says its level or place, or that no prefix makes a national body, is none.
    expect(full("市统计局")).toBeUndefined();
    expect(full("国家统计局")).toBeUndefined();
    expect(full("公安部门")).toBeUndefined();
  });
  const clause = "（发展改革委、统计局、国资委、气象局按职责分工负责）";
  test("in a State Council plan the bare names resolve to the national bodies", () => {
    const model = parse(
      `国务院关于推进测试工作的意见\n国发〔2016〕1号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、主要任务\n（一）加强统计监测。完善统计制度。${clause}\n（二）做好气象服务。${clause}\n国务院\n2016年1月4日\n`
    );
    const named = model.departments.filter((d) => d.known).map((d) => d.name);
    expect(named).toEqual(
      expect.arrayContaining(["国家发展和改革委员会", "国家统计局", "国务院国有资产监督管理委员会", "中国气象局"])
    );
    // The links keep the names as written.
    expect(model.responsibilities.map((r) => r.asWritten)).toContain("统计局");
  });
  test("in a ministry's own plan its bare offices stay its own (办公厅 is no 国务院办公厅)", () => {
    const model = parse(
      `交通运输部关于印发2021年法治政府部门建设工作要点的通知\n交法发〔2021〕1号\n部属各单位，部内各司局：\n现将《2021年法治政府部门建设工作要点》印发给你们。\n交通运输部\n2021年3月1日\n2021年法治政府部门建设工作要点\n一、完善法规制度\n1.加强规范性文件管理。（法制司、办公厅按职责分工负责）\n`
    );
    expect(model.departments.map((d) => d.name)).toEqual(["法制司", "办公厅"]);
  });
  test("in a city's plan the same bare names are the city's own bodies (ownLevelBody), never the national ones", () => {
    const model = parse(
      `延安市人民政府关于推进测试工作的意见\n延政发〔2016〕1号\n各县（市、区）人民政府，市政府各工作部门：\n一、主要任务\n（一）加强统计监测。完善统计制度。${clause}\n延安市人民政府\n2016年1月4日\n`
    );
    const of = Object.fromEntries(model.responsibilities.map((r) => [r.asWritten, r.department]));
    expect(of).toEqual({
      发展改革委: "市发展和改革委员会",
      统计局: "市统计局",
      国资委: "市人民政府国有资产监督管理委员会",
      气象局: "市气象局"
    });
    expect(model.departments.some((d) => /^(?:国家|国务院|中国)/.test(d.name))).toBe(false);
  });
  test("a bare name is the body of the plan's own level the reference lists, the name as written kept", () => {
    const own = (n: string, level: "nation" | "province" | "city" | "county" | null, district = false) =>
      ownLevelBody(n, level, DIRECTORY, district)?.name;
    expect(own("能源局", "province")).toBe("省能源局");
    expect(own("发展改革委", "province")).toBe("省发展和改革委员会");
    expect(own("发展改革委", "city")).toBe("市发展和改革委员会");
    expect(own("统计局", "county")).toBe("县统计局");
    expect(own("统计局", "county", true)).toBe("区统计局");
    // A 厅 is a province's in any plan.
    expect(own("商务厅", "county")).toBe("省商务厅");
    // Counter-examples: a name that says its level or place, a body the reference lists no form of at the level (no
    // body invented: 能源局 in a city's plan), a national plan (centralBody), an unknown level.
    expect(own("市能源局", "province")).toBeUndefined();
    expect(own("四川省能源局", "province")).toBeUndefined();
    expect(own("能源局", "city")).toBeUndefined();
    expect(own("统计局", "nation")).toBeUndefined();
    expect(own("统计局", null)).toBeUndefined();
  });
  test("in a county's plan a bare name the reference has no county form of stays as written, no national body", () => {
    const model = parse(
      `某县人民政府关于推进测试工作的意见\n一、主要任务\n（一）加强统计监测。完善统计制度。（发展改革委、统计局按职责分工负责）\n`
    );
    expect(model.responsibilities.map((r) => `${r.asWritten}=${r.department}`)).toEqual([
      "发展改革委=发展改革委",
      "统计局=县统计局"
    ]);
    expect(model.departments.find((d) => d.name === "发展改革委")?.kind).toBe("county-department");
  });
});
