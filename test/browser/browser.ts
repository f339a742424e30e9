// Launches the system Chromium through playwright-core and records what a page does wrong while it loads.
import {chromium, type Browser, type Page} from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync"
    ]
  });
}

export interface VisitReport {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to any host but 127.0.0.1; they are aborted, so they also show up in failedRequests. */
  externalRequests: string[];
  /** Errors Framework shows in place of a cell that threw (.observablehq--error). */
  cellErrors: string[];
}

function isLocal(url: string): boolean {
  const {protocol, hostname} = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1";
}

/** Opens url in page, waits for the network to go idle and for main content; returns everything that went wrong. */
export async function visit(page: Page, url: string): Promise<VisitReport> {
  const report: VisitReport = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
    cellErrors: []
  };
  page.on("console", (message) => {
    if (message.type() === "error") report.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => report.pageErrors.push(error.stack ?? error.message));
  page.on("requestfailed", (request) =>
    report.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`)
  );
  page.on("response", (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.route(
    (u) => !isLocal(u.href),
    (route) => {
      report.externalRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    }
  );
  await page.goto(url, {waitUntil: "networkidle"});
  await page.waitForFunction(() => {
    const main = document.querySelector("#observablehq-main");
    return main !== null && main.textContent!.trim().length > 0;
  });
  await page.waitForLoadState("networkidle");
  report.cellErrors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
  return report;
}
