/**
 * npm run --silent validate -- <file.csv> [--plan NAME]
 *
 * Checks a progress file against the plan (the configured one, or data/plans/NAME.txt): observations
 * (a header with id, year, value …) or task status (a header with item, status …), told apart by the header.
 * One line per bad row on stderr (<file>: row N: <reasons>), one per good row that may not say what was meant
 * (<file>: row N: warning: <reasons>; a formula-like free-text cell, a fraction for a % indicator), a summary on
 * stdout (<file>: N rows, M good, K bad).
 * Exit 0 when every row is good, 1 when any is bad, 2 when the file is missing, unreadable or not a CSV of
 * either kind, or the plan cannot be read (one line on stderr).
 */
import {parseArgs} from "node:util";
import {readMonitoringFile} from "../src/lib/spreadsheet.js";
import {csvHeader, type Validation, validateObservations, validateTaskStatus} from "../src/lib/observations.js";
import {parseDataPlan, type LoadedPlan} from "../src/dataFiles/plan-files.js";
import {fsReason, isEmptyText, readInputFile} from "./input.js";

const USAGE = "usage: npm run --silent validate -- <file.csv> [--plan NAME]";

function fail(message: string): never {
  process.stderr.write(`validate: ${message}\n`);
  process.exit(2);
}

async function main() {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {plan: {type: "string"}, help: {type: "boolean", short: "h"}}
    });
  } catch (error) {
    fail(`${(error as Error).message.split("\n")[0]} (${USAGE})`);
  }
  const {values, positionals} = args;
  if (values.help) return void process.stdout.write(USAGE + "\n");
  if (positionals.length !== 1) fail(`expected one file, got ${positionals.length} (${USAGE})`);

  const file = positionals[0];
  const read = readInputFile(file, "CSV file");
  if ("error" in read) fail(`${file}: ${read.error}`);
  // Excel on a Chinese system saves CSV as GB18030/GBK: read it as the plan reader does; an .xlsx workbook's
  // first sheet is read as CSV. Empty (a BOM or white space only), binary and unreadable files: one line.
  const monitoring = await readMonitoringFile(read.bytes);
  if (monitoring.error !== undefined) fail(`${file}: ${monitoring.error}`);
  const text = monitoring.text;
  if (isEmptyText(text)) fail(`${file}: the file is empty`);
  const header = csvHeader(text);
  const kind = ["id", "year", "value"].every((c) => header.includes(c))
    ? "observations"
    : ["item", "status"].every((c) => header.includes(c))
      ? "task status"
      : null;
  if (!kind)
    fail(
      `${file}: not an observations CSV (id, year, value, level, source, note) or a task status CSV (item, as_of, status, evidence, source)`
    );

  let plan: LoadedPlan;
  try {
    plan = parseDataPlan(values.plan);
  } catch (error) {
    fail(`cannot read the plan${values.plan ? ` "${values.plan}"` : ""}: ${fsReason(error)}`);
  }
  const result: Validation<unknown> =
    kind === "observations" ? validateObservations(text, plan.model) : validateTaskStatus(text, plan.model);
  for (const p of result.problems) process.stderr.write(`${file}: row ${p.row}: ${p.message}\n`);
  for (const w of result.warnings) process.stderr.write(`${file}: row ${w.row}: warning: ${w.message}\n`);
  const good = result.rows.length;
  process.stdout.write(`${file}: ${result.checked} rows, ${good} good, ${result.checked - good} bad\n`);
  process.exitCode = result.problems.length ? 1 : 0;
}

await main();
