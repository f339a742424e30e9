// Every data file of the plan the site opens on (plan.config.json), in one archive: FileAttachment("data/plan.json")
// and FileAttachment("data/tables/items.csv") are members of it, which Framework extracts (the list is in
// src/dataFiles/site-files.ts). The plan is read by readPlanSet, which parses each plan once per build. There is no
// src/data/ folder: with one, Framework would search it for every data file of every page before the archive.
// With them, plans.json (data/plans.json): the plan picker's list of every plan (src/page/planPicker.ts), fetched when it opens;
// and site.json (data/site.json): the name of the plan the site opens on, and the pair the lineage chart embed draws
// when it is given none.
import {writeZip} from "./dataFiles/archive.js";
import {planNamed, readPlanSet} from "./dataFiles/plan-set.js";
import {siteFiles} from "./dataFiles/site-files.js";
import {pickerEntry, planList} from "./page/planPicker.js";
import {planRow} from "./lib/compare/planRow.js";
import {lineagePair} from "./lib/compare/parentPlan.js";

const set = await readPlanSet();
if (!set.defaultPlan) throw new Error("data/plans: no plan could be read");
const files = siteFiles(planNamed(set, set.defaultPlan));
files.set("plans.json", JSON.stringify(planList(set.plans.map(pickerEntry))));
// The name of the plan the site opens on, for the embeds' plan option (src/embed/common.ts), and the pair of plans
// the lineage chart embed draws when given neither (lineagePair over every plan; null for fewer than two plans):
// a few bytes whatever the number of plans, where plans.json grows with them.
const pair = lineagePair(set.plans.map((p) => planRow(p.name, p.model, p.meta)));
const site = {defaultPlan: set.defaultPlan, lineage: pair && {parent: pair.parent, child: pair.child}};
files.set("site.json", JSON.stringify(site));
await writeZip(files);
