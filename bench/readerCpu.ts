/**
 * The reader in CPU time, for a machine too busy for the wall clock (bench/parser.ts): each real plan (data/plans'
 * Yan'an plan and test/fixtures/real) parsed by two checkouts' readers in turn and by the floor (decodeAndSplit),
 * in batches of about 100 KB of text timed with process.cpuUsage (every thread of this process, so garbage
 * collection and compilation count; other processes do not), `rounds` batches each.
 *   tsx bench/readerCpu.ts <checkout A> <checkout B> [rounds, default 9] [name filter]
 * Prints per plan the medians (ms) of A, B and the floor, B ÷ A (median of the paired batches) and each ÷ the floor.
 * The same checkout twice gives A against itself (B ÷ A near 1: the noise).
 */
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {readDepartments, ROOT} from "../src/dataFiles/plan-files.js";
import {decodeAndSplit} from "./parser.js";

type Parse = (bytes: Uint8Array, options: object) => unknown;
const [a, b, roundsArg, filter = ""] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: tsx bench/readerCpu.ts <checkout A> <checkout B> [rounds] [filter]");
const reader = async (root: string): Promise<Parse> =>
  (await import(pathToFileURL(join(resolve(root), "src/lib/reader/parse.ts")).href)).parsePlan;
const [parseA, parseB] = [await reader(a), await reader(b)];
const rounds = Number(roundsArg ?? 9);
const {directory} = readDepartments();
const options = {departments: directory};
const dir = join(ROOT, "test/fixtures/real");
const plans = [
  {name: "yanan-2024-8", bytes: readFileSync(join(ROOT, "data/plans/yanan-2024-8.txt"))},
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({name: f.replace(/\.txt$/, ""), bytes: readFileSync(join(dir, f))}))
].filter((p) => p.name.includes(filter));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
/** CPU ms of one call of f, over a batch of n calls. */
const batch = (n: number, f: () => unknown) => {
  const t = cpuMs();
  for (let i = 0; i < n; ++i) f();
  return (cpuMs() - t) / n;
};

for (let k = 0; k < 5; ++k) for (const p of plans) (parseA(p.bytes, options), parseB(p.bytes, options));
const sums = {a: 0, b: 0, floor: 0};
const pairs: number[] = [];
const floorRatios: number[] = [];
for (const p of plans) {
  const n = Math.max(2, Math.round(100_000 / p.bytes.length));
  const ta: number[] = [];
  const tb: number[] = [];
  const tf: number[] = [];
  for (let r = 0; r < rounds; ++r) {
    ta.push(batch(n, () => parseA(p.bytes, options)));
    tb.push(batch(n, () => parseB(p.bytes, options)));
    tf.push(batch(n, () => decodeAndSplit(p.bytes)));
  }
  const [ma, mb, mf] = [median(ta), median(tb), median(tf)];
  const pair = median(tb.map((x, k) => x / ta[k]));
  pairs.push(pair);
  floorRatios.push(mb / mf);
  sums.a += ma;
  sums.b += mb;
  sums.floor += mf;
  console.log(
    `${p.name.padEnd(40)} ${(p.bytes.length / 1024).toFixed(1).padStart(5)} KB  A ${ma.toFixed(3)}  B ${mb.toFixed(3)}` +
      `  floor ${mf.toFixed(3)} ms  B÷A ${pair.toFixed(2)}  A÷floor ${(ma / mf).toFixed(1)}×  B÷floor ${(mb / mf).toFixed(1)}×`
  );
}
console.log(
  `sum of medians: A ${sums.a.toFixed(1)} ms, B ${sums.b.toFixed(1)} ms, floor ${sums.floor.toFixed(1)} ms; ` +
    `B÷A median ${median(pairs).toFixed(2)} (${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)}); ` +
    `B÷floor ${Math.min(...floorRatios).toFixed(1)}× to ${Math.max(...floorRatios).toFixed(1)}×, median ${median(floorRatios).toFixed(1)}×`
);
