// The command line (bin/parse.ts) run as a child process, as a user runs it: exit codes, stdout, stderr, files.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {run, type Run} from "./childProcess.js";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {MODEL_KEYS, type PlanModel} from "../src/lib/model.js";
import {TABLE_NAMES} from "../src/lib/tables.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const PLAN = fileURLToPath(new URL("./fixtures/yanan-2024-8.txt", import.meta.url));
const GB18030 = fileURLToPath(new URL("./fixtures/variants/gb18030.txt", import.meta.url));
// The test copy of the department reference, so that edits to data/ do not change what the tests see.
const DEPARTMENTS = fileURLToPath(new URL("./fixtures/departments.csv", import.meta.url));

function cli(...args: string[]): Promise<Run> {
  return run(TSX, ["bin/parse.ts", ...args, "--departments", DEPARTMENTS], {cwd: ROOT});
}

/** The non-empty lines of stderr. */
const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/** Asserts a clean failure: exit 2, nothing on stdout, one line on stderr and no stack trace; returns the line. */
function expectFailure(run: Run): string {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  const err = lines(run.stderr);
  expect(
    err.filter((l) => /^\s*at /.test(l)),
    "stack trace lines"
  ).toEqual([]);
  expect(err, "stderr").toHaveLength(1);
  return err[0];
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "plan-cli-"));
});
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true});
});

// Each test starts the CLI one or more times (about 3 s each on an idle machine, ten times that on a loaded one).
describe("parse CLI", {timeout: 180_000}, () => {
  test("prints the Yan'an plan as JSON with the model's keys in order, 30 tasks and 20 actions, exit 0", async () => {
    const run = await cli(PLAN);
    expect(run.status, run.stderr).toBe(0);
    const model = JSON.parse(run.stdout) as PlanModel;
    expect(Object.keys(model)).toEqual([...MODEL_KEYS]);
    expect(Object.keys(model)).toEqual([
      "document",
      "chapters",
      "groups",
      "items",
      "goals",
      "departments",
      "responsibilities",
      "indicators",
      "targets",
      "warnings",
      "coverage"
    ]);
    expect(model.items.filter((i) => i.kind === "task")).toHaveLength(30);
    expect(model.items.filter((i) => i.kind === "action")).toHaveLength(20);
    expect(model.document.docNumber).toBe("延政发〔2024〕8号");
    expect(model.warnings).toEqual([]);
  });

  test("a missing file: exit 2, one stderr line naming it and saying no such file, no stack trace", async () => {
    const missing = join(tmp, "no-such-plan.txt");
    const line = expectFailure(await cli(missing));
    expect(line).toContain(missing);
    expect(line).toContain("no such file");
  });

  test("a directory: exit 2, one stderr line naming it", async () => {
    const dir = join(tmp, "a-directory");
    mkdirSync(dir);
    const line = expectFailure(await cli(dir));
    expect(line).toContain(dir);
    expect(line).toMatch(/director/);
  });

  test("a binary file: exit 2, one stderr line", async () => {
    const file = join(tmp, "random.bin");
    const bytes = new Uint8Array(4096);
    // A fixed pseudo-random sequence (xorshift), with NUL bytes at the start and every 16 bytes.
    let x = 0x9e3779b9;
    for (let i = 0; i < bytes.length; ++i) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = i < 4 || i % 16 === 0 ? 0 : x & 0xff;
    }
    writeFileSync(file, bytes);
    const line = expectFailure(await cli(file));
    expect(line).toContain(file);
    expect(line).toMatch(/binary|not a text/);
  });

  test("an empty file: exit 2, one stderr line naming it and saying it is empty", async () => {
    const file = join(tmp, "empty.txt");
    writeFileSync(file, "");
    const line = expectFailure(await cli(file));
    expect(line).toContain(file);
    expect(line).toMatch(/empty/);
  });

  test("--format csv --out DIR writes the 11 tables as CSV with a BOM and a header row", async () => {
    const out = join(tmp, "csv");
    const run = await cli(PLAN, "--format", "csv", "--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const files = readdirSync(out).sort();
    expect(files).toEqual(TABLE_NAMES.map((n) => `${n}.csv`).sort());
    expect(files).toHaveLength(11);
    for (const file of files) {
      const bytes = readFileSync(join(out, file));
      expect([...bytes.subarray(0, 3)], `${file} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const header = bytes.toString("utf8").slice(1).split("\n")[0];
      expect(header.split(",").length, `${file} header: ${header}`).toBeGreaterThan(1);
      expect(header).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
    }
    const targets = readFileSync(join(out, "targets.csv"), "utf8").slice(1).split("\n");
    expect(targets[0].split(",")[0]).toBe("id");
    expect(targets.some((row) => row.startsWith("A8.2-1,A8.2,"))).toBe(true);
    const items = readFileSync(join(out, "items.csv"), "utf8");
    expect(items.split("\n").filter((l) => /^[TA]\d/.test(l))).toHaveLength(50);
  });

  test("--format csv without --out: exit 2", async () => {
    const run = await cli(PLAN, "--format", "csv");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/--out/);
  });

  test("--format xml: exit 2", async () => {
    const run = await cli(PLAN, "--format", "xml");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/xml/);
  });

  test("the GB18030 copy parses with exit 0 and the same number of items", async () => {
    const run = await cli(GB18030);
    expect(run.status, run.stderr).toBe(0);
    const model = JSON.parse(run.stdout) as PlanModel;
    expect(model.items).toHaveLength(50);
    expect(model.items.filter((i) => i.kind === "task")).toHaveLength(30);
    expect(model.document.docNumber).toBe("延政发〔2024〕8号");
  });

  test("--out to a path whose parent is a file, or to a place that cannot be written: one line, exit 2", async () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "x");
    for (const out of [join(file, "out"), file, "/sys/plan-explorer-out"]) {
      for (const format of ["json", "csv"]) {
        const line = expectFailure(await cli(PLAN, "--format", format, "--out", out));
        expect(line).toMatch(/^parse: --out /);
        expect(line).toContain(out);
      }
    }
  });

  test("a pseudo-file under /proc, a device: refused before reading, one line, exit 2", async () => {
    // /proc/self/pagemap reads as hundreds of gigabytes: read, it hung at 100% CPU.
    for (const path of ["/proc/self/pagemap", "/proc/self/status", "/dev/zero"]) {
      const line = expectFailure(await cli(path));
      expect(line).toContain(path);
      expect(line).toMatch(/not a regular file|pseudo-file/);
    }
  });

  test('one rule for "empty": 0 bytes, a BOM only, white space only: one line, exit 2', async () => {
    const cases: [string, Buffer][] = [
      ["zero.txt", Buffer.alloc(0)],
      ["bom.txt", Buffer.from([0xef, 0xbb, 0xbf])],
      ["bom16.txt", Buffer.from([0xff, 0xfe])],
      ["spaces.txt", Buffer.from(" \r\n\t\n\u3000\n", "utf8")],
      ["bom-spaces.txt", Buffer.from("\ufeff  \n\n", "utf8")]
    ];
    for (const [name, bytes] of cases) {
      const file = join(tmp, name);
      writeFileSync(file, bytes);
      const line = expectFailure(await cli(file));
      expect(line, name).toBe(`parse: ${file}: the file is empty`);
    }
  });

  test("--format csv neutralises cells Excel would run as a formula; --format json keeps them as written", async () => {
    const plan = join(tmp, "formula-plan.txt");
    // The Yan'an plan with its first task's title beginning with "=".
    writeFileSync(plan, readFileSync(PLAN, "utf8").replace("(一)提升优势产业", "(一)=HYPERLINK(1)提升优势产业"));
    const json = JSON.parse((await cli(plan)).stdout) as PlanModel;
    expect(json.items[0].title).toBe("=HYPERLINK(1)提升优势产业质量引领力");
    const out = join(tmp, "formula-csv");
    expect((await cli(plan, "--format", "csv", "--out", out)).status).toBe(0);
    const csv = readFileSync(join(out, "items.csv"), "utf8");
    expect(csv).toContain(",'=HYPERLINK(1)提升优势产业质量引领力,");
    expect(csv).not.toMatch(/,"?=HYPERLINK/);
  });
});
