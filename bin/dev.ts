/**
 * npm run dev [-- --port 3000 --host 127.0.0.1]: the preview server on the configured plan.
 *
 * Framework re-runs a data loader only when the loader file changes, not when the data it reads does. So this
 * starts from an empty loader cache and, while the server runs, marks the loaders as changed whenever a file
 * under data/ or plan.config.json changes: an edit to the plan or a reference table shows up on reload.
 */
import {spawn} from "node:child_process";
import {rmSync, utimesSync, watch} from "node:fs";
import {join} from "node:path";
import {dataLoaders, loaderOutputs} from "../src/dataFiles/dataLoaders.js";
import {ROOT} from "../src/dataFiles/plan-files.js";

function touchLoaders(why: string) {
  const now = new Date();
  for (const loader of dataLoaders()) utimesSync(join(ROOT, "src", loader), now, now);
  console.log(`dev: ${why} changed; data loaders will run again`);
}

// A fresh start: no output of a loader is reused.
for (const output of dataLoaders().flatMap(loaderOutputs))
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
