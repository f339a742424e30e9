import {describe, expect, it} from "vitest";
import {readBuildLog} from "../bench/build.js";

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
