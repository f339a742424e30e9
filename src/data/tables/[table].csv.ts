// One table of the configured plan as CSV (UTF-8 with BOM): data/tables/items.csv, data/tables/targets.csv …
import {parseArgs} from "node:util";
import {tableToCsv} from "../../lib/csv.js";
import {planTable, TABLE_NAMES, type TableName} from "../../lib/tables.js";
import {loadPlan} from "../plan-files.js";

const {table} = parseArgs({options: {table: {type: "string"}}}).values;
if (!TABLE_NAMES.includes(table as TableName)) throw new Error(`unknown table "${table}": one of ${TABLE_NAMES.join(", ")}`);
process.stdout.write(tableToCsv(planTable(loadPlan().model, table as TableName)));
