import {describe, expect, test} from "vitest";
import {shortBodies} from "../src/lib/reader/abbreviations.js";
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
