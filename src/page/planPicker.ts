/**
 * The plan picker of every page's header, and the script that makes a page under /plans/<plan>/ stay in its plan.
 *
 * Addresses: the site opens on the configured plan at / (/responsibilities, /departments/<id> …, as it always
 * has); every plan, the configured one included, also has the same pages at /plans/<plan>/ (/plans/<plan>/,
 * /plans/<plan>/responsibilities, /plans/<plan>/departments/<id> …), so that a link to one plan's view can be
 * shared. The pages that are not about one plan (load, embed, compare) are only at the root.
 *
 * The header (Framework's `header` option, a function of the page's path) is the same size whatever the number of
 * plans (issue 16, goal 3: no page's weight grows with the number of plans): a <details> whose summary names the
 * plan of the page (built per page: the plan of /plans/<plan>/…, else the configured one) and the number of plans,
 * and whose menu holds a link to the Plans page (/compare/plans, every plan with a link to its overview: what a
 * reader without scripts uses) and a link to the list of plans as JSON (data/plans.json, `planList`, about 150 B a
 * plan), which the script fetches the first time the picker is opened. It then lists every plan with a link to the
 * same page of that plan (a department brief to the plan's departments page: the other plan may not name the
 * department). On a page under /plans/<plan>/ the script also points the sidebar's links to that plan's pages.
 */

import type {LoadedPlan} from "../dataFiles/plan-files.js";
import {planHeader} from "../lib/planHeader.js";
import {COUNTED_NOUNS} from "../lib/vocabulary.js";

/** The pages every plan has, at / for the configured plan and at /plans/<plan>/ for each ("/" is the overview). */
export const PLAN_PAGES = [
  "/",
  "/responsibilities",
  "/network",
  "/departments",
  "/indicators",
  "/targets",
  "/progress",
  "/ledger",
  "/source",
  "/data"
];

export interface PickerEntry {
  /** The plan's name: data/plans/<name>.txt, its folder /plans/<name>/. */
  name: string;
  /** Short: the document number, else the title. */
  label: string;
  /** Long: jurisdiction and title. */
  title: string;
  /** The footer's source line: issuer, title, number, date. */
  cite: string;
}

/** A plan's entry in the picker: label (its number, else its title), title (jurisdiction and title), source line. */
export function pickerEntry({name, meta, model}: LoadedPlan): PickerEntry {
  const {title, docNumber, issuer, date} = planHeader(meta, model.document);
  return {
    name,
    label: docNumber ?? title ?? name,
    title: [meta.jurisdiction, title].filter(Boolean).join(" · "),
    cite: [issuer, title ? `《${title}》` : null, docNumber, date].filter(Boolean).join(" · ")
  };
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]!);

/** What the picker's list (data/plans.json) holds of each plan, in the order of the plans' names. */
export type PlanListEntry = Pick<PickerEntry, "name" | "label" | "title">;

/** The picker's list of plans (data/plans.json): name, label and title of each. */
export function planList(entries: PickerEntry[]): PlanListEntry[] {
  return entries.map(({name, label, title}) => ({name, label, title}));
}

/**
 * The pages that show no one plan of the site: the load page (a plan the user pastes) and the compare pages (every
 * plan). Their picker names no plan and their footer cites none.
 */
export const SITE_PAGES = /^\/(load|compare\/.*)$/;

/**
 * The plan a page shows, from its path: the plan of /plans/<plan>/…, null on a page about no one plan of the site
 * (SITE_PAGES), else the configured plan.
 */
export function planOfPath(path: string, defaultPlan: string): string | null {
  const m = /^\/plans\/([^/]+)\//.exec(path);
  return m ? m[1] : SITE_PAGES.test(path) ? null : defaultPlan;
}

/**
 * The picker's HTML for a page showing `current` (its label and title; null on a page about no one plan: "Plans
 * (N)"), in a site of `count` plans whose root pages are `defaultPlan`'s: the same size for 2 plans or 2,000 (see above). The list is filled by planScript on open.
 */
export function planPickerHtml(current: PickerEntry | null, count: number, defaultPlan: string): string {
  const summary = current
    ? `<span class="en">Plan</span><span class="zh">方案</span>: <b class="plan-picker-current" title="${escape(current.title)}">${escape(current.label)}</b>`
    : `<span class="en">Plans</span><span class="zh">方案</span>`;
  return (
    `<details class="plan-picker" data-default="${escape(defaultPlan)}"${current ? ` data-plan="${escape(current.name)}"` : ""}>` +
    `<summary>${summary} <span class="muted">(${count})</span></summary><div class="plan-picker-menu"><ul></ul>` +
    `<a class="plan-picker-all" href="/compare/plans"><span class="en">All ${count} ${COUNTED_NOUNS.plan[count === 1 ? "one" : "other"]}</span><span class="zh">全部 ${count} 个方案</span></a>` +
    `<a class="plan-picker-list" href="/data/plans.json" download hidden>plans.json</a></div></details>`
  );
}

/** The script that keeps a page in its plan (see above); `pages` are PLAN_PAGES. */
export function planScript(pages: string[] = PLAN_PAGES): string {
  const names = pages.map((p) => p.slice(1));
  return `<script>(() => {
const pages = new Set(${JSON.stringify(names)});
const clean = (p) => p.replace(/\\.html$/, "").replace(/(^|\\/)index$/, "$1");
const planPage = (p) => pages.has(p) || /^departments\\/[^/]+$/.test(p);
addEventListener("DOMContentLoaded", () => {
  const picker = document.querySelector(".plan-picker");
  const all = picker?.querySelector("a.plan-picker-all");
  if (!all) return;
  const at = new URL(all.href).pathname;
  const base = at.slice(0, at.search(/compare\\/plans(\\.html)?$/));
  const ext = location.pathname.endsWith(".html") ? ".html" : "";
  const rel = clean(decodeURIComponent(location.pathname.slice(base.length)));
  const m = /^plans\\/([^/]+)\\/(.*)$/.exec(rel);
  const plan = m ? m[1] : picker.dataset.plan; // none on the load and compare pages
  const page = m ? m[2] : rel;
  const href = (name, p) => base + "plans/" + encodeURIComponent(name) + "/" + (p ? p + ext : "");
  const target = (name) => planPage(page) ? href(name, /^departments\\//.test(page) && name !== plan ? "departments" : page) + location.hash : href(name, "");
  let list = null;
  const fill = () => {
    if (list) return list;
    const ul = picker.querySelector("ul");
    ul.setAttribute("aria-busy", "true");
    list = fetch(picker.querySelector("a.plan-picker-list").href).then((r) => {
      if (!r.ok) throw new Error(r.status + " " + r.statusText);
      return r.json();
    }).then((plans) => {
      for (const p of plans) {
        const li = document.createElement("li");
        const a = li.appendChild(document.createElement("a"));
        a.href = target(p.name);
        a.dataset.plan = p.name;
        a.title = p.title;
        a.textContent = p.label;
        if (p.name === plan) a.setAttribute("aria-current", "page");
        const t = li.appendChild(document.createElement("span"));
        t.className = "muted";
        t.textContent = " " + p.title;
        ul.appendChild(li);
      }
    }, (error) => { list = null; console.warn("plan list: " + error.message); }).finally(() => ul.removeAttribute("aria-busy"));
    return list;
  };
  picker.addEventListener("toggle", () => { if (picker.open) fill(); });
  if (!m) return;
  document.documentElement.dataset.plan = plan;
  for (const a of document.querySelectorAll("#observablehq-sidebar a[href], .observablehq-pager a[href]")) {
    const u = new URL(a.href, location.href);
    if (u.origin !== location.origin || !u.pathname.startsWith(base)) continue;
    const p = clean(decodeURIComponent(u.pathname.slice(base.length)));
    if (!planPage(p)) continue;
    a.href = href(plan, p) + u.search + u.hash;
    const li = a.closest("li");
    if (li && p === page) li.classList.add("observablehq-link-active");
  }
});
})();</script>`;
}
