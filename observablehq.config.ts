// Observable Framework configuration. Nothing here may load from a CDN: `npm run check:offline` (test/offline.ts)
// checks the built site.
import {configuredPlan, parseDataPlan} from "./src/loaders/plan-files.js";
import {languageScript} from "./src/components/language.js";
import {departmentSlug} from "./src/lib/slug.js";

const {meta, model} = parseDataPlan(configuredPlan());
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0072B2"/>' +
  '<path d="M4 5h8M4 8h8M4 11h5" stroke="#fff" stroke-width="1.6"/></svg>';
const cite = [meta.issuer, meta.title ? `《${meta.title}》` : null, meta.number, meta.date].filter(Boolean).join(" · ");

export default {
  root: "src",
  output: "dist",
  title: `Plan explorer · ${meta.number ?? model.document.docNumber ?? "实施方案"}`,
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
    {name: "Data tables · 数据表", path: "/data"}
  ],
  // One brief per department, and the chart modules other sites import (/embed/matrix.js …).
  dynamicPaths: [
    ...model.departments.map((d) => `/departments/${departmentSlug(d)}`),
    ...["matrix", "bipartite", "ego", "progress"].map((name) => `/embed/${name}.js`)
  ],
  // The language switch and the first reading of the chosen language, before anything renders.
  // A favicon inline (three lines on blue, a ledger): no file to fetch, so no /favicon.ico 404.
  head: `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(FAVICON)}">` + languageScript(),
  // No header. null rather than Framework's default "": an empty string is still parsed as HTML for every page.
  header: null,
  footer: cite ? `Source: ${cite}` : "",
  search: false,
  linkify: true,
  preserveExtension: true
};
