// The fixtures the tests parse: the Yan'an plan and the department reference, copied under test/fixtures so
// that a user editing data/ does not change what the tests expect.
import {readFileSync} from "node:fs";
import {expect} from "vitest";
import {departmentDirectory, parseDepartmentsCsv} from "../src/lib/departments.js";
import type {PlanModel} from "../src/lib/model.js";
import {parsePlan} from "../src/lib/reader/parse.js";

export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
export const YANAN_BYTES = readFileSync(fixture("yanan-2024-8.txt"));
export const YANAN_TEXT = YANAN_BYTES.toString("utf8");
export const DIRECTORY = departmentDirectory(
  parseDepartmentsCsv(readFileSync(fixture("departments.csv"), "utf8")).entries
);

export function parse(input: string | Uint8Array): PlanModel {
  return parsePlan(input, {departments: DIRECTORY});
}

export const YANAN = parse(YANAN_BYTES);

/** A deep copy without any `source` field (chapters' columns have theirs too). */
export function withoutSource(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSource);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "source")
        .map(([k, v]) => [k, withoutSource(v)])
    );
  return value;
}

/** What the variants must share with the original: the tables, minus positions; warnings without lines. */
export function tables(model: PlanModel) {
  return {
    document: model.document,
    chapters: withoutSource(model.chapters),
    items: model.items.map(({id, kind, seq, column, chapter, order, title, text, clause}) => ({
      id,
      kind,
      seq,
      column,
      chapter,
      order,
      title,
      text,
      clause
    })),
    departments: model.departments,
    responsibilities: withoutSource(model.responsibilities),
    indicators: withoutSource(model.indicators),
    targets: withoutSource(model.targets),
    warnings: model.warnings.map(({code, message}) => ({code, message}))
  };
}

/** Asserts that two models' tables (from `tables`) are the same, table by table, each named in a failure. */
export function expectSameTables(actual: ReturnType<typeof tables>, expected: ReturnType<typeof tables>): void {
  for (const key of [
    "document",
    "chapters",
    "items",
    "departments",
    "responsibilities",
    "indicators",
    "targets"
  ] as const)
    expect(actual[key], key).toEqual(expected[key]);
}
