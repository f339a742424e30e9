// Observable Framework configuration. See DEVELOPERS.md, "Offline build": nothing here may load from a CDN.
import {configuredPlan, readPlanMeta} from "./src/data/plan-files.js";

const meta = readPlanMeta(configuredPlan());
const cite = [meta.issuer, meta.title ? `《${meta.title}》` : null, meta.number, meta.date].filter(Boolean).join(" · ");

export default {
  root: "src",
  output: "dist",
  title: `Plan explorer · ${meta.number ?? "实施方案"}`,
  // The default global stylesheets load web fonts from a CDN; ours imports Inputs' CSS from node_modules.
  globalStylesheets: [],
  style: "style.css",
  pages: [
    {name: "Overview · 概览", path: "/"},
    {name: "Data tables · 数据表", path: "/data"}
  ],
  footer: cite ? `Source: ${cite}` : "",
  search: false,
  linkify: true,
  preserveExtension: true
};
