// Issue 16, goal 3 (a page loads only the plan it shows), in Chromium: the data files a page fetches as it loads and
// as a user chooses a plan. The Embed page fetches the files of the plan it shows and no list of every plan until its
// plan chooser is opened (then the picker's list, data/plans.json, names and labels only), and on choosing another
// plan, that plan's files alone; the lineage embed fetches the files of its two plans and no other plan's, nor any
// compare file, unless it is given one plan of its pair (then every plan's place, compare/plans.json, to choose the
// other). onePlanFiles.test.ts checks what the built pages register. Needs a build first (npm run build).
import type {BrowserContext} from "playwright-core";
import {describe, expect, test} from "vitest";
import {OTHER_PLAN} from "./chartPages.ts";
import {dataFile, useSite} from "./site.ts";

const site = useSite();

/** data/site.json of the build: the plan the site opens on and the lineage embed's pair when given none. */
const siteFile = () =>
  dataFile(/^site\.[0-9a-f]+\.json$/) as {defaultPlan: string; lineage: {parent: string; child: string}};

/** The data files (`_file/…`, content hashes removed) a context fetches, in order, from the moment it is made. */
function fetchedFiles(context: BrowserContext): string[] {
  const files: string[] = [];
  context.on("request", (request) => {
    const m = /\/_file\/(.*)$/.exec(new URL(request.url()).pathname);
    if (m) files.push(decodeURIComponent(m[1]).replace(/\.[0-9a-f]{8}(\.[a-z]+)$/, "$1"));
  });
  return files;
}

/** The plans whose own folder (_file/plans/<plan>/…) a file is in. */
const planFolders = (files: string[]) => [...new Set(files.flatMap((f) => /^plans\/([^/]+)\//.exec(f)?.[1] ?? []))];

/** Files of every plan: the compare pages' files and the picker's list of plans. */
const everyPlan = (files: string[]) => files.filter((f) => /^(compare\/|data\/plans\.json$)/.test(f));

describe("the Embed page", () => {
  test("fetches the plan it shows; the list of plans when the chooser is opened; the plan chosen alone", async () => {
    const context = await site.browser().newContext({viewport: {width: 1440, height: 900}});
    try {
      const files = fetchedFiles(context);
      const {page} = await site.openIn(context, "embeds.html");
      await page.waitForSelector("[data-embed-block=matrix][data-ready]");
      expect(everyPlan(files)).toEqual([]);
      expect(planFolders(files)).toEqual([]);
      expect(files).toContain("data/plan.json");

      const opened = files.length;
      await page.locator("[data-plan-chooser] summary").click();
      const other = page.locator(`[data-plan-chooser] button[data-plan="${OTHER_PLAN}"]`);
      await other.waitFor();
      expect(files.slice(opened)).toEqual(["data/plans.json"]);

      const chosen = files.length;
      await other.click();
      await page.waitForFunction(
        (plan) =>
          document
            .querySelector("[data-embed-block=matrix] [data-snippet='Module 模块'] code")
            ?.textContent?.includes(plan),
        OTHER_PLAN
      );
      await page.waitForSelector("[data-embed-block=matrix][data-ready]");
      expect(everyPlan(files.slice(chosen))).toEqual([]);
      expect(planFolders(files)).toEqual([OTHER_PLAN]);
      expect(files.slice(chosen)).toContain(`plans/${OTHER_PLAN}/data/plan.json`);
    } finally {
      await context.close();
    }
  });
});

describe("the lineage embed", () => {
  /** The files fetched by embed/lineage.html with `query`, once its chart is drawn. */
  async function lineageFiles(query: string): Promise<string[]> {
    const context = await site.browser().newContext();
    try {
      const files = fetchedFiles(context);
      const {page} = await site.openIn(context, `embed/lineage.html${query}`);
      await page.waitForSelector("figure[data-embed=lineage] svg");
      return files;
    } finally {
      await context.close();
    }
  }

  test("given its two plans, fetches their files and no other plan's, nor any compare file", async () => {
    const {defaultPlan} = siteFile();
    for (const [parent, child] of [
      [defaultPlan, OTHER_PLAN],
      ["prov-shanghai-2024-publicfire", OTHER_PLAN]
    ]) {
      const files = await lineageFiles(`?parent=${parent}&child=${child}`);
      expect(everyPlan(files), `${parent} ${child}`).toEqual([]);
      expect(planFolders(files).sort(), `${parent} ${child}`).toEqual([parent, child].sort());
      expect(files.filter((f) => f.startsWith("plans/")).map((f) => f.replace(/^plans\/[^/]+\//, ""))).toEqual([
        "data/lineage.json",
        "data/lineage.json"
      ]);
    }
  });

  test("given none, fetches the site's pair (data/site.json) and those two plans' files", async () => {
    const {lineage} = siteFile();
    const files = await lineageFiles("");
    expect(everyPlan(files)).toEqual([]);
    expect(files).toContain("data/site.json");
    expect(planFolders(files).sort()).toEqual([lineage.parent, lineage.child].sort());
  });

  test("given one plan, reads every plan's place to choose the other, and the two plans' files alone", async () => {
    const files = await lineageFiles(`?child=${OTHER_PLAN}`);
    expect(everyPlan(files)).toEqual(["compare/plans.json"]);
    expect(planFolders(files)).toHaveLength(2);
    expect(planFolders(files)).toContain(OTHER_PLAN);
  });
});
