// Small helpers shared by the benchmarks: summaries of repeated samples, ratios against a baseline, tables.

/** The median and spread of repeated samples (all in the unit measured, usually ms). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Lower and upper quartiles. */
  q1: number;
  q3: number;
  n: number;
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** The median, minimum and maximum of the samples (NaN for none). */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    n: sorted.length
  };
}

/**
 * The ratios of paired samples, each [measure, baseline] taken one after the other: their median and spread, or null
 * if no pair has both. Unlike the ratio of two medians, each ratio compares samples that saw the same machine.
 */
export function pairedRatios(pairs: [number | null, number | null][]): Summary | null {
  const ratios = ratiosOf(pairs);
  return ratios.length ? summarize(ratios) : null;
}

/** Each complete pair's ratio, measure ÷ baseline, in the order of the pairs. */
export function ratiosOf(pairs: [number | null, number | null][]): number[] {
  return pairs.flatMap(([x, base]) => (x !== null && base !== null && base > 0 ? [x / base] : []));
}

/** A confidence interval for a median, and the probability that it holds the true median. */
export interface Interval {
  low: number;
  high: number;
  coverage: number;
}

/**
 * A distribution-free confidence interval for the median of samples: the order statistics x(k) and x(n + 1 − k)
 * with the largest k whose coverage, 1 − 2·P(B < k) for B ~ Binomial(n, ½), is at least `confidence` (default
 * 0.9). It assumes nothing about the shape of the samples' distribution, only that they are independent. Null
 * when there are too few samples for that coverage (fewer than 5 for 90%).
 */
export function medianInterval(samples: number[], confidence = 0.9): Interval | null {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = sorted.length;
  // below[k] = P(B < k): the chance that fewer than k samples fall below the median.
  let term = 0.5 ** n;
  let below = 0;
  let best: Interval | null = null;
  for (let k = 1; 2 * k <= n + 1; ++k) {
    below += term; // P(B < k) = P(B ≤ k − 1)
    term *= (n - (k - 1)) / k;
    const coverage = 1 - 2 * below;
    if (coverage < confidence) break;
    best = {low: sorted[k - 1], high: sorted[n - k], coverage};
  }
  return best;
}

/**
 * Where a measure stands against a goal of "at most goal", given a confidence interval of it: "met" when the whole
 * interval is at or under the goal, "not met" when it is all over it, and "within noise" when the goal lies inside
 * it, so that this many runs on this machine cannot tell (more runs narrow the interval). Null without an interval.
 */
export type GoalVerdict = "met" | "not met" | "within noise";

/**
 * Whether a measure whose interval is `interval` meets the goal "at most `goal`": met, not met, or within noise
 * when the interval straddles it; null without an interval.
 */
export function atMost(interval: Interval | null, goal: number): GoalVerdict | null {
  if (!interval) return null;
  return interval.high <= goal ? "met" : interval.low > goal ? "not met" : "within noise";
}

/** The verdict over several measures (pages): "not met" if one is, else "within noise" if one is, else "met" (null if none). */
export function overall(verdicts: (GoalVerdict | null)[]): GoalVerdict | null {
  const known = verdicts.filter((v) => v !== null);
  if (!known.length) return null;
  return known.includes("not met") ? "not met" : known.includes("within noise") ? "within noise" : "met";
}

/** Whether a goal is met, as printed in the tables. */
export const verdict = (met: boolean | null): string => (met === null ? "–" : met ? "met" : "NOT met");

/** A goal verdict as printed in the tables. */
export const printVerdict = (v: GoalVerdict | null): string => (v === null ? "–" : v === "not met" ? "NOT met" : v);

/** A number with thousands separators and a fixed number of decimals. */
export function fmt(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return x.toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

/** "median (min–max)" of a summary. */
export function spread(s: Summary | null | undefined, digits = 0): string {
  if (!s) return "–";
  return s.n > 1 ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : fmt(s.median, digits);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  return [line(header), width.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Times f once, in ms. */
export function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}
