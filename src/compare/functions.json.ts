// The function load of every plan by data/reference/functions.csv, with the file's bad rows.
import {functionLoads} from "../dataFiles/compare-files.js";
import {readPlanSet} from "../dataFiles/plan-set.js";

process.stdout.write(JSON.stringify(functionLoads(await readPlanSet())));
