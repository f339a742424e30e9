// Page weight budgets (bench/budgets.json): every built page, with the JS, CSS and data it loads, gzipped, within
// its budget. Needs a build first (npm run build); DIST_DIR overrides the folder read (default: dist).
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {expect, test} from "vitest";
import {budgetOf, overBudget, pageWeights, readBudgets} from "../../bench/weight.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const dist = resolve(projectRoot, process.env.DIST_DIR ?? "dist");
const weights = existsSync(dist) ? pageWeights(dist) : [];
const budgets = readBudgets();

test("the build exists and has pages", () => {
  expect(weights.length, `no pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

test.each(weights.map((w) => [w.page, w] as const))("%s is within its weight budget", (page, w) => {
  const [message] = overBudget([w], budgets);
  expect(w.total.gzip, message ?? page).toBeLessThanOrEqual(budgetOf(budgets, page));
});
