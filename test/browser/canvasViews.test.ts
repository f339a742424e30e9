// The matrix and the bipartite view drawn on canvas (as they are above a size) look like the SVG ones, and their
// PNG export is the SVG one's: the Yan'an plan drawn both ways in Chromium, the screenshots and the exported PNGs
// compared pixel by pixel. Needs no build: the components are bundled for the page (esbuild, as bench/network.ts).
import {build} from "esbuild";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, expect, test} from "vitest";
import type {Browser, Page} from "playwright-core";
import {launch} from "./browser.ts";
import {parseDataPlan} from "../../src/dataFiles/plan-files.js";

const ENTRY = `
import {responsibilityMatrix} from "./src/components/responsibilityMatrix.ts";
import {bipartiteNetwork} from "./src/components/bipartiteNetwork.ts";
import {chartSvg, svgToPng} from "./src/components/exportChart.ts";
import {orderMatrix} from "./src/lib/ordering.ts";
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** Draws a view with a renderer, re-ordered once, in a box of its own; returns its export as a PNG data URL. */
globalThis.draw = async (model, view, renderer) => {
  const order = orderMatrix(model, "document");
  const similarity = orderMatrix(model, "similarity");
  const highlight = {department: model.departments[3].name};
  const box = document.createElement("div");
  box.id = renderer;
  box.style.width = "1000px";
  document.body.append(box);
  const chart =
    view === "matrix"
      ? responsibilityMatrix(model, {order, highlight, renderer, width: 1000})
      : bipartiteNetwork(model, {order: similarity, highlight, renderer, width: 1000});
  box.append(chart);
  if (view === "matrix") chart.reorder(similarity);
  for (let k = 0; k < 3; ++k) await frame();
  const png = await svgToPng(chartSvg(chart, {title: "T", source: "S", made: "M"}), {scale: 1});
  return await new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsDataURL(png);
  });
};
/** The share of pixels of two images (data URLs) that differ by more than a little in any channel. */
globalThis.difference = async (a, b) => {
  const pixels = async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height);
  };
  const [x, y] = [await pixels(a), await pixels(b)];
  if (x.width !== y.width || x.height !== y.height) return {size: [x.width, x.height, y.width, y.height], share: 1};
  let differ = 0;
  let ink = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(x.data[i + c] - y.data[i + c])));
    if (d > 48) ++differ;
    if (x.data[i] + x.data[i + 1] + x.data[i + 2] < 600) ++ink;
  }
  return {share: differ / (x.data.length / 4), ink: ink / (x.data.length / 4)};
};
`;

let browser: Browser;
let page: Page;
const model = parseDataPlan("yanan-2024-8").model;

beforeAll(async () => {
  const bundle = await build({
    stdin: {contents: ENTRY, resolveDir: fileURLToPath(new URL("../..", import.meta.url)), loader: "ts"},
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    logLevel: "silent"
  });
  browser = await launch();
  page = await browser.newPage({viewport: {width: 1100, height: 900}});
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;font-family:sans-serif"></body><script>${bundle.outputFiles[0].text.replace(/<\/script/g, "<\\/script")}</script>`
  );
});

afterAll(async () => {
  await browser?.close();
});

test.each(["matrix", "bipartite"])("the %s on canvas looks like, and exports as, the SVG one", async (view) => {
  const drawn: Record<string, {png: string; screen: string}> = {};
  for (const renderer of ["svg", "canvas"]) {
    await page.evaluate(() => document.body.replaceChildren());
    const png = await page.evaluate(
      ([m, v, r]) => (globalThis as unknown as {draw: (...a: unknown[]) => Promise<string>}).draw(m, v, r),
      [model, view, renderer] as const
    );
    const shot = await page.locator(`#${renderer}`).screenshot();
    drawn[renderer] = {png, screen: `data:image/png;base64,${shot.toString("base64")}`};
  }
  expect(await page.evaluate(() => document.querySelectorAll("canvas").length)).toBeGreaterThan(0);
  const compare = (a: string, b: string) =>
    page.evaluate(
      ([x, y]) =>
        (
          globalThis as unknown as {difference: (a: string, b: string) => Promise<{share: number; ink: number}>}
        ).difference(x, y),
      [a, b] as const
    );
  // The exports: the canvas layer is drawn as SVG again, so the files are the same drawing.
  const files = await compare(drawn.svg.png, drawn.canvas.png);
  expect(files.ink, "the export draws the chart").toBeGreaterThan(0.02);
  expect(files.share).toBeLessThan(0.001);
  // On screen: the cells or links on canvas land where the SVG draws them (antialiasing differs at the edges).
  const screens = await compare(drawn.svg.screen, drawn.canvas.screen);
  expect(screens.ink, "the screenshot shows the chart").toBeGreaterThan(0.02);
  expect(screens.share).toBeLessThan(0.003);
});
