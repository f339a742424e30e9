/**
 * The rows of the target and task ledgers: each item or target with its departments by role, its latest
 * reported status or observation; for an item, its deadline, its update history and its ledger status.
 */
import type {Goal, Item, ItemPerson, ItemProgress, PlanModel, Target} from "./model.js";
import {csvForPeople} from "./csv.js";
import {TASK_STATUS_FILE_COLUMNS, type ObservationRow, type TaskStatus, type TaskStatusRow} from "./observations.js";
import {targetSentences} from "./reader/targets.js";
import {chapterLabel, type Language, LEDGER_STATUS_LABELS, pick} from "./vocabulary.js";

const namesOf = (model: PlanModel, item: string, roles: string[]) => {
  const short = new Map(model.departments.map((d) => [d.name, d.shortName]));
  return model.responsibilities
    .filter((r) => r.item === item && roles.includes(r.role))
    .map((r) => short.get(r.department) ?? r.department);
};

/**
 * The departments holding an item or goal explicitly. For a goal's target, where the goal's holders stand in table
 * rows (an allocation table's 责任单位 column: parsing.md, allocation tables), those named in the target's row; a total
 * row names none and has them all.
 */
function holders(model: PlanModel, id: string, target: Target | null): string[] {
  const all = model.responsibilities.filter((r) => r.item === id && r.role !== "implicit");
  const inRow = target
    ? all.filter((r) => r.source.start >= target.source.start && r.source.end <= target.source.end)
    : [];
  return (inRow.length ? inRow : all).map((r) => r.department);
}

export interface TargetRow {
  target: Target;
  /** The task or action that states the target, or the goal section (主要目标 G1.2), which names no department. */
  item: Item | Goal;
  /** The target is stated in a goal section, not in a task or action. */
  inGoal: boolean;
  chapter: string;
  column: string | null;
  lead: string[];
  others: string[];
  /** Canonical names of every department holding the item explicitly (of a goal: an allocation table's row's). */
  departments: string[];
  sentence: string;
  /** The latest city observation of the target, if any. */
  latest: ObservationRow | null;
  /** latest / target value, when an observation exists. */
  share: number | null;
}

/**
 * The sector targets page's rows: every quantitative target with the task, action or goal section stating it, its
 * chapter, column, departments (none for a goal's) and latest city observation (from `observations`), in the
 * model's order. A target whose item is neither (a model edited by hand) is left out.
 */
export function targetRows(model: PlanModel, observations: ObservationRow[]): TargetRow[] {
  const items = new Map(model.items.map((i) => [i.id, i]));
  const goals = new Map(model.goals.map((g) => [g.id, g]));
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  const kept = model.targets.filter((target) => items.has(target.item) || goals.has(target.item));
  // Each target's sentence, every text read once for all its targets (targetSentences).
  const texts = new Map<string, string>([...model.goals, ...model.items].map((x) => [x.id, x.text]));
  const sentences = targetSentences(texts, kept);
  return kept.map((target, k) => {
    const item = items.get(target.item);
    const stated = item ?? goals.get(target.item)!;
    const c = chapters.get(stated.chapter ?? -1);
    const own = observations.filter((o) => o.id === target.id && o.level === "city").sort((a, b) => a.year - b.year);
    const latest = own[own.length - 1] ?? null;
    return {
      target,
      item: stated,
      inGoal: !item,
      chapter: c ? chapterLabel(c) : "",
      column: item?.column ? `专栏${item.column}` : null,
      lead: item ? namesOf(model, item.id, ["lead"]) : [],
      others: item ? namesOf(model, item.id, ["support", "joint"]) : [],
      departments: holders(model, stated.id, item ? null : target),
      sentence: sentences[k],
      latest,
      share: latest && target.value ? latest.value / target.value : null
    };
  });
}

/**
 * The status of an item in the ledger. The four a status file reports (completed, in progress, not started,
 * at risk), and two the ledger derives: overdue (the deadline has passed and the latest report is not
 * "completed") and not reported (no row for the item in the status file; never "overdue", whatever the date).
 */
export type LedgerStatus = "overdue" | "at risk" | "not started" | "in progress" | "completed" | "not reported";
/** Worst first: the order of the legend and of the counts. */
export const LEDGER_STATUSES: readonly LedgerStatus[] = [
  "overdue",
  "at risk",
  "not started",
  "in progress",
  "completed",
  "not reported"
];

/**
 * Whose date an item's due date is (the ledger's `due_date_source`): "item" when the item itself (or its heading)
 * gives a completion time; "plan" when it gives none and the plan states its own closing date (本方案实施期限为
 * 2024—2026年, 有效期至2029年6月30日, the title's period: `document.deadline`); "target year" when neither does: 31
 * December of the latest year the item's own targets state, else of the plan's target year.
 */
export type DueDateSource = "item" | "plan" | "target year";
/** Every due date source, in the order of precedence. */
export const DUE_DATE_SOURCES: readonly DueDateSource[] = ["item", "plan", "target year"];

/**
 * When an item is due. `from` says whose date it is (DueDateSource): "item" for the item's own completion time (its
 * `deadline`, e.g. 2024年底前 → 2024-12-31; date null for 长期坚持 and the like, which never fall due), "plan" for
 * the plan's closing date given to an item that states none (the item does not inherit it in the model: the ledger
 * lends it for the due date only), "target year" otherwise.
 */
export interface LedgerDeadline {
  /** ISO yyyy-mm-dd, or null when the words give no date. */
  date: string | null;
  /** The words (2024年底前; the plan's 有效期至2029年6月30日, 2024—2026年), or the target year as written (2025). */
  raw: string;
  from: DueDateSource;
  /** The group or schedule stage whose time the item takes, stating none of its own (S2.3, G3.2); absent otherwise. */
  inheritedFrom?: string;
}

/**
 * The due date of an item (see LedgerDeadline), or null when neither the item nor the plan gives a year: the item's
 * own completion time, else the plan's closing date (`document.deadline`, marked `from: "plan"`), else a target
 * year — the year of the item's own targets that its text states (到2025年…覆盖率超过50%) before the plan's target
 * year. The rule is the ledger's (docs/methodology.md): the model's items keep no deadline they do not state.
 */
export function itemDeadline(model: PlanModel, item: Item): LedgerDeadline | null {
  if (item.deadline) {
    const {date, raw, inheritedFrom} = item.deadline;
    return inheritedFrom ? {date, raw, from: "item", inheritedFrom} : {date, raw, from: "item"};
  }
  const closing = model.document.deadline;
  if (closing) return {date: closing.date, raw: closing.raw, from: "plan"};
  const stated = model.targets.filter((t) => t.item === item.id && t.yearStated && t.year).map((t) => t.year!);
  const year = stated.length ? Math.max(...stated) : (model.document.targetYear ?? 0);
  return year > 0 ? {date: `${year}-12-31`, raw: String(year), from: "target year"} : null;
}

/**
 * How a due date lent by the plan's closing date (`from: "plan"`) is shown: `text` the mark and the date (方案期限
 * 2029-06-30; "plan's end 2029-06-30" in English; the words when they give no date), `title` the tooltip saying the
 * date is the plan's, not the item's. The pages show it in a lighter style (class plan-due).
 */
export function planDueLabel(d: LedgerDeadline, language: Language): {text: string; title: string} {
  return {
    text: `${language === "en" ? "plan's end" : "方案期限"} ${d.date ?? d.raw}`,
    title: pick(
      `The plan's closing date (${d.raw}): the item states no deadline of its own`,
      `方案的期限（${d.raw}），并非条目自身的完成时限`,
      language
    )
  };
}

export interface LedgerRow {
  item: Item;
  chapter: string;
  lead: string[];
  others: string[];
  departments: string[];
  targets: Target[];
  deadline: LedgerDeadline | null;
  /** The ledger's status (the colour of the light). */
  status: LedgerStatus;
  /** The latest status reported in the file, or null when none was. */
  reported: TaskStatus | null;
  asOf: string | null;
  evidence: string;
  source: string;
  /** 责任人 and next step of the latest report ("" when it gives none). */
  person: string;
  nextStep: string;
  /** The people the plan itself names as responsible for the item (牵头负责领导:金力; Item.persons), in order. */
  persons: ItemPerson[];
  /**
   * The progress the plan's own status table reports on the item (进展情况:①已完成。…; Item.progress), in its columns'
   * order; [] when it reports none. Shown under the task; it sets no status (a status file does).
   */
  progress: ItemProgress[];
  /** Every report on the item, oldest first; the last one drives the status. */
  history: TaskStatusRow[];
  /** Why the item has its status, in English and in Chinese. */
  reason: string;
  reasonZh: string;
}

/**
 * The task ledger (任务台账): one row per item, in plan order, on `today` (ISO yyyy-mm-dd). The latest report
 * (by as_of) decides: completed stays completed (even after the deadline); otherwise, once the deadline has
 * passed (today later than its date), the item is overdue whatever the report said (at risk, in progress, not
 * started); before it, the reported status stands. An item with no report is "not reported", before or after
 * its deadline: a missing report is not evidence of delay (the reason says when the deadline has passed).
 */
export function ledgerRows(model: PlanModel, statuses: TaskStatusRow[], {today}: {today: string}): LedgerRow[] {
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  return model.items.map((item) => {
    const history = statuses.filter((s) => s.item === item.id).sort((a, b) => a.asOf.localeCompare(b.asOf));
    const latest = history.at(-1) ?? null;
    const deadline = itemDeadline(model, item);
    const due = deadline?.date ?? null;
    const passed = due !== null && today > due;
    const dueText = deadline
      ? deadline.from === "item"
        ? `${deadline.raw} (${due ?? "no date"}${deadline.inheritedFrom ? `, stated for ${deadline.inheritedFrom}` : ""})`
        : deadline.from === "plan"
          ? `the plan's closing date ${deadline.raw} (${due ?? "no date"})`
          : `target year ${deadline.raw}`
      : "";
    const dueZh = deadline
      ? deadline.from === "item"
        ? `${deadline.raw}${deadline.inheritedFrom ? `，${deadline.inheritedFrom}所定` : ""}`
        : deadline.from === "plan"
          ? `方案期限${deadline.raw}`
          : `目标年${deadline.raw}`
      : "";
    let status: LedgerStatus;
    let reason: string;
    let reasonZh: string;
    if (!latest) {
      status = "not reported";
      reason = passed ? `nothing reported; the deadline (${dueText}) has passed` : "nothing reported";
      reasonZh = passed ? `未报告进展；期限（${dueZh}）已过` : "未报告进展";
    } else if (latest.status === "completed") {
      status = "completed";
      reason = `completed (reported ${latest.asOf})`;
      reasonZh = `已完成（${latest.asOf}报告）`;
    } else if (passed) {
      status = "overdue";
      reason = `the deadline (${dueText}) has passed without completion; last reported ${latest.status} on ${latest.asOf}`;
      reasonZh = `期限（${dueZh}）已过，尚未完成；最近报告：${LEDGER_STATUS_LABELS[latest.status].zh}（${latest.asOf}）`;
    } else {
      status = latest.status;
      reason = `${latest.status} (reported ${latest.asOf})`;
      reasonZh = `${LEDGER_STATUS_LABELS[latest.status].zh}（${latest.asOf}报告）`;
    }
    const c = chapters.get(item.chapter ?? -1);
    return {
      item,
      chapter: c ? chapterLabel(c) : "",
      lead: namesOf(model, item.id, ["lead"]),
      others: namesOf(model, item.id, ["support", "joint"]),
      departments: model.responsibilities
        .filter((r) => r.item === item.id && r.role !== "implicit")
        .map((r) => r.department),
      targets: model.targets.filter((t) => t.item === item.id),
      deadline,
      status,
      reported: latest?.status ?? null,
      asOf: latest?.asOf ?? null,
      evidence: latest?.evidence ?? "",
      source: latest?.source ?? "",
      person: latest?.person ?? "",
      nextStep: latest?.nextStep ?? "",
      persons: item.persons ?? [],
      progress: item.progress ?? [],
      history,
      reason,
      reasonZh
    };
  });
}

/** How many rows have each status, every status present (0 when none), in LEDGER_STATUSES order. */
export function ledgerCounts(rows: {status: LedgerStatus}[]): Record<LedgerStatus, number> {
  const counts = Object.fromEntries(LEDGER_STATUSES.map((s) => [s, 0])) as Record<LedgerStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * The columns of the ledger's export: first the status file's own (so that the export loads back as a status
 * file: item, as_of, status, evidence, source, person, next_step), then what the ledger adds; `due_date_source` says
 * whose the deadline is (item, plan or target year: DueDateSource), `deadline_from` its words; `persons` the people
 * the plan names for the item (personsText), apart from `person`, the 责任人 a report gives; `progress` the progress
 * the plan's own status table reports (progressText), apart from the status file's reports.
 */
export const LEDGER_EXPORT_COLUMNS = [
  ...TASK_STATUS_FILE_COLUMNS,
  "title",
  "deadline",
  "deadline_from",
  "due_date_source",
  "ledger_status",
  "lead",
  "others",
  "persons",
  "progress",
  "targets"
] as const;

/**
 * A column of the ledger: one of the export's, or the table's `history` (the reports, on demand). The page's table
 * uses the same names as the export (item, person, next_step, persons …), headed by LEDGER_COLUMN_LABELS
 * (vocabulary.ts), so that a column is called one thing on screen, in the CSV and in the workbook.
 */
export type LedgerColumn = (typeof LEDGER_EXPORT_COLUMNS)[number] | "history";

/** The people the plan names for an item, as the ledger writes them: 牵头负责领导:金力; 责任人:李四 ("" for none). */
export function personsText(persons: readonly ItemPerson[]): string {
  return persons.map((p) => `${p.role}:${p.name}`).join("; ");
}

/**
 * The progress the plan's status table reports on an item, as the ledger writes it, each cell under its column's
 * header: 进展情况:①已完成。2月10日,完成设计招标。; 完成情况:达序推进 ("" for none).
 */
export function progressText(progress: readonly ItemProgress[]): string {
  return progress.map((p) => `${p.column}:${p.raw}`).join("; ");
}

/**
 * The ledger as CSV (UTF-8 with BOM): one row per ledger row with its latest report. Read back with
 * validateTaskStatus, it gives the latest report of every reported item and no problem (items with no report
 * have empty as_of, status, evidence and source, which the validator skips as unfilled rows).
 */
export function ledgerCsv(rows: LedgerRow[]): string {
  const records = rows.map((r) => ({
    item: r.item.id,
    as_of: r.asOf ?? "",
    status: r.reported ?? "",
    evidence: r.evidence,
    source: r.source,
    person: r.person,
    next_step: r.nextStep,
    title: r.item.title,
    deadline: r.deadline?.date ?? r.deadline?.raw ?? "",
    deadline_from: r.deadline
      ? r.deadline.from === "target year"
        ? "target year"
        : r.deadline.raw + (r.deadline.inheritedFrom ? ` (${r.deadline.inheritedFrom})` : "")
      : "",
    due_date_source: r.deadline?.from ?? "",
    ledger_status: r.status,
    lead: r.lead.join("、"),
    others: r.others.join("、"),
    persons: personsText(r.persons),
    progress: progressText(r.progress),
    targets: r.targets.map((t) => t.raw).join("; ")
  }));
  return csvForPeople(records, [...LEDGER_EXPORT_COLUMNS]);
}
