// The indicators page of every built plan in Chromium: it speaks of that plan only — the year of its own targets,
// the national documents and the provinces of the benchmarks matched to its indicators (never Yan'an's 《质量强国
// 建设纲要》 and Shaanxi on a Shanghai plan), and "no indicator table was read" when none was, never "the 0
// indicators". At 1440×900 and 390×844 with no sideways scroll.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {comparisonContext} from "../../src/lib/benchmarkComparison.js";
import type {MonitoredIndicator} from "../../src/lib/monitoring.js";
import type {PlanModel} from "../../src/lib/model.js";
import {DIST, expectNoSidewaysScroll, SCREENSHOTS, useSite} from "./site.ts";

/** A built plan's data file (plan.json, monitoring.json) by its name's pattern. */
function planFile(plan: string, pattern: RegExp): unknown {
  const dir = resolve(DIST, "_file/plans", plan, "data");
  const file = readdirSync(dir).find((f) => pattern.test(f))!;
  return JSON.parse(readFileSync(resolve(dir, file), "utf8"));
}

const plans = readdirSync(resolve(DIST, "_file/plans")).sort();
const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1440, height: 900}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, deviceScaleFactor: 2}
};

describe("indicators", () => {
  test.each(plans)("%s: its own year and benchmarks, or no table read said plainly", async (name) => {
    const plan = planFile(name, /^plan\.\w+\.json$/) as PlanModel & {meta: {jurisdiction?: string}};
    const {indicators} = planFile(name, /^monitoring\.\w+\.json$/) as {indicators: MonitoredIndicator[]};
    const context = comparisonContext(indicators, plan.document);
    const {page, close} = await site.open(`plans/${name}/indicators.html?lang=zh`, SIZES.desktop);
    try {
      await page.locator("[data-context]").first().waitFor({state: "attached"});
      const text = (await page.locator("#observablehq-main").textContent())!;
      // Only the benchmarks matched to this plan's indicators are named.
      if (!context.nation.some((t) => t.includes("质量强国建设纲要"))) expect(text).not.toContain("质量强国建设纲要");
      if (!context.province.includes("陕西省")) expect(text).not.toMatch(/陕西|Shaanxi/);
      for (const t of [...context.nation, ...context.province]) expect(text).toContain(t);
      if (!indicators.length) {
        expect(await page.locator("[data-context='not-read']").textContent()).toContain("未能从本方案读取指标表");
        expect(await page.locator("table.indicators").count()).toBe(0);
      } else {
        const heading = context.year ? `${context.year}年目标` : "目标";
        expect(await page.locator("table.indicators thead th").nth(2).textContent()).toBe(heading);
        expect(await page.locator("table.indicators tbody tr").count()).toBe(indicators.length);
      }
    } finally {
      await close();
    }
  });

  test.each(Object.entries(SIZES))("the Yan'an plan's and a Shanghai plan's pages fit (%s)", async (size, options) => {
    for (const name of ["yanan-2024-8", "qingpu-2024-firesafety"].filter((n) => plans.includes(n))) {
      const {page, close} = await site.open(`plans/${name}/indicators.html`, options);
      try {
        await page.locator("[data-context]").first().waitFor({state: "attached"});
        await expectNoSidewaysScroll(page);
        await page.screenshot({path: resolve(SCREENSHOTS, `indicators-${name}-${size}.png`), fullPage: true});
      } finally {
        await close();
      }
    }
  });
});
