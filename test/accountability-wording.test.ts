// The accountability wording comes from the plan shown: the implicit-roles toggle names the plan's own holders of
// implicit roles, the generic check its own placeholders (not 延政发〔2024〕8号's 各县(市、区)人民政府 and 市级有关部门).
import {describe, expect, test} from "vitest";
import {genericBodies, implicitHolders} from "../src/lib/accountability.js";
import {issuerHolding} from "../src/lib/overview.js";
import {
  genericOnlyCheckLabels,
  implicitToggleLabel,
  issuerDefaultNote,
  PASTED_HEADER_HINTS
} from "../src/lib/vocabulary.js";
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

describe("issuerDefaultNote", () => {
  // A department's own plan with no clause (not data about any real plan): the reader gives the issuer each item.
  const own = parse(
    "上海市交通委员会关于印发《某行动方案》的通知\n委机关各处室:\n现印发给你们,请认真贯彻执行。\n上海市交通委员会\n2026年4月15日\n某行动方案\n一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n3.加强保障。完善制度。\n"
  );
  test("says in words that no clause was read and the issuer holds every item by default", () => {
    const note = issuerDefaultNote(issuerHolding(own)!, own.items.length);
    expect(note.en).toMatch(
      /^No responsibility clause was read: the issuer, Municipal Transportation Commission, holds all 3 items by default/
    );
    expect(note.zh).toContain("未读到责任条款：默认由发文机关上海市交通委员会承担全部3个条目");
  });
  test("gives the share held and the issuers jointly when several issue the plan", () => {
    const holding = {name: "甲局", nameEn: null, items: ["T1", "T2"], coIssuers: [{name: "乙局", nameEn: null}]};
    expect(issuerDefaultNote(holding, 5).zh).toContain("默认由发文机关甲局、乙局共同承担5个条目中的2个");
    expect(issuerDefaultNote(holding, 5).en).toContain("the issuers, 甲局 and 乙局, hold 2 of the 5 items jointly");
  });
  test("has nothing to say for a plan with clauses (issuerHolding null)", () => {
    expect(issuerHolding(DISTRICT)).toBeNull();
  });
});

describe("PASTED_HEADER_HINTS", () => {
  test("tells a pasting user to paste the page's header, not to fill in a .meta.json", () => {
    for (const hint of Object.values(PASTED_HEADER_HINTS)) expect(`${hint.en}${hint.zh}`).not.toContain(".meta.json");
    expect(PASTED_HEADER_HINTS.docNumber.zh).toContain("索引");
    expect(PASTED_HEADER_HINTS.docNumber.en).toContain("paste the site's index");
  });
});
