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
});
