// The corpus command (npm run parse -- <folder> --out DIR) run as a user runs it, on a folder of real plans with a
// Word copy, a meta file that is not JSON and one bad file among them.
import {execFile} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {Document, Packer, Paragraph} from "docx";
import {asyncBufferFromFile, parquetReadObjects} from "hyparquet";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {TABLE_NAMES} from "../src/lib/tables.js";
import {parse} from "./plan.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const REAL = fileURLToPath(new URL("./fixtures/real/", import.meta.url));
const DEPARTMENTS = fileURLToPath(new URL("./fixtures/departments.csv", import.meta.url));
const YANAN = fileURLToPath(new URL("./fixtures/yanan-2024-8.txt", import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a child process without blocking this thread (a run takes seconds; a test worker blocked that
 * long misses vitest's messages).
 */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      ["bin/parse.ts", ...args, "--departments", DEPARTMENTS],
      {cwd: ROOT, encoding: "utf8", timeout: 120_000, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024},
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") return reject(error);
        resolve({status: error ? (error.code as number) : 0, stdout, stderr});
      }
    );
  });
}

let tmp: string;
let corpus: string;
const REAL_PLANS = ["chongming-2021-ruralroads", "fengxian-2021-ruralroads", "jinshan-2019-firesafety"];
// The slugs in corpus order: relative paths without extension, compared as code units.
const SLUGS = [
  "chongming-2021-ruralroads",
  "county/fengxian-2021-ruralroads",
  "county/jinshan-2019-firesafety",
  "word/yanan"
];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "plan-corpus-"));
  corpus = join(tmp, "plans");
  mkdirSync(join(corpus, "county"), {recursive: true});
  mkdirSync(join(corpus, "word"));
  for (const [slug, dir] of [
    [REAL_PLANS[0], corpus],
    [REAL_PLANS[1], join(corpus, "county")],
    [REAL_PLANS[2], join(corpus, "county")]
  ]) {
    copyFileSync(join(REAL, `${slug}.txt`), join(dir, `${slug}.txt`));
    copyFileSync(join(REAL, `${slug}.meta.json`), join(dir, `${slug}.meta.json`));
  }
  // A meta file that is not JSON: reported, and the plan is read without it.
  writeFileSync(join(corpus, "county", "jinshan-2019-firesafety.meta.json"), "{number: 1");
  // The Yan'an plan as a Word document, one paragraph per line.
  const lines = readFileSync(YANAN, "utf8").split(/\r?\n/);
  const doc = new Document({sections: [{children: lines.map((l) => new Paragraph(l))}]});
  writeFileSync(join(corpus, "word", "yanan.docx"), await Packer.toBuffer(doc));
  // The bad file: binary bytes named .txt.
  writeFileSync(join(corpus, "county", "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xfe, 0, 7, 0, 0, 0, 9]));
  // Not plans: skipped without a word.
  writeFileSync(join(corpus, "README.md"), "# notes");
  writeFileSync(join(corpus, "county", "fengxian-2021-ruralroads.expected.json"), "{}");
}, 60_000);
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

describe("parse -- <folder> --out DIR", () => {
  let one: Run;
  let two: Run;
  beforeAll(async () => {
    one = await cli(corpus, "--out", join(tmp, "out1"), "--jobs", "1");
    two = await cli(corpus, "--out", join(tmp, "out2"), "--jobs", "2");
  }, 240_000);

  test("reports the bad file and skips it (exit 1), one coverage line per plan in corpus order", () => {
    expect(one.status, one.stderr).toBe(1);
    expect(one.stdout).toBe("");
    const err = lines(one.stderr);
    expect(err.filter((l) => /^\s*at /.test(l))).toEqual([]);
    expect(err.filter((l) => l.includes("broken.txt"))).toEqual([
      "parse: county/broken.txt: not a text file (binary content) (skipped)",
      expect.stringMatching(
        /^parse: wrote 12 tables \(CSV and Parquet\) of 4 plans to .*; 1 file skipped: county\/broken\.txt$/
      )
    ]);
    const coverage = err.filter((l) => / read \d+\.\d% of the body/.test(l)).map((l) => l.split(":")[1].trim());
    expect(coverage).toEqual([
      "chongming-2021-ruralroads.txt",
      "county/fengxian-2021-ruralroads.txt",
      "county/jinshan-2019-firesafety.txt",
      "word/yanan.docx"
    ]);
    expect(err.some((l) => l.includes("jinshan-2019-firesafety.meta.json: not valid JSON"))).toBe(true);
  });

  test("--jobs 1 and --jobs 2 write the same files, byte for byte", () => {
    expect(two.status, two.stderr).toBe(1);
    expect(two.stderr.replace(/out2/g, "out1")).toBe(one.stderr);
    const files = readdirSync(join(tmp, "out1")).sort();
    expect(readdirSync(join(tmp, "out2")).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(tmp, "out2", f)).equals(readFileSync(join(tmp, "out1", f))), f).toBe(true);
  });

  test("each table once for the corpus, as CSV with a BOM and a plan column, and as Parquet", () => {
    const names = [...TABLE_NAMES, "plans"];
    expect(readdirSync(join(tmp, "out1")).sort()).toEqual(names.flatMap((n) => [`${n}.csv`, `${n}.parquet`]).sort());
    for (const n of names) {
      const bytes = readFileSync(join(tmp, "out1", `${n}.csv`));
      expect([...bytes.subarray(0, 3)], n).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").slice(1).split("\n")[0], n).toMatch(/^plan,/);
    }
  });

  test("the rows of every plan, none lost: items and plans read back from CSV and Parquet", async () => {
    const expected = [
      ...REAL_PLANS.map((s) => parse(readFileSync(join(REAL, `${s}.txt`)))),
      parse(readFileSync(YANAN))
    ];
    const parquet = async (name: string) =>
      (await parquetReadObjects({file: await asyncBufferFromFile(join(tmp, "out1", `${name}.parquet`))})) as Record<
        string,
        unknown
      >[];
    const items = await parquet("items");
    expect(items.length).toBe(expected.reduce((n, m) => n + m.items.length, 0));
    SLUGS.forEach((slug, k) => {
      expect(
        items.filter((r) => r.plan === slug).map((r) => r.id),
        slug
      ).toEqual(expected[k].items.map((i) => i.id));
    });
    const csvItems = readFileSync(join(tmp, "out1", "items.csv"), "utf8")
      .split("\n")
      .slice(1, -1);
    expect(csvItems.length).toBeGreaterThanOrEqual(items.length); // a text cell may hold line breaks
    const plans = await parquet("plans");
    expect(plans.map((p) => [p.plan, p.level, p.items])).toEqual([
      ["chongming-2021-ruralroads", "county", 11],
      // 11 in its body and 7 in its attached 路长制实施方案 (附件2, F2.5.1.1…).
      ["county/fengxian-2021-ruralroads", "county", 18],
      // Its meta file is not JSON: no level, and the header's number.
      ["county/jinshan-2019-firesafety", null, 14],
      ["word/yanan", null, 50]
    ]);
    expect(plans[0]).toMatchObject({
      number: "沪崇府办发〔2021〕13号",
      jurisdiction: "上海市崇明区",
      date: "2021-07-24"
    });
    expect(plans[3]).toMatchObject({number: "延政发〔2024〕8号", target_year: 2025, indicators: 14});
    expect(typeof plans[3].covered).toBe("number");
    const targets = await parquet("targets");
    expect(targets.filter((t) => t.plan === "word/yanan").length).toBe(expected[3].targets.length);
    expect(typeof targets[0].value).toBe("number");
  });

  test("a folder of plans in every format a government publishes: each read, a scanned PDF reported and skipped", async () => {
    const out = join(tmp, "formats-out");
    const formats = fileURLToPath(new URL("./fixtures/formats/", import.meta.url));
    const run = await cli(formats, "--out", out, "--jobs", "1");
    expect(run.status).toBe(1);
    const report = lines(run.stderr);
    for (const name of ["yanan.doc", "yanan.docx", "yanan.html", "yanan.mhtml", "yanan.ofd", "yanan.pdf", "yanan.wps"])
      expect(report, name).toContainEqual(
        expect.stringMatching(new RegExp(`^parse: ${name.replace(".", "\\.")}: read 100\\.0% .*: 50 items`))
      );
    expect(report.find((l) => l.startsWith("parse: scanned.pdf: "))).toMatch(
      /^parse: scanned\.pdf: a scanned PDF.*\(skipped\)$/
    );
  }, 180_000);

  test("a folder without --out, with --format, with a bad --jobs, or with no plans: one line, exit 2", async () => {
    for (const [args, message] of [
      [[corpus], /is a directory: give --out DIR/],
      [[corpus, "--out", join(tmp, "x"), "--format", "csv"], /leave out --format/],
      [[corpus, "--out", join(tmp, "x"), "--jobs", "0"], /--jobs must be a whole number/],
      [[join(corpus, "word", "..", "..", "out1"), "--out", join(tmp, "x")], /no plans/]
    ] as [string[], RegExp][]) {
      const run = await cli(...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(lines(run.stderr), args.join(" ")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect((await cli(YANAN, "--jobs", "2")).stderr).toMatch(/--jobs is for a folder/);
  }, 120_000);
});
