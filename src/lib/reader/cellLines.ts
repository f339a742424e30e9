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

const HEADER_WORD = /序号|编号|类别|领域|指标|单位|属性|性质|备注|基期|基准|现状|目标|(?:19|20)\d{2}/;
const PUNCTUATION = /[,。;:、,;:!?()]/;
const SEQ = /^\d{1,3}$/;
const DIGIT_OR_DASH = /[\d—\-–]/;

function isHeaderCell(line: string): boolean {
  return line.length <= 12 && HEADER_WORD.test(line) && !PUNCTUATION.test(line);
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
    // Fewer than three header cells (nearly every line): no table, and no arrays made to say so.
    if (end - k < 3) {
      k = Math.max(end, k + 1);
      continue;
    }
    const header = filled.slice(k, end).map((i) => lines[i]);
    const target = header.findIndex((c) => /目标|(?:19|20)\d{2}/.test(c));
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
    if (rows.length > 1) {
      tables.push({rows, first: rows[0].first, last: rows[rows.length - 1].last});
      k = ends[rows.length - 1];
    } else k = end;
  }
  return tables;
}
