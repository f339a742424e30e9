import {textWidth} from "./labels.js";

/**
 * Room under a Plot chart for its bottom x axis, so that the axis label never sits on the tick labels.
 *
 *   Plot.plot({style: {fontSize: "12px"}, marginBottom: xAxisLabelMargin(12), x: {label: "items 条目数"}, …})
 *
 * Plot draws a bottom axis label at the right end of the bottom margin, its baseline 3 px above the chart's
 * bottom edge, and the tick labels 9 px (tick 6 + padding 3) under the frame. With Plot's 30 px default margin
 * and a font larger than its 10 px, or a last tick at the right edge of the frame (a domain ending on a tick:
 * 0–7 items, 0–1 similarity), the label is drawn over the last tick labels. This margin puts the label on a line
 * of its own below the tick labels: ticks 9 px + one line, a 4 px gap, one line for the label, 3 px under it.
 *
 * fontSize: the chart's font size in px (the `style.fontSize` given to Plot). Returns the margin in px.
 */
export function xAxisLabelMargin(fontSize: number): number {
  const line = Math.ceil(fontSize * 1.2);
  return 9 + line + 4 + line + 3;
}

/**
 * Room inside a Plot chart's frame, right of the scale's last value, for labels drawn after their mark (a count after
 * its bar, a value after its dot), so that no label reaches the frame's edge or is crossed by it.
 *
 *   Plot.plot({x: {domain: [0, 100], insetRight: endLabelRoom(rows.map((r) => String(r.count)), 12, 8)}, …})
 *
 * texts: the labels; fontSize: their size in px; dx: their offset from the mark in px. Returns the inset in px:
 * the widest label's estimated width (labels.ts textWidth) plus dx and 4 px, 0 when there is no label.
 */
export function endLabelRoom(texts: string[], fontSize: number, dx: number): number {
  if (!texts.length) return 0;
  return Math.ceil(Math.max(...texts.map((t) => textWidth(t, fontSize))) + dx + 4);
}
