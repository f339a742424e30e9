// The chart embed "force-network" (/embed/force-network.html, src/embed/[chart].md): one plan's responsibility network.
// One module per chart, imported by its page alone, so that a page registers only the files its chart reads (issue 16,
// goal 3).
import {sitePage} from "../common.js";
import {planOf} from "../charts.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [{plan, other, department}, {forceNetwork}] = await Promise.all([
    planOf(o),
    import("../../components/forceNetwork.js")
  ]);
  const showImplicit = o.showImplicit ?? true;
  return {
    title: t("The responsibility network", "责任网络"),
    // A static layout (the simulation run to its end): the same drawing on every load, no animation to wait for.
    chart: forceNetwork(plan, {
      showImplicit,
      language: o.language,
      highlight: {department: department?.name},
      width: o.width,
      height: 620,
      ticks: 300
    }),
    plan,
    link: {
      href: sitePage("network.html", {department: department?.name, implicit: showImplicit ? null : "hide"}, other),
      en: "Network",
      zh: "责任网络"
    }
  };
}
