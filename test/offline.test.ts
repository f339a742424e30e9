import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {CDN_NEEDLES, findCdnReferences} from "./offline.ts";

describe("findCdnReferences", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "offline-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "clean.html"), '<p>延安市 quality plan</p>\n<script src="./_node/x.js"></script>\n');
    CDN_NEEDLES.forEach((needle, i) => {
      writeFileSync(join(dir, "sub", `bad${i}.js`), `// line 1\nimport x from "https://x/${needle}/y";\n`);
    });
  });

  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("reports each needle once, on the right line, and not the clean file", () => {
    const hits = findCdnReferences(dir);
    expect(hits).toHaveLength(CDN_NEEDLES.length);
    CDN_NEEDLES.forEach((needle, i) => {
      expect(hits.filter((h) => h.needle === needle)).toEqual([{file: `sub/bad${i}.js`, needle, line: 2}]);
    });
    expect(hits.some((h) => h.file === "clean.html")).toBe(false);
  });

  test("reports /_npm/ in Framework's runtime bundles too, and files under _npm/", () => {
    const d = mkdtempSync(join(tmpdir(), "offline-fw-"));
    try {
      mkdirSync(join(d, "_observablehq"));
      mkdirSync(join(d, "_npm", "d3-dsv@3.0.2"), {recursive: true});
      writeFileSync(join(d, "_observablehq", "client.d10d8454.js"), 'import("../_npm/lodash@4/_esm.js")');
      writeFileSync(join(d, "_observablehq", "stdlib.5532b554.js"), 'x\nimport("https://cdn.jsdelivr.net/npm/x")');
      writeFileSync(join(d, "_observablehq", "inputs.js"), 'import("../_npm/x/_esm.js")');
      writeFileSync(join(d, "_npm", "d3-dsv@3.0.2", "_esm.js"), "export {};");
      expect(findCdnReferences(d)).toEqual([
        {file: "_npm/d3-dsv@3.0.2/_esm.js", needle: "/_npm/", line: 0},
        {file: "_observablehq/client.d10d8454.js", needle: "/_npm/", line: 1},
        {file: "_observablehq/inputs.js", needle: "/_npm/", line: 1},
        {file: "_observablehq/stdlib.5532b554.js", needle: "cdn.jsdelivr", line: 2}
      ]);
    } finally {
      rmSync(d, {recursive: true, force: true});
    }
  });

  test("an empty folder has no hits", () => {
    const empty = mkdtempSync(join(tmpdir(), "offline-empty-"));
    try {
      expect(findCdnReferences(empty)).toEqual([]);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });
});
