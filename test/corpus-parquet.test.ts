// The corpus command's Parquet files assembled from row groups encoded apart (in worker threads), and the groups of
// plans they are encoded for (bin/corpus/parquet.ts, bin/corpus/run.ts).
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {fileWriter, ParquetWriter} from "hyparquet-writer";
import {afterAll, describe, expect, test} from "vitest";
import {columnType, encodeRowGroup, ParquetTableWriter, SINK_BUFFER_BYTES} from "../bin/corpus/parquet.js";
import {bundleKey, bundleTask, GROUP_BYTES, GROUP_PLANS, planGroups, SLOT_BYTES} from "../bin/corpus/run.js";
import {type CorpusGroup, intoSlot} from "../bin/corpus/task.js";
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

/** The file hyparquet-writer's own fileWriter makes of `groups`, one ParquetWriter writing each as a row group. */
function writtenWhole(path: string, groups: Cell[][][]): Buffer {
  const output = fileWriter(path);
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
  for (const data of groups)
    writer.write({columnData: COLUMNS.map((name, i) => ({name, data: data[i]})), rowGroupSize: data[0].length});
  writer.finish();
  return readFileSync(path);
}

describe("ParquetTableWriter", () => {
  test("row groups encoded apart and appended make the file one writer makes of the same row groups, byte for byte", () => {
    const whole = writtenWhole(join(tmp, "whole.parquet"), GROUPS);

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

    expect(readFileSync(parts).equals(whole)).toBe(true);
  });

  test("each row group is in the file when append returns, before the next is encoded", () => {
    const path = join(tmp, "flushed.parquet");
    const table = new ParquetTableWriter(path, COLUMNS);
    const sizes: [number, number][] = [];
    for (const data of GROUPS) {
      table.append(encodeRowGroup(COLUMNS, data, data[0].length));
      sizes.push([statSync(path).size, table.offset]);
    }
    // The small groups (40 and 3 rows) are a few KB: nothing is held back until a buffer fills.
    expect(sizes[0][0]).toBeGreaterThan(4);
    for (const [size, offset] of sizes) expect(size).toBe(offset);
    table.finish();
    expect(statSync(path).size).toBe(table.offset);
  });

  test("hundreds of row groups, whose footer is larger than the writer's buffer, make the same file and read back", async () => {
    const groups = Array.from({length: 300}, (_, g) => rowsOf(`plan-${g}`, 1 + (g % 4)));
    groups.splice(150, 0, rowsOf("big", 6000));
    const whole = writtenWhole(join(tmp, "many-whole.parquet"), groups);
    const path = join(tmp, "many-parts.parquet");
    const table = new ParquetTableWriter(path, COLUMNS);
    let body = 0;
    for (const data of groups) {
      table.append(encodeRowGroup(COLUMNS, data, data[0].length));
      body = table.offset;
    }
    table.finish();
    expect(table.offset - body).toBeGreaterThan(SINK_BUFFER_BYTES);
    expect(readFileSync(path).equals(whole)).toBe(true);
    const file = await asyncBufferFromFile(path);
    const rows = (await parquetReadObjects({file, columns: ["plan", "seq"]})) as Record<string, Cell>[];
    expect(rows.length).toBe(groups.reduce((n, data) => n + data[0].length, 0));
    expect(rows[0]).toEqual({plan: "plan-0", seq: 0});
    expect(rows.at(-1)).toEqual({plan: "plan-299", seq: 3});
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

describe("intoSlot", () => {
  const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
  const groupOf = (items: number, plans: number): CorpusGroup => ({
    plans: [],
    csv: {items: bytes(items, 1), plans: bytes(plans, 2)},
    parquet: {items: {...encodeRowGroup(COLUMNS, rowsOf("a", 3), 3)!}, plans: null}
  });

  test("the group's bytes are copied one after the other into the shared slot and come back as views on it", () => {
    const slot = new SharedArrayBuffer(SLOT_BYTES);
    const group = groupOf(1000, 10);
    const parquet = group.parquet.items!.bytes.slice();
    const placed = intoSlot(group, slot);
    expect(placed).toBe(1010 + parquet.length);
    for (const view of [group.csv.items!, group.csv.plans!, group.parquet.items!.bytes]) expect(view.buffer).toBe(slot);
    expect([group.csv.items![0], group.csv.plans![0], group.csv.plans!.byteOffset]).toEqual([1, 2, 1000]);
    expect(group.parquet.items!.bytes).toEqual(parquet);
    // Through a structured clone (a worker's result), the views still share the slot's memory.
    const clone = structuredClone(group);
    new Uint8Array(slot)[0] = 9;
    expect(clone.csv.items![0]).toBe(9);
  });

  test("bytes that do not fit keep their own buffer; those after them that fit are still placed", () => {
    const slot = new SharedArrayBuffer(100);
    const group = groupOf(1000, 10);
    intoSlot(group, slot);
    expect(group.csv.items!.buffer).not.toBe(slot);
    expect(group.csv.items!.length).toBe(1000);
    expect(group.csv.plans!.buffer).toBe(slot);
    expect(group.parquet.items!.bytes.buffer).not.toBe(slot);
  });
});

describe("bundleTask", () => {
  test("the key of a bundle's sources changes with any input's content, and is null when an input is gone", () => {
    const dir = mkdtempSync(join(tmp, "bundle-"));
    writeFileSync(join(dir, "a.ts"), "export const a = 1;");
    writeFileSync(join(dir, "b.ts"), "export const b = 2;");
    const key = bundleKey(["a.ts", "b.ts"], dir);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(bundleKey(["a.ts", "b.ts"], dir)).toBe(key);
    writeFileSync(join(dir, "b.ts"), "export const b = 3;");
    expect(bundleKey(["a.ts", "b.ts"], dir)).not.toBe(key);
    expect(bundleKey(["a.ts", "gone.ts"], dir)).toBeNull();
  });

  test("a second run with the same sources uses the first run's bundle again, without building", () => {
    const first = bundleTask();
    expect(first).not.toBeNull();
    const entry = fileURLToPath(first!.url);
    const written = statSync(entry).mtimeMs;
    const second = bundleTask();
    expect(second!.url).toBe(first!.url);
    expect(existsSync(entry)).toBe(true);
    expect(statSync(entry).mtimeMs).toBe(written);
  });
});
