/**
 * Task tables flattened one cell per line under a header that names every column. A web page's 任务分解表 copied as
 * text keeps no grid: its header's cells come one a line (序号 / 重点工作任务 / 主要责任单位 / 协同配合单位), then
 * section rows that span the table (一、2025年经济社会发展的主要预期目标), some with no row under them, and rows of as
 * many cells as the header has, each cell a line of its own: the row's number (3, 68, 69: a page that publishes a
 * body's share of a larger table keeps that table's numbers), the task, the lead, the supporting bodies.
 *
 * The header's width N is what cuts the rows: a row is its number and the N − 1 lines after it. A line where a row
 * would begin that is no number but opens with an outline marker (一、, (一), 第一) does not fit a row's first cell:
 * it is a section row, a group over the rows after it, not an item. A row's first cell after its number is its task,
 * whatever it opens with ((一)加快…, 1.推进…). Row numbers rise but need not follow each other.
 * A row cut short (the next number, or a section row, comes before its N − 1 cells: a cell missing) keeps the cells it
 * has, and is said (`misfits`, a `table-row` warning naming its line). A row with more lines than cells before the
 * next row, or a cell that runs on into the next line (a list cut after 、: a cell wrapped over
 * lines) is not this layout: the table is left to rowBlocks.ts, which reads wrapped
 * cells by what their lines are. The table ends after the last row's N − 1 cells; section rows after the last row
 * are not the table's.
 *
 * The header must be 序号 (or 编号) first, then only cells that name a task table's column (taskTables.ts
 * headerColumn: 重点工作任务, 内容, 主要责任单位, 协同配合单位, 完成时限 …; 备注; a year's work, 2024年工作任务,
 * 2025年工作计划), a task's and a body's among them; a header word wrapped over two lines (牵头 / 部门) is one cell
 * (joinSplitHeader). Blank lines are skipped.
 *
 * Where the task's column is second and the bodies' columns follow it (序号 / 内容 / 牵头部门 / 配合部门 / 2024年工作任务
 * / 2025年工作计划 / 备注, a commission's 任务分解表), each row is first read by what its lines are (rowByKinds), whatever
 * its count of lines: a row opening with a bodies' line has the task cell of the row above, merged down (never over a
 * section row); the run of bodies' lines (names, a generic group such as 委内各相关处室, or — for none) fills the
 * bodies' columns a line each, the last taking the further names written one a line; the lines after it fill the
 * other columns in order, numbered lines that follow on (1. 2. 3.) one cell. A row that does not read so is cut by the
 * header's width as above. A line numbered in Arabic digits or ending as a sentence is never a section row.
 */
import {isGenericBody} from "./bodies.js";
import {readMarker} from "./numbering.js";
import {type BlockRow, type BlockTable, isBodyLine} from "./rowBlocks.js";
import {bodyColumn, headerColumn, isYearHeader, joinSplitHeader, taskColumns} from "./taskTables.js";

export interface HeadedCellTable extends BlockTable {
  /** Rows cut short (a cell missing): the row's first line (0-based) and what is wrong. */
  misfits: {line: number; message: string}[];
}

const SEQ_HEADER = /^(?:序号|编号)$/;
const ROW_NUMBER = /^\d{1,3}$/;
const OTHER_HEADER = /^备注$/;

/**
 * Whether a cell's line runs on into the next line: it ends with 、, a comma or a semicolon (a list cut there). Names
 * written one a line (区教育局 / 区财政局) are the cells of a row cut by its width, not one cell.
 */
function runsOn(line: string): boolean {
  return /[、,，;；]$/.test(line);
}

/**
 * A section row's line: an outline marker (一、, (一), 第一章) opening a heading, not a row's number. A line numbered
 * in Arabic digits (1.继续完善…, 2.编制…) or ending as a sentence (…规划编制。) is a line of a cell, never a section row.
 */
function isSectionLine(line: string): boolean {
  if (ROW_NUMBER.test(line) || line.length > 60 || /[。;；]$/.test(line)) return false;
  const m = readMarker(line);
  return m !== null && m.style !== "arabic";
}

/** A bodies' cell's line: names of bodies (综合规划处, 区教育局、区财政局), a generic group (委内各相关处室), or — (none). */
function isBodiesCell(line: string): boolean {
  return /^[—–\-/、]+$/.test(line) || isBodyLine(line) || isGenericBody(line);
}

/** The number of a line opening with an Arabic marker (1.继续…, 2、编制…), or null. */
function listNumber(line: string): number | null {
  const m = /^(\d{1,2})[.、．]/.exec(line);
  return m ? +m[1] : null;
}

/**
 * A row's cells read by what its lines are, for a row whose lines are not the header's width (module note: merged
 * task cells, several names one a line, a cell's own numbered lines). `own` are the row's lines after its number;
 * `task` the task's column, `bodies` the bodies' columns (consecutive, right after the task's), `rest` the columns
 * after them; `merged` the task cell's lines of the row above (null when there is none to merge down). Returns the
 * lines of each column (the row's number's excluded), or null when the lines do not read so: a cell missing from a
 * bodies' column, two text lines before the bodies (a wrapped task), more cells after the bodies than columns.
 */
function rowByKinds(
  own: number[],
  lines: string[],
  width: number,
  task: number,
  bodies: number[],
  rest: number[],
  merged: number[] | null
): number[][] | null {
  const cells: number[][] = Array.from({length: width}, () => []);
  let i = 0;
  if (own.length && isBodiesCell(lines[own[0]])) {
    if (!merged) return null;
    cells[task] = merged;
  } else cells[task] = own.slice(i, ++i);
  const start = i;
  while (i < own.length && isBodiesCell(lines[own[i]])) ++i;
  if (i - start < bodies.length) return null;
  // One line a bodies' column; the last (配合部门) takes the further names, written one a line.
  bodies.forEach((column, n) => (cells[column] = own.slice(start + n, n + 1 < bodies.length ? start + n + 1 : i)));
  // The lines after the bodies: a cell a line, but numbered lines that follow on (1. 2. 3.) are one cell.
  const groups: number[][] = [];
  for (; i < own.length; ++i) {
    const k = listNumber(lines[own[i]]);
    const last = groups[groups.length - 1];
    if (k !== null && k > 1 && last && listNumber(lines[last[last.length - 1]]) === k - 1) last.push(own[i]);
    else groups.push([own[i]]);
  }
  if (groups.length > rest.length) return null;
  groups.forEach((g, n) => (cells[rest[n]] = g));
  return cells;
}

/**
 * The task tables of a text given as its trimmed lines whose rows are cut by their header's width (see the module's
 * note); [] when there are none. Each table's rows: the header, then section rows (one filled cell, the first) and
 * task rows of the header's width (a missing cell ""). Linear in the number of lines.
 */
export function headedCellTables(lines: string[]): HeadedCellTable[] {
  const filled: number[] = [];
  for (let i = 0; i < lines.length; ++i) if (lines[i]) filled.push(i);
  const tables: HeadedCellTable[] = [];
  for (let k = 0; k < filled.length; ++k) {
    if (!SEQ_HEADER.test(lines[filled[k]])) continue;
    let end = k + 1;
    while (
      end < filled.length &&
      end - k < 12 &&
      !ROW_NUMBER.test(lines[filled[end]]) &&
      !isSectionLine(lines[filled[end]])
    )
      ++end;
    const split = joinSplitHeader(filled.slice(k, end).map((i) => lines[i]));
    const header = split.cells;
    if (
      header.length < 3 ||
      !header.every((c, n) => (n ? headerColumn(c) : "seq") || OTHER_HEADER.test(c) || isYearHeader(c))
    )
      continue;
    const columns = taskColumns(header);
    if (!columns || columns.seq !== 0) continue;
    const width = header.length;
    // For rows read by their lines' kinds: the task's column, the bodies' columns right after it, the rest after them.
    const task = columns.task!;
    const bodies: number[] = [];
    while (task + 1 + bodies.length < width && bodyColumn(header[task + 1 + bodies.length]))
      bodies.push(task + 1 + bodies.length);
    const rest = header.map((_, n) => n).filter((n) => n > task + bodies.length);
    const kinds = task === 1 && bodies.length > 0;
    // The task cell's lines of the last row, merged down over the rows after it until a section row.
    let merged: number[] | null = null;
    const rows: BlockRow[] = [
      {
        cells: header,
        lines: split.lines.map((at) => at.map((n) => filled[k + n])),
        first: filled[k],
        last: filled[end - 1]
      }
    ];
    const misfits: HeadedCellTable["misfits"] = [];
    let j = end;
    let previous = 0;
    let tasks = 0;
    let wrapped = false;
    // Section rows read since the last task row: the table's only when a row follows them.
    let pending: BlockRow[] = [];
    // A task row read: the section rows before it are the table's, its task cell is merged down from here on.
    const addRow = (cellLines: number[][], last: number, number: number) => {
      rows.push(...pending);
      pending = [];
      rows.push({
        cells: cellLines.map((c) => c.map((x) => lines[x]).join("")),
        lines: cellLines,
        first: cellLines[0][0],
        last
      });
      merged = cellLines[task];
      ++tasks;
      previous = number;
    };
    while (j < filled.length) {
      const line = lines[filled[j]];
      if (isSectionLine(line)) {
        const cells = header.map((_, n) => (n ? "" : line));
        pending.push({cells, lines: header.map((_, n) => (n ? [] : [filled[j]])), first: filled[j], last: filled[j]});
        ++j;
        continue;
      }
      if (!ROW_NUMBER.test(line) || +line <= previous) break;
      const at = filled[j];
      // The row's lines: up to the next row's number (a rising one), or the end of the text.
      let e = j + 1;
      while (e < filled.length && !(ROW_NUMBER.test(lines[filled[e]]) && +lines[filled[e]] > +line)) ++e;
      const rowFollows = e < filled.length;
      let own = filled.slice(j + 1, e);
      // The row's first line is always its task; a later line that opens with a marker is a section row. Before
      // another row, the section rows are the row's last lines; in the last row, the table ends at the first.
      if (rowFollows) {
        let cut = own.length;
        while (cut > 1 && isSectionLine(lines[own[cut - 1]])) --cut;
        // More lines than cells before another row: a cell wrapped over lines, not this layout, unless the lines
        // read as cells by their kinds (rowByKinds).
        if (cut > width - 1 && !(kinds && rowByKinds(own.slice(0, cut), lines, width, task, bodies, rest, merged))) {
          wrapped = true;
          break;
        }
        j = j + 1 + cut;
        own = own.slice(0, cut);
      } else {
        const section = own.findIndex((i, n) => n > 0 && isSectionLine(lines[i]));
        own = own.slice(0, Math.min(width - 1, section > 0 ? section : own.length));
      }
      const isLast = !rowFollows;
      // A row whose lines read as cells by their kinds (merged task, names one a line, a cell's numbered lines): so
      // read, whatever its count of lines; else cut by the header's width.
      const byKinds: number[][] | null =
        kinds && (!isLast || own.length <= width - 1)
          ? rowByKinds(own, lines, width, task, bodies, rest, pending.length ? null : merged)
          : null;
      if (byKinds) {
        addRow([[at], ...byKinds.slice(1)], own.length ? own[own.length - 1] : at, +line);
        if (isLast) break;
        continue;
      }
      const taken = own.slice(0, width - 1);
      // A cell that runs on into the next line (a list cut after 、) is
      // wrapped: not this layout.
      if (taken.some((i, n) => n + 1 < taken.length && runsOn(lines[i]))) {
        wrapped = true;
        break;
      }
      if (taken.length < width - 1)
        misfits.push({
          line: at,
          message: `row ${line} has ${taken.length + 1} of the header's ${width} cells (${header.join(" / ")}): a cell is missing; the cells read are kept in the columns' order, the last columns left empty`
        });
      const cellLines = [[at], ...header.slice(1).map((_, n) => (n < taken.length ? [taken[n]] : []))];
      addRow(cellLines, taken.length ? taken[taken.length - 1] : at, +line);
      if (isLast) break;
    }
    if (wrapped || !tasks) continue;
    tables.push({rows, first: rows[0].first, last: rows[rows.length - 1].last, misfits});
    while (k + 1 < filled.length && filled[k + 1] <= rows[rows.length - 1].last) ++k;
  }
  return tables;
}
