// The progress-file validator (bin/validate.ts) run as a child process: exit codes, stdout, stderr.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {run, type Run} from "./childProcess.js";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import writeExcelFile from "write-excel-file/node";
import {workbookSheets} from "../src/lib/monitoringWorkbook.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const PLAN = "yanan-2024-8";

function validate(...args: string[]): Promise<Run> {
  const env = {...process.env};
  delete env.PLAN;
  return run(TSX, ["bin/validate.ts", ...args], {cwd: ROOT, env});
}

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

function expectFailure(run: Run): string {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  const err = lines(run.stderr);
  expect(err.filter((l) => /^\s*at /.test(l))).toEqual([]);
  expect(err, "stderr").toHaveLength(1);
  return err[0];
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "plan-validate-"));
});
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true});
});

// Each test starts the CLI one or more times (about 3 s each on an idle machine, ten times that on a loaded one).
describe("validate CLI", {timeout: 180_000}, () => {
  test("a good observations file: exit 0, a summary on stdout, nothing on stderr", async () => {
    const file = "test/fixtures/observations-good.csv";
    const run = await validate(file, "--plan", PLAN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${file}: 4 rows, 4 good, 0 bad\n`);
  });

  test("the header-only progress files in data/progress: exit 0", async () => {
    for (const file of ["data/progress/observations.csv", "data/progress/task-status.csv"]) {
      const run = await validate(file, "--plan", PLAN);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(`${file}: 0 rows, 0 good, 0 bad\n`);
    }
  });

  test("a bad observations file: exit 1, one stderr line per bad row with its row number", async () => {
    const file = "test/fixtures/observations-bad.csv";
    const run = await validate(file, "--plan", PLAN);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${file}: 16 rows, 4 good, 12 bad\n`);
    const err = lines(run.stderr);
    expect(err).toHaveLength(12);
    expect(err.map((l) => Number(/^test\/fixtures\/observations-bad\.csv: row (\d+): /.exec(l)?.[1]))).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
    ]);
    expect(err).toContain(`${file}: row 7: duplicate of row 2 (I7, 2024, city)`);
    expect(err).toContain(`${file}: row 10: level "county" is not one of city, province, nation`);
  });

  test("a bad task status file: exit 1, its rows and reasons", async () => {
    const file = "test/fixtures/task-status-bad.csv";
    const run = await validate(file, "--plan", PLAN);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${file}: 9 rows, 2 good, 7 bad\n`);
    const err = lines(run.stderr);
    expect(err.map((l) => Number(/: row (\d+): /.exec(l)?.[1]))).toEqual([3, 4, 5, 6, 7, 8, 10]);
    expect(err[0]).toBe(`${file}: row 3: unknown item "T99" (not a task or action of the plan)`);
  });

  test("a header missing a column: exit 1, reported on row 1", async () => {
    const file = join(tmp, "no-source.csv");
    writeFileSync(file, "id,year,value,level,note\nI8,2024,98,city,\n");
    const run = await validate(file, "--plan", PLAN);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([`${file}: row 1: missing 1 column: source`]);
    expect(run.stdout).toBe(`${file}: 1 rows, 0 good, 1 bad\n`);
  });

  test("a GB18030 file saved by Excel is read", async () => {
    const file = join(tmp, "gb.csv");
    // "item,as_of,status,evidence,source\nT1,2024-06-30,已完成,,测试" in GB18030: 已完成 = d2 d1 cd ea b3 c9, 测试 = b2 e2 ca d4.
    const head = Buffer.from("item,as_of,status,evidence,source\nT1,2024-06-30,", "ascii");
    const gb = Buffer.from([0xd2, 0xd1, 0xcd, 0xea, 0xb3, 0xc9]);
    const tail = Buffer.concat([Buffer.from(",,", "ascii"), Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x0a])]);
    writeFileSync(file, Buffer.concat([head, gb, tail]));
    const run = await validate(file, "--plan", PLAN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${file}: 1 rows, 1 good, 0 bad\n`);
  });

  test("a missing file: exit 2, one line naming it", async () => {
    const missing = join(tmp, "no-such.csv");
    const line = expectFailure(await validate(missing, "--plan", PLAN));
    expect(line).toContain(missing);
    expect(line).toContain("no such file");
  });

  test("a directory, an empty file, a binary file and a CSV of neither kind: exit 2, one line", async () => {
    const dir = join(tmp, "dir");
    mkdirSync(dir);
    expect(expectFailure(await validate(dir, "--plan", PLAN))).toMatch(/director/);
    const empty = join(tmp, "empty.csv");
    writeFileSync(empty, "");
    expect(expectFailure(await validate(empty, "--plan", PLAN))).toMatch(/empty/);
    const binary = join(tmp, "binary.csv");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7]));
    expect(expectFailure(await validate(binary, "--plan", PLAN))).toContain(binary);
    const other = join(tmp, "other.csv");
    writeFileSync(other, "name,short_name\n市发改委,发改委\n");
    expect(expectFailure(await validate(other, "--plan", PLAN))).toMatch(/not an observations CSV/);
  });

  test("an unknown plan or no file: exit 2, one line", async () => {
    expect(expectFailure(await validate("test/fixtures/observations-good.csv", "--plan", "no-such-plan"))).toMatch(
      /no-such-plan/
    );
    expect(expectFailure(await validate())).toMatch(/expected one file/);
  });

  test("a small .xlsx workbook (a few KB) is read: exit 0", async () => {
    const header = ["id", "year", "value", "level", "source", "note"].map((value) => ({value}));
    const row = (id: string, year: number, value: number) =>
      [id, year, value, "city", "test fixture, not real data", ""].map((v) => ({value: v}));
    const file = join(tmp, "small.xlsx");
    writeFileSync(file, await writeExcelFile([header, row("I8", 2023, 97), row("I9", 2024, 95.5)]).toBuffer());
    const run = await validate(file, "--plan", PLAN);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${file}: 2 rows, 2 good, 0 bad\n`);
  });

  test("the monitoring workbook (sheets observations and task-status): every sheet checked, bad rows by sheet and row", async () => {
    // The workbook the progress and ledger pages save (monitoringWorkbook.ts): numbers and dates typed.
    const file = join(tmp, "monitoring.xlsx");
    const observations = [
      "id,year,value,level,source,note",
      "I8,2023,97,city,test fixture,",
      "I99,2024,95,city,test fixture,"
    ].join("\n");
    const statuses = [
      "item,as_of,status,evidence,source",
      "T1,2025-06-30,in progress,test fixture,test",
      "T99,2025-06-30,completed,test fixture,test",
      "T2,2025-06-30,perhaps,test fixture,test"
    ].join("\n");
    const sheets = workbookSheets({observations, "task-status": statuses});
    writeFileSync(file, await writeExcelFile(sheets as never).toBuffer());
    const run = await validate(file, "--plan", PLAN);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe(
      `${file} [observations]: 2 rows, 1 good, 1 bad\n${file} [task-status]: 3 rows, 1 good, 2 bad\n`
    );
    const err = lines(run.stderr);
    expect(err.map((l) => /^.*? \[([a-z-]+)\]: row (\d+): /.exec(l)?.slice(1, 3).join(" "))).toEqual([
      "observations 3",
      "task-status 3",
      "task-status 4"
    ]);
    expect(err[1]).toBe(`${file} [task-status]: row 3: unknown item "T99" (not a task or action of the plan)`);
  });

  test('one rule for "empty": 0 bytes, a BOM only, white space only: one line, exit 2', async () => {
    const cases: [string, Buffer][] = [
      ["zero.csv", Buffer.alloc(0)],
      ["bom.csv", Buffer.from([0xef, 0xbb, 0xbf])],
      ["spaces.csv", Buffer.from(" \r\n\t\n", "utf8")]
    ];
    for (const [name, bytes] of cases) {
      const file = join(tmp, name);
      writeFileSync(file, bytes);
      expect(expectFailure(await validate(file, "--plan", PLAN)), name).toBe(`validate: ${file}: the file is empty`);
    }
  });

  test("a pseudo-file under /proc or a device: refused before reading, one line, exit 2", async () => {
    for (const path of ["/proc/self/pagemap", "/dev/zero"]) {
      expect(expectFailure(await validate(path, "--plan", PLAN))).toContain(path);
    }
  });

  test("good rows with a formula-like free-text cell or a fraction for a % indicator: exit 0, a warning each", async () => {
    const file = join(tmp, "warnings.csv");
    writeFileSync(file, 'id,year,value,level,source,note\nI8,2024,0.95,city,=HYPERLINK("x"),\nI9,2024,95,city,ok,\n');
    const run = await validate(file, "--plan", PLAN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${file}: 2 rows, 2 good, 0 bad\n`);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^${file}: row 2: warning: source begins with "=".*; value 0\\.95 for I8`));
  });
});
