// The lineage page's data: every plan's items, from the build's one parse of each plan.
import {lineageItems} from "../dataFiles/compare-files.js";
import {readPlanSet} from "../dataFiles/plan-set.js";

process.stdout.write(JSON.stringify(lineageItems(await readPlanSet())));
