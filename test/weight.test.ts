// pageWeights on a tiny fake build: what a page loads (JS transitively, CSS with @import, registered data files),
// raw and gzipped, and the budget check.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {gzipSync} from "node:zlib";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {type Budgets, dynamicImports, listPages, overBudget, pageWeights, staticImports} from "../bench/weight.ts";

const FILES: Record<string, string> = {
  "index.html": `<!DOCTYPE html><html><head>
<link rel="preload" as="style" href="./_import/style.css">
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<link rel="modulepreload" href="./_observablehq/client.js">
<script type="module">
import {define} from "./_observablehq/client.js";
import {registerFile} from "./_observablehq/stdlib.js";
registerFile("./data/plan.json", {"name":"./data/plan.json","mimeType":"application/json","path":"./_file/data/plan.1234.json","size":20});
define({id: "a", body: async () => { const [{chart}] = await Promise.all([import("./_import/chart.js")]); return {chart}; }});
</script></head><body></body></html>`,
  "sub/page.html": `<!DOCTYPE html><link rel="stylesheet" href="../_import/style.css"><script type="module" src="../_import/chart.js"></script>
<script type="module">registerFile("../data/plan.json", {"name":"../data/plan.json","path":"../_file/data/plan.1234.json"});</script>`,
  "404.html": "<!DOCTYPE html><p>not found</p>",
  "_observablehq/client.js": `import{runtime as r}from"./runtime.js";export*from"./stdlib.js";export const define=()=>r;`,
  "_observablehq/runtime.js": "export const runtime = 1;\n".repeat(40),
  "_observablehq/stdlib.js": `export function registerFile() {} export const lazy = () => import("../_node/lazy.js");`,
  "_observablehq/theme.html": "<!DOCTYPE html>",
  "_node/lazy.js": "export default 'never loaded by a page';",
  "_node/d3.js": "export const scale = 2;".repeat(100),
  "_import/chart.js": `import { scale } from "../_node/d3.js"\nexport function chart() { return scale; }`,
  "_import/style.css": `@import url("./inputs.css");\nbody{margin:0}`,
  "_import/inputs.css": "form{display:block}",
  "_file/data/plan.1234.json": `{"items": [1, 2, 3]}`
};

let dist: string;
const size = (path: string) => Buffer.byteLength(FILES[path]);
const gz = (path: string) => gzipSync(Buffer.from(FILES[path]), {level: 9}).length;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "weight-"));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), {recursive: true});
    writeFileSync(join(dist, path), text);
  }
});
afterAll(() => rmSync(dist, {recursive: true, force: true}));

describe("pageWeights", () => {
  test("lists the pages, not Framework's own files nor the 404 page", () => {
    expect(listPages(dist)).toEqual(["index.html", "sub/page.html"]);
  });

  test("counts what a page loads, transitively, raw and gzipped", () => {
    const [index] = pageWeights(dist);
    const js = [
      "_observablehq/client.js",
      "_observablehq/runtime.js",
      "_observablehq/stdlib.js",
      "_import/chart.js",
      "_node/d3.js"
    ];
    const css = ["_import/style.css", "_import/inputs.css"];
    const data = ["_file/data/plan.1234.json"];
    expect(index.page).toBe("index.html");
    expect(
      index.files
        .filter((f) => f.kind === "js")
        .map((f) => f.path)
        .sort()
    ).toEqual([...js].sort());
    expect(
      index.files
        .filter((f) => f.kind === "css")
        .map((f) => f.path)
        .sort()
    ).toEqual([...css].sort());
    expect(index.files.filter((f) => f.kind === "data").map((f) => f.path)).toEqual(data);
    const sum = (paths: string[], f: (p: string) => number) => paths.reduce((n, p) => n + f(p), 0);
    expect(index.js).toEqual({files: 5, raw: sum(js, size), gzip: sum(js, gz)});
    expect(index.css).toEqual({files: 2, raw: sum(css, size), gzip: sum(css, gz)});
    expect(index.data).toEqual({files: 1, raw: sum(data, size), gzip: sum(data, gz)});
    expect(index.html).toEqual({files: 1, raw: size("index.html"), gzip: gz("index.html")});
    expect(index.total.raw).toBe(index.html.raw + index.js.raw + index.css.raw + index.data.raw);
    expect(index.total.gzip).toBe(index.html.gzip + index.js.gzip + index.css.gzip + index.data.gzip);
    expect(index.files.some((f) => f.path === "_node/lazy.js")).toBe(false); // a lazy import is not followed
    expect(index.missing).toEqual([]);
  });

  test("resolves references from a page in a folder, and counts a file once", () => {
    const page = pageWeights(dist)[1];
    expect(page.page).toBe("sub/page.html");
    expect(page.files.map((f) => f.path).sort()).toEqual(
      [
        "sub/page.html",
        "_import/style.css",
        "_import/inputs.css",
        "_import/chart.js",
        "_node/d3.js",
        "_file/data/plan.1234.json"
      ].sort()
    );
  });

  test("reports references to files that are not in the build", () => {
    writeFileSync(join(dist, "broken.html"), `<link rel="modulepreload" href="./_import/gone.js">`);
    try {
      expect(pageWeights(dist).find((w) => w.page === "broken.html")!.missing).toEqual(["./_import/gone.js"]);
    } finally {
      rmSync(join(dist, "broken.html"));
    }
  });
});

describe("budgets", () => {
  test("a page over its budget is named with its bytes and budget; overrides apply by page", () => {
    const weights = pageWeights(dist);
    const index = weights[0].total.gzip;
    const budgets: Budgets = {default: {gzip: 10}, pages: {"sub/page.html": {gzip: 1_000_000}}};
    const over = overBudget(weights, budgets);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(
      new RegExp(`^index\\.html: ${index.toLocaleString("en-US")} bytes gzipped .* > budget 10$`)
    );
    expect(overBudget(weights, {default: {gzip: index}, pages: {}})).toEqual([]);
  });
});

describe("module references", () => {
  test("static imports, minified or not, and dynamic imports", () => {
    expect(
      staticImports(`import{a as b}from"./x.js";export*from"../y.js";import "./z.js"\nexport { c } from './w.js'`)
    ).toEqual(["./x.js", "../y.js", "./z.js", "./w.js"]);
    expect(staticImports(`const s = "import"; f(x); x.from("a")`)).toEqual([]);
    expect(dynamicImports(`await Promise.all([import("./a.js"), import( './b.js' )]); import(name)`)).toEqual([
      "./a.js",
      "./b.js"
    ]);
  });
});
