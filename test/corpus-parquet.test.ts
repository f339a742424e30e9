// The corpus command's Parquet files assembled from row groups encoded apart (in worker threads), and the groups of
// plans they are encoded for (bin/corpus/parquet.ts, bin/corpus/run.ts).
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {fileWriter, ParquetWriter} from "hyparquet-writer";
import {afterAll, describe, expect, test} from "vitest";
import {columnType, encodeRowGroup, ParquetTableWriter} from "../bin/corpus/parquet.js";
import {GROUP_BYTES, GROUP_PLANS, planGroups} from "../bin/corpus/run.js";
import type {PlanFileEntry} from "../bin/corpus/files.js";
import type {Cell} from "../src/lib/tables.js";

const tmp = mkdtempSync(join(tmpdir(), "corpus-parquet-"));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const COLUMNS = ["plan", "id", "seq", "value", "known", "text"];
/** Rows by column: strings with repeats (dictionary pages), nulls, numbers, flags, and text (over a page at 6,000 rows). */
function rowsOf(plan: string, n: number): Cell[][] {
  const k = Array.from({length: n}, (_, i) => i);
  return [
    k.map(() => plan),
    k.map((i) => `A${i % 7}.${i}`),
    k.map((i) => i),
    k.map((i) => (i % 5 ? i / 4 : null)),
    k.map((i) => i % 3 === 0),
    k.map((i) => (i % 4 ? `各部门按照职责分工抓好落实，第${i}项任务`.repeat(1 + (i % 3) * 4) : null))
  ];
}
const GROUPS = [rowsOf("a", 40), rowsOf("b", 3), rowsOf("c", 6000)];

describe("ParquetTableWriter", () => {
  test("row groups encoded apart and appended make the file one writer makes of the same row groups, byte for byte", () => {
    const whole = join(tmp, "whole.parquet");
    const output = fileWriter(whole);
    const schema = [
      {name: "root", num_children: COLUMNS.length},
      ...COLUMNS.map((name) => ({
        name,
        repetition_type: "OPTIONAL" as const,
        ...(columnType(name) === "STRING"
          ? {type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const}
          : {type: columnType(name) as "INT32" | "DOUBLE" | "BOOLEAN"})
      }))
    ];
    const writer = new ParquetWriter({writer: output, schema, createdBy: "plan-explorer corpus (hyparquet-writer)"});
    for (const data of GROUPS)
      writer.write({columnData: COLUMNS.map((name, i) => ({name, data: data[i]})), rowGroupSize: data[0].length});
    writer.finish();

    const parts = join(tmp, "parts.parquet");
    const table = new ParquetTableWriter(parts, COLUMNS);
    // Through a structured clone, as a worker's result comes to the main thread.
    for (const data of GROUPS) table.append(structuredClone(encodeRowGroup(COLUMNS, data, data[0].length)));
    table.append(
      encodeRowGroup(
        COLUMNS,
        COLUMNS.map(() => []),
        0
      )
    );
    table.finish();

    expect(readFileSync(parts).equals(readFileSync(whole))).toBe(true);
  });

  test("the file reads back: every row of every group, in order, one row group per group", async () => {
    const path = join(tmp, "parts.parquet");
    const file = await asyncBufferFromFile(path);
    const meta = await parquetMetadataAsync(file);
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([40, 3, 6000]);
    // The last group's text is over a page (1 MB): its chunk has pages, whose offset index was moved with it.
    expect(meta.row_groups[2].columns[5].offset_index_offset).toBeDefined();
    const rows = (await parquetReadObjects({file})) as Record<string, Cell>[];
    const expected = GROUPS.flatMap((data) =>
      data[0].map((_, r) => Object.fromEntries(COLUMNS.map((c, i) => [c, data[i][r]])))
    );
    expect(rows).toEqual(expected);
  });

  test("a value of the wrong type is an error naming its column", () => {
    const data = rowsOf("a", 3);
    data[2][1] = "two";
    expect(() => encodeRowGroup(COLUMNS, data, 3)).toThrow(/column seq: "two" is not INT32/);
  });
});

describe("planGroups", () => {
  const entry = (index: number): PlanFileEntry => ({
    index,
    path: `p${index}`,
    rel: `p${index}`,
    slug: `p${index}`,
    meta: null
  });
  const sizes = (groups: PlanFileEntry[][]) => groups.map((g) => g.map((e) => e.index));

  test("consecutive plans, GROUP_PLANS at most, in corpus order", () => {
    const files = Array.from({length: 2 * GROUP_PLANS + 3}, (_, i) => entry(i));
    const groups = planGroups(files, () => 1000);
    expect(groups.map((g) => g.length)).toEqual([GROUP_PLANS, GROUP_PLANS, 3]);
    expect(groups.flat()).toEqual(files);
  });

  test("a group closes before the plan that would take it over GROUP_BYTES; a larger plan is a group of its own", () => {
    const size = (path: string) => ({p1: GROUP_BYTES / 2, p2: GROUP_BYTES / 2 + 1, p3: 2 * GROUP_BYTES})[path] ?? 10;
    expect(sizes(planGroups([0, 1, 2, 3, 4].map(entry), size))).toEqual([[0, 1], [2], [3], [4]]);
  });

  test("no plans, no groups", () => {
    expect(planGroups([])).toEqual([]);
  });
});
