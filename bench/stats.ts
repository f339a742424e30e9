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
  const ratios = pairs.flatMap(([x, base]) => (x !== null && base !== null && base > 0 ? [x / base] : []));
  return ratios.length ? summarize(ratios) : null;
}

/** Whether a goal is met, as printed in the tables. */
export const verdict = (met: boolean | null): string => (met === null ? "–" : met ? "met" : "NOT met");

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
