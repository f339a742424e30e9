// The reference's rule for aliases (docs/data-model.md, "The reference"): an alias is another name of the same body,
// never another body or its successor; a short name or alias never ends in another form of body than the name
// (src/lib/bodyForm.ts). 市发改局 was an alias of 市发展和改革委员会: a bureau, not the commission.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {aliasesOfAnotherForm, bodyForm} from "../src/lib/bodyForm.js";
import {parseDepartmentsCsv} from "../src/lib/departments.js";

const reference = parseDepartmentsCsv(
  readFileSync(new URL("../data/reference/departments.csv", import.meta.url), "utf8")
);

describe("bodyForm", () => {
  it("reads the form of body a name ends in", () => {
    expect(bodyForm("市发展和改革委员会")).toBe("commission");
    expect(bodyForm("市发改委")).toBe("commission");
    expect(bodyForm("中国证监会")).toBe("commission");
    expect(bodyForm("市发改局")).toBe("bureau");
    expect(bodyForm("省发展改革厅")).toBe("department");
    expect(bodyForm("国务院办公厅")).toBe("office");
    expect(bodyForm("国办")).toBe("office");
    expect(bodyForm("中宣部")).toBe("ministry");
    expect(bodyForm("最高法")).toBeNull();
  });
  it("finds an alias that names a body of another form", () => {
    expect(
      aliasesOfAnotherForm({name: "市发展和改革委员会", shortName: "市发改委", aliases: ["市发展改革委", "市发改局"]})
    ).toEqual(["市发改局"]);
    expect(aliasesOfAnotherForm({name: "最高人民法院", shortName: "最高法", aliases: []})).toEqual([]);
  });
});

describe("data/reference/departments.csv", () => {
  it("reads without a bad row", () => {
    expect(reference.problems).toEqual([]);
  });
  it("gives no body an alias or short name of another form of body", () => {
    const wrong = reference.entries.flatMap((e) => aliasesOfAnotherForm(e).map((a) => `${e.name}: ${a}`));
    expect(wrong).toEqual([]);
  });
  it("keeps a city's development and reform bureau apart from its commission", () => {
    const byName = new Map(reference.entries.map((e) => [e.name, e]));
    expect(byName.get("市发展和改革委员会")?.aliases).not.toContain("市发改局");
    expect(byName.get("市发展和改革局")).toMatchObject({shortName: "市发改局", kind: "municipal-department"});
  });
});
