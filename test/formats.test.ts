// The Yan'an plan in the formats governments publish plans in (test/fixtures/formats, made from its .txt by
// test/fixtures/make-formats.ts): each file, read from its bytes by readPlanFile and parsed, must yield the same
// tables as the .txt, source positions aside. What differs, and why, is stated per format.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {readPlanFile} from "../src/lib/readPlanFile.js";
import {expectSameTables, fixture, parse, tables, YANAN} from "./plan.js";

const expected = tables(YANAN);

async function read(file: string) {
  return readPlanFile(file, readFileSync(fixture(`formats/${file}`)), nodeReadOptions());
}

/**
 * What a format gives that the .txt does not, and why. Chromium prints 户 (U+6237) with Noto CJK's glyph that 户
 * and 戶 share, and its PDF writer maps that glyph back to 戶 (U+6236): the PDF's text layer says 戶, so the PDF
 * and the OFD made from its runs have 用戶体验 and 戶外旅游 in the texts of T11 and T22. Nothing else differs.
 */
const HU = (tables: typeof expected) => JSON.parse(JSON.stringify(tables).replaceAll("户", "戶")) as typeof expected;
const DIFFERS: Record<string, (tables: typeof expected) => typeof expected> = {"yanan.pdf": HU, "yanan.ofd": HU};

const FORMATS: [file: string, format: string, extent: RegExp][] = [
  ["yanan.pdf", "pdf", /^13 of 13 pages with text$/],
  ["yanan.ofd", "ofd", /^13 of 13 pages with text$/],
  ["yanan.html", "html", /^the article body \([\d,]+ of the page's [\d,]+ characters\)$/],
  ["yanan.mhtml", "mhtml", /^the article body/],
  ["yanan.docx", "docx", /paragraphs and table rows$/],
  ["yanan.doc", "doc", /^the main text/],
  ["yanan.wps", "doc", /^the main text/]
];

describe("the Yan'an plan in each format gives the tables of its .txt", () => {
  for (const [file, format, extent] of FORMATS) {
    test(`${file}`, async () => {
      const read_ = await read(file);
      expect(
        read_.messages.filter((m) => !m.startsWith("from the page")),
        `messages of ${file}`
      ).toEqual([]);
      expect(read_.unreadable).toBeUndefined();
      expect(read_.format).toBe(format);
      expect(read_.extent).toMatch(extent);
      const model = parse(read_.text);
      const actual = tables(model);
      const expected = (DIFFERS[file] ?? ((t) => t))(tables(YANAN));
      expect(
        model.warnings.map((w) => `${w.code}: ${w.message}`),
        `warnings of ${file}`
      ).toEqual([]);
      expectSameTables(actual, expected);
    });
  }
});
