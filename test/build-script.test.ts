import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {dataLoaders, loaderOutputs} from "../src/dataFiles/dataLoaders.js";
import {ROOT} from "../src/dataFiles/plan-files.js";

describe("dataLoaders", () => {
  it("dataLoaders() finds the site's loaders and no module or declaration file", () => {
    expect(dataLoaders().sort()).toEqual([
      "compare/functions.json.ts",
      "compare/indicator-view.json.ts",
      "compare/indicators.json.ts",
      "compare/lineage.json.ts",
      "compare/plans.json.ts",
      "data.zip.ts",
      "plans/[plan]/data.zip.ts"
    ]);
  });

  it("loaderOutputs(loader) names the file it writes and, for an archive, the folder extracted from it", () => {
    expect(loaderOutputs("data.zip.ts")).toEqual(["data.zip", "data"]);
    expect(loaderOutputs("data/plan.json.ts")).toEqual(["data/plan.json"]);
    // One output per value of the parameter: the folder above it.
    expect(loaderOutputs("plans/[plan]/data.zip.ts")).toEqual(["plans"]);
  });
});

describe("npm run build", () => {
  // Framework reuses a loader's cached output while the loader file is unchanged, even when the data it reads
  // changed: the build must clear every output, or an edit to data/ would not show after a rebuild.
  const script: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.build;
  const cleared = new Set(/^rm -rf ([^&]+)&&/.exec(script)?.[1].trim().split(/\s+/) ?? []);

  it("build clears the cached output of every data loader, and for an archive the files extracted from it", () => {
    const outputs = dataLoaders().flatMap(loaderOutputs);
    expect(outputs.filter((o) => !cleared.has(`src/.observablehq/cache/${o}`))).toEqual([]);
  });
});
