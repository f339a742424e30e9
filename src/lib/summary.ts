/**
 * Headline figures of a plan, counted from the model: nothing here is typed by hand.
 */
import type {Chapter, Item, PlanModel, Role} from "./model.js";
import {chapterLabel} from "./vocabulary.js";

export interface PlanSummary {
  chapters: number;
  tasks: number;
  actions: number;
  columns: number;
  departments: number;
  unknownDepartments: number;
  responsibilities: number;
  byRole: Record<Role, number>;
  indicators: number;
  binding: number;
  expected: number;
  targets: number;
  warnings: number;
}

/**
 * The overview's counts: chapters, tasks, actions, 专栏 columns, departments (and those not in the reference),
 * responsibilities by role, indicators (binding, expected) and targets.
 */
export function planSummary(model: PlanModel): PlanSummary {
  const byRole: Record<Role, number> = {lead: 0, support: 0, joint: 0, implicit: 0};
  for (const r of model.responsibilities) ++byRole[r.role];
  return {
    chapters: model.chapters.length,
    tasks: model.items.filter((i) => i.kind === "task").length,
    actions: model.items.filter((i) => i.kind === "action").length,
    columns: model.chapters.reduce((n, c) => n + c.columns.length, 0),
    departments: model.departments.length,
    unknownDepartments: model.departments.filter((d) => !d.known).length,
    responsibilities: model.responsibilities.length,
    byRole,
    indicators: model.indicators.length,
    binding: model.indicators.filter((i) => i.attribute === "binding").length,
    expected: model.indicators.filter((i) => i.attribute === "expected").length,
    targets: model.targets.length,
    warnings: model.warnings.length
  };
}

export interface ChapterOutline {
  chapter: Chapter;
  tasks: Item[];
  actions: Item[];
}

/** Each chapter with its tasks and its columns' actions, in document order. */
export function chapterOutline(model: PlanModel): ChapterOutline[] {
  return model.chapters.map((chapter) => ({
    chapter,
    tasks: model.items.filter((i) => i.kind === "task" && i.chapter === chapter.seq),
    actions: model.items.filter((i) => i.kind === "action" && i.chapter === chapter.seq)
  }));
}

/** Items per chapter and kind, the rows of the overview chart. */
export function itemsPerChapter(model: PlanModel): {chapter: string; kind: Item["kind"]; count: number}[] {
  return chapterOutline(model).flatMap(({chapter, tasks, actions}) => [
    {chapter: chapterLabel(chapter), kind: "task" as const, count: tasks.length},
    {chapter: chapterLabel(chapter), kind: "action" as const, count: actions.length}
  ]);
}
