/**
 * A Chinese reading of a progress status, built from the result's numbers (the English sentence is the
 * result's explanation): 观测年均变化、所需年均变化、比值, the latest value, the final verdict, or why the data are
 * insufficient (with the baseline value when there is one); the same values as the English.
 */
import type {StatusResult} from "./progress.js";
import {PROGRESS_STATUS_LABELS, type ProgressStatus} from "./vocabulary.js";

const zh = (status: string) => PROGRESS_STATUS_LABELS[status as ProgressStatus]?.zh;

const num = (x: number) => `${x >= 0 ? "+" : ""}${+x.toFixed(2)}`;

/** The Chinese reading of a progress result (see above), for `targetYear` as of the year `asOf`. */
export function explainZh(
  result: StatusResult<string>,
  {targetYear, asOf}: {targetYear: number | null; asOf: number}
): string {
  if (result.status === "insufficient data") {
    const b = result.baseline;
    return `数据不足：需要基期值和至少一个此后的观测值（累计或年均目标需要至少一年的年度值），不作估计${b ? `；基期值${b.value}（${b.year}年）` : ""}。`;
  }
  const parts: string[] = [];
  if (result.final) parts.push(`${targetYear}年终评：${zh(result.status)}`);
  else parts.push(`状态：${zh(result.status) ?? result.status}`);
  if (result.observedRate !== null && result.requiredRate !== null)
    parts.push(`观测年均${num(result.observedRate)}，达标所需年均${num(result.requiredRate)}`);
  if (result.ratio !== null) parts.push(`比值${+result.ratio.toFixed(2)}`);
  if (result.latest) parts.push(`最新值${result.latest.value}（${result.latest.year}年）`);
  // A level met or not met from one observation (no baseline, no rate): the verdict, and why there is no trend.
  if (result.latest && !result.baseline && result.observedRate === null && result.ratio === null)
    parts.push(`仅一个观测值：足以判断是否达标，判断趋势需要两个`);
  if (!result.final && targetYear !== null && asOf > targetYear) parts.push(`无${targetYear}年数据，暂无终评`);
  return parts.join("；") + "。";
}
