/**
 * The indicator table (主要发展指标): a table whose header names 指标, with a year column for the target, an
 * optional earlier year column for the baseline, and 属性 (约束性 binding / 预期性 expected).
 *
 * Target cells: 86 (the level), ≥98 or 98以上 (at least), ≤ / 以下 (at most), [10] (cumulative over the period
 * the table's note names, e.g. 注:[]为“十四五”期间累计数 → 2021–2025), 6.5年均 (an annual average).
 */
import type {Comparator, Indicator, IndicatorTarget, Warning} from "../model.js";
import {chineseNumeral} from "../numerals.js";
import {lineOf} from "./spans.js";
import type {Table} from "./outline.js";

export interface TableColumns {
  seq: number;
  name: number;
  unit: number;
  target: number;
  baseline: number;
  attribute: number;
  /** A 类别 / 领域 column, or -1. */
  category: number;
  targetYear: number | null;
  baselineYear: number | null;
}

const YEAR_CELL = /((?:19|20)\d{2})\s*年?/;
/** A column labelled by a five-year-plan period (“十五五”目标值): the period's last year. */
const PERIOD_CELL = /十[一二三四五六七八九]?五/;

/** The year a header cell names: 2025年 → 2025, “十五五”目标值 → 2030 (the period's last year); null for none. */
function cellYear(cell: string): number | null {
  const year = YEAR_CELL.exec(cell);
  if (year) return +year[1];
  return PERIOD_CELL.test(cell) ? (notePeriod(cell)?.to ?? null) : null;
}

/**
 * The roles of the header's cells, or null when the row is not an indicator table's header. A header's cell is a
 * short label: a cell of a sentence (a task's 加强节能目标责任考核,推进…用能指标减免) names no column.
 */
export function indicatorColumns(header: string[]): TableColumns | null {
  const label = (c: string) => c.length <= 24 && !/[,。;:]/.test(c);
  const find = (re: RegExp) => header.findIndex((c) => re.test(c) && label(c));
  // Of 一级指标 / 二级指标, the indicator is the finest level's.
  const levels = header.flatMap((c, i) => (/[二三四]级指标$/.test(c) && label(c) ? [i] : []));
  const name = levels.length ? levels[levels.length - 1] : find(/指标/);
  if (name < 0) return null;
  const years = header
    .map((c, i) => [i, label(c) ? cellYear(c) : null] as const)
    .filter((y): y is readonly [number, number] => y[1] !== null);
  let target = find(/目标/);
  if (target < 0 && years.length) target = years[years.length - 1][0];
  if (target < 0) return null;
  const targetYear = cellYear(header[target]);
  const base = years.find(
    ([i, y]) => i !== target && (/基[期准]|现状|完成/.test(header[i]) || y < (targetYear ?? 9999))
  );
  return {
    seq: find(/序号|编号/),
    name,
    unit: find(/单位/),
    target,
    baseline: base ? base[0] : find(/基[期准]|现状/),
    attribute: find(/属性|性质|类型/),
    category: find(/^(?:类别|领域|分类|维度)$/),
    targetYear,
    baselineYear: base ? base[1] : null
  };
}

/** A five-year-plan period named in a note: “十四五” → 2021–2025; or written as 2021—2025年. */
export function notePeriod(note: string): {from: number; to: number; label: string} | null {
  const fyp = /十([一二三四五六七八九]?)五/.exec(note);
  if (fyp) {
    const n = 10 + (fyp[1] ? chineseNumeral(fyp[1])! : 0);
    const from = 1966 + 5 * (n - 3);
    return {from, to: from + 4, label: fyp[0]};
  }
  const years = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})/.exec(note);
  return years ? {from: +years[1], to: +years[2], label: years[0]} : null;
}

const NUMBER = /-?\d+(?:\.\d+)?/;

/** Years and dates in a cell of words (至2026年底，全面启动…): when the work is due, not the quantity. */
const DATE_WORDS = /(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:底|末|前|内)?/g;

/**
 * Reads a target cell: 86, ≥98, 98以上, [10], 6.5年均, ＞1.7 (strictly more). A cell of words names its year, not
 * a quantity: 至2026年底，全面启动… has no value (null).
 */
export function readTargetCell(raw: string, period: IndicatorTarget["period"]): IndicatorTarget {
  const text = raw.trim();
  const cumulative = /^\[.*\]$/.test(text);
  const annualAverage = /年均|年平均/.test(text);
  let comparator: Comparator = "=";
  if (/^(?:≥|>=|不低于|不少于|大于等于)|以上$|及以上/.test(text)) comparator = ">=";
  else if (/^(?:≤|<=|不高于|不超过|小于等于)|以下$|以内$/.test(text)) comparator = "<=";
  else if (/^(?:>|＞|大于|超过|高于)/.test(text)) comparator = ">";
  else if (/^(?:<|＜|小于|低于|不足)/.test(text)) comparator = "<";
  const m = NUMBER.exec(text.replace(DATE_WORDS, ""));
  return {
    value: m ? +m[0] : null,
    comparator,
    cumulative,
    period: cumulative ? period : null,
    annualAverage,
    raw: text
  };
}

/** A name and its unit parenthetical: 每万人口有效发明专利拥有量(件) → name, 件. */
export function splitUnit(cell: string): {name: string; unit: string | null} {
  const m = /^(.*?)\s*\(([^()]{1,12})\)\s*$/.exec(cell.trim());
  return m && m[1] ? {name: m[1], unit: m[2]} : {name: cell.trim(), unit: null};
}

export function readIndicators(tables: Table[], starts: number[]): {indicators: Indicator[]; warnings: Warning[]} {
  const indicators: Indicator[] = [];
  const warnings: Warning[] = [];
  const ids = new Set<string>();
  let ordinal = 0;
  for (const table of tables) {
    const h = table.rows.findIndex((r) => indicatorColumns(r.cells) !== null);
    if (h < 0) continue;
    ++ordinal;
    const seen = new Set<number>();
    const cols = indicatorColumns(table.rows[h].cells)!;
    const note = table.notes.map((n) => n.text).find((t) => /\[\s*\]|累计/.test(t));
    const period = note ? notePeriod(note) : null;
    // A row with one cell filled and no number (经济发展 | | |, or a line of its own) heads the rows below it.
    let heading: string | null = null;
    const width = table.rows[h].cells.length;
    for (const row of table.rows.slice(h + 1)) {
      // A category merged down the first column leaves the rows below its first one a cell short.
      const cells = cols.category === 0 && row.cells.length === width - 1 ? ["", ...row.cells] : row.cells;
      const cell = (i: number) => (i >= 0 ? (cells[i] ?? "").trim() : "");
      const filled = row.cells.map((c) => c.trim()).filter(Boolean);
      if (filled.length === 1 && !/\d/.test(filled[0]) && filled[0].length <= 20) {
        heading = filled[0];
        continue;
      }
      if (cols.category >= 0 && cell(cols.category)) heading = cell(cols.category);
      const {name, unit: nameUnit} = splitUnit(cell(cols.name));
      const targetRaw = cell(cols.target);
      if (!name || !targetRaw) {
        warnings.push({
          line: row.line,
          code: "table-row",
          message: `indicator table row does not parse: ${!name ? "no indicator name" : "no target value"} in "${row.cells.join(" | ")}"`
        });
        continue;
      }
      const seqCell = cell(cols.seq);
      const seq = /^\d+$/.test(seqCell) ? +seqCell : indicators.length + 1;
      const target = readTargetCell(targetRaw, period);
      if (target.value === null)
        warnings.push({
          line: row.line,
          code: "indicator",
          message: `indicator ${seq} (${name}): target "${targetRaw}" has no number`
        });
      if (target.cumulative && !period)
        warnings.push({
          line: row.line,
          code: "indicator",
          message: `indicator ${seq} (${name}): cumulative target [ ] but no note names its period`
        });
      const attr = cell(cols.attribute);
      const attribute = /约束/.test(attr) ? "binding" : /预期/.test(attr) ? "expected" : null;
      if (cols.attribute >= 0 && attribute === null)
        warnings.push({
          line: row.line,
          code: "indicator",
          message: `indicator ${seq} (${name}): attribute "${attr}" is neither 约束性 nor 预期性`
        });
      const baseRaw = cell(cols.baseline);
      const baseNumber = NUMBER.exec(baseRaw);
      // Ids are unique: I3; in a later table that numbers again from 1 (a second indicator table is normal), the
      // table's ordinal too (I2.3); a number written twice in one table is reported and made unique (I3-2).
      if (seen.has(seq))
        warnings.push({line: row.line, code: "numbering", message: `indicator number ${seq} appears twice`});
      seen.add(seq);
      let id = ids.has(`I${seq}`) ? `I${ordinal}.${seq}` : `I${seq}`;
      for (let n = 2; ids.has(id); ++n) id = `I${ordinal}.${seq}-${n}`;
      ids.add(id);
      indicators.push({
        id,
        seq,
        name,
        unit: cell(cols.unit) || nameUnit,
        target,
        baseline:
          cols.baseline >= 0 && baseRaw
            ? {value: baseNumber ? +baseNumber[0] : null, year: cols.baselineYear ?? 0, raw: baseRaw}
            : null,
        year: cols.targetYear,
        attribute,
        category: heading,
        source: {line: lineOf(starts, row.start), start: row.start, end: row.end}
      });
    }
  }
  return {indicators, warnings};
}
