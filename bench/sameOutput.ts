/**
 * The reader's output, dumped for a before/after check of a change that must not change it (a speed-up):
 * `tsx bench/sameOutput.ts <dir>` writes one JSON file per input to <dir>: the model and the normalized text of
 * readPlan, with the department reference and without. Inputs: every real plan (data/plans, test/fixtures/real),
 * the fixtures and their variants, the pathological shapes of bench/pathological.ts, the Yan'an body ×10, and
 * variations of each real plan made here (truncated at three points, lines in a seeded shuffle, every other line).
 * Compare two dumps with `diff -r`. `--root <repo>` reads the reader of another checkout (main's, for the before).
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : ".");
const out = resolve(args.find((a, k) => !a.startsWith("--") && args[k - 1] !== "--root") ?? "same-output");
const here = resolve(".");
const load = (p: string) => import(pathToFileURL(join(root, p)).href);
const {readPlan} = await load("src/lib/reader/parse.ts");
// src/dataFiles/ was src/loaders/ before 2026-11-30: either, so that older checkouts can be dumped too.
const {readDepartments} = await load("src/dataFiles/plan-files.ts").catch(() => load("src/loaders/plan-files.ts"));
// The shapes are made by this checkout's harness, so that both dumps read the same inputs.
const {pathologicalShapes} = await import(pathToFileURL(join(here, "bench/pathological.ts")).href);
const {directory} = readDepartments(join(here, "data/reference/departments.csv"));

const inputs: {name: string; input: string | Uint8Array}[] = [];
const txt = (dir: string) =>
  readdirSync(join(here, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({name: `${dir.replace(/\//g, "_")}_${f}`, input: readFileSync(join(here, dir, f))}));
const real = [...txt("data/plans"), ...txt("test/fixtures/real")];
inputs.push(...real, ...txt("test/fixtures"), ...txt("test/fixtures/variants"));
const yanan = readFileSync(join(here, "data/plans/yanan-2024-8.txt"), "utf8");
for (const s of pathologicalShapes(yanan)) inputs.push({name: `shape_${s.name.replace(/\W+/g, "-")}`, input: s.text});
const bodyAt = yanan.search(/^一、/m);
inputs.push({name: "yanan_x10", input: yanan.slice(0, bodyAt) + yanan.slice(bodyAt).repeat(10)});
let seed = 1;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
for (const {name, input} of real) {
  const text = new TextDecoder().decode(input as Uint8Array);
  for (const f of [0.3, 0.6, 0.85])
    inputs.push({name: `cut${f}_${name}`, input: text.slice(0, Math.round(text.length * f))});
  const lines = text.split("\n");
  const shuffled = lines
    .map((l) => [random(), l] as const)
    .sort((a, b) => a[0] - b[0])
    .map((p) => p[1]);
  inputs.push({name: `shuffle_${name}`, input: shuffled.join("\n")});
  inputs.push({name: `odd_${name}`, input: lines.filter((_, k) => k % 2).join("\n")});
}
mkdirSync(out, {recursive: true});
for (const {name, input} of inputs) {
  for (const [tag, departments] of [
    ["dir", directory],
    ["nodir", undefined]
  ] as const) {
    const r = readPlan(typeof input === "string" ? input : input.slice(), {departments});
    writeFileSync(join(out, `${name}.${tag}.json`), JSON.stringify(r, null, 1));
  }
}
console.log(`${inputs.length * 2} outputs in ${out}`);
