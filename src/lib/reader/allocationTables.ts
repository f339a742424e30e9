/**
 * Allocation tables (分配表, 分解表): a quantity the plan sets, shared out among named units, one row each, with a
 * total row: 附表2 交通子行业“十四五”光伏建设分配表 (序号 | 交通子行业 | 建设区域 | 十四五装机计划(MW) | 责任单位, then
 * 1 | 地铁 | … | 35-36 | 申通地铁集团 … 汇总 | 82-130), 附表3 各区“十四五”交通光伏任务分配表 (序号 | 区域 | 新增装机容量(MW)
 * | 新增示范工程 | 新增典型场景 … 合计 | 38-50). Each filled quantity cell is a target of the unit its row names.
 *
 * A table is an allocation table when, after its header row:
 * - at least two rows name a unit (the first cell after 序号 that is not a number), under a header that names a kind
 *   of unit (区域, 各区, 街镇, 单位, 部门, 行业, 子行业, 领域, 板块, 主体), not a project (项目名称, 名称, 位置: a project
 *   list describes its projects), and the table ends with a total row (合计, 总计, 汇总, 小计 in its first cells,
 *   then its figures);
 * - at least one column other than 序号 holds a figure in every filled cell, and in at least half the rows: a number or
 *   a range (35-36, 0.3-0.4), at most with a unit after it (3个); such a column is a quantity, its unit the one its header gives in brackets
 *   (十四五装机计划(MW) → MW), else the one its cells give, else none;
 * - it is not an indicator table (a header cell naming 指标: indicators.ts reads those).
 * The total row's figures fill the quantity columns from the first.
 *
 * Web and PDF copies lose the grid and write one cell per line (`allocationCellTables`): a header of short lines
 * from 序号 to the line `1`, then rows from each serial number to the next, a cell wrapped over two lines (申通地铁 /
 * 集团) joined into the row's last cell, up to the total row.
 */

export interface AllocationQuantity {
  /** The column's index in a row, its header as written without the unit's brackets, and the unit (MW, 个, or ""). */
  column: number;
  label: string;
  unit: string;
}

export interface AllocationFigure {
  value: number;
  /** The upper end of a range (35-36 → 36), or null. */
  upper: number | null;
  unit: string;
}

export interface Allocation {
  /** The column naming the units (区域, 交通子行业), its header as written. */
  name: {column: number; label: string};
  quantities: AllocationQuantity[];
  /** Index (into the rows given, header first) of each unit's row, and of the total row (or null). */
  rows: number[];
  total: number | null;
}

/**
 * The header of a column naming units that share a quantity (区域, 各区, 街镇(园区), 责任单位名称, 交通子行业, 领域); not a
 * project's (项目名称, 工程, 位置: a project list's rows are projects, its figures describe them).
 */
const UNIT_HEADER =
  /^(?!.*(?:项目|工程|位置|地点))[^()]*(?:区域|地区|区县|区|县|市|街镇|镇|街道|乡镇|单位|部门|行业|领域|板块|主体|片区)(?:名称)?(?:\([^()]*\))?$/;
/^(?!.*(?:项目|名称|工程|位置|地点))(?:.*(?:区域|地区|区县|区|县|市|街镇|镇|街道|乡镇|单位|部门|行业|领域|板块|主体|片区))$/;
const SEQ_HEADER = /^(?:序号|编号)$/;
const TOTAL = /^(?:合计|总计|汇总|小计|总量|全市合计|全区合计)$/;
/** A figure: 35, 0.3-0.4, 11~14.5, 3个; a unit of at most three characters after it. */
const FIGURE = /^(\d+(?:\.\d+)?)(?:\s*[-—–~～至]\s*(\d+(?:\.\d+)?))?\s*([^\d\s.\-—–~～]{0,3})$/;
const UNIT_IN_HEADER = /[((]\s*([^()()]{1,8})\s*[))]\s*$/;

/** A cell read as a figure (35-36 → 35 to 36), or null when it is none. */
export function readFigure(cell: string): AllocationFigure | null {
  const m = FIGURE.exec(cell.replace(/\s+/g, ""));
  if (!m) return null;
  return {value: +m[1], upper: m[2] !== undefined ? +m[2] : null, unit: m[3] ?? ""};
}

/**
 * Reads an allocation table from its rows' cells (the header row first), or null when the rows are no allocation
 * table (see the module's comment for what is one).
 */
export function readAllocation(rows: string[][]): Allocation | null {
  if (rows.length < 4) return null;
  const header = rows[0].map((c) => c.replace(/\s+/g, ""));
  if (header.some((c) => c.includes("指标"))) return null;
  const seq = SEQ_HEADER.test(header[0]) ? 0 : -1;
  const totalAt = rows.findIndex((r, k) => k > 0 && r.slice(0, 2).some((c) => TOTAL.test(c.replace(/\s+/g, ""))));
  if (totalAt < 0 || totalAt !== rows.length - 1) return null;
  const body = rows.slice(1, totalAt);
  if (body.length < 2) return null;
  const name = seq + 1;
  if (name >= header.length || !header[name] || !UNIT_HEADER.test(header[name])) return null;
  // A unit's row: its name cell is no figure.
  if (body.some((r) => !r[name] || readFigure(r[name]) !== null)) return null;
  const quantities: AllocationQuantity[] = [];
  for (let c = name + 1; c < header.length; ++c) {
    // Every filled cell a figure, and at least half the rows filled (a cell left empty or 一 allots nothing).
    const cells = body.map((r) => (r[c] ?? "").trim()).filter((cell) => cell && !/^[—\-–/]+$/.test(cell));
    const figures = cells.map(readFigure);
    if (!header[c] || cells.length * 2 < body.length || figures.some((f) => f === null)) continue;
    const bracket = UNIT_IN_HEADER.exec(header[c]);
    const label = bracket ? header[c].slice(0, bracket.index) : header[c];
    const units = new Set(figures.map((f) => f!.unit).filter(Boolean));
    quantities.push({column: c, label, unit: bracket ? bracket[1] : units.size === 1 ? [...units][0] : ""});
  }
  if (!quantities.length) return null;
  return {
    name: {column: name, label: header[name]},
    quantities,
    rows: body.map((_, k) => k + 1),
    total: totalAt
  };
}

/** The total row's figures, each with the quantity column it stands for (filled from the first). */
export function totalFigures(
  allocation: Allocation,
  cells: string[]
): {quantity: AllocationQuantity; figure: AllocationFigure; cell: string}[] {
  const label = cells.findIndex((c) => TOTAL.test(c.replace(/\s+/g, "")));
  const figures = cells
    .slice(label + 1)
    .filter((c) => c.trim() !== "")
    .map((cell) => ({cell, figure: readFigure(cell)}));
  return figures
    .slice(0, allocation.quantities.length)
    .flatMap(({cell, figure}, k) => (figure ? [{quantity: allocation.quantities[k], figure, cell}] : []));
}

/** The label of the total row: 合计, 汇总. */
export function totalLabel(cells: string[]): string {
  return cells.find((c) => TOTAL.test(c.replace(/\s+/g, ""))) ?? "合计";
}

export interface AllocationCellTable {
  /** The header first, then the rows, then the total row; each with the indices (0-based) of its first and last line. */
  rows: {cells: string[]; first: number; last: number}[];
  first: number;
  last: number;
}

const SENTENCE = /[。;;]/;

/**
 * The allocation tables written one cell per line among `candidates` (indices into `lines`, in order: the
 * attachments' lines no other table holds). Linear in their number.
 */
export function allocationCellTables(lines: string[], candidates: number[]): AllocationCellTable[] {
  const filled = candidates.filter((i) => lines[i]);
  const tables: AllocationCellTable[] = [];
  for (let k = 0; k < filled.length; ++k) {
    if (!SEQ_HEADER.test(lines[filled[k]])) continue;
    // The header: short lines up to the first serial number.
    let j = k + 1;
    while (
      j < filled.length &&
      lines[filled[j]] !== "1" &&
      lines[filled[j]].length <= 20 &&
      !SENTENCE.test(lines[filled[j]])
    )
      ++j;
    if (j >= filled.length || lines[filled[j]] !== "1" || j - k < 3) continue;
    const width = j - k;
    const rows: AllocationCellTable["rows"] = [
      {cells: filled.slice(k, j).map((i) => lines[i]), first: filled[k], last: filled[j - 1]}
    ];
    let next = 1;
    let at = j;
    let closed = false;
    while (at < filled.length) {
      const here = lines[filled[at]];
      if (TOTAL.test(here)) {
        // The total row: its label and the figures after it (at most one a column).
        let end = at + 1;
        while (end < filled.length && end - at < width && readFigure(lines[filled[end]]) !== null) ++end;
        rows.push({cells: filled.slice(at, end).map((i) => lines[i]), first: filled[at], last: filled[end - 1]});
        at = end;
        closed = true;
        break;
      }
      if (here !== String(next)) break;
      // The row runs to the next serial number (or the total row): at its width when it is there, else the first.
      const ends = (n: number) =>
        n < filled.length && (lines[filled[n]] === String(next + 1) || TOTAL.test(lines[filled[n]]));
      let end = ends(at + width) ? at + width : -1;
      if (end < 0)
        for (let n = at + 2; n <= Math.min(filled.length, at + 2 * width); ++n)
          if (ends(n)) {
            end = n;
            break;
          }
      if (end < 0) break;
      const cells = filled.slice(at, end).map((i) => lines[i]);
      // A cell wrapped over lines of its own (申通地铁 / 集团): the overflow joined into the last cell.
      if (cells.length > width) cells.splice(width - 1, cells.length, cells.slice(width - 1).join(""));
      rows.push({cells, first: filled[at], last: filled[end - 1]});
      ++next;
      at = end;
    }
    if (!closed || !readAllocation(rows.map((r) => r.cells))) continue;
    tables.push({rows, first: rows[0].first, last: rows[rows.length - 1].last});
    k = at - 1;
  }
  return tables;
}

const ATTACHMENT_ALONE = /^(附[件表])\s*(\d{0,2})\s*[::]?$/;

/**
 * What stands above a table's first line (`first`, 0-based): its caption (a short line that is no sentence:
 * 各区“十四五”交通光伏任务分配表) and the attachment's line alone over it (附表3), each as an index into `lines`, or
 * null. `line` gives a line's text, trimmed.
 */
export function captionAbove(
  line: (i: number) => string,
  first: number
): {caption: number | null; attachment: number | null} {
  let caption: number | null = null;
  for (let i = first - 1, seen = 0; i >= 0 && seen < 3; --i) {
    const t = line(i);
    if (!t) continue;
    ++seen;
    if (ATTACHMENT_ALONE.test(t)) return {caption, attachment: i};
    if (caption !== null || t.length > 40 || SENTENCE.test(t)) break;
    caption = i;
  }
  return {caption, attachment: null};
}

/** The attachment's label and number of a line alone: 附表3 → {label: "附表3", number: 3}; 附件 → number null. */
export function attachmentLabel(line: string): {label: string; number: number | null} | null {
  const m = ATTACHMENT_ALONE.exec(line.trim());
  return m ? {label: m[1] + m[2], number: m[2] ? +m[2] : null} : null;
}
