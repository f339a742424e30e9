/**
 * parsePlan: the text (or bytes) of a plan in, the data model out. It never throws: whatever it cannot read
 * becomes a warning with the line it stands on, and everything it can read is kept.
 */
import {decodePlan} from "./decode.js";
import {type DepartmentDirectory, emptyDirectory} from "../departments.js";
import {readHeader} from "./header.js";
import {readIndicators} from "./indicators.js";
import type {Chapter, Department, Item, PlanModel, SourceSpan, Target, Warning} from "../model.js";
import {normalizePlanText} from "./normalize.js";
import {blanketNotes, findClause, readClause} from "./clauses.js";
import {Joined} from "./spans.js";
import {type Block, outline} from "./outline.js";
import {findTargets} from "./targets.js";

export interface ParseOptions {
  /** The department reference; without it every name is kept as written and reported unknown. */
  departments?: DepartmentDirectory;
}

export function emptyModel(): PlanModel {
  return {
    document: {title: null, docNumber: null, issuer: null, date: null, targetYear: null, baselineYear: null},
    chapters: [],
    items: [],
    departments: [],
    responsibilities: [],
    indicators: [],
    targets: [],
    warnings: []
  };
}

export function parsePlan(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): PlanModel {
  const model = emptyModel();
  try {
    read(input, options.departments ?? emptyDirectory, model);
  } catch (error) {
    model.warnings.push({line: null, code: "internal", message: `the parser stopped early: ${String(error)}`});
  }
  return model;
}

/** Gives a repeated id a suffix (T3, T3#2), so ids stay unique when a document repeats a number. */
function uniqueIds() {
  const seen = new Map<string, number>();
  return (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  };
}

/** The first sentence's heading: the text before the first 。 (or the first 40 characters). */
function headingOf(text: string): string {
  const stop = text.search(/[。;!?]/);
  const first = stop >= 0 ? text.slice(0, stop) : text;
  return first.length > 60 ? first.slice(0, 40) + "…" : first;
}

function read(input: string | Uint8Array | ArrayBuffer, directory: DepartmentDirectory, model: PlanModel): void {
  const warnings: Warning[] = model.warnings;
  const decoded = decodePlan(input);
  if (decoded.binary) warnings.push({line: null, code: "not-text", message: "the input does not look like text"});
  if (decoded.text.trim() === "") {
    warnings.push({line: null, code: "empty", message: "the input is empty"});
    return;
  }
  const norm = normalizePlanText(decoded.text);
  if (norm.html)
    warnings.push({line: null, code: "html", message: "the input looked like HTML: its tags were removed"});
  const o = outline(norm.text);

  const header = readHeader(o.header);
  Object.assign(model.document, {
    title: header.title,
    docNumber: header.docNumber,
    issuer: header.issuer,
    date: header.date
  });

  // Chapters and numbering.
  const last: Record<string, Block> = {};
  const checkNumber = (b: Block, label: (numeral: string) => string) => {
    const prev = last[b.kind];
    if (prev && b.number !== prev.number + 1)
      warnings.push({
        line: b.line,
        code: "numbering",
        message:
          b.number === prev.number
            ? `${label(b.numeral)} appears twice`
            : `numbering gap: ${label(b.numeral)} after ${label(prev.numeral)}`
      });
    else if (!prev && b.number !== 1 && b.kind !== "column")
      warnings.push({line: b.line, code: "numbering", message: `numbering starts at ${label(b.numeral)}`});
    last[b.kind] = b;
  };
  const chapterId = uniqueIds();
  for (const b of o.blocks.filter((b) => b.kind === "chapter")) {
    checkNumber(b, (n) => `chapter ${n}、`);
    model.chapters.push({
      id: chapterId(`C${b.number}`),
      seq: b.number,
      numeral: b.numeral,
      title: b.title,
      columns: [],
      source: {line: b.line, start: b.start, end: b.headEnd}
    });
  }
  const chapterOf = (seq: number | null): Chapter | undefined => model.chapters.findLast((c) => c.seq === seq);

  // Tasks and actions.
  const itemId = uniqueIds();
  // The joined text and clause of each item, in the order of model.items.
  const bodies: {text: Joined; clause: Joined | null}[] = [];
  const addItem = (item: Omit<Item, "title" | "text" | "clause" | "order" | "deadline">, body: Joined) => {
    const clause = findClause(body.text);
    const text = clause ? body.slice(0, clause.start) : body.slice(0, body.text.length);
    model.items.push({
      id: item.id,
      kind: item.kind,
      seq: item.seq,
      column: item.column,
      chapter: item.chapter,
      title: headingOf(text.text),
      text: text.text,
      clause: clause ? clause.content.trim() : null,
      deadline: null,
      source: item.source,
      order: model.items.length + 1
    });
    bodies.push({text, clause: clause ? body.slice(clause.start + 1, clause.end - 1) : null});
    if (!clause)
      warnings.push({line: item.source.line, code: "no-clause", message: `${item.id} has no responsibility clause`});
  };
  for (const b of o.blocks) {
    if (b.kind === "task") {
      checkNumber(b, (n) => `task (${n})`);
      const body = b.body.slice(0, b.body.text.length);
      const end = body.text.length ? body.span(0, body.text.length).end : b.start;
      addItem(
        {
          id: itemId(`T${b.number}`),
          kind: "task",
          seq: b.number,
          column: null,
          chapter: b.chapter,
          source: {line: b.line, start: b.start, end}
        },
        body
      );
    } else if (b.kind === "column") {
      checkNumber(b, (n) => `专栏${n}`);
      const col = {
        number: b.number,
        title: b.title,
        chapter: b.chapter,
        source: {line: b.line, start: b.start, end: b.headEnd}
      };
      const chapter = chapterOf(b.chapter);
      if (chapter) chapter.columns.push(col);
      const text = b.body.text;
      const dashes: number[] = [];
      for (let at = text.indexOf("——"); at >= 0; at = text.indexOf("——", at + 2)) dashes.push(at);
      const intro = text.slice(0, dashes[0] ?? text.length).replace(/[\s|]/g, "");
      if (intro && dashes.length)
        warnings.push({
          line: b.line,
          code: "no-structure",
          message: `专栏${b.numeral}: text before its first —— action is not read: "${intro.slice(0, 30)}"`
        });
      if (!dashes.length && intro && !o.tables.some((t) => t.column === b.number))
        warnings.push({line: b.line, code: "no-structure", message: `专栏${b.numeral} has text but no —— actions`});
      dashes.forEach((at, k) => {
        let end = k + 1 < dashes.length ? dashes[k + 1] : text.length;
        while (end > at && /[\s|]/.test(text[end - 1])) --end;
        const body = b.body.slice(at + 2, end);
        if (!body.text) return;
        addItem(
          {
            id: itemId(`A${b.number}.${k + 1}`),
            kind: "action",
            seq: k + 1,
            column: b.number,
            chapter: b.chapter,
            source: b.body.span(at, end)
          },
          body
        );
      });
    }
  }
  if (!model.items.length && !o.tables.length)
    warnings.push({
      line: null,
      code: "no-structure",
      message: "no chapters, tasks (一), 专栏 columns or tables were found"
    });

  // Responsibilities.
  const departments = new Map<string, Department>();
  // Names as written, resolved: a plan names the same departments over and over.
  const resolved = new Map<string, string>();
  const resolve = (asWritten: string, line: number): string => {
    const known = resolved.get(asWritten);
    if (known !== undefined) return known;
    const entry = directory.lookup(asWritten);
    const name = entry ? entry.name : asWritten;
    let d = departments.get(name);
    if (!d) {
      d = entry
        ? {
            name,
            shortName: entry.shortName,
            aliasesSeen: [],
            nameEn: entry.nameEn || null,
            kind: entry.kind,
            known: true
          }
        : {name, shortName: name, aliasesSeen: [], nameEn: null, kind: "unknown", known: false};
      departments.set(name, d);
      if (!entry)
        warnings.push({
          line,
          code: "unknown-department",
          message: `department "${asWritten}" is not in the department reference; kept as written`
        });
    }
    if (asWritten !== name && !d.aliasesSeen.includes(asWritten)) d.aliasesSeen.push(asWritten);
    resolved.set(asWritten, name);
    return name;
  };
  // The departments each item holds, in the order of model.items.
  const held: Set<string>[] = [];
  for (let k = 0; k < model.items.length; ++k) {
    const item = model.items[k];
    const {clause} = bodies[k];
    const seen = new Set<string>();
    held.push(seen);
    if (!clause) continue;
    const reading = readClause(clause.text);
    for (const u of reading.unread)
      warnings.push({
        line: clause.span(u.offset, u.offset + 1).line,
        code: "clause",
        message: `${item.id}: clause part "${u.text}" names no role`
      });
    if (!reading.named.length)
      warnings.push({
        line: clause.span(0, 1).line,
        code: "clause",
        message: `${item.id}: the clause names no department`
      });
    for (const n of reading.named) {
      const source = clause.span(n.offset, n.offset + n.name.length);
      const department = resolve(n.name, source.line);
      if (seen.has(department)) continue;
      seen.add(department);
      model.responsibilities.push({item: item.id, department, role: n.role, asWritten: n.name, source});
    }
  }
  // Blanket notes, searched in each block's joined text so that a note hard-wrapped over lines still reads.
  const notes = [o.preamble, ...o.blocks.map((b) => b.body)].flatMap((body) =>
    blanketNotes(body.text).map((note) => ({note, body}))
  );
  // Where each department's notes start: a note after an earlier one of the same department adds nothing.
  const notedAt = new Map<string, number>();
  const blankets: {department: string; at: number; asWritten: string; source: SourceSpan}[] = [];
  for (const {note, body} of notes) {
    const source = body.span(note.nameOffset, note.nameOffset + note.department.length);
    const department = resolve(note.department, source.line);
    const at = body.offset(note.start);
    if ((notedAt.get(department) ?? Infinity) <= at) continue;
    notedAt.set(department, at);
    blankets.push({department, at, asWritten: note.department, source});
  }
  if (blankets.length) {
    // Each item's responsibilities, then an implicit role from each note before it, in the order of the notes,
    // for a department the item does not hold yet.
    const named = model.responsibilities;
    model.responsibilities = [];
    let r = 0;
    for (let k = 0; k < model.items.length; ++k) {
      const item = model.items[k];
      while (r < named.length && named[r].item === item.id) model.responsibilities.push(named[r++]);
      for (const {department, at, asWritten, source} of blankets) {
        if (item.source.start <= at || held[k].has(department)) continue;
        held[k].add(department);
        model.responsibilities.push({item: item.id, department, role: "implicit", asWritten, source});
      }
    }
  }
  model.departments = [...departments.values()];

  // Indicators.
  const ind = readIndicators(o.tables, o.starts);
  model.indicators = ind.indicators;
  warnings.push(...ind.warnings);
  const first = ind.indicators.find((i) => i.year !== null);
  model.document.targetYear = first?.year ?? null;
  model.document.baselineYear = ind.indicators.find((i) => i.baseline)?.baseline?.year ?? null;

  // Targets.
  for (let k = 0; k < model.items.length; ++k) {
    const item = model.items[k];
    const {text} = bodies[k];
    findTargets(text.text).forEach((f, k) => {
      const t: Target = {
        id: `${item.id}-${k + 1}`,
        item: item.id,
        subject: f.subject,
        value: f.value,
        unit: f.unit,
        comparator: f.comparator,
        op: f.op,
        year: f.year ?? model.document.targetYear,
        yearStated: f.year !== null,
        raw: f.raw,
        source: text.span(f.start, f.end)
      };
      model.targets.push(t);
    });
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
