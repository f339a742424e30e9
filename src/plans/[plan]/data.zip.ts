// The data files of one plan's pages (/plans/<plan>/…), the same files as src/data.zip.ts writes for the plan the
// site opens on: FileAttachment("data/plan.json") on a page under /plans/<plan>/ is a member of this archive.
import {routeParameter, writeZip} from "../../dataFiles/archive.js";
import {planNamed, readPlanSet} from "../../dataFiles/plan-set.js";
import {siteFiles} from "../../dataFiles/site-files.js";

const set = await readPlanSet();
const name = routeParameter("plan");
await writeZip(siteFiles(planNamed(set, name), {isDefault: name === set.defaultPlan}));
