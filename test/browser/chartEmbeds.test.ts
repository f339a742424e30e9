// Every chart's iframe code (issue 14): each chart card of the site's pages gives, in its Share dialog, iframe code
// whose height is measured from a preview; the page that code loads draws that chart (an svg or canvas of some
// size, under the chart's title) with no console error at 1440 and at 390 px, and scrolls no page sideways; the
// embeds of the four chart modules (matrix, bipartite, ego, progress) follow ?language= as the others do.
// Needs a build first (npm run build).
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {CHART_EMBEDS} from "../../src/embed/code.ts";
import {CHART_PAGES, OTHER_PLAN} from "./chartPages.ts";
import {expectNoSidewaysScroll, SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const VIEWPORTS = [
  {width: 1440, height: 900},
  {width: 390, height: 844}
];

interface Code {
  page: string;
  card: string;
  src: string;
  title: string;
  height: number;
}

/** The iframe code of one card of each kind on the page: its address, title and the height measured. */
async function iframeCodes(page: Page, path: string): Promise<{codes: Code[]; missing: string[]}> {
  const codes: Code[] = [];
  const missing: string[] = [];
  const cards = page.locator("figure.chart-card");
  const seen = new Set<string>();
  for (let i = 0; i < (await cards.count()); ++i) {
    const card = cards.nth(i);
    const name = (await card.getAttribute("data-export"))!;
    const kind = name.replace(/-(I\d+|[^-]*[^\x00-\x7f][^-]*)$/, "-*");
    if (seen.has(kind)) continue;
    seen.add(kind);
    await card.locator(".share-button").click();
    const dialog = card.locator("dialog[open]");
    if ((await dialog.locator("[data-share-field=iframe]").count()) !== 1) {
      missing.push(`${path} ${name}`);
      await dialog.locator("[data-share=close]").click();
      continue;
    }
    // The preview is measured: the note gives the height, and the code carries it.
    const note = dialog.locator("[data-share-height]");
    await page.waitForFunction(
      (el) => /^\d+$/.test(el!.getAttribute("data-share-height") ?? ""),
      await note.elementHandle(),
      {
        timeout: 60_000
      }
    );
    const height = Number(await note.getAttribute("data-share-height"));
    const code = await dialog.locator("[data-share-field=iframe]").inputValue();
    const src = /src="([^"]+)"/.exec(code)![1];
    const title = /title="([^"]*)"/.exec(code)![1].replaceAll("&quot;", '"');
    expect(code, `${path} ${name}`).toContain(`height="${height}"`);
    expect(height, `${path} ${name}`).toBeGreaterThan(100);
    codes.push({page: path, card: name, src, title, height});
    await dialog.locator("[data-share=close]").click();
  }
  return {codes, missing};
}

describe("every chart's iframe code", () => {
  const codes: Code[] = [];

  test("every Share dialog gives iframe code, its height measured from the preview", {timeout: 600_000}, async () => {
    const missing: string[] = [];
    for (const path of CHART_PAGES) {
      const {page, close} = await site.open(path, {viewport: VIEWPORTS[0]});
      try {
        // The compare indicators page draws its cards a few per frame, and marks the grid when all are drawn.
        if (await page.locator(".indicator-cards").count())
          await page.waitForSelector(".indicator-cards[data-done]", {state: "attached"});
        if (path.startsWith("progress"))
          await page.waitForFunction(() => document.querySelectorAll("figure.chart-card svg").length > 1);
        const found = await iframeCodes(page, path);
        codes.push(...found.codes);
        missing.push(...found.missing);
      } finally {
        await close();
      }
    }
    expect(missing, "charts without iframe code").toEqual([]);
    // Every chart of the generic embed page is offered somewhere, and a plan's own pages name the plan.
    const names = new Set(codes.map((c) => new URL(c.src).pathname.replace(/^\/embed\/|\.html$/g, "")));
    for (const name of CHART_EMBEDS) expect(names, name).toContain(name);
    for (const c of codes.filter((c) => c.page.startsWith("plans/")))
      expect(new URL(c.src).searchParams.get("plan"), `${c.page} ${c.card}`).toBe(OTHER_PLAN);
  });

  test(
    "the page of each iframe code draws its chart under its title, at 1440 and 390 px",
    {timeout: 600_000},
    async () => {
      expect(codes.length, "the test above found the codes").toBeGreaterThan(10);
      const problems: string[] = [];
      for (const c of codes) {
        const url = new URL(c.src);
        const path = `${url.pathname.slice(1)}${url.search}`;
        for (const viewport of VIEWPORTS) {
          const {page, close} = await site.open(path, {viewport});
          try {
            const figure = page.locator("figure[data-embed]");
            await figure.waitFor({timeout: 30_000});
            const size = await figure.evaluate((f) =>
              Math.max(
                0,
                ...[...f.querySelectorAll("svg, canvas")]
                  .filter((e) => !e.closest("[class$='-swatch'], [class$='-swatches'], figcaption"))
                  .map((e) => {
                    const r = e.getBoundingClientRect();
                    return Math.min(r.width, r.height);
                  })
              )
            );
            if (!(size > 50)) problems.push(`${path} at ${viewport.width}: no chart drawn (largest ${size} px)`);
            // Every embed carries the chart's title, as the card shows it (the page's language, passed in the code).
            const heading = await figure
              .locator(".plan-embed-title")
              .textContent({timeout: 1000})
              .catch(() => null);
            if (heading !== c.title)
              problems.push(`${path} at ${viewport.width}: title "${heading}", not "${c.title}"`);
            await expectNoSidewaysScroll(page);
            const name = url.pathname.replace(/^\/embed\/|\.html$/g, "");
            if (c.page.startsWith("compare") || c.page === "index.html" || c.page === "network.html")
              await page.screenshot({path: resolve(SCREENSHOTS, `chart-embed-${name}-${viewport.width}.png`)});
          } finally {
            await close();
          }
        }
      }
      expect(problems).toEqual([]);
    }
  );
});

// The iframe pages of the four chart modules (src/embed/<name>.md), with the options their pages' codes give.
const MODULE_EMBEDS: [name: string, query: Record<string, string>, title: {zh: string; en: string}][] = [
  ["matrix", {}, {zh: "责任矩阵", en: "Who is responsible for what"}],
  ["bipartite", {}, {zh: "部门—条目二分图", en: "Departments and items"}],
  [
    "ego",
    {department: "市市场监督管理局"},
    {zh: "市市场监督管理局：部门职责与协同", en: "Municipal Administration for Market Regulation: items and partners"}
  ],
  ["progress", {indicator: "I7"}, {zh: "I7 ", en: "I7 "}]
];

describe("the embeds of the four chart modules", () => {
  test("show their title and source line in the language of ?language=, as the page's title too", async () => {
    const problems: string[] = [];
    for (const [name, query, title] of MODULE_EMBEDS)
      for (const language of ["zh", "en"] as const) {
        const path = `embed/${name}.html?${new URLSearchParams({...query, language})}`;
        const {page, close} = await site.open(path, {viewport: {width: 390, height: 844}});
        try {
          const figure = page.locator(`figure[data-embed=${name}]`);
          await figure.waitFor({timeout: 30_000});
          const heading = (await figure.locator(".plan-embed-title").textContent()) ?? "";
          if (!heading.startsWith(title[language])) problems.push(`${path}: title "${heading}"`);
          if (name === "progress" && !(language === "en" ? /progress to/ : /的进展$/).test(heading))
            problems.push(`${path}: title "${heading}"`);
          if ((await page.title()) !== heading) problems.push(`${path}: page title "${await page.title()}"`);
          const caption = (await figure.locator("figcaption").textContent()) ?? "";
          if (!caption.startsWith(language === "en" ? "Source: " : "来源：")) problems.push(`${path}: "${caption}"`);
          // On a phone the matrix keeps cells one can read (and scrolls inside its box), as on its page.
          if (name === "matrix") {
            const cell = (await figure.locator("rect[data-role]").first().boundingBox())!;
            if (cell.width < 12) problems.push(`${path}: cells ${cell.width} px wide`);
          }
          await expectNoSidewaysScroll(page);
        } finally {
          await close();
        }
      }
    expect(problems).toEqual([]);
  });

  test("a bad option is an error naming it, on the page", async () => {
    for (const name of ["matrix", "bipartite", "ego", "progress"]) {
      const context = await site.browser().newContext();
      try {
        const page = await context.newPage();
        for (const [option, value] of [
          ["language", "fr"],
          ["ordering", "random"],
          ["implicit", "maybe"]
        ]) {
          await page.goto(site.url(`embed/${name}.html?${option}=${value}`));
          const error = page.locator(".observablehq--error");
          await error.first().waitFor({timeout: 30_000});
          expect(await error.first().textContent(), `${name} ${option}`).toContain(`unknown ${option} "${value}"`);
        }
      } finally {
        await context.close();
      }
    }
  });
});
