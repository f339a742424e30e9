/**
 * npm run --silent validate -- <file.csv|file.xlsx> [--plan NAME]
 *
 * Checks a progress file against the plan (the configured one, or data/plans/NAME.txt): observations
 * (a header with id, year, value …) or task status (a header with item, status …), told apart by the header.
 * An .xlsx workbook has each of its sheets named observations and task-status checked as that kind (the
 * workbook the progress and ledger pages save), or, with neither, its first sheet; its lines name the sheet
 * (<file> [task-status]: row N: …).
 * One line per bad row on stderr (<file>: row N: <reasons>), one per good row that may not say what was meant
 * (<file>: row N: warning: <reasons>; a formula-like free-text cell, a fraction for a % indicator), a summary on
 * stdout per file or sheet (<file>: N rows, M good, K bad).
 * Exit 0 when every row is good, 1 when any is bad, 2 when the file is missing, unreadable or not a CSV of
 * either kind, or the plan cannot be read (one line on stderr).
 */
import {parseArgs} from "node:util";
import {readMonitoringFile} from "../src/lib/spreadsheet.js";
import {csvHeader, type Validation, validateObservations, validateTaskStatus} from "../src/lib/observations.js";
import {parseDataPlan, type LoadedPlan} from "../src/dataFiles/plan-files.js";
import {KEPT_KINDS, type KeptKind} from "../src/lib/keptFiles.js";
import {fsReason, isEmptyText, readInputFile} from "./input.js";

const USAGE = "usage: npm run --silent validate -- <file.csv|file.xlsx> [--plan NAME]";

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
  // Excel on a Chinese system saves CSV as GB18030/GBK: read it as the plan reader does. A workbook's sheets
  // named after a kind of monitoring file (observations, task-status: the workbook the pages save) are each
  // checked; a workbook with neither has its first sheet checked. Empty (a BOM or white space only), binary and
  // unreadable files: one line.
  const monitoring = await readMonitoringFile(read.bytes);
  if (monitoring.error !== undefined) fail(`${file}: ${monitoring.error}`);
  const named = KEPT_KINDS.filter((k) => monitoring.sheets?.[k] !== undefined);
  const parts: {label: string; text: string; kind: Kind | null}[] = named.length
    ? named.map((k) => ({label: `${file} [${k}]`, text: monitoring.sheets![k]!, kind: KIND_OF_SHEET[k]}))
    : [{label: file, text: monitoring.text, kind: null}];
  for (const part of parts) {
    if (part.kind === null && isEmptyText(part.text)) fail(`${part.label}: the file is empty`);
    part.kind ??= kindOf(part.text);
    if (!part.kind)
      fail(
        `${part.label}: not an observations CSV (id, year, value, level, source, note) or a task status CSV (item, as_of, status, evidence, source)`
      );
  }

  let plan: LoadedPlan;
  try {
    plan = parseDataPlan(values.plan);
  } catch (error) {
    fail(`cannot read the plan${values.plan ? ` "${values.plan}"` : ""}: ${fsReason(error)}`);
  }
  let bad = false;
  for (const {label, text, kind} of parts) {
    const result: Validation<unknown> =
      kind === "observations" ? validateObservations(text, plan.model) : validateTaskStatus(text, plan.model);
    for (const p of result.problems) process.stderr.write(`${label}: row ${p.row}: ${p.message}\n`);
    for (const w of result.warnings) process.stderr.write(`${label}: row ${w.row}: warning: ${w.message}\n`);
    const good = result.rows.length;
    process.stdout.write(`${label}: ${result.checked} rows, ${good} good, ${result.checked - good} bad\n`);
    bad ||= result.problems.length > 0;
  }
  process.exitCode = bad ? 1 : 0;
}

type Kind = "observations" | "task status";

/** The kind each workbook sheet's name stands for. */
const KIND_OF_SHEET: Record<KeptKind, Kind> = {observations: "observations", "task-status": "task status"};

/** The kind of a monitoring file told by its header: observations (id, year, value) or task status (item, status). */
function kindOf(text: string): Kind | null {
  const header = csvHeader(text);
  if (["id", "year", "value"].every((c) => header.includes(c))) return "observations";
  if (["item", "status"].every((c) => header.includes(c))) return "task status";
  return null;
}

await main();
