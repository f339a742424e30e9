// The Yan'an tables stay what they were before the reader was generalised: items, responsibilities, indicators and
// targets compared with the copy stored in test/fixtures/snapshots (written by the reader of 2026-11-26, whose
// tables were checked by hand in yanan.test.ts). Fields added since (deadline, group, numbering, baseline, upper, an indicator's category)
// are left out of the comparison.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {YANAN} from "./plan.js";

const stored = JSON.parse(readFileSync(new URL("./fixtures/snapshots/yanan-tables.json", import.meta.url), "utf8"));
const pick = <T extends object>(rows: T[], keys: string[]) =>
  rows.map((r) => Object.fromEntries(keys.map((k) => [k, (r as Record<string, unknown>)[k]])));

describe("the Yan'an tables", () => {
  test("items are unchanged", () => {
    const keys = ["id", "kind", "seq", "column", "chapter", "order", "title", "text", "clause", "source"];
    expect(pick(YANAN.items, keys)).toEqual(pick(stored.items, keys));
  });
  test("responsibilities are unchanged", () => {
    expect(YANAN.responsibilities).toEqual(stored.responsibilities);
  });
  test("indicators are unchanged", () => {
    // category came later: the Yan'an table has none.
    expect(YANAN.indicators.map((i) => i.category)).toEqual(YANAN.indicators.map(() => null));
    expect(YANAN.indicators.map(({category, ...rest}) => rest)).toEqual(stored.indicators);
  });
  test("targets are unchanged", () => {
    const keys = ["id", "item", "subject", "value", "unit", "comparator", "op", "year", "yearStated", "raw", "source"];
    expect(pick(YANAN.targets, keys)).toEqual(pick(stored.targets, keys));
  });
  test("the document and chapters are unchanged", () => {
    expect(YANAN.document).toEqual(stored.document);
    expect(YANAN.chapters).toEqual(stored.chapters);
  });
});
