/**
 * The Embed page's choice of plan (src/embeds.md), shown as the header's plan picker is (src/page/planPicker.ts): a
 * <details> whose summary names the plan chosen, and whose list of every plan (data/plans.json, the picker's list:
 * name, label, title) is fetched the first time it is opened, through /embed/sitePlans.js, a module imported by a
 * computed address: so the page registers and loads no file of every plan, only the plan it shows (issue 16, goal 3:
 * no page's weight grows with the number of plans).
 *
 * It is a view for Framework's `view()`: `value` is the name of the plan chosen, and choosing another in the list sets
 * it and dispatches an "input" event. If the list cannot be fetched, the list says so and the plan stays as it is.
 */
import {elementMaker} from "../components/element.js";
import type {PlanListEntry} from "./planPicker.js";

export interface PlanChooserOptions {
  /** The plan chosen first, with its label (number, else title) and title (jurisdiction · title): pickerEntry. */
  value: PlanListEntry;
  /** The text before the plan's label, in the page's language ("Plan", "方案"). */
  label: string;
  /** The message when the list cannot be fetched (followed by the error's own). */
  failed: string;
  /** The list of every plan; by default the site's (data/plans.json through /embed/sitePlans.js). For tests. */
  list?: () => Promise<PlanListEntry[]>;
  document?: Document;
}

/** The site's list of plans, through /embed/sitePlans.js (src/embed/sitePlans.ts) at a computed address. */
async function siteList(): Promise<PlanListEntry[]> {
  // This module is served at <site>/_import/page/planChooser.<hash>.js.
  const module = await import(/* @vite-ignore */ new URL("../../embed/sitePlans.js", import.meta.url).href);
  return module.sitePlanList();
}

/** The chooser (see above): an element whose `value` is the plan chosen. */
export function planChooser({
  value,
  label,
  failed,
  list = siteList,
  document = globalThis.document
}: PlanChooserOptions): HTMLElement & {value: string} {
  const el = elementMaker(document);
  const current = el("b", {class: "plan-chooser-current"});
  const title = el("span", {class: "muted small plan-chooser-title"});
  const items = el("ul", {"aria-busy": "true"});
  const details = el(
    "details",
    {},
    el("summary", {}, `${label}: `, current, " ", title),
    el("div", {class: "plan-chooser-menu"}, items)
  );
  const root = el("div", {class: "plan-chooser", "data-plan-chooser": ""}, details) as HTMLElement & {value: string};
  let chosen = value;
  const show = (entry: PlanListEntry) => {
    chosen = entry;
    current.textContent = entry.label;
    title.textContent = entry.title;
    root.dataset.plan = entry.name;
    for (const b of items.querySelectorAll("button"))
      if (b.dataset.plan === entry.name) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
  };
  Object.defineProperty(root, "value", {get: () => chosen.name});
  show(value);
  let loading: Promise<void> | null = null;
  details.addEventListener("toggle", () => {
    if (!details.open || loading) return;
    loading = list().then(
      (entries) => {
        items.removeAttribute("aria-busy");
        items.replaceChildren(
          ...entries.map((entry) => {
            const button = el(
              "button",
              {type: "button", "data-plan": entry.name},
              el("b", {}, entry.label),
              " ",
              el("span", {class: "muted small"}, entry.title)
            );
            button.addEventListener("click", () => {
              details.open = false;
              if (entry.name === chosen.name) return;
              show(entry);
              root.dispatchEvent(new Event("input", {bubbles: true}));
            });
            return el("li", {}, button);
          })
        );
        show(chosen);
      },
      (error: unknown) => {
        loading = null;
        items.removeAttribute("aria-busy");
        items.replaceChildren(
          el("li", {class: "warning"}, `${failed} ${error instanceof Error ? error.message : String(error)}`)
        );
      }
    );
  });
  return root;
}
