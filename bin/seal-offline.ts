/**
 * After `observable build`: Framework's own client and standard library keep lazy imports of libraries that
 * a page could use without importing them (the free names d3, html, _, Inputs … and FileAttachment's
 * .csv(), .arquero(), .parquet() …). This site imports every library explicitly and never uses those, so the
 * build holds none of them; each such import is replaced by a rejected promise that says so, and the built
 * site names no /_npm/ path (see DEVELOPERS.md, "Offline build").
 *
 *   tsx bin/seal-offline.ts [dist]
 */
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const sealed = sealDist(dist);
  console.log(
    `seal-offline: ${sealed.reduce((n, s) => n + s.count, 0)} lazy /_npm/ imports replaced in ${sealed.length} files`
  );
}
