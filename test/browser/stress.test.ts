// Every built page with the CPU slowed down (Emulation.setCPUThrottlingRate) and full-page screenshots taken while
// it loads and once it has: a full-page screenshot briefly makes the page 1×1, so Framework's reactive width
// becomes 0 while cells run; no chart may then throw or draw at a width it cannot use. And every page carries a
// Content-Security-Policy that lets it load with no violation.
// Needs a build first (npm run build). DIST_DIR overrides the folder served (default: dist).
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {expect, test} from "vitest";
import {visit} from "./browser.ts";
import {sampleOnePlan} from "./pageSample.ts";
import {DIST as dist, listPages, useSite} from "./site.ts";

// The root pages and one other plan's (see pageSample.ts): the other plans' pages are the same pages.
const pages = sampleOnePlan(listPages(dist));
const site = useSite();

test("the build exists and has pages", () => {
  expect(pages.length, `no pages found in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

test.each(pages)("%s has a Content-Security-Policy with default-src 'self' and hashed inline scripts", (page) => {
  const html = readFileSync(resolve(dist, page), "utf8");
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  expect(policy, page).toBeDefined();
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"])
    expect(policy).toContain(directive);
  expect(policy).toMatch(/script-src 'self' 'unsafe-eval' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test.each(pages)("%s loads on a busy CPU with full-page screenshots: no error, no policy violation", async (page) => {
  const context = await site.browser().newContext({viewport: {width: 1280, height: 900}});
  try {
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const violations: string[] = [];
      (globalThis as unknown as {__violations: string[]}).__violations = violations;
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
      );
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: 4});
    // Screenshots while the cells run (each makes the page 1×1 for a moment), then one when it has loaded.
    let shooting = true;
    const shots = (async () => {
      await tab.waitForEvent("domcontentloaded");
      for (let i = 0; i < 2 && shooting; ++i) await tab.screenshot({fullPage: true}).catch(() => {});
    })();
    const report = await visit(tab, `${site.origin()}/${page}`);
    shooting = false;
    await shots;
    await tab.screenshot({fullPage: true});
    await tab.waitForTimeout(300);
    const violations = await tab.evaluate(() => (globalThis as unknown as {__violations: string[]}).__violations);
    const cellErrors = await tab.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
    expect({...report, cellErrors, violations}, `problems on ${page}`).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      externalRequests: [],
      cellErrors: [],
      violations: []
    });
  } finally {
    await context.close();
  }
});
