/**
 * Parser benchmark: parsePlan against its floor, decoding the bytes and splitting lines, measured side by side in
 * the same run. Three measures:
 * - the Yan'an plan (data/plans), with the department reference, as the site parses it: each run timed alone;
 * - corpora of 10, 100 and 1,000 plans, parsed one after the other: copies of the plan in the shapes of
 *   test/fixtures/variants (full-width, PDF-wrapped, tabs, CRLF+BOM, GB18030, UTF-16, one action per line);
 * - one long plan: the Yan'an body (chapters 一 to 九) repeated 1, 10 and 100 times after its header, to see
 *   that the cost of one document grows linearly with its length (goal: µs/KB ×1 → ×100 within 1.3×);
 * - every real plan of test/fixtures/real against its own floor (goal ≤ 5× each, 90% confidence intervals of the
 *   paired ratios);
 * - the pathological shapes of bench/pathological.ts, each against the Yan'an plan per KB (goal ≤ 2× each).
 * The corpora, long plans and pathological shapes are made here in memory, never stored.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {readDepartments, ROOT} from "../src/dataFiles/plan-files.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {pathologicalShapes} from "./pathological.js";
import {
  atMost,
  fmt,
  type GoalVerdict,
  type Interval,
  medianInterval,
  overall,
  printVerdict,
  ratiosOf,
  type Summary,
  spread,
  summarize,
  table,
  time,
  verdict
} from "./stats.js";

/**
 * ratio: parse ÷ floor, each real plan; yananMs: the Yan'an plan's parse time; linear: µs/KB growth across corpora;
 * longLinear: µs/KB growth of one plan repeated ×1 → ×100; pathological: a hostile shape's µs/KB ÷ a normal plan's.
 */
export const PARSER_GOALS = {ratio: 5, yananMs: 5, linear: 1.5, longLinear: 1.3, pathological: 2};

/** A measure taken in pairs with its baseline: the median of the paired ratios and its 90% confidence interval. */
export interface PairedRow {
  name: string;
  bytes: number;
  /** ms. */
  parse: Summary;
  /** ms: the floor (decode and split lines), or for a pathological shape the normal plan scaled to the same KB. */
  base: Summary;
  ratio: Summary;
  interval: Interval | null;
  verdict: GoalVerdict | null;
}

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
  /** Every real plan (test/fixtures/real and data/plans), parse ÷ floor. */
  real?: PairedRow[];
  /** Each pathological shape's µs/KB ÷ the Yan'an plan's µs/KB, measured in pairs. */
  pathological?: (PairedRow & {about: string})[];
  goals: {
    ratio: {goal: number; value: number; met: boolean};
    yananMs: {goal: number; value: number; met: boolean};
    /** µs/KB of the largest size over µs/KB of the smallest. */
    linearCorpus: {goal: number; value: number; met: boolean};
    /** The worst real plan's ratio (its median and interval), and the verdict over all of them. */
    realPlans?: {goal: number; worst: string; value: number; verdict: GoalVerdict | null};
    /** µs/KB of one plan ×100 ÷ ×1. */
    linearLong?: {goal: number; value: number; met: boolean};
    pathological?: {goal: number; worst: string; value: number; verdict: GoalVerdict | null};
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

/** The real plans: data/plans/yanan-2024-8.txt, then test/fixtures/real/*.txt, by name. */
export function realPlans(): {name: string; bytes: Uint8Array}[] {
  const dir = join(FIXTURES, "real");
  return [
    {name: "yanan-2024-8", bytes: readFileSync(join(ROOT, "data/plans/yanan-2024-8.txt"))},
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({name: f.replace(/\.txt$/, ""), bytes: readFileSync(join(dir, f))}))
  ];
}

/** Paired samples of a measure and its baseline: the row, with the verdict against `goal`. */
function pairedRow(name: string, bytes: number, parse: number[], base: number[], goal: number): PairedRow {
  const ratios = ratiosOf(parse.map((p, k) => [p, base[k]]));
  const interval = medianInterval(ratios);
  return {
    name,
    bytes,
    parse: summarize(parse),
    base: summarize(base),
    ratio: summarize(ratios),
    interval,
    verdict: atMost(interval, goal)
  };
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

  const g = PARSER_GOALS;
  // Every real plan against its floor: runs enough to parse about 2 MB of it (20 to 200), each next to a floor run.
  const real = realPlans().map(({name, bytes}) => {
    const n = Math.max(20, Math.min(200, Math.round(2048 / (bytes.length / 1024))));
    for (let k = 0; k < 5; ++k) (parse(bytes), decodeAndSplit(bytes));
    const p: number[] = [];
    const f: number[] = [];
    for (let k = 0; k < n; ++k) {
      p.push(time(() => parse(bytes)));
      f.push(time(() => decodeAndSplit(bytes)));
    }
    return pairedRow(name, bytes.length, p, f, g.ratio);
  });
  log(`parser: ${real.length} real plans`);

  // Each pathological shape next to the Yan'an plan: the shape's µs/KB over the plan's, in pairs.
  const yananKb = yanan.length / 1024;
  const pathological = pathologicalShapes(text).map(({name, about, text: shape}) => {
    const bytes = new TextEncoder().encode(shape);
    const kb = bytes.length / 1024;
    const first = time(() => parse(bytes));
    const n = first > 1000 ? 5 : first > 100 ? 9 : 21;
    const p: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < n; ++k) {
      p.push(time(() => parse(bytes)));
      // The normal plan, as many times as makes about the same KB (at most 20 runs), scaled to the shape's KB.
      const times = Math.max(1, Math.min(20, Math.round(kb / yananKb)));
      b.push(
        (time(() => {
          for (let j = 0; j < times; ++j) parse(yanan);
        }) *
          kb) /
          (yananKb * times)
      );
    }
    log(`parser: ${name} ${fmt(summarize(p).median)} ms`);
    return {...pairedRow(name, bytes.length, p, b, g.pathological), about};
  });

  const growth = (rows: ScalingRow[]) =>
    rows.length > 1 ? rows[rows.length - 1].parseUsPerKb / rows[0].parseUsPerKb : 1;
  const worstOf = (rows: PairedRow[]) => rows.reduce((a, r) => (r.ratio.median > a.ratio.median ? r : a));
  const worstReal = worstOf(real);
  const worstShape = worstOf(pathological);
  return {
    date: new Date().toISOString(),
    yanan: y,
    shapes,
    corpora,
    long,
    goals: {
      ratio: {goal: g.ratio, value: y.ratio, met: y.ratio <= g.ratio},
      yananMs: {goal: g.yananMs, value: y.parse.median, met: y.parse.median < g.yananMs},
      linearCorpus: {goal: g.linear, value: growth(corpora), met: growth(corpora) <= g.linear},
      realPlans: {
        goal: g.ratio,
        worst: worstReal.name,
        value: worstReal.ratio.median,
        verdict: overall(real.map((r) => r.verdict))
      },
      linearLong: {goal: g.longLinear, value: growth(long), met: growth(long) <= g.longLinear},
      pathological: {
        goal: g.pathological,
        worst: worstShape.name,
        value: worstShape.ratio.median,
        verdict: overall(pathological.map((r) => r.verdict))
      }
    },
    longGrowth: {fromOne: growth(long), fromTen: growth(long.slice(1))},
    real,
    pathological
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
    `linear growth (µs/KB at the largest size ÷ at the smallest): ` +
    `corpora ${fmt(g.linearCorpus.value, 2)} (goal ≤ ${g.linearCorpus.goal}) ${verdict(g.linearCorpus.met)}; ` +
    `one long plan ×1→×100 ${fmt(r.longGrowth.fromOne, 2)} (goal ≤ ${PARSER_GOALS.longLinear}) ` +
    `${verdict(r.longGrowth.fromOne <= PARSER_GOALS.longLinear)}, ×10→×100 ${fmt(r.longGrowth.fromTen, 2)}`;
  const ci = (row: PairedRow) =>
    `${fmt(row.ratio.median, 1)}×` +
    (row.interval ? ` (${fmt(row.interval.low, 1)}–${fmt(row.interval.high, 1)})` : "");
  const real = r.real
    ? table(
        ["real plan", "KB", "runs", "parse ms", "floor ms", "ratio (90% CI)", `goal ≤ ${PARSER_GOALS.ratio}×`],
        r.real.map((row) => [
          row.name,
          fmt(row.bytes / 1024, 1),
          fmt(row.parse.n),
          fmt(row.parse.median, 2),
          fmt(row.base.median, 3),
          ci(row),
          printVerdict(row.verdict)
        ])
      )
    : "";
  const pathological = r.pathological
    ? table(
        [
          "pathological shape",
          "KB",
          "runs",
          "parse ms",
          "µs/KB",
          "normal µs/KB",
          "ratio (90% CI)",
          `goal ≤ ${PARSER_GOALS.pathological}×`
        ],
        r.pathological.map((row) => [
          `${row.name}: ${row.about}`,
          fmt(row.bytes / 1024),
          fmt(row.parse.n),
          fmt(row.parse.median, 1),
          fmt((row.parse.median * 1000) / (row.bytes / 1024), 1),
          fmt((row.base.median * 1000) / (row.bytes / 1024), 1),
          ci(row),
          printVerdict(row.verdict)
        ])
      )
    : "";
  return [head, shapes, scaling, linear, real, pathological].filter(Boolean).join("\n\n");
}
