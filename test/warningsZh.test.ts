import {readdirSync, readFileSync} from "node:fs";
import ts from "typescript";
import {describe, expect, test} from "vitest";
import {departmentReferenceWarnings, parseDepartmentsCsv} from "../src/lib/departments.js";
import {warningZh} from "../src/lib/warningsZh.js";
import {realPlans} from "./corpus/score.js";
import {parse, YANAN} from "./plan.js";

// The reader's source files that write warnings' messages: every stage of the reader, and the department
// reference (its bad rows are warnings of the plan read with it).
const READER = new URL("../src/lib/reader/", import.meta.url);
const SOURCES = [
  ...readdirSync(READER)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => new URL(f, READER)),
  new URL("../src/lib/departments.ts", import.meta.url)
];

/**
 * The message templates written in the source: each string or template literal given as a `message` (both branches
 * of a ?:), and each reason a bad row of the department reference gives (reasons.push), whitespace collapsed.
 */
function messageTemplates(): string[] {
  const found = new Set<string>();
  for (const url of SOURCES) {
    const file = ts.createSourceFile(url.pathname, readFileSync(url, "utf8"), ts.ScriptTarget.Latest, true);
    const leaves = (e: ts.Expression): void => {
      if (ts.isParenthesizedExpression(e)) leaves(e.expression);
      else if (ts.isConditionalExpression(e)) (leaves(e.whenTrue), leaves(e.whenFalse));
      else if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e))
        found.add(e.getText(file).replace(/\s+/g, " "));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && node.name.getText(file) === "message") leaves(node.initializer);
      if (ts.isCallExpression(node) && node.expression.getText(file) === "reasons.push") node.arguments.forEach(leaves);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...found].sort();
}

// Each template of the source with a message it writes (both ends of its plurals and optional parts where the
// template has them). A template missing here fails the first test: add an example, and its Chinese form in
// src/lib/warningsZh.ts.
const EXAMPLES: Record<string, string[]> = {
  '"the input does not look like text"': ["the input does not look like text"],
  '"the input is empty"': ["the input is empty"],
  '"the input looked like HTML: its tags were removed"': ["the input looked like HTML: its tags were removed"],
  '"empty name"': ["data/reference/departments.csv line 7: empty name"],
  "`${DEPARTMENTS_FILE} line ${p.line}: ${p.message}`": [
    'data/reference/departments.csv line 12: empty name; kind "office" is not one of province, city, county',
    "data/reference/departments.csv line 1: missing 2 columns: kind, aliases"
  ],
  '`missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`': [
    "data/reference/departments.csv line 1: missing 1 column: kind"
  ],
  '`kind "${kind}" is not one of ${DEPARTMENT_KINDS.join(", ")}`': [
    'data/reference/departments.csv line 9: kind "bureau" is not one of province, city'
  ],
  '`name "${key}" is already used on line ${other}`': [
    'data/reference/departments.csv line 40: name "市发改委" is already used on line 12'
  ],
  '`${decoded.replaced} byte sequence${decoded.replaced === 1 ? "" : "s"} could not be read as ${decoded.encoding} and ${decoded.replaced === 1 ? "was" : "were"} replaced by � (the file mixes encodings or is damaged)${line ? `, the first on line ${line}` : ""}`':
    [
      "1 byte sequence could not be read as GB18030 and was replaced by � (the file mixes encodings or is damaged), the first on line 14",
      "23 byte sequences could not be read as UTF-8 and were replaced by � (the file mixes encodings or is damaged)"
    ],
  '`line breaks were restored before ${countEn(norm.restoredLines.length, "numbered heading")} that stood mid-line (the copy had lost its line breaks)`':
    [
      "line breaks were restored before 9 numbered headings that stood mid-line (the copy had lost its line breaks)",
      "line breaks were restored before 1 numbered heading that stood mid-line (the copy had lost its line breaks)"
    ],
  '`pinyin glosses such as (diǎn) after characters were read through on ${countEn(o.glossLines.length, "line")}`': [
    "pinyin glosses such as (diǎn) after characters were read through on 3 lines",
    "pinyin glosses such as (diǎn) after characters were read through on 1 line"
  ],
  '`${countEn(o.furniture.length, "line")} of a web page\'s furniture (navigation, share or print buttons) ${o.furniture.length === 1 ? "was" : "were"} skipped`':
    [
      "12 lines of a web page's furniture (navigation, share or print buttons) were skipped",
      "1 line of a web page's furniture (navigation, share or print buttons) was skipped"
    ],
  '`line ${l.line} was decoded one byte out of step (GBK pairs shifted, e.g. ?。ǘ┩ for （二）) and was read again in step${l.lost ? "; the copy had lost some of its bytes, so some characters are missing or wrong" : ""}`':
    [
      "line 10 was decoded one byte out of step (GBK pairs shifted, e.g. ?。ǘ┩ for （二）) and was read again in step",
      "line 11 was decoded one byte out of step (GBK pairs shifted, e.g. ?。ǘ┩ for （二）) and was read again in step; the copy had lost some of its bytes, so some characters are missing or wrong"
    ],
  "`line ${l.line} is garbled: it was decoded one byte out of step (GBK pairs shifted) and could not be read again; its text may be unreadable`":
    [
      "line 12 is garbled: it was decoded one byte out of step (GBK pairs shifted) and could not be read again; its text may be unreadable"
    ],
  '`garbled characters ("${mojibake[0]}") from a wrong encoding: the text around them may be unreadable`': [
    'garbled characters ("鍏ㄥ競") from a wrong encoding: the text around them may be unreadable'
  ],
  "`the reader stopped early: ${String(error)}`": [
    "the reader stopped early: RangeError: Maximum call stack size exceeded"
  ],
  '`the document number "${odd.text.trim()}" does not read as 机关代字〔年份〕序号号; kept as written`': [
    'the document number "延政办发〔2024〕" does not read as 机关代字〔年份〕序号号; kept as written'
  ],
  "`row ${line} has ${taken.length + 1} of the header's ${width} cells (${header.join(\" / \")}): a cell is missing; the cells read are kept in the columns' order, the last columns left empty`":
    [
      "row 68 has 3 of the header's 4 cells (序号 / 重点工作任务 / 主要责任单位 / 协同配合单位): a cell is missing; the cells read are kept in the columns' order, the last columns left empty"
    ],
  '`indicator table row does not parse: ${!name ? "no indicator name" : "no target value"} in "${row.cells.join(" | ")}"`':
    [
      'indicator table row does not parse: no indicator name in " | 2025 | 约束性"',
      'indicator table row does not parse: no target value in "3 | 森林覆盖率 | | 约束性"'
    ],
  '`indicator ${seq} (${name}): target "${targetRaw}" has no number`': [
    'indicator 4 (森林覆盖率): target "稳步提升" has no number'
  ],
  "`indicator ${seq} (${name}): cumulative target [ ] but no note names its period`": [
    "indicator 7 (新增就业): cumulative target [ ] but no note names its period"
  ],
  '`indicator ${seq} (${name}): attribute "${attr}" is neither 约束性 nor 预期性`': [
    'indicator 2 (单位GDP能耗): attribute "指导性" is neither 约束性 nor 预期性'
  ],
  "`indicator number ${seq} appears twice`": ["indicator number 5 appears twice"],
  '`${holder}: "${name}" is the short name the text gives a thing that is no body (以下简称); not read as a department`':
    ['T3: "示范区" is the short name the text gives a thing that is no body (以下简称); not read as a department'],
  '`department "${name}" is not in the department reference; kept as written`': [
    'department "新材料产业园" is not in the department reference; kept as written'
  ],
  '`${countEn(o.page.length, "line")} of the web page\'s 信息公开 record (${[...new Set(fields.map((f) => f.label))].slice(0, 4).join(", ")} …) ${o.page.length === 1 ? "was" : "were"} set aside: the page\'s, not the plan\'s${fromPage.length ? `; the header takes its ${fromPage.join(", ")} from it` : ""}`':
    [
      "6 lines of the web page's 信息公开 record (发布时间, 索引号, 发布机构, 发布日期 …) were set aside: the page's, not the plan's; the header takes its docNumber from it",
      "1 line of the web page's 信息公开 record (索引号 …) was set aside: the page's, not the plan's"
    ],
  "`${item.id}: the clause's bracket is never closed (the text is cut mid-clause); only its whole names are read`": [
    "T12: the clause's bracket is never closed (the text is cut mid-clause); only its whole names are read"
  ],
  '`${item.id}: the clause\'s bracket is never closed (the text is cut mid-clause); only its whole names are read ("${clause.cutName}", cut short, is no department)`':
    [
      'T6: the clause\'s bracket is never closed (the text is cut mid-clause); only its whole names are read ("县农业农", cut short, is no department)'
    ],
  '`${item.id}: the text ends inside the clause (the copy is cut mid-name); only its whole names are read ("${clause.cutName}", cut short, is no department)`':
    [
      'T1.2: the text ends inside the clause (the copy is cut mid-name); only its whole names are read ("县财", cut short, is no department)'
    ],
  '`${item.id}: clause part "${u.text}" names no role`': ['T5: clause part "按职责分工负责" names no role'],
  "`${item.id}: the clause names no department`": ["A2.1: the clause names no department"],
  '`line ${l.line} opens with the clause label "${l.label}:" but no rule read it: nobody is linked from it`': [
    'line 9 opens with the clause label "协同责任单位:" but no rule read it: nobody is linked from it'
  ],
  "`${item.id} has no responsibility clause`": ["T7 has no responsibility clause"],
  '`${id}: "${raw}" counts from the plan\'s year, which the plan does not state: kept with no date`': [
    'T2.1: "明年年底" counts from the plan\'s year, which the plan does not state: kept with no date'
  ],
  "`${u.id} has no responsibility clause`": ["A3.2 has no responsibility clause"],
  '`the table of ${first}–${last} has no column naming who is responsible (${header}): its ${countEn(rows, "row names", "rows name")} no one`':
    [
      "the table of R1.1–R1.3 has no column naming who is responsible (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况): its 3 rows name no one",
      "the table of R1.1–R1.1 has no column naming who is responsible (序号 | 工作事项): its 1 row names no one"
    ],
  '`${item.id}: the ${column} cell of its row names no department ("${holds}")`': [
    'R1.3: the 牵头单位 cell of its row names no department ("—")',
    'R1.10: the 牵头负责部门 cell of its row names no department ("发展改革"): "发展改革" is no department\'s name by its form nor in the reference (a cell cut short?); it may be 发展改革委'
  ],
  "`${item.id} (row ${seqText || seq})${why}; not linked`": [
    'R1.4 (row 4): "区财政" is no department\'s name by its form nor in the reference (a cell cut short?); not linked; it may be 区财政局 or 区财政所',
    'R1.4 (row 4): "某某" is no department\'s name by its form nor in the reference (a cell cut short?); not linked'
  ],
  '`${r.item} (row ${rowKey.slice(r.item.length + 1)}): "${r.asWritten}" is no department\'s name by its form nor in the reference (a cell cut short?); not linked`':
    [
      'GF3 (row 2): "闵行" is no department\'s name by its form nor in the reference (a cell cut short?); not linked; it may be 闵行区人民政府'
    ],
  "`${item.id}: the ${column} cell of its row is empty: no department named`": [
    "R1.2: the 责任单位 cell of its row is empty: no department named"
  ],
  '`${item.id}: "${n.name}" in a bodies\' column is a time, not a department`': [
    'T8: "2025年底前" in a bodies\' column is a time, not a department'
  ],
  '`专栏${n.numeral}: text before its first —— action is not read: "${intro.slice(0, 30)}"`': [
    '专栏3: text before its first —— action is not read: "到2025年,建成一批示范项目"'
  ],
  "`专栏${n.numeral} has text but no —— actions`": ["专栏2 has text but no —— actions"],
  '`no task items were found (${countEn(model.chapters.length, "chapter was", "chapters were")} read${ forms.length ? `, numbered ${forms.join(" ")}` : "" }): the reader expects tasks numbered 一、 (一) 1. (1) ① or 第一条, each ending with its responsibility clause`':
    [
      "no task items were found (0 chapters were read): the reader expects tasks numbered 一、 (一) 1. (1) ① or 第一条, each ending with its responsibility clause",
      "no task items were found (1 chapter was read, numbered 一、 第一条): the reader expects tasks numbered 一、 (一) 1. (1) ① or 第一条, each ending with its responsibility clause"
    ],
  "`${label} appears twice`": ["(三) appears twice"],
  "`numbering gap: ${label} after ${markerLabel(prev.style, prev.numeral)}`": ["numbering gap: (五) after (三)"],
  "`numbering starts at ${markerLabel(n.style, n.numeral)}`": ["numbering starts at 2."],
  '`no item has a responsibility clause (${unassigned.length} item${unassigned.length === 1 ? "" : "s"}): who does what is read only from bodies named in their text${holder}`':
    [
      "no item has a responsibility clause (1 item): who does what is read only from bodies named in their text",
      "no item has a responsibility clause (3 items): who does what is read only from bodies named in their text; the issuer, 四川省发展和改革委员会, holds by default each item no body leads (an implicit role, not a lead)",
      "no item has a responsibility clause (8 items): who does what is read only from bodies named in their text; the issuers, 市委办公室 and 市政府办公室, hold jointly by default each item no body leads (implicit roles, not leads)"
    ],
  '`${skipped.length} line${skipped.length === 1 ? "" : "s"} of the attachments not read (from line ${skipped[0]}): only their tables and numbered lists are read`':
    [
      "1 line of the attachments not read (from line 88): only their tables and numbered lists are read",
      "14 lines of the attachments not read (from line 120): only their tables and numbered lists are read"
    ],
  '`the ${totalLabel(cells)} of ${q.label} (${cell}) is not the sum of its column (${+low.toFixed(2)}${high !== low ? `-${+high.toFixed(2)}` : ""})`':
    ["the 合计 of 新增造林面积(万亩) (120) is not the sum of its column (118.5-119)"]
};

// English left in a Chinese sentence: the words the messages' English is made of (values written in Latin letters,
// such as an encoding, a column's name or an error's own text, are kept as written).
const ENGLISH = /\b(?:the|is|are|not|of|no|and|in|on|its|was|were|read|line|lines|item|items|name|as)\b/i;
// The values a message carries (numbers, quoted text): each must stand in its Chinese as written.
const values = (message: string) => [
  ...(message.match(/\d+(?:\.\d+)?/g) ?? []),
  ...[...message.matchAll(/"([^"]*)"/g)].map((m) => m[1]).filter(Boolean)
];

describe("warningZh", () => {
  test("every message template the reader's source writes has an example here (a new warning must get its Chinese)", () => {
    const templates = messageTemplates();
    expect(templates.length).toBeGreaterThan(30);
    expect(templates.filter((t) => !(t in EXAMPLES))).toEqual([]);
    // An example of a template the source no longer writes is stale: its form in warningsZh.ts may be too.
    expect(Object.keys(EXAMPLES).filter((t) => !templates.includes(t))).toEqual([]);
  });

  test.each(Object.entries(EXAMPLES).flatMap(([, messages]) => messages))(
    "has a Chinese form, keeping the values: %s",
    (message) => {
      const zh = warningZh(message);
      expect(zh).not.toBeNull();
      expect(zh).not.toMatch(ENGLISH);
      for (const v of values(message)) expect(zh).toContain(v);
    }
  );

  test("writes the values into the Chinese sentence", () => {
    expect(warningZh('department "新材料产业园" is not in the department reference; kept as written')).toBe(
      "部门“新材料产业园”不在部门参照表中；按原文保留"
    );
    expect(warningZh("numbering gap: (五) after (三)")).toBe("编号不连续：(三)之后是(五)");
    expect(warningZh("indicator number 5 appears twice")).toBe("指标序号5出现两次");
    expect(
      warningZh(
        "no item has a responsibility clause (3 items): who does what is read only from bodies named in their text; the issuer, 四川省发展和改革委员会, holds by default each item no body leads (an implicit role, not a lead)"
      )
    ).toBe(
      "没有一个条目带责任条款（共3个条目）：由谁负责只能从条目文字中点名的机构读取；发文机关四川省发展和改革委员会默认承担没有牵头单位的各条目（默认角色，不是牵头）"
    );
  });

  test("gives null for a message of no known form (the page shows the English)", () => {
    expect(warningZh("something new the reader says")).toBeNull();
  });

  test("every warning the reader writes for the real plans, Yan'an and a plan without clauses reads in Chinese", () => {
    const models = [
      YANAN,
      parse(
        "延安市人民政府办公室\n关于印发某某方案的通知\n一、总体要求\n(一)加强统筹。\n(二)推进改革。\n延安市人民政府办公室\n2024年1月2日"
      ),
      ...realPlans().map((p) => parse(p.text))
    ];
    const warnings = models.flatMap((m) => m.warnings);
    warnings.push(...departmentReferenceWarnings(parseDepartmentsCsv("name,kind\n,city\n市发改委,bureau\n").problems));
    expect(warnings.length).toBeGreaterThan(50);
    const untranslated = warnings.filter((w) => {
      const zh = warningZh(w.message);
      return zh === null || ENGLISH.test(zh);
    });
    expect(untranslated.map((w) => w.message)).toEqual([]);
  });
});
