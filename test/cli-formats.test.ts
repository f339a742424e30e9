// The command line with a plan as governments publish it: each format gives the tables of the .txt, the reading
// report names the format and how much was read; a file that cannot be read: one line naming it, exit 2.
import {spawn} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {PlanModel} from "../src/lib/model.js";
import {YANAN} from "./plan.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const DEPARTMENTS = fileURLToPath(new URL("./fixtures/departments.csv", import.meta.url));
const formats = (name: string) => fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url));

/** Runs the CLI without blocking the test worker (a synchronous spawn of a slow CLI stalls vitest's messages). */
function cli(file: string): Promise<{status: number | null; stdout: string; stderr: string[]}> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["bin/parse.ts", file, "--departments", DEPARTMENTS], {cwd: ROOT});
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({status, stdout, stderr: stderr.split("\n").filter((l) => l.trim())});
    });
  });
}

let tmp: string;
beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), "plan-cli-formats-"))));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe("parse CLI on each format", () => {
  const cases: [file: string, report: RegExp][] = [
    ["yanan.pdf", /^parse: .*yanan\.pdf: PDF, 13 of 13 pages with text: read 100\.0% of the body/],
    [
      "yanan.doc",
      /^parse: .*yanan\.doc: Word 97–2003 or WPS document \(\.doc, \.wps\), the main text \([\d,]+ characters\): read 100\.0%/
    ],
    ["yanan.ofd", /^parse: .*yanan\.ofd: OFD document, 13 of 13 pages with text: read 100\.0%/],
    [
      "yanan.html",
      /^parse: .*yanan\.html: web page, the article body \([\d,]+ of the page's [\d,]+ characters\): read 100\.0%/
    ]
  ];
  for (const [file, report] of cases)
    test(`${file}: exit 0, the .txt's responsibilities, the format and extent in the reading report`, async () => {
      const run = await cli(formats(file));
      expect(run.status, run.stderr.join("\n")).toBe(0);
      const model = JSON.parse(run.stdout) as PlanModel;
      const key = (r: {item: string; department: string; role: string}) => `${r.item} ${r.department} ${r.role}`;
      expect(model.responsibilities.map(key)).toEqual(YANAN.responsibilities.map(key));
      expect(model.items.length).toBe(YANAN.items.length);
      expect(run.stderr[run.stderr.length - 1]).toMatch(report);
    }, 120_000);

  test("a scanned PDF: exit 2, one line naming it and saying it has no text layer", async () => {
    const run = await cli(formats("scanned.pdf"));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^parse: .*scanned\.pdf: a scanned PDF: none of its 1 page has a text layer/);
  }, 120_000);

  test("RTF, an image, a damaged .doc: exit 2, one line each naming the file and why", async () => {
    const files: [string, Uint8Array, RegExp][] = [
      ["plan.rtf", new TextEncoder().encode("{\\rtf1\\ansi 一、总体要求}"), /an RTF document/],
      ["scan.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), /an image/],
      ["old.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /could not be opened/]
    ];
    for (const [name, bytes, why] of files) {
      const path = join(tmp, name);
      writeFileSync(path, bytes);
      const run = await cli(path);
      expect(run.status, name).toBe(2);
      expect(run.stderr, name).toHaveLength(1);
      expect(run.stderr[0], name).toMatch(new RegExp(`^parse: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(run.stderr[0], name).toMatch(why);
    }
  }, 120_000);
});
