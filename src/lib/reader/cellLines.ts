/**
 * Tables written one cell per line. A web page copied as text, or a PDF's text layer, loses a table's grid: the
 * indicator table of a plan comes as 序号 / 指标名称 / 单位 / 2020年 / 2025年 / 属性, each on a line of its own, then
 * each row's cells on as many lines, with the category rows (经济发展) on one line between them. This stage finds
 * such runs so that the outline reads them as table rows, as it reads rows written with | or tabs.
 *
 * A run is a table when it starts with at least three header cells, one naming 指标 and one a target (目标 or a
 * year), and at least one row follows whose cells fit: the serial number expected next when the header has 序号,
 * short cells, and a target cell with a digit or a dash. The table ends at the first group of lines that does not
 * fit. Blank lines between cells are skipped.
 *
 * A header cell split over two lines (“十五五” / 目标值) is one cell (“十五五”目标值). A table whose cells merged
 * down the left columns (类别, 一级指标) lost those cells on the rows below the first: when the header has 序号 and
 * 属性, each row is read from its serial number to its 属性 cell (约束性 / 预期性), the cells between them set against the
 * columns that end at 属性 (a missing cell is a merged one, left empty), then as many cells as the header has after
 * 属性; where the header's lines follow each other with no blank line, a blank line among those cells is an empty
 * cell. The line before the serial number is then the row's 类别.
 */

export interface CellLineRow {
  cells: string[];
  /** Index (0-based) of the row's first and last line. */
  first: number;
  last: number;
}

export interface CellLineTable {
  /** The header first, then the rows; a category row has one cell. */
  rows: CellLineRow[];
  first: number;
  last: number;
}

const HEADER_WORD =
  /序号|编号|类别|领域|指标|单位|属性|性质|备注|基期|基准|现状|目标|完成值|(?:19|20)\d{2}|十[一二三四五六七八九]?五/;
/** A period or year label alone (“十四五”, 2020年) and the value label after it on the next line (完成值, 目标值). */
const PERIOD_LABEL = /^[“"]?(?:十[一二三四五六七八九]?五|(?:19|20)\d{2}年?)[”"]?$/;
const VALUE_LABEL = /^[^\d“"]{0,4}值$/;
const ATTRIBUTE_CELL = /^(?:约束|预期)性?$/;
const PUNCTUATION = /[,。;:、,;:!?()]/;
const SEQ = /^\d{1,3}$/;
const DIGIT_OR_DASH = /[\d—\-–]/;

function isHeaderCell(line: string): boolean {
  // A caption (主要指标表) is not a column.
  return line.length <= 12 && HEADER_WORD.test(line) && !PUNCTUATION.test(line) && !line.endsWith("表");
}

/**
 * The one-cell-per-line tables of a text given as its trimmed lines, in order; [] when there are none. Linear in
 * the number of lines.
 */
export function cellLineTables(lines: string[]): CellLineTable[] {
  const filled: number[] = [];
  for (let i = 0; i < lines.length; ++i) if (lines[i]) filled.push(i);
  const tables: CellLineTable[] = [];
  let k = 0;
  while (k < filled.length) {
    let end = k;
    while (end < filled.length && isHeaderCell(lines[filled[end]])) ++end;
    // Fewer than three header cells (nearly every line): no table, and no arrays made to say so (joining labels
    // below only makes fewer cells).
    if (end - k < 3) {
      k = Math.max(end, k + 1);
      continue;
    }
    const header: string[] = [];
    for (let h = k; h < end; ++h) {
      const c = lines[filled[h]];
      if (header.length && PERIOD_LABEL.test(header[header.length - 1]) && VALUE_LABEL.test(c))
        header[header.length - 1] += c;
      else header.push(c);
    }
    const target = header.findIndex((c) => /目标|(?:19|20)\d{2}|十[一二三四五六七八九]?五/.test(c));
    if (header.length < 3 || !header.some((c) => c.includes("指标")) || target < 0) {
      k = Math.max(end, k + 1);
      continue;
    }
    const width = header.length;
    const seq = /序号|编号/.test(header[0]);
    const rows: CellLineRow[] = [{cells: header, first: filled[k], last: filled[end - 1]}];
    // Where each row ends in `filled`, to go on after the table without searching for it.
    const ends = [end];
    let next = 1;
    let j = end;
    while (j < filled.length) {
      const cell = (n: number) => lines[filled[j + n]] ?? "";
      // A category row (经济发展) between numbered rows: short, no digits, and the expected number after it.
      if (seq && cell(0) !== String(next) && cell(1) === String(next) && cell(0).length <= 10 && !/\d/.test(cell(0))) {
        rows.push({cells: [cell(0)], first: filled[j], last: filled[j]});
        ends.push(++j);
        continue;
      }
      if (j + width > filled.length) break;
      const cells = Array.from({length: width}, (_, n) => cell(n));
      const fits =
        (!seq || cells[0] === String(next)) &&
        (seq || !SEQ.test(cells[0])) &&
        cells.every((c) => c.length <= 40) &&
        DIGIT_OR_DASH.test(cells[target]);
      if (!fits) break;
      rows.push({cells, first: filled[j], last: filled[j + width - 1]});
      ++next;
      ends.push((j += width));
    }
    // A run whose last rows are only category lines ends before them.
    while (rows.length > 1 && rows[rows.length - 1].cells.length === 1) rows.pop();
    // A table with merged cells: read so when that reads more rows.
    const merged = mergedRows(lines, header, filled[k], filled[end - 1]);
    if (merged && merged.rows.length >= rows.length) {
      tables.push({rows: [rows[0], ...merged.rows], first: rows[0].first, last: merged.last});
      k = filled.findIndex((i) => i > merged.last);
      if (k < 0) break;
      continue;
    }
    if (rows.length > 1) {
      tables.push({rows, first: rows[0].first, last: rows[rows.length - 1].last});
      k = ends[rows.length - 1];
    } else k = end;
  }
  return tables;
}

/**
 * The rows of a table whose header (lines `first`…`last`, cells `header`) has 序号 and 属性, read from each row's
 * serial number to its 属性 cell (see the module's note); null when no row follows. The rows have the header's
 * width: a merged cell is "".
 */
function mergedRows(
  lines: string[],
  header: string[],
  first: number,
  last: number
): {rows: CellLineRow[]; last: number} | null {
  const seq = header.findIndex((c) => /序号|编号/.test(c));
  const attribute = header.findIndex((c) => /属性|性质/.test(c));
  if (seq < 0 || attribute <= seq + 1) return null;
  // Blank lines are cells only where the header's lines follow each other with none between them.
  const blanksAreCells = !lines.slice(first, last + 1).includes("");
  const after = header.length - 1 - attribute;
  const rows: CellLineRow[] = [];
  let end = last;
  let p = last + 1;
  for (let next = 1; ; ++next) {
    while (p < lines.length && !lines[p]) ++p;
    // The row's 类别 (cells before 序号): short lines without digits before the serial number.
    const before: string[] = [];
    let q = p;
    while (q < lines.length && before.length < seq && lines[q] && lines[q] !== String(next) && isCategory(lines[q]))
      before.push(lines[q++]);
    if (lines[q] !== String(next)) break;
    // From the serial number to the 属性 cell: the cells of the columns between them, right-aligned.
    const between: string[] = [];
    let r = q + 1;
    while (r < lines.length && between.length < attribute - seq && !ATTRIBUTE_CELL.test(lines[r])) {
      if (lines[r]) between.push(lines[r]);
      ++r;
    }
    if (r >= lines.length || !ATTRIBUTE_CELL.test(lines[r]) || !between.length) break;
    if (between.some((c) => c.length > 40)) break;
    const tail: string[] = [];
    let s = r + 1;
    while (s < lines.length && tail.length < after) {
      if (lines[s] || blanksAreCells) tail.push(lines[s]);
      ++s;
    }
    if (tail.length < after || tail.some((c) => c.length > 100 || /^[一二三四五六七八九十]+、/.test(c))) break;
    const cells = [
      ...Array(seq - before.length).fill(""),
      ...before,
      lines[q],
      ...Array(attribute - seq - 1 - between.length).fill(""),
      ...between,
      lines[r],
      ...tail
    ];
    let lastLine = s - 1;
    while (lastLine > r && !lines[lastLine]) --lastLine;
    rows.push({cells, first: before.length ? p : q, last: lastLine});
    end = lastLine;
    p = s;
  }
  return rows.length ? {rows, last: end} : null;
}

/** A category cell (建设全龄友好宜居城区): short, no digits, no sentence. */
function isCategory(line: string): boolean {
  return line.length <= 20 && !/\d/.test(line) && !PUNCTUATION.test(line);
}

/** A line's cell in a table copied with each cell's border (closedCellLines): where it is, and whether it closes. */
export interface BorderedCell {
  /** [start, end) of the cell's text in the line, white space and borders left out. */
  start: number;
  end: number;
  /** True when the line ends the cell (its right border); false for a cell's first lines, wrapped, `| 编制…标准,`. */
  closed: boolean;
}

/**
 * The lines of a text that are each one table cell closed by its border: a web page's table copied as text with one
 * cell per line, each line ending with the cell's right border (`序号 |`, `推进…建设。 |`), with both borders
 * (`| 序号 |`), or with the tab a browser puts after a cell (`序号⇥`). Such a line holds exactly one cell: its end is
 * known, where a cell of a bare one-cell-per-line table may wrap over lines. A line with a second | or tab inside is a
 * row of several cells (tableCells), not one cell; a line `|` or `| |` alone is an empty cell; a line that opens with
 * | and does not close (`| 编制年度改造计划,…,`) is the first line of a cell wrapped over lines.
 *
 * The layout is the text's when it has a run of at least three closed non-empty cells in a row (a table's header):
 * then every such line of the text is a cell; otherwise none is (a line of prose that happens to end with | or a tab).
 *
 * Given the text's lines as written (not trimmed); returns, for each line (0-based), its cell, or null for a line
 * that is no such cell. Linear.
 */
export function closedCellLines(lines: string[]): (BorderedCell | null)[] {
  const cells = lines.map(borderedCell);
  let run = 0;
  let found = false;
  for (let i = 0; i < cells.length && !found; ++i) {
    const c = cells[i];
    if (c && c.closed && c.end > c.start) found = ++run >= 3;
    else if (lines[i].trim() !== "") run = 0;
  }
  return found ? cells : cells.map(() => null);
}

/** A line's cell when the line is a cell closed by | or a tab, or opened by | (see closedCellLines), or null. */
function borderedCell(line: string): BorderedCell | null {
  let end = line.length;
  while (end > 0 && line[end - 1] !== "\t" && /\s/.test(line[end - 1])) --end;
  const border = end > 0 ? line[end - 1] : "";
  const closed = border === "|" || border === "\t";
  if (closed) --end;
  let start = 0;
  while (start < end && /\s/.test(line[start])) ++start;
  const opened = start < end && line[start] === "|";
  if (!closed && !opened) return null;
  if (opened) ++start;
  // Another border inside: a row of several cells.
  const inner = line.slice(start, end);
  if (inner.includes("|") || inner.includes("\t")) return null;
  while (start < end && /\s/.test(line[start])) ++start;
  while (end > start && /\s/.test(line[end - 1])) --end;
  // A tab alone is white space, not an empty cell.
  return border === "\t" && start === end ? null : {start, end, closed};
}
