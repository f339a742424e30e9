/**
 * The character difference of two texts (a parent plan's item and the child's), for showing them side by side
 * with what was kept, removed and added: Myers' diff algorithm as the maintained `diff` library (jsdiff) computes
 * it, character by character (Chinese has no spaces to diff words by).
 */
import {diffChars} from "diff";

export interface DiffSegment {
  /** "=" kept in both, "-" only in the first (parent) text, "+" only in the second (child) text. */
  op: "=" | "-" | "+";
  text: string;
}

/** The segments that turn `a` into `b`, in order; joining the "=" and "-" texts gives a, the "=" and "+" give b. */
export function textDiff(a: string, b: string): DiffSegment[] {
  return diffChars(a, b).map((part) => ({op: part.added ? "+" : part.removed ? "-" : "=", text: part.value}));
}

/** The share of b's characters (0–1) that the diff marks as added; 0 for an empty b. */
export function addedShare(segments: DiffSegment[]): number {
  let added = 0;
  let total = 0;
  for (const s of segments) {
    if (s.op === "-") continue;
    total += s.text.length;
    if (s.op === "+") added += s.text.length;
  }
  return total ? added / total : 0;
}
