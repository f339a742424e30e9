// The names of every plan of the site, for the error an embed gives for a plan the site does not have
// (src/embed/common.ts): built as /embed/sitePlans.js (the config's dynamicPaths) and imported by that computed
// address, so that Framework registers data/plans.json on no embed page (issue 16, goal 3: a page loads only the
// plan it shows); fetched only when a plan option names no plan of the site.
import {FileAttachment} from "observablehq:stdlib";

/** Every plan's name, in the order of data/plans.json (the plan picker's list: src/page/planPicker.ts). */
export async function sitePlanNames(): Promise<string[]> {
  const list: {name: string}[] = await FileAttachment("../data/plans.json").json();
  return list.map((p) => p.name);
}
