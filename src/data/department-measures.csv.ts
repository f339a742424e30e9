// The department measures as CSV (UTF-8 with BOM), for download.
import {BOM} from "../lib/csv.js";
import {csvFormat} from "d3-dsv";
import {departmentMeasures} from "../lib/measures.js";
import {loadPlan} from "./plan-files.js";

process.stdout.write(BOM + csvFormat(departmentMeasures(loadPlan().model)) + "\n");
