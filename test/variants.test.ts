// The Yan'an plan in the shapes it reaches users (test/fixtures/variants, made by make-variants.ts): each copy,
// read from its bytes, must yield the same tables as the original, source positions aside.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {foldWidth} from "../src/lib/width.js";
import {expectSameTables, fixture, parse, tables, YANAN} from "./plan.js";

const VARIANTS: [file: string, name: string][] = [
  ["fullwidth.txt", "the copy with mixed full-width and ASCII punctuation"],
  ["pdf-wrapped.txt", "the PDF-wrapped copy with page numbers"],
  ["tabs.txt", "the copy with tab-separated tables"],
  ["crlf-bom.txt", "the UTF-8 copy with BOM and CRLF line endings"],
  ["gb18030.txt", "the GB18030 copy"],
  ["utf16le-bom.txt", "the UTF-16LE copy with BOM"],
  ["actions-per-line.txt", "the copy with one 专栏 action per line"]
];

const expected = tables(YANAN);

/** Every string in a value with its full-width forms folded (normalize.ts foldWidth). */
function folded<T>(value: T): T {
  if (typeof value === "string") return foldWidth(value) as T;
  if (Array.isArray(value)) return value.map(folded) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, folded(v)])) as T;
  return value;
}

test("the original has no warnings, so every variant must have none", () => {
  expect(YANAN.warnings).toEqual([]);
});

describe("variants of the Yan'an plan", () => {
  for (const [file, name] of VARIANTS) {
    test(`${name} yields the same tables`, () => {
      const model = parse(readFileSync(fixture(`variants/${file}`)));
      const actual = tables(model);
      // Warnings first, with their lines, so that a failing variant shows what the parser complained about.
      expect(
        model.warnings.map((w) => `line ${w.line}: ${w.code}: ${w.message}`),
        `warnings of ${file}`
      ).toEqual(YANAN.warnings.map((w) => `line ${w.line}: ${w.code}: ${w.message}`));
      // The texts shown keep the copy's published full-width punctuation (，（）；): the same tables up to it.
      expectSameTables(file === "fullwidth.txt" ? folded(actual) : actual, expected);
      expect(actual.warnings, "warnings").toEqual(expected.warnings);
    });
  }
  test("the copy with full-width punctuation shows its texts as published", () => {
    const model = parse(readFileSync(fixture("variants/fullwidth.txt")));
    const titles = model.chapters.map((c) => c.title);
    expect(titles.some((t) => t.includes("，"))).toBe(true);
    expect(folded(titles)).toEqual(YANAN.chapters.map((c) => c.title));
  });
});

// Reduced cases around the PDF-wrapped copy: its blanket note (以下任务均需各县(市、区)人民政府落实,不再列出) is cut by a
// line break. A blanket note gives its department an implicit role in every later item, wherever it stands.
describe("blanket notes", () => {
  const implicit = (text: string) =>
    parse(text)
      .responsibilities.filter((r) => r.role === "implicit")
      .map((r) => `${r.item} ${r.department}`);
  const NOTE = "以下任务均需各县(市、区)人民政府落实,不再列出";

  test("a blanket note hard-wrapped over two lines still gives its department a role in later items", () => {
    const plan = (note: string) =>
      `一、任务\n(一)甲。[市发改委负责。${note}]\n(二)乙。(市发改委负责)\n(三)丙。(市发改委负责)`;
    const oneLine = implicit(plan(NOTE));
    expect(oneLine).toEqual(["T2 各县(市、区)人民政府", "T3 各县(市、区)人民政府"]);
    expect(implicit(plan(NOTE.replace("任务", "任务\n")))).toEqual(oneLine);
  });

  test("a blanket note in the preamble, before the first chapter, gives its department a role in every item", () => {
    const plan = `关于某事的实施方案\n为做好工作,制定本方案。${NOTE}。\n一、任务\n(一)甲。(市发改委负责)\n(二)乙。(市发改委负责)`;
    expect(implicit(plan)).toEqual(["T1 各县(市、区)人民政府", "T2 各县(市、区)人民政府"]);
  });

  test("a blanket note in a chapter's opening paragraph gives its department a role in the items after it", () => {
    const plan = `一、任务\n${NOTE}。\n(一)甲。(市发改委负责)\n(二)乙。(市发改委负责)`;
    expect(implicit(plan)).toEqual(["T1 各县(市、区)人民政府", "T2 各县(市、区)人民政府"]);
  });
});
