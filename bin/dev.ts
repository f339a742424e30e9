/**
 * npm run dev [-- --port 3000 --host 127.0.0.1]: the preview server on the configured plan.
 *
 * Framework re-runs a data loader only when the loader file changes, not when the data it reads does. So this
 * starts from an empty loader cache and, while the server runs, marks the loaders as changed whenever a file
 * under data/ or plan.config.json changes: an edit to the plan or a reference table shows up on reload.
 */
import {spawn} from "node:child_process";
import {readdirSync, rmSync, utimesSync, watch} from "node:fs";
import {join} from "node:path";
import {ROOT} from "../src/loaders/plan-files.js";

const LOADER = /\.(json|csv|txt|zip)\.ts$/;

/** The data loaders under src/ (today one: src/data.zip.ts). */
function loaders(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.name.startsWith(".")) return []; // .observablehq: Framework's cache
    if (e.isDirectory()) return loaders(join(dir, e.name));
    return LOADER.test(e.name) ? [join(dir, e.name)] : [];
  });
}

function touchLoaders(why: string) {
  const now = new Date();
  for (const file of loaders()) utimesSync(file, now, now);
  console.log(`dev: ${why} changed; data loaders will run again`);
}

// The archive the loader writes (data.zip) and the files extracted from it (data/…).
for (const output of ["data.zip", "data"])
  rmSync(join(ROOT, "src/.observablehq/cache", output), {recursive: true, force: true});
let timer: NodeJS.Timeout | undefined;
const onChange = (name: string) => {
  clearTimeout(timer);
  timer = setTimeout(() => touchLoaders(name), 200);
};
watch(join(ROOT, "data"), {recursive: true}, (_, file) => onChange(`data/${file ?? ""}`));
watch(join(ROOT, "plan.config.json"), () => onChange("plan.config.json"));

const preview = spawn(join(ROOT, "node_modules/.bin/observable"), ["preview", "--no-open", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit"
});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
