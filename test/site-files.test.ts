import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseDataPlan, ROOT} from "../src/dataFiles/plan-files.js";
import {planLineageFile, siteFiles} from "../src/dataFiles/site-files.js";
import {lineageItems} from "../src/dataFiles/compare-files.js";
import type {PlanSet} from "../src/dataFiles/plan-set.js";
import {planLabel} from "../src/lib/compare/comparison.js";
import {planRow} from "../src/lib/compare/planRow.js";
import {planHeader} from "../src/lib/planHeader.js";
import {csvParse} from "d3-dsv";

const text = (contents: string | Uint8Array | undefined) =>
  typeof contents === "string" ? contents : new TextDecoder().decode(contents);

/** Every FileAttachment("…data/<path>") in the pages and modules under src/. */
function attachedDataFiles(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.name.startsWith(".")) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return attachedDataFiles(path);
    if (!/\.(md|ts)$/.test(e.name)) return [];
    return [...readFileSync(path, "utf8").matchAll(/FileAttachment\("(?:\.\.\/)*data\/([^"]+)"\)/g)].map((m) => m[1]);
  });
}

describe("siteFiles", () => {
  const loaded = parseDataPlan();
  const files = siteFiles(loaded);

  it("the data archive (siteFiles() and the files src/data.zip.ts adds) holds every data file a page or module attaches", () => {
    const attached = [...new Set(attachedDataFiles())].sort();
    expect(attached).toContain("plan.json");
    expect(attached).toContain("tables/items.csv");
    // The site's own files beside the plan's: the picker's list of plans, the name of the plan the site opens on.
    const added = [...readFileSync(join(ROOT, "src/data.zip.ts"), "utf8").matchAll(/files\.set\("([^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(added).toEqual(["plans.json", "site.json"]);
    expect(attached.filter((path) => !files.has(path) && !added.includes(path))).toEqual([]);
  });

  it("siteFiles() writes plan.json as the model of the configured plan with its metadata", () => {
    const plan = JSON.parse(text(files.get("plan.json")));
    expect(plan.plan).toBe(loaded.name);
    expect(plan.meta).toEqual(loaded.meta);
    expect(plan.items).toEqual(loaded.model.items);
    expect(plan.responsibilities.length).toBe(loaded.model.responsibilities.length);
  });

  it("siteFiles() gives plan.json and tables/document.csv the one header every page shows (planHeader)", () => {
    const plan = JSON.parse(text(files.get("plan.json")));
    const header = planHeader(loaded.meta, loaded.model.document);
    expect(plan.document).toEqual(header);
    expect(plan.documentRead).toEqual(loaded.model.document);
    // A meta file that gives a number the text does not carry, and another issuer: the table shows the meta file's.
    const meta = {...loaded.meta, number: "某府办发〔2099〕1号", issuer: "某区人民政府办公室"};
    const other = siteFiles({...loaded, meta});
    const [row] = csvParse(text(other.get("tables/document.csv")).replace(/^\ufeff/, ""));
    expect([row.doc_number, row.issuer]).toEqual(["某府办发〔2099〕1号", "某区人民政府办公室"]);
    expect(JSON.parse(text(other.get("plan.json"))).documentRead.issuer).toBe(loaded.model.document.issuer);
  });

  it("siteFiles() writes lineage.json: the plan's items as compare/lineage.json holds them, and its compare label", () => {
    const lineage = JSON.parse(text(files.get("lineage.json")));
    const [compared] = lineageItems({plans: [loaded], failures: [], defaultPlan: loaded.name} as PlanSet).plans;
    expect(lineage.plan).toBe(loaded.name);
    expect(lineage.items).toEqual(compared.items);
    expect(lineage.items.length).toBe(loaded.model.items.length);
    expect(lineage.label).toBe(planLabel(planRow(loaded.name, loaded.model, loaded.meta)));
    // The number, else the title, else the name (planLabel), from the header every page shows.
    expect(planLineageFile("x", {items: []}, {docNumber: null, title: "某方案"}).label).toBe("某方案");
    expect(planLineageFile("x", {items: []}, {docNumber: null, title: null}).label).toBe("x");
  });

  it("siteFiles() writes one CSV with a BOM per table, a row per record", () => {
    const items = text(files.get("tables/items.csv"));
    expect(items.startsWith("\ufeffid,")).toBe(true);
    expect(items.trim().split("\n").length).toBe(loaded.model.items.length + 1);
  });
});
