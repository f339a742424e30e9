import {describe, expect, test} from "vitest";
import {shortBodies, shortNamesOfThings} from "../src/lib/reader/abbreviations.js";
import {parse} from "./plan.js";

describe("shortBodies", () => {
  test("an abbreviated list of bodies, the level written once, closed by 等…部门 and followed by a duty verb", () => {
    const t = "区交通、生态环境、水务等相关部门负责梳理低效用地。";
    expect(shortBodies(t).map((b) => [b.name, t.slice(b.start, b.end)])).toEqual([
      ["区交通", "区交通"],
      ["区生态环境", "生态环境"],
      ["区水务", "水务"]
    ]);
    expect(shortBodies("区发展改革、财政等市政交通设施相关部门在各自职责范围内制定政策。").map((b) => b.name)).toEqual([
      "区发展改革",
      "区财政"
    ]);
  });
  test("a working body named in quotes and words (…专班) followed by a duty verb", () => {
    expect(shortBodies("“两旧一村”改造工作专班负责统筹推进改造工作。").map((b) => b.name)).toEqual([
      "“两旧一村”改造工作专班"
    ]);
  });
  test("a list of things or a sentence is no subject", () => {
    expect(shortBodies("交通、生态环境等领域要加强协同。")).toEqual([]);
    expect(shortBodies("区交通、生态环境、水务等相关工作。")).toEqual([]);
    expect(shortBodies("推进改造工作专班建设。")).toEqual([]);
  });
});

describe("paragraphs of duties whose subjects the body rules do not know", () => {
  const PLAN = `五、主要职责
(一)区更新办
区更新办由区建设管理委、区规划资源局组成,负责日常工作。
“两旧一村”改造工作专班负责统筹推进改造工作。
(二)成员单位
区商务委负责制定商业配套政策。
区交通、水务、民政等相关部门负责梳理低效用地。
区发展改革、财政等有关部门在各自职责范围内制定政策。
`;
  test("each is its own item, not the paragraph before it", () => {
    const m = parse(PLAN);
    expect(m.items.map((i) => i.title.slice(0, 8))).toEqual([
      "区更新办由区建设",
      "“两旧一村”改造",
      "区商务委负责制定",
      "区交通、水务、民",
      "区发展改革、财政"
    ]);
    const of = (k: number) => m.responsibilities.filter((r) => r.item === m.items[k].id);
    expect(of(2).map((r) => r.asWritten)).toEqual(["区商务委"]);
    expect(of(1).map((r) => `${r.role}:${r.asWritten}`)).toEqual(["lead:“两旧一村”改造工作专班"]);
  });
  test("an abbreviation resolves to the department the reference knows with its office word, else stays as named", () => {
    const m = parse(PLAN);
    const of = (k: number) => m.responsibilities.filter((r) => r.item === m.items[k].id);
    expect(of(3).map((r) => `${r.role}:${r.asWritten}=${r.department}`)).toEqual([
      "joint:区交通=区交通运输局",
      "joint:水务=区水务局",
      "joint:民政=区民政局"
    ]);
    expect(of(4).map((r) => r.department)).toEqual(["区发展和改革局", "区财政局"]);
  });
});

describe("shortNamesOfThings", () => {
  const isBody = (name: string) => /(?:局|委|委员会|中心)$/.test(name);
  test("a short name the text defines for a thing that is no body (…数据平台(以下简称“市级平台”))", () => {
    expect([
      ...shortNamesOfThings("推进设施接入上海港岸电数据平台(以下简称“市级平台”),发挥数据管理职能。", isBody)
    ]).toEqual(["市级平台"]);
  });
  test("a short name of a body is none (市发展和改革委员会(以下简称“市发改委”))", () => {
    expect([...shortNamesOfThings("由市发展和改革委员会(以下简称“市发改委”)牵头。", isBody)]).toEqual([]);
  });
});

describe("a thing's short name in a clause", () => {
  test("is no department: left out of the clause's list with a warning, the other names keep their roles", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)健全数据报送制度。推进设施接入上海港岸电数据平台(以下简称“市级平台”)。(牵头部门:市交通委科技信息处;实施部门:市级平台、市港航中心)\n"
    );
    expect(m.responsibilities.map((r) => [r.asWritten, r.role])).toEqual([
      ["市交通委科技信息处", "lead"],
      ["市港航中心", "support"]
    ]);
    expect(m.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('"市级平台" is the short name'));
  });
});
