// Properties of parsePlan over arbitrary input: random strings and bytes, lines built from fragments of the
// plan's syntax, and random mutations of the Yan'an plan. Whatever the input, parsePlan returns (never throws)
// a model of the documented shape whose references and source spans hold together.
import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {decodePlan} from "../src/lib/reader/decode.js";
import {MODEL_KEYS, type PlanModel, type SourceSpan} from "../src/lib/model.js";
import {normalizePlanText} from "../src/lib/reader/normalize.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {departmentMeasures} from "../src/lib/measures.js";
import {planTables} from "../src/lib/tables.js";
import {DIRECTORY, YANAN_BYTES, YANAN_TEXT} from "./plan.js";

const STRING_RUNS = 200;
const MUTATION_RUNS = 100;

/** Every `source` span in the model, with the path it was found at. */
function spans(value: unknown, path = "model", out: [string, SourceSpan][] = []): [string, SourceSpan][] {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "source") out.push([`${path}.source`, v as SourceSpan]);
      else spans(v, `${path}.${k}`, out);
    }
  return out;
}

/** Parses the input, checking that parsePlan does not throw, and asserts the model's invariants. */
function check(input: string | Uint8Array): PlanModel {
  let model: PlanModel;
  try {
    model = parsePlan(input, {departments: DIRECTORY});
  } catch (error) {
    throw new Error(`parsePlan threw: ${(error as Error)?.stack ?? error}`);
  }
  expect(Object.keys(model).sort()).toEqual([...MODEL_KEYS].sort());
  expect(typeof model.document === "object" && model.document !== null && !Array.isArray(model.document)).toBe(true);
  for (const key of MODEL_KEYS)
    if (key !== "document" && key !== "coverage") expect(Array.isArray(model[key]), key).toBe(true);

  const ids = model.items.map((i) => i.id);
  expect(new Set(ids).size, `duplicate item ids: ${ids.join(" ")}`).toBe(ids.length);
  const idSet = new Set(ids);
  for (const r of model.responsibilities)
    expect(idSet.has(r.item), `responsibility of unknown item ${r.item}`).toBe(true);

  for (const [path, s] of spans(model)) {
    const ok = Number.isInteger(s.line) && s.line >= 1 && Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end;
    expect(ok, `${path} = ${JSON.stringify(s)}`).toBe(true);
  }
  for (const w of model.warnings) expect(w.line === null || w.line >= 1, `warning line ${w.line}`).toBe(true);
  // parsePlan catches its own errors as an "internal" warning: that still means the parser crashed.
  const internal = model.warnings.filter((w) => w.code === "internal");
  expect(internal.map((w) => w.message)).toEqual([]);
  // What the build derives from every model (src/dataFiles/site-files.ts) must not throw either: a plan read with
  // no department once stopped the whole build in the measures.
  expect(departmentMeasures(model)).toHaveLength(model.departments.length);
  expect(planTables(model).length).toBeGreaterThan(0);
  return model;
}

// Pieces of the plan's syntax, so that random lines often look like headings, tasks, columns, clauses, tables.
const FRAGMENTS = [
  "(一)",
  "(二)",
  "(十一)",
  "(二十九)",
  "一、",
  "二、",
  "九十九、",
  "专栏2",
  "专栏",
  "专栏1 ",
  "——",
  "—",
  "|",
  " | ",
  "\t",
  "牵头",
  "按职责分工负责",
  "负责",
  "配合",
  "(",
  ")",
  "[",
  "]",
  "（",
  "）",
  "【",
  "】",
  "｜",
  "。",
  ",",
  "、",
  ":",
  ";",
  "市发改委",
  "市市场监管局",
  "各县(市、区)人民政府",
  "市级有关部门",
  "责任单位:",
  "以下任务均需",
  "落实,不再列出",
  "到2025年,",
  "达到",
  "95%",
  "以上",
  "不低于",
  "1万",
  "注:",
  "[]",
  "[10]",
  "≥98",
  "6.5年均",
  "“十四五”",
  "序号",
  "指标名称",
  "2025年",
  "属性",
  "预期性",
  "约束性",
  "— 3 —",
  "- 4 -",
  "第3页",
  "延政发〔2024〕8号",
  "2024年3月26日",
  "<p>",
  "</td>",
  "<br>",
  "&nbsp;",
  "&#0;",
  "\r",
  "\u0000",
  "\ufeff",
  "\ud800",
  " "
];

const cjk = fc.integer({min: 0x4e00, max: 0x9fff}).map((c) => String.fromCharCode(c));
const fragment = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS)},
  {weight: 3, arbitrary: fc.string({unit: cjk, maxLength: 12})},
  {weight: 1, arbitrary: fc.string({maxLength: 4})}
);
const line = fc.array(fragment, {maxLength: 10}).map((parts) => parts.join(""));
const planLike = fc
  .tuple(fc.array(line, {maxLength: 40}), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([lines, eol]) => lines.join(eol));
const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
const bytes = fc
  .tuple(bom, fc.uint8Array({maxLength: 2000}))
  .map(([head, body]) => Uint8Array.from([...head, ...body]));

describe("parsePlan on arbitrary input", () => {
  test("random grapheme strings give a well-formed model", () => {
    fc.assert(
      fc.property(fc.string({unit: "grapheme", maxLength: 400}), (s) => void check(s)),
      {numRuns: STRING_RUNS}
    );
  });

  test("random strings of any code unit (lone surrogates, NULs) give a well-formed model", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 400}), (s) => void check(s)),
      {numRuns: STRING_RUNS}
    );
  });

  test("lines built from fragments of the plan's syntax give a well-formed model", () => {
    fc.assert(
      fc.property(planLike, (s) => void check(s)),
      {numRuns: STRING_RUNS}
    );
  });

  test("the same lines as UTF-8 bytes give a well-formed model", () => {
    fc.assert(
      fc.property(planLike, (s) => void check(new TextEncoder().encode(s))),
      {numRuns: STRING_RUNS}
    );
  });

  test("random bytes (with or without a BOM) give a well-formed model", () => {
    fc.assert(
      fc.property(bytes, (b) => void check(b)),
      {numRuns: STRING_RUNS}
    );
  });
});

describe("parsePlan on mutations of the Yan'an plan", () => {
  const lines = YANAN_TEXT.split("\n");
  const index = fc.nat({max: lines.length - 1});

  test("the plan itself is well-formed", () => {
    expect(check(YANAN_TEXT).items).toHaveLength(50);
  });

  test("cutting a random range of lines", () => {
    fc.assert(
      fc.property(index, index, (a, b) => {
        const [from, to] = a <= b ? [a, b + 1] : [b, a + 1];
        check([...lines.slice(0, from), ...lines.slice(to)].join("\n"));
      }),
      {numRuns: MUTATION_RUNS}
    );
  });

  test("duplicating random lines at random places", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(index, index), {minLength: 1, maxLength: 10}), (copies) => {
        const out = [...lines];
        for (const [from, to] of copies) out.splice(to, 0, lines[from]);
        check(out.join("\n"));
      }),
      {numRuns: MUTATION_RUNS}
    );
  });

  test("shuffling the lines", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, {minLength: lines.length}), (shuffled) => void check(shuffled.join("\n"))),
      {numRuns: MUTATION_RUNS}
    );
  });

  test("truncating the text at a random character", () => {
    fc.assert(
      fc.property(fc.nat({max: YANAN_TEXT.length}), (n) => void check(YANAN_TEXT.slice(0, n))),
      {numRuns: MUTATION_RUNS}
    );
  });

  test("truncating the bytes at a random byte (possibly inside a character)", () => {
    fc.assert(
      fc.property(fc.nat({max: YANAN_BYTES.length}), (n) => void check(YANAN_BYTES.subarray(0, n))),
      {numRuns: MUTATION_RUNS}
    );
  });
});

// Source spans must point at what a record was read from, so that a user can check it against the document.
describe("source spans point at the words they describe", () => {
  const lines = YANAN_TEXT.split("\n");
  const index = fc.nat({max: lines.length - 1});

  /** The normalized text a span covers, line breaks (and the indentation around them) removed. */
  function spanned(text: string): (s: SourceSpan) => string {
    const norm = normalizePlanText(decodePlan(text).text).text;
    return (s) => norm.slice(s.start, s.end).replace(/\s*\n\s*/g, "");
  }

  /** Responsibilities (named in a clause) and targets: the span covers exactly the name or the figure read. */
  function checkPhrases(text: string) {
    const model = parsePlan(text, {departments: DIRECTORY});
    const at = spanned(text);
    const wrong = [
      ...model.responsibilities
        .filter((r) => r.role !== "implicit" && at(r.source) !== r.asWritten)
        .map((r) => `${r.item} ${r.asWritten}: ${JSON.stringify(at(r.source))}`),
      ...model.targets
        .filter((t) => at(t.source) !== t.raw)
        .map((t) => `${t.id} ${t.raw}: ${JSON.stringify(at(t.source))}`)
    ];
    expect(wrong).toEqual([]);
  }

  test("responsibility and target spans cover the name or figure read, in the plan and with lines cut", () => {
    checkPhrases(YANAN_TEXT);
    fc.assert(
      fc.property(index, index, (a, b) => {
        const [from, to] = a <= b ? [a, b + 1] : [b, a + 1];
        checkPhrases([...lines.slice(0, from), ...lines.slice(to)].join("\n"));
      }),
      {numRuns: 50}
    );
  });

  /** Chapters and 专栏 columns: the span covers the heading, from its number to the end of its title. */
  function checkHeadings(text: string) {
    const model = parsePlan(text, {departments: DIRECTORY});
    const at = spanned(text);
    const wrong: string[] = [];
    for (const c of model.chapters) {
      const s = at(c.source);
      if (!s.startsWith(c.numeral) || !s.endsWith(c.title)) wrong.push(`${c.id} ${c.title}: ${JSON.stringify(s)}`);
      for (const col of c.columns) {
        const s = at(col.source);
        if (!s.startsWith("专栏") || !s.endsWith(col.title))
          wrong.push(`专栏${col.number} ${col.title}: ${JSON.stringify(s)}`);
      }
    }
    expect(wrong).toEqual([]);
  }

  test("chapter and 专栏 column spans cover their headings, from 一、 or 专栏N to the end of the title", () => {
    checkHeadings(YANAN_TEXT);
  });

  test("a chapter's span covers its heading when a space follows 、", () => {
    const text = YANAN_TEXT.replace(/^([一二三四五六七八九])、/gm, "$1、 ");
    const model = parsePlan(text, {departments: DIRECTORY});
    const at = spanned(text);
    expect(model.chapters.map((c) => at(c.source))).toEqual(model.chapters.map((c) => `${c.numeral}、 ${c.title}`));
  });
});
