/**
 * The rows of the target and task ledgers: each item or target with its departments by role, its latest
 * reported status or observation, and a traffic light.
 */
import type {Item, PlanModel, Target} from "./model.js";
import type {ObservationRow, TaskStatus, TaskStatusRow} from "./observations.js";
import {targetSentence} from "./reader/targets.js";

const namesOf = (model: PlanModel, item: string, roles: string[]) => {
  const short = new Map(model.departments.map((d) => [d.name, d.shortName]));
  return model.responsibilities
    .filter((r) => r.item === item && roles.includes(r.role))
    .map((r) => short.get(r.department) ?? r.department);
};

export interface TargetRow {
  target: Target;
  item: Item;
  chapter: string;
  column: string | null;
  lead: string[];
  others: string[];
  /** Canonical names of every department holding the item explicitly. */
  departments: string[];
  sentence: string;
  /** The latest city observation of the target, if any. */
  latest: ObservationRow | null;
  /** latest / target value, when an observation exists. */
  share: number | null;
}

export function targetRows(model: PlanModel, observations: ObservationRow[]): TargetRow[] {
  const items = new Map(model.items.map((i) => [i.id, i]));
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  return model.targets.map((target) => {
    const item = items.get(target.item)!;
    const c = chapters.get(item.chapter ?? -1);
    const own = observations.filter((o) => o.id === target.id && o.level === "city").sort((a, b) => a.year - b.year);
    const latest = own[own.length - 1] ?? null;
    return {
      target,
      item,
      chapter: c ? `${c.numeral}、${c.title}` : "",
      column: item.column ? `专栏${item.column}` : null,
      lead: namesOf(model, item.id, ["lead"]),
      others: namesOf(model, item.id, ["support", "joint"]),
      departments: model.responsibilities
        .filter((r) => r.item === item.id && r.role !== "implicit")
        .map((r) => r.department),
      sentence: targetSentence(item.text, target.raw),
      latest,
      share: latest && target.value ? latest.value / target.value : null
    };
  });
}

export type Light = "green" | "amber" | "red" | "grey";

export interface LedgerRow {
  item: Item;
  chapter: string;
  lead: string[];
  others: string[];
  departments: string[];
  targets: Target[];
  status: TaskStatus | null;
  asOf: string | null;
  evidence: string;
  source: string;
  light: Light;
  /** Why the light has its colour, in English and in Chinese. */
  reason: string;
  reasonZh: string;
}

/**
 * The task ledger (任务台账). Traffic light: red when the latest status is "at risk", or when the plan's target
 * year has passed (asOf later than its end) without "completed"; green when completed; amber when in progress
 * or not started before the deadline; grey when nothing was reported.
 */
export function ledgerRows(model: PlanModel, statuses: TaskStatusRow[], {today}: {today: string}): LedgerRow[] {
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  return model.items.map((item) => {
    const own = statuses.filter((s) => s.item === item.id).sort((a, b) => a.asOf.localeCompare(b.asOf));
    const latest = own[own.length - 1] ?? null;
    const targets = model.targets.filter((t) => t.item === item.id);
    const deadline = Math.max(...targets.map((t) => t.year ?? 0), model.document.targetYear ?? 0) || null;
    const overdue = deadline !== null && today > `${deadline}-12-31`;
    let light: Light = "grey";
    let reason = "no status reported";
    let reasonZh = "未报告进展";
    const ZH = {"not started": "未开始", "in progress": "进行中", completed: "已完成", "at risk": "有风险"};
    if (latest?.status === "at risk") [light, reason, reasonZh] = ["red", "reported at risk", "报告有风险"];
    else if (latest?.status === "completed") [light, reason, reasonZh] = ["green", "completed", "已完成"];
    else if (overdue)
      [light, reason, reasonZh] = [
        "red",
        `target year ${deadline} has passed without completion`,
        `目标年${deadline}已过，尚未完成`
      ];
    else if (latest) [light, reason, reasonZh] = ["amber", latest.status, ZH[latest.status]];
    const c = chapters.get(item.chapter ?? -1);
    return {
      item,
      chapter: c ? `${c.numeral}、${c.title}` : "",
      lead: namesOf(model, item.id, ["lead"]),
      others: namesOf(model, item.id, ["support", "joint"]),
      departments: model.responsibilities
        .filter((r) => r.item === item.id && r.role !== "implicit")
        .map((r) => r.department),
      targets,
      status: latest?.status ?? null,
      asOf: latest?.asOf ?? null,
      evidence: latest?.evidence ?? "",
      source: latest?.source ?? "",
      light,
      reason,
      reasonZh
    };
  });
}
