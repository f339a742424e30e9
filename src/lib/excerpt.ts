/**
 * A long text cut for a table cell, the whole text kept for the cell's tip: a target whose subject or sentence is
 * hundreds of characters (a table's cells run together, 闵行's 指标表) stays readable and the row its height.
 *
 *   excerpt("鲁汇一村共计约1.4万平方米", 8, {keep: "end"}) → {text: "…约1.4万平方米", cut: true}
 *   excerpt(sentence, 120, {around: "95%以上"}) → the 120 characters around 95%以上, "…" where cut
 */

/** An excerpt and whether it was cut. */
export interface Excerpt {
  /** At most `max` characters of the text (trimmed), with … at each end that was cut. */
  text: string;
  cut: boolean;
}

/**
 * At most `max` characters of `text` (white space at the ends trimmed; `max` ≥ 1), with "…" where cut (not counted
 * in `max`): the characters around `around` when the text holds it (the figure a sentence is quoted for; when it is
 * longer than `max`, its last characters, where the figure stands), else its start, or its end with `keep: "end"` (a
 * subject, whose last words stand next to its figure). A text of at most `max` characters comes back whole.
 */
export function excerpt(
  text: string,
  max: number,
  {around, keep = "start"}: {around?: string; keep?: "start" | "end"} = {}
): Excerpt {
  const t = text.trim();
  if (t.length <= max) return {text: t, cut: false};
  const at = around ? t.indexOf(around) : -1;
  const start =
    at >= 0
      ? around!.length >= max
        ? at + around!.length - max
        : Math.min(Math.max(0, at - Math.floor((max - around!.length) / 2)), t.length - max)
      : keep === "end"
        ? t.length - max
        : 0;
  const end = start + max;
  return {text: `${start > 0 ? "…" : ""}${t.slice(start, end)}${end < t.length ? "…" : ""}`, cut: true};
}
