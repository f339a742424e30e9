// The reader on real public plans (test/fixtures/real): each plan's items, links, targets and header against the
// expectations a person wrote by reading the text. Precision and recall are printed per plan; the test fails when a
// plan falls below items F1 0.95 or links F1 0.90, or below the floor of a plan listed in SHORTFALLS (a ratchet: a
// listed plan that reaches the bar must be taken off the list, so the list only shrinks). Deadlines are scored on the
// plans whose every item's deadline was checked by hand (deadlinesChecked): precision and recall 0.90 each.
import {describe, expect, test} from "vitest";
import {f1, precision, realPlans, recall, type Score, score} from "./corpus/score.js";
import {parse} from "./plan.js";

const ITEMS_F1 = 0.95;
const LINKS_F1 = 0.9;
/** Deadlines, on the plans whose every item's deadline was checked by hand (deadlinesChecked): P and R each. */
const DEADLINES = 0.9;
const DEADLINE_PLANS = 12;

/**
 * Plans the reader does not yet read to the bar: the measured F1 is the floor, with what is missed. A plan with a
 * `targets` floor is scored apart from the whole corpus's targets (an `implicit` floor likewise from its implicit roles); one with a `deadlines` floor apart from the bar of
 * the plans whose deadlines were checked.
 */
const SHORTFALLS: Record<
  string,
  {
    items?: number;
    links?: number;
    targets?: number;
    implicit?: number;
    deadlines?: number;
    closing?: false;
    /** The issuer's default holdings read wrong for now: scored apart from the whole corpus's (tester6). */
    issuer?: false;
    why: string;
  }
> = {
  "city-guangzhou-2006-gzbg-trad": {
    items: 0.57,
    links: 0.58,
    why: "five of seven item lines are GBK mojibake one byte out of step ('?。ǘ┩七M(jìn)東部…' for '（二）推進東部…'): all five are read again in step (mojibake.ts) and give seven items (一)-(七) with their clauses, but the copy dropped the pairs GBK leaves unmapped, so three keep wrong or lost first words: '加快珠铰城' for 加快珠江新城, '営舊機場' for 啟動舊機場, '?chuàng)建以' for 創建以 (創 only in its gloss); those items and their links are not matched (tester4)"
  }
};

const plans = realPlans().map((p) => {
  const model = parse(p.text);
  return {...p, model, score: score(model, p.expected)};
});

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
function line(slug: string, s: Score, heldout?: boolean, checked?: boolean): string {
  return [
    slug.padEnd(34) + (heldout ? " held out" : "         "),
    `items P ${pct(precision(s.items))} R ${pct(recall(s.items))}`,
    `links P ${pct(precision(s.links))} R ${pct(recall(s.links))}`,
    `targets P ${pct(precision(s.targets))} R ${pct(recall(s.targets))}`,
    `header ${s.header.right}/4`,
    ...(s.closing ? [`closing ${s.closing.right ? "✓" : "✗"}`] : []),
    ...(checked ? [`deadlines P ${pct(precision(s.deadlines))} R ${pct(recall(s.deadlines))}`] : [])
  ].join("  ");
}

describe("the real-plan corpus", () => {
  test("holds at least 12 plans of several shapes, some held out", () => {
    expect(plans.length).toBeGreaterThanOrEqual(12);
    expect(plans.filter((p) => p.meta.heldout).length).toBeGreaterThanOrEqual(2);
    console.log(plans.map((p) => line(p.slug, p.score, p.meta.heldout, p.expected.deadlinesChecked)).join("\n"));
  });
  test(`at least ${DEADLINE_PLANS} plans have every item's deadline checked by hand, as raw words and the last day`, () => {
    const checked = plans.filter((p) => p.expected.deadlinesChecked);
    console.log(`deadlines checked: ${checked.map((p) => p.slug).join(", ")}`);
    expect(checked.length).toBeGreaterThanOrEqual(DEADLINE_PLANS);
    // A checked plan's deadlines are all in the scored form: {raw, date}.
    for (const p of checked)
      for (const e of p.expected.items)
        if (e.deadline !== undefined) expect(typeof e.deadline, `${p.slug} ${e.key}`).toBe("object");
  });
  for (const p of plans.filter((p) => p.expected.deadlinesChecked))
    test(`${p.slug}: deadlines precision and recall ≥ ${DEADLINES}`, () => {
      const s = p.score;
      const detail = `deadlines missed ${s.missedDeadlines.join(" | ")}; extra ${s.extraDeadlines.join(" | ")}`;
      const floor = SHORTFALLS[p.slug]?.deadlines;
      if (floor !== undefined) {
        expect(f1(s.deadlines), `${detail} (floor ${floor})`).toBeGreaterThanOrEqual(floor);
        const reached = precision(s.deadlines) >= DEADLINES && recall(s.deadlines) >= DEADLINES;
        expect(reached, `${p.slug} now reaches the bar for deadlines: take it off SHORTFALLS`).toBe(false);
        return;
      }
      expect(precision(s.deadlines), detail).toBeGreaterThanOrEqual(DEADLINES);
      expect(recall(s.deadlines), detail).toBeGreaterThanOrEqual(DEADLINES);
    });
  for (const p of plans) {
    test(`${p.slug}: items F1 ≥ ${ITEMS_F1}, links F1 ≥ ${LINKS_F1}`, () => {
      const s = p.score;
      const floor = SHORTFALLS[p.slug];
      const items = f1(s.items);
      const itemDetail = `items missed ${s.missedItems.join(" | ")}; extra ${s.extraItems.join(" | ")}`;
      if (floor?.items !== undefined) {
        expect(items, `${itemDetail} (floor ${floor.items})`).toBeGreaterThanOrEqual(floor.items);
        expect(items, `${p.slug} now reaches the bar: take it off SHORTFALLS`).toBeLessThan(ITEMS_F1);
      } else expect(items, itemDetail).toBeGreaterThanOrEqual(ITEMS_F1);
      const links = f1(s.links);
      const detail = `links missed ${s.missedLinks.slice(0, 8).join(" | ")}; extra ${s.extraLinks.slice(0, 8).join(" | ")}`;
      if (floor?.links !== undefined) {
        expect(links, `${detail} (floor ${floor.links})`).toBeGreaterThanOrEqual(floor.links);
        expect(links, `${p.slug} now reaches the bar: take it off SHORTFALLS`).toBeLessThan(LINKS_F1);
      } else expect(links, detail).toBeGreaterThanOrEqual(LINKS_F1);
    });
  }
  for (const p of plans.filter((p) => SHORTFALLS[p.slug]?.targets !== undefined))
    test(`${p.slug}: targets F1 at least its floor (a shortfall, scored apart from the whole corpus)`, () => {
      const s = p.score;
      const floor = SHORTFALLS[p.slug].targets!;
      const detail = `targets missed ${s.missedTargets.join(" | ")}; extra ${s.extraTargets.join(" | ")}`;
      expect(f1(s.targets), `${detail} (floor ${floor})`).toBeGreaterThanOrEqual(floor);
      const reached = precision(s.targets) >= 0.99 && recall(s.targets) >= 0.99;
      expect(reached, `${p.slug} now reaches the bar for targets: take it off SHORTFALLS`).toBe(false);
    });
  for (const p of plans.filter((p) => SHORTFALLS[p.slug]?.implicit !== undefined))
    test(`${p.slug}: implicit roles F1 at least its floor (a shortfall, scored apart from the whole corpus)`, () => {
      const s = p.score;
      const floor = SHORTFALLS[p.slug].implicit!;
      const detail = `implicit missed ${s.missedImplicit.join(" | ")}; extra ${s.extraImplicit.join(" | ")}`;
      expect(f1(s.implicit), `${detail} (floor ${floor})`).toBeGreaterThanOrEqual(floor);
      const reached = precision(s.implicit) >= 0.93 && recall(s.implicit) >= 0.9;
      expect(reached, `${p.slug} now reaches the bar for implicit roles: take it off SHORTFALLS`).toBe(false);
    });
  test("the whole corpus: targets precision ≥ 99% and recall ≥ 99%; implicit roles precision ≥ 93% and recall ≥ 90%; the issuer holds exactly the items expected", () => {
    const none = {expected: 0, found: 0, matched: 0};
    const sum = (pick: (s: Score, slug: string) => {expected: number; found: number; matched: number}) =>
      plans
        .map((p) => pick(p.score, p.slug))
        .reduce(
          (a, c) => ({expected: a.expected + c.expected, found: a.found + c.found, matched: a.matched + c.matched}),
          {expected: 0, found: 0, matched: 0}
        );
    const targets = sum((s, slug) => (SHORTFALLS[slug]?.targets === undefined ? s.targets : none));
    const implicit = sum((s, slug) => (SHORTFALLS[slug]?.implicit === undefined ? s.implicit : none));
    const issuer = sum((s, slug) => (SHORTFALLS[slug]?.issuer === false ? none : s.issuer));
    console.log(
      `all plans: targets P ${pct(precision(targets))} R ${pct(recall(targets))}, implicit roles P ${pct(precision(implicit))} R ${pct(recall(implicit))}, issuer's default holdings P ${pct(precision(issuer))} R ${pct(recall(issuer))} (${issuer.expected})`
    );
    // Scopes, frequencies, procedural periods and stated measures read as targets lower the precision of targets;
    // passing mentions and sentence fragments read as subjects lower that of implicit roles.
    const scored = (slug: string, targets: string[]) => (SHORTFALLS[slug]?.targets === undefined ? targets : []);
    const extra = plans.flatMap((p) =>
      [
        ...scored(p.slug, p.score.extraTargets),
        ...(SHORTFALLS[p.slug]?.implicit === undefined ? p.score.extraImplicit : [])
      ].map((e) => `${p.slug}: ${e}`)
    );
    const missed = plans.flatMap((p) =>
      [
        ...scored(p.slug, p.score.missedTargets),
        ...(SHORTFALLS[p.slug]?.implicit === undefined ? p.score.missedImplicit : [])
      ].map((e) => `${p.slug}: ${e}`)
    );
    expect(precision(targets), extra.join("\n")).toBeGreaterThanOrEqual(0.99);
    expect(recall(targets), missed.join("\n")).toBeGreaterThanOrEqual(0.99);
    expect(precision(implicit), extra.join("\n")).toBeGreaterThanOrEqual(0.93);
    expect(recall(implicit), missed.join("\n")).toBeGreaterThanOrEqual(0.9);
    // A department's own plan with no clause: its issuer holds each item no body leads, and no other plan's issuer.
    const byIssuer = plans
      .filter((p) => SHORTFALLS[p.slug]?.issuer !== false && p.score.issuer.found + p.score.issuer.expected)
      .map((p) => p.slug);
    expect(precision(issuer), byIssuer.join(", ")).toBe(1);
    expect(recall(issuer), byIssuer.join(", ")).toBe(1);
  });
  test("held-out plans: items F1 ≥ 0.95, links F1 ≥ 0.90, targets recall ≥ 85%, header fields ≥ 90% (all together, each measure less the plans SHORTFALLS lists for it)", () => {
    const held = plans.filter((p) => p.meta.heldout);
    type Measure = "items" | "links" | "targets";
    const sum = (measure: Measure) =>
      held
        .map((p) =>
          SHORTFALLS[p.slug]?.[measure] === undefined ? p.score[measure] : {expected: 0, found: 0, matched: 0}
        )
        .reduce(
          (a, c) => ({expected: a.expected + c.expected, found: a.found + c.found, matched: a.matched + c.matched}),
          {expected: 0, found: 0, matched: 0}
        );
    const header = held.reduce((n, p) => n + p.score.header.right, 0) / (4 * held.length);
    console.log(
      `held out: items F1 ${pct(f1(sum("items")))}, links F1 ${pct(f1(sum("links")))}, targets R ${pct(recall(sum("targets")))} P ${pct(precision(sum("targets")))}, header ${pct(header)}`
    );
    expect(f1(sum("items"))).toBeGreaterThanOrEqual(0.95);
    expect(f1(sum("links"))).toBeGreaterThanOrEqual(0.9);
    expect(recall(sum("targets"))).toBeGreaterThanOrEqual(0.85);
    expect(header).toBeGreaterThanOrEqual(0.9);
  });
  test("the plans' closing dates (实施期限, 有效期至, the title's period) read as the header's deadline expects", () => {
    const read = plans.filter((p) => p.score.closing);
    // A plan SHORTFALLS lists with `closing: false` is read wrong for now (a ratchet: it must stay wrong until fixed,
    // then come off the list).
    const listed = (slug: string) => SHORTFALLS[slug]?.closing === false;
    const reached = read.filter((p) => listed(p.slug) && p.score.closing!.right).map((p) => p.slug);
    expect(reached, "now read right: take them off SHORTFALLS").toEqual([]);
    const wrong = read
      .filter((p) => !p.score.closing!.right && !listed(p.slug))
      .map((p) => `${p.slug} ${p.score.closing!.wrong}`);
    const stated = read.filter((p) => p.expected.header.deadline).length;
    const short = read.filter((p) => listed(p.slug)).length;
    console.log(
      `closing dates: ${read.length - wrong.length - short}/${read.length} right, ${short} short (${stated} plans state one)`
    );
    expect(read.length).toBeGreaterThanOrEqual(plans.length - 2);
    expect(stated).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });
  test("no target's subject in any plan starts or ends with a mark of punctuation (、，,；;：:。)", () => {
    const edged = plans.flatMap((p) =>
      p.model.targets
        .filter((t) => /^[\s、，,；;：:。]|[\s、，,；;：:。]$/.test(t.subject))
        .map((t) => `${p.slug} ${t.id} «${t.subject}»`)
    );
    expect(edged).toEqual([]);
    expect(plans.reduce((n, p) => n + p.model.targets.length, 0)).toBeGreaterThan(500);
  });
});
