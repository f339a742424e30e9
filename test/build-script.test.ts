import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {ROOT} from "../src/loaders/plan-files.js";

/** The data loaders under src/: files named like plan.json.ts or data.zip.ts. */
function loaders(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.name.startsWith(".")) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return loaders(path);
    return /^[^.]+\.(?!d\.ts$)[a-z]+\.ts$/.test(e.name) ? [relative(join(ROOT, "src"), path)] : [];
  });
}

describe("npm run build", () => {
  // Framework reuses a loader's cached output while the loader file is unchanged, even when the data it reads
  // changed: the build must clear every output, or an edit to data/ would not show after a rebuild.
  const script: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.build;
  const cleared = new Set(/^rm -rf ([^&]+)&&/.exec(script)?.[1].trim().split(/\s+/) ?? []);

  it("build clears the cached output of every data loader, and for an archive the files extracted from it", () => {
    const found = loaders();
    expect(found).toContain("data.zip.ts");
    const outputs = found.flatMap((loader) => {
      const output = loader.replace(/\.ts$/, "");
      const archive = /\.(zip|tar|tgz|tar\.gz)$/.exec(output);
      return archive ? [output, output.slice(0, archive.index)] : [output];
    });
    expect(outputs.filter((o) => !cleared.has(`src/.observablehq/cache/${o}`))).toEqual([]);
  });
});
