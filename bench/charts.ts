/**
 * The charts of docs/performance.md, drawn by the site's own chart library (Observable Plot) in Node, on a jsdom
 * document, from bench/results.json:
 * - docs/performance-parse.svg: the parser's cost per KB against the size of the text, with its floor;
 * - docs/performance-weight.svg: each page's weight, gzipped, by kind of file, against its budget.
 *
 *   npx tsx bench/charts.ts       (npm run bench calls it at the end)
 */
import * as Plot from "@observablehq/plot";
import {JSDOM} from "jsdom";
import {readFileSync, writeFileSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {ParserResult} from "./parser.js";
import {type Budgets, type Kind, type PageWeight, budgetOf} from "./weight.js";

const DOCS = fileURLToPath(new URL("../docs/", import.meta.url));
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

function svgOf(build: (document: Document) => Element): string {
  const {document} = new JSDOM("<!DOCTYPE html><body></body>").window;
  const svg = build(document);
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("font-family", FONT);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}\n`;
}

/** µs per KB of text against the size of the text (log scale): flat lines mean a cost linear in the text. */
export function parseChart(r: ParserResult): string {
  type Point = {kb: number; us: number; measure: string; shape: string; series: string};
  const points: Point[] = [];
  for (const [shape, rows] of [
    ["corpus of n plans", r.corpora],
    ["one plan, body × n", r.long]
  ] as const)
    for (const row of rows)
      for (const measure of ["parse", "floor"] as const)
        points.push({
          kb: row.bytes / 1024,
          us: measure === "parse" ? row.parseUsPerKb : row.floorUsPerKb,
          measure: measure === "parse" ? "parsePlan" : "floor: decode + split lines",
          shape,
          series: `${measure === "parse" ? "parsePlan" : "floor"}, ${shape}`
        });
  const color = {domain: ["parsePlan", "floor: decode + split lines"], range: ["#4269d0", "#8a8a8a"]};
  const max = Math.max(...points.map((p) => p.us));
  const minKb = Math.min(...points.map((p) => p.kb));
  const note = (text: string, y: number, dash: boolean) => [
    Plot.ruleY([y], {x1: minKb * 1.1, x2: minKb * 1.9, stroke: "#555", strokeDasharray: dash ? "5,4" : undefined}),
    Plot.text([text], {x: minKb * 2.1, y, textAnchor: "start", fill: "#333"})
  ];
  return svgOf((document) =>
    Plot.plot({
      document,
      width: 720,
      height: 380,
      marginRight: 80,
      marginTop: 30,
      style: {fontSize: "12px", background: "white"},
      x: {type: "log", label: "size of the text (KB) →", grid: true},
      y: {label: "↑ µs per KB of text", domain: [0, max * 1.15], grid: true},
      color,
      marks: [
        Plot.ruleY([0]),
        ...(["corpus of n plans", "one plan, body × n"] as const).map((shape) =>
          Plot.line(
            points.filter((p) => p.shape === shape),
            {
              x: "kb",
              y: "us",
              z: "series",
              stroke: "measure",
              strokeWidth: 2,
              strokeDasharray: shape === "corpus of n plans" ? undefined : "5,4",
              marker: "circle"
            }
          )
        ),
        Plot.text(
          points.filter((p) => p.shape === "corpus of n plans"),
          Plot.selectLast({
            x: "kb",
            y: "us",
            z: "series",
            text: (p: Point) => (p.measure === "parsePlan" ? "parsePlan" : "floor"),
            fill: "measure",
            textAnchor: "start",
            dx: 8
          })
        ),
        ...note("corpus of 10, 100 and 1,000 plans, parsed one by one", max * 0.62, false),
        ...note("one plan, its body repeated 1, 10 and 100 times", max * 0.54, true),
        Plot.text(["floor: decoding the bytes and splitting lines"], {
          x: minKb * 1.1,
          y: max * 0.46,
          textAnchor: "start",
          fill: "#8a8a8a"
        }),
        Plot.text(
          [
            `Yan'an plan: parsePlan ${r.yanan.parse.median.toFixed(2)} ms, ${r.yanan.ratio.toFixed(1)}× its floor (goal ≤ ${r.goals.ratio.goal}×)`
          ],
          {x: minKb * 1.1, y: max * 0.36, textAnchor: "start", fontWeight: "bold"}
        )
      ]
    })
  );
}

const KIND_LABELS: Record<Kind, string> = {js: "JS", css: "CSS", data: "data", html: "HTML"};
const KIND_COLORS: Record<Kind, string> = {js: "#4269d0", css: "#efb118", data: "#ff725c", html: "#6cc5b0"};

/** Each page's gzipped bytes, stacked by kind, with its budget; a folder of many pages is shown by its heaviest. */
export function weightChart(weights: PageWeight[], budgets: Budgets): string {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) {
    const dir = w.page.includes("/") ? w.page.slice(0, w.page.lastIndexOf("/")) : "";
    groups.set(dir, [...(groups.get(dir) ?? []), w]);
  }
  const shown: {name: string; w: PageWeight}[] = [];
  for (const [dir, ws] of groups)
    if (dir === "" || ws.length <= 3) for (const w of ws) shown.push({name: w.page.replace(/\.html$/, ""), w});
    else {
      const heaviest = ws.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
      shown.push({name: `${dir}/… (heaviest of ${ws.length})`, w: heaviest});
    }
  shown.sort((a, b) => b.w.total.gzip - a.w.total.gzip);
  const kinds: Kind[] = ["js", "data", "css", "html"];
  const bars = shown.flatMap(({name, w}) =>
    kinds.map((kind) => ({page: name, kind: KIND_LABELS[kind], kb: w[kind].gzip / 1024}))
  );
  const budgetKb = budgetOf(budgets, shown[0]?.w.page ?? "") / 1024;
  const legend = kinds.map((kind, i) =>
    Plot.text([`■ ${KIND_LABELS[kind]}`], {frameAnchor: "top-left", dx: i * 60, dy: -22, fill: KIND_COLORS[kind]})
  );
  return svgOf((document) =>
    Plot.plot({
      document,
      width: 720,
      height: 40 + 24 * shown.length,
      marginLeft: 230,
      marginRight: 60,
      marginTop: 34,
      style: {fontSize: "12px", background: "white"},
      x: {
        label: "gzipped KB loaded by the page →",
        grid: true,
        domain: [0, Math.max(budgetKb, ...bars.map((b) => b.kb)) * 1.05]
      },
      y: {label: null, domain: shown.map((s) => s.name)},
      color: {domain: kinds.map((k) => KIND_LABELS[k]), range: kinds.map((k) => KIND_COLORS[k])},
      marks: [
        Plot.barX(bars, {x: "kb", y: "page", fill: "kind", order: kinds.map((k) => KIND_LABELS[k])}),
        Plot.text(shown, {
          x: (s) => s.w.total.gzip / 1024,
          y: "name",
          text: (s) => `${Math.round(s.w.total.gzip / 1024)} KB`,
          textAnchor: "start",
          dx: 4
        }),
        Plot.ruleX([budgetKb], {stroke: "#d62728", strokeWidth: 1.5, strokeDasharray: "4,3"}),
        Plot.text([`budget ${Math.round(budgetKb)} KB`], {
          x: budgetKb,
          frameAnchor: "top",
          textAnchor: "end",
          dx: -4,
          dy: -22,
          fill: "#d62728"
        }),
        ...legend
      ]
    })
  );
}

/** Writes the charts for the parts present in results; returns the files written. */
export function writeCharts(
  results: {parser?: ParserResult; weight?: {pages: PageWeight[]; budgets: Budgets}},
  dir = DOCS
): string[] {
  const written: string[] = [];
  if (results.parser) {
    const file = resolve(dir, "performance-parse.svg");
    writeFileSync(file, parseChart(results.parser));
    written.push(file);
  }
  if (results.weight) {
    const file = resolve(dir, "performance-weight.svg");
    writeFileSync(file, weightChart(results.weight.pages, results.weight.budgets));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync(new URL("./results.json", import.meta.url), "utf8"));
  for (const file of writeCharts(results.parts ?? {})) console.log(`wrote ${file}`);
}
