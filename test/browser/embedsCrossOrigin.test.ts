// The embeds from a host on another origin and for any plan of the site (issues 13, 15): the iframe code exactly
// as the Embed page gives it, on a page of a second local server, draws its chart inside the sandbox, opens its
// links in a new tab, with no console error and no Content-Security-Policy violation; the plan option of the
// module and ?plan= of the iframe page draw another plan, and an unknown plan is named with the site's plans.
// Needs a build first (npm run build).
import {resolve} from "node:path";
import type {BrowserContext, Frame, Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {visit} from "./browser.ts";
import {briefingPage, hostPage} from "./hostPage.ts";
import {SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const OTHER = "qingpu-2024-firesafety";

/** Every console error, page error and CSP violation of a context's pages and frames. */
async function watch(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  context.on("console", (m) => {
    if (m.type() === "error") problems.push(`${m.text()} (${m.location().url})`);
  });
  context.on("weberror", (e) => problems.push(e.error().message));
  return problems;
}

/** The code a snippet of the Embed page gives (the page at `path`: e.g. embeds.html). */
async function givenCode(page: Page, block: string, snippet: string): Promise<string> {
  const code = page.locator(`[data-embed-block=${block}] [data-snippet="${snippet}"] code`);
  await code.waitFor();
  return (await code.textContent())!;
}

async function chartFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector("figure[data-embed] svg", {timeout: 60_000});
  return frame;
}

describe("the iframe embed on a host of another origin, sandboxed", () => {
  test("the code the Embed page gives draws its chart, opens links in a new tab, with no error or CSP violation", async () => {
    const {page: embeds, close} = await site.open("embeds.html", {viewport: {width: 1440, height: 900}});
    const code = await givenCode(embeds, "matrix", "iframe");
    await close();
    expect(code).toContain(`sandbox="allow-scripts allow-same-origin allow-popups"`);
    // The iframe code as given, its lazy loading left to the browser.
    const host = await hostPage(briefingPage(code));
    const context = await site.browser().newContext({viewport: {width: 1440, height: 900}});
    try {
      const problems = await watch(context);
      const page = await context.newPage();
      await page.goto(host.url, {waitUntil: "load"});
      expect(new URL(host.url).origin).not.toBe(new URL(site.origin()).origin);
      const frame = await chartFrame(page);
      expect(new URL(frame.url()).origin).toBe(site.origin());
      expect(await frame.locator("figure[data-embed=matrix] svg rect").count()).toBeGreaterThan(50);
      expect(await frame.locator("figcaption").textContent()).toContain("延政发〔2024〕8号");
      // The link back opens the site in a new tab (allow-popups), at the matrix's page.
      const [popup] = await Promise.all([context.waitForEvent("page"), frame.locator("figcaption a").first().click()]);
      await popup.waitForLoadState("load");
      expect(popup.url()).toContain(`${site.origin()}/responsibilities`);
      await popup.close();
      await page.waitForLoadState("networkidle");
      await page.screenshot({path: resolve(SCREENSHOTS, "embed-iframe-cross-origin-1440.png")});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });

  test("at 390 px the iframe fits the host's width and its chart scrolls inside it", async () => {
    const {page: embeds, close} = await site.open("embeds.html");
    const code = await givenCode(embeds, "progress", "iframe");
    await close();
    const host = await hostPage(briefingPage(code));
    const context = await site.browser().newContext({viewport: {width: 390, height: 844}});
    try {
      const problems = await watch(context);
      const page = await context.newPage();
      await page.goto(host.url, {waitUntil: "load"});
      const frame = await chartFrame(page);
      expect(await frame.locator("figure[data-embed=progress]").count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({path: resolve(SCREENSHOTS, "embed-iframe-cross-origin-390.png")});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe("embeds of any plan of the site", () => {
  test("?plan= on the iframe page draws that plan, its caption and link are that plan's", async () => {
    const {page, close} = await site.open(`embed/matrix.html?plan=${OTHER}&language=en`);
    try {
      await page.waitForSelector("figure[data-embed=matrix] svg");
      const caption = (await page.locator("figcaption").textContent())!;
      expect(caption).toContain("青府办发〔2024〕29号");
      expect(caption).not.toContain("延政发");
      expect(await page.locator("figcaption a").getAttribute("href")).toBe(
        `${site.origin()}/plans/${OTHER}/responsibilities.html`
      );
    } finally {
      await close();
    }
  });

  test("an unknown plan is answered with a message naming the site's plans", async () => {
    const context = await site.browser().newContext();
    try {
      const page = await context.newPage();
      await visit(page, site.url("embed/matrix.html?plan=no-such-plan"));
      const error = (await page.locator(".observablehq--error").textContent())!;
      expect(error).toContain(`unknown plan "no-such-plan"`);
      for (const name of [OTHER, "yanan-2024-8", "chongming-2021-ruralroads"]) expect(error).toContain(name);
    } finally {
      await context.close();
    }
  });

  test("the module's plan option draws that plan; the Embed page lets the user choose the plan and names it in the code", async () => {
    const {page, close} = await site.open("embeds.html", {viewport: {width: 1440, height: 900}});
    try {
      // The plan chooser lists every plan when opened, each by its document number, jurisdiction and title.
      await page.locator("[data-plan-chooser] summary").click();
      await page.locator("[data-plan-chooser] button", {hasText: "青府办发〔2024〕29号"}).click();
      await page.waitForFunction(
        (other) =>
          document
            .querySelector("[data-embed-block=matrix] [data-snippet='Module 模块'] code")
            ?.textContent?.includes(other),
        OTHER
      );
      const module = await givenCode(page, "matrix", "Module 模块");
      expect(module).toContain(`plan: "${OTHER}"`);
      expect(await givenCode(page, "bipartite", "iframe")).toContain(`?plan=${OTHER}`);
      expect(await page.locator("[data-embed-block=matrix] figcaption").textContent()).toContain(
        "青府办发〔2024〕29号"
      );
      // Qingpu's plan has no indicator table: the page says so instead of a progress embed.
      expect(await page.locator("[data-no-indicators]").count()).toBe(1);
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      await page.screenshot({path: resolve(SCREENSHOTS, "embeds-other-plan-1440.png"), fullPage: true});
    } finally {
      await close();
    }
  });
});
