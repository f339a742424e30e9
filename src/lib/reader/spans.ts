/**
 * Positions in the normalized text. A block of the plan (a task, a 专栏) may run over several lines when the
 * text was hard-wrapped; its lines are joined into one string, and every character of that string remembers
 * where it stands in the normalized text.
 */
import {isSpaceCode} from "../chars.js";
import type {SourceSpan} from "../model.js";

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding an offset. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A string joined from pieces of the normalized text, with the offset of each of its characters. */
export class Joined {
  text = "";
  /**
   * One run per piece: the characters from index `at` of text on stand at `offset`, `offset + 1` … in the
   * normalized text, up to the next run. Runs, not one offset per character: a block may be a whole document.
   */
  private runs: {at: number; offset: number}[] = [];

  constructor(private starts: number[]) {}

  /** Appends text that stands at `offset` in the normalized text. */
  append(piece: string, offset: number): void {
    if (piece.length === 0) return;
    this.runs.push({at: this.text.length, offset});
    this.text += piece;
  }

  /** The [start, end) ranges of the normalized text that the joined text's characters stand in. */
  ranges(): [number, number][] {
    return this.runs.map((run, k) => {
      const end = k + 1 < this.runs.length ? this.runs[k + 1].at : this.text.length;
      return [run.offset, run.offset + end - run.at];
    });
  }

  /** Indices of text where a piece from another line of the normalized text begins (0 left out). */
  lineBreaks(): number[] {
    const out: number[] = [];
    for (let k = 1; k < this.runs.length; ++k) {
      const prevEnd = this.runs[k - 1].offset + (this.runs[k].at - this.runs[k - 1].at) - 1;
      if (lineOf(this.starts, this.runs[k].offset) !== lineOf(this.starts, prevEnd)) out.push(this.runs[k].at);
    }
    return out;
  }

  /** Appends a piece at `offset`, then every character of another joined text, each where it stands. */
  appendFrom(other: Joined, piece: string, offset: number): void {
    this.append(piece, offset);
    const base = this.text.length;
    for (const run of other.runs) this.runs.push({at: base + run.at, offset: run.offset});
    this.text += other.text;
  }

  /**
   * The same characters read from another text of the same length as the normalized text (the simplified shadow):
   * each run's characters taken from `base` at their offsets.
   */
  textIn(base: string): string {
    let out = "";
    for (let k = 0; k < this.runs.length; ++k) {
      const end = k + 1 < this.runs.length ? this.runs[k + 1].at : this.text.length;
      out += base.slice(this.runs[k].offset, this.runs[k].offset + end - this.runs[k].at);
    }
    return out;
  }

  /** The normalized-text offset of the character at index i (the end of the text for i = length). */
  offset(i: number): number {
    const length = this.text.length;
    if (length === 0) return 0;
    if (i >= length) return this.at(length - 1) + 1;
    return this.at(Math.max(0, i));
  }

  /** The offset of the character at index i, 0 ≤ i < length: a binary search for its run. */
  private at(i: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid].at <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo].offset + (i - runs[lo].at);
  }

  /** The source span of text[i, j). */
  span(i: number, j: number): SourceSpan {
    const start = this.offset(i);
    const end = j > i ? this.offset(j - 1) + 1 : start;
    return {line: lineOf(this.starts, start), start, end};
  }

  /** A new Joined over text[i, j), trimmed of white space. */
  slice(i: number, j: number): Joined {
    while (i < j && isSpaceCode(this.text.charCodeAt(i))) ++i;
    while (j > i && isSpaceCode(this.text.charCodeAt(j - 1))) --j;
    const out = new Joined(this.starts);
    out.text = this.text.slice(i, j);
    const runs = this.runs;
    for (let k = 0; k < runs.length && i < j; ++k) {
      const start = runs[k].at;
      const end = k + 1 < runs.length ? runs[k + 1].at : this.text.length;
      if (end <= i) continue;
      if (start >= j) break;
      const from = Math.max(start, i);
      out.runs.push({at: from - i, offset: runs[k].offset + (from - start)});
    }
    return out;
  }
}
