import {describe, expect, test} from "vitest";
import {addPolicy, inlineScripts, pagePolicy, sealLazyNpmImports} from "../bin/seal-offline.js";

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

describe("Content-Security-Policy", () => {
  const page = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<script type="module" src="./_observablehq/client.js"></script>',
    "<script>alert(1)</script>",
    "</head>",
    "<body><script type=\"module\">\nimport {define} from './x.js';\n</script></body>",
    "</html>"
  ].join("\n");

  test("hashes the inline scripts only, and allows nothing else inline", () => {
    expect(inlineScripts(page)).toEqual(["alert(1)", "\nimport {define} from './x.js';\n"]);
    const policy = pagePolicy(["alert(1)"]);
    expect(policy).toContain(
      "script-src 'self' 'unsafe-eval' 'unsafe-hashes' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    );
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test("puts the policy right after <meta charset>, once, even when run twice", () => {
    const once = addPolicy(page);
    expect(addPolicy(once)).toBe(once);
    const lines = once.split("\n");
    expect(lines[3]).toBe('<meta charset="utf-8">');
    expect(lines[4]).toMatch(
      /^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval' 'unsafe-hashes' 'sha256-/
    );
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
