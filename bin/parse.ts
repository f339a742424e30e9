/**
 * npm run --silent parse -- <file> [--format json|csv] [--out DIR] [--departments FILE]
 *
 * json (default): the whole model as one JSON object on stdout (or DIR/plan.json with --out).
 * csv: one CSV per table in DIR (UTF-8 with BOM).
 * The file: text (UTF-8, UTF-16, GB18030), Word .docx/.doc/.wps, PDF, OFD or a saved web page (.html, .mhtml), its
 * format decided from its bytes (src/lib/readPlanFile.ts). A missing, unreadable, empty (0 bytes, or only a BOM and
 * white space) or non-text file, a file of a format that cannot be read (a scanned PDF, RTF, a damaged or protected
 * file), anything but a regular file, or an --out folder that cannot be written: one line on stderr, exit code 2.
 * Warnings go in the JSON; what the format reader says (pages without text …) goes on stderr.
 */
import {writeFileSync} from "node:fs";
import {basename, join} from "node:path";
import {parseArgs} from "node:util";
import {tableToCsv} from "../src/lib/csv.js";
import {MODEL_KEYS} from "../src/lib/model.js";
import {readingReport} from "../src/lib/reader/coverage.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {FORMAT_NAMES, readPlanFile} from "../src/lib/readPlanFile.js";
import {planTables} from "../src/lib/tables.js";
import {DEPARTMENTS_CSV, readDepartments} from "../src/loaders/plan-files.js";
import {checkOutputDir, fsReason, isEmptyText, readInputFile} from "./input.js";

const USAGE = "usage: npm run --silent parse -- <file> [--format json|csv] [--out DIR] [--departments FILE]";

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

async function main() {
  // A closed pipe (parse … | head) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: {type: "string", default: "json"},
        out: {type: "string"},
        departments: {type: "string", default: DEPARTMENTS_CSV},
        help: {type: "boolean", short: "h"}
      }
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const {values, positionals} = args;
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  if (positionals.length !== 1) fail(`expected one file, got ${positionals.length}\n${USAGE}`);
  if (values.format !== "json" && values.format !== "csv") fail(`--format must be json or csv, not "${values.format}"`);
  if (values.format === "csv" && !values.out) fail("--format csv writes one file per table: give --out DIR");

  const file = positionals[0];
  const read = readInputFile(file, "plan file");
  if ("error" in read) fail(`${file}: ${read.error}`);
  const bytes = read.bytes;
  const plan = await readPlanFile(basename(file), bytes, nodeReadOptions());
  if (plan.unreadable) fail(`${file}: ${plan.unreadable}`);
  if (isEmptyText(plan.text)) fail(`${file}: the file is empty`);
  if (values.out) {
    const problem = checkOutputDir(values.out);
    if (problem) fail(`--out ${values.out}: ${problem}`);
  }

  let directory;
  try {
    const read = readDepartments(values.departments);
    directory = read.directory;
    for (const p of read.problems) process.stderr.write(`parse: ${values.departments} line ${p.line}: ${p.message}\n`);
  } catch (error) {
    fail(
      `${values.departments}: cannot read the department reference (${(error as NodeJS.ErrnoException).code ?? error})`
    );
  }
  // A text file is parsed from its bytes, so that the model records the encoding; any other format from its text.
  const model = parsePlan(plan.format === "text" ? bytes : plan.text, {departments: directory});
  const ordered = Object.fromEntries(MODEL_KEYS.map((k) => [k, model[k]]));
  for (const message of plan.messages)
    process.stderr.write(`parse: ${message.startsWith(basename(file)) ? message : `${file}: ${message}`}\n`);
  const what = plan.format === "text" ? "" : `${FORMAT_NAMES[plan.format]}${plan.extent ? `, ${plan.extent}` : ""}: `;
  process.stderr.write(`parse: ${file}: ${what}${readingReport(model)}\n`);

  // The folder was checked above; a write can still fail (a full disk): one line, exit 2.
  const write = (path: string, text: string) => {
    try {
      writeFileSync(path, text);
    } catch (error) {
      fail(`${path}: cannot write (${fsReason(error)})`);
    }
  };
  if (values.format === "json") {
    const json = JSON.stringify(ordered, null, 2) + "\n";
    if (!values.out) return void process.stdout.write(json);
    write(join(values.out, "plan.json"), json);
    process.stderr.write(`parse: wrote ${join(values.out, "plan.json")}\n`);
    return;
  }
  for (const table of planTables(model)) write(join(values.out!, `${table.name}.csv`), tableToCsv(table));
  process.stderr.write(
    `parse: wrote ${planTables(model).length} CSV files to ${values.out} (${model.warnings.length} warnings)\n`
  );
}

void main();
