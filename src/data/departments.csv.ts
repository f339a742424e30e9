// The department reference (data/reference/departments.csv) as it is, for pages that parse a plan in the browser.
import {readFileSync} from "node:fs";
import {DEPARTMENTS_CSV} from "./plan-files.js";

process.stdout.write(readFileSync(DEPARTMENTS_CSV));
