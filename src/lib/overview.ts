/**
 * What the overview answers, computed from the model and the monitoring files: who leads most, which items
 * have no designated lead (牵头), how the binding (约束性) indicators compare with the national and provincial
 * targets, and how far progress and the task ledger (台账) have been reported. Nothing here is typed by hand;
 * each answer keeps the records it counts so that the page can link to them.
 */
import {accountabilityChecks, answersAsLead, designatedLeadItems} from "./accountability.js";
import {indicatorProgress} from "./indicatorProgress.js";
import {ledgerCounts, ledgerRows, type LedgerStatus} from "./ledger.js";
import type {ObservationRow, TaskStatusRow} from "./observations.js";
import {RATE_STATUSES, type RateStatus} from "./progress.js";
import type {Comparator, Item, PlanModel} from "./model.js";
import type {BenchmarkAlignment, BenchmarkLevel, BenchmarkMatch} from "./reference.js";
import {departmentSlug} from "./slug.js";
import {NON_GOVERNMENT_KINDS} from "./vocabulary.js";

export interface LeadRank {
  /** Canonical name (市市场监督管理局). */
  name: string;
  shortName: string;
  nameEn: string | null;
  /** The id of the department's brief (departments/<slug>). */
  slug: string;
  /** Items the department leads (role lead), in document order. */
  led: string[];
  /** Items it holds jointly (共同) or in support (配合), not counted as led. */
  joint: number;
  support: number;
  /** A party outside government (an enterprise or a society: NON_GOVERNMENT_KINDS) the plan names as lead. */
  outsideGovernment: boolean;
}

/**
 * The departments that lead most items: every department with at least one lead role that designates a lead
 * (accountability.ts, answersAsLead: any named body, a company too; not a generic placeholder such as 各有关部门,
 * 各行业部门), by the number of items it leads (most first), then by joint roles, then in the order the plan first
 * names them. `top` of them (default 5); `leadItems` is the number of distinct items with a designated lead
 * (designatedLeadItems, the same rule), for "16 of the 23 items led"; `tiedAtTop` the number of departments
 * leading as many items as the first (0 when none leads).
 */
export function leadRanking(
  model: PlanModel,
  {top = 5}: {top?: number} = {}
): {ranks: LeadRank[]; leaders: number; leadItems: number; tiedAtTop: number} {
  const order = new Map(model.items.map((item, i) => [item.id, i]));
  const ranks = model.departments
    .map((d, seq) => {
      const own = model.responsibilities.filter((r) => r.department === d.name);
      // Items only: a goal held (an allocation table's row) is no item led.
      const led = [...new Set(own.filter((r) => r.role === "lead" && order.has(r.item)).map((r) => r.item))];
      led.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return {
        seq,
        rank: {
          name: d.name,
          shortName: d.shortName,
          nameEn: d.nameEn,
          slug: departmentSlug(d),
          led,
          joint: own.filter((r) => r.role === "joint").length,
          support: own.filter((r) => r.role === "support").length,
          outsideGovernment: NON_GOVERNMENT_KINDS.has(d.kind)
        }
      };
    })
    // One rule with designatedLeadItems: a generic placeholder (各有关部门, 各行业部门) names no body that answers.
    .filter(({rank, seq}) => rank.led.length > 0 && answersAsLead(model.departments[seq].kind))
    .sort((a, b) => b.rank.led.length - a.rank.led.length || b.rank.joint - a.rank.joint || a.seq - b.seq)
    .map(({rank}) => rank);
  // How many departments lead as many items as the first: "the most of any department" only when it is one.
  const tiedAtTop = ranks.filter((r) => r.led.length === ranks[0].led.length).length;
  return {
    ranks: ranks.slice(0, top),
    leaders: ranks.length,
    leadItems: [...designatedLeadItems(model)].filter((id) => order.has(id)).length,
    tiedAtTop
  };
}

export interface ItemWithoutLead {
  item: Item;
  /**
   * "no lead": departments are named, none as lead (or only a generic placeholder such as 各行业部门 leads);
   * "no one named": no department is named at all.
   */
  reason: "no lead" | "no one named";
}

/**
 * Items with no designated lead and no one answerable, in document order: those whose departments are all joint
 * or support, or led only by a generic placeholder (各行业部门牵头), and those with no responsibility clause
 * (implicit blanket roles do not count). An item the issuer holds by default (issuerHolding: a department's own
 * plan that names no other body) is not among them: its issuer answers for it. accountability.ts holds the rule
 * (designatedLeadItems).
 */
export function itemsWithoutLead(model: PlanModel): ItemWithoutLead[] {
  const report = accountabilityChecks(model);
  const noLead = new Set(report.noLead.map((i) => i.id));
  const unassigned = new Set(report.unassigned.map((i) => i.id));
  const held = new Set(issuerHolding(model)?.items ?? []);
  return model.items
    .filter((i) => (noLead.has(i.id) || unassigned.has(i.id)) && !held.has(i.id))
    .map((item) => ({item, reason: noLead.has(item.id) ? ("no lead" as const) : ("no one named" as const)}));
}

/** The issuer of a department's own plan and the items it answers for by default (issuerHolding). */
export interface IssuerHolding {
  /** Canonical name (上海市交通委员会 → 市交通委员会, as the department reference names it). */
  name: string;
  shortName: string;
  nameEn: string | null;
  /** The id of the department's brief (departments/<slug>). */
  slug: string;
  /** The name as the plan's header or signature writes it (上海市交通委员会). */
  asWritten: string;
  /** The items it holds, in document order: every item of the plan no body leads. */
  items: string[];
  /**
   * The other issuers of a plan several departments issue jointly, each holding the same items with it (jointly),
   * in the order the header lists them; [] for a plan one department issues.
   */
  coIssuers: {name: string; shortName: string; nameEn: string | null; slug: string; asWritten: string}[];
}

/**
 * The issuer's default holdings: in a department's own plan that names no body anywhere, the reader gives each item
 * no body leads to the issuer (role implicit, Responsibility.byIssuer; src/lib/reader/parse.ts): the commission that
 * issues its own plan answers for the whole of it; departments that issue a plan jointly answer for it together
 * (coIssuers). Null when the reader gave the issuer nothing (a government's plan, a plan with clauses).
 */
export function issuerHolding(
  model: Pick<PlanModel, "items" | "departments" | "responsibilities">
): IssuerHolding | null {
  const byIssuer = model.responsibilities.filter((r) => r.byIssuer);
  if (!byIssuer.length) return null;
  const held = new Set(byIssuer.map((r) => r.item));
  // One entry per issuing department, in the order the header lists them.
  const issuers = [...new Map(byIssuer.map((r) => [r.department, r])).values()].map((r) => {
    const department = model.departments.find((d) => d.name === r.department);
    return {
      name: r.department,
      shortName: department?.shortName ?? r.department,
      nameEn: department?.nameEn ?? null,
      slug: departmentSlug({name: r.department, nameEn: department?.nameEn ?? null}),
      asWritten: r.asWritten
    };
  });
  return {
    ...issuers[0],
    items: model.items.filter((i) => held.has(i.id)).map((i) => i.id),
    coIssuers: issuers.slice(1)
  };
}

/** An indicator as monitoring.json gives it: the model's indicator with its benchmark comparison per level. */
export interface ComparedIndicator {
  id: string;
  name: string;
  nameEn?: string | null;
  unit: string | null;
  attribute: "binding" | "expected" | null;
  target: {raw: string; value: number | null; comparator: Comparator};
  nation: {alignment: BenchmarkAlignment | null; benchmark: BenchmarkMatch | null};
  province: {alignment: BenchmarkAlignment | null; benchmark: BenchmarkMatch | null};
}

export interface BindingSummary {
  indicators: ComparedIndicator[];
  /** Per level: how many binding indicators are stricter, the same, looser than its target, or local only. */
  tally: Record<BenchmarkLevel, Record<BenchmarkAlignment | "not comparable", number>>;
}

/**
 * The binding indicators with their national and provincial comparison (the rule is reference.ts's
 * benchmarkAlignment, computed by the loader), and a tally per level. "not comparable": a benchmark exists
 * but the plan's target has no value to compare (alignment null).
 */
export function bindingSummary(indicators: ComparedIndicator[]): BindingSummary {
  const binding = indicators.filter((i) => i.attribute === "binding");
  const empty = () => ({stricter: 0, same: 0, looser: 0, "local only": 0, "not comparable": 0});
  const tally = {nation: empty(), province: empty()};
  for (const i of binding)
    for (const level of ["nation", "province"] as const) ++tally[level][i[level].alignment ?? "not comparable"];
  return {indicators: binding, tally};
}

/** What the reader read of the plan's indicator table (indicatorTableReading). */
export interface IndicatorTableReading {
  /** False when the reader read no indicator row: the plan may have no table, or one it did not understand. */
  read: boolean;
  /** Indicator rows read, and those of them marked binding (约束性). */
  indicators: number;
  binding: number;
  /** Lines of the body the reader did not understand (coverage.linesNotUnderstood): where an unread table would be. */
  linesNotUnderstood: number;
}

/**
 * Whether "no binding indicator" is a fact or an unknown: with indicator rows read and none binding, the table marks
 * none; with no row read, nothing is known of the plan's table (a table whose cells the reader could not join is
 * among the lines not understood), and a page says "no indicator table was read", never "none is binding".
 */
export function indicatorTableReading(model: Pick<PlanModel, "indicators" | "coverage">): IndicatorTableReading {
  return {
    read: model.indicators.length > 0,
    indicators: model.indicators.length,
    binding: model.indicators.filter((i) => i.attribute === "binding").length,
    linesNotUnderstood: model.coverage.linesNotUnderstood.length
  };
}

export interface MonitoringSummary {
  /** Verdicts of the required-rate method per status (RATE_STATUSES order, zeros included); indicators with city values. */
  progress: {counts: Record<RateStatus, number>; observed: number; indicators: number};
  /** The ledger's lights per status (LEDGER_STATUSES order); status rows read; items. */
  ledger: {counts: Record<LedgerStatus, number>; reported: number; items: number};
}

/**
 * Progress and the ledger as reported: each indicator's status by the required-rate method (progress.ts) from
 * the observations, as of `asOf` (a year), and each item's ledger status (ledger.ts) from the status rows, on
 * `today` (yyyy-mm-dd). With no city observation every verdict is "insufficient data"; with no status row every
 * item is "not reported": `observed` and `reported` say whether there is anything to summarize.
 */
export function monitoringSummary(
  model: PlanModel,
  indicators: Parameters<typeof indicatorProgress>[0][],
  observations: ObservationRow[],
  statuses: TaskStatusRow[],
  {asOf, today}: {asOf: number; today: string}
): MonitoringSummary {
  const counts = Object.fromEntries(RATE_STATUSES.map((s) => [s, 0])) as Record<RateStatus, number>;
  for (const i of indicators) ++counts[indicatorProgress(i, observations, {asOf}).rate.status];
  const city = new Set(observations.filter((o) => o.level === "city").map((o) => o.id));
  return {
    progress: {counts, observed: indicators.filter((i) => city.has(i.id)).length, indicators: indicators.length},
    ledger: {
      counts: ledgerCounts(ledgerRows(model, statuses, {today})),
      reported: statuses.length,
      items: model.items.length
    }
  };
}
