/**
 * Page weight, read from a built site (dist/): for every page, the bytes of the JS, CSS and data it loads, raw and
 * gzipped (node:zlib, level 9, each file on its own, as a server would send it). Deterministic: the same dist gives
 * the same figures. The budgets are in bench/budgets.json and checked by test/browser/budgets.test.ts.
 *
 * What a page loads:
 * - html: the page itself;
 * - js: its <script src> and <link rel=modulepreload>, the modules its inline scripts import (statically or with
 *   import("…")), and every module those import statically, transitively (lazy import("…") inside a module is not
 *   followed: it loads only when used);
 * - css: its <link rel=stylesheet>, and their @import, transitively;
 * - data: the files it registers for FileAttachment (registerFile(…, {path: "./_file/…"})), all counted even when
 *   a file is fetched only on demand (a download), so the figure is an upper bound.
 *
 *   npm run bench:weight [-- dist]    prints the table and exits 1 when a page is over budget
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {gzipSync} from "node:zlib";
import {fmt, table} from "./stats.js";

export type Kind = "html" | "js" | "css" | "data";
export const KINDS: Kind[] = ["html", "js", "css", "data"];

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The page's path in dist, with forward slashes: "index.html", "departments/yanan-customs.html". */
  page: string;
  html: Weight;
  js: Weight;
  css: Weight;
  data: Weight;
  total: Weight;
  /** Every file counted, as a path in dist. */
  files: {kind: Kind; path: string; raw: number; gzip: number}[];
  /** References that name no file in dist (a broken build, or a resource outside it). */
  missing: string[];
}

export interface Budgets {
  /** The budget of every page not listed in pages. */
  default: {gzip: number};
  /** Overrides, by page path in dist ("network.html"). */
  pages: Record<string, {gzip: number}>;
}

/** Every file under dir, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

const toPosix = (path: string) => path.split(sep).join("/");

/** The built pages: every .html file except Framework's own (_observablehq/) and the 404 page. */
export function listPages(dist: string): string[] {
  if (!existsSync(dist)) return [];
  return listFiles(dist)
    .map((file) => toPosix(relative(dist, file)))
    .filter((file) => file.endsWith(".html") && !file.startsWith("_observablehq/") && file !== "404.html");
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(tag)
    ?.slice(1)
    .find((x) => x) ?? null;

/** Static import and export-from specifiers of a module (minified or not). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** Specifiers of import("…") calls with a string literal. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g)].map((m) => m[1]);
}

/** @import url(…) and @import "…" of a stylesheet. */
function cssImports(code: string): string[] {
  return [...code.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/g)].map((m) => m[1]);
}

/** The weights of every page of a built site. */
export function pageWeights(dist: string): PageWeight[] {
  const root = resolve(dist);
  const sizes = new Map<string, {raw: number; gzip: number}>();
  const sizeOf = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = readFileSync(file);
      s = {raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
      sizes.set(file, s);
    }
    return s;
  };
  const inDist = (file: string) => file === root || file.startsWith(root + sep);
  const isFile = (file: string) => inDist(file) && existsSync(file) && statSync(file).isFile();

  return listPages(root).map((page) => {
    const pageFile = join(root, page);
    const html = readFileSync(pageFile, "utf8");
    const counted = new Map<string, Kind>([[pageFile, "html"]]);
    const missing: string[] = [];
    /** Resolves a reference made from a file; null for external URLs and data: URIs. */
    const locate = (from: string, ref: string): string | null => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//") || ref.startsWith("#")) return null;
      const clean = ref.replace(/[?#].*$/, "");
      return clean.startsWith("/") ? join(root, clean) : resolve(dirname(from), clean);
    };
    const add = (kind: Kind, from: string, ref: string): string | null => {
      if (ref.includes("${")) return null; // a template in a string, not a reference
      const file = locate(from, ref);
      if (file === null) return null;
      if (!isFile(file)) {
        missing.push(ref);
        return null;
      }
      if (counted.has(file)) return null;
      counted.set(file, kind);
      return file;
    };
    const addModule = (from: string, ref: string) => {
      const file = add("js", from, ref);
      if (file) for (const next of staticImports(readFileSync(file, "utf8"))) addModule(file, next);
    };
    const addStylesheet = (from: string, ref: string) => {
      const file = add("css", from, ref);
      if (file) for (const next of cssImports(readFileSync(file, "utf8"))) addStylesheet(file, next);
    };

    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
      const href = attr(tag, "href");
      if (!href) continue;
      if (rel.includes("modulepreload")) addModule(pageFile, href);
      else if (rel.includes("stylesheet")) addStylesheet(pageFile, href);
    }
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = attr(m[1], "src");
      if (src) addModule(pageFile, src);
      else for (const ref of [...staticImports(m[2]), ...dynamicImports(m[2])]) addModule(pageFile, ref);
      for (const f of m[2].matchAll(/registerFile\(\s*("(?:[^"\\]|\\.)*")\s*,\s*(\{[^\n]*?\})\s*\)/g)) {
        let path: string | undefined;
        try {
          path = (JSON.parse(f[2]) as {path?: string}).path;
        } catch {
          missing.push(`registerFile(${f[1]}): unreadable`);
        }
        if (path) add("data", pageFile, path);
      }
    }

    const weight = (kind?: Kind): Weight => {
      let files = 0;
      let raw = 0;
      let gzip = 0;
      for (const [file, k] of counted)
        if (kind === undefined || k === kind) {
          const s = sizeOf(file);
          ++files;
          raw += s.raw;
          gzip += s.gzip;
        }
      return {files, raw, gzip};
    };
    return {
      page,
      html: weight("html"),
      js: weight("js"),
      css: weight("css"),
      data: weight("data"),
      total: weight(),
      files: [...counted].map(([file, kind]) => ({kind, path: toPosix(relative(root, file)), ...sizeOf(file)})),
      missing
    };
  });
}

export const BUDGETS_FILE = fileURLToPath(new URL("./budgets.json", import.meta.url));

/** The page-weight budgets (bench/budgets.json): a default gzip size in bytes and any page's own. */
export function readBudgets(file = BUDGETS_FILE): Budgets {
  return JSON.parse(readFileSync(file, "utf8")) as Budgets;
}

/** A page's budget in gzip bytes: its own, else the default. */
export const budgetOf = (budgets: Budgets, page: string): number => (budgets.pages[page] ?? budgets.default).gzip;

/** One message per page over its budget: page, bytes and budget. */
export function overBudget(weights: PageWeight[], budgets: Budgets): string[] {
  return weights
    .filter((w) => w.total.gzip > budgetOf(budgets, w.page))
    .map(
      (w) =>
        `${w.page}: ${fmt(w.total.gzip)} bytes gzipped (JS ${fmt(w.js.gzip)}, CSS ${fmt(w.css.gzip)}, data ${fmt(w.data.gzip)}, HTML ${fmt(w.html.gzip)}) > budget ${fmt(budgetOf(budgets, w.page))}`
    );
}

const kb = (bytes: number) => fmt(bytes / 1024, 1);

/**
 * The table of page weights (KB). Pages of a folder with more than three (the department briefs) are shown as one
 * row: the heaviest of them, with their count.
 */
export function weightTable(weights: PageWeight[], budgets: Budgets): string {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) {
    const dir = w.page.includes("/") ? w.page.slice(0, w.page.lastIndexOf("/")) : "";
    groups.set(dir, [...(groups.get(dir) ?? []), w]);
  }
  const shown: {name: string; w: PageWeight}[] = [];
  for (const [dir, ws] of groups) {
    if (dir === "" || ws.length <= 3) for (const w of ws) shown.push({name: w.page, w});
    else {
      const heaviest = ws.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
      shown.push({name: `${dir}/* (${ws.length} pages, heaviest)`, w: heaviest});
    }
  }
  return table(
    [
      "page",
      "JS files",
      "JS KB",
      "JS gz",
      "CSS KB",
      "CSS gz",
      "data KB",
      "data gz",
      "total KB",
      "total gz",
      "budget gz",
      "within"
    ],
    shown.map(({name, w}) => [
      name,
      String(w.js.files),
      kb(w.js.raw),
      kb(w.js.gzip),
      kb(w.css.raw),
      kb(w.css.gzip),
      kb(w.data.raw),
      kb(w.data.gzip),
      kb(w.total.raw),
      kb(w.total.gzip),
      kb(budgetOf(budgets, w.page)),
      w.total.gzip <= budgetOf(budgets, w.page) ? "yes" : "NO"
    ])
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const weights = pageWeights(dist);
  if (weights.length === 0) {
    console.error(`no pages in ${dist}: run npm run build first`);
    process.exit(2);
  }
  const budgets = readBudgets();
  console.log(`page weight · ${dist} · KB (1,024 bytes), gzip level 9 per file\n`);
  console.log(weightTable(weights, budgets));
  for (const w of weights) if (w.missing.length) console.log(`${w.page}: missing ${w.missing.join(", ")}`);
  const over = overBudget(weights, budgets);
  for (const line of over) console.log(`over budget: ${line}`);
  process.exitCode = over.length ? 1 : 0;
}
