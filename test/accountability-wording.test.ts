// The accountability wording comes from the plan shown: the implicit-roles toggle names the plan's own holders of
// implicit roles, the generic check its own placeholders (not 延政发〔2024〕8号's 各县(市、区)人民政府 and 市级有关部门).
import {describe, expect, test} from "vitest";
import {genericBodies, implicitHolders} from "../src/lib/accountability.js";
import {genericOnlyCheckLabels, implicitToggleLabel} from "../src/lib/vocabulary.js";
import {parse, YANAN} from "./plan.js";

// A district plan (not data about any real plan): clauses with 责任单位, a placeholder, no blanket note.
const DISTRICT = parse(
  [
    "一、工作任务",
    "1.甲任务。（责任单位：区应急局、各街镇）",
    "2.乙任务。（责任单位：各街镇）",
    "3.丙任务。（责任单位：区财政局）",
    ""
  ].join("\n")
);

describe("implicitHolders", () => {
  test("names the blanket note's bodies of 延政发〔2024〕8号", () => {
    expect(implicitHolders(YANAN).map((d) => d.name)).toContain("各县(市、区)人民政府");
  });
  test("is empty for a plan with no implicit role", () => {
    expect(implicitHolders(DISTRICT)).toEqual([]);
  });
});

describe("genericBodies", () => {
  test("gives the plan's own placeholders, in the order it names them", () => {
    expect(genericBodies(DISTRICT).map((d) => d.name)).toEqual(["各街镇"]);
  });
});

describe("implicitToggleLabel", () => {
  test("names the plan's own holders", () => {
    expect(implicitToggleLabel(implicitHolders(YANAN)).zh).toContain("各县(市、区)人民政府");
  });
  test("names no one for a plan with no implicit role", () => {
    expect(implicitToggleLabel(implicitHolders(DISTRICT))).toEqual({en: "Show implicit roles", zh: "显示默认责任"});
  });
  test("lists two names, then how many", () => {
    const names = ["甲", "乙", "丙"].map((name) => ({name, nameEn: null}));
    expect(implicitToggleLabel(names)).toEqual({
      en: "Show implicit roles (甲, 乙 and 1 more)",
      zh: "显示默认责任（甲、乙等3个）"
    });
  });
});

describe("genericOnlyCheckLabels", () => {
  test("gives the district plan's placeholder as its example, not 市级有关部门", () => {
    const {title, note} = genericOnlyCheckLabels(genericBodies(DISTRICT));
    expect(title.zh).toBe("仅泛称单位");
    expect(note.zh).toContain("各街镇");
    expect(`${title.zh}${note.zh}${note.en}`).not.toContain("市级有关部门");
  });
  test("is worded generally when the plan names no placeholder", () => {
    const {note} = genericOnlyCheckLabels([]);
    expect(note.en).toBe("Items whose only named unit is a placeholder (有关部门).");
  });
});
