// The names of every plan of the site, for the error an embed gives for a plan the site does not have
// (src/embed/common.ts), the picker's list of the Embed page (src/page/planChooser.ts), and every plan's compare
// summary for the lineage embed given one plan of its two: built as /embed/sitePlans.js (the config's dynamicPaths)
// and imported by that computed address, so that Framework registers data/plans.json and compare/plans.json on no
// page (issue 16, goal 3: a page loads only the plan it shows); fetched only when a plan option names no plan of the
// site, when the Embed page's picker is opened, or for that lineage embed.
import {FileAttachment} from "observablehq:stdlib";
import type {PlanCompareSummary} from "../lib/compare/plansSummary.js";
import type {PlanListEntry} from "../page/planPicker.js";

/** Every plan's name, in the order of data/plans.json (the plan picker's list: src/page/planPicker.ts). */
export async function sitePlanNames(): Promise<string[]> {
  return (await sitePlanList()).map((p) => p.name);
}

/** The plan picker's list (data/plans.json: name, label, title of every plan). */
export function sitePlanList(): Promise<PlanListEntry[]> {
  return FileAttachment("../data/plans.json").json();
}

/** Every plan's compare summary (compare/plans.json: src/compare/plans.json.ts), in the site's order. */
export async function sitePlanSummaries(): Promise<PlanCompareSummary[]> {
  return (await FileAttachment("../compare/plans.json").json()).plans;
}
