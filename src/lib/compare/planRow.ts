/**
 * The plans table: one row per plan, counted from its model and its .meta.json (level, issuer, date, target year,
 * chapters, items, departments, links, indicators, targets, share of items with a lead, reading coverage). The
 * corpus CLI writes it as plans.csv / plans.parquet; the Plans compare page shows the same rows.
 * Nothing is typed by hand: the counts come from the model, the jurisdiction and level from the meta file, and the
 * number, issuer, title and date from the meta file where it gives them, else from the plan's own header.
 */
import {answerableItems, designatedLeadItems} from "../accountability.js";
import type {PlanModel} from "../model.js";
import {planHeader} from "../planHeader.js";
import type {Cell} from "../tables.js";

/** The level of government a plan is issued at, as data/plans/<slug>.meta.json writes it. */
export type PlanLevel = "nation" | "province" | "city" | "county";
export const PLAN_LEVELS: readonly PlanLevel[] = ["nation", "province", "city", "county"];

/** The fields of a .meta.json the plans row reads (every one optional; other fields are ignored). */
export interface PlanMetaFields {
  title?: string | null;
  number?: string | null;
  issuer?: string | null;
  jurisdiction?: string | null;
  level?: string | null;
  /** yyyy-mm-dd */
  date?: string | null;
  source?: string | null;
}

export interface PlanRow {
  /** The plan's slug (its file name without the extension, or its path in the corpus folder). */
  plan: string;
  title: string | null;
  /** 发文字号, e.g. 延政发〔2024〕8号. */
  number: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  /** nation | province | city | county, or null when the meta file does not say (or says something else). */
  level: PlanLevel | null;
  /** Date of issue, yyyy-mm-dd. */
  date: string | null;
  /** The indicator table's target year, else the latest year a sentence target names, else null. */
  targetYear: number | null;
  chapters: number;
  /** Tasks and actions. */
  items: number;
  tasks: number;
  actions: number;
  departments: number;
  /** Responsibility links (item × department, every role). */
  links: number;
  indicators: number;
  targets: number;
  /** Items with a designated lead (牵头): a named body, not only a generic placeholder (accountability.ts). */
  itemsWithLead: number;
  /** itemsWithLead ÷ items (0–1), null for a plan without items. */
  leadShare: number | null;
  /**
   * Items a named body answers for: a designated lead, or named bodies holding it jointly (answerableItems): a plan
   * whose every item lists 责任单位 jointly answers for all of them, though none leads.
   */
  itemsAnswered: number;
  /** itemsAnswered ÷ items (0–1), null for a plan without items. */
  answeredShare: number | null;
  /** Share of the body's characters the reader understood (0–1), Coverage.covered. */
  covered: number;
  /** Characters of the body, white space excluded. */
  bodyChars: number;
  warnings: number;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * The plans row of one plan. `meta` is the plan's .meta.json ({} when it has none): its title, number, issuer and
 * date win over the header the reader found (the meta file is checked by hand); jurisdiction and level come only
 * from it. A level other than nation/province/city/county is null.
 */
export function planRow(plan: string, model: PlanModel, meta: PlanMetaFields = {}): PlanRow {
  const d = model.document;
  const header = planHeader(meta, d);
  const leads = designatedLeadItems(model);
  const items = model.items.length;
  const itemsWithLead = model.items.filter((i) => leads.has(i.id)).length;
  const answerable = answerableItems(model);
  const itemsAnswered = model.items.filter((i) => answerable.has(i.id)).length;
  const level = text(meta.level) as PlanLevel | null;
  const sentenceYears = model.targets.map((t) => t.year).filter((y): y is number => y !== null);
  return {
    plan,
    title: header.title,
    number: header.docNumber,
    issuer: header.issuer,
    jurisdiction: text(meta.jurisdiction),
    level: level && PLAN_LEVELS.includes(level) ? level : null,
    date: header.date,
    targetYear: d.targetYear ?? (sentenceYears.length ? Math.max(...sentenceYears) : null),
    chapters: model.chapters.length,
    items,
    tasks: model.items.filter((i) => i.kind === "task").length,
    actions: model.items.filter((i) => i.kind === "action").length,
    departments: model.departments.length,
    links: model.responsibilities.length,
    indicators: model.indicators.length,
    targets: model.targets.length,
    itemsWithLead,
    leadShare: items ? itemsWithLead / items : null,
    itemsAnswered,
    answeredShare: items ? itemsAnswered / items : null,
    covered: model.coverage.covered,
    bodyChars: model.coverage.bodyChars,
    warnings: model.warnings.length
  };
}

/** The plans table's columns (snake_case, as the other tables) and how each is read from a PlanRow. */
export const PLAN_COLUMNS: [name: string, get: (r: PlanRow) => Cell][] = [
  ["plan", (r) => r.plan],
  ["title", (r) => r.title],
  ["number", (r) => r.number],
  ["issuer", (r) => r.issuer],
  ["jurisdiction", (r) => r.jurisdiction],
  ["level", (r) => r.level],
  ["date", (r) => r.date],
  ["target_year", (r) => r.targetYear],
  ["chapters", (r) => r.chapters],
  ["items", (r) => r.items],
  ["tasks", (r) => r.tasks],
  ["actions", (r) => r.actions],
  ["departments", (r) => r.departments],
  ["links", (r) => r.links],
  ["indicators", (r) => r.indicators],
  ["targets", (r) => r.targets],
  ["items_with_lead", (r) => r.itemsWithLead],
  ["lead_share", (r) => (r.leadShare === null ? null : Math.round(r.leadShare * 1000) / 1000)],
  ["items_answered", (r) => r.itemsAnswered],
  ["answered_share", (r) => (r.answeredShare === null ? null : Math.round(r.answeredShare * 1000) / 1000)],
  ["covered", (r) => Math.round(r.covered * 1000) / 1000],
  ["body_chars", (r) => r.bodyChars],
  ["warnings", (r) => r.warnings]
];

/** A PlanRow as a table row keyed by PLAN_COLUMNS' names. */
export function planTableRow(r: PlanRow): Record<string, Cell> {
  return Object.fromEntries(PLAN_COLUMNS.map(([name, get]) => [name, get(r)]));
}
