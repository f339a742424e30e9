/**
 * Task lists (任务清单) written one cell per line, with each task's number in its own cell. An attachment copied
 * from a web page or a PDF keeps no grid: the header's cells come one a line, a narrow column's header wrapped over
 * two lines (牵头 / 部门, 配合 / 部门, 实施 / 主体), then the rows:
 *
 *     (一) / 提升交通设施环境品质          a heading of the first column (任务分类), merged down its rows
 *     1、改善城市道路环境                   a heading of the second column (主要方向)
 *     (1)建设精品道路300条。                the task cell: a row starts here
 *     建设精品道路100条。 …                 the cells between the task and the bodies (2024年工作项目 …)
 *     设施养护处 / 各相关部门和单位 / …     the bodies' cells (牵头部门, 配合部门, 实施主体)
 *
 * How the lines are read:
 * - the header: at least three short lines with no sentence punctuation that name a task column and a bodies'
 *   column (taskColumns), and no 序号 column (those tables are rowBlocks.ts's), followed by a numbered line;
 * - a numbered line followed by another numbered line is a heading of the columns before the task (each form of
 *   numbering its column, in the order the forms first appear; a marker alone on its line takes the next line as
 *   its text); a numbered line followed by lines that are not numbered starts a row, and its form is the tasks'
 *   form from then on;
 * - a row's lines after its task cell: the last lines that look like names (a list of bodies, or a short name with
 *   no digit and no punctuation: 设施养护处) are the bodies' cells, not reaching into the cells before them unless
 *   they are bodies by their form; the lines before are the other cells, one a line; lines after the bodies go to
 *   the columns after them (完成时限);
 * - the bodies' lines fill the bodies' columns: a line ending with 、 runs on into the next; with more lines than
 *   columns, the later columns take one line each and the first (the lead's) the rest (设施运行处 / 设施养护处, two
 *   leads); with fewer, they fill the columns in order;
 * - a row with no bodies' lines shares the bodies of the row above it, in the same heading: a cell merged down
 *   (rowspan) is written once, in its first row;
 * - the table ends at a line that is not numbered where a row should start, at 附件, or at a form of numbering that
 *   was not a heading's before the first task.
 */
import {type Marker, type NumberingStyle, readMarker} from "./numbering.js";
import {type BlockRow, type BlockTable, isBodyLine} from "./rowBlocks.js";
import {joinSplitHeader, taskColumns} from "./taskTables.js";

/** A header cell: short, with no sentence punctuation and no numbering (重点任务(2024-2026), 2025年计划, 牵头). */
const HEADER_LINE = /^[\u4e00-\u9fff\d()\-—–~]{1,16}$/;
/** A table's caption (某市…工作任务清单, …分解表): a title above the header, not one of its cells. */
const CAPTION = /(?:清单|表|台账)$/;
/** A name in a bodies' cell that the body rules may not know (设施养护处, 申通集团): short, no digit, no punctuation. */
const NAME_SHAPE = /^[\u4e00-\u9fff()]{2,20}$/;
const ATTACHMENT = /^附件/;
const MAX_HEADER = 24;

/** The marker opening a line, or the marker that is the whole line ((一) alone: its cell's text is on the next). */
function markerOf(line: string): Marker | null {
  const m = readMarker(line);
  if (m || line.length > 8) return m;
  const bare = readMarker(line + "文");
  return bare && bare.length === line.length ? bare : null;
}

/** The task lists of a text given as its trimmed lines; [] when there are none. Linear in the number of lines. */
export function taskListTables(lines: string[]): BlockTable[] {
  const filled: number[] = [];
  for (let i = 0; i < lines.length; ++i) if (lines[i]) filled.push(i);
  const isHeaderLine = (i: number) => HEADER_LINE.test(lines[i]) && !CAPTION.test(lines[i]) && !markerOf(lines[i]);
  const tables: BlockTable[] = [];
  let k = 0;
  while (k < filled.length) {
    if (!isHeaderLine(filled[k])) {
      ++k;
      continue;
    }
    let end = k;
    while (end < filled.length && end - k < MAX_HEADER && isHeaderLine(filled[end])) ++end;
    const table = end < filled.length && markerOf(lines[filled[end]]) ? readTable(lines, filled, k, end) : null;
    if (table) {
      tables.push(table.table);
      k = table.next;
    } else k = end;
  }
  return tables;
}

function readTable(
  lines: string[],
  filled: number[],
  k: number,
  end: number
): {table: BlockTable; next: number} | null {
  const headerAt = filled.slice(k, end);
  const split = joinSplitHeader(headerAt.map((i) => lines[i]));
  const columns = taskColumns(split.cells);
  if (!columns || columns.seq !== undefined || split.cells.length < 3) return null;
  const width = split.cells.length;
  const task = columns.task!;
  const bodyCols = [columns.lead, columns.support, columns.responsible]
    .filter((c): c is number => c !== undefined && c > task)
    .sort((a, b) => a - b);
  if (!bodyCols.length) return null;
  const planCols = range(task + 1, bodyCols[0]).filter((c) => !bodyCols.includes(c));
  const afterCols = range(bodyCols[bodyCols.length - 1] + 1, width).filter((c) => !bodyCols.includes(c));
  const rowWidth = width - task - 1;
  const header: BlockRow = {
    cells: split.cells,
    lines: split.lines.map((at) => at.map((n) => headerAt[n])),
    first: headerAt[0],
    last: headerAt[headerAt.length - 1]
  };
  const rows: BlockRow[] = [header];
  // A header repeated at a page break: the header's lines again, in order, among a row's lines.
  const headerTexts = headerAt.map((i) => lines[i]);
  const repeatAt = (own: number[]) =>
    own.findIndex(
      (_, n) => n + headerTexts.length <= own.length && headerTexts.every((t, x) => lines[own[n + x]] === t)
    );
  const headingColumn = new Map<NumberingStyle, number>();
  const headingRows = new Map<BlockRow, NumberingStyle>();
  let taskStyle: NumberingStyle | null = null;
  let shared: number[][] | null = null;
  let longest = 0;
  let tasks = 0;
  let j = end;
  const blank = () => Array.from({length: width}, (): number[] => []);
  while (j < filled.length) {
    const i = filled[j];
    const marker = ATTACHMENT.test(lines[i]) ? null : markerOf(lines[i]);
    if (!marker) break;
    const cell = [i];
    let next = j + 1;
    const bare = lines[i].length === marker.length;
    if (bare && next < filled.length && !markerOf(lines[filled[next]])) cell.push(filled[next++]);
    let e = next;
    while (e < filled.length && e - next < 3 * rowWidth + 4 + headerTexts.length) {
      const t = lines[filled[e]];
      if (ATTACHMENT.test(t) || markerOf(t)) break;
      ++e;
    }
    let own = filled.slice(next, e);
    // A header repeated at a page break among the row's lines is no cell: left out, the table goes on (the row, or a
    // heading, that ends at it runs over it).
    const repeat = repeatAt(own);
    const repeated = repeat >= 0 ? own.slice(repeat, repeat + headerTexts.length) : [];
    if (repeat >= 0) own = [...own.slice(0, repeat), ...own.slice(repeat + headerTexts.length)];
    const lastOf = (kept: number[]) => {
      const last = kept.length ? kept[kept.length - 1] : cell[cell.length - 1];
      return repeated.length && last < repeated[0] && positionOf(filled, repeated[0]) === positionOf(filled, last) + 1
        ? repeated[repeated.length - 1]
        : last;
    };
    const isTask = taskStyle ? marker.style === taskStyle : own.length > 0;
    if (!isTask) {
      // A heading: its form's column, in the order the forms first appear; a new form after the tasks began, or a
      // heading with lines of its own, is no part of the table.
      if (own.length || (taskStyle && !headingColumn.has(marker.style))) break;
      if (!headingColumn.has(marker.style)) headingColumn.set(marker.style, headingColumn.size);
      // Its column is set below, when the number of heading forms is known.
      const at = blank();
      at[0] = cell;
      const heading = row(at, lines, cell[0], lastOf([]));
      headingRows.set(heading, marker.style);
      rows.push(heading);
      shared = null;
      j = positionOf(filled, heading.last) + 1;
      continue;
    }
    taskStyle ??= marker.style;
    const last = e >= filled.length || !markerOf(lines[filled[e]]) || ATTACHMENT.test(lines[filled[e]]);
    // The last row ends where its lines stop looking like the table's: no longer than the longest row before.
    if (last && own.length > Math.max(longest, rowWidth) + 1) own = own.slice(0, Math.max(longest, rowWidth) + 1);
    const at = blank();
    at[task] = cell;
    const bodies = cutRow(own, lines, at, planCols, bodyCols, afterCols, task);
    if (!bodies && shared) bodyCols.forEach((c, n) => (at[c] = shared![n]));
    else if (bodies) shared = bodyCols.map((c) => at[c]);
    const taskRow = row(at, lines, i, lastOf(own));
    rows.push(taskRow);
    longest = Math.max(longest, own.length);
    ++tasks;
    j = positionOf(filled, taskRow.last) + 1;
    if (last) break;
  }
  // Trailing headings with no task after them are not the table's.
  while (rows.length > 1 && !rows[rows.length - 1].lines[task].length) rows.pop();
  if (tasks < 2 || !rows.some((r, n) => n > 0 && bodyCols.some((c) => r.lines[c].length))) return null;
  // The columns before the task are the headings' (one a form of numbering): header lines before them are the
  // table's title (某市…任务清单), not cells.
  const drop = Math.max(0, task - headingColumn.size);
  for (const [r, style] of headingRows) {
    const at = blank();
    at[Math.min(drop + headingColumn.get(style)!, Math.max(0, task - 1))] = r.lines[0];
    Object.assign(r, row(at, lines, r.first, r.last));
  }
  for (const r of rows) {
    r.cells = r.cells.slice(drop);
    r.lines = r.lines.slice(drop);
  }
  header.first = header.lines[0][0];
  const lastRow = rows[rows.length - 1];
  const next = filled.findIndex((i) => i > lastRow.last);
  return {table: {rows, first: header.first, last: lastRow.last}, next: next < 0 ? filled.length : next};
}

/**
 * Fills a row's cells from its lines after the task cell (see the file's comment); true when it found bodies'
 * lines. `at` holds each column's line indices.
 */
function cutRow(
  own: number[],
  lines: string[],
  at: number[][],
  planCols: number[],
  bodyCols: number[],
  afterCols: number[],
  task: number
): boolean {
  const strong = (x: number) => isBodyLine(lines[x]);
  const named = (x: number) => strong(x) || NAME_SHAPE.test(lines[x]);
  const n = own.length;
  // Lines after the bodies: the columns after them, when the table has such columns.
  let stop = n;
  while (n - stop < afterCols.length && stop > 0 && !named(own[stop - 1])) --stop;
  let start = stop;
  while (start > 0 && named(own[start - 1]) && (start - 1 >= Math.min(planCols.length, n) || strong(own[start - 1])))
    --start;
  // The cells before the bodies, one a line; with no such column, the task's cell runs on.
  const before = own.slice(0, start);
  if (!planCols.length) at[task].push(...before);
  else before.forEach((x, m) => at[planCols[Math.min(m, planCols.length - 1)]].push(x));
  own.slice(stop).forEach((x, m) => at[afterCols[Math.min(m, afterCols.length - 1)]].push(x));
  // The bodies' lines as cells: a line ending with 、 or , runs on into the next.
  const pieces: number[][] = [];
  for (const x of own.slice(start, stop)) {
    const previous = pieces[pieces.length - 1];
    if (previous && /[、,]$/.test(lines[previous[previous.length - 1]])) previous.push(x);
    else pieces.push([x]);
  }
  if (!pieces.length) return false;
  const extra = Math.max(0, pieces.length - bodyCols.length);
  at[bodyCols[0]].push(...pieces.slice(0, extra + 1).flat());
  pieces.slice(extra + 1).forEach((p, m) => at[bodyCols[m + 1]].push(...p));
  return true;
}

function row(at: number[][], lines: string[], first: number, last: number): BlockRow {
  return {cells: at.map((c) => c.map((i) => lines[i]).join("")), lines: at, first, last};
}

/** The position of line `i` in the sorted list `filled` (binary search: the table is read in linear time). */
function positionOf(filled: number[], i: number): number {
  let [lo, hi] = [0, filled.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (filled[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function range(from: number, to: number): number[] {
  return Array.from({length: Math.max(0, to - from)}, (_, n) => from + n);
}
