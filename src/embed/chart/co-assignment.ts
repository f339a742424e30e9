// The chart embed "co-assignment" (/embed/co-assignment.html, src/embed/[chart].md): the departments of one plan that
// share items. One module per chart, imported by its page alone, so that a page registers only the files its chart
// reads (issue 16, goal 3).
import {sitePage} from "../common.js";
import {planOf} from "../charts.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [{plan, other, department}, {coassignmentNetwork}] = await Promise.all([
    planOf(o),
    import("../../components/coassignmentNetwork.js")
  ]);
  const threshold = o.threshold ?? 1;
  return {
    title: t(
      `Departments that share at least ${threshold} item${threshold > 1 ? "s" : ""}`,
      `部门协同网络（共担条目不少于${threshold}个）`
    ),
    chart: coassignmentNetwork(plan, {
      threshold,
      language: o.language,
      highlight: {department: department?.name},
      width: Math.min(o.width, 900)
    }),
    plan,
    link: {
      href: sitePage(
        "network.html",
        {department: department?.name, threshold: threshold === 1 ? null : String(threshold)},
        other
      ),
      en: "Network",
      zh: "责任网络"
    }
  };
}
