// The site's stylesheet parses without a warning: an unclosed block (a media query missing its "}") silently
// moves every later rule into it (the plan picker's styles applied on phones only), and the build only warns.
import {readFileSync} from "node:fs";
import {transform} from "esbuild";
import {expect, test} from "vitest";

test("src/style.css parses with no syntax warning", async () => {
  const css = readFileSync(new URL("../src/style.css", import.meta.url), "utf8");
  const {warnings} = await transform(css, {loader: "css"});
  expect(warnings.map((w) => `line ${w.location?.line}: ${w.text}`)).toEqual([]);
});
