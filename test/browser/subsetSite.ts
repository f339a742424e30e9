// A site of some of the shipped plans, for the tests of how the pages read with fewer plans: a temporary copy of the
// project (its own src/ and so its own Framework cache, a data/plans/ of the plans named, the reference and
// progress files as shipped, node_modules linked) built and sealed as `npm run build` does, into its own dist/.
// data/ and src/.observablehq/cache/ of the project are never touched, so a dev server or another build running
// at the same time is not fed these plans. One build per site; the caller removes it (remove()).
import {spawn} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface SubsetSite {
  /** The temporary project: its data/plans/ holds the plans of the site. */
  root: string;
  /** The built site (root/dist). */
  dist: string;
  /** The build's log (stdout and stderr), for a failure's message. */
  log: string;
  remove(): void;
}

/** Runs a command without blocking the test worker (vitest's RPC times out under a minute-long spawnSync). */
function run(command: string, args: string[], cwd: string): Promise<{status: number | null; log: string}> {
  return new Promise((resolve) => {
    // The site's own plan.config.json, data/plans and dist, whatever the caller's environment names.
    const env = {...process.env};
    for (const name of ["PLAN", "PLANS_DIR", "DIST_DIR"]) delete env[name];
    const child = spawn(command, args, {cwd, env});
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("close", (status) => resolve({status, log}));
  });
}

/**
 * Builds the site of `plans` (names of data/plans/<name>.txt with their .meta.json), opening on `defaultPlan`
 * (the first plan when not given), in a new temporary folder. Throws with the build's last lines when it fails.
 */
export async function buildSubsetSite(plans: string[], defaultPlan = plans[0]): Promise<SubsetSite> {
  const root = mkdtempSync(join(tmpdir(), `plan-explorer-compare-${plans.length}-`));
  const remove = () => rmSync(root, {recursive: true, force: true});
  try {
    // The project as the build reads it: sources copied (Framework keeps its cache under src/), the rest linked.
    cpSync(join(ROOT, "src"), join(root, "src"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (path) => !path.includes(".observablehq")
    });
    for (const file of ["observablehq.config.ts", "package.json", "tsconfig.json"])
      cpSync(join(ROOT, file), join(root, file));
    for (const dir of ["node_modules", "bin"]) symlinkSync(join(ROOT, dir), join(root, dir), "dir");
    mkdirSync(join(root, "data/plans"), {recursive: true});
    for (const dir of ["reference", "progress"]) symlinkSync(join(ROOT, "data", dir), join(root, "data", dir), "dir");
    const shipped = readdirSync(join(ROOT, "data/plans"));
    for (const name of plans) {
      const files = shipped.filter((f) => f.startsWith(`${name}.`));
      if (!files.some((f) => /\.(txt|docx)$/.test(f))) throw new Error(`no plan ${name} in data/plans`);
      for (const f of files) cpSync(join(ROOT, "data/plans", f), join(root, "data/plans", f));
    }
    writeFileSync(join(root, "plan.config.json"), JSON.stringify({plan: defaultPlan}));
    const build = await run(join(ROOT, "node_modules/.bin/observable"), ["build"], root);
    if (build.status !== 0) throw new Error(`the build of ${plans.join(", ")} failed:\n${build.log.slice(-3000)}`);
    const seal = await run(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "bin/seal-offline.ts"), "dist"], root);
    if (seal.status !== 0)
      throw new Error(`sealing the build of ${plans.join(", ")} failed:\n${seal.log.slice(-3000)}`);
    return {root, dist: join(root, "dist"), log: build.log + seal.log, remove};
  } catch (error) {
    remove();
    throw error;
  }
}
