// Issue 16, goal 3 (no page's weight grows with the number of plans: a page loads only the plan it shows): every
// built page that shows one plan registers for FileAttachment no file that holds every plan (compare/*.json,
// data/plans.json) and the files of one plan's folder at most (plans/<plan>/…). The pages that show every plan may:
// the compare pages and the chart embeds of the compare views that draw every plan. The Embed page (its plan chooser
// fetches the list of plans when opened) and the lineage embed (two plans, read through their own modules) are pages
// of one plan here. Registered files are what bench/weight.ts counts as a page's data; what the pages fetch is checked
// in Chromium by onePlanFetches.test.ts. Needs a build first (npm run build); DIST_DIR overrides the folder read
// (default: dist).
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {expect, test} from "vitest";
import {pageWeights} from "../../bench/weight.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const dist = resolve(projectRoot, process.env.DIST_DIR ?? "dist");
const weights = existsSync(dist) ? pageWeights(dist) : [];

/** The pages that show every plan of the site, by design (docs/performance.md, "Sites of 50 plans"). */
const EVERY_PLAN =
  /^(compare\/[^/]+|embed\/(plans-timeline|indicator|kinds-by-plan|functions-by-plan|accountability-by-plan))\.html$/;

/** A file of every plan: the compare pages' files and the plan picker's list. */
const ALL_PLANS_FILE = /^_file\/(compare\/[^/]+|data\/plans\.[0-9a-f]+\.json)$/;

const onePlanPages = weights.filter((w) => !EVERY_PLAN.test(w.page));

test("the build exists, with pages of one plan and the embeds of one plan among them", () => {
  expect(weights.length, `no pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
  const pages = onePlanPages.map((w) => w.page);
  for (const page of [
    "index.html",
    "embeds.html",
    "embed/matrix.html",
    "embed/tasks-per-chapter.html",
    "embed/force-network.html",
    "embed/lineage.html"
  ])
    expect(pages).toContain(page);
});

test.each(onePlanPages.map((w) => [w.page, w] as const))(
  "%s registers no file of every plan, and the files of one plan's folder at most",
  (page, w) => {
    const data = w.files.filter((f) => f.kind === "data").map((f) => f.path);
    expect(data.filter((path) => ALL_PLANS_FILE.test(path))).toEqual([]);
    const folders = new Set(data.flatMap((path) => /^_file\/plans\/([^/]+)\//.exec(path)?.[1] ?? []));
    expect(folders.size, [...folders].join(", ")).toBeLessThanOrEqual(1);
  }
);

test("the chart embed of one compare file registers that file and no other compare file", () => {
  const compareFiles = (page: string) =>
    weights
      .find((w) => w.page === page)!
      .files.filter((f) => f.kind === "data" && f.path.startsWith("_file/compare/"))
      .map((f) => f.path.replace(/\.[0-9a-f]+\.json$/, ".json"))
      .sort();
  expect(compareFiles("embed/plans-timeline.html")).toEqual(["_file/compare/plans.json"]);
  expect(compareFiles("embed/functions-by-plan.html")).toEqual([
    "_file/compare/functions.json",
    "_file/compare/plans.json"
  ]);
});
