/**
 * The data loaders of the site: files under src/ named for the file they write and the language they are in
 * (data.zip.ts writes data.zip), and what each leaves in Framework's cache. bin/dev.ts marks them as changed when
 * data/ changes; a test checks that `npm run build` clears their outputs.
 */
import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {ROOT} from "./plan-files.js";

const SRC = join(ROOT, "src");
/** name.ext.ts, but not a declaration file (name.d.ts). */
const LOADER = /^[^.]+\.(?!d\.ts$)[a-z]+\.ts$/;
const ARCHIVE = /\.(zip|tar|tgz|tar\.gz)$/;

/** The loaders, as paths relative to src/ (data.zip.ts, plans/[plan]/data.zip.ts, compare/plans.json.ts). */
export function dataLoaders(dir = SRC): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.name.startsWith(".")) return []; // .observablehq: Framework's cache
    const path = join(dir, e.name);
    if (e.isDirectory()) return dataLoaders(path);
    return LOADER.test(e.name) ? [relative(SRC, path)] : [];
  });
}

/**
 * What a loader leaves in src/.observablehq/cache, relative to it: the file it writes and, for an archive, the
 * folder of the files Framework extracts from it (data.zip.ts → data.zip and data). A loader under a parameter's
 * folder writes one output per value: its outputs are the folder above the first parameter
 * (plans/[plan]/data.zip.ts → plans).
 */
export function loaderOutputs(loader: string): string[] {
  const parameter = loader.search(/(^|\/)\[/);
  if (parameter >= 0) return [loader.slice(0, parameter)];
  const output = loader.replace(/\.ts$/, "");
  const archive = ARCHIVE.exec(output);
  return archive ? [output, output.slice(0, archive.index)] : [output];
}
