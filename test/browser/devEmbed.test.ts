// The module embed imported from `npm run dev` by a page on another origin (issue 14): the dev server answers
// with the CORS headers a module import needs (bin/dev.ts), so the host page draws the chart, of the plan the
// site opens on and of another plan (the plan option). Starts bin/dev.ts on a free port and a host page on a
// second one; both are stopped after.
import {type ChildProcess, spawn} from "node:child_process";
import {createServer} from "node:net";
import {resolve} from "node:path";
import {afterAll, beforeAll, expect, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch} from "./browser.ts";
import {briefingPage, hostPage} from "./hostPage.ts";
import type {StaticServer} from "./serve.ts";
import {ROOT, SCREENSHOTS} from "./site.ts";

let dev: ChildProcess;
let devUrl: string;
let host: StaticServer;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const {port} = server.address() as {port: number};
      server.close(() => ok(port));
    });
    server.once("error", fail);
  });
}

beforeAll(async () => {
  const port = await freePort();
  devUrl = `http://127.0.0.1:${port}`;
  // As a user starts it; its own process group, so that npm and the server are stopped together.
  dev = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore"
  });
  for (let i = 0; ; ++i) {
    try {
      if ((await fetch(`${devUrl}/embed/matrix.js`)).ok) break;
    } catch {
      if (i > 240) throw new Error(`npm run dev did not answer on ${devUrl}`);
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  host = await hostPage(
    briefingPage(`<main></main>
<script type="module">
  import {Matrix} from "${devUrl}/embed/matrix.js";
  const main = document.querySelector("main");
  main.append(await Matrix({chapter: 3, width: 700}));
  main.append(await Matrix({plan: "qingpu-2024-firesafety", language: "en", width: 700}));
  document.body.dataset.done = "true";
</script>`)
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
});

test("a page on another origin imports the matrix module from npm run dev and draws it, of two plans", async () => {
  // The answer a cross-origin module import needs.
  const answer = await fetch(`${devUrl}/embed/matrix.js`, {headers: {origin: host.url}});
  expect(answer.headers.get("access-control-allow-origin")).toBe("*");
  const context = await browser.newContext({viewport: {width: 1440, height: 900}});
  try {
    const errors: string[] = [];
    context.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    context.on("weberror", (e) => void errors.push(e.error().message));
    const page = await context.newPage();
    page.on("pageerror", (e) => void errors.push(e.message));
    await page.goto(host.url);
    await page.waitForSelector("body[data-done]", {timeout: 90_000});
    const figures = page.locator("figure[data-embed=matrix]");
    expect(await figures.count()).toBe(2);
    expect(await figures.nth(0).locator("svg rect").count()).toBeGreaterThan(20);
    expect(await figures.nth(0).locator("figcaption").textContent()).toContain("延政发〔2024〕8号");
    expect(await figures.nth(1).locator("figcaption").textContent()).toContain("青府办发〔2024〕29号");
    expect(await figures.nth(1).locator("figcaption a").getAttribute("href")).toBe(
      `${devUrl}/plans/qingpu-2024-firesafety/responsibilities.html`
    );
    await page.screenshot({path: resolve(SCREENSHOTS, "embed-module-from-dev-1440.png"), fullPage: true});
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
