/**
 * Reference data about indicators: the glossary (data/reference/indicators.csv: English names, the other names
 * an indicator goes by, which way is progress) and the national and provincial benchmarks
 * (data/reference/benchmarks.csv: targets of the plans above the city's, and national observations), with the
 * join of a plan's indicators to the benchmarks and the comparison of a local target with a benchmark target.
 * Pure functions: they run in loaders, the CLI and the browser.
 */
import {readCsvRecords} from "./csv.js";
import type {Comparator, Indicator, IndicatorTarget} from "./model.js";
import {foldWidth} from "./width.js";
import {countEn} from "./vocabulary.js";

/** Which way is progress: a higher value (raise) or a lower one (reduce). */
export type Direction = "raise" | "reduce";
export const DIRECTIONS: readonly Direction[] = ["raise", "reduce"];

export interface GlossaryEntry {
  /** The indicator's name as the plan's table writes it, without the unit. */
  name: string;
  nameEn: string;
  /** Other names of the same measure in other documents. */
  aliases: string[];
  direction: Direction;
  /** The highest possible value (100 for pass rates and shares in %), or null. */
  limit: number | null;
  note: string;
}

export type BenchmarkLevel = "nation" | "province";
export const BENCHMARK_LEVELS: readonly BenchmarkLevel[] = ["nation", "province"];
export type BenchmarkKind = "target" | "observation";
export const BENCHMARK_KINDS: readonly BenchmarkKind[] = ["target", "observation"];
export const COMPARATORS: readonly Comparator[] = ["=", ">=", "<="];

export interface Benchmark {
  jurisdiction: string;
  level: BenchmarkLevel;
  indicatorZh: string;
  indicatorEn: string;
  kind: BenchmarkKind;
  year: number;
  value: number;
  comparator: Comparator;
  /** The unit, "" for none. */
  unit: string;
  source: string;
  /** When the source was published: yyyy, yyyy-mm or yyyy-mm-dd. */
  published: string;
  note: string;
}

/** A benchmark row joined to a plan indicator: the row's fields but its names, and which names matched. */
export interface BenchmarkMatch extends Omit<Benchmark, "indicatorZh" | "indicatorEn"> {
  /** The plan indicator's id (I8). */
  indicator: string;
  /** The name the benchmark's source uses (the plan's name or one of its aliases). */
  nameInSource: string;
}

export interface RowProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export const GLOSSARY_COLUMNS = ["name", "name_en", "aliases", "direction", "limit", "note"] as const;
export const BENCHMARK_COLUMNS = [
  "jurisdiction",
  "level",
  "indicator_zh",
  "indicator_en",
  "kind",
  "year",
  "value",
  "comparator",
  "unit",
  "source",
  "published",
  "note"
] as const;

/** The key names are compared by: width-folded, without spaces. */
export function indicatorKey(name: string): string {
  return foldWidth(name).replace(/\s+/g, "");
}

const cell = (row: Record<string, string | undefined>, column: string) => row[column] ?? "";

/**
 * The records of a reference CSV (read with readCsvRecords), row by row: `readRow` pushes the reasons a row is bad and returns its record
 * (or null). A row with reasons becomes one problem with its line and every reason; the other rows are kept.
 * Wholly empty rows are skipped; missing columns are one problem on line 1.
 */
function readReferenceRows<T>(
  text: string,
  columns: readonly string[],
  readRow: (row: Record<string, string | undefined>, line: number, reasons: string[]) => T | null
): {records: T[]; problems: RowProblem[]} {
  const read = readCsvRecords(text);
  const missing = columns.filter((c) => !read.columns.includes(c));
  if (missing.length)
    return {
      records: [],
      problems: [{line: 1, message: `missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`}]
    };
  const records: T[] = [];
  const problems: RowProblem[] = [];
  for (const {row: line, cells} of read.records) {
    const reasons: string[] = [];
    const record = readRow(cells, line, reasons);
    if (reasons.length) problems.push({line, message: reasons.join("; ")});
    else if (record !== null) records.push(record);
  }
  return {records, problems};
}

/** A plain decimal number (no separators, no unit), or NaN. */
function plainNumber(text: string): number {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
}

/**
 * Reads data/reference/indicators.csv. Every bad row is reported with its line and reason (empty name, direction
 * not raise/reduce, limit not a number, a name or alias already used); the good rows are kept. Aliases are
 * separated by |. Wholly empty rows are skipped.
 */
export function parseIndicatorGlossary(text: string): {entries: GlossaryEntry[]; problems: RowProblem[]} {
  const seen = new Map<string, number>();
  const {records: entries, problems} = readReferenceRows(text, GLOSSARY_COLUMNS, (row, line, reasons) => {
    const name = cell(row, "name");
    if (!name) reasons.push("empty name");
    const direction = cell(row, "direction") as Direction;
    if (!DIRECTIONS.includes(direction))
      reasons.push(`direction "${direction}" is not one of ${DIRECTIONS.join(", ")}`);
    const limitText = cell(row, "limit");
    const limit = limitText ? plainNumber(limitText) : null;
    if (limit !== null && !Number.isFinite(limit)) reasons.push(`limit "${limitText}" is not a number`);
    const aliases = cell(row, "aliases")
      .split("|")
      .map((a) => a.trim())
      .filter(Boolean);
    const keys = [...new Set([name, ...aliases].filter(Boolean).map(indicatorKey))];
    for (const key of keys) {
      const other = seen.get(key);
      if (other !== undefined) reasons.push(`name "${key}" is already used on line ${other}`);
    }
    if (reasons.length) return null;
    for (const key of keys) seen.set(key, line);
    return {name, nameEn: cell(row, "name_en"), aliases, direction, limit, note: cell(row, "note")};
  });
  return {entries, problems};
}

/** The glossary entry of an indicator name (its own name, not an alias), or undefined. */
export function glossaryEntry(glossary: GlossaryEntry[], name: string): GlossaryEntry | undefined {
  const key = indicatorKey(name);
  return glossary.find((e) => indicatorKey(e.name) === key);
}

/**
 * Reads data/reference/benchmarks.csv. Every bad row is reported with its line and all its reasons (empty
 * jurisdiction, indicator or source; level not nation/province; kind not target/observation; year not an
 * integer; value not a number; comparator not =, >=, <=; published not a date; the same jurisdiction, indicator,
 * kind and year twice); the good rows are kept, typed. Wholly empty rows are skipped.
 */
export function parseBenchmarks(text: string): {rows: Benchmark[]; problems: RowProblem[]} {
  const seen = new Map<string, number>();
  const {records: rows, problems} = readReferenceRows(text, BENCHMARK_COLUMNS, (row, line, reasons): Benchmark => {
    const jurisdiction = cell(row, "jurisdiction");
    if (!jurisdiction) reasons.push("empty jurisdiction");
    const indicatorZh = cell(row, "indicator_zh");
    if (!indicatorZh) reasons.push("empty indicator_zh");
    const level = cell(row, "level") as BenchmarkLevel;
    if (!BENCHMARK_LEVELS.includes(level))
      reasons.push(`level "${level}" is not one of ${BENCHMARK_LEVELS.join(", ")}`);
    const kind = cell(row, "kind") as BenchmarkKind;
    if (!BENCHMARK_KINDS.includes(kind)) reasons.push(`kind "${kind}" is not one of ${BENCHMARK_KINDS.join(", ")}`);
    const yearText = cell(row, "year");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!Number.isFinite(year)) reasons.push(`year "${yearText}" is not a year`);
    const valueText = cell(row, "value");
    const value = plainNumber(valueText);
    if (!Number.isFinite(value)) reasons.push(`value "${valueText}" is not a number`);
    const comparator = (cell(row, "comparator") || "=") as Comparator;
    if (!COMPARATORS.includes(comparator))
      reasons.push(`comparator "${comparator}" is not one of ${COMPARATORS.join(", ")}`);
    const source = cell(row, "source");
    if (!source) reasons.push("empty source");
    const published = cell(row, "published");
    if (published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))
      reasons.push(`published "${published}" is not a date (yyyy, yyyy-mm or yyyy-mm-dd)`);
    const key = [jurisdiction, indicatorKey(indicatorZh), kind, yearText].join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) reasons.push(`the same jurisdiction, indicator, kind and year as line ${first}`);
    else seen.set(key, line);
    return {
      jurisdiction,
      level,
      indicatorZh,
      indicatorEn: cell(row, "indicator_en"),
      kind,
      year,
      value,
      comparator,
      unit: cell(row, "unit"),
      source,
      published,
      note: cell(row, "note")
    };
  });
  return {rows, problems};
}

/**
 * Joins each plan indicator to the benchmark rows whose indicator_zh is the indicator's name or one of the
 * aliases its glossary entry lists (compared width-folded, without spaces). Rows come in indicator order, then
 * in the benchmark file's order. Units are carried, not compared: the glossary says which names are one measure.
 */
export function matchBenchmarks(
  indicators: Indicator[],
  glossary: GlossaryEntry[],
  benchmarks: Benchmark[]
): BenchmarkMatch[] {
  const out: BenchmarkMatch[] = [];
  for (const indicator of indicators) {
    const names = new Set(
      [indicator.name, ...(glossaryEntry(glossary, indicator.name)?.aliases ?? [])].map(indicatorKey)
    );
    for (const b of benchmarks) {
      if (!names.has(indicatorKey(b.indicatorZh))) continue;
      out.push({
        indicator: indicator.id,
        level: b.level,
        jurisdiction: b.jurisdiction,
        kind: b.kind,
        year: b.year,
        value: b.value,
        comparator: b.comparator,
        unit: b.unit,
        source: b.source,
        published: b.published,
        note: b.note,
        nameInSource: b.indicatorZh
      });
    }
  }
  return out;
}

/**
 * The benchmark rows that apply to a plan of `jurisdiction` (its .meta.json's, 陕西省延安市, 上海市青浦区): every
 * national row, and the provincial rows of the province the plan lies in (the plan's jurisdiction begins with the
 * row's: 陕西省延安市 under 陕西省), so that a Shanghai plan is never set beside Shaanxi's targets. With the
 * jurisdiction unknown (null, blank), no provincial row applies: which province's targets bind the plan is not known.
 */
export function benchmarksFor<B extends Pick<Benchmark, "level" | "jurisdiction">>(
  benchmarks: B[],
  jurisdiction: string | null | undefined
): B[] {
  const own = jurisdiction?.trim() ?? "";
  return benchmarks.filter((b) => b.level === "nation" || (own !== "" && own.startsWith(b.jurisdiction.trim())));
}

/** How a local target compares with another plan's target for the same measure. */
export type Alignment = "stricter" | "same" | "looser";
/** There is no benchmark target to compare with. */
export const LOCAL_ONLY = "local only";
export type BenchmarkAlignment = Alignment | typeof LOCAL_ONLY;

/**
 * Compares the values required: for a raise indicator a higher required value is stricter, for a reduce
 * indicator a lower one. Equal values are "same" whatever the comparators (≥94 and =94 both ask for 94).
 * Null when either value is missing (nothing to compare).
 */
export function alignment(
  local: Pick<IndicatorTarget, "value" | "comparator">,
  other: {value: number | null; comparator?: Comparator},
  direction: Direction
): Alignment | null {
  if (local.value === null || other.value === null || !Number.isFinite(local.value) || !Number.isFinite(other.value))
    return null;
  if (local.value === other.value) return "same";
  const higher = local.value > other.value;
  return higher === (direction === "raise") ? "stricter" : "looser";
}

/**
 * How an indicator's target compares with the benchmark target of one level (nation or province): the target
 * row of the indicator's year when there is one, else the latest. "local only" when the level has no target for
 * the indicator; null when there is one but the plan states no value to compare.
 */
export function benchmarkAlignment(
  indicator: Indicator,
  matched: BenchmarkMatch[],
  level: BenchmarkLevel,
  direction: Direction
): {alignment: BenchmarkAlignment | null; benchmark: BenchmarkMatch | null} {
  const targets = matched.filter((m) => m.indicator === indicator.id && m.level === level && m.kind === "target");
  const benchmark =
    targets.find((m) => m.year === indicator.year) ??
    targets.reduce<BenchmarkMatch | null>((a, b) => (a === null || b.year > a.year ? b : a), null);
  if (!benchmark) return {alignment: LOCAL_ONLY, benchmark: null};
  return {alignment: alignment(indicator.target, benchmark, direction), benchmark};
}
