/**
 * Indicators across plans, matched by the name mapping of data/reference/indicators.csv (the glossary: a name and
 * the other names the same measure goes by). Two targets are one indicator when their names, read with
 * `matchKey`, are the same glossary entry's name or aliases. Nothing else matches: two plans that happen to use
 * the same words for a figure the glossary does not list stay apart, each "this plan only", until someone adds the
 * name to the glossary (a match is a claim that two figures measure the same thing, which a person checks once).
 */
import {type GlossaryEntry, indicatorKey} from "../reference.js";
import type {TargetSpec} from "./targetSpec.js";

/**
 * Verbs that end a sentence target's subject or an indicator table's name without changing what is measured:
 * 农村公路列养率保持(100%), 累计发布地方标准达(80项), 城镇登记失业率控制在(3.5%以内).
 */
const TRAILING_VERBS =
  /(?:保持在|保持|稳定在|控制在|提高到|提高至|提升到|提升至|增长到|增加到|达到|达|不低于|不少于|不超过|超过)+$/;

/** The key names are matched by: width-folded, without spaces, without the trailing verbs above. */
export function matchKey(name: string): string {
  const key = indicatorKey(name);
  const stripped = key.replace(TRAILING_VERBS, "");
  return stripped || key;
}

export interface IndicatorGroup {
  /** The glossary entry's name, or for an unmatched target its own name as written. */
  name: string;
  /** The glossary's English name, or null. */
  nameEn: string | null;
  /** The glossary entry, or null for a target the glossary does not list. */
  entry: GlossaryEntry | null;
  /** The targets of every plan for this indicator, in the order of the plans given, then of each plan's targets. */
  targets: TargetSpec[];
  /** The distinct plans with a target for it, in the order given. */
  plans: string[];
  /** True when only one plan has a target for it (always so for a target the glossary does not list). */
  onlyOnePlan: boolean;
}

/**
 * Groups the targets of several plans by indicator. Glossary groups come first, in the glossary's order; then one
 * group per unmatched target ("this plan only"), in the order given. A plan with two targets of the same indicator
 * (a 2025 and a 2030 figure) has both in the group.
 */
export function matchIndicators(targets: TargetSpec[], glossary: GlossaryEntry[]): IndicatorGroup[] {
  const byKey = new Map<string, GlossaryEntry>();
  for (const e of glossary) for (const n of [e.name, ...e.aliases]) byKey.set(matchKey(n), e);
  const matched = new Map<GlossaryEntry, TargetSpec[]>();
  const unmatched: IndicatorGroup[] = [];
  for (const t of targets) {
    const e = byKey.get(matchKey(t.name));
    if (e) {
      if (!matched.has(e)) matched.set(e, []);
      matched.get(e)!.push(t);
    } else unmatched.push({name: t.name, nameEn: null, entry: null, targets: [t], plans: [t.plan], onlyOnePlan: true});
  }
  const groups = glossary
    .filter((e) => matched.has(e))
    .map((e) => {
      const ts = matched.get(e)!;
      const plans = [...new Set(ts.map((t) => t.plan))];
      return {name: e.name, nameEn: e.nameEn || null, entry: e, targets: ts, plans, onlyOnePlan: plans.length < 2};
    });
  return [...groups, ...unmatched];
}
