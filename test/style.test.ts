// The site's stylesheet: every block closed. An unclosed @media block swallows every rule after it (the plan
// picker's and the compare pages' styles applied only on phones, once).
import {readFileSync} from "node:fs";
import {expect, test} from "vitest";

test("src/style.css: every { has its }, and no } closes what was not opened", () => {
  const css = readFileSync(new URL("../src/style.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  let depth = 0;
  const lines: number[] = [];
  css.split("\n").forEach((line, i) => {
    for (const c of line) {
      if (c === "{") ++depth;
      else if (c === "}" && --depth < 0) lines.push(i + 1);
    }
  });
  expect(lines, "lines closing a block never opened").toEqual([]);
  expect(depth, "blocks left open at the end").toBe(0);
});
