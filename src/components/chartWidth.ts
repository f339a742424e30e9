/**
 * chartWidth(width, {min, fallback}): the one rule for the width a chart draws at, in pixels.
 *
 *   const w = chartWidth(options.width, {min: marginLeft + marginRight + 80, fallback: 640});
 *
 * - a width that is missing, not a number, zero or negative — Framework's reactive `width` is 0 while a page
 *   is laid out or briefly 1×1 during a full-page screenshot — gives `fallback` (the chart's default width);
 * - any other width is rounded and clamped to [min, MAX_CHART_WIDTH]: at least what the chart's margins and
 *   labels need (so that no bar or axis gets a negative length), at most 4096 px (a width of 1e9 would grow the
 *   tab past its memory).
 *
 * Every chart component calls it on its width option, so every page and embed that draws a chart goes
 * through it. min is raised to at most MAX_CHART_WIDTH; fallback is clamped like any width.
 */
export const MAX_CHART_WIDTH = 4096;

/**
 * A chart's width in pixels: `width` when it is a positive number, else `fallback`; rounded, at least `min` and at
 * most MAX_CHART_WIDTH.
 */
export function chartWidth(width: number | null | undefined, {min, fallback}: {min: number; fallback: number}): number {
  const floor = Math.min(MAX_CHART_WIDTH, Math.max(1, Math.ceil(min)));
  const w = typeof width === "number" && width > 0 ? width : fallback;
  return Math.min(MAX_CHART_WIDTH, Math.max(floor, Math.round(w)));
}
