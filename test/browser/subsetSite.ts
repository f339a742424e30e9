// A site of some of the shipped plans, for the tests of how the pages read with fewer plans: a temporary copy of the
// project (its own src/ and so its own Framework cache, a data/plans/ of the plans named, the reference and
// progress files as shipped, node_modules linked) built and sealed as `npm run build` does, into its own dist/.
// data/ and src/.observablehq/cache/ of the project are never touched, so a dev server or another build running
// at the same time is not fed these plans. One build per site; the caller removes it (remove()).
import {rmSync} from "node:fs";
import {join} from "node:path";
import {buildPlanSite, makeSite, type SitePlan} from "../../bench/planSites.js";

export interface SubsetSite {
  /** The temporary project: its data/plans/ holds the plans of the site. */
  root: string;
  /** The built site (root/dist). */
  dist: string;
  /** The build's log (stdout and stderr), for a failure's message. */
  log: string;
  remove(): void;
}

/**
 * Builds the site of `plans` (names of data/plans/<name>.txt with their .meta.json, or SitePlans naming another
 * folder), opening on `defaultPlan`
 * (the first plan when not given), in a new temporary folder (bench/planSites.ts makes it, `npm run build` builds
 * and seals it). Throws with the build's last lines when it fails.
 */
export async function buildSubsetSite(
  plans: (string | SitePlan)[],
  defaultPlan = typeof plans[0] === "string" ? plans[0] : plans[0].from
): Promise<SubsetSite> {
  const root = makeSite(
    plans.map((p) => (typeof p === "string" ? {from: p} : p)),
    {defaultPlan}
  );
  const remove = () => rmSync(root, {recursive: true, force: true});
  try {
    const {output} = await buildPlanSite(root);
    return {root, dist: join(root, "dist"), log: output, remove};
  } catch (error) {
    remove();
    throw error;
  }
}
