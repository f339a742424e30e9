/**
 * Plain-language readings of an indicator's target: what "86", "≥98", "[10]" and "6.5年均" commit to.
 */
import type {Indicator} from "./model.js";

const unitOf = (unit: string | null) => (unit === "%" ? "%" : unit ? ` ${unit}` : "");

/** The period an annual-average target is read over: the table's period (十四五) or the five years to the target year. */
export function targetPeriod(
  indicator: Indicator,
  tablePeriod?: {from: number; to: number} | null
): {from: number; to: number} | null {
  if (indicator.target.period) return indicator.target.period;
  const year = indicator.year;
  if (!indicator.target.cumulative && !indicator.target.annualAverage) return null;
  if (tablePeriod) return tablePeriod;
  return year === null ? null : {from: year - 4, to: year};
}

/** {en, zh}: the target spelled out, e.g. "at least 98% in 2025" / "2025年不低于98%". */
export function describeTarget(
  indicator: Indicator,
  tablePeriod?: {from: number; to: number} | null
): {en: string; zh: string} {
  const t = indicator.target;
  const year = indicator.year ?? "the target year";
  if (t.value === null) return {en: `"${t.raw}" (no number)`, zh: t.raw};
  const v = `${t.value}${unitOf(indicator.unit)}`;
  const period = targetPeriod(indicator, tablePeriod);
  const span = period ? `${period.from}–${period.to}` : String(year);
  if (t.cumulative)
    return {
      en: `${v} in total over ${span}${t.period ? ` (“${t.period.label}”)` : ""}: the annual changes add up (compound) to ${v}`,
      zh: `${span}年累计${v}`
    };
  if (t.annualAverage) return {en: `${v} a year on average over ${span}`, zh: `${span}年年均${v}`};
  if (t.comparator === ">=") return {en: `at least ${v} in ${year}`, zh: `${year}年不低于${v}`};
  if (t.comparator === "<=") return {en: `at most ${v} in ${year}`, zh: `${year}年不高于${v}`};
  if (t.comparator === ">") return {en: `more than ${v} in ${year}`, zh: `${year}年超过${v}`};
  if (t.comparator === "<") return {en: `less than ${v} in ${year}`, zh: `${year}年低于${v}`};
  return {en: `${v} in ${year}`, zh: `${year}年达到${v}`};
}
