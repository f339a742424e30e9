// The compare pages' summary of every plan (compare/plans.json), for the chart embeds that draw every plan: in a
// module of its own, so that only the pages of those charts register it.
import {FileAttachment} from "observablehq:stdlib";
import type {PlanCompareSummary} from "../../lib/compare/plansSummary.js";

/** compare/plans.json (src/compare/plans.json.ts): the plan the site opens on, and every plan's summary. */
export interface PlansFile {
  defaultPlan: string;
  plans: PlanCompareSummary[];
}

let plansFile: Promise<PlansFile> | null = null;

/** compare/plans.json, fetched once per page. */
export const comparePlans = (): Promise<PlansFile> => (plansFile ??= FileAttachment("../../compare/plans.json").json());
