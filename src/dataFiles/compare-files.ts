/**
 * The data files of the compare pages besides compare/plans.json, each from the build's one parse of every plan
 * (plan-set.ts) and the reference tables of data/reference, with every bad row of a reference table reported by
 * file and line (the good rows are used).
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseFunctionMapping} from "../lib/compare/functions.js";
import {functionLoad} from "../lib/compare/responsibilityLoad.js";
import {parseBenchmarks, parseIndicatorGlossary, type RowProblem} from "../lib/reference.js";
import {ROOT} from "./plan-files.js";
import type {PlanSet} from "./plan-set.js";
import {lineageItemsOf} from "../lib/compare/lineage.js";
import {comparedPlans} from "../lib/compare/comparison.js";
import {indicatorView} from "../lib/compare/indicatorView.js";
import {plansSummaryRow} from "../lib/compare/plansSummary.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

export const GLOSSARY_FILE = "data/reference/indicators.csv";
export const BENCHMARKS_FILE = "data/reference/benchmarks.csv";
export const FUNCTIONS_FILE = "data/reference/functions.csv";

/** A bad row of a reference table: the file (relative to the project), its line and what is wrong. */
export interface FileProblem extends RowProblem {
  file: string;
}

const inFile = (file: string, problems: RowProblem[]): FileProblem[] => problems.map((p) => ({file, ...p}));

/**
 * compare/indicators.json: the glossary and the benchmarks the indicators page matches the plans' targets with
 * (the targets themselves are in each plan's summary, compare/plans.json), and the bad rows of both files.
 */
export function indicatorReference(glossaryText = read(GLOSSARY_FILE), benchmarksText = read(BENCHMARKS_FILE)) {
  const glossary = parseIndicatorGlossary(glossaryText);
  const benchmarks = parseBenchmarks(benchmarksText);
  return {
    glossary: glossary.entries,
    benchmarks: benchmarks.rows,
    problems: [...inFile(GLOSSARY_FILE, glossary.problems), ...inFile(BENCHMARKS_FILE, benchmarks.problems)]
  };
}

/**
 * compare/indicator-view.json: what the indicators page shows for the site's plans (indicatorView.ts: the cards,
 * the one-plan targets, the counts), computed here once rather than in every browser, with the bad rows of the
 * glossary and the benchmarks. The page computes the same itself only when a user has added plans of their own.
 */
export function indicatorViewFile(set: PlanSet, reference = indicatorReference()) {
  const plans = comparedPlans(
    set.plans.map((p) => plansSummaryRow(p.name, p.model, p.meta)),
    []
  );
  return {...indicatorView(plans, reference.glossary, reference.benchmarks), problems: reference.problems};
}

/**
 * compare/lineage.json: every plan's items (id, kind, chapter, title, text without numbering and clause), in
 * document order, for the lineage page to match a plan's items against another's in the browser.
 */
export function lineageItems(set: PlanSet) {
  return {
    plans: set.plans.map(({name, model}) => ({
      plan: name,
      items: lineageItemsOf(model)
    }))
  };
}

/**
 * compare/functions.json: the function mapping's functions (id and Chinese label, in the file's order), each
 * plan's function load (responsibilityLoad.ts), and the bad rows of the mapping (left out of the load).
 */
export function functionLoads(set: PlanSet, text = read(FUNCTIONS_FILE)) {
  const {rules, problems} = parseFunctionMapping(text);
  const functions = [
    ...new Map(rules.map((r) => [r.function, {function: r.function, functionZh: r.functionZh}])).values()
  ];
  return {
    file: FUNCTIONS_FILE,
    rules: rules.length,
    functions,
    problems: inFile(FUNCTIONS_FILE, problems),
    loads: set.plans.flatMap(({name, model}) => functionLoad(name, model, rules))
  };
}
