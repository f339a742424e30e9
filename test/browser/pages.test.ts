// Opens every built page in headless Chromium: no errors, no network beyond 127.0.0.1, and a screenshot of each.
// Needs a build first (npm run build). DIST_DIR overrides the folder served (default: dist).
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {expect, test} from "vitest";
import {visit} from "./browser.ts";
import {samplePlanBriefs} from "./pageSample.ts";
import {DIST as dist, listPages, SCREENSHOTS as screenshots, useSite} from "./site.ts";

const pages = samplePlanBriefs(listPages(dist).sort());
const site = useSite();

test("the build exists and has pages", () => {
  expect(existsSync(dist), `${dist} is missing: run npm run build first`).toBe(true);
  expect(pages.length, `no pages found in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

test.each(pages)("%s loads cleanly", async (page) => {
  const context = await site.browser().newContext({viewport: {width: 1280, height: 900}});
  try {
    const tab = await context.newPage();
    const report = await visit(tab, `${site.origin()}/${page}`);
    const name = page.replace(/\.html$/, "").replaceAll("/", "__");
    await tab.screenshot({path: resolve(screenshots, `${name}.png`), fullPage: true});
    // One comparison, so that a failure lists every problem of the page at once.
    expect(report, `problems on ${page}`).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      externalRequests: [],
      cellErrors: []
    });
  } finally {
    await context.close();
  }
});
