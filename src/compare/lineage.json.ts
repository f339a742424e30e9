// The lineage page's data: every plan's items, from the build's one parse of each plan.
import {lineageItems} from "../loaders/compare-files.js";
import {readPlanSet} from "../loaders/plan-set.js";

process.stdout.write(JSON.stringify(lineageItems(await readPlanSet())));
