// The built site in Chromium for one test file: serves dist/ on 127.0.0.1 and launches the browser before the
// tests, closes both after; open(path) visits a page in a fresh context and checks it loaded without errors.
import {existsSync, mkdirSync, readdirSync, readFileSync} from "node:fs";
import {relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {Browser, BrowserContext, BrowserContextOptions, Page} from "playwright-core";
import {afterAll, beforeAll, expect} from "vitest";
import {listFiles} from "../offline.ts";
import {launch, visit} from "./browser.ts";
import {serve, type StaticServer} from "./serve.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? "dist");
export const SCREENSHOTS = resolve(ROOT, "test/screenshots");

/** The pages of a build: its .html files except Framework's own assets and the 404 page, e.g. "index.html". */
export function listPages(dir = DIST): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .map((file) => relative(dir, file).split("\\").join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("_observablehq/") && file !== "404.html");
}

/** A JSON data file of the build (dist/_file/data/<name>.<hash>.json) whose name matches `pattern`, parsed. */
export function dataFile(pattern: RegExp): unknown {
  const dir = resolve(DIST, "_file/data");
  const file = readdirSync(dir).find((f) => pattern.test(f));
  if (!file) throw new Error(`no file matching ${pattern} in ${dir}: run npm run build first`);
  return JSON.parse(readFileSync(resolve(dir, file), "utf8"));
}

export interface Site {
  browser(): Browser;
  /** The server's origin, http://127.0.0.1:<port>. */
  origin(): string;
  url(path: string): string;
  open(path: string, options?: BrowserContextOptions): Promise<{page: Page; close: () => Promise<void>}>;
  /**
   * Visits `path` in a new page of `context` (one context for many pages: cheaper than a context each, and pages of
   * one context load side by side), and checks it loaded without errors as open does; close() closes the page.
   */
  openIn(context: BrowserContext, path: string): Promise<{page: Page; close: () => Promise<void>}>;
}

/**
 * The built site served, and Chromium, for the tests of one file or suite. `dist` is the folder served: DIST by
 * default, or a function giving it once an earlier beforeAll has built it (a site of other plans).
 */
export function useSite(dist: string | (() => string) = DIST): Site {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const root = typeof dist === "function" ? dist() : dist;
    if (!existsSync(root)) throw new Error(`${root} is missing: run npm run build first`);
    mkdirSync(SCREENSHOTS, {recursive: true});
    server = await serve(root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser,
    origin: () => server.url,
    url: (path) => `${server.url}/${path}`,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: {width: 1280, height: 1000},
        acceptDownloads: true,
        ...options
      });
      const {page} = await this.openIn(context, path);
      return {page, close: () => context.close()};
    },
    async openIn(context, path) {
      const page = await context.newPage();
      const report = await visit(page, `${server.url}/${path}`);
      expect(report, `problems on ${path}`).toMatchObject({consoleErrors: [], pageErrors: [], cellErrors: []});
      return {page, close: () => page.close()};
    }
  };
}

/** The page is no wider than the screen: nothing a phone user has to scroll sideways for (tables scroll inside). */
export async function expectNoSidewaysScroll(page: Page) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `the page is ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
}
