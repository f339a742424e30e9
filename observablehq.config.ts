// Observable Framework configuration. See DEVELOPERS.md, "Offline build": nothing here may load from a CDN.
export default {
  root: "src",
  output: "dist",
  title: "Plan explorer · 延政发〔2024〕8号",
  // The default global stylesheets load web fonts from a CDN; ours imports Inputs' CSS from node_modules.
  globalStylesheets: [],
  style: "style.css",
  pages: [
    {name: "Overview · 概览", path: "/"},
    {name: "Data tables · 数据表", path: "/data"}
  ],
  footer: "Source: 延安市人民政府《延安市关于贯彻落实〈质量强国建设纲要〉的实施方案》(延政发〔2024〕8号, 2024-03-26).",
  search: false,
  linkify: true,
  preserveExtension: true
};
