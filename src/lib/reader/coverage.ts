/**
 * The reading report: how much of a plan's body the reader understood, so that a user knows whether to trust the
 * tables. The body runs from the first numbered line (or table row) to the end, less its signature block and a web page's
 * furniture; a character is covered when it stands in a chapter's or column's heading, an item (with its clause
 * and the lines below it), a group, a goal or a table row. An attachment's line is read when a table or a numbered
 * list (an item, its caption) holds it. A pinyin gloss (重点(diǎn): glosses.ts) is not the plan's text: its characters
 * are not the body's, as the outline reads through them.
 */
import {issuerHeld} from "../heldItems.js";
import type {Coverage, PlanModel} from "../model.js";
import type {Unit} from "./items.js";
import type {Outline} from "./outline.js";
import {looksLikeBody} from "./bodies.js";
import {isFraming} from "./framing.js";
import {glossSpans} from "./glosses.js";
import {lineOf} from "./spans.js";
import {isFirstListedNote} from "./clauses.js";
import {countEn} from "../vocabulary.js";

const ATTACHMENT_ALONE = /^附[件表]\s*\d*\s*:?$/;
const CAPTION = /(?:清单|表|台账|一览表|计划)$/;
/** A line that is only a number, a range or a share: a table's cell. */
const NUMBER_CELL = /^[\d.\-—–~%]+$/;

/**
 * Coverage of the body (bodyChars, covered, linesNotUnderstood); the caller adds the counts it keeps.
 * `unreadClauses`: the [start, end) in `text` of clauses that name no department (a bracket at an item's end with a
 * clause word, read to no name: 丽水's `(…列第一位为牵头或汇总单位,下同)` before the reader knew the note): their
 * characters are not covered and their lines are not understood, whatever else the line holds.
 * `garbledLines`: lines (1-based) a copy garbled that could not be read again (mojibake.ts): not understood, whatever
 * the rules made of them.
 */
export function measureCoverage(
  text: string,
  o: Outline,
  model: PlanModel,
  units: Unit[],
  isBody: (name: string) => boolean = looksLikeBody,
  unreadClauses: readonly {start: number; end: number}[] = [],
  garbledLines: readonly number[] = []
): Pick<
  Coverage,
  "bodyChars" | "covered" | "linesNotUnderstood" | "framingChars" | "framingLines" | "attachmentLinesNotRead"
> {
  const mark = new Uint8Array(text.length);
  const fill = (start: number, end: number) => mark.fill(1, Math.max(0, start), Math.min(text.length, end));
  for (const u of units) {
    const n = u.node;
    fill(n.start, n.start + n.marker.length);
    if (u.role === "chapter") fill(n.start, n.lineEnd);
    else if (u.role === "column" || u.role === "group" || u.role === "item" || u.role === "goal") {
      const j = u.role === "item" || u.role === "goal" ? u.text : n.body;
      for (const [start, end] of j.ranges()) fill(start, end);
    }
    // Paragraphs of duties under a chapter's heading are items of their own (items.ts, dutyParagraphs); so is the
    // plan's closing paragraph of report-back duties cut from its last item (items.ts, closingReport).
    for (const d of u.closing ? [...u.duties, u.closing] : u.duties)
      for (const [start, end] of n.body.slice(d.start, d.end).ranges()) fill(start, end);
  }
  for (const g of model.goals) fill(g.source.start, g.source.end);
  // A line whose names give the plan's links is read, wherever it stands (a closing chapter's 区建设管理委会同…共同推进
  // 城市体检工作, which covers the whole plan's work).
  for (const r of model.responsibilities)
    if (!r.byIssuer && r.source.line > 0) fill(o.starts[r.source.line - 1], o.starts[r.source.line] ?? text.length);
  // The numbered lists of the attachments: their entries are items, their captions a group.
  for (const list of o.attachmentLists) {
    for (const h of list.caption) fill(h.start, h.start + h.text.length);
    for (const n of list.entries) {
      fill(n.start, n.start + n.marker.length);
      for (const [start, end] of n.body.ranges()) fill(start, end);
    }
  }
  // Attached documents with an outline of their own: their title and opening lines (their units are among `units`).
  for (const d of o.attachedDocuments)
    for (const h of d.outline.header) if (!d.outline.furniture.includes(h)) fill(h.start, h.start + h.text.length);
  // A table none of whose rows gave the model anything (an item, a goal, a link, a target, an indicator) was dropped
  // unread: its rows are lines not understood, never silently out of the body (droppedTables).
  const dropped = new Set(droppedTables(text, o, model));
  const unreadLines = new Set<number>(garbledLines);
  for (const t of dropped)
    for (const r of t.rows) for (let line = r.line; line <= lineOf(o.starts, r.end); ++line) unreadLines.add(line);
  // Lines a table holds: a cell that is only a number (a row's 序号, 4.2-5.5) is read there and nowhere else.
  const tableLines = new Set<number>();
  for (const t of o.tables) {
    if (dropped.has(t)) continue;
    for (const r of t.rows) {
      fill(r.start, r.end);
      for (let line = r.line; line <= lineOf(o.starts, r.end); ++line) tableLines.add(line);
    }
    for (const note of t.notes) fill(o.starts[note.line - 1], o.starts[note.line] ?? text.length);
  }
  // A clause that names no department was not understood, though its item holds it.
  for (const c of unreadClauses) {
    mark.fill(0, Math.max(0, c.start), Math.min(text.length, c.end));
    for (let line = lineOf(o.starts, c.start); line <= lineOf(o.starts, Math.max(c.start, c.end - 1)); ++line)
      unreadLines.add(line);
  }
  // The signature, the plan's ending lines (本方案自印发之日起施行: ending.ts) and a web page's furniture: no body.
  // The header's lines (the title, the number, the issuer, the date: read as the header) and a page's record: no body
  // either, where a table's first row opens the body above them.
  const skipped = new Set([...o.signature, ...o.ending, ...o.furniture, ...o.header, ...o.page].map((h) => h.line));
  // Captions: the filled line above a table's first row, when it names a table (…清单, …表, with a period after it).
  const captions = new Set<number>();
  for (const t of o.tables) {
    if (!t.rows.length) continue;
    let i = t.rows[0].line - 2;
    while (i >= 0 && !text.slice(o.starts[i], o.starts[i + 1] ?? text.length).trim()) --i;
    const line = i >= 0 ? text.slice(o.starts[i], o.starts[i + 1] ?? text.length).trim() : "";
    if (CAPTION.test(line.replace(/\([^()]*\)$/, ""))) captions.add(i);
  }
  const lineText = (i: number) => text.slice(o.starts[i], o.starts[i + 1] ?? text.length).trim();
  // A table's caption and legend: the lines between a 附件N / 附表N line alone and the table's first row (任务分工表 /
  // 打*的为具体项目), short and with no sentence end.
  for (const t of o.tables) {
    if (!t.rows.length) continue;
    const above: number[] = [];
    let i = t.rows[0].line - 2;
    for (; i >= 0 && above.length <= 3; --i) {
      const own = lineText(i);
      if (!own) continue;
      if (ATTACHMENT_ALONE.test(own) || own.length > 40 || /[。;]/.test(own)) break;
      above.push(i);
    }
    if (i >= 0 && ATTACHMENT_ALONE.test(lineText(i))) for (const a of above) captions.add(a);
  }
  // The list of the attachments after the 附件 line (附件:1.…表 / 2.…表 / 3.…表): their titles, no content; a title
  // may wrap onto a line of its own.
  if (o.attachmentLine !== null && /^附[件表]\s*:\s*1[.、]/.test(lineText(o.attachmentLine - 1))) {
    let next = 2;
    for (let i = o.attachmentLine; i < o.starts.length; ++i) {
      const own = lineText(i);
      const numbered = new RegExp(`^${next}[.、](?!\\d)`).test(own);
      if (!own || ATTACHMENT_ALONE.test(own) || (!numbered && (own.length > 30 || /[。;:]/.test(own)))) break;
      if (numbered) ++next;
      captions.add(i);
    }
  }
  // The body starts at its first numbered line, or at its first table's first row when the plan is a table (a
  // 分工方案 whose tasks are all rows: 序号 | 省任务 | 落实措施 | 牵头单位 …), whichever comes first.
  const firstRow = Math.min(
    ...o.tables.flatMap((t) =>
      t.rows.length && (o.attachmentLine === null || t.rows[0].line < o.attachmentLine) ? [t.rows[0].line] : []
    )
  );
  const first = Math.min(o.nodes[0]?.line ?? o.starts.length + 1, firstRow);
  let bodyChars = 0;
  let covered = 0;
  const linesNotUnderstood: number[] = [];
  const last = o.attachmentLine !== null ? o.attachmentLine - 1 : o.starts.length;
  const attachmentLinesNotRead: number[] = [];
  // The body's lines before the attachments, by index: their characters, whether read, their text.
  const lines = new Map<number, {chars: number; read: boolean; own: string; cell: boolean}>();
  for (let i = first - 1; i < o.starts.length; ++i) {
    if (skipped.has(i + 1)) continue;
    const attached = i >= last;
    const end = i + 1 < o.starts.length ? o.starts[i + 1] - 1 : text.length;
    let chars = 0;
    let inside = 0;
    // The line's pinyin glosses, in increasing order: passed by a pointer as k increases.
    const glosses = glossSpans(text.slice(o.starts[i], end));
    let g = 0;
    for (let k = o.starts[i]; k < end; ++k) {
      while (g < glosses.length && o.starts[i] + glosses[g][1] <= k) ++g;
      if (g < glosses.length && o.starts[i] + glosses[g][0] <= k) continue;
      const c = text.charCodeAt(k);
      if (c <= 0x20 || c === 0x3000 || c === 0x7c) continue;
      ++chars;
      inside += mark[k];
    }
    // The attachments' lines: after the 附件 line itself, those that no table holds are not read; a further 附件 line
    // alone (附件, 附件2), a table's caption (…任务清单(2023-2025年) on the line above it, or the lines between 附表1
    // and it) and the list of the attachments' titles are no content.
    if (attached) {
      const own = text.slice(o.starts[i], end).trim();
      if (i > last && chars && inside * 2 < chars && !ATTACHMENT_ALONE.test(own) && !captions.has(i))
        attachmentLinesNotRead.push(i + 1);
      continue;
    }
    // A line that is only a number (1, 48, 4.2-5.5) outside a table is a cell of a table the reader did not rebuild,
    // run into the text of the item above it: not read, whatever holds it.
    const own = text.slice(o.starts[i], end).trim();
    const cell = own !== "" && NUMBER_CELL.test(own) && !tableLines.has(i + 1);
    if (cell) inside = 0;
    // A first-listed note on a line of its own (排在第一位的部门为牵头部门) is read: it sets how later clauses read.
    const note = !cell && inside * 2 < chars && isFirstListedNote(own.replace(/^[(\[〔](.*)[)\]〕]$/, "$1"));
    if (note) inside = chars;
    bodyChars += chars;
    covered += inside;
    lines.set(i, {chars, read: inside * 2 >= chars && !unreadLines.has(i + 1), own, cell});
  }
  // The lines not read, as paragraphs (a line that does not end a sentence runs on into the next: a hard-wrapped
  // copy); a paragraph that assigns no work is framing (framing.ts), set aside: neither read nor not understood.
  let framingChars = 0;
  const framingLines: number[] = [];
  // A chapter's lead-in: the lines of its own text under its heading, before its first numbered line (1-based).
  const leadInLines = new Set<number>();
  for (const n of o.roots)
    if (n.depth === 0 && n.children.length)
      for (let line = n.line + 1; line < n.children[0].line; ++line) leadInLines.add(line);
  for (let i = first - 1; i < last; ++i) {
    const l = lines.get(i);
    if (!l || !l.chars || l.read) continue;
    if (unreadLines.has(i + 1)) {
      linesNotUnderstood.push(i + 1);
      continue;
    }
    const paragraph = [i];
    for (let j = i + 1; j < last && !/[。;:!?]$/.test(lines.get(paragraph[paragraph.length - 1])!.own); ++j) {
      const next = lines.get(j);
      if (!next || !next.chars || next.read || unreadLines.has(j + 1)) break;
      paragraph.push(j);
    }
    i = paragraph[paragraph.length - 1];
    // A lead-in: the next line with text is read (the list it introduces).
    let j = i + 1;
    while (j < last && lines.get(j) && !lines.get(j)!.chars) ++j;
    const leadIn = j < last && lines.get(j)?.read === true;
    const texts = paragraph.map((k) => lines.get(k)!);
    const chapterLeadIn = paragraph.every((k) => leadInLines.has(k + 1));
    if (!texts.some((t) => t.cell) && isFraming(texts.map((t) => t.own).join(""), isBody, leadIn, chapterLeadIn)) {
      for (const k of paragraph) framingLines.push(k + 1);
      framingChars += texts.reduce((sum, t) => sum + t.chars, 0);
    } else for (const k of paragraph) linesNotUnderstood.push(k + 1);
  }
  const measured = bodyChars - framingChars;
  return {
    bodyChars,
    covered: measured ? covered / measured : 0,
    linesNotUnderstood,
    framingChars,
    framingLines,
    attachmentLinesNotRead
  };
}

/**
 * The tables of the outline (o.tables) that the reader dropped unread: none of their rows overlaps the source span
 * ([start, end) offsets in `text`) of anything the model holds — a chapter, group, item, goal, link (not the issuer's
 * default holding), indicator or target. Their rows are lines not understood (measureCoverage): a 序号 | 工作任务 |
 * 牵头负责部门 table that gave no item must not let the report say every line was understood.
 */
export function droppedTables(text: string, o: Outline, model: PlanModel): Outline["tables"] {
  const given = new Uint8Array(text.length + 1);
  const spans = [
    ...model.chapters,
    ...model.groups,
    ...model.items,
    ...model.goals,
    ...model.indicators,
    ...model.targets,
    ...model.responsibilities.filter((r) => !r.byIssuer)
  ].map((x) => x.source);
  for (const s of spans) if (s && s.end > s.start) given.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  return o.tables.filter((t) => t.rows.length && !t.rows.some((r) => given.subarray(r.start, r.end).includes(1)));
}

/** A line that opens with a clause's label: 牵头责任单位:, 协同责任单位:, 牵头负责领导:, 责任部门:, (配合单位:. */
const LABEL_LINE = /^\s*[(]?\s*([\u4e00-\u9fff]{0,8}(?:单位|部门|领导|责任人|负责人|科室|处室))\s*:/;

/**
 * The body's lines shaped like a clause's label (LABEL_LINE: `牵头责任单位:市发展改革委。`, `协同责任单位:…`,
 * `牵头负责领导:金力。`) that no rule read: no link's source (the issuer's default holdings aside) stands on them nor on
 * another line of the same run of label lines (a person's label beside the bodies' labels is read with them). Each
 * gets a warning `clause` naming the line and is a line not understood (the caller adds their spans to the unread
 * clauses). `text` is the shadow (colons folded to ASCII); lines are 1-based; `[start, end)` the line's offsets.
 */
export function unreadLabelLines(
  text: string,
  o: Outline,
  model: PlanModel
): {line: number; start: number; end: number; label: string}[] {
  const first = o.nodes[0]?.line ?? o.starts.length + 1;
  const linked = new Set(model.responsibilities.filter((r) => !r.byIssuer).map((r) => r.source.line));
  const out: {line: number; start: number; end: number; label: string}[] = [];
  // A run of label lines is one clause (牵头负责领导:金力。 / 牵头责任单位:X。 / 协同责任单位:Y。): read when a link
  // stands on any line of it, the person's line with it.
  let run: {line: number; start: number; end: number; label: string}[] = [];
  let runLinked = false;
  const close = () => {
    if (!runLinked) out.push(...run);
    run = [];
    runLinked = false;
  };
  for (let i = first - 1; i < o.starts.length; ++i) {
    const start = o.starts[i];
    const end = i + 1 < o.starts.length ? o.starts[i + 1] - 1 : text.length;
    const found = LABEL_LINE.exec(text.slice(start, end));
    if (!found) {
      close();
      continue;
    }
    run.push({line: i + 1, start, end, label: found[1]});
    runLinked ||= linked.has(i + 1);
  }
  close();
  return out;
}

/** Lines as the report lists them: the first eight, then an ellipsis. */
const listed = (lines: number[]) => lines.slice(0, 8).join(", ") + (lines.length > 8 ? ", …" : "");

/**
 * The reading report in one line, for the CLI's stderr and the load page: how much of the body was read (less its
 * framing, set aside and said so), how many items were found and how many of them lack a clause, and which lines
 * were not understood.
 * e.g. "read 99.9% of the body (13,304 characters): 50 items (0 without a clause), 207 links, 19 targets; 1 line not
 * understood (30)"; "read 100.0% of the body less its framing (1,760 characters, 818 of them framing set aside:
 * paragraphs that assign no work, lines 18, 20, 21, 25): …". Where the issuer holds the items by default (no clause
 * anywhere), the lines are "read", not "understood", and the report says who holds them: "…; every line read; no
 * clause names who does any item: the issuer, 上海市交通委员会, holds them all by default".
 */
export function readingReport(model: PlanModel): string {
  const c = model.coverage;
  const n = c.linesNotUnderstood.length;
  const lines = listed(c.linesNotUnderstood);
  const f = c.framingLines?.length ?? 0;
  const framing = f
    ? ` less its framing (${countEn(c.bodyChars, "character")}, ${c.framingChars.toLocaleString("en")} of them framing set aside: paragraphs that assign no work, ${f === 1 ? "line" : "lines"} ${listed(c.framingLines)})`
    : ` (${countEn(c.bodyChars, "character")})`;
  const held = issuerHeld(model);
  return (
    `read ${(100 * c.covered).toFixed(1)}% of the body${framing}: ` +
    `${countEn(model.items.length, "item")} (${c.itemsWithoutClause} without a clause), ` +
    `${countEn(model.responsibilities.length, "link")}, ${countEn(model.targets.length, "target")}; ` +
    (n
      ? `${countEn(n, "line")} not understood (${lines})`
      : !c.bodyChars
        ? "no body found (no numbered line and no table)"
        : // Where the issuer holds the items by default, no line said who does them: "understood" would claim it.
          held
          ? f
            ? "every line of the body that assigns work read"
            : "every line read"
          : // With framing set aside, only the lines that assign work were understood; with lines of the attachments
            // unread, "every line" would claim more than was read: the body's only.
            f
            ? "every line of the body that assigns work understood"
            : c.attachmentLinesNotRead.length
              ? "every line of the body understood"
              : "every line understood") +
    (held
      ? `; no clause names who does ${held.items === model.items.length ? "any item" : `${held.items} of the items`}: ` +
        `${held.issuers.length > 1 ? "the issuers" : "the issuer"}, ${held.issuers.join(" and ")}, ` +
        `${held.issuers.length > 1 ? "hold" : "holds"} ${held.items === model.items.length ? "them all" : "them"} by default`
      : "") +
    (c.attachmentLinesNotRead.length
      ? `; ${countEn(c.attachmentLinesNotRead.length, "line")} of the attachments not read (from line ${c.attachmentLinesNotRead[0]}: only their tables and numbered lists are read)`
      : "")
  );
}
