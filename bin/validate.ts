/**
 * npm run --silent validate -- <file.csv> [--plan NAME]
 *
 * Checks a progress file against the plan (the configured one, or data/plans/NAME.txt): observations
 * (a header with id, year, value …) or task status (a header with item, status …), told apart by the header.
 * One line per bad row on stderr (<file>: row N: <reasons>), a summary on stdout (<file>: N rows, M good, K bad).
 * Exit 0 when every row is good, 1 when any is bad, 2 when the file is missing, unreadable or not a CSV of
 * either kind, or the plan cannot be read (one line on stderr).
 */
import {readFileSync, statSync} from "node:fs";
import {parseArgs} from "node:util";
import {decodePlan} from "../src/lib/reader/decode.js";
import {isZip, monitoringText} from "../src/lib/spreadsheet.js";
import {csvHeader, type Validation, validateObservations, validateTaskStatus} from "../src/lib/observations.js";
import {loadPlan, type LoadedPlan} from "../src/loaders/plan-files.js";

const USAGE = "usage: npm run --silent validate -- <file.csv> [--plan NAME]";

function fail(message: string): never {
  process.stderr.write(`validate: ${message}\n`);
  process.exit(2);
}

const reason = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
};

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
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) fail(`${file}: is a directory, not a CSV file`);
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file}: ${reason(error)}`);
  }
  if (bytes.length === 0) fail(`${file}: the file is empty`);
  // Excel on a Chinese system saves CSV as GB18030/GBK: read it as the plan reader does; an .xlsx workbook's
  // first sheet is read as CSV.
  let text: string;
  if (isZip(bytes)) {
    try {
      text = await monitoringText(bytes);
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`);
    }
  } else {
    const decoded = decodePlan(bytes);
    if (decoded.binary) fail(`${file}: not a text file (binary content)`);
    text = decoded.text;
  }
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
    plan = loadPlan(values.plan);
  } catch (error) {
    fail(`cannot read the plan${values.plan ? ` "${values.plan}"` : ""}: ${reason(error)}`);
  }
  const result: Validation<unknown> =
    kind === "observations" ? validateObservations(text, plan.model) : validateTaskStatus(text, plan.model);
  for (const p of result.problems) process.stderr.write(`${file}: row ${p.row}: ${p.message}\n`);
  const good = result.rows.length;
  process.stdout.write(`${file}: ${result.checked} rows, ${good} good, ${result.checked - good} bad\n`);
  process.exitCode = result.problems.length ? 1 : 0;
}

await main();
