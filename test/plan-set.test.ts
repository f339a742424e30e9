// Several plans in data/plans: each read once, a bad one named with its file and left out, the others kept.
import {spawn} from "node:child_process";
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {dataLoaders, loaderOutputs} from "../src/dataFiles/dataLoaders.js";
import {ROOT} from "../src/dataFiles/plan-files.js";
import {failureLines, planFiles, readPlanNamed, readPlanSet} from "../src/dataFiles/plan-set.js";

const REAL = join(ROOT, "test/fixtures/real");
const GOOD = "jinshan-2019-firesafety";

/** A folder of plans: one good, and one of each kind of bad file. */
function plansFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "plans-"));
  copyFileSync(join(REAL, `${GOOD}.txt`), join(dir, `${GOOD}.txt`));
  copyFileSync(join(REAL, `${GOOD}.meta.json`), join(dir, `${GOOD}.meta.json`));
  writeFileSync(join(dir, "empty.txt"), "");
  copyFileSync(join(REAL, `${GOOD}.txt`), join(dir, "badmeta.txt"));
  writeFileSync(join(dir, "badmeta.meta.json"), "{not json");
  writeFileSync(join(dir, "binary.txt"), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]));
  copyFileSync(join(REAL, `${GOOD}.txt`), join(dir, "两份.txt"));
  writeFileSync(join(dir, "notes.md"), "not a plan");
  return dir;
}

describe("readPlanSet", () => {
  let dir: string;
  beforeAll(() => {
    dir = plansFolder();
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("planFiles(dir) lists the .txt and .docx files by name", () => {
    expect(planFiles(dir).map((f) => f.name)).toEqual(["badmeta", "binary", "empty", GOOD, "两份"]);
  });

  test("readPlanSet(dir) reads the good plan and names every bad file with why, and goes on", async () => {
    const set = await readPlanSet(dir, {cache: false});
    expect(set.plans.map((p) => p.name)).toEqual([GOOD]);
    expect(set.plans[0].meta.level).toBe("county");
    expect(set.plans[0].model.items.length).toBeGreaterThan(0);
    const failures = Object.fromEntries(set.failures.map((f) => [f.name, f.message]));
    expect(Object.keys(failures).sort()).toEqual(["badmeta", "binary", "empty", "两份"]);
    expect(failures.empty).toMatch(/empty/);
    expect(failures.badmeta).toMatch(/badmeta\.meta\.json is not a JSON object/);
    expect(failures.binary).toMatch(/not a text file/);
    expect(failures["两份"]).toMatch(/address/);
    for (const f of set.failures) expect(f.file).toMatch(new RegExp(`${f.name}\\.txt$`));
  });

  test("failureLines(set) gives one build-log line per bad file, naming it", async () => {
    const set = await readPlanSet(dir, {cache: false});
    const lines = failureLines(set);
    for (const name of ["badmeta", "binary", "empty", "两份"])
      expect(lines.some((l) => l.includes(`${name}.txt: not read, left out of the site`))).toBe(true);
  });

  test("readPlanSet() of the same plans twice gives the same models (the second from the parse cache)", async () => {
    const first = await readPlanSet();
    const second = await readPlanSet();
    expect(second.plans.map((p) => p.name)).toEqual(first.plans.map((p) => p.name));
    expect(second.plans.map((p) => p.model)).toEqual(first.plans.map((p) => p.model));
    expect(first.failures).toEqual([]);
    expect(first.defaultPlan).toBe("yanan-2024-8");
  });

  test("readPlanNamed(name, dir) gives the plan readPlanSet gives, the first read when the configured plan is not there", async () => {
    // The configured plan (yanan-2024-8) is not in this folder: the site opens on the first plan read, the good one
    // after three bad files.
    const set = await readPlanSet(dir, {cache: false});
    expect(set.defaultPlan).toBe(GOOD);
    const {plan, isDefault} = await readPlanNamed(GOOD, dir, {cache: false});
    expect(plan).toEqual(set.plans[0]);
    expect(isDefault).toBe(true);
  });

  test("readPlanNamed(name, dir) throws with why when the plan cannot be read or is not there", async () => {
    await expect(readPlanNamed("empty", dir, {cache: false})).rejects.toThrow(/empty\.txt: .*empty/);
    await expect(readPlanNamed("badmeta", dir, {cache: false})).rejects.toThrow(/not a JSON object/);
    await expect(readPlanNamed("nowhere", dir, {cache: false})).rejects.toThrow(/no plan named nowhere/);
  });

  test("readPlanNamed(name) of each shipped plan is readPlanSet()'s plan, the configured one the default", async () => {
    const set = await readPlanSet();
    for (const p of set.plans) {
      const {plan, isDefault} = await readPlanNamed(p.name);
      expect(plan).toEqual(p);
      expect([p.name, isDefault]).toEqual([p.name, p.name === set.defaultPlan]);
    }
    expect(set.plans.filter((p) => p.name === set.defaultPlan)).toHaveLength(1);
  });

  test("the plans shipped in data/plans have a level, an issuer, a date and a source address", async () => {
    const {plans} = await readPlanSet();
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const {name, meta} of plans) {
      expect([name, meta.level]).toEqual([name, expect.stringMatching(/^(nation|province|city|county)$/)]);
      expect(meta.issuer, name).toBeTruthy();
      expect(meta.date, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta.source, name).toBeTruthy();
    }
  });
});

describe("a build with a plan that cannot be read", () => {
  // The whole build on a folder of one good plan and bad files (PLANS_DIR), into its own output folder (DIST_DIR).
  /** Runs a command without blocking the test worker (vitest's RPC times out under a minute-long spawnSync). */
  const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{status: number | null; log: string}>((resolve) => {
      const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}});
      let log = "";
      child.stdout.on("data", (d) => (log += d));
      child.stderr.on("data", (d) => (log += d));
      child.on("close", (status) => resolve({status, log}));
    });

  test("names each bad file in the build log and builds the good plan's pages", async () => {
    const dir = plansFolder();
    const out = join(dir, "dist");
    // Framework reuses a loader's cached output: clear them first, as npm run build does.
    const clearLoaderOutputs = () => {
      for (const output of dataLoaders().flatMap(loaderOutputs))
        rmSync(join(ROOT, "src/.observablehq/cache", output), {recursive: true, force: true});
    };
    clearLoaderOutputs();
    try {
      const {status, log} = await run(join(ROOT, "node_modules/.bin/observable"), ["build"], {
        PLANS_DIR: dir,
        PLAN: GOOD,
        DIST_DIR: out
      });
      expect(status, log.slice(-2000)).toBe(0);
      for (const name of ["empty", "badmeta", "binary", "两份"])
        expect(log).toContain(`${name}.txt: not read, left out of the site`);
      expect(existsSync(join(out, "index.html"))).toBe(true);
      expect(existsSync(join(out, `plans/${GOOD}/index.html`))).toBe(true);
      expect(existsSync(join(out, `plans/${GOOD}/responsibilities.html`))).toBe(true);
      expect(existsSync(join(out, "compare/plans.html"))).toBe(true);
      expect(readdirSync(join(out, "plans")).sort()).toEqual([GOOD]);
      // The compare pages' summary names the files left out.
      const files = join(out, "_file/compare");
      const summary = JSON.parse(
        readFileSync(
          join(
            files,
            readdirSync(files).find((f) => f.startsWith("plans."))!
          ),
          "utf8"
        )
      );
      expect(summary.plans.map((p: {plan: string}) => p.plan)).toEqual([GOOD]);
      expect(summary.failures.map((f: {name: string}) => f.name).sort()).toEqual([
        "badmeta",
        "binary",
        "empty",
        "两份"
      ]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
      // This build's loader outputs are of other plans: leave none for the next build or preview.
      clearLoaderOutputs();
    }
  }, 300_000);
});
