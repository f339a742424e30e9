/**
 * npm run --silent parse -- <file> [--format json|csv] [--out DIR] [--departments FILE]
 * npm run --silent parse -- <folder> --out DIR [--jobs N] [--departments FILE]
 *
 * json (default): the whole model as one JSON object on stdout (or DIR/plan.json with --out).
 * csv: one CSV per table in DIR (UTF-8 with BOM).
 * The file: text (UTF-8, UTF-16, GB18030), Word .docx/.doc/.wps, PDF, OFD or a saved web page (.html, .mhtml), its
 * format decided from its bytes (src/lib/readPlanFile.ts). A missing, unreadable, empty (0 bytes, or only a BOM and
 * white space) or non-text file, a file of a format that cannot be read (a scanned PDF, RTF, a damaged or protected
 * file), anything but a regular file, or an --out folder that cannot be written: one line on stderr, exit code 2.
 * Warnings go in the JSON; what the format reader says (pages without text …) goes on stderr.
 *
 * A folder is a corpus (bin/corpus/): every .txt and .docx plan under it, read in parallel on N worker threads
 * (default: every core), each table written once for the whole corpus with a plan column, as DIR/<table>.csv (UTF-8
 * with BOM) and DIR/<table>.parquet, plus the plans table (one row per plan). One line per plan on stderr with its
 * reading coverage, in corpus order. A plan that cannot be read is reported and skipped, and the others are written:
 * exit code 1 when any was skipped, 0 when none was. The files are the same, byte for byte, for every N.
 */
import {statSync, writeFileSync} from "node:fs";
import {basename, join} from "node:path";
import {parseArgs} from "node:util";
import {tableToCsv} from "../src/lib/csv.js";
import {MODEL_KEYS} from "../src/lib/model.js";
import {readingReport} from "../src/lib/reader/coverage.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {FORMAT_NAMES, readPlanFile} from "../src/lib/readPlanFile.js";
import {planTables} from "../src/lib/tables.js";
import {DEPARTMENTS_CSV, readDepartments} from "../src/dataFiles/plan-files.js";
import {checkOutputDir, fsReason, isEmptyText, readInputFile} from "./input.js";

const USAGE =
  "usage: npm run --silent parse -- <file> [--format json|csv] [--out DIR] [--departments FILE]\n" +
  "       npm run --silent parse -- <folder> --out DIR [--jobs N] [--departments FILE]";

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

/** Whether the path is a folder (false for anything that cannot be stat'ed: readInputFile says why). */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main() {
  // A closed pipe (parse … | head) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        format: {type: "string"},
        out: {type: "string"},
        jobs: {type: "string"},
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
  if (isDirectory(positionals[0])) return corpus(positionals[0], values);
  if (values.jobs !== undefined) fail("--jobs is for a folder of plans, not one file");
  values.format ??= "json";
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

/** The corpus mode: a folder of plans in, one file per table out (see the comment at the top). */
async function corpus(dir: string, values: {format?: string; out?: string; jobs?: string; departments?: string}) {
  if (!values.out) fail(`${dir}: is a directory: give --out DIR to write the tables of every plan in it`);
  if (values.format !== undefined) fail("a folder is written as CSV and Parquet both: leave out --format");
  // Imported here, so that reading one file does not load the worker pool and the Parquet writer.
  const {findPlanFiles} = await import("./corpus/files.js");
  const {defaultJobs, writeCorpus} = await import("./corpus/run.js");
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  let files;
  try {
    files = findPlanFiles(dir);
  } catch (error) {
    fail(`${dir}: cannot read the folder (${fsReason(error)})`);
  }
  if (!files.length) fail(`${dir}: no plans (.txt or .docx files) in the folder`);
  const problem = checkOutputDir(values.out);
  if (problem) fail(`--out ${values.out}: ${problem}`);
  const departments = values.departments!;
  try {
    for (const p of readDepartments(departments).problems)
      process.stderr.write(`parse: ${departments} line ${p.line}: ${p.message}\n`);
  } catch (error) {
    fail(`${departments}: cannot read the department reference (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let summary;
  try {
    summary = await writeCorpus(files, values.out, {
      jobs,
      departments,
      onPlan: (r) => {
        if (!r.ok) return void process.stderr.write(`parse: ${r.rel}: ${r.error} (skipped)\n`);
        for (const note of r.notes) process.stderr.write(`parse: ${r.rel}: ${note}\n`);
        process.stderr.write(`parse: ${r.rel}: ${r.report}\n`);
      }
    });
  } catch (error) {
    fail(`--out ${values.out}: cannot write (${fsReason(error)})`);
  }
  const skipped = summary.skipped.length;
  process.stderr.write(
    `parse: wrote ${Object.keys(summary.rows).length} tables (CSV and Parquet) of ${summary.plans} plan${summary.plans === 1 ? "" : "s"} to ${values.out}` +
      (skipped
        ? `; ${skipped} file${skipped === 1 ? "" : "s"} skipped: ${summary.skipped.map((s) => s.rel).join(", ")}\n`
        : "\n")
  );
  process.exitCode = skipped ? 1 : 0;
}

void main();
