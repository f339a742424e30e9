// The data files of one plan's pages (/plans/<plan>/…), the same files as src/data.zip.ts writes for the plan the
// site opens on: FileAttachment("data/plan.json") on a page under /plans/<plan>/ is a member of this archive.
// Framework runs this loader once for each plan: it reads its own plan only (readPlanNamed), not the whole set.
import {routeParameter, writeZip} from "../../dataFiles/archive.js";
import {readPlanNamed} from "../../dataFiles/plan-set.js";
import {siteFiles} from "../../dataFiles/site-files.js";

const {plan, isDefault} = await readPlanNamed(routeParameter("plan"));
await writeZip(siteFiles(plan, {isDefault}));
