import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {departmentDirectory, entryFitsPlace, parseDepartmentsCsv} from "../src/lib/departments.js";
import {fixture, parse} from "./plan.js";

describe("parseDepartmentsCsv", () => {
  test("reports every bad row with its line and keeps the good ones", () => {
    const {entries, problems} = parseDepartmentsCsv(
      [
        "name,short_name,aliases,name_en,kind",
        "市发展和改革委员会,市发改委,市发展改革委,Development and Reform Commission,municipal-department",
        ",,,,office",
        "市科学技术局,市科技局,,Science Bureau,bureau",
        "市发改委,,,,municipal-department",
        "延安海关,,,Yan'an Customs,vertical-agency"
      ].join("\n")
    );
    expect(entries.map((e) => e.name)).toEqual(["市发展和改革委员会", "延安海关"]);
    expect(problems).toEqual([
      {line: 3, message: "empty name"},
      {
        line: 4,
        message:
          'kind "bureau" is not one of national-department, provincial-department, municipal-department, county-department, office, vertical-agency, management-committee, provincial-government, municipal-government, county-government, township, enterprise, society, generic'
      },
      {line: 5, message: 'name "市发改委" is already used on line 2'}
    ]);
  });
  test("a file without the expected columns is reported on line 1", () => {
    expect(parseDepartmentsCsv("名称,别名\n甲,乙\n").problems[0]).toEqual({
      line: 1,
      message: "missing 5 columns: name, short_name, aliases, name_en, kind"
    });
  });
});

describe("departmentDirectory", () => {
  const {entries} = parseDepartmentsCsv(readFileSync(fixture("departments.csv"), "utf8"));
  const directory = departmentDirectory(entries);
  test("finds a department by canonical name, short name or alias, in either width", () => {
    expect(directory.lookup("市文旅局")?.name).toBe("市文化和旅游局");
    expect(directory.lookup("市住建局")?.name).toBe("市住房和城乡建设局");
    expect(directory.lookup("市卫生健康委")?.name).toBe("市卫生健康委员会");
    expect(directory.lookup("市卫健委")?.name).toBe("市卫生健康委员会");
    expect(directory.lookup("各县（市、区）人民政府")?.kind).toBe("county-government");
    expect(directory.lookup("市 发改委")?.shortName).toBe("市发改委");
    expect(directory.lookup("市新设局")).toBeUndefined();
  });
});

describe("data/reference/departments.csv", () => {
  test("has no bad rows and an English name for every department", () => {
    const {entries, problems} = parseDepartmentsCsv(
      readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")
    );
    expect(problems).toEqual([]);
    expect(entries.filter((e) => !e.nameEn).map((e) => e.name)).toEqual([]);
  });
  test("resolves the short names a municipality with commissions writes (上海) to the bodies' full names", () => {
    const directory = departmentDirectory(
      parseDepartmentsCsv(readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")).entries
    );
    const full = (name: string) => directory.lookup(name)?.name;
    expect(full("市经济信息化委")).toBe("市经济和信息化委员会");
    expect(full("市住房城乡建设管理委")).toBe("市住房和城乡建设管理委员会");
    expect(full("市规划资源局")).toBe("市规划和自然资源局");
    expect(full("市绿化市容局")).toBe("市绿化和市容管理局");
    expect(full("市科委")).toBe("市科学技术委员会");
    expect(full("市教委")).toBe("市教育委员会");
    expect(full("市道路运输局")).toBe("市道路运输管理局");
    expect(full("市机管局")).toBe("市机关事务管理局");
    expect(directory.lookup("各区政府")?.kind).toBe("county-government");
    expect(directory.lookup("市委社会工作部")?.kind).toBe("office");
  });
  test("lists the collectives of governments that name their level with that level's kind", () => {
    const directory = departmentDirectory(
      parseDepartmentsCsv(readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")).entries
    );
    expect(directory.lookup("各市（州）人民政府")?.kind).toBe("municipal-government");
    expect(directory.lookup("各市州人民政府")?.name).toBe("各市(州)人民政府");
    expect(directory.lookup("各省、自治区、直辖市")?.kind).toBe("provincial-government");
    expect(directory.lookup("各省(区、市)")?.name).toBe("各省、自治区、直辖市人民政府");
    // A collective that names no level (各地区) is no row: its kind is the plan's (collectives.ts).
    expect(directory.lookup("各地区")).toBe(undefined);
  });
  test("knows the short names State Council division-of-work clauses give central bodies", () => {
    const directory = departmentDirectory(
      parseDepartmentsCsv(readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")).entries
    );
    const full = (name: string) => directory.lookup(name)?.name;
    expect(full("发展改革委")).toBe("国家发展和改革委员会");
    expect(full("工业和信息化部")).toBe("工业和信息化部");
    expect(full("人民银行")).toBe("中国人民银行");
    expect(full("市场监管总局")).toBe("国家市场监督管理总局");
    expect(full("中央网信办")).toBe("国家互联网信息办公室");
    expect(full("中央宣传部")).toBe("中共中央宣传部");
    expect(full("中央编办")).toBe("中央机构编制委员会办公室");
    expect(full("国务院港澳办")).toBe("国务院港澳事务办公室");
    expect(directory.lookup("全国总工会")?.kind).toBe("society");
  });
  test("keeps the bodies of Guangzhou in 2012 as the bodies they were, not their successors", () => {
    const directory = departmentDirectory(
      parseDepartmentsCsv(readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")).entries
    );
    const full = (name: string) => directory.lookup(name)?.name;
    expect(full("市经贸委")).toBe("市经济贸易委员会");
    expect(full("市国土房管局")).toBe("市国土资源和房屋管理局");
    expect(full("市科技和信息化局")).toBe("市科技和信息化局");
    expect(full("市法院")).toBe("市中级人民法院");
    // 市卫生局 (before 2014) is not 市卫生健康委员会; 市建委 is not 市住房和城乡建设局.
    expect(full("市卫生局")).toBe("市卫生局");
    expect(full("市建委")).toBe("市城乡建设委员会");
    expect(directory.lookup("市直机关工委")?.kind).toBe("office");
    expect(directory.lookup("团市委")?.kind).toBe("society");
  });
});

describe("entryFitsPlace", () => {
  const {entries} = parseDepartmentsCsv(
    "name,short_name,aliases,name_en,kind,jurisdiction\n" +
      "国家税务总局延安市税务局,市税务局,延安市税务局,Tax,vertical-agency,延安市\n" +
      "市发展和改革委员会,市发改委,,NDRC,municipal-department,\n"
  );
  const [tax, ndrc] = entries;
  test("entryFitsPlace(entry of one place, bare name, that place's plan) is true; another place's plan, false", () => {
    expect(tax.jurisdiction).toBe("延安市");
    expect(entryFitsPlace(tax, "市税务局", "延安市")).toBe(true);
    expect(entryFitsPlace(tax, "市税务局", "陕西省延安市")).toBe(true);
    expect(entryFitsPlace(tax, "市税务局", "滁州市")).toBe(false);
  });
  test("entryFitsPlace(…, a name that writes the place, any plan) is true; an unknown place keeps the entry", () => {
    expect(entryFitsPlace(tax, "延安市税务局", "滁州市")).toBe(true);
    expect(entryFitsPlace(tax, "市税务局", null)).toBe(true);
  });
  test("entryFitsPlace(entry of no place, …) is true everywhere", () => {
    expect(ndrc.jurisdiction).toBeUndefined();
    expect(entryFitsPlace(ndrc, "市发改委", "滁州市")).toBe(true);
  });
});

describe("a body of one place in a plan of another", () => {
  const tax = (text: string) =>
    parse(text).departments.find((d) => d.aliasesSeen.includes("市税务局") || d.name.includes("税务"))?.name;
  test("滁州's 市税务局 is kept as written; 延安's is the reference's 国家税务总局延安市税务局", () => {
    expect(
      tax("滁州市人民政府关于印发2020年重点工作的通知\n一、任务\n(一)组织收入。(市财政局牵头,市税务局配合)\n")
    ).toBe("市税务局");
    expect(
      tax("延安市人民政府关于印发2024年重点工作的通知\n一、任务\n(一)组织收入。(市财政局牵头,市税务局配合)\n")
    ).toBe("国家税务总局延安市税务局");
  });
});
