import {existsSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {makeFloorSite, readBuildLog} from "../bench/build.js";
import {ROOT} from "../src/dataFiles/plan-files.js";

describe("readBuildLog", () => {
  it("readBuildLog() reads each page's time, even when the modules it bundles interrupt its line", () => {
    const log = "load /data in 240ms\nload /departments d3 → src/.observablehq/cache/_node/d3/index.js\nin 1991ms\n";
    expect(readBuildLog(log).pages).toEqual([
      {page: "/data", ms: 240},
      {page: "/departments", ms: 1991}
    ]);
  });

  it("readBuildLog() tells a loader that ran from a cached output, for files of an archive too", () => {
    const log = [
      "copy src/data/tables/a.csv → load /data/tables/a.csv → [missing] load /data.zip → [missing] success 274 kB in 312ms",
      "copy src/data/plan.json → load /data/plan.json → [missing] load /data.zip → [fresh] success 274 kB in 0ms",
      "copy src/x.json → load /x.json → [fresh] success 1 kB in 1ms",
      "copy src/y.json → load /y.json → [stale] success 1 kB in 90ms"
    ].join("\n");
    expect(readBuildLog(log).loaders).toEqual([
      {file: "/data/tables/a.csv", ms: 312, ran: true},
      {file: "/data/plan.json", ms: 0, ran: false},
      {file: "/x.json", ms: 1, ran: false},
      {file: "/y.json", ms: 90, ran: true}
    ]);
  });
});

describe("makeFloorSite", () => {
  it("makeFloorSite(pages) is this site's shape and build steps with no content: its config, loader and script", async () => {
    const {default: config} = await import("../observablehq.config.js");
    const dir = await makeFloorSite(14);
    try {
      const pages = readdirSync(join(dir, "src")).filter((f) => f.endsWith(".md"));
      expect(pages).toHaveLength(14);
      const floor = (await import(pathToFileURL(join(dir, "observablehq.config.js")).href)).default;
      // This site's chrome: its head script, header and footer (those of its first page), and sidebar, each entry
      // pointing to one of the empty pages.
      const chrome = (part: unknown) => (typeof part === "function" ? part({path: "/"}) : part);
      expect([floor.head, floor.header, floor.footer, floor.style]).toEqual([
        config.head,
        chrome(config.header),
        chrome(config.footer),
        config.style
      ]);
      expect(floor.header).toContain("plan-picker");
      expect(floor.pages.map((p: {name: string}) => p.name)).toEqual(config.pages.map((p) => p.name));
      for (const {path} of floor.pages) expect(pages).toContain(`${path === "/" ? "index" : path.slice(1)}.md`);
      expect(floor.dynamicPaths).toEqual([]);
      // Its loader runs as this site's do (one Node process with tsx's hooks).
      expect(floor.interpreters).toEqual(config.interpreters);
      expect(floor.interpreters[".ts"]).toContain("tsx/esm");
      // This site's build script, run with npm, and a TypeScript loader whose archive the first page reads.
      const script = (p: string) => JSON.parse(readFileSync(p, "utf8")).scripts.build;
      expect(script(join(dir, "package.json"))).toBe(script(join(ROOT, "package.json")));
      expect(readFileSync(join(dir, "src/data.zip.ts"), "utf8")).toContain('file("plan.json"');
      expect(readFileSync(join(dir, "src/index.md"), "utf8")).toContain('FileAttachment("data/plan.json")');
      expect(existsSync(join(dir, "bin/seal-offline.ts"))).toBe(true);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
