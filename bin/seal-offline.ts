/**
 * After `observable build`: Framework's own client and standard library keep lazy imports of libraries that
 * a page could use without importing them (the free names d3, html, _, Inputs … and FileAttachment's
 * .csv(), .arquero(), .parquet() …). This site imports every library explicitly and never uses those, so the
 * build holds none of them; each such import is replaced by a rejected promise that says so, and the built
 * site names no /_npm/ path (checked by `npm run check:offline`, test/offline.ts).
 *
 *
 * Then every page gets a Content-Security-Policy <meta> (pagePolicy): scripts only from this site plus the
 * SHA-256 hashes of that page's own inline scripts (Framework's bootstrap with the page's cells, the language
 * script), so that nothing injected into a page can run.
 *
 *   tsx bin/seal-offline.ts [dist]
 */
import {createHash} from "node:crypto";
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";

const LAZY_NPM = /(import|import\.meta\.resolve)\((["'`])(?:\.\.?\/)*_npm\/([^"'`]+)\2\)/g;

/** The code with each lazy import (or import.meta.resolve) of a /_npm/ path replaced by an error naming it. */
export function sealLazyNpmImports(code: string): {code: string; count: number} {
  let count = 0;
  const sealed = code.replace(LAZY_NPM, (_, call: string, _q, path: string) => {
    ++count;
    const error = `new Error(${JSON.stringify(`${path} is not part of this offline build: import it explicitly`)})`;
    return call === "import" ? `Promise.reject(${error})` : `(() => {throw ${error};})()`;
  });
  return {code: sealed, count};
}

/**
 * Replaces, in every script of `dist`/_observablehq, each lazy import of a CDN library with a rejected promise (see
 * above); returns the files changed and how many imports each had.
 */
export function sealDist(dist: string): {file: string; count: number}[] {
  const dir = join(dist, "_observablehq");
  const sealed: {file: string; count: number}[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".js")) continue;
    const file = join(dir, name);
    const {code, count} = sealLazyNpmImports(readFileSync(file, "utf8"));
    if (count) {
      writeFileSync(file, code);
      sealed.push({file, count});
    }
  }
  return sealed;
}

/** The text of each inline <script> (one without src) of an HTML page, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(m[1])) continue;
    scripts.push(m[2]);
  }
  return scripts;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * htl (the html`…` of the pages and of Inputs) marks an event handler it will set as a property with a
 * placeholder attribute, onclick="::3", which Chromium checks against script-src when the element is made.
 * "::N" is not JavaScript (a syntax error), so allowing exactly these strings by hash ('unsafe-hashes') lets
 * nothing run; N is the index of the template's value, below 64 in every template of the site and of Inputs.
 */
const HTL_PLACEHOLDERS = Array.from({length: 64}, (_, n) => sha256(`::${n}`));

/**
 * The policy of a page whose inline scripts are `scripts`: everything from this site only ('self'), inline
 * scripts only by their SHA-256 hash (and htl's placeholders, above); eval, because d3-dsv's csvParse compiles
 * its row reader with new Function (the pages parse CSV files); styles may be inline (Framework, Plot and the pages set style
 * attributes and <style> elements); images also from data: and blob: URLs (the PNG and SVG exports); no
 * plugins (object-src 'none'), no <base> elsewhere (base-uri 'self'), requests only to this site
 * (connect-src 'self', and blob: URLs the page made itself: its downloads), forms only to this site. A page embedded in a sandboxed iframe keeps working: see
 * src/embeds.md for what a host page needs.
 */
export function pagePolicy(scripts: string[]): string {
  const hashes = [...new Set(scripts.map(sha256))];
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-eval' 'unsafe-hashes' ${[...hashes, ...HTL_PLACEHOLDERS].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** The page with its Content-Security-Policy <meta> first in <head> (an older one replaced). */
export function addPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScripts(cleaned))}">`;
  // After <meta charset>, which must stay within the first 1024 bytes; before any script or link.
  const charset = /<meta charset[^>]*>\n?/i.exec(cleaned);
  if (charset) return cleaned.replace(charset[0], `${charset[0]}${meta}\n`);
  if (/<head[^>]*>/i.test(cleaned)) return cleaned.replace(/<head[^>]*>/i, (head) => `${head}\n${meta}`);
  throw new Error("no <head> to hold the Content-Security-Policy");
}

/** Every .html file under dir (the pages, the embeds, the department briefs, 404.html). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Adds the policy to every page of the build; returns the pages changed. */
export function addPolicies(dist: string): string[] {
  const pages = htmlFiles(dist);
  for (const page of pages) writeFileSync(page, addPolicy(readFileSync(page, "utf8")));
  return pages.map((p) => relative(dist, p));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const sealed = sealDist(dist);
  console.log(
    `seal-offline: ${sealed.reduce((n, s) => n + s.count, 0)} lazy /_npm/ imports replaced in ${sealed.length} files`
  );
  console.log(`seal-offline: a Content-Security-Policy in ${addPolicies(dist).length} pages`);
}
