/**
 * The source view: where every record of the model stands in the plan's normalized text, and that text cut
 * into lines and segments so that a page can show each record in place and link it to where it is used.
 *
 * Marks: one per record —
 * - `heading`: a chapter (C2: 二、增强质量发展动能…) or a 专栏 box (col-2: 专栏2 实施…);
 * - `item`: a task or action, over its heading only: from its numbering ((一) or ——) through its title and the
 *   sentence stop after it, e.g. (七)提高农产品质量安全水平。 — not the whole item, whose text holds the marks
 *   below;
 * - `department`: one responsibility, over the department's name as written in the clause (or in the blanket
 *   note, for implicit roles); anchor r-<item>-<n>, n the 1-based position of the record among its item's
 *   responsibilities in model order (r-T7-1 is the first department of T7);
 * - `target`: a quantitative target, over its phrase (target.raw);
 * - `indicator`: a row of the indicator table.
 *
 * Links (href) name the built pages with their .html, as Framework writes page links with preserveExtension.
 *
 * Segments: the text cut at line breaks and at mark boundaries. Where marks overlap, each character belongs to
 * the narrowest mark that covers it (ties: department, target, indicator, item, heading; then the earlier
 * mark), so a department name inside a heading is still a department, and the heading shows around it. The
 * segments do not overlap and cover every character of the text but the line breaks, once. A mark's anchor id
 * goes on the first segment that shows it; a mark no segment shows (hidden by narrower marks, or one of
 * several records with the same span, as the implicit roles that all point to one blanket note) is listed in
 * the `anchors` of the segment where it starts, so that its id still exists on the page.
 */
import {group} from "d3-array";
import type {PlanModel, Responsibility, Role} from "./model.js";
import {departmentSlug} from "./slug.js";
import {ATTRIBUTE_LABELS, chapterLabel, pick, ROLE_LABELS} from "./vocabulary.js";

export type MarkKind = "heading" | "item" | "department" | "target" | "indicator";

export interface Mark {
  /** [start, end) in the normalized text. */
  start: number;
  end: number;
  /** 1-based line of start. */
  line: number;
  kind: MarkKind;
  /** The anchor id on the source page: C2, col-2, T7, A2.1, r-T7-1, T7-1, I4. */
  id: string;
  /** The role, for department marks. */
  role?: Role;
  /** A tooltip: what the record says. */
  title: string;
  /** Where the record is used in the site, relative to the source page. */
  href: string;
}

export interface Segment {
  /** 1-based line. */
  line: number;
  /** [start, end) in the normalized text; never holds a line break. Empty only for an empty line. */
  start: number;
  end: number;
  text: string;
  /** The mark the segment shows, or null for plain text. */
  mark: Mark | null;
  /** The anchor id this segment carries: mark.id on the first segment that shows the mark, else null. */
  id: string | null;
  /** Marks no segment shows that start here: their ids go on this segment too. */
  anchors: Mark[];
}

const KIND_RANK: Record<MarkKind, number> = {department: 0, target: 1, indicator: 2, item: 3, heading: 4};
const OP_WORDS: Record<string, string> = {
  ">=": "at least ",
  "<=": "at most ",
  ">": "more than ",
  "<": "less than ",
  "=": ""
};
const STOPS = /[。;!?]/;

/** The anchor id of every responsibility, in model order: r-<item>-<n>, n from 1 within the item. */
export function responsibilityIds(responsibilities: Responsibility[]): string[] {
  const seen = new Map<string, number>();
  return responsibilities.map((r) => {
    const n = (seen.get(r.item) ?? 0) + 1;
    seen.set(r.item, n);
    return `r-${r.item}-${n}`;
  });
}

/**
 * Where an item's heading ends: after the title and the sentence stop that follows it, looked for within the
 * item's span from its start; the first sentence stop when the title is not found as written (a title cut to
 * 40 characters, or broken across lines); else the end of the item's first line.
 */
export function itemHeadingEnd(text: string, item: {title: string; source: {start: number; end: number}}): number {
  const {start, end} = item.source;
  const span = text.slice(start, end);
  const title = item.title.replace(/…$/, "");
  let at = title ? span.indexOf(title) : -1;
  if (at >= 0) {
    at += title.length;
    if (!item.title.endsWith("…")) return start + at + (STOPS.test(span[at] ?? "") ? 1 : 0);
  }
  const stop = span.slice(Math.max(0, at)).search(STOPS);
  if (stop >= 0) return start + Math.max(0, at) + stop + 1;
  const newline = span.indexOf("\n");
  return start + (newline >= 0 ? newline : span.length);
}

/**
 * One mark per record of the model; see the module's comment. `text` is the normalized text the model was read
 * from: an item's heading ends where its title does, which only the text tells. Ids are made unique (a second
 * C2 would be C2~2).
 */
export function sourceMarks(model: PlanModel, text: string): Mark[] {
  const marks: Mark[] = [];
  const used = new Map<string, number>();
  const add = (mark: Mark) => {
    const n = (used.get(mark.id) ?? 0) + 1;
    used.set(mark.id, n);
    marks.push(n === 1 ? mark : {...mark, id: `${mark.id}~${n}`});
  };
  const at = (s: {line: number; start: number; end: number}) => ({line: s.line, start: s.start, end: s.end});

  for (const c of model.chapters) {
    const matrix = `./responsibilities.html?chapter=${encodeURIComponent(String(c.seq))}`;
    add({
      ...at(c.source),
      kind: "heading",
      id: c.id,
      title: `${c.id} · chapter ${chapterLabel(c)} — its items in the responsibility matrix`,
      href: matrix
    });
    for (const col of c.columns)
      add({
        ...at(col.source),
        kind: "heading",
        id: `col-${col.number}`,
        title: `专栏${col.number} ${col.title} — its chapter's items in the responsibility matrix`,
        href: col.chapter == null ? "./" : `./responsibilities.html?chapter=${encodeURIComponent(String(col.chapter))}`
      });
  }

  const byItem = group(model.responsibilities, (r) => r.item);
  for (const item of model.items) {
    const held = (byItem.get(item.id) ?? []).filter((r) => r.role !== "implicit");
    const lead = held.filter((r) => r.role === "lead").map((r) => r.asWritten);
    const who = lead.length ? `lead ${lead.join("、")}` : held.length ? held.map((r) => r.asWritten).join("、") : "";
    add({
      line: item.source.line,
      start: item.source.start,
      end: itemHeadingEnd(text, item),
      kind: "item",
      id: item.id,
      title: `${item.id} · ${item.kind === "task" ? "task 任务" : `action 专栏${item.column}`} · ${item.title}${who ? ` — ${who}` : ""}`,
      href: `./responsibilities.html?item=${encodeURIComponent(item.id)}`
    });
  }

  const departments = new Map(model.departments.map((d) => [d.name, d]));
  const ids = responsibilityIds(model.responsibilities);
  model.responsibilities.forEach((r, k) => {
    const d = departments.get(r.department);
    const name = r.asWritten === r.department ? r.department : `${r.asWritten} = ${r.department}`;
    add({
      ...at(r.source),
      kind: "department",
      id: ids[k],
      role: r.role,
      title: `${name}${d?.nameEn ? ` (${d.nameEn})` : ""} · ${pick(ROLE_LABELS[r.role].en, ROLE_LABELS[r.role].zh, "both")} in ${r.item} — the department's page`,
      href: `./departments/${departmentSlug(d ?? {name: r.department, nameEn: null})}.html`
    });
  });

  for (const t of model.targets)
    add({
      ...at(t.source),
      kind: "target",
      id: t.id,
      title: `${t.id} · ${t.subject}: ${OP_WORDS[t.op] ?? ""}${t.value}${t.unit}${t.year ? ` by ${t.year}` : ""} — the targets table`,
      href: `./targets.html#${encodeURIComponent(t.id)}`
    });

  for (const i of model.indicators)
    add({
      ...at(i.source),
      kind: "indicator",
      id: i.id,
      title: `${i.id} · ${i.name}${i.unit ? ` (${i.unit})` : ""}: ${i.target.raw}${i.attribute ? ` · ${pick(ATTRIBUTE_LABELS[i.attribute].en, ATTRIBUTE_LABELS[i.attribute].zh, "both")}` : ""} — the indicators page`,
      href: `./indicators.html#${encodeURIComponent(i.id)}`
    });

  return marks;
}

/** Whether mark a takes precedence over mark b where both cover a character (a and b are indices in marks). */
function narrower(marks: Mark[], a: number, b: number): boolean {
  const wa = marks[a].end - marks[a].start;
  const wb = marks[b].end - marks[b].start;
  if (wa !== wb) return wa < wb;
  const ka = KIND_RANK[marks[a].kind];
  const kb = KIND_RANK[marks[b].kind];
  if (ka !== kb) return ka < kb;
  return a < b;
}

/** The text cut into lines and non-overlapping segments, plain or marked; see the module's comment. */
export function segmentText(text: string, marks: Mark[]): Segment[] {
  // owner[i]: index of the mark character i shows, or -1.
  const owner = new Int32Array(text.length).fill(-1);
  marks.forEach((m, k) => {
    const end = Math.min(m.end, text.length);
    for (let i = Math.max(0, m.start); i < end; ++i) if (owner[i] < 0 || narrower(marks, k, owner[i])) owner[i] = k;
  });

  const segments: Segment[] = [];
  const shown = new Set<number>();
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === lineStart)
      segments.push({line, start: lineStart, end: lineStart, text: "", mark: null, id: null, anchors: []});
    for (let i = lineStart; i < lineEnd;) {
      const k = owner[i];
      let j = i + 1;
      while (j < lineEnd && owner[j] === k) ++j;
      const mark = k >= 0 ? marks[k] : null;
      const first = k >= 0 && !shown.has(k);
      if (first) shown.add(k);
      segments.push({line, start: i, end: j, text: text.slice(i, j), mark, id: first ? mark!.id : null, anchors: []});
      i = j;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    ++line;
  }

  // Marks no segment shows: anchored on the segment where they start (the first one at or after it).
  marks.forEach((m, k) => {
    if (shown.has(k)) return;
    const home = segments.find((s) => s.end > m.start || (s.start === s.end && s.start >= m.start)) ?? segments.at(-1);
    home?.anchors.push(m);
  });
  return segments;
}
