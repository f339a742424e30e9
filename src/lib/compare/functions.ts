/**
 * The function mapping (data/reference/functions.csv): which government function a department serves (market
 * regulation, industry, agriculture …), so that "the same function's load" can be compared across plans whose
 * departments are named for different levels (市市场监督管理局, 区市场监管局, 国家市场监督管理总局) and eras
 * (工商行政管理局 before 2018).
 *
 * A row maps a name fragment (`match`) to a function (`function`, an id; `function_zh`, its Chinese label). A
 * department serves the function of the longest fragment its canonical name contains (ties: the earlier row), or
 * none. Columns: match, function, function_zh, note.
 */
import {csvParse} from "d3-dsv";
import type {RowProblem} from "../reference.js";
import {departmentKey} from "../departments.js";
import {countEn} from "../vocabulary.js";

export const FUNCTION_COLUMNS = ["match", "function", "function_zh", "note"] as const;

export interface FunctionRule {
  /** The name fragment, e.g. 市场监督管理. */
  match: string;
  /** The function's id, lower case with dashes: market-regulation. */
  function: string;
  /** The function's Chinese label: 市场监管. */
  functionZh: string;
  note: string;
  /** The line of the row in the file. */
  line: number;
}

/**
 * Reads functions.csv. Every bad row is reported with its line and every reason (empty match, function not an id
 * of lower-case letters, digits and dashes, empty function_zh, a match already on an earlier line, a function
 * already labelled otherwise on an earlier line); the good rows are kept. Wholly empty rows are skipped; a
 * missing column is one problem on line 1 and no rules.
 */
export function parseFunctionMapping(text: string): {rules: FunctionRule[]; problems: RowProblem[]} {
  const rows = csvParse(text.replace(/^\ufeff/, ""));
  const missing = FUNCTION_COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length)
    return {
      rules: [],
      problems: [{line: 1, message: `missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`}]
    };
  const rules: FunctionRule[] = [];
  const problems: RowProblem[] = [];
  const seenMatch = new Map<string, number>();
  const label = new Map<string, {zh: string; line: number}>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const cell = (c: string) => (row[c] ?? "").trim();
    if (FUNCTION_COLUMNS.every((c) => !cell(c))) return;
    const reasons: string[] = [];
    const match = departmentKey(cell("match"));
    const fn = cell("function");
    const zh = cell("function_zh");
    if (!match) reasons.push("empty match");
    if (!/^[a-z][a-z0-9-]*$/.test(fn))
      reasons.push(`function "${fn}" is not an id (lower-case letters, digits, dashes)`);
    if (!zh) reasons.push("empty function_zh");
    const first = seenMatch.get(match);
    if (match && first !== undefined) reasons.push(`match "${match}" is already on line ${first}`);
    const known = label.get(fn);
    if (known && zh && known.zh !== zh)
      reasons.push(`function ${fn} is labelled "${known.zh}" on line ${known.line}, not "${zh}"`);
    if (reasons.length) return void problems.push({line, message: reasons.join("; ")});
    seenMatch.set(match, line);
    if (!known) label.set(fn, {zh, line});
    rules.push({match, function: fn, functionZh: zh, note: cell("note"), line});
  });
  return {rules, problems};
}

/**
 * Words whose characters spell a fragment they do not mean: 人民政府 (a government, 县人民政府, 市人民政府办公室)
 * holds 民政 (civil affairs). They are read as one word, 政府, before the fragments are looked for.
 */
const WORDS_NOT_FRAGMENTS: [RegExp, string][] = [[/人民政府/g, "政府"]];

/**
 * The rule a department name falls under (the longest fragment it contains; ties: the earlier row), or null.
 * The name is read without the words of WORDS_NOT_FRAGMENTS (各县(市、区)人民政府 is not civil affairs).
 */
export function departmentFunction(name: string, rules: FunctionRule[]): FunctionRule | null {
  const key = WORDS_NOT_FRAGMENTS.reduce((k, [word, as]) => k.replace(word, as), departmentKey(name));
  let best: FunctionRule | null = null;
  for (const r of rules) if (key.includes(r.match) && (!best || r.match.length > best.match.length)) best = r;
  return best;
}
