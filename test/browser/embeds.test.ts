// The embeds in Chromium: the exported modules (dist/embed/*.js) imported by a plain HTML page that is not part
// of the site, the iframe pages (dist/embed/*.html), and the page that shows the code to copy. Each embed must
// render its chart with a caption citing the plan, with no error and no request beyond 127.0.0.1.
// Needs a build first (npm run build); DIST_DIR overrides the folder served (default: dist).
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import type {BrowserContext, Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {parseDataPlan} from "../../src/dataFiles/plan-files.ts";
import {iframeTag} from "../../src/embed/code.ts";
import {visit, type VisitReport} from "./browser.ts";
import {briefingPage} from "./hostPage.ts";
import {DIST as dist, SCREENSHOTS as screenshots, useSite} from "./site.ts";

const MARKET = "市市场监督管理局";
const DOC_NUMBER = "延政发〔2024〕8号";
const {model} = parseDataPlan();

const CLEAN: VisitReport = {
  consoleErrors: [],
  pageErrors: [],
  failedRequests: [],
  externalRequests: [],
  cellErrors: []
};

const site = useSite();

beforeAll(async () => {
  for (const name of ["matrix", "bipartite", "ego", "progress"]) {
    if (!existsSync(resolve(dist, "embed", `${name}.js`)))
      throw new Error(`${dist}/embed/${name}.js is missing: is /embed/${name}.js in the config's dynamicPaths?`);
  }
});

/**
 * Serves `html` at `path` on the test server's origin, as a page of another application would be: it is not a
 * file of the build (nothing is written into dist, which the other browser tests list while they run).
 */
async function host(context: BrowserContext, path: string, html: string): Promise<void> {
  await context.route(`${site.origin()}${path}`, (route) =>
    route.fulfill({status: 200, contentType: "text/html; charset=utf-8", body: html})
  );
}

/** A plain HTML page (no Framework) that imports each exported module and appends what it returns. */
const MODULE_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Embeds imported as modules</title></head>
<body style="font-family: sans-serif; margin: 1rem;">
<main id="observablehq-main"><h1>A briefing page of another application</h1></main>
<script type="module">
  import {Matrix} from "/embed/matrix.js";
  import {Bipartite} from "/embed/bipartite.js";
  import {Ego} from "/embed/ego.js";
  import {Progress} from "/embed/progress.js";
  const main = document.querySelector("main");
  const department = ${JSON.stringify(MARKET)};
  main.append(await Matrix({department, chapter: 3, width: 700}));
  main.append(await Bipartite({department: "Municipal Administration for Market Regulation", language: "en", width: 800}));
  main.append(await Ego({department: "市市场监管局", language: "both"}));
  main.append(await Progress({indicator: "I5"}));
  document.body.dataset.done = "true";
</script>
</body>
</html>`;

describe("exported modules", () => {
  test("a plain HTML page imports each module from /embed/*.js and shows its chart with the source", async () => {
    const context = await site.browser().newContext({viewport: {width: 1100, height: 900}});
    try {
      await host(context, "/__embed-test.html", MODULE_PAGE);
      const page = await context.newPage();
      const report = await visit(page, `${site.origin()}/__embed-test.html`);
      await page.waitForSelector("body[data-done]", {timeout: 30_000});
      await page.waitForLoadState("networkidle");
      expect(report).toEqual(CLEAN);

      for (const name of ["matrix", "bipartite", "ego", "progress"]) {
        const figure = page.locator(`figure[data-embed=${name}]`);
        expect(await figure.count(), name).toBe(1);
        expect(await figure.locator("svg").count(), `${name}: svg`).toBeGreaterThan(0);
        expect(await figure.locator("figcaption").textContent(), `${name}: caption`).toContain(DOC_NUMBER);
      }

      // Matrix: the department's row outlined; only chapter 三's items.
      const matrix = page.locator("figure[data-embed=matrix]");
      expect(await matrix.locator(`g[aria-label=highlight] rect[data-department="${MARKET}"]`).count()).toBe(1);
      const chapter3 = new Set(model.items.filter((i) => i.chapter === 3).map((i) => i.id));
      const columns = await matrix.locator("text[data-item]").evaluateAll((els) => els.map((e) => e.dataset.item!));
      expect(columns.length).toBe(chapter3.size);
      expect(columns.every((id) => chapter3.has(id))).toBe(true);
      // At most the width asked for: chapter 三's few columns are capped at 32 px (maxCellWidth), so it is narrower.
      const matrixWidth = Number(await matrix.locator('svg[aria-label="responsibility matrix"]').getAttribute("width"));
      expect(matrixWidth).toBeGreaterThan(0);
      expect(matrixWidth).toBeLessThan(700);
      const caption = matrix.locator("figcaption");
      expect(await caption.textContent()).toContain("延安市人民政府");
      expect(await caption.textContent()).toContain("2024-03-26");
      const link = new URL((await caption.locator("a").getAttribute("href"))!);
      expect(link.origin + link.pathname).toBe(`${site.origin()}/responsibilities.html`);
      expect(link.searchParams.get("department")).toBe(MARKET);
      expect(link.searchParams.get("chapter")).toBe("3");

      // Bipartite in English: found by its English name, English labels and caption.
      const bipartite = page.locator("figure[data-embed=bipartite]");
      expect(await bipartite.locator(`g[data-department="${MARKET}"]`).count()).toBe(1);
      expect(await bipartite.textContent()).toContain("Municipal Administration for Market Regulation");
      expect(await bipartite.locator("figcaption").textContent()).toMatch(/^Source: /);

      // Ego in both languages: found by its short name; both caption lines; the link goes to its brief.
      const ego = page.locator("figure[data-embed=ego]");
      expect(await ego.locator("[data-view=ego]").getAttribute("data-department")).toBe(MARKET);
      expect(await ego.locator("figcaption > div").count()).toBe(2);
      expect(await ego.locator("figcaption a").first().getAttribute("href")).toBe(
        `${site.origin()}/departments/municipal-administration-for-market-regulation.html`
      );

      // Progress: the national series is drawn, so its sources are cited.
      const progress = page.locator("figure[data-embed=progress]");
      expect(await progress.locator("figcaption").textContent()).toContain("基准数据");
      expect(await progress.locator("figcaption").textContent()).toContain("中国质量报");

      await page.screenshot({path: resolve(screenshots, "view-embeds.png"), fullPage: true});
    } finally {
      await context.close();
    }
  });

  test("an unknown department is an error that names it", async () => {
    const context = await site.browser().newContext();
    try {
      await host(
        context,
        "/__embed-error.html",
        `<!doctype html><meta charset="utf-8"><main id="observablehq-main">error test</main>
<script type="module">
  import {Matrix} from "/embed/matrix.js";
  Matrix({department: "不存在的局"}).then(
    () => (document.body.dataset.result = "rendered"),
    (error) => (document.body.dataset.result = error.message)
  );
</script>`
      );
      const page = await context.newPage();
      await visit(page, `${site.origin()}/__embed-error.html`);
      await page.waitForSelector("body[data-result]");
      expect(await page.locator("body").getAttribute("data-result")).toContain('unknown department "不存在的局"');
    } finally {
      await context.close();
    }
  });
});

const IFRAME_PAGES: [name: string, query: Record<string, string>, expectedText: string][] = [
  ["matrix", {department: MARKET, chapter: "3", width: "700"}, DOC_NUMBER],
  ["bipartite", {department: MARKET, language: "en"}, "Source: "],
  ["ego", {department: MARKET, language: "both"}, "来源："],
  ["progress", {indicator: "I7", width: "600"}, "中国质量报"]
];

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const report = await visit(page, `${site.origin()}/${path}`);
  expect(report, `problems on ${path}`).toEqual(CLEAN);
  return page;
}

describe("iframe pages", () => {
  test.each(IFRAME_PAGES)(
    "embed/%s.html shows the chart alone, with the options of its URL",
    async (name, query, text) => {
      const context = await site.browser().newContext({viewport: {width: 960, height: 800}});
      try {
        const page = await open(context, `embed/${name}.html?${new URLSearchParams(query)}`);
        const figure = page.locator(`figure[data-embed=${name}]`);
        await figure.waitFor();
        expect(await figure.locator("svg").count()).toBeGreaterThan(0);
        expect(await figure.locator("figcaption").textContent()).toContain(DOC_NUMBER);
        expect(await figure.locator("figcaption").textContent()).toContain(text);
        // Nothing else: no sidebar, header, footer, pager or language switch.
        const sidebar = page.locator("#observablehq-sidebar");
        expect((await sidebar.count()) === 0 || !(await sidebar.isVisible())).toBe(true);
        for (const selector of [
          "#observablehq-header",
          "#observablehq-footer",
          ".observablehq-pager",
          "#observablehq-toc"
        ])
          expect(await page.locator(selector).count(), selector).toBe(0);
        expect(await page.locator(".language-switch").isVisible()).toBe(false);
        expect(await page.locator("#observablehq-main figure[data-embed]").count()).toBe(1);
        if (query.department && name !== "ego")
          expect(await figure.locator(`[data-department="${MARKET}"]`).count()).toBeGreaterThan(0);
        if (name === "matrix")
          expect(
            Number(await figure.locator('svg[aria-label="responsibility matrix"]').getAttribute("width"))
          ).toBeLessThanOrEqual(700);
        if (name === "progress") {
          expect(await figure.locator("svg[viewBox]").first().getAttribute("width")).toBe("600");
          expect(
            new URL((await figure.locator("figcaption a").getAttribute("href"))!).searchParams.get("indicator")
          ).toBe("I7");
        }
      } finally {
        await context.close();
      }
    }
  );

  test("a bad option in the URL shows the error, not a blank page", async () => {
    const context = await site.browser().newContext();
    try {
      const page = await context.newPage();
      const report = await visit(page, `${site.origin()}/embed/progress.html?indicator=I99`);
      expect(report.cellErrors.join(" ")).toContain('unknown indicator "I99"');
    } finally {
      await context.close();
    }
  });
});

describe("the embeds page", () => {
  test("shows each embed with the code to copy, written with this site's address", async () => {
    const context = await site.browser().newContext({viewport: {width: 1280, height: 1000}});
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {origin: site.origin()});
    try {
      const page = await open(context, "embeds.html");
      for (const [name, exportName] of [
        ["matrix", "Matrix"],
        ["bipartite", "Bipartite"],
        ["ego", "Ego"],
        ["progress", "Progress"]
      ]) {
        // The preview shows first; the iframe code follows once its size is measured (data-ready).
        const block = page.locator(`[data-embed-block=${name}][data-ready]`);
        await block.waitFor();
        expect(await block.locator(`figure[data-embed=${name}] svg`).count(), name).toBeGreaterThan(0);
        const [moduleCode, iframeCode] = await block.locator("pre.embed-code").allTextContents();
        expect(moduleCode).toContain(`import {${exportName}} from "${site.origin()}/embed/${name}.js";`);
        expect(moduleCode).toMatch(new RegExp(`^<div id="(plan-${name}[-0-9a-z]*)"></div>\\n`));
        expect(moduleCode).toContain(`.append(await ${exportName}(`);
        expect(iframeCode).toMatch(new RegExp(`^<iframe src="${site.origin()}/embed/${name}\\.html\\?`));
        expect(iframeCode).toMatch(/ width="\d+" height="\d+"/);
        expect(iframeCode).toContain(' sandbox="allow-scripts allow-same-origin allow-popups"');
      }
      const matrixBlock = page.locator("[data-embed-block=matrix]");
      const moduleCode = (await matrixBlock.locator("pre.embed-code").first().textContent())!;
      expect(moduleCode).toContain(`await Matrix({department: "${MARKET}", width: 900})`);

      // Copy puts the code on the clipboard.
      await matrixBlock.locator("button.embed-copy").first().click();
      await page.waitForFunction(() => document.querySelector(".embed-snippet-head span")?.textContent !== "");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(moduleCode);

      // The iframe code, pasted into another page, shows the chart.
      const iframeCode = (await matrixBlock.locator("pre.embed-code").nth(1).textContent())!;
      await host(
        context,
        "/__embed-iframe.html",
        `<!doctype html><meta charset="utf-8"><main id="observablehq-main"><p>Briefing</p>${iframeCode}</main>`
      );
      const other = await context.newPage();
      const report = await visit(other, `${site.origin()}/__embed-iframe.html`);
      const frame = other.frameLocator("iframe");
      await frame.locator("figure[data-embed=matrix] svg").first().waitFor();
      expect(await frame.locator(`g[aria-label=highlight] rect[data-department="${MARKET}"]`).count()).toBe(1);
      await other.waitForLoadState("networkidle");
      expect(report).toMatchObject({consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: []});
      await other.screenshot({path: resolve(screenshots, "view-embed-iframe.png"), fullPage: true});

      // The module code, pasted under a heading, draws the chart there, not at the end of the page.
      await host(
        context,
        "/__embed-module-pasted.html",
        `<!doctype html><meta charset="utf-8"><main id="observablehq-main"><h2>Briefing</h2>${moduleCode}<p id="after">Next paragraph</p></main>`
      );
      const pasted = await context.newPage();
      const pastedReport = await visit(pasted, `${site.origin()}/__embed-module-pasted.html`);
      await pasted.locator("figure[data-embed=matrix] svg").first().waitFor();
      expect(
        await pasted.evaluate(() => {
          const figure = document.querySelector("figure[data-embed=matrix]")!;
          const after = document.getElementById("after")!;
          return figure.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING;
        })
      ).toBeTruthy();
      expect(pastedReport).toMatchObject({consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: []});
    } finally {
      await context.close();
    }
  });

  test("where the clipboard is not allowed, Copy selects the code", async () => {
    const context = await site.browser().newContext({viewport: {width: 1280, height: 1000}});
    try {
      const page = await open(context, "embeds.html");
      await page.evaluate(() =>
        Object.defineProperty(navigator, "clipboard", {
          value: {writeText: () => Promise.reject(new Error("not allowed"))},
          configurable: true
        })
      );
      const block = page.locator("[data-embed-block=ego][data-ready]");
      await block.waitFor();
      await block.locator("button.embed-copy").nth(1).click();
      const code = (await block.locator("pre.embed-code").nth(1).textContent())!;
      await page.waitForFunction(() => String(getSelection()).length > 0);
      expect(await page.evaluate(() => String(getSelection()))).toBe(code);
    } finally {
      await context.close();
    }
  });
});

describe("embeds at a width they cannot use", () => {
  test("?width=50 on the ego view draws no negative bar; ?width=1e9 on the bipartite view is the page's width", async () => {
    const context = await site.browser().newContext({viewport: {width: 1100, height: 900}});
    try {
      const narrow = await context.newPage();
      const report = await visit(narrow, `${site.origin()}/embed/ego.html?width=50`);
      await narrow.locator("figure[data-embed=ego] svg[data-chart=partners]").waitFor();
      const widths = await narrow.$$eval("figure[data-embed=ego] svg[data-chart=partners] rect", (rects) =>
        rects.map((r) => Number(r.getAttribute("width") ?? 0))
      );
      expect(widths.length).toBeGreaterThan(0);
      expect(widths.filter((w) => !(w >= 0))).toEqual([]);
      expect(report).toEqual(CLEAN);
      const wide = await context.newPage();
      const wideReport = await visit(wide, `${site.origin()}/embed/bipartite.html?width=1e9`);
      await wide.locator("figure[data-embed=bipartite] svg").first().waitFor();
      const width = Number(await wide.locator("figure[data-embed=bipartite] svg").first().getAttribute("width"));
      // Drawn at the page's width (the iframe's), which ?width= may narrow but never widen.
      const page = await wide.locator("#observablehq-main").evaluate((m) => m.clientWidth);
      expect(width).toBe(Math.min(page, 4096));
      expect(wideReport).toEqual(CLEAN);
    } finally {
      await context.close();
    }
  });
});

describe("iframe code on a phone", () => {
  // The iframe code as the Embed page or a Share dialog gives it at a desktop's width (?width=900), its height
  // deliberately wrong: pasted into a page read at 390 px and at 1440 px.
  const EMBEDS: [name: string, query: string][] = [
    ["matrix", `department=${encodeURIComponent(MARKET)}&width=900`],
    ["progress", "indicator=I5&width=900"],
    ["ego", `department=${encodeURIComponent(MARKET)}&width=900`]
  ];
  for (const [width, height] of [
    [390, 844],
    [1440, 900]
  ])
    test.each(EMBEDS)(
      `embed/%s.html in a %d px page: the chart drawn at the iframe's width, the iframe as tall as its content`.replace(
        "%d",
        String(width)
      ),
      async (name, query) => {
        const context = await site.browser().newContext({viewport: {width, height}, isMobile: width < 500});
        try {
          const code = iframeTag(`${site.origin()}/embed/${name}.html?${query}`, name, {width: 916, height: 300});
          // A page made for phones (a viewport meta), as a briefing page read on one would be.
          const briefing = briefingPage(`<main id="observablehq-main">${code}</main>`).replace(
            "<head>",
            '<head><meta name="viewport" content="width=device-width, initial-scale=1">'
          );
          await host(context, "/__embed-phone.html", briefing);
          const page = await context.newPage();
          const report = await visit(page, `${site.origin()}/__embed-phone.html`);
          expect(report).toEqual(CLEAN);
          const frameElement = page.locator("iframe");
          const frame = page.frameLocator("iframe");
          await frame.locator(`figure[data-embed=${name}] figcaption`).waitFor();
          // The page posts its height once its fonts are loaded: the iframe code's script sets it.
          await page.waitForFunction(() => {
            const f = document.querySelector("iframe")!;
            const inner = f.contentDocument?.documentElement;
            return inner?.dataset.embedHeight !== undefined && f.height === inner.dataset.embedHeight;
          });
          const frameWidth = await frameElement.evaluate((f) => f.clientWidth);
          expect(frameWidth).toBeLessThanOrEqual(Math.min(916, width));
          const inner = await frame.locator("html").evaluate((html) => ({
            fonts: document.fonts.status,
            scrollHeight: html.scrollHeight,
            clientHeight: html.clientHeight,
            scrollWidth: html.scrollWidth,
            clientWidth: html.clientWidth,
            // Each chart svg as drawn: its width attribute and the width it takes on screen (equal: not scaled).
            svgs: [...document.querySelectorAll("figure.plan-embed .plan-embed-chart svg")]
              .filter((s) => !s.closest("[class$='-swatch']") && s.parentElement?.closest("svg") === null)
              .map((s) => [Number(s.getAttribute("width")), Math.round(s.getBoundingClientRect().width)]),
            caption: Math.ceil(document.querySelector("figure.plan-embed figcaption")!.getBoundingClientRect().bottom)
          }));
          expect(inner.fonts).toBe("loaded");
          // Nothing clipped, no scroll bar, no gap of more than the page's margin.
          expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight);
          expect(inner.caption).toBeLessThanOrEqual(inner.clientHeight);
          expect(inner.clientHeight - inner.caption).toBeLessThanOrEqual(8);
          expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth);
          // The chart is drawn for the iframe's width (at most the ?width= asked for), never scaled down; but the
          // matrix in a phone's iframe keeps its natural width (cells one can read) and scrolls inside its box, as on
          // the responsibilities page.
          expect(inner.svgs.length).toBeGreaterThan(0);
          for (const [attribute, shown] of inner.svgs) expect(Math.abs(attribute - shown)).toBeLessThanOrEqual(1);
          if (name === "matrix" && frameWidth < 640) {
            const box = await frame
              .locator(".plan-embed-chart")
              .evaluate((b) => ({scroll: b.scrollWidth, client: b.clientWidth}));
            expect(box.scroll).toBeGreaterThan(box.client);
            const cell = (await frame.locator("rect[data-role]").first().boundingBox())!;
            expect(cell.width).toBeGreaterThanOrEqual(12);
          } else expect(Math.max(...inner.svgs.map(([w]) => w))).toBeLessThanOrEqual(Math.min(900, frameWidth));
          await page.screenshot({path: resolve(screenshots, `embed-iframe-${name}-${width}.png`), fullPage: true});
        } finally {
          await context.close();
        }
      }
    );
});
