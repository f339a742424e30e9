/**
 * The outline of a plan: the header lines before the body, chapters (一、), numbered tasks ((一)), boxed
 * columns (专栏N) and table rows. A structural line starts a block; every other line continues the open block,
 * so a paragraph hard-wrapped over many lines (a PDF copy) reads the same as one line.
 */
import {chineseNumeral, NUMERAL_CLASS} from "../numerals.js";
import {Joined, lineStarts} from "./spans.js";

export type BlockKind = "chapter" | "task" | "column";

export interface Block {
  kind: BlockKind;
  /** The number: 3 for 三、 or (三) or 专栏3. */
  number: number;
  /** The numbering as written: 三 or 3. */
  numeral: string;
  /** Chapter and column headings; empty for tasks. */
  title: string;
  line: number;
  start: number;
  /** Where the heading (numbering and title) ends: a chapter's or column's source span is [start, headEnd). */
  headEnd: number;
  /** The text after the numbering (and after the heading of a column), all its lines joined. */
  body: Joined;
  /** The seq of the chapter the block stands in. */
  chapter: number | null;
}

export interface TableRow {
  cells: string[];
  line: number;
  start: number;
  end: number;
}

export interface Table {
  rows: TableRow[];
  /** Lines starting with 注: after the table. */
  notes: {text: string; line: number}[];
  /** The column the table stands in, if any. */
  column: number | null;
}

export interface HeaderLine {
  text: string;
  line: number;
  start: number;
}

export interface Outline {
  starts: number[];
  /** Non-empty lines before the first chapter, task or column. */
  header: HeaderLine[];
  /** The same lines joined, as a block's body is. */
  preamble: Joined;
  blocks: Block[];
  tables: Table[];
}

const CHAPTER = new RegExp(`^(${NUMERAL_CLASS}{1,4})、\\s*(.*)$`);
const TASK = new RegExp(`^\\((${NUMERAL_CLASS}{1,4})\\)\\s*`);
const COLUMN = new RegExp(`^专栏\\s*(\\d{1,3}|${NUMERAL_CLASS}{1,4})\\s*[:.、]?\\s*`);
const NOTE = /^注\s*\d*\s*[:.]/;

/** The cells of a table row written with | or tabs; null when the line is not a table row (fewer than 3 cells). */
export function tableCells(line: string): string[] | null {
  const sep = line.includes("|") ? "|" : line.includes("\t") ? "\t" : null;
  if (sep === null) return null;
  const cells = line.split(sep).map((c) => c.trim());
  if (sep === "|" && cells[0] === "") cells.shift();
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells.length >= 3 && cells.filter(Boolean).length >= 2 ? cells : null;
}

/** Whether a line is a chapter heading: 二、增强质量发展动能,推动重点产业质量提升 (short, no full stop). */
function chapterHeading(text: string): {numeral: string; title: string} | null {
  const m = CHAPTER.exec(text);
  if (!m || chineseNumeral(m[1]) === null) return null;
  const title = m[2].replace(/[\s|]+$/, "");
  if (title.length === 0 || title.length > 40 || /[。;]/.test(title)) return null;
  return {numeral: m[1], title};
}

export function outline(text: string): Outline {
  const starts = lineStarts(text);
  const header: HeaderLine[] = [];
  const blocks: Block[] = [];
  const tables: Table[] = [];
  let block: Block | null = null;
  let table: Table | null = null;
  let chapter: number | null = null;
  let column: number | null = null;

  const preamble = new Joined(starts);
  const open = (kind: BlockKind, numeral: string, title: string, line: number, start: number, headEnd: number) => {
    const number = /^\d+$/.test(numeral) ? +numeral : (chineseNumeral(numeral) ?? 0);
    if (kind === "chapter") chapter = number;
    column = kind === "column" ? number : null;
    block = {kind, number, numeral, title, line, start, headEnd, body: new Joined(starts), chapter};
    blocks.push(block);
    table = null;
  };

  for (let i = 0; i < starts.length; ++i) {
    const lineStart = starts[i];
    const lineEnd = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const raw = text.slice(lineStart, lineEnd);
    const indent = raw.length - raw.trimStart().length;
    const t = raw.trim();
    const at = lineStart + indent;
    const line = i + 1;
    if (t === "") continue;

    let m: RegExpExecArray | null;
    const heading = chapterHeading(t);
    if ((m = COLUMN.exec(t))) {
      let rest = t.slice(m[0].length);
      const dash = rest.indexOf("——");
      const title = (dash >= 0 ? rest.slice(0, dash) : rest).replace(/[\s|]+$/, "");
      open("column", m[1], title, line, at, at + m[0].length + title.length);
      if (dash >= 0) block!.body.append(rest.slice(dash), at + m[0].length + dash);
      continue;
    }
    if (heading) {
      open("chapter", heading.numeral, heading.title, line, at, at + t.replace(/[\s|]+$/, "").length);
      continue;
    }
    if ((m = TASK.exec(t)) && chineseNumeral(m[1]) !== null) {
      open("task", m[1], "", line, at, at + m[0].trimEnd().length);
      block!.body.append(t.slice(m[0].length), at + m[0].length);
      continue;
    }
    const cells = tableCells(t);
    if (cells) {
      if (!table) tables.push((table = {rows: [], notes: [], column}));
      table.rows.push({cells, line, start: at, end: at + t.length});
      continue;
    }
    if (NOTE.test(t) && table) {
      table.notes.push({text: t, line});
      continue;
    }
    if (!block) {
      header.push({text: t, line, start: at});
      preamble.append(t, at);
      continue;
    }
    const b: Block = block;
    // Joining hard-wrapped lines: no separator, as Chinese has no spaces between words.
    b.body.append(t, at);
  }
  return {starts, header, preamble, blocks, tables};
}
