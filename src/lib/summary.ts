/**
 * Headline figures of a plan, counted from the model: nothing here is typed by hand.
 */
import type {Chapter, Item, PlanModel, Role} from "./model.js";
import {chapterLabel, localize, NO_CHAPTER_LABEL} from "./vocabulary.js";

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
  /** The chapter (一、…); null for a section of items that stand in no chapter. */
  chapter: Chapter | null;
  /**
   * The section's heading: the chapter's label (二、重点任务), for items in no chapter their top group's numbering
   * and title (a plan whose 一、 headings are rows of its task table), or null for items under no heading at all.
   */
  label: string | null;
  tasks: Item[];
  actions: Item[];
}

/**
 * The plan's items by their top outline level, in document order: each chapter with its tasks and its columns'
 * actions; then the items that stand in no chapter (a plan without 一、 chapters, a task table, a county's list),
 * one section per top group they stand under, and one (label null) for those under no heading. [] when the plan
 * has neither chapters nor items.
 */
export function chapterOutline(model: PlanModel): ChapterOutline[] {
  const seqs = new Set(model.chapters.map((c) => c.seq));
  const sections: (ChapterOutline & {at: number})[] = model.chapters.map((chapter) => ({
    chapter,
    label: chapterLabel(chapter),
    tasks: model.items.filter((i) => i.kind === "task" && i.chapter === chapter.seq),
    actions: model.items.filter((i) => i.kind === "action" && i.chapter === chapter.seq),
    at: chapter.source.start
  }));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const topGroup = (id: string | null) => {
    let g = id === null ? undefined : groups.get(id);
    for (let n = 0; g?.parent && groups.has(g.parent) && n < groups.size; ++n) g = groups.get(g.parent)!;
    return g ?? null;
  };
  const outside = new Map<string | null, ChapterOutline & {at: number}>();
  for (const item of model.items) {
    if (item.chapter !== null && seqs.has(item.chapter)) continue;
    const group = topGroup(item.group);
    const key = group?.id ?? null;
    if (!outside.has(key)) {
      const label = group ? `${group.numbering}${group.title}`.trim() || null : null;
      outside.set(key, {chapter: null, label, tasks: [], actions: [], at: item.source.start});
    }
    outside.get(key)![item.kind === "task" ? "tasks" : "actions"].push(item);
  }
  return [...sections, ...outside.values()].sort((a, b) => a.at - b.at).map(({at: _, ...section}) => section);
}

/**
 * Items per section of chapterOutline and kind, the rows of the overview chart; a section of items under no
 * heading is named `noHeading` (NO_CHAPTER_LABEL in the chart's language).
 */
export function itemsPerChapter(
  model: PlanModel,
  {noHeading = localize(NO_CHAPTER_LABEL, "both")}: {noHeading?: string} = {}
): {chapter: string; kind: Item["kind"]; count: number}[] {
  return chapterOutline(model).flatMap(({label, tasks, actions}) => [
    {chapter: label ?? noHeading, kind: "task" as const, count: tasks.length},
    {chapter: label ?? noHeading, kind: "action" as const, count: actions.length}
  ]);
}
