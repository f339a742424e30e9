/**
 * Parser benchmark: parsePlan against its floor, decoding the bytes and splitting lines, measured side by side in
 * the same run. Three measures:
 * - the Yan'an plan (data/plans), with the department reference, as the site parses it: each run timed alone;
 * - corpora of 10, 100 and 1,000 plans, parsed one after the other: copies of the plan in the shapes of
 *   test/fixtures/variants (full-width, PDF-wrapped, tabs, CRLF+BOM, GB18030, UTF-16, one action per line);
 * - one long plan: the Yan'an body (chapters 一 to 九) repeated 1, 10 and 100 times after its header, to see
 *   that the cost of one document grows linearly with its length.
 * The corpora and long plans are made here in memory, never stored.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {readDepartments, ROOT} from "../src/loaders/plan-files.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {fmt, type Summary, spread, summarize, table, time, verdict} from "./stats.js";

export const PARSER_GOALS = {ratio: 5, yananMs: 5, linear: 1.5};

export interface ScalingRow {
  /** Plans in the corpus, or copies of the body in the long plan. */
  size: number;
  bytes: number;
  /** Whole-corpus (or whole-document) times, ms. */
  parse: Summary;
  floor: Summary;
  parseUsPerKb: number;
  floorUsPerKb: number;
  ratio: number;
}

export interface ParserResult {
  date: string;
  yanan: {bytes: number; runs: number; parse: Summary; floor: Summary; ratio: number};
  shapes: {name: string; bytes: number; parse: Summary; floor: Summary; ratio: number}[];
  corpora: ScalingRow[];
  long: ScalingRow[];
  goals: {
    ratio: {goal: number; value: number; met: boolean};
    yananMs: {goal: number; value: number; met: boolean};
    /** µs/KB of the largest size over µs/KB of the smallest. */
    linearCorpus: {goal: number; value: number; met: boolean};
  };
  /**
   * For information, not a goal of the issue (whose linearity is the corpora's): µs/KB of the longest single
   * document over the shortest (×100 ÷ ×1), and over the ×10 one (×100 ÷ ×10).
   */
  longGrowth: {fromOne: number; fromTen: number};
}

/**
 * The floor: what any reader of a plan file must do, and nothing more. The encoding decided as the parser does (a
 * BOM, else strict UTF-8, else GB18030), the bytes decoded once, the text split into lines.
 */
export function decodeAndSplit(bytes: Uint8Array): number {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    try {
      text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
    } catch {
      text = new TextDecoder("gb18030").decode(bytes);
    }
  }
  return text.split(/\r\n|\r|\n/).length;
}

const FIXTURES = join(ROOT, "test/fixtures");

/** The Yan'an plan in each shape of test/fixtures/variants, the original first. */
export function planShapes(): {name: string; bytes: Uint8Array}[] {
  const dir = join(FIXTURES, "variants");
  return [
    {name: "original", bytes: readFileSync(join(FIXTURES, "yanan-2024-8.txt"))},
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({name: f.replace(/\.txt$/, ""), bytes: readFileSync(join(dir, f))}))
  ];
}

/** A corpus of n plans: the shapes in turn, each plan its own copy of the bytes. */
export function syntheticCorpus(n: number): Uint8Array[] {
  const shapes = planShapes();
  return Array.from({length: n}, (_, k) => shapes[k % shapes.length].bytes.slice());
}

/** One plan whose body (from the first chapter on) is repeated `copies` times after its header, as UTF-8. */
export function longPlan(text: string, copies: number): Uint8Array {
  const at = text.search(/^一、/m);
  const body = text.slice(at).replace(/\n*$/, "\n");
  return new TextEncoder().encode(text.slice(0, at) + body.repeat(copies));
}

export interface ParserOptions {
  /** Timed runs of the Yan'an plan (after a warm-up). */
  iterations?: number;
  /** Runs of each corpus and long plan, at least (small texts get more). */
  runs?: number;
  corpusSizes?: number[];
  longSizes?: number[];
  log?: (line: string) => void;
}

/**
 * Times the parser on the Yan'an plan against a floor (decoding and splitting the same bytes), on corpora of
 * `corpusSizes` plans and on plans `longSizes` times as long: medians of `runs` runs of `iterations` parses.
 */
export function benchParser({
  iterations = 300,
  runs = 3,
  corpusSizes = [10, 100, 1000],
  longSizes = [1, 10, 100],
  log = () => {}
}: ParserOptions = {}): ParserResult {
  const {directory} = readDepartments();
  const parse = (bytes: Uint8Array) => parsePlan(bytes, {departments: directory});
  const yanan = readFileSync(join(ROOT, "data/plans/yanan-2024-8.txt"));

  // Warm-up, then each run of the parser next to a run of the floor, so that both see the same machine.
  for (let k = 0; k < 50; ++k) (parse(yanan), decodeAndSplit(yanan));
  const parseTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let k = 0; k < iterations; ++k) {
    parseTimes.push(time(() => parse(yanan)));
    floorTimes.push(time(() => decodeAndSplit(yanan)));
  }
  const y = {
    bytes: yanan.length,
    runs: iterations,
    parse: summarize(parseTimes),
    floor: summarize(floorTimes),
    ratio: 0
  };
  y.ratio = y.parse.median / y.floor.median;
  log(`parser: Yan'an ${fmt(y.parse.median, 2)} ms, floor ${fmt(y.floor.median, 3)} ms`);

  const shapes = planShapes().map(({name, bytes}) => {
    for (let k = 0; k < 10; ++k) (parse(bytes), decodeAndSplit(bytes));
    const p: number[] = [];
    const f: number[] = [];
    for (let k = 0; k < 100; ++k) {
      p.push(time(() => parse(bytes)));
      f.push(time(() => decodeAndSplit(bytes)));
    }
    const s = {name, bytes: bytes.length, parse: summarize(p), floor: summarize(f), ratio: 0};
    s.ratio = s.parse.median / s.floor.median;
    return s;
  });

  // Runs of one size: more for small texts (noisier), at least `runs`, about 4 MB of text in all, at most 50.
  const scaling = (docs: Uint8Array[], size: number): ScalingRow => {
    const bytes = docs.reduce((n, d) => n + d.length, 0);
    const times = Math.max(runs, Math.min(50, Math.round(4096 / (bytes / 1024))));
    const p: number[] = [];
    const f: number[] = [];
    for (let k = 0; k < times; ++k) {
      p.push(time(() => docs.forEach(parse)));
      f.push(time(() => docs.forEach(decodeAndSplit)));
    }
    const parseS = summarize(p);
    const floorS = summarize(f);
    const kb = bytes / 1024;
    return {
      size,
      bytes,
      parse: parseS,
      floor: floorS,
      parseUsPerKb: (parseS.median * 1000) / kb,
      floorUsPerKb: (floorS.median * 1000) / kb,
      ratio: parseS.median / floorS.median
    };
  };
  syntheticCorpus(10).forEach(parse);
  const corpora = corpusSizes.map((n) => {
    const row = scaling(syntheticCorpus(n), n);
    log(`parser: corpus of ${n} plans ${fmt(row.parse.median)} ms`);
    return row;
  });
  const text = readFileSync(join(ROOT, "data/plans/yanan-2024-8.txt"), "utf8");
  const long = longSizes.map((n) => {
    const doc = longPlan(text, n);
    parse(doc);
    const row = scaling([doc], n);
    log(`parser: plan ${n}× long ${fmt(row.parse.median)} ms`);
    return row;
  });

  const growth = (rows: ScalingRow[]) =>
    rows.length > 1 ? rows[rows.length - 1].parseUsPerKb / rows[0].parseUsPerKb : 1;
  const g = PARSER_GOALS;
  return {
    date: new Date().toISOString(),
    yanan: y,
    shapes,
    corpora,
    long,
    goals: {
      ratio: {goal: g.ratio, value: y.ratio, met: y.ratio <= g.ratio},
      yananMs: {goal: g.yananMs, value: y.parse.median, met: y.parse.median < g.yananMs},
      linearCorpus: {goal: g.linear, value: growth(corpora), met: growth(corpora) <= g.linear}
    },
    longGrowth: {fromOne: growth(long), fromTen: growth(long.slice(1))}
  };
}

/** The parser benchmark as text tables, with each goal and its verdict. */
export function parserTables(r: ParserResult): string {
  const g = r.goals;
  const head = table(
    ["Yan'an plan", "KB", "parse ms", "floor ms", "ratio", `goal ≤ ${g.ratio.goal}×`, `goal < ${g.yananMs.goal} ms`],
    [
      [
        `median of ${r.yanan.runs} (min–max)`,
        fmt(r.yanan.bytes / 1024, 1),
        spread(r.yanan.parse, 2),
        spread(r.yanan.floor, 3),
        `${fmt(r.yanan.ratio, 1)}×`,
        verdict(g.ratio.met),
        verdict(g.yananMs.met)
      ]
    ]
  );
  const shapes = table(
    ["shape", "KB", "parse ms", "floor ms", "ratio"],
    r.shapes.map((s) => [
      s.name,
      fmt(s.bytes / 1024, 1),
      fmt(s.parse.median, 2),
      fmt(s.floor.median, 3),
      `${fmt(s.ratio, 1)}×`
    ])
  );
  const rows = (name: (n: number) => string, rs: ScalingRow[]) =>
    rs.map((s) => [
      name(s.size),
      fmt(s.bytes / 1024),
      spread(s.parse),
      spread(s.floor, 1),
      fmt(s.parseUsPerKb, 1),
      fmt(s.floorUsPerKb, 1),
      `${fmt(s.ratio, 1)}×`
    ]);
  const scaling = table(
    ["text", "KB", "parse ms", "floor ms", "parse µs/KB", "floor µs/KB", "ratio"],
    [...rows((n) => `corpus of ${fmt(n)} plans`, r.corpora), ...rows((n) => `one plan, body ×${fmt(n)}`, r.long)]
  );
  const linear =
    `linear growth (µs/KB at the largest size ÷ at the smallest, goal ≤ ${g.linearCorpus.goal}): ` +
    `corpora ${fmt(g.linearCorpus.value, 2)} ${verdict(g.linearCorpus.met)}; ` +
    `for information, one long plan ×1→×100 ${fmt(r.longGrowth.fromOne, 2)}, ×10→×100 ${fmt(r.longGrowth.fromTen, 2)}`;
  return [head, shapes, scaling, linear].join("\n\n");
}
