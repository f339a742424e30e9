// Observable Framework configuration. Nothing here may load from a CDN: `npm run check:offline` (test/offline.ts)
// checks the built site.
import {languageScript} from "./src/page/language.js";
import {
  PLAN_PAGES,
  type PickerEntry,
  pickerEntry,
  planOfPath,
  planPickerHtml,
  planScript
} from "./src/page/planPicker.js";
import {departmentSlug} from "./src/lib/slug.js";
import {CHART_EMBEDS} from "./src/embed/code.js";
import type {LoadedPlan} from "./src/dataFiles/plan-files.js";
import {failureLines, planNamed, readPlanSet} from "./src/dataFiles/plan-set.js";

// Every plan of data/plans, parsed once for the whole build (the loaders read the same parse); a plan that cannot
// be read is named in the build log and left out, and the others are built.
const set = await readPlanSet();
for (const line of failureLines(set)) console.warn(line);
if (!set.defaultPlan) throw new Error("data/plans: no plan could be read (see the lines above)");
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0072B2"/>' +
  '<path d="M4 5h8M4 8h8M4 11h5" stroke="#fff" stroke-width="1.6"/></svg>';
const briefs = (plan: LoadedPlan) => plan.model.departments.map((d) => `/departments/${departmentSlug(d)}`);
// The picker names the plan of each page (its list is data/plans.json, fetched on open: src/data.zip.ts).
const entries = new Map<string, PickerEntry>(set.plans.map((plan) => [plan.name, pickerEntry(plan)]));
const entryOfPath = (path: string): PickerEntry | null => {
  const plan = planOfPath(path, set.defaultPlan!);
  return plan === null ? null : (entries.get(plan) ?? entries.get(set.defaultPlan!)!);
};

export default {
  root: "src",
  // DIST_DIR: another output folder (a test build of other plans; the browser tests serve the same variable).
  output: process.env.DIST_DIR ?? "dist",
  // The site shows several plans: the picker in the header names the one on screen.
  title: "Plan explorer · 方案浏览器",
  // The default global stylesheets load web fonts from a CDN; ours imports Inputs' CSS from node_modules.
  globalStylesheets: [],
  style: "style.css",
  pages: [
    {name: "Overview · 概览", path: "/"},
    {name: "Responsibility matrix · 责任矩阵", path: "/responsibilities"},
    {name: "Network · 责任网络", path: "/network"},
    {name: "Departments · 部门", path: "/departments"},
    {name: "Indicators · 主要指标", path: "/indicators"},
    {name: "Sector targets · 量化目标", path: "/targets"},
    {name: "Progress · 进展监测", path: "/progress"},
    {name: "Task ledger · 任务台账", path: "/ledger"},
    {name: "Source text · 原文", path: "/source"},
    {name: "Load your own plan · 载入方案", path: "/load"},
    {name: "Embed a chart · 嵌入图表", path: "/embeds"},
    {name: "Data tables · 数据表", path: "/data"},
    {
      name: "Compare · 比较",
      pages: [
        {name: "Plans · 方案一览", path: "/compare/plans"},
        {name: "Indicators across plans · 指标比较", path: "/compare/indicators"},
        {name: "Responsibilities across plans · 责任比较", path: "/compare/responsibilities"},
        {name: "Lineage · 承袭关系", path: "/compare/lineage"}
      ]
    }
  ],
  dynamicPaths: [
    // One brief per department of the plan the site opens on, and the chart modules other sites import.
    ...briefs(planNamed(set, set.defaultPlan)),
    ...["matrix", "bipartite", "ego", "progress"].map((name) => `/embed/${name}.js`),
    // The list of plans an embed reads only to name them for an unknown plan (src/embed/sitePlans.ts).
    "/embed/sitePlans.js",
    // The iframe page of every other chart (src/embed/[chart].md).
    ...CHART_EMBEDS.map((name) => `/embed/${name}`),
    // Each plan's data for the embeds' plan option (src/plans/[plan]/embedData.ts).
    ...set.plans.map((plan) => `/plans/${plan.name}/embedData.js`),
    // Every plan's pages and briefs at /plans/<name>/… (src/plans/[plan]/: the root pages, linked).
    ...set.plans.flatMap((plan) =>
      [...PLAN_PAGES, ...briefs(plan)].map((path) => `/plans/${plan.name}${path === "/" ? "/" : path}`)
    )
  ],
  // The language switch and the first reading of the chosen language, before anything renders; the script that
  // keeps a page under /plans/<name>/ in its plan. A favicon inline (three lines on blue, a ledger): no file to
  // fetch, so no /favicon.ico 404.
  // In base64: Framework rewrites a head link as encodeURI(decodeURI(href)), which escapes the % of %3D, %3A, %2F and
  // %23 again (an icon the browser cannot decode); base64's characters pass unchanged.
  head:
    `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(FAVICON).toString("base64")}">` +
    languageScript() +
    planScript(),
  // The plan picker: which plan is on screen, and the same page of every other plan; the footer cites the page's plan.
  header: ({path}: {path: string}) => planPickerHtml(entryOfPath(path), set.plans.length, set.defaultPlan!),
  footer: ({path}: {path: string}) => {
    const cite = entryOfPath(path)?.cite;
    return cite ? `Source: ${cite}` : "";
  },
  // A TypeScript data loader runs in one Node process with tsx's hooks, not through the tsx command (Framework's
  // default), which starts a second Node process for it: about a quarter of a loader's CPU time, and a build runs
  // one loader for each plan (src/plans/[plan]/data.zip.ts) besides the six of the site. The same output.
  interpreters: {".ts": ["node", "--no-warnings=ExperimentalWarning", "--import", "tsx/esm"]},
  search: false,
  linkify: true,
  preserveExtension: true
};
