// Openings of seven real plans outside Shanghai (test/fixtures/openings/README.md gives each source address): what
// their opening shows, read as a user reads it. They are openings, not whole plans, so they are not in the corpus.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {fixture, parse} from "./plan.js";

const opening = (name: string) => parse(readFileSync(fixture(`openings/${name}.txt`)));
const leads = (m: ReturnType<typeof parse>, item: string) =>
  m.responsibilities
    .filter((r) => r.item === item && r.role === "lead")
    .map((r) => r.asWritten);

describe("openings of real plans", () => {
  test("a clause cut mid-bracket gives its whole names and a warning, never a name with a bracket (咸阳 放管服)", () => {
    const m = opening("xianyang-2022-fangguanfu-trad");
    expect(leads(m, "T2")).toEqual(["市政府辦公室"]);
    expect(m.departments.some((d) => /[()]/.test(d.name))).toBe(false);
    expect(m.warnings.some((w) => w.line === 5 && /never closed/.test(w.message))).toBe(true);
  });
  test("the plan works toward its near-term year, not the 2035 vision (重庆 城镇化)", () => {
    expect(opening("chongqing-2023-xianchengzhen").document.targetYear).toBe(2027);
  });
  test("a task-division table's short rows: the city's measures are the items, a time is never a lead (西安 分工方案)", () => {
    const m = opening("xian-2022-fenggong");
    expect(m.items.map((i) => [i.numbering, i.text.slice(0, 8)])).toEqual([
      ["(1)", "全面准确依法编制"],
      ["(2)", "严格落实行政许可"]
    ]);
    for (const item of ["R1.1", "R1.2"]) expect(leads(m, item)).toEqual(["市行政审批局", "市司法局"]);
    expect(m.departments.some((d) => /\d/.test(d.name))).toBe(false);
    // The province's task is the measures' group, under the 序号 cell's heading, under the table's heading row.
    const group = m.groups.find((g) => g.id === m.items[0].group)!;
    expect(group.text).toMatch(/^1\.按照国务院要求/);
    expect(m.groups.find((g) => g.id === group.parent)?.title).toBe("(一)全面实施行政许可事项清单管理");
    expect(m.items[1].group).toBe(m.items[0].group);
  });
});
