import iconv from "iconv-lite";
import JSZip from "jszip";
import {describe, expect, test} from "vitest";
import writeExcelFile from "write-excel-file/node";
import {validateObservations} from "../src/lib/observations.js";
import {
  isZip,
  MAX_WORKBOOK_BYTES,
  monitoringText,
  readMonitoringFile,
  zipUncompressedSize
} from "../src/lib/spreadsheet.js";
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

describe("readMonitoringFile: one message for a file that cannot be read, never an exception", () => {
  test("a corrupt workbook, a binary file, an empty file", async () => {
    expect(await readMonitoringFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      error: expect.stringMatching(/^not a readable \.xlsx workbook/)
    });
    const pdf = new Uint8Array([...Buffer.from("%PDF-1.4\n"), 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3, 0, 0]);
    expect(await readMonitoringFile(pdf)).toEqual({error: expect.stringMatching(/^not a text file/)});
    for (const empty of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), Buffer.from(" \r\n\t \n")])
      expect(await readMonitoringFile(empty)).toEqual({error: "the file is empty"});
    expect(await readMonitoringFile(await workbook())).toMatchObject({text: expect.stringMatching(/^id,year,value/)});
  });

  test("a workbook that inflates past the cap is stopped before it is inflated, with the size", async () => {
    // A real workbook with one more part of 101 MB of zeros (about 100 KB compressed).
    const zip = await JSZip.loadAsync(await workbook());
    zip.file("xl/media/padding.bin", new Uint8Array(MAX_WORKBOOK_BYTES + 1024 * 1024), {compression: "DEFLATE"});
    const bomb = await zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipUncompressedSize(bomb)).toBeGreaterThan(MAX_WORKBOOK_BYTES);
    const read = await readMonitoringFile(bomb);
    expect(read).toEqual({error: "the workbook inflates to 101 MB, more than the 100 MB a monitoring file may hold"});
  });
});
