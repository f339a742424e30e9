/**
 * The plan picker of every page's header, and the script that makes a page under /plans/<plan>/ stay in its plan.
 *
 * Addresses: the site opens on the configured plan at / (/responsibilities, /departments/<id> …, as it always
 * has); every plan, the configured one included, also has the same pages at /plans/<plan>/ (/plans/<plan>/,
 * /plans/<plan>/responsibilities, /plans/<plan>/departments/<id> …), so that a link to one plan's view can be
 * shared. The pages that are not about one plan (load, embed, compare) are only at the root.
 *
 * The header is the same HTML on every page (it is Framework's `header` option): a <details> listing each plan
 * with a link to its overview, which works without a script. The script (in the head) then, on each page: names
 * the plan on screen in the picker's summary, points each plan's link to the same page of that plan (a department
 * brief to the plan's departments page: the other plan may not name the department), and, on a page under
 * /plans/<plan>/, points the sidebar's links to that plan's pages and the footer to that plan's source.
 */

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

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]!);

/** The picker's HTML: a <details> with one link per plan; `defaultPlan` is the plan of the root pages. */
export function planPickerHtml(entries: PickerEntry[], defaultPlan: string): string {
  const current = entries.find((e) => e.name === defaultPlan);
  const items = entries
    .map(
      (e) =>
        `<li><a href="/plans/${escape(e.name)}/" data-plan="${escape(e.name)}" data-cite="${escape(e.cite)}" title="${escape(e.title)}">${escape(e.label)}</a> <span class="muted">${escape(e.title)}</span></li>`
    )
    .join("");
  return (
    `<details class="plan-picker" data-default="${escape(defaultPlan)}">` +
    `<summary><span class="en">Plan</span><span class="zh">方案</span>: <b class="plan-picker-current">${escape(current?.label ?? defaultPlan)}</b>` +
    ` <span class="muted">(${entries.length})</span></summary><ul>${items}</ul></details>`
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
  const first = picker?.querySelector("a[data-plan]");
  if (!first) return;
  const at = new URL(first.href).pathname;
  const base = at.slice(0, at.lastIndexOf("plans/" + first.dataset.plan + "/"));
  const ext = location.pathname.endsWith(".html") ? ".html" : "";
  const rel = clean(decodeURIComponent(location.pathname.slice(base.length)));
  const m = /^plans\\/([^/]+)\\/(.*)$/.exec(rel);
  const plan = m ? m[1] : picker.dataset.default;
  const page = m ? m[2] : rel;
  const href = (name, p) => base + "plans/" + encodeURIComponent(name) + "/" + (p ? p + ext : "");
  for (const a of picker.querySelectorAll("a[data-plan]")) {
    const name = a.dataset.plan;
    if (planPage(page)) a.href = href(name, /^departments\\//.test(page) && name !== plan ? "departments" : page) + location.hash;
    if (name === plan) {
      a.setAttribute("aria-current", "page");
      picker.querySelector(".plan-picker-current").textContent = a.textContent;
      if (m) { const f = document.querySelector("#observablehq-footer"); if (f && a.dataset.cite) f.textContent = "Source: " + a.dataset.cite; }
    }
  }
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
