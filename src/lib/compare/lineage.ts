/**
 * Lineage of a plan B against its parent A (a city's plan against the province's, this year's against last
 * year's): for each item of B, the most similar item of A by TF-IDF cosine over character 2- and 3-grams
 * (similarity.ts), labelled
 * - copied:  similarity ≥ COPIED (0.8): the same text, or the parent's with names and figures changed
 *            (省 → 市, 2025 → 2026);
 * - adapted: ADAPTED (0.3) ≤ similarity < COPIED: the parent's item rewritten, shortened or merged with others;
 * - new:     similarity < ADAPTED, or no item of A shares an n-gram: text of B's own.
 * The thresholds were set on pairs read by hand (docs/compare.md) and are tested in test/compare-lineage.test.ts.
 * The share of B that is new is given by items and by characters (a long new item weighs more).
 */
import type {PlanModel} from "../model.js";
import {nearest} from "./similarity.js";

export const COPIED = 0.8;
export const ADAPTED = 0.3;

export type LineageLabel = "copied" | "adapted" | "new";

export interface LineageItem {
  id: string;
  text: string;
}

/** An item as the lineage page reads it: its id, kind, chapter, title and text (numbering and clause left out). */
export interface PlanItemText extends LineageItem {
  kind: string;
  chapter: number | null;
  title: string;
}

/** The items of a plan for lineage (compare/lineage.json, and a user's plan kept in the browser), in its order. */
export function lineageItemsOf(model: Pick<PlanModel, "items">): PlanItemText[] {
  return model.items.map((i) => ({id: i.id, kind: i.kind, chapter: i.chapter, title: i.title, text: i.text}));
}

export interface LineageMatch {
  /** The item of B. */
  child: LineageItem;
  /** The most similar item of A, or null when no item of A shares an n-gram with it. */
  parent: LineageItem | null;
  /** TF-IDF cosine, 0–1. */
  similarity: number;
  label: LineageLabel;
}

export interface Lineage {
  /** One per item of B, in B's order. */
  matches: LineageMatch[];
  counts: Record<LineageLabel, number>;
  /** Share of B's items labelled new (0–1); null when B has no items. */
  newShareItems: number | null;
  /** Share of B's characters (white space excluded) in items labelled new (0–1); null when B has no text. */
  newShareChars: number | null;
}

/** The label of a similarity by the thresholds COPIED and ADAPTED (or others given). */
export function lineageLabel(similarity: number, {copied = COPIED, adapted = ADAPTED} = {}): LineageLabel {
  return similarity >= copied ? "copied" : similarity >= adapted ? "adapted" : "new";
}

/** Lineage of the child plan's items against the parent's (see above). */
export function lineage(
  parent: LineageItem[],
  child: LineageItem[],
  thresholds: {copied?: number; adapted?: number} = {}
): Lineage {
  const found = nearest(
    child.map((c) => c.text),
    parent.map((p) => p.text)
  );
  const matches = child.map((c, k): LineageMatch => {
    const {index, similarity} = found[k];
    return {
      child: c,
      parent: index >= 0 ? parent[index] : null,
      similarity,
      label: index >= 0 ? lineageLabel(similarity, thresholds) : "new"
    };
  });
  const counts: Record<LineageLabel, number> = {copied: 0, adapted: 0, new: 0};
  let chars = 0;
  let newChars = 0;
  for (const m of matches) {
    ++counts[m.label];
    const n = m.child.text.replace(/\s/g, "").length;
    chars += n;
    if (m.label === "new") newChars += n;
  }
  return {
    matches,
    counts,
    newShareItems: child.length ? counts.new / child.length : null,
    newShareChars: chars ? newChars / chars : null
  };
}

/**
 * The parent's items that no item of B follows: not the nearest parent item of any child item labelled copied or
 * adapted (what B drops of A). In A's order.
 */
export function droppedParents(parent: LineageItem[], result: Lineage): LineageItem[] {
  const followed = new Set(result.matches.filter((m) => m.label !== "new" && m.parent).map((m) => m.parent!.id));
  return parent.filter((p) => !followed.has(p.id));
}

/** For each parent item, the child items that follow it (copied or adapted), in B's order; keyed by A's id. */
export function followersByParent(result: Lineage): Map<string, LineageMatch[]> {
  const out = new Map<string, LineageMatch[]>();
  for (const m of result.matches) {
    if (m.label === "new" || !m.parent) continue;
    if (!out.has(m.parent.id)) out.set(m.parent.id, []);
    out.get(m.parent.id)!.push(m);
  }
  return out;
}
