/**
 * One indicator's progress, ready for a page: its spec, the status by both methods (and whether they agree),
 * and the series a progress chart draws. Cumulative targets are drawn as the cumulative change so far against
 * the required path; annual-average targets as the annual rates against the target average.
 */
import type {Indicator} from "./model.js";
import type {ObservationRow} from "./observations.js";
import {
  agree,
  cumulativeChange,
  expectedByNow,
  growthRatioStatus,
  type GrowthStatus,
  insufficientData,
  type Observation,
  type ProgressSpec,
  progressSpec,
  type RateStatus,
  requiredRateStatus,
  type StatusResult
} from "./progress.js";
import type {Direction} from "./reference.js";

export interface ProgressSeries {
  label: string;
  unit: string | null;
  measure: string;
  target: {value: number; year: number; comparator: string};
  baseline: Observation | null;
  observed: Observation[];
  nation: Observation[];
  path: Observation[];
  expected: Observation | null;
}

export interface IndicatorProgress {
  id: string;
  spec: ProgressSpec | null;
  rate: StatusResult<RateStatus>;
  growth: StatusResult<GrowthStatus>;
  agree: boolean;
  series: ProgressSeries | null;
}

type Described = Indicator & {direction?: Direction; limit?: number | null; nameEn?: string | null};

const series = (rows: ObservationRow[], id: string, level: string, asOf: number): Observation[] =>
  rows
    .filter((o) => o.id === id && o.level === level && o.year <= asOf)
    .map((o) => ({year: o.year, value: o.value}))
    .sort((a, b) => a.year - b.year);

/**
 * An indicator's progress as of the year `asOf` by both methods (required rate and growth ratio), whether they
 * agree, and the series its chart draws (null without a numeric target and year).
 */
export function indicatorProgress(
  indicator: Described,
  observations: ObservationRow[],
  {asOf}: {asOf: number}
): IndicatorProgress {
  const spec = progressSpec(indicator, {direction: indicator.direction ?? "raise", limit: indicator.limit ?? null});
  const city = series(observations, indicator.id, "city", asOf);
  const nation = series(observations, indicator.id, "nation", asOf);
  if (!spec) {
    const none = insufficientData(`the target "${indicator.target.raw}" has no number or no year`);
    return {id: indicator.id, spec, rate: none, growth: none, agree: true, series: null};
  }
  const rate = requiredRateStatus(spec, city, {asOf});
  const growth = growthRatioStatus(spec, city, {asOf});
  const now = Math.min(asOf, spec.targetYear);
  const label = `${indicator.id} ${indicator.name}`;
  const target = {value: spec.target, year: spec.targetYear, comparator: spec.comparator};
  let s: ProgressSeries;
  if (spec.kind === "cumulative" && spec.period) {
    const {from, to} = spec.period;
    const inPeriod = city.filter((o) => o.year >= from && o.year <= to);
    const observed = inPeriod.map((o, i) => ({
      year: o.year,
      value: cumulativeChange(inPeriod.slice(0, i + 1).map((x) => x.value))
    }));
    const start = {year: from - 1, value: 0};
    s = {
      label,
      unit: indicator.unit,
      measure: `cumulative change since ${from - 1} (the annual changes compounded), against the required path`,
      target,
      baseline: start,
      observed: observed.length ? [start, ...observed] : [],
      nation: [],
      path: Array.from({length: to - from + 2}, (_, k) => ({
        year: from - 1 + k,
        value: expectedByNow(spec, start, from - 1 + k)
      })),
      expected: {year: now, value: expectedByNow(spec, start, now)}
    };
  } else if (spec.kind === "annualAverage") {
    const p = spec.period;
    s = {
      label,
      unit: indicator.unit,
      measure: "annual rate; the target is the period's average",
      target,
      baseline: null,
      observed: city.filter((o) => !p || (o.year >= p.from && o.year <= p.to)),
      nation,
      path: p
        ? [
            {year: p.from, value: spec.target},
            {year: p.to, value: spec.target}
          ]
        : [],
      expected: null
    };
  } else {
    const baseline = spec.baseline ?? city[0] ?? null;
    s = {
      label,
      unit: indicator.unit,
      measure: baseline ? `level; straight path from the ${baseline.year} baseline to the target` : "level",
      target,
      baseline,
      observed: city,
      nation,
      path: baseline ? [baseline, {year: spec.targetYear, value: spec.target}] : [],
      expected: baseline && city.length > 1 ? {year: now, value: expectedByNow(spec, baseline, now)} : null
    };
  }
  return {id: indicator.id, spec, rate, growth, agree: agree(rate.status, growth.status), series: s};
}
