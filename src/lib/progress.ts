/**
 * Progress towards an indicator's target, by two methods that read the same observations differently:
 *
 * - the required rate (SDSN SDG dashboards): the observed average annual change since the baseline against the
 *   change per year needed to reach the target, both linear;
 * - the growth ratio (Open SDG, Statistics Canada): the observed compound annual growth against the compound
 *   growth needed.
 *
 * Three kinds of target: a level (86, ≥98), a cumulative change over a period ([10]: the observations are the
 * annual rates, which compound as 1 − Π(1 − r/100)), and an annual average (6.5年均: the observations are the
 * annual rates, whose mean is compared with the target). docs/methodology.md explains the rules for users.
 *
 * Pure functions: no DOM, no I/O. The only outside input is the current year, the default of `asOf`.
 */
import type {Indicator} from "./model.js";

import type {Direction} from "./reference.js";

export type {Direction};

export interface ProgressSpec {
  /** The target value. */
  target: number;
  comparator: "=" | ">=" | "<=";
  targetYear: number;
  /** Which way is progress (a pass rate: raise; a cost: reduce). For ≥ and ≤ targets the comparator decides. */
  direction: Direction;
  kind: "level" | "cumulative" | "annualAverage";
  /** The period of a cumulative or annual-average target, e.g. 2021–2025. */
  period?: {from: number; to: number} | null;
  /** The natural bound in the direction of progress (100 for a pass rate in %). */
  limit?: number | null;
  /** The table's baseline, when it has one; else the first observation is the baseline (level kind only). */
  baseline?: {year: number; value: number} | null;
}

export interface Observation {
  year: number;
  value: number;
}

export type RateStatus =
  "achieved" | "not achieved" | "on track" | "moderately improving" | "stagnating" | "worsening" | "insufficient data";

export type GrowthStatus =
  | "achieved"
  | "not achieved"
  | "on track"
  | "needs acceleration"
  | "limited progress"
  | "deterioration"
  | "insufficient data";

export interface StatusResult<S> {
  status: S;
  /**
   * observedRate / requiredRate (±1 when no change was needed); null when the status is insufficient data, and
   * for a level met or not met from a single observation (no rate, so no ratio).
   */
  ratio: number | null;
  /**
   * Level kind: units per year (required rate) or % per year of compound growth (growth ratio). Cumulative: the
   * average annual rate in %. Annual average: the mean of the observed rates.
   */
  observedRate: number | null;
  /** The same, needed to reach the target (annual average: the target itself). */
  requiredRate: number | null;
  /** The observation the status rests on (capped at the limit); for rate kinds the last observed year. */
  latest: Observation | null;
  /** Level kind: the baseline (capped at the limit); null for rate kinds. */
  baseline: Observation | null;
  /** True when the target year is over and its data decide: achieved or not achieved for good. */
  final: boolean;
  /** One English sentence with the numbers. */
  explanation: string;
}

export interface ProgressOptions {
  /** The year of the assessment; observations after it are ignored. Default: the current year. */
  asOf?: number;
}

export const RATE_STATUSES: readonly RateStatus[] = [
  "achieved",
  "not achieved",
  "on track",
  "moderately improving",
  "stagnating",
  "worsening",
  "insufficient data"
];

export const GROWTH_STATUSES: readonly GrowthStatus[] = [
  "achieved",
  "not achieved",
  "on track",
  "needs acceleration",
  "limited progress",
  "deterioration",
  "insufficient data"
];

/** The required-rate status each growth-ratio status corresponds to (same position in the lists above). */
const GROWTH_OF_RATE = new Map(RATE_STATUSES.map((s, i) => [s, GROWTH_STATUSES[i]]));

/** Whether the two methods agree: same position on the scale (moderately improving ≈ needs acceleration …). */
export function agree(a: RateStatus, b: GrowthStatus): boolean {
  return GROWTH_OF_RATE.get(a) === b;
}

/** The cumulative change of annual rates r (in %) that compound: 1 − Π(1 − r/100), in %. */
export function cumulativeChange(rates: number[]): number {
  return (1 - rates.reduce((p, r) => p * (1 - r / 100), 1)) * 100;
}

/**
 * The direction of progress the functions use: for a ≥ target up, for a ≤ target down, for a plain level the
 * spec's direction. Rates (cumulative, annual average) are changes already stated in the direction of progress
 * (a reduction of energy use per unit of GDP of 2%), so a larger rate is always progress.
 */
export function progressDirection(spec: ProgressSpec): Direction {
  if (spec.kind !== "level") return "raise";
  return spec.comparator === ">=" ? "raise" : spec.comparator === "<=" ? "reduce" : spec.direction;
}

/** A ProgressSpec from a parsed indicator, or null when its target has no value or no year. */
export function progressSpec(
  indicator: Indicator,
  {direction, limit = null}: {direction: Direction; limit?: number | null}
): ProgressSpec | null {
  const {target, year} = indicator;
  if (target.value === null || year === null) return null;
  const kind = target.cumulative ? "cumulative" : target.annualAverage ? "annualAverage" : "level";
  const b = indicator.baseline;
  const baseline = b && b.value !== null && b.year > 0 ? {year: b.year, value: b.value} : null;
  let period: {from: number; to: number} | null = null;
  if (kind !== "level") {
    if (target.period) period = {from: target.period.from, to: target.period.to};
    // 年均 cells carry no period: the years after the table's baseline, else the five-year plan ending in the
    // target year (five-year plans end in years divisible by 5: 十四五 is 2021–2025).
    else if (baseline && baseline.year < year) period = {from: baseline.year + 1, to: year};
    else if (year % 5 === 0) period = {from: year - 4, to: year};
  }
  return {
    target: target.value,
    // Progress towards a strict bound (more than 50%) is measured as towards the bound itself.
    comparator: target.comparator === ">" ? ">=" : target.comparator === "<" ? "<=" : target.comparator,
    targetYear: year,
    direction: kind === "level" ? direction : "raise",
    kind,
    period,
    limit,
    baseline: kind === "level" ? baseline : null
  };
}

/**
 * What the target asks for by `year`: the value on the straight path from the baseline to the (capped) target
 * for a level (the baseline before its year, the target after the target year); the cumulative change expected
 * after the period's years up to `year` at the required constant rate, in %; the target for an annual average.
 * NaN when the spec cannot say (a rate kind without a period).
 */
export function expectedByNow(spec: ProgressSpec, baseline: Observation, year: number): number {
  const cap = capper(progressDirection(spec), limitOf(spec));
  if (spec.kind === "annualAverage") return cap(spec.target);
  if (spec.kind === "cumulative") {
    const p = validPeriod(spec.period);
    if (!p) return NaN;
    const n = p.to - p.from + 1;
    const k = clamp(Math.floor(year) - p.from + 1, 0, n);
    return (1 - Math.pow(1 - cap(spec.target) / 100, k / n)) * 100;
  }
  const target = cap(spec.target);
  const b = cap(baseline.value);
  if (spec.targetYear <= baseline.year) return target;
  const t = clamp(year, baseline.year, spec.targetYear);
  return b + ((target - b) * (t - baseline.year)) / (spec.targetYear - baseline.year);
}

/** Method 1, the required rate: observed average annual change against the change per year needed. */
export function requiredRateStatus(
  spec: ProgressSpec,
  observations: Observation[],
  options: ProgressOptions = {}
): StatusResult<RateStatus> {
  return finish(assess(spec, observations, options, "rate"), RATE_BANDS);
}

/** Method 2, the growth ratio: observed compound annual growth against the compound growth needed. */
export function growthRatioStatus(
  spec: ProgressSpec,
  observations: Observation[],
  options: ProgressOptions = {}
): StatusResult<GrowthStatus> {
  return finish(assess(spec, observations, options, "growth"), GROWTH_BANDS);
}

// ---------------------------------------------------------------------------------------------------------------

type Method = "rate" | "growth";

interface Bands<S> {
  /** [lowest ratio, status], best first; below the last: `below`. */
  steps: [number, S][];
  below: S;
}

const RATE_BANDS: Bands<RateStatus> = {
  steps: [
    [1, "on track"],
    [0.5, "moderately improving"],
    [0, "stagnating"]
  ],
  below: "worsening"
};

const GROWTH_BANDS: Bands<GrowthStatus> = {
  steps: [
    [0.95, "on track"],
    [0.6, "needs acceleration"],
    [0, "limited progress"]
  ],
  below: "deterioration"
};

/** What both methods share: the verdict, before the ratio is put in a band. */
interface Outcome extends Omit<StatusResult<never>, "status"> {
  verdict: "achieved" | "not achieved" | "trend" | "insufficient";
}

/** Relative tolerance of comparisons with the target and the band thresholds (floating-point noise). */
const EPS = 1e-9;

function finish<S>(o: Outcome, bands: Bands<S>): StatusResult<S> {
  const insufficient = "insufficient data" as S;
  let status: S;
  if (o.verdict === "insufficient") status = insufficient;
  // A level met or not met from one observation: a verdict with no rate and no ratio.
  else if (o.verdict !== "trend" && o.ratio === null && o.observedRate === null && o.baseline === null && o.latest)
    status = o.verdict as S;
  else if (o.ratio === null || !Number.isFinite(o.ratio))
    return {
      ...o,
      status: insufficient,
      ratio: null,
      final: false,
      explanation: `Insufficient data: the numbers are out of range for a ratio (observed ${o.observedRate}, required ${o.requiredRate})`
    };
  else if (o.verdict === "achieved") status = "achieved" as S;
  else if (o.verdict === "not achieved") status = "not achieved" as S;
  else status = bands.steps.find(([min]) => o.ratio! >= min - EPS)?.[1] ?? bands.below;
  return {
    status,
    ratio: status === insufficient ? null : o.ratio,
    observedRate: o.observedRate,
    requiredRate: o.requiredRate,
    latest: o.latest,
    baseline: o.baseline,
    final: o.final,
    explanation: o.explanation
  };
}

function assess(spec: ProgressSpec, observations: Observation[], options: ProgressOptions, method: Method): Outcome {
  const asOf = options.asOf ?? new Date().getFullYear();
  if (!Number.isFinite(spec.target) || !Number.isInteger(spec.targetYear))
    return insufficient(
      `Insufficient data: the target (${spec.target} by ${spec.targetYear}) is not a number and a year`
    );
  if (spec.kind === "level") return assessLevel(spec, observations, asOf, method);
  const period = validPeriod(spec.period);
  if (!period)
    return insufficient(
      `Insufficient data: a ${spec.kind === "cumulative" ? "cumulative" : "annual-average"} target needs a period`
    );
  if (spec.comparator === "<=")
    return insufficient(
      `Insufficient data: a ceiling (≤${fmt(spec.target)}) on a rate is not a target to progress towards, so neither method rates it`
    );
  return spec.kind === "cumulative"
    ? assessCumulative(spec, period, observations, asOf)
    : assessAnnualAverage(spec, period, observations, asOf);
}

function assessLevel(spec: ProgressSpec, observations: Observation[], asOf: number, method: Method): Outcome {
  const T = spec.targetYear;
  const dir = progressDirection(spec);
  const limit = limitOf(spec);
  const cap = capper(dir, limit);
  const target = cap(spec.target);
  const label = levelLabel(spec, target);
  const until = Math.min(asOf, T);
  const all = clean(observations).filter((o) => o.year <= asOf);
  const usable = all.filter((o) => o.year <= until);
  const ignored = all.length - usable.length;
  const ignoredNote = ignored ? `; ${ignored} observation${ignored > 1 ? "s" : ""} after ${T} not used` : "";

  const table = spec.baseline && Number.isFinite(spec.baseline.value) && Number.isInteger(spec.baseline.year);
  const baseRaw = table ? spec.baseline! : (usable[0] ?? null);
  const baseline = baseRaw ? {year: baseRaw.year, value: cap(baseRaw.value)} : null;
  const latestRaw = baseline ? (usable.filter((o) => o.year > baseline.year).at(-1) ?? null) : null;

  if (!baseline || !latestRaw) {
    let why: string;
    if (!baseline) why = `no observations up to ${until} and no baseline in the plan's table`;
    else if (table && baseline.year >= T) why = `the baseline year ${baseline.year} is not before the target year ${T}`;
    else if (table) why = `no observation after the ${baseline.year} baseline (${fmt(baseline.value)}) up to ${until}`;
    else {
      // One observation and no table baseline: enough to say whether the level is met, not for a trend.
      const one = baseline;
      const met = meets(one.value, target, dir);
      const final = asOf > T && one.year === T;
      const valueText = `${fmt(one.value)} in ${one.year}${capNote(baseRaw!.value, one.value, limit)}`;
      const lead = met ? (final ? "Final: met" : "Met") : final ? "Final: not met" : "Not met yet";
      return {
        verdict: met ? "achieved" : "not achieved",
        ratio: null,
        observedRate: null,
        requiredRate: null,
        latest: one,
        baseline: null,
        final,
        explanation: `${lead}: the latest value ${valueText} ${met ? "meets" : "does not meet"} ${label} (one observation: enough for a level, a trend needs two)${ignoredNote}`
      };
    }
    return {...insufficient(`Insufficient data: ${why}${ignoredNote}`), baseline, latest: null};
  }

  const latest = {year: latestRaw.year, value: cap(latestRaw.value)};
  const B = baseline.value;
  const L = latest.value;
  const dt = latest.year - baseline.year;
  const span = T - baseline.year;
  const passed = asOf > T;
  const final = passed && latest.year === T;
  const meetsLatest = meets(L, target, dir);
  const baseMet = meets(B, target, dir);
  const since = table ? `since the ${baseline.year} baseline ${fmt(B)}` : `since ${baseline.year} (${fmt(B)})`;
  const valueText = `${fmt(L)}${capNote(latestRaw.value, L, limit)}`;
  const latestText = `${fmt(L)} in ${latest.year}${capNote(latestRaw.value, L, limit)}`;

  let observed: number | null;
  let required: number | null;
  if (method === "rate") {
    observed = (L - B) / dt;
    required = (target - B) / span;
  } else if (B > 0 && L > 0 && target > 0) {
    observed = (Math.pow(L / B, 1 / dt) - 1) * 100;
    required = (Math.pow(target / B, 1 / span) - 1) * 100;
  } else {
    observed = required = null;
  }

  let ratio: number | null;
  let core: string;
  if (baseMet) {
    // The baseline already meets the target: no change is needed, so the ratio is not a quotient but the sign of
    // the outcome: 1 while the target is still met, −1 once it is not.
    required = 0;
    ratio = meetsLatest ? 1 : -1;
    core = `the baseline ${fmt(B)} (${baseline.year}) already met ${label}, so no change was needed (ratio set to ${ratio})`;
  } else if (observed === null || required === null) {
    const which =
      B <= 0 ? `the baseline is ${fmt(B)}` : L <= 0 ? `the latest value is ${fmt(L)}` : `the target is ${fmt(target)}`;
    return {
      ...insufficient(
        `Insufficient data for growth rates: compound growth is undefined for values ≤ 0 and ${which}; the latest value ${latestText} ${meetsLatest ? "meets" : "does not meet"} ${label}${ignoredNote}`
      ),
      baseline,
      latest
    };
  } else {
    ratio = observed / required;
    const unit = method === "rate" ? "/yr" : "%/yr";
    const growth = method === "rate" ? "" : " compound growth";
    core = `observed ${signed(observed)}${unit}${growth} ${since} vs ${signed(required)}${unit} needed to reach ${label} by ${T} (ratio ${fmt(ratio)})`;
  }

  const noFinal = passed && !final ? `; ${T} has passed but there are no ${T} data, so no final verdict` : "";
  let verdict: Outcome["verdict"];
  let explanation: string;
  if (final) {
    verdict = meetsLatest ? "achieved" : "not achieved";
    explanation = `Final: the ${T} value ${valueText} ${meetsLatest ? "meets" : "does not meet"} ${label}; ${core}`;
  } else if (meetsLatest) {
    verdict = "achieved";
    explanation = `Already achieved: ${latestText} meets ${label}; ${core}`;
  } else {
    verdict = "trend";
    explanation = baseMet ? `The latest value ${latestText} no longer meets ${label}: ${core}` : capitalize(core);
  }
  return {
    verdict,
    ratio,
    observedRate: observed,
    requiredRate: required,
    latest,
    baseline,
    final,
    explanation: explanation + noFinal + ignoredNote
  };
}

function assessCumulative(
  spec: ProgressSpec,
  period: {from: number; to: number},
  observations: Observation[],
  asOf: number
): Outcome {
  // A reduction cannot exceed 100%: rates and the target are capped there whatever the limit.
  const limit = Math.min(limitOf(spec) ?? 100, 100);
  const cap = capper("raise", limit);
  const target = cap(spec.target);
  const {n, rows, raw, latest, final, missing} = inPeriod(period, observations, asOf, cap);
  const k = rows.length;
  const over = `${period.from}–${period.to}`;
  if (k === 0) return insufficient(`Insufficient data: no annual rate observed in ${over} up to ${asOf}`);

  const cum = cumulativeChange(rows.map((o) => o.value));
  const product = rows.reduce((p, o) => p * (1 - o.value / 100), 1);
  const observed = (1 - Math.pow(product, 1 / k)) * 100;
  const required = (1 - Math.pow(1 - target / 100, 1 / n)) * 100;
  const met = cum >= target - EPS * Math.max(1, Math.abs(target));
  const noChange = required <= 0;
  const ratio = noChange ? (met ? 1 : -1) : observed / required;
  const capped = rows.some((o, i) => o.value !== raw[i]) ? ` (rates above ${limit}% capped)` : "";
  const so = `${fmt(cum)}% over ${k} of ${n} years${capped}`;
  const core = noChange
    ? `a target of ${fmt(target)}% needs no reduction (ratio set to ${ratio})`
    : `average ${signed(observed)}%/yr vs ${fmt(required)}%/yr needed for ${fmt(target)}% over ${over} (ratio ${fmt(ratio)})`;
  const missingNote = missingText(missing, period, asOf, final);
  let verdict: Outcome["verdict"];
  let explanation: string;
  if (met) {
    verdict = "achieved";
    explanation = `${final ? "Final" : "Already achieved"}: the cumulative change ${so} meets the target of ${fmt(target)}% for ${over}; ${core}`;
  } else if (final) {
    verdict = "not achieved";
    explanation = `Final: the cumulative change ${fmt(cum)}% over ${over} falls short of the target of ${fmt(target)}%; ${core}`;
  } else {
    verdict = "trend";
    explanation = `Cumulative change ${so} so far, ${core}`;
  }
  return {
    verdict,
    ratio,
    observedRate: observed,
    requiredRate: required,
    latest,
    baseline: null,
    final,
    explanation: explanation + missingNote
  };
}

function assessAnnualAverage(
  spec: ProgressSpec,
  period: {from: number; to: number},
  observations: Observation[],
  asOf: number
): Outcome {
  const limit = limitOf(spec);
  const cap = capper("raise", limit);
  const target = cap(spec.target);
  const {n, rows, raw, latest, complete, final, missing} = inPeriod(period, observations, asOf, cap);
  const k = rows.length;
  const over = `${period.from}–${period.to}`;
  if (k === 0) return insufficient(`Insufficient data: no annual rate observed in ${over} up to ${asOf}`);

  const mean = rows.reduce((s, o) => s + o.value, 0) / k;
  const met = mean >= target - EPS * Math.max(1, Math.abs(target));
  const noChange = target <= 0;
  const ratio = noChange ? (met ? 1 : -1) : mean / target;
  const capped = rows.some((o, i) => o.value !== raw[i]) ? ` (rates above ${limit} capped)` : "";
  const core = `mean ${fmt(mean)} over ${k} of ${n} years${capped} vs the annual average ${levelLabel(spec, target)} for ${over} (ratio ${noChange ? `set to ${ratio}` : fmt(ratio)})`;
  const missingNote = missingText(missing, period, asOf, final);
  let verdict: Outcome["verdict"];
  let explanation: string;
  if (complete && met) {
    verdict = "achieved";
    explanation = `${final ? "Final" : "Achieved"}: ${core}`;
  } else if (final) {
    verdict = "not achieved";
    explanation = `Final: ${core}, short of the target`;
  } else {
    verdict = "trend";
    explanation = capitalize(core) + (k < n ? `, with ${n - k} year${n - k === 1 ? "" : "s"} to come or missing` : "");
  }
  return {
    verdict,
    ratio,
    observedRate: mean,
    requiredRate: target,
    latest,
    baseline: null,
    final,
    explanation: explanation + missingNote
  };
}

/** The observations of a rate kind: one per year of the period, up to asOf, capped. */
function inPeriod(
  period: {from: number; to: number},
  observations: Observation[],
  asOf: number,
  cap: (v: number) => number
) {
  const n = period.to - period.from + 1;
  const kept = clean(observations).filter((o) => o.year >= period.from && o.year <= period.to && o.year <= asOf);
  const rows = kept.map((o) => ({year: o.year, value: cap(o.value)}));
  const complete = rows.length === n;
  const years = new Set(rows.map((o) => o.year));
  const missing: number[] = [];
  for (let y = period.from; y <= Math.min(period.to, asOf); y++) if (!years.has(y)) missing.push(y);
  return {
    n,
    rows,
    raw: kept.map((o) => o.value),
    latest: rows.at(-1) ?? null,
    complete,
    final: complete && asOf > period.to,
    missing
  };
}

function missingText(missing: number[], period: {from: number; to: number}, asOf: number, final: boolean): string {
  if (final || asOf <= period.to || !missing.length) return "";
  return `; ${period.to} has passed but there are no data for ${yearList(missing)}, so no final verdict`;
}

/** The result of either method when no status can be given: insufficient data, `explanation` saying why. */
export function insufficientData(explanation: string): StatusResult<"insufficient data"> {
  return {
    status: "insufficient data",
    ratio: null,
    observedRate: null,
    requiredRate: null,
    latest: null,
    baseline: null,
    final: false,
    explanation
  };
}

function insufficient(explanation: string): Outcome {
  const {status: _, ...result} = insufficientData(explanation);
  return {verdict: "insufficient", ...result};
}

/** Observations with an integer year and a finite value, one per year (the last given wins), in year order. */
function clean(observations: Observation[]): Observation[] {
  const byYear = new Map<number, number>();
  for (const o of observations ?? [])
    if (o && Number.isInteger(o.year) && Number.isFinite(o.value)) byYear.set(o.year, o.value);
  return [...byYear].map(([year, value]) => ({year, value})).sort((a, b) => a.year - b.year);
}

function validPeriod(p: ProgressSpec["period"]): {from: number; to: number} | null {
  return p && Number.isInteger(p.from) && Number.isInteger(p.to) && p.from <= p.to ? {from: p.from, to: p.to} : null;
}

function limitOf(spec: ProgressSpec): number | null {
  return spec.limit !== null && spec.limit !== undefined && Number.isFinite(spec.limit) ? spec.limit : null;
}

/** Values beyond the natural limit in the direction of progress are brought back to it. */
function capper(dir: Direction, limit: number | null): (v: number) => number {
  if (limit === null) return (v) => v;
  return dir === "raise" ? (v) => Math.min(v, limit) : (v) => Math.max(v, limit);
}

function meets(value: number, target: number, dir: Direction): boolean {
  const tol = EPS * Math.max(1, Math.abs(target));
  return dir === "raise" ? value >= target - tol : value <= target + tol;
}

function levelLabel(spec: ProgressSpec, target: number): string {
  const op = spec.comparator === ">=" ? "≥" : spec.comparator === "<=" ? "≤" : "";
  const capped = target !== spec.target ? ` (${fmt(spec.target)} capped at the limit)` : "";
  return `${op}${fmt(target)}${capped}`;
}

function capNote(raw: number, capped: number, limit: number | null): string {
  return raw !== capped ? ` (${fmt(raw)} capped at the limit ${fmt(limit!)})` : "";
}

/** 2021–2023 for a run, else the years joined: 2021, 2023–2025. */
function yearList(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j > i ? `${years[i]}–${years[j]}` : `${years[i]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** Two decimals, or two significant digits below 0.1; no trailing zeros. */
function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return String(Number(a !== 0 && a < 0.1 ? x.toPrecision(2) : x.toFixed(2)));
}

function signed(x: number): string {
  const s = fmt(x);
  return x > 0 && s !== "0" ? `+${s}` : s;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
