import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import writeExcelFile from "write-excel-file/node";
import {validateObservations} from "../src/lib/observations.js";
import {isZip, monitoringText} from "../src/lib/spreadsheet.js";
import {YANAN} from "./plan.js";

// A workbook made by the test (fixture values, not data about Yan'an).
async function workbook(): Promise<Uint8Array> {
  const header = ["id", "year", "value", "level", "source", "note"].map((value) => ({value}));
  const row = (id: string, year: number, value: number) =>
    [id, year, value, "city", "test fixture, not real data", ""].map((v) => ({value: v}));
  const buffer = await writeExcelFile([header, row("I5", 2022, 80), row("I5", 2024, 84.5)]).toBuffer();
  return new Uint8Array(buffer);
}

describe("monitoringText", () => {
  test("reads the first sheet of an .xlsx workbook as CSV, which the validator accepts", async () => {
    const bytes = await workbook();
    expect(isZip(bytes)).toBe(true);
    const text = await monitoringText(bytes);
    expect(text.split("\n")[0]).toBe("id,year,value,level,source,note");
    const checked = validateObservations(text, YANAN);
    expect(checked.problems).toEqual([]);
    expect(checked.rows.map((r) => [r.id, r.year, r.value])).toEqual([
      ["I5", 2022, 80],
      ["I5", 2024, 84.5]
    ]);
  });
  test("reads a CSV saved by Excel in GB18030", async () => {
    const csv = "id,year,value,level,source,note\nI5,2022,80,city,测试数据 test fixture,\n";
    expect(await monitoringText(iconv.encode(csv, "gb18030"))).toBe(csv);
  });
  test("says so when a ZIP is not a workbook", async () => {
    await expect(monitoringText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(
      /not a readable \.xlsx workbook/
    );
  });
});
