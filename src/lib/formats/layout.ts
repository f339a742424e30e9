/**
 * laidOutText(pages, format): the text of a fixed-layout document (PDF, OFD) from the runs of text on its pages,
 * each with its position: lines in reading order, running headers, footers and page numbers removed, table rows
 * as `a | b | c`. Pure: the format readers (pdf.ts, ofd.ts) give it the runs.
 *
 * - Reading order: a page's runs are grouped into lines by their baseline (within half a font size) and each line
 *   read left to right; pages follow each other. Runs apart on one line (by more than half a font size: the gap between two table cells) are cells:
 *   a line of three or more cells becomes a table row `a | b | c`, as the reader reads tables; a line that holds
 *   only the continuation of cells of the row above (a cell wrapped inside a narrow column) is added to those cells.
 * - Running headers and footers are removed: a line among the first or last two of a page that recurs (digits
 *   aside) at the same height on at least half of the pages (and two or more). Page-number lines at the top or bottom of a page
 *   (`— 3 —`, `- 3 -`, `3`, `第3页`, `第3页 共9页`, `3/9`) are removed too.
 * - Lines hard-wrapped by the layout are kept as lines: the reader joins a line that does not start a numbered
 *   item to the one above, as it does for text copied from a PDF (docs/parsing.md, "the outline").
 * - Radicals that a font's character map gives for ideographs (⼈⺠ for 人民) become the ideographs (radicals.ts).
 * - A page without text (a scan) is counted: a document with no text at all is unreadable ("scanned, no text
 *   layer"); some pages without text give a message naming them, and the extent says how many pages were read.
 */
import {isPageNumberLine} from "../reader/normalize.js";
import {unifyRadicals} from "./radicals.js";
import {unreadable, type FormatRead, type PlanFormat} from "./result.js";
import {countEn} from "../vocabulary.js";

/** One run of text on a page: its text, where its baseline starts (y upwards), its width and font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  cells: {x: number; end: number; text: string}[];
  /** The baseline of the line's last row of text (a table row's wrapped cells add rows). */
  y: number;
}

const NAME: Partial<Record<PlanFormat, string>> = {pdf: "PDF", ofd: "OFD"};

export function laidOutText(pages: TextRun[][], format: PlanFormat): FormatRead {
  const n = pages.length;
  const empty = pages.flatMap((runs, i) => (runs.some((r) => r.str.trim()) ? [] : [i + 1]));
  if (n === 0) return unreadable(format, `the ${NAME[format]} has no pages`);
  if (empty.length === n)
    return unreadable(
      format,
      `a scanned ${NAME[format]}: none of its ${n} page${n === 1 ? " has" : "s have"} a text layer (only images), and this product does not read images (OCR) — run OCR on it first, or load the plan as text`
    );
  const laidOut = pages.map((runs) => layoutLines(runs));
  const furniture = runningLines(laidOut.map((lines) => lines.map((l) => key(lineText(l), l.y))));
  const text: string[] = [];
  laidOut.forEach((lines, p) => {
    lines.forEach((line, i) => {
      const t = lineText(line);
      const edge = i < 2 || i >= lines.length - 2;
      if (edge && (furniture.has(key(t, line.y)) || isPageNumber(t))) return;
      text.push(t);
    });
  });
  const messages: string[] = [];
  if (empty.length)
    messages.push(
      `page${empty.length === 1 ? "" : "s"} ${empty.join(", ")} of the ${NAME[format]} ${empty.length === 1 ? "has" : "have"} no text layer (scanned images): ${empty.length === 1 ? "its" : "their"} text is missing`
    );
  const garbled = (text.join("").match(/[\ufffd\ue000-\uf8ff]/g) ?? []).length;
  if (garbled > 20)
    messages.push(
      `${countEn(garbled, "character")} of the ${NAME[format]} have no Unicode meaning (a font without a character map): the text may be incomplete`
    );
  return {
    text: unifyRadicals(text.join("\n")),
    format,
    extent: `${n - empty.length} of ${countEn(n, "page")} with text`,
    messages
  };
}

/** A page's runs as lines, top to bottom, each with its cells left to right. */
export function layoutLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - run.y) < 0.5 * Math.max(row[0].size, run.size)) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const cells: Line["cells"] = [];
    for (const run of row) {
      const cell = cells[cells.length - 1];
      const gap = cell ? run.x - cell.end : Infinity;
      if (cell && gap <= 0.5 * run.size) {
        const space = gap > 0.2 * run.size && /[A-Za-z0-9.,;:%)]$/.test(cell.text) && /^[A-Za-z0-9(]/.test(run.str);
        cell.text += (space ? " " : "") + run.str;
        cell.end = Math.max(cell.end, run.x + run.width);
      } else cells.push({x: run.x, end: run.x + run.width, text: run.str});
    }
    for (const c of cells) c.text = c.text.replace(/\s+/g, (s) => (s.length > 1 ? " " : s)).trim();
    const previous = lines[lines.length - 1];
    if (previous && continuesRow(previous, cells, row[0])) continue;
    lines.push({cells, y: row[0].y});
  }
  return lines;
}

/**
 * Whether the cells of a line continue the cells of a table row above (a cell's text wrapped inside its column):
 * the row has three or more cells, the line stands right below it (within two font sizes), does not start in the
 * row's first column, and each of its cells starts inside one column of the row. The cells are added to the row.
 */
function continuesRow(row: Line, cells: Line["cells"], first: TextRun): boolean {
  const size = first.size;
  if (row.cells.length < 3 || row.y - first.y > 2 * size) return false;
  const starts = row.cells.map((c) => c.x);
  if (cells[0].x < starts[1] - size) return false;
  const columns = cells.map((c) => {
    let column = -1;
    for (let i = 0; i < starts.length; ++i) if (c.x >= starts[i] - size) column = i;
    return column;
  });
  if (columns.some((c, i) => c < 1 || (i > 0 && c <= columns[i - 1]))) return false;
  cells.forEach((c, i) => (row.cells[columns[i]].text += c.text));
  row.y = first.y;
  return true;
}

function lineText(line: Line): string {
  const cells = line.cells.map((c) => c.text.replace(/\|/g, "/"));
  return cells.length >= 3 ? cells.join(" | ") : cells.join(" ");
}

/** A line as compared across pages: its text less digits (page numbers, dates) and white space, and its height. */
function key(line: string, y: number): string {
  return `${Math.round(y / 2)} ${line.replace(/\d+/g, "#").replace(/\s+/g, "")}`;
}

/**
 * The lines (by key) among the first or last two of a page that recur, at the same height, on at least half the
 * pages, two or more.
 */
function runningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const keys of pages) {
    const edge = new Set([...keys.slice(0, 2), ...keys.slice(-2)]);
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([k, c]) => c >= least && !k.endsWith(" ")).map(([k]) => k));
}

/** A page number standing alone: — 3 —, - 3 -, 3, 第3页, 第3页 共9页, 3/9, Page 3. */
function isPageNumber(line: string): boolean {
  return (
    isPageNumberLine(line) ||
    /^\s*[-—–]?\s*\d{1,4}\s*[-—–]?\s*$/.test(line) ||
    /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/.test(line) ||
    /^\s*(page\s*)?\d{1,4}(\s*of\s*\d{1,4})?\s*$/i.test(line)
  );
}
