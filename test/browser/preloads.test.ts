// Every data file a built page reads as it loads (FileAttachment(…).json() or .text() in its own cells) is asked
// for in its HTML (<link rel="preload" as="fetch">), so that it downloads alongside the modules rather than after
// them. Needs a build first (npm run build); DIST_DIR overrides the folder read (default: dist).
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {expect, test} from "vitest";
import {listPages} from "../../bench/weight.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const dist = resolve(projectRoot, process.env.DIST_DIR ?? "dist");
const pages = existsSync(dist) ? listPages(dist) : [];

/** The data files a page's cells read at once, as the hashed paths Framework registered for them. */
function readAtLoad(html: string): string[] {
  const registered = new Map(
    [...html.matchAll(/registerFile\("([^"]+)", \{[^}]*"path":"([^"]+)"/g)].map((m) => [m[1], m[2]] as const)
  );
  const names = [...html.matchAll(/FileAttachment\("([^"]+)"\)\.(?:json|text)\(\)/g)].map((m) => m[1]);
  return [...new Set(names)].map((name) => registered.get(name) ?? `${name} (not registered)`);
}

function preloaded(html: string): string[] {
  return [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin/g)].map((m) => m[1]);
}

test("the build exists and pages read data as they load", () => {
  expect(pages.length, `no pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
  expect(pages.filter((p) => readAtLoad(readFileSync(join(dist, p), "utf8")).length).length).toBeGreaterThan(10);
});

test.each(pages)("%s asks in its HTML for the data it reads as it loads", (page) => {
  const html = readFileSync(join(dist, page), "utf8");
  const links = preloaded(html);
  expect(readAtLoad(html).filter((file) => !links.includes(file))).toEqual([]);
});
