// The share dialog of every chart card in Chromium, at 1440×900 and 390×844: the Share button never covers the
// chart or its legend; the dialog downloads the chart's data as CSV and gives a link to the view as it is (its URL
// state); an exported PNG carries the legend's colours as the page shows them (pixels read back).
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {CHART_PAGES, OTHER_PLAN, PLAN_CHART_PAGES} from "./chartPages.ts";
import {COMPARISON_KEY} from "../../src/page/comparisonStore.js";
import {DIST, SCREENSHOTS, useSite} from "./site.ts";

const site = useSite();
const SIZES = {
  desktop: {viewport: {width: 1440, height: 900}},
  phone: {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}
};

async function downloaded(page: Page, click: () => Promise<void>): Promise<{name: string; bytes: Buffer}> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return {name: download.suggestedFilename(), bytes: readFileSync(await download.path())};
}

/** Every card's Share button that intersects its chart or a legend, as "card: what". */
function overlaps(page: Page) {
  return page.$$eval("figure.chart-card", (cards) => {
    const hit = (a: DOMRect, b: DOMRect) =>
      a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: string[] = [];
    for (const card of cards) {
      const button = card.querySelector(".share-button")!.getBoundingClientRect();
      const chart = card.querySelector(":scope > :not(.chart-head):not(dialog)");
      const legends = [...card.querySelectorAll("[class$='-swatches'], [class$='-swatch'], [aria-label=legend]")];
      for (const el of [chart, ...legends])
        if (el && hit(button, el.getBoundingClientRect()))
          out.push(`${card.getAttribute("data-export")}: ${el.getAttribute("class") ?? el.tagName}`);
    }
    return out;
  });
}

describe("chart cards", () => {
  for (const [size, options] of Object.entries(SIZES))
    test(`the Share button covers no chart or legend (${size})`, {timeout: 180_000}, async () => {
      const found: string[] = [];
      for (const path of PLAN_CHART_PAGES) {
        const {page, close} = await site.open(path, options);
        try {
          if (path.startsWith("progress.html"))
            await page.waitForFunction(() => document.querySelectorAll(".multiples figure.chart-card svg").length > 5);
          expect(await page.locator("figure.chart-card").count(), path).toBeGreaterThan(0);
          found.push(...(await overlaps(page)).map((o) => `${path} ${o}`));
        } finally {
          await close();
        }
      }
      expect(found).toEqual([]);
    });
});

describe("share dialog", () => {
  test("downloads the chart's data as CSV and links to the view as it is", async () => {
    const {page, close} = await site.open("network.html?threshold=3", SIZES.desktop);
    try {
      const card = page.locator('figure[data-export="co-assignment"]');
      await card.locator(".share-button").click();
      const dialog = card.locator("dialog[open]");
      expect(await dialog.locator("[data-share-field=link]").inputValue()).toMatch(/\/network\.html\?threshold=3$/);
      const csv = await downloaded(page, () => dialog.locator("[data-share=csv]").click());
      expect(csv.name).toBe("yanan-2024-8-co-assignment.csv");
      const lines = csv.bytes
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines[0]).toBe("department_a,department_b,shared_items,items");
      expect(lines.length).toBeGreaterThan(1);
      // Every link drawn has at least the threshold's 3 shared items.
      expect(lines.slice(1).every((l) => Number(l.split(",")[2]) >= 3)).toBe(true);
      await page.screenshot({path: resolve(SCREENSHOTS, "share-dialog-1440.png")});
      await dialog.locator("[data-share=close]").click();
      expect(await card.locator("dialog[open]").count()).toBe(0);
    } finally {
      await close();
    }
  });

  test("its download buttons stay in place while the iframe preview below them is measured", async () => {
    const {page, close} = await site.open("network.html", SIZES.desktop);
    try {
      const card = page.locator('figure[data-export="bipartite"]');
      await card.locator(".share-button").click();
      const dialog = card.locator("dialog[open]");
      const before = (await dialog.locator("[data-share=svg]").boundingBox())!;
      await page.waitForFunction(() =>
        /^\d+$/.test(
          document.querySelector("dialog[open] [data-share-height]")?.getAttribute("data-share-height") ?? ""
        )
      );
      const after = (await dialog.locator("[data-share=svg]").boundingBox())!;
      expect([after.x, after.y]).toEqual([before.x, before.y]);
    } finally {
      await close();
    }
  });

  test("opens within a 390 px phone's width", async () => {
    const {page, close} = await site.open("responsibilities.html", SIZES.phone);
    try {
      const card = page.locator('figure[data-export="responsibility-matrix"]');
      await card.locator(".share-button").click();
      const box = (await card.locator("dialog[open]").boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await page.screenshot({path: resolve(SCREENSHOTS, "share-dialog-390.png")});
    } finally {
      await close();
    }
  });

  // Each legend swatch's colour, as the page paints it and as the exported PNG draws it: the most frequent colour
  // of its non-white pixels, the page and the PNG both at 2× (deviceScaleFactor 2, svgToPng's scale 2).
  const LEGENDS: [page: string, card: string, legend: string][] = [
    ["responsibilities.html", 'figure[data-export="responsibility-matrix"]', "[class$='-swatch']"],
    // A small multiple: its legend is the one above the multiples, outside its card.
    [
      "progress.html",
      '.multiples figure[data-export="progress-I5"]',
      ".progress-legend:not(.progress-chart *) .progress-legend-swatch"
    ],
    // The one-indicator chart carries its own.
    [
      "progress.html?indicator=I7",
      '[data-chart] figure[data-export="progress-I7"]',
      "[data-chart] .progress-legend-swatch"
    ]
  ];
  test.each(LEGENDS)(
    "an exported PNG of %s has each legend swatch in the page's colours (pixels read back)",
    {timeout: 120_000},
    async (path, cardSelector, legendSelector) => {
      const {page, close} = await site.open(path, {...SIZES.desktop, deviceScaleFactor: 2});
      try {
        const card = page.locator(cardSelector);
        await card.waitFor();
        await card.scrollIntoViewIfNeeded();
        const swatches = page.locator(`${legendSelector} svg`);
        const count = await swatches.count();
        expect(count).toBeGreaterThan(1);
        const labels = await page.locator(legendSelector).allTextContents();
        const onPage: string[] = [];
        for (let i = 0; i < count; ++i) {
          const shot = await swatches.nth(i).screenshot();
          onPage.push(await dominant(page, shot.toString("base64"), null));
        }
        await card.locator(".share-button").click();
        const dialog = card.locator("dialog[open]");
        const svg = (await downloaded(page, () => dialog.locator("[data-share=svg]").click())).bytes.toString("utf8");
        const png = (await downloaded(page, () => dialog.locator("[data-share=png]").click())).bytes;
        // Where the export draws each swatch (exportChart.ts): an svg or rect marked data-legend-swatch.
        const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
        const boxes = [...svg.matchAll(/<(?:svg|rect)\b[^>]*\sdata-legend-swatch="[^"]*"[^>]*>/g)].map(([tag]) => ({
          x: Number(attribute(tag, "x")),
          y: Number(attribute(tag, "y")),
          width: Number(attribute(tag, "width")),
          height: Number(attribute(tag, "height")),
          label: attribute(tag, "data-legend-swatch")
        }));
        expect(boxes.map((b) => b.label)).toEqual(labels.map((l) => l.trim()));
        const exported: string[] = [];
        for (const box of boxes) exported.push(await dominant(page, png.toString("base64"), box));
        // The same colour; a mark drawn with opacity blends with the background a few units apart at most.
        const channels = (c: string) => c.match(/\d+/g)!.map(Number);
        const far = exported.filter((c, i) => {
          const [a, b] = [channels(c), channels(onPage[i])];
          return a.some((v, k) => Math.abs(v - b[k]) > 16);
        });
        expect(far, `exported ${exported.join(" ")}; on the page ${onPage.join(" ")}`).toEqual([]);
        // Not all one colour (a grey legend would be): the marks are told apart.
        expect(new Set(exported).size).toBeGreaterThan(1);
      } finally {
        await close();
      }
    }
  );

  test("an indicator with no observations: the CSV has its header, and the dialog says there are none", async () => {
    const {page, close} = await site.open("progress.html", SIZES.desktop);
    try {
      // I1 has no city observation and no national figure in the shipped data.
      const card = page.locator('.multiples figure[data-export="progress-I1"]');
      await card.locator(".share-button").click();
      const dialog = card.locator("dialog[open]");
      expect(await dialog.locator("[data-share-empty]").isVisible()).toBe(true);
      expect(await dialog.locator("[data-share-empty]").textContent()).toMatch(/No observations of I1|I1尚无观测值/);
      const csv = await downloaded(page, () => dialog.locator("[data-share=csv]").click());
      expect(csv.bytes.toString("utf8")).toBe("\ufeffid,year,value,level,source,note\n");
      await dialog.locator("[data-share=close]").click();
      // An indicator with rows says nothing of the kind.
      const other = page.locator('.multiples figure[data-export="progress-I5"]');
      await other.locator(".share-button").click();
      expect(await other.locator("dialog[open] [data-share-empty]").isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

/** The most frequent colour (rgb(r, g, b)) of a PNG's pixels that are not near white, within `box` (CSS px at 2×). */
async function dominant(
  page: Page,
  data: string,
  box: {x: number; y: number; width: number; height: number} | null
): Promise<string> {
  return page.evaluate(
    async ({data, box}) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const [x, y, w, h] = box
        ? [box.x * 2, box.y * 2, box.width * 2, box.height * 2]
        : [0, 0, image.width, image.height];
      const pixels = context.getImageData(Math.round(x), Math.round(y), Math.round(w), Math.round(h)).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        if (r > 235 && g > 235 && b > 235) continue;
        const key = `rgb(${r}, ${g}, ${b})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "white";
    },
    {data, box}
  );
}

/** The charts whose Share dialog gives iframe code: every chart has an embed page (src/embed/). */
const EMBEDDED = /^/;

describe("every share dialog", () => {
  test(
    "offers PNG, SVG, the chart's data as CSV, a link, and iframe code where the chart has an embed page",
    {timeout: 300_000},
    async () => {
      const missing: string[] = [];
      for (const path of CHART_PAGES) {
        const {page, close} = await site.open(path, SIZES.desktop);
        try {
          // The compare indicators page draws its cards a few per frame, and marks the grid when all are drawn.
          if (await page.locator(".indicator-cards").count())
            await page.waitForSelector(".indicator-cards[data-done]", {state: "attached"});
          const cards = page.locator("figure.chart-card");
          const n = await cards.count();
          expect(n, path).toBeGreaterThan(0);
          // One card of each kind (the progress page's multiples are alike).
          const seen = new Set<string>();
          for (let i = 0; i < n; ++i) {
            const card = cards.nth(i);
            const name = (await card.getAttribute("data-export"))!;
            const kind = name.replace(/-[^-]*$/, "-*");
            if (seen.has(kind)) continue;
            seen.add(kind);
            await card.locator(".share-button").click();
            const dialog = card.locator("dialog[open]");
            const wanted = ["png", "svg", "csv", "copy-link", ...(EMBEDDED.test(name) ? ["copy-iframe"] : [])];
            for (const key of wanted)
              if ((await dialog.locator(`[data-share=${key}]`).count()) !== 1) missing.push(`${path} ${name}: ${key}`);
            if (EMBEDDED.test(name) && path.startsWith("plans/")) {
              const code = await dialog.locator("[data-share-field=iframe]").inputValue();
              if (new URL(/src="([^"]+)"/.exec(code)![1]).searchParams.get("plan") !== OTHER_PLAN)
                missing.push(`${path} ${name}: iframe without plan=`);
            }
            await dialog.locator("[data-share=close]").click();
          }
        } finally {
          await close();
        }
      }
      expect(missing).toEqual([]);
    }
  );
});

describe("the share dialog of a compare chart", () => {
  // A plan the user added on the load page, as the load page keeps it (comparisonStore.ts): in this browser only.
  const storageState = () => {
    const dir = join(DIST, "_file/compare");
    const file = readdirSync(dir).find((f) => /^plans\.[0-9a-f]+\.json$/.test(f))!;
    const {plans} = JSON.parse(readFileSync(join(dir, file), "utf8")) as {plans: {plan: string}[]};
    const mine = {plan: "my-plan", added: "2026-11-30T12:00:00Z", summary: {...plans[0], plan: "my-plan"}};
    const value = JSON.stringify({format: "plan-explorer-comparison", version: 1, plans: [mine]});
    return {cookies: [], origins: [{origin: site.origin(), localStorage: [{name: COMPARISON_KEY, value}]}]};
  };
  const CARDS: [page: string, card: string][] = [
    ["compare/plans.html", "plans-timeline"],
    ["compare/responsibilities.html", "kinds-by-plan"],
    ["compare/responsibilities.html", "accountability-by-plan"]
  ];

  test("says, above its iframe code, that the plans you added are not in the embed; says nothing without them", async () => {
    const notes: string[] = [];
    for (const stored of [true, false])
      for (const [path, name] of CARDS) {
        const {page, close} = await site.open(`${path}?lang=en`, {
          ...SIZES.desktop,
          ...(stored ? {storageState: storageState()} : {})
        });
        try {
          const card = page.locator(`figure[data-export="${name}"]`);
          // The chart draws the added plan: the embed, the site's plans only, would not.
          if (stored)
            expect(
              await card.evaluate((c) => [...c.querySelectorAll("svg")].map((svg) => svg.textContent).join(" ")),
              name
            ).toContain("my-plan");
          await card.locator(".share-button").click();
          const dialog = card.locator("dialog[open]");
          expect(await dialog.locator("[data-share-field=iframe]").count(), name).toBe(1);
          const note = dialog.locator("[data-share-embed-note]");
          if (!stored) {
            expect(await note.count(), `${name} without added plans`).toBe(0);
            continue;
          }
          const text = (await note.textContent()) ?? "";
          expect(text, name).toContain("my-plan");
          expect(text, name).toMatch(/site's plans only/);
          notes.push(name);
          if (name === "plans-timeline")
            await page.screenshot({path: resolve(SCREENSHOTS, "share-embed-note-1440.png")});
        } finally {
          await close();
        }
      }
    expect(notes).toEqual(CARDS.map(([, name]) => name));
  });
});
