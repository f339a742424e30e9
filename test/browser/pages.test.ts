// Opens every built page in headless Chromium: no errors, no network beyond 127.0.0.1, and a screenshot of each.
// Needs a build first (npm run build). DIST_DIR overrides the folder served (default: dist).
import {existsSync, mkdirSync} from "node:fs";
import {relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, expect, test} from "vitest";
import {listFiles} from "../offline.ts";
import {launch, visit} from "./browser.ts";
import {samplePlanBriefs} from "./pageSample.ts";
import {serve, type StaticServer} from "./serve.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const dist = resolve(projectRoot, process.env.DIST_DIR ?? "dist");
const screenshots = resolve(projectRoot, "test/screenshots");

/** Pages are the .html files of the build, except Framework's own assets and the 404 page; e.g. "index.html". */
function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .map((file) => relative(dir, file).split("\\").join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("_observablehq/") && file !== "404.html");
}

const pages = samplePlanBriefs(listPages(dist).sort());

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (pages.length === 0) return;
  mkdirSync(screenshots, {recursive: true});
  server = await serve(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the build exists and has pages", () => {
  expect(existsSync(dist), `${dist} is missing: run npm run build first`).toBe(true);
  expect(pages.length, `no pages found in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

test.each(pages)("%s loads cleanly", async (page) => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    const tab = await context.newPage();
    const report = await visit(tab, `${server.url}/${page}`);
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
