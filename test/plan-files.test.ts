// The project's own data: the configured plan parses cleanly and agrees with its metadata.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {parseDataPlan} from "../src/dataFiles/plan-files.js";

describe("data/plans", () => {
  test("the Yan'an plan parses without warnings and matches its .meta.json", () => {
    const {name, meta, model} = parseDataPlan("yanan-2024-8");
    expect(model.warnings).toEqual([]);
    expect({number: model.document.docNumber, issuer: model.document.issuer, date: model.document.date}).toEqual({
      number: meta.number,
      issuer: meta.issuer,
      date: meta.date
    });
    expect(name).toMatch(/^[\w-]+$/);
  });
  test("the Yan'an plan in data/ is the fixture the tests read, byte for byte", () => {
    expect(readFileSync(new URL("../data/plans/yanan-2024-8.txt", import.meta.url))).toEqual(
      readFileSync(new URL("./fixtures/yanan-2024-8.txt", import.meta.url))
    );
  });
});
