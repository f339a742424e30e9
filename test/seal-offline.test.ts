import {describe, expect, test} from "vitest";
import {sealLazyNpmImports} from "../bin/seal-offline.js";

describe("sealLazyNpmImports", () => {
  test("replaces lazy imports of /_npm/ modules by a rejected promise naming the module", () => {
    const {code, count} = sealLazyNpmImports(
      'const d3=()=>import("../_npm/d3@7.9.2/_esm.js");const x=import("./stdlib/dot.js");'
    );
    expect(count).toBe(1);
    expect(code).toBe(
      'const d3=()=>Promise.reject(new Error("d3@7.9.2/_esm.js is not part of this offline build: import it explicitly"));const x=import("./stdlib/dot.js");'
    );
  });
  test("replaces import.meta.resolve of /_npm/ files by an expression that throws", () => {
    const {code, count} = sealLazyNpmImports("f(import.meta.resolve('../_npm/parquet-wasm@0.8.0/esm/x.wasm'))");
    expect(count).toBe(1);
    expect(code).not.toContain("_npm/");
    expect(() => new Function(code.replace(/^f/, "return "))()).toThrow(/parquet-wasm@0.8.0.* offline build/);
  });
  test("leaves code without such imports unchanged", () => {
    expect(sealLazyNpmImports('import("./_node/htl@0.3.1/index.js")')).toEqual({
      code: 'import("./_node/htl@0.3.1/index.js")',
      count: 0
    });
  });
});
