// The Yan'an plan written in traditional characters, as Hong Kong and Taiwan web copies write it (converted here
// with OpenCC's simplified → traditional tables, the inverse of the reader's): the reader must find the same
// structure, departments and numbers. Names and texts stay as written, so only what does not depend on the
// characters is compared.
import * as OpenCC from "opencc-js/cn2t";
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {parse, YANAN, YANAN_TEXT} from "./plan.js";

const structure = (m: typeof YANAN) => ({
  document: {docNumberYear: m.document.docNumber?.match(/\d{4}/)?.[0], date: m.document.date},
  items: m.items.map((i) => [i.id, i.kind, i.seq, i.column, i.chapter]),
  groups: m.groups.map((g) => g.id),
  goals: m.goals.map((g) => g.id),
  links: m.responsibilities.map((r) => `${r.item} ${r.department} ${r.role}`),
  indicators: m.indicators.map((i) => [i.id, i.target.value, i.target.comparator, i.target.cumulative, i.attribute]),
  targets: m.targets.map((t) => [t.item, t.value, t.op, t.year])
});

describe("a traditional-character copy of the Yan'an plan", () => {
  for (const to of ["hk", "tw"] as const) {
    test(`(${to}) gives the same items, links, indicators and targets as the simplified one`, () => {
      const text = OpenCC.Converter({from: "cn", to})(YANAN_TEXT);
      expect(text).not.toBe(YANAN_TEXT);
      const m = parse(text);
      expect(structure(m)).toEqual(structure(YANAN));
      // Names are kept as written: in traditional characters.
      expect(
        m.responsibilities.some((r) => r.asWritten !== YANAN.responsibilities[m.responsibilities.indexOf(r)].asWritten)
      ).toBe(true);
      expect(m.warnings.filter((w) => w.code === "unknown-department")).toEqual(
        YANAN.warnings
          .filter((w) => w.code === "unknown-department")
          .map((w) => expect.objectContaining({line: w.line}))
      );
    });
  }
});

describe("traditional-character copies of real plans of other shapes", () => {
  for (const slug of ["prov-shanghai-2023-gassafety", "guangzhou-2012-livelihood", "jiading-2024-sponge"]) {
    test(`${slug} (hk) reads as its simplified text does`, () => {
      const simplified = readFileSync(new URL(`./fixtures/real/${slug}.txt`, import.meta.url), "utf8");
      const original = parse(simplified);
      expect(original.items.length).toBeGreaterThan(10);
      expect(structure(parse(OpenCC.Converter({from: "cn", to: "hk"})(simplified)))).toEqual(structure(original));
    });
  }
});
