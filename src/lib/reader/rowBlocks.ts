/**
 * Task tables whose cells wrap over several lines. A table in a PDF or a web page copied as text keeps no grid: the
 * header's cells come one per line (序号 / 任务类型 / 重点内容 / 责任单位 / 参考文件), then each row starts with its
 * number on a line of its own and its cells follow, each wrapped over as many lines as the layout gave it, so that
 * a row's lines cannot be cut into cells by counting. This stage reads such rows by what their lines are:
 *
 * - a row runs from its number (1, 2, … on a line alone) to the line before the next number;
 * - the bodies' cell (责任单位 / 牵头单位 …) is the run of lines made only of names of bodies
 *   (`区建设管理委、区发展改革委、` / `区绿化市容局等相关部门,` / `各街镇`);
 * - the lines before it are the task (every column between the number and the bodies, joined: 任务类型 + 重点内容);
 * - the lines after it are the next column's (参考文件, 完成时限);
 * - a header repeated inside the table (a page break) is left out;
 * - a header word wrapped over two lines (牵头 / 部门) is one cell (joinSplitHeader).
 *
 * With two body columns (牵头单位, 配合单位) the first line of the run is the lead's and the rest the support's:
 * a lead cell is short, and the layout cannot tell more, but a line that ends with 、 runs on into the next.
 *
 * A category column before 序号 (任务类型 / 序号 / 工作任务 / 推进单位, an attachment's 重点任务清单): its cells are
 * merged down their rows, so they stand as lines of their own between the rows, after the bodies of the row above:
 *
 *     行动二:重塑美丽新居行动(…)      a heading that spans the table (an ordinal: 行动二, 一、, (一)): a heading row,
 *                                      its first cell
 *     旧区改造                         a category: a heading row nested under it (its second cell)
 *     4 / 全面完成…改造 / 区"两旧"专班、区房管局、…
 *     旧住房更新改造
 *     5 / 推进小梁薄板等…               no bodies' line: the bodies' cell is merged down from the row above (written
 *                                      in its first row only) — it is shared until a heading that spans the table
 *
 * A row's first line is always its task; the heading lines are the lines after its bodies (or after its task, when it
 * has none) that read as headings (short, no sentence ending, not a list of bodies).
 */
import {looksLikeBody, namesRunOn} from "./bodies.js";
import {readMarker} from "./numbering.js";
import {bodyColumn, joinSplitHeader} from "./taskTables.js";

export interface BlockRow {
  /** The row's cells as text (a wrapped cell's lines joined), aligned with the header. */
  cells: string[];
  /** For each cell, the indices of the lines it is made of. */
  lines: number[][];
  first: number;
  last: number;
}

export interface BlockTable {
  rows: BlockRow[];
  first: number;
  last: number;
}

/** A header's cell, read without the spaces a copy puts between its characters (工 作 任 务). */
const HEADER_CELL = /^(?:序号|编号|[\u4e00-\u9fff]{2,8})$/;
const isHeaderCell = (line: string) => HEADER_CELL.test(line.replace(/\s+/g, ""));
/** A bodies' column: any label of bodies (牵头单位, 牵头负责部门, 主办单位, 责任部门 …: taskTables.ts bodyColumn). */
const isBodyHeader = (cell: string) => bodyColumn(cell) !== null;
const TASK_HEADER = /任务|内容|措施|事项|举措|重点工作/;
const isTaskHeader = (cell: string) => TASK_HEADER.test(cell.replace(/\s+/g, ""));
const MAX_BLOCK = 40;
/** The attachments' next part (附件2, 附表3): no row of the table before it runs into it. */
const ATTACHMENT = /^附[件表]/;
/** A column that sorts the tasks, written before 序号 (任务类型, 任务分类, 类别). */
const CATEGORY_HEADER = /^(?:任务|工作|行动)?(?:分类|类型|类别|领域)$/;
/** A heading that spans the table: it opens with an ordinal (行动二:, 一、, (一), 第一). */
const SPANNING =
  /^(?:[\u4e00-\u9fff]{0,4}[一二三四五六七八九十]+[:、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+)/;

/** Whether a line between rows reads as a heading: short, with no sentence ending, and not a list of bodies. */
function isHeadingLine(line: string): boolean {
  return line.length <= 40 && !/[。;!?、,]$/.test(line) && !/^\d+$/.test(line) && !isBodyLine(line);
}

/**
 * Whether a line holds only names of bodies: 区水务局、区交通委、 or 区绿化市容局等相关部门, or 各街镇. A name may
 * carry its other names in brackets (区委组织部(区公务员局), 区委宣传部(区文明办、区政府新闻办)): the list is split
 * outside brackets and the bracket left out.
 */
export function isBodyLine(line: string): boolean {
  const names = line
    .replace(/[、,;]+$/, "")
    .replace(/\([^()]*\)(?=$|[、,;])/g, "")
    .split(/[、,;]/);
  // Each name read only until one is not a body: a task's line fails at its first piece. In a list of three or more
  // names, one name the body rules do not know (区"两旧"专班, a working group) is kept when every other is a body
  // and it is a short name (no digit, no sentence punctuation) of the same level as another (its first character,
  // 区, is another name's).
  let unknown = 0;
  for (const piece of names) {
    const n = piece.replace(/等(?:相关|有关)?(?:部门|单位)?$/, "").trim();
    if (n.length >= 2 && looksLikeBody(n)) continue;
    const sameLevel = names.some((o) => o !== piece && o.trim()[0] === n[0]);
    if (names.length < 3 || ++unknown > 1 || !sameLevel || !/^[\u4e00-\u9fff“”"()]{2,12}$/.test(n)) return false;
  }
  return names.length > 0;
}

/**
 * The wrapped-cell task tables of a text given as its trimmed lines; [] when there are none. Linear.
 *
 * `closed` flags (1) the lines that are each one cell closed by its border (cellLines.ts, closedCellLines: `序号 |`,
 * `| 序号 |`, `序号⇥`, given here without the border; an empty cell is an empty line so flagged). A row whose lines are
 * such cells is cut by its borders: its cells, in order, are the columns after 序号, a cell ending at the first closed
 * line (the lines before it are the same cell, wrapped), and the lines after its last cell are headings of the rows
 * below (or the header repeated at a page break). A row the borders do not cut into as many cells as the header has
 * columns after 序号 is read by what its lines are, as a bare table's.
 */
export function blockTables(lines: string[], closed?: Uint8Array): BlockTable[] {
  const filled: number[] = [];
  for (let i = 0; i < lines.length; ++i) if (lines[i]) filled.push(i);
  const tables: BlockTable[] = [];
  for (let k = 0; k < filled.length; ++k) {
    if (!/^(?:序号|编号)$/.test(lines[filled[k]])) continue;
    // A category column written before 序号 (任务类型): its cells are headings between the rows.
    const before = k > 0 && CATEGORY_HEADER.test(lines[filled[k - 1]]) ? 1 : 0;
    let end = k + 1;
    while (end < filled.length && end - k < 10 && isHeaderCell(lines[filled[end]]) && lines[filled[end]] !== "1") ++end;
    const headerLines = filled.slice(k - before, end).map((i) => lines[i]);
    // A header word a narrow column wrapped over two lines (牵头 / 部门) is one cell.
    const split = joinSplitHeader(headerLines);
    const header = split.cells;
    const body = header.findIndex(isBodyHeader);
    const seqAt = before;
    const task = header.findIndex((c, i) => i > seqAt && i < body && isTaskHeader(c));
    // Headings before the first row (行动一:…), in a table with a category column.
    const headings = (from: number, to: number) => filled.slice(from, to).filter((i) => isHeadingLine(lines[i]));
    // Headings before the first row: a category column's, or a section row that spans the table (推进实施…工程).
    let first = end;
    while (first < end + 3 && first < filled.length && isHeadingLine(lines[filled[first]])) ++first;
    if (body < 0 || task < 0 || lines[filled[first]] !== "1") continue;
    const headerText = headerLines.join("\n");
    const rows: BlockRow[] = [
      {
        cells: header,
        lines: split.lines.map((at) => at.map((n) => filled[k - before + n])),
        first: filled[k - before],
        last: filled[end - 1]
      }
    ];
    const width = header.length;
    const lastBody = header.findLastIndex(isBodyHeader);
    const afterCount = header.length - 1 - lastBody;
    /**
     * Heading rows for lines between rows: a spanning heading in the first cell, a category in the second; with no
     * category column every heading spans the table (a section row).
     */
    const pushHeadings = (at: number[]) => {
      for (const i of at) {
        const cells: number[][] = Array.from({length: width}, () => []);
        const spanning = !before || SPANNING.test(lines[i]);
        cells[spanning ? 0 : 1].push(i);
        rows.push({cells: cells.map((c) => c.map((x) => lines[x]).join("")), lines: cells, first: i, last: i});
        if (spanning) shared = null;
      }
    };
    let shared: number[][] | null = null;
    pushHeadings(headings(end, first));
    let j = first;
    let next = 1;
    let longest = 0;
    while (j < filled.length && lines[filled[j]] === String(next)) {
      // The row's lines: up to the next number, a repeated header, an attachment, or a chapter's heading.
      let e = j + 1;
      const limit = Math.min(filled.length, j + 1 + MAX_BLOCK);
      while (e < limit && lines[filled[e]] !== String(next + 1) && !ATTACHMENT.test(lines[filled[e]])) {
        // A chapter's heading ends the table; a heading inside a cell with borders (| 二、组织实施 |) is the table's.
        const m = closed?.[filled[e]] ? null : readMarker(lines[filled[e]]);
        if (m && (m.style === "cn" || m.style === "chapter")) break;
        ++e;
      }
      const isLast = e >= filled.length || lines[filled[e]] !== String(next + 1);
      // A row of cells closed by their borders: cut by them.
      const bordered =
        closed && !before && closed[filled[j]]
          ? borderedRow(lines, closed, filled[j] + 1, e < filled.length ? filled[e] : lines.length, width - 1)
          : null;
      if (bordered) {
        // The lines after the row's cells, before the next row: the header repeated at a page break, left out, and
        // headings of the rows below; when any is not a heading, the row is read as a bare table's.
        let after = filled.slice(j + 1, e).filter((i) => i > bordered.end);
        if (
          after.length >= headerLines.length &&
          after
            .slice(0, headerLines.length)
            .map((i) => lines[i])
            .join("\n") === headerText
        )
          after = after.slice(headerLines.length);
        if (isLast || after.every((i) => isHeadingLine(lines[i]))) {
          const cellLines: number[][] = [[filled[j]], ...bordered.groups];
          rows.push({
            cells: cellLines.map((c) => c.map((x) => lines[x]).join("")),
            lines: cellLines,
            first: filled[j],
            last: Math.max(filled[j], bordered.end)
          });
          shared = null;
          if (!isLast) pushHeadings(after);
          ++next;
          j = e;
          if (isLast) break;
          continue;
        }
      }
      let own = filled.slice(j + 1, e);
      // A header repeated at a page break (its first cell first: lines hold no line break, so a join of the same
      // number of lines is the header's only when each line is the header's cell).
      const repeat = own.findIndex(
        (_, n) =>
          lines[own[n]] === headerLines[0] &&
          own
            .slice(n, n + headerLines.length)
            .map((i) => lines[i])
            .join("\n") === headerText
      );
      if (repeat >= 0) own = [...own.slice(0, repeat), ...own.slice(repeat + headerLines.length)];
      // The last row ends where its lines stop looking like the table's: no longer than the longest row before.
      if (isLast && longest && own.length > longest + 2) own = own.slice(0, longest + 2);
      // The heading lines after the row's bodies (or after its task, when it has none) are the next rows': a
      // category column's cells, or a section row. With no category column, lines after the bodies that the columns
      // after them can hold are those columns' cells.
      let trailing: number[] = [];
      if (!isLast) {
        const bodyAt = own.findIndex((i) => isBodyLine(lines[i]));
        let bodyEnd = bodyAt;
        while (bodyAt >= 0 && bodyEnd < own.length && isBodyLine(lines[own[bodyEnd]])) ++bodyEnd;
        const floor = before ? 1 : bodyAt >= 0 ? bodyEnd + afterCount : 1;
        let cut = own.length;
        while (cut > floor && isHeadingLine(lines[own[cut - 1]])) --cut;
        trailing = own.slice(cut);
        own = own.slice(0, cut);
      }
      let row = blockRow(own, lines, width, task, body, header);
      if (!row && shared && own.length) {
        // The bodies' cell merged down from the row above.
        const cells: number[][] = Array.from({length: width}, () => []);
        cells[task] = own;
        shared.forEach((c, n) => (cells[n] = n === task || n === seqAt ? cells[n] : c));
        row = {cells: cells.map((c) => c.map((x) => lines[x]).join("")), lines: cells};
      }
      if (!row) break;
      shared = row.lines.map((c, n) => (n === task || n === seqAt ? [] : c));
      // Written out rather than spread: a spread followed by new keys takes V8's slow path (blockRow's two keys).
      rows.push({
        cells: row.cells,
        lines: row.lines,
        first: filled[j],
        last: own.length ? own[own.length - 1] : filled[j]
      });
      rows[rows.length - 1].cells[seqAt] = String(next);
      rows[rows.length - 1].lines[seqAt] = [filled[j]];
      pushHeadings(trailing);
      longest = Math.max(longest, own.length);
      ++next;
      j = e;
      if (isLast) break;
    }
    if (rows.length > 1) {
      tables.push({rows, first: rows[0].first, last: rows[rows.length - 1].last});
      while (k + 1 < filled.length && filled[k + 1] <= rows[rows.length - 1].last) ++k;
    }
  }
  return tables;
}

/**
 * The cells of a row whose lines are closed by their borders, from line `from` (after its number) to before `to`:
 * `count` cells, each the lines up to and including the next closed line (an empty closed line is an empty cell, no
 * line), and the last line they take; null when the lines before `to` close fewer cells.
 */
function borderedRow(
  lines: string[],
  closed: Uint8Array,
  from: number,
  to: number,
  count: number
): {groups: number[][]; end: number} | null {
  const groups: number[][] = [];
  let open: number[] = [];
  let end = from - 1;
  for (let i = from; i < to && groups.length < count; ++i) {
    if (lines[i]) open.push(i);
    else if (!closed[i]) continue;
    if (!closed[i]) continue;
    groups.push(open);
    open = [];
    end = i;
  }
  return groups.length === count ? {groups, end} : null;
}

/**
 * The run of a row's lines that holds its bodies, as [start, stop) in `own`; start -1 when no line names a body. A
 * line of names whose last name is cut at the line's end and runs on into the next (县商务局、县农业农 / 村局:
 * namesRunOn) is in the run, never the task's; the task keeps the row's first line.
 */
function bodyRun(own: number[], lines: string[]): [number, number] {
  const runsOn = (k: number) => k + 1 < own.length && namesRunOn(lines[own[k]], lines[own[k + 1]]);
  let start = own.findIndex((i, k) => isBodyLine(lines[i]) || (k > 0 && runsOn(k)));
  if (start < 0) return [-1, -1];
  while (start > 1 && runsOn(start - 1)) --start;
  let stop = start;
  while (stop < own.length && (isBodyLine(lines[own[stop]]) || runsOn(stop) || (stop > start && runsOn(stop - 1))))
    ++stop;
  return [start, stop];
}

/** Cuts a row's lines into the header's cells by what they are; null when no line names a body. */
function blockRow(
  own: number[],
  lines: string[],
  width: number,
  task: number,
  body: number,
  header: string[]
): Omit<BlockRow, "first" | "last"> | null {
  const [start, stop] = bodyRun(own, lines);
  if (start < 0) return null;
  const cells: number[][] = Array.from({length: width}, () => []);
  cells[task] = own.slice(0, start);
  const second = header.findIndex((c, i) => i > body && isBodyHeader(c));
  if (second >= 0 && stop - start > 1) {
    // The lead's cell is its first line, and the lines it runs on into: a line that ends with 、 is continued, and
    // so is one whose last name is cut at its end (namesRunOn).
    let lead = start + 1;
    while (
      lead < stop &&
      (/[、,]\s*$/.test(lines[own[lead - 1]]) || namesRunOn(lines[own[lead - 1]], lines[own[lead]]))
    )
      ++lead;
    cells[body] = own.slice(start, lead);
    cells[second] = own.slice(lead, stop);
  } else cells[body] = own.slice(start, stop);
  const after = header.findIndex((c, i) => i > Math.max(body, second) && !isBodyHeader(c));
  if (after >= 0) cells[after] = own.slice(stop);
  return {cells: cells.map((c) => c.map((i) => lines[i]).join("")), lines: cells};
}
