/**
 * Scores the reader against the hand-checked expectations of the real-plan corpus (test/fixtures/real, see its
 * README): items matched by the first characters of their text, links by item, name as written and role, targets by
 * item, value and unit, and the four header fields. Used by the corpus test and the tests that check a rule on every corpus plan (framingItems, targets, warningsZh).
 */
import {readdirSync, readFileSync} from "node:fs";
import type {PlanModel} from "../../src/lib/model.js";
import {foldWidth} from "../../src/lib/width.js";

export interface Expected {
  header: {
    title: string | null;
    docNumber: string | null;
    issuer: string | null;
    date: string | null;
    /**
     * The plan's own closing date (README: Header): the period it states it runs for, else its title's, as the words
     * and the last day they allow; null where the plan states none. Absent where nobody has read the plan for it (not
     * scored).
     */
    deadline?: {raw: string; date: string | null} | null;
  };
  /**
   * The issuer that holds, by default, each item no body leads: a department's own plan with no clause anywhere
   * (README: Roles). Absent where the plan's issuer holds nothing. Several for a plan its issuers issue jointly: each
   * holds every such item.
   */
  issuerHolds?: string | string[];
  items: {
    key: string;
    number?: string;
    lead?: string[];
    support?: string[];
    joint?: string[];
    implicit?: string[];
    /**
     * The completion time the text gives the item, its own or its heading's (README: Deadlines): the raw words and
     * the last day they allow (ISO; null for 长期坚持 and the like). A bare string is an older annotation, the raw
     * words only, kept but not scored.
     */
    deadline?: string | {raw: string; date: string | null};
  }[];
  /**
   * True where every item's deadline was checked by hand: the plan's deadlines are scored (an item with no `deadline`
   * expects none). Absent elsewhere.
   */
  deadlinesChecked?: boolean;
  targets: {item: string | null; value: number; unit: string}[];
  /**
   * Bodies that hold a goal rather than an item: an allocation table's 责任单位 column (README: Targets), a name once a
   * row that names it. `key`: the first characters of the goal's title (the table's caption).
   */
  goalLinks?: {key: string; lead?: string[]; support?: string[]; joint?: string[]}[];
}

export interface Meta {
  heldout?: boolean;
  shape?: string;
  source?: string;
}

export interface RealPlan {
  slug: string;
  text: Buffer;
  meta: Meta;
  expected: Expected;
}

export const REAL = new URL("../fixtures/real/", import.meta.url);

export function realPlans(): RealPlan[] {
  return readdirSync(REAL)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, ""))
    .sort()
    .map((slug) => ({
      slug,
      text: readFileSync(new URL(`${slug}.txt`, REAL)),
      meta: JSON.parse(readFileSync(new URL(`${slug}.meta.json`, REAL), "utf8")),
      expected: JSON.parse(readFileSync(new URL(`${slug}.expected.json`, REAL), "utf8"))
    }));
}

const key = (s: string) => foldWidth(s).replace(/\s+/g, "");

export interface Counts {
  expected: number;
  found: number;
  matched: number;
}

export interface Score {
  items: Counts;
  links: Counts;
  implicit: Counts;
  /** The issuer's default holdings (Responsibility.byIssuer), apart from the implicit roles read from sentences. */
  issuer: Counts;
  targets: Counts;
  /** Items' deadlines (item, last day or, with no date, the words), on plans whose deadlines were checked; else 0s. */
  deadlines: Counts;
  header: {fields: number; right: number; wrong: string[]};
  /**
   * The plan's closing date (document.deadline) against the header's `deadline`, by its last day (or, with no date, its
   * words): null where the expectations do not state it (not read for it), else whether the reader found the same.
   */
  closing: {right: boolean; wrong: string | null} | null;
  missedItems: string[];
  extraItems: string[];
  missedLinks: string[];
  extraLinks: string[];
  missedTargets: string[];
  extraTargets: string[];
  missedImplicit: string[];
  extraImplicit: string[];
  missedDeadlines: string[];
  extraDeadlines: string[];
}

export const f1 = (c: Counts) => (c.expected + c.found === 0 ? 1 : (2 * c.matched) / (c.expected + c.found));
export const precision = (c: Counts) => (c.found === 0 ? 1 : c.matched / c.found);
export const recall = (c: Counts) => (c.expected === 0 ? 1 : c.matched / c.expected);

function compare(expected: string[], found: string[]): {counts: Counts; missed: string[]; extra: string[]} {
  const pool = new Map<string, number>();
  for (const f of found) pool.set(f, (pool.get(f) ?? 0) + 1);
  let matched = 0;
  const missed: string[] = [];
  for (const e of expected) {
    const n = pool.get(e) ?? 0;
    if (n > 0) {
      pool.set(e, n - 1);
      ++matched;
    } else missed.push(e);
  }
  const extra = [...pool].flatMap(([f, n]) => Array(n).fill(f));
  return {counts: {expected: expected.length, found: found.length, matched}, missed, extra};
}

export function score(model: PlanModel, expected: Expected): Score {
  // Items: each expected key matched to the first unmatched item whose text starts with it.
  const itemKey = new Map<string, string>();
  const used = new Set<string>();
  const missedItems: string[] = [];
  for (const e of expected.items) {
    const k = key(e.key);
    const item = model.items.find(
      (i) =>
        !used.has(i.id) &&
        key(i.text)
          .replace(/^[\s,.。:;、]+/, "")
          .startsWith(k)
    );
    if (item) {
      used.add(item.id);
      itemKey.set(item.id, e.key);
    } else missedItems.push(e.key);
  }
  const extraItems = model.items.filter((i) => !used.has(i.id)).map((i) => `${i.id} ${i.text.slice(0, 14)}`);
  const items = {expected: expected.items.length, found: model.items.length, matched: used.size};
  const of = (id: string) => itemKey.get(id) ?? `?${id}`;
  const link = (item: string, name: string, role: string) => `${item} ${role}:${key(name)}`;
  const expectedLinks = [...expected.items, ...(expected.goalLinks ?? [])].flatMap((e) =>
    (["lead", "support", "joint"] as const).flatMap((role) => (e[role] ?? []).map((n) => link(e.key, n, role)))
  );
  // A goal a body holds (an allocation table's): keyed by the expected goal whose key its title starts with.
  const goalTitle = new Map(model.goals.map((g) => [g.id, key(g.title)]));
  const ofGoal = (id: string) => {
    const title = goalTitle.get(id);
    return expected.goalLinks?.find((e) => title?.startsWith(key(e.key)))?.key ?? `?${id}`;
  };
  const foundLinks = model.responsibilities
    .filter((r) => r.role !== "implicit")
    .map((r) => link(goalTitle.has(r.item) ? ofGoal(r.item) : of(r.item), r.asWritten, r.role));
  const links = compare(expectedLinks, foundLinks);
  const implicit = compare(
    expected.items.flatMap((e) => (e.implicit ?? []).map((n) => link(e.key, n, "implicit"))),
    model.responsibilities
      .filter((r) => r.role === "implicit" && !r.byIssuer)
      .map((r) => link(of(r.item), r.asWritten, "implicit"))
  );
  const holders = [expected.issuerHolds ?? []].flat();
  const issuer = compare(
    expected.items
      .filter((e) => !e.lead?.length && !e.joint?.length)
      .flatMap((e) => holders.map((holder) => link(e.key, holder, "issuer"))),
    model.responsibilities.filter((r) => r.byIssuer).map((r) => link(of(r.item), r.asWritten, "issuer"))
  );
  const goalIds = new Set(model.goals.map((g) => g.id));
  const target = (item: string | null, value: number, unit: string) => `${item ?? "goal"} ${value}${key(unit)}`;
  // A range (1到2个) matches an expectation of either of its ends.
  const wanted = new Set(expected.targets.map((t) => target(t.item, t.value, t.unit)));
  const targets = compare(
    expected.targets.map((t) => target(t.item, t.value, t.unit)),
    model.targets.map((t) => {
      const item = goalIds.has(t.item) ? null : of(t.item);
      const lower = target(item, t.value, t.unit);
      const upper = t.upper !== null ? target(item, t.upper, t.unit) : null;
      return !wanted.has(lower) && upper && wanted.has(upper) ? upper : lower;
    })
  );
  // Deadlines: the item's last day (or, with no date, its words), its own or inherited from its heading.
  const due = (item: string, d: {raw: string; date: string | null}) => `${item} ${d.date ?? key(d.raw)}`;
  const deadlines = compare(
    expected.deadlinesChecked
      ? expected.items.flatMap((e) => (e.deadline && typeof e.deadline === "object" ? [due(e.key, e.deadline)] : []))
      : [],
    expected.deadlinesChecked ? model.items.flatMap((i) => (i.deadline ? [due(of(i.id), i.deadline)] : [])) : []
  );
  const wrong: string[] = [];
  let right = 0;
  for (const field of ["title", "docNumber", "issuer", "date"] as const) {
    const want = expected.header[field];
    const got = model.document[field];
    if ((want === null && got === null) || (want !== null && got !== null && key(want) === key(got))) ++right;
    else wrong.push(`${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  // The plan's closing date: its last day, else its words; none on both sides is right.
  const closingOf = (d: {raw: string; date: string | null} | null | undefined) => (d ? (d.date ?? key(d.raw)) : null);
  const wantClosing = expected.header.deadline;
  const gotClosing = closingOf(model.document.deadline);
  const closing =
    wantClosing === undefined
      ? null
      : closingOf(wantClosing) === gotClosing
        ? {right: true, wrong: null}
        : {
            right: false,
            wrong: `deadline: ${JSON.stringify(model.document.deadline ?? null)} ≠ ${JSON.stringify(wantClosing)}`
          };
  return {
    items,
    links: links.counts,
    implicit: implicit.counts,
    issuer: issuer.counts,
    targets: targets.counts,
    deadlines: deadlines.counts,
    header: {fields: 4, right, wrong},
    closing,
    missedItems,
    extraItems,
    missedLinks: links.missed,
    extraLinks: links.extra,
    missedTargets: targets.missed,
    extraTargets: targets.extra,
    missedImplicit: implicit.missed,
    extraImplicit: implicit.extra,
    missedDeadlines: deadlines.missed,
    extraDeadlines: deadlines.extra
  };
}
