/**
 * The plan's horizon from its goals: the year they name most often in 到2025年, the near-term or main goal's year
 * rather than a long-term vision's. A plan that sets 近期目标:到2025年… and 远期目标:到2035年… works toward 2025; the
 * vision's year (a sentence that opens with 远期, 远景, 展望 or 长远, or 到2035年 after 展望) counts only when the goals
 * name no other year. On a tie, the later year: staged goals (到2023年…到2025年…) end in the last. A year more than
 * FAR years after the earliest goal year is a long-range vision's even when no word says so (到2027年…;到2035年,基本
 * 实现…: the plan works toward 2027; 2035 is the national long-range horizon), counted only as a vision's.
 */
const FAR = 5;
const YEAR = /到\s*((?:19|20)\d{2})\s*年/g;
const VISION = /远期|远景|展望|长远|长期目标/;

/** The year the goals' texts name most (see above), or null when they name none. */
export function mainHorizon(texts: string[]): number | null {
  const near = new Map<number, number>();
  const far = new Map<number, number>();
  for (const text of texts)
    for (const m of text.matchAll(YEAR)) {
      // The sentence (or the line's label) before the year: 远期目标: … 到2035年 is a vision's.
      const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf(";", m.index)) + 1;
      const counts = VISION.test(text.slice(from, m.index)) ? far : near;
      counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
    }
  // A year far beyond the earliest goal year is a vision's (see above).
  const first = Math.min(...near.keys());
  for (const [year, n] of near)
    if (year > first + FAR) {
      near.delete(year);
      far.set(year, (far.get(year) ?? 0) + n);
    }
  const years = near.size ? near : far;
  return [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/** A period the plan runs until, stated before its outline: 从现在起至2017年12月底, 至2025年底, 到2026年6月. */
const RUNS_UNTIL = /(?:至|到)\s*((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月)?\s*(?:底|末)?/g;

/**
 * The year a time with no year (8月31日前, 9月1日至11月30日) falls in when no stage before it names one: the end of a
 * period the title states ((2023—2025年) → 2025) or the one year it names, else the last year the preamble runs the
 * work until (从现在起至2017年12月底 → 2017), else the year of the plan's date (2017-09-06 → 2017); null when none.
 */
export function undatedYear(title: string | null, preamble: string, date: string | null): number | null {
  const t = title ?? "";
  const period = /((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年?/.exec(t);
  if (period) return +period[2];
  const years = new Set([...t.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => +m[1]));
  if (years.size === 1) return [...years][0];
  const until = [...preamble.matchAll(RUNS_UNTIL)].map((m) => +m[1]);
  if (until.length) return Math.max(...until);
  return date ? +date.slice(0, 4) : null;
}
