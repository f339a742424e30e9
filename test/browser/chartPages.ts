// The site's pages with charts (chart cards, each with a Share dialog), one list for every browser test that walks
// them (chartEmbeds.test.ts, share.test.ts): a page given a chart adds itself here once.

/** A plan other than the one the site opens on: its own pages' charts name it in their iframe code. */
export const OTHER_PLAN = "qingpu-2024-firesafety";

/** The pages of the plan the site opens on that draw charts (the departments page with one chosen, for its chart). */
export const PLAN_CHART_PAGES = [
  "index.html",
  "responsibilities.html",
  "network.html",
  "departments.html?department=%E5%B8%82%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80",
  "indicators.html",
  "progress.html?indicator=I7"
];

/** The compare pages, whose charts draw every plan of the site. */
export const COMPARE_CHART_PAGES = [
  "compare/plans.html",
  "compare/indicators.html",
  "compare/responsibilities.html",
  "compare/lineage.html"
];

/** Another plan's own pages with charts (the same pages under plans/<name>/). */
export const OTHER_PLAN_CHART_PAGES = ["index.html", "responsibilities.html", "network.html"].map(
  (page) => `plans/${OTHER_PLAN}/${page}`
);

/** Every page with charts: the plan's, the compare pages, and another plan's own. */
export const CHART_PAGES = [...PLAN_CHART_PAGES, ...COMPARE_CHART_PAGES, ...OTHER_PLAN_CHART_PAGES];
