import writeExcelFile from "write-excel-file/node";
import {describe, expect, test} from "vitest";
import {workbookCell, workbookName, workbookSheets} from "../src/lib/monitoringWorkbook.ts";
import {readMonitoringFile} from "../src/lib/spreadsheet.ts";
import {validateObservations, validateTaskStatus} from "../src/lib/observations.ts";
import {parseDataPlan} from "../src/dataFiles/plan-files.ts";

const OBSERVATIONS = [
  "id,year,value,level,source,note",
  "I5,2023,93.5,city,延安市统计局《2023年统计公报》,初步数据",
  "I5,2024,94,city,市市场监管局,",
  'I1,2024,95.50,city,"某局, 内部",0012',
  'I2,２０２４,９５,city,全角数字,=HYPERLINK("x")',
  "I3,2024,-3,city,,2024-02-30"
].join("\n");
const STATUSES = [
  "item,as_of,status,evidence,source,person,next_step",
  "T1,2024-03-01,进行中,已召开联席会议,督查室,张三,6月底前完成",
  "T1,2024-09-30,已完成,验收报告,督查室,张三,",
  "T2,2024-13-01,进行中,,,,"
].join("\n");

async function roundTrip(files: Parameters<typeof workbookSheets>[0], kind: "observations" | "task-status") {
  const buffer = await writeExcelFile(workbookSheets(files) as never).toBuffer();
  return readMonitoringFile(new Uint8Array(buffer), kind);
}

describe("workbookCell", () => {
  test("numbers as numbers, dates as dates, anything else as the text written", () => {
    expect(workbookCell("94")).toEqual({value: 94, type: Number});
    expect(workbookCell("-3.25")).toEqual({value: -3.25, type: Number});
    expect(workbookCell("95.50")).toEqual({value: "95.50", type: String});
    expect(workbookCell("0012")).toEqual({value: "0012", type: String});
    expect(workbookCell("９５")).toEqual({value: "９５", type: String});
    expect(workbookCell("2024-03-01")).toMatchObject({type: Date, format: "yyyy-mm-dd"});
    expect(workbookCell("2024-02-30")).toEqual({value: "2024-02-30", type: String});
    expect(workbookCell("")).toBeNull();
  });
});

describe("workbookSheets", () => {
  test("one sheet per kind, named observations and task-status; a kind not kept is its header", () => {
    const sheets = workbookSheets({observations: OBSERVATIONS});
    expect(sheets.map((s) => s.sheet)).toEqual(["observations", "task-status"]);
    expect(sheets[1].data).toHaveLength(1);
    expect(sheets[1].data[0].map((c) => c?.value)).toEqual([
      "item",
      "as_of",
      "status",
      "evidence",
      "source",
      "person",
      "next_step"
    ]);
  });

  test("a task-status file headed 责任人 / 下一步 is a sheet headed person / next_step, as the ledger's CSV names them", () => {
    const text = STATUSES.replace("person,next_step", "责任人,下一步");
    const sheets = workbookSheets({"task-status": text});
    expect(sheets[1].data[0].map((c) => c?.value)).toEqual(STATUSES.split("\n")[0].split(","));
    expect(sheets[1].data.slice(1)).toEqual(workbookSheets({"task-status": STATUSES})[1].data.slice(1));
  });

  test("saved and read back, each sheet is its file cell for cell", async () => {
    const files = {observations: OBSERVATIONS, "task-status": STATUSES};
    const observations = await roundTrip(files, "observations");
    const statuses = await roundTrip(files, "task-status");
    expect(observations.sheet).toBe("observations");
    expect(statuses.sheet).toBe("task-status");
    const {csvParseRows} = await import("d3-dsv");
    expect(csvParseRows(observations.text!)).toEqual(csvParseRows(OBSERVATIONS));
    expect(csvParseRows(statuses.text!)).toEqual(csvParseRows(STATUSES));
    expect(observations.sheets).toEqual({observations: observations.text, "task-status": statuses.text});
  });

  test("the validators report the same bad rows from the workbook as from the files", async () => {
    const {model} = parseDataPlan();
    const files = {observations: OBSERVATIONS, "task-status": STATUSES};
    const obs = await roundTrip(files, "observations");
    const st = await roundTrip(files, "task-status");
    expect(validateObservations(obs.text!, model).problems).toEqual(validateObservations(OBSERVATIONS, model).problems);
    const bad = validateTaskStatus(st.text!, model).problems;
    expect(bad).toEqual(validateTaskStatus(STATUSES, model).problems);
    expect(bad.map((p) => p.row)).toEqual([4]);
  });
});

test("workbookName", () => {
  expect(workbookName("yanan-2024-8", new Date("2026-11-30T12:00:00Z"))).toBe(
    "yanan-2024-8-monitoring-2026-11-30.xlsx"
  );
});
