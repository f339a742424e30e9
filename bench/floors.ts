/**
 * The floors of goal 4 of issue 16 (time to first chart): for each page that draws a chart, a page with the same
 * imports that draws only that page's first chart, from the same data file(s), with the same arguments. The ratio
 * page ÷ floor is then the cost of everything else on the page (other cells, other data, inputs, tables, text).
 *
 * The floors are written by the harness into a copy of the site (bench/planSites.ts makeSite) next to the page they
 * stand for (src/<page>--floor.md), so that relative imports and FileAttachment paths resolve as the page's do;
 * they are never stored in src/. What each floor draws is written below, one entry per page: the data its chart
 * reads, the lines computing the chart's arguments (copied from the page) and the chart call. The page's imports
 * are copied from the page itself (every `import …;` line of its ```js blocks), so a floor loads the same modules.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

export interface FloorSpec {
  /** The page's source, relative to src/ ("index.md", "compare/plans.md"). */
  page: string;
  /** The data files the first chart reads, as the page names them to FileAttachment, each with its variable. */
  data: [variable: string, file: string][];
  /** Lines computing the chart's arguments, as the page computes them (language, plan … are defined). */
  setup?: string;
  /** An expression: the chart element (as the page draws it, without the chart card around it). */
  chart: string;
}

/** One floor per page of this site that draws a chart; the first chart each page draws on opening. */
export const FLOORS: FloorSpec[] = [
  {
    page: "index.md",
    data: [["plan", "data/plan.json"]],
    chart: "resize((width) => chapterBars(itemsPerChapter(plan), {width, language}))"
  },
  {
    page: "responsibilities.md",
    data: [["plan", "data/plan.json"]],
    setup: 'const order = orderMatrix(plan, "document", {includeImplicit: true});',
    chart:
      "responsibilityMatrix(plan, {order, showImplicit: true, language, highlight: {department: undefined, item: undefined}, width: width < 640 ? undefined : Math.max(640, width - 40)})"
  },
  {
    page: "network.md",
    data: [["plan", "data/plan.json"]],
    setup: 'const bipartiteOrder = orderMatrix(plan, "similarity", {includeImplicit: true});',
    chart:
      "resize((width) => bipartiteNetwork(plan, {order: bipartiteOrder, showImplicit: true, language, highlight: {department: undefined}, width: Math.max(640, width)}))"
  },
  {
    page: "departments.md",
    data: [
      ["plan", "data/plan.json"],
      ["measures", "data/departments.json"]
    ],
    setup: "const department = measures.toSorted((a, b) => b.items - a.items)[0]?.name;",
    chart: "egoView(egoNetwork(plan, department), {width, departments: plan.departments, language})"
  },
  {
    page: "indicators.md",
    data: [
      ["plan", "data/plan.json"],
      ["monitoring", "data/monitoring.json"]
    ],
    setup:
      'const rows = comparisonRows(monitoring.indicators, `${plan.document.docNumber}`, (i) => `${i.id} ${language === "en" ? (i.nameEn ?? i.name) : i.name}`);',
    chart: "resize((width) => targetComparison(rows, {width, language}))"
  },
  {
    page: "progress.md",
    data: [["monitoring", "data/monitoring.json"]],
    setup: [
      "const asOf = new Date().getFullYear();",
      "const first = monitoring.indicators.map((i) => ({indicator: i, ...indicatorProgress(i, monitoring.observations.rows, {asOf})})).find((p) => p.series);"
    ].join("\n"),
    chart: 'html`<div class="multiple">${progressChart(first.series, {compact: true, width: 260, language})}</div>`'
  },
  {
    page: "embeds.md",
    data: [],
    // The page's first preview: the matrix embed of the site's plan, the department and width the page starts with.
    chart: 'await Matrix({plan: null, department: "市市场监督管理局", chapter: null, language: null, width: 900})'
  },
  {
    page: "embed/bipartite.md",
    data: [],
    setup: "const options = urlOptions();",
    chart: "await Bipartite({...options, width: Math.min(options.width ?? width, width) || options.width})"
  },
  {
    page: "compare/plans.md",
    data: [["summary", "plans.json"]],
    setup: [
      "const plans = comparedPlans(summary.plans, readComparison().plans);",
      "const timeline = plans.map((p) => ({plan: p.plan, label: planLabel(p), date: p.date, level: p.level}));"
    ].join("\n"),
    chart: "resize((width) => plansTimeline(timeline, {width, language}))"
  },
  {
    page: "compare/responsibilities.md",
    data: [["summary", "plans.json"]],
    setup: [
      "const plans = comparedPlans(summary.plans, readComparison().plans);",
      "const columns = plans.map((p) => ({plan: p.plan, label: planLabel(p)}));",
      'const cells = kindCells(plans, "lead");'
    ].join("\n"),
    chart: "resize((width) => kindHeatmap(cells, {plans: columns, width, language}))"
  },
  {
    page: "compare/indicators.md",
    data: [["comparison", "indicator-view.json"]],
    setup: [
      "const labelOf = (plan) => comparison.labels[plan] ?? plan;",
      "const L = (label) => localize(label, language);",
      'const short = (label, narrow) => (narrow && language === "both" ? label.zh : L(label));',
      'const whoOf = (f, narrow = false) => (f.side === "plan" ? labelOf(f.who) : `${f.who} ${short(BENCHMARK_KIND_LABELS[f.kind], narrow)}${f.kind === "observation" ? ` ${f.year}` : ""}`);',
      "const c = comparison.cards[0];",
      "const figures = c.figures;",
      "const rows = (narrow) => figures.filter((f) => f.value !== null).map((f) => ({...f, who: whoOf(f, narrow)}));"
    ].join("\n"),
    chart: "resize((width) => indicatorDots(rows(width < 560), {width, limit: c.limit}))"
  }
];

/** The floor's file name for a page: "compare/plans.md" → "compare/plans--floor.md" (served as plans--floor.html). */
export const floorPath = (page: string) => page.replace(/\.md$/, "--floor.md");

/** The page's front matter (--- … ---), its <style> blocks and its `import …;` lines, as written. */
function pageParts(source: string): {frontMatter: string; styles: string; imports: string[]} {
  const frontMatter = source.match(/^---\n[\s\S]*?\n---\n/)?.[0] ?? "";
  const styles = [...source.matchAll(/<style>[\s\S]*?<\/style>/g)].map((m) => m[0]).join("\n");
  const imports: string[] = [];
  for (const block of source.matchAll(/```js\n([\s\S]*?)```/g))
    for (const line of block[1].split("\n")) if (/^import\s[^;]*;\s*$/.test(line)) imports.push(line);
  return {frontMatter, styles, imports};
}

/** The floor page of `spec`, from the page's source. */
export function floorPage(spec: FloorSpec, source: string): string {
  const {frontMatter, styles, imports} = pageParts(source);
  // Preloaded as the page preloads them: a page's <link rel="preload"> for the same files, kept as written.
  const preloads = [...source.matchAll(/<link rel="preload" href="([^"]+)"[^>]*>/g)]
    .filter((m) => spec.data.some(([, file]) => m[1].replace(/^\.\//, "").endsWith(file)))
    .map((m) => m[0]);
  const needsLanguage =
    /\blanguage\b/.test(spec.chart + (spec.setup ?? "")) && !/\bconst language\b/.test(spec.setup ?? "");
  return [
    frontMatter,
    `<!-- The floor of ${spec.page} (bench/floors.ts): its imports, its first chart alone. -->`,
    ...preloads,
    styles,
    "",
    "```js",
    ...imports,
    "```",
    "",
    "```js",
    ...(needsLanguage ? [`const language = currentLanguage();`] : []),
    ...spec.data.map(([variable, file]) => `const ${variable} = await FileAttachment(${JSON.stringify(file)}).json();`),
    ...(spec.setup ? [spec.setup] : []),
    `display(${spec.chart});`,
    "```",
    ""
  ].join("\n");
}

/** Writes every floor of FLOORS into the site copy `dir` (src/<page>--floor.md); returns the pages written. */
export function writeFloors(dir: string, specs: FloorSpec[] = FLOORS): string[] {
  for (const spec of specs) {
    const source = readFileSync(join(dir, "src", spec.page), "utf8");
    writeFileSync(join(dir, "src", floorPath(spec.page)), floorPage(spec, source));
  }
  return specs.map((s) => s.page);
}
