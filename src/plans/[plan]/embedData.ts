// One plan's data for the embeds (src/embed/common.ts): built as /plans/<plan>/embedData.js for every plan (the
// config's dynamicPaths), so that an embed given {plan: "<plan>"} imports this module and reads that plan's files,
// whose addresses carry content hashes only the build knows. "data/…" is the plan's archive (./data.zip.ts).
import {FileAttachment} from "observablehq:stdlib";

/** The plan's data/plan.json: the plan model with its name and metadata. */
export const fetchPlan = () => FileAttachment("data/plan.json").json();

/** The plan's data/monitoring.json (src/lib/monitoring.ts). */
export const fetchMonitoring = () => FileAttachment("data/monitoring.json").json();

/** The plan's data/lineage.json (src/dataFiles/site-files.ts planLineageFile): its label and items, for lineage. */
export const fetchLineage = () => FileAttachment("data/lineage.json").json();
