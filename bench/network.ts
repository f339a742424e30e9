/**
 * Benchmark of the responsibility views in Chromium (not a test: nothing here is asserted). For the Yan'an
 * plan and synthetic plans of 100 and 1,000 departments (3 items each) it reports, per view: ordering time,
 * time to first render, time to a settled layout (force view), time to re-render with a highlight, the
 * force layout's frame interval, and the number of SVG elements.
 *
 *   npm run bench:network [-- --sizes 100,1000,5000 --runs 3]
 */
import {build} from "esbuild";
import {mkdirSync, writeFileSync} from "node:fs";
import {cpus} from "node:os";
import {parseArgs} from "node:util";
import {launch} from "../test/browser/browser.js";
import {loadPlan} from "../src/data/plan-files.js";
import type {PlanModel} from "../src/lib/model.js";
import type {ViewTiming} from "./network-entry.js";
import {syntheticModel} from "./synthetic.js";

const {values} = parseArgs({
  options: {sizes: {type: "string", default: "100,1000"}, runs: {type: "string", default: "3"}}
});
const sizes = values.sizes!.split(",").map(Number);
const runs = Number(values.runs);
const VIEWS = ["matrix", "bipartite", "force"] as const;

const bundle = await build({
  entryPoints: [new URL("./network-entry.ts", import.meta.url).pathname],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  logLevel: "silent"
});
const script = bundle.outputFiles[0].text;

const models: [string, PlanModel][] = [
  ["Yan'an", loadPlan("yanan-2024-8").model],
  ...sizes.map((n) => [`${n} depts`, syntheticModel(n)] as [string, PlanModel])
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const browser = await launch();
const page = await browser.newPage({viewport: {width: 1280, height: 900}});
await page.setContent(
  `<!doctype html><meta charset="utf-8"><body></body><script>${script.replace(/<\/script/g, "<\\/script")}</script>`
);
const rows = [];
for (const [name, model] of models) {
  for (const view of VIEWS) {
    const samples: ViewTiming[] = [];
    for (let k = 0; k < runs; ++k)
      samples.push(
        await page.evaluate(
          ([m, v]) =>
            (globalThis as unknown as {runView: (m: PlanModel, v: string) => Promise<ViewTiming>}).runView(m, v),
          [model, view] as const
        )
      );
    const pick = (key: keyof ViewTiming) => {
      const xs = samples.map((s) => s[key]).filter((x): x is number => x !== null);
      return xs.length ? {median: median(xs), min: Math.min(...xs), max: Math.max(...xs)} : null;
    };
    rows.push({
      model: name,
      departments: model.departments.length,
      items: model.items.length,
      links: model.responsibilities.length,
      view,
      order: pick("order"),
      firstRender: pick("firstRender"),
      settled: pick("settled"),
      update: pick("update"),
      frame: pick("frame"),
      elements: samples[0].elements
    });
  }
}
await browser.close();

const ms = (x: {median: number} | null) => (x ? x.median.toFixed(0).padStart(7) : "      –");
console.log(
  `responsibility views · Chromium headless · ${cpus().length} cores · ${new Date().toISOString().slice(0, 10)} · median of ${runs}`
);
console.log("model           view       order  render settled  update   frame  elements");
for (const r of rows)
  console.log(
    `${r.model.padEnd(15)} ${r.view.padEnd(9)} ${ms(r.order)} ${ms(r.firstRender)} ${ms(r.settled)} ${ms(r.update)} ${ms(r.frame)} ${String(r.elements).padStart(9)}`
  );
mkdirSync(new URL(".", import.meta.url), {recursive: true});
writeFileSync(
  new URL("./network-results.json", import.meta.url),
  JSON.stringify({date: new Date().toISOString(), cores: cpus().length, runs, rows}, null, 2)
);
