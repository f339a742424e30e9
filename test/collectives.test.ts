import {describe, expect, test} from "vitest";
import {bodyKind} from "../src/lib/reader/bodies.js";
import {readClause} from "../src/lib/reader/clauses.js";
import {
  collectiveGovernment,
  collectiveOfOtherLevel,
  etcCollective,
  governmentOfLevel
} from "../src/lib/reader/collectives.js";
import {DEPARTMENT_KINDS} from "../src/lib/departments.js";
import {DEPARTMENT_KIND_LABELS} from "../src/lib/vocabulary.js";
import {parse} from "./plan.js";

const kinds = (text: string) => {
  const m = parse(text);
  return Object.fromEntries(m.departments.map((d) => [d.name, d.kind]));
};
const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);

describe("collective governments follow the level they name, else the plan's", () => {
  test("a collective that writes its level is of that level whatever plan names it", () => {
    for (const level of ["nation", "province", "city", null] as const) {
      expect(collectiveGovernment("各市(州)人民政府", level)).toBe("municipal-government");
      expect(collectiveGovernment("各市人民政府", level)).toBe("municipal-government");
      expect(collectiveGovernment("相关市(州)人民政府", level)).toBe("municipal-government");
      expect(collectiveGovernment("各地级以上市人民政府", level)).toBe("municipal-government");
      expect(collectiveGovernment("各县(市、区)人民政府", level)).toBe("county-government");
      expect(collectiveGovernment("各区县人民政府", level)).toBe("county-government");
      expect(collectiveGovernment("各县区政府", level)).toBe("county-government");
      expect(collectiveGovernment("各区、县级市政府", level)).toBe("county-government");
      expect(collectiveGovernment("各省、自治区、直辖市人民政府", level)).toBe("provincial-government");
      expect(collectiveGovernment("各省(区、市)", level)).toBe("provincial-government");
      expect(collectiveGovernment("各乡镇人民政府", level)).toBe("township");
    }
  });
  test("a collective that writes no level (各地区, 各级人民政府) is the governments one level below the plan's", () => {
    expect(collectiveGovernment("各地区", "nation")).toBe("provincial-government");
    expect(collectiveGovernment("各地区", "province")).toBe("municipal-government");
    expect(collectiveGovernment("各地区", "city")).toBe("county-government");
    expect(collectiveGovernment("各级人民政府", "province")).toBe("municipal-government");
    expect(collectiveGovernment("县级以上地方各级人民政府", "nation")).toBe("provincial-government");
    expect(collectiveGovernment("有关地方人民政府", "county")).toBe("township");
    // With no level known it has no kind of government.
    expect(collectiveGovernment("各地区", null)).toBe(null);
  });
  test("departments named together, one government, an area or bare townships are no collective of governments", () => {
    for (const name of [
      "各有关部门",
      "各有关单位",
      "省有关部门",
      "各县区发改局",
      "各级绿化委员会",
      "各园区",
      "静安区人民政府",
      "各街镇",
      "各镇",
      "所在地人民政府"
    ])
      expect(collectiveGovernment(name, "province"), name).toBe(null);
  });
  test("bodyKind gives a collective of governments its level's kind and keeps it one body", () => {
    expect(bodyKind("各市(州)人民政府", "province")).toBe("municipal-government");
    expect(bodyKind("各地区", "nation")).toBe("provincial-government");
    expect(bodyKind("各县区人民政府", "city")).toBe("county-government");
    expect(bodyKind("各乡镇政府", "county")).toBe("township");
    // Counter-examples: collectives of departments stay generic placeholders; bare townships too.
    expect(bodyKind("各有关部门", "province")).toBe("generic");
    expect(bodyKind("省有关部门", "province")).toBe("generic");
    expect(bodyKind("市相关部门", "city")).toBe("generic");
    expect(bodyKind("各街镇", "county")).toBe("generic");
    // A collective read in a clause is one name, never split into its words.
    expect(readClause("各县(市、区)人民政府、各地区负责").named.map((n) => n.name)).toEqual([
      "各县(市、区)人民政府",
      "各地区"
    ]);
  });
  test("one government is of its level: a city's or a province's, not a department", () => {
    expect(governmentOfLevel("市政府")).toBe("municipal-government");
    expect(governmentOfLevel("延安市人民政府")).toBe("municipal-government");
    expect(governmentOfLevel("省人民政府")).toBe("provincial-government");
    expect(governmentOfLevel("广西壮族自治区人民政府")).toBe("provincial-government");
    expect(bodyKind("市人民政府")).toBe("municipal-government");
    expect(bodyKind("陕西省人民政府")).toBe("provincial-government");
    // An office of a government is a department or an office; a district's government is a county's.
    expect(governmentOfLevel("市政府办公室")).toBe(null);
    expect(bodyKind("静安区人民政府")).toBe("county-government");
    expect(governmentOfLevel("上海市青浦区人民政府")).toBe(null);
  });
  test("in a plan, collectives take their kind from the plan's level", () => {
    const province = kinds(
      "四川省推进新型储能发展实施方案\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(各市(州)人民政府负责)\n" +
        "(二)加强安全管理。落实安全责任。(各地区按职责分工负责)\n\n四川省人民政府\n2023年5月6日\n"
    );
    expect(province["各市(州)人民政府"]).toBe("municipal-government");
    expect(province["各地区"]).toBe("municipal-government");
    const nation = kinds(
      "关于推进新型储能发展的指导意见\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(各地区负责)\n\n国务院\n2023年5月6日\n"
    );
    expect(nation["各地区"]).toBe("provincial-government");
    const city = kinds(
      "宝鸡市数字经济实施方案\n\n一、重点任务\n(一)夯实基础。加快网络建设。(各县区人民政府、各地区负责)\n\n宝鸡市人民政府\n2023年5月6日\n"
    );
    expect(city["各县区人民政府"]).toBe("county-government");
    expect(city["各地区"]).toBe("county-government");
  });
  test("a catch-all kept as generic gets no 'not in the department reference' warning; an unlisted body does", () => {
    const m = parse(
      "四川省储能实施方案\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(省发展改革委牵头,省有关部门、省新能源研究院配合)\n\n四川省人民政府\n2023年5月6日\n"
    );
    expect(Object.fromEntries(m.departments.map((d) => [d.name, d.kind]))["省有关部门"]).toBe("generic");
    const unknown = m.warnings.filter((w) => w.code === "unknown-department").map((w) => w.message);
    expect(unknown.some((w) => w.includes("省有关部门"))).toBe(false);
    expect(unknown.some((w) => w.includes("省新能源研究院"))).toBe(true);
  });
  test("各有关部门 is the reference's 市级有关部门 only in a city's plan", () => {
    const entry = {name: "市级有关部门", kind: "generic" as const};
    expect(collectiveOfOtherLevel(entry, "各有关部门", "province")).toBe(true);
    expect(collectiveOfOtherLevel(entry, "有关部门", "county")).toBe(true);
    // Counter-examples: a city's plan, a name that writes its level, a named body, no level known.
    expect(collectiveOfOtherLevel(entry, "各有关部门", "city")).toBe(false);
    expect(collectiveOfOtherLevel(entry, "市级各有关部门", "province")).toBe(false);
    expect(
      collectiveOfOtherLevel({name: "市发展和改革委员会", kind: "municipal-department"}, "发展改革委", "province")
    ).toBe(false);
    expect(collectiveOfOtherLevel(entry, "各有关部门", null)).toBe(false);
    const province = parse(
      "四川省储能实施方案\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(省发展改革委牵头,各有关部门配合)\n\n四川省人民政府\n2023年5月6日\n"
    );
    expect(province.departments.map((d) => d.name)).not.toContain("市级有关部门");
    const city = parse(
      "宝鸡市储能实施方案\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(市发改委牵头,各有关部门配合)\n\n宝鸡市人民政府\n2023年5月6日\n"
    );
    expect(city.departments.map((d) => d.name)).toContain("市级有关部门");
  });
  test("every kind of department has a label in Chinese and English", () => {
    for (const kind of DEPARTMENT_KINDS) {
      expect(DEPARTMENT_KIND_LABELS[kind].zh, kind).toMatch(/[\u4e00-\u9fff]/);
      expect(DEPARTMENT_KIND_LABELS[kind].en, kind).toMatch(/[a-z]/);
    }
    expect(DEPARTMENT_KINDS).toEqual(expect.arrayContaining(["provincial-government", "municipal-government"]));
  });
});

describe("a body and the collective it heads (X等省有关部门) are two bodies", () => {
  test("etcCollective splits a named body from a collective that writes its level", () => {
    expect(etcCollective("能源局等省有关部门")).toEqual({body: "能源局", collective: "省有关部门", at: 4});
    expect(etcCollective("市发改委等市级有关部门")).toEqual({body: "市发改委", collective: "市级有关部门", at: 5});
    expect(etcCollective("区建设管理委等区级相关部门")?.collective).toBe("区级相关部门");
    expect(etcCollective("省教育厅等省直有关单位")?.collective).toBe("省直有关单位");
    // Counter-examples: a bare 等部门, 等有关部门 or 等单位 only closes the list (stripEtc).
    expect(etcCollective("市发改委等部门")).toBe(null);
    expect(etcCollective("市发改委等有关部门")).toBe(null);
    expect(etcCollective("市财政局等单位")).toBe(null);
  });
  test("a clause names the body and the collective, each with its offset", () => {
    const named = readClause("能源局等省有关部门,各市(州)人民政府负责").named;
    expect(named.map((n) => [n.name, n.role, n.offset])).toEqual([
      ["能源局", "joint", 0],
      ["省有关部门", "joint", 4],
      ["各市(州)人民政府", "joint", 10]
    ]);
    expect(readClause("市发改委等市级有关部门配合").named.map((n) => `${n.role}:${n.name}`)).toEqual([
      "support:市发改委",
      "support:市级有关部门"
    ]);
    // Counter-example: 等部门 closes the list, naming no collective.
    expect(readClause("市发改委、市财政局等部门负责").named.map((n) => n.name)).toEqual(["市发改委", "市财政局"]);
  });
  test("in a plan, the named body is the plan's jurisdiction's and the collective is generic", () => {
    const text =
      "四川省推进新型储能发展实施方案\n\n一、重点任务\n(一)加快项目建设。推进储能项目建设。(能源局等省有关部门负责)\n" +
      "(二)完善价格机制。研究完善价格政策。(省发展改革委牵头,财政厅等省级有关部门配合)\n\n四川省人民政府\n2023年5月6日\n";
    expect(links(text)).toEqual([
      "T1 joint:能源局",
      "T1 joint:省有关部门",
      "T2 lead:省发展改革委",
      "T2 support:财政厅",
      "T2 support:省级有关部门"
    ]);
    // The bare 能源局 is the province's own: the reference's 省能源局, of the province's kind; the link keeps 能源局.
    const k = kinds(text);
    expect(k["省能源局"]).toBe("provincial-department");
    expect(parse(text).responsibilities.find((r) => r.asWritten === "能源局")?.department).toBe("省能源局");
    expect(k["省有关部门"]).toBe("generic");
    expect(k["省级有关部门"]).toBe("generic");
  });
});
