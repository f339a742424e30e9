// The compare pages' one data file: a small summary of every plan (src/lib/compare/plansSummary.ts), the plan the
// site opens on, and the plans that could not be read with why. Read from the build's one parse of each plan.
import {plansSummaryRow} from "../lib/compare/plansSummary.js";
import {readPlanSet} from "../dataFiles/plan-set.js";

const set = await readPlanSet();
process.stdout.write(
  JSON.stringify({
    defaultPlan: set.defaultPlan,
    plans: set.plans.map((p) => plansSummaryRow(p.name, p.model, p.meta)),
    failures: set.failures
  })
);
