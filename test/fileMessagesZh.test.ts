import {readdirSync, readFileSync} from "node:fs";
import ts from "typescript";
import {describe, expect, test} from "vitest";
import {
  comparisonMessageZh,
  fileExtentZh,
  fileMessageZh,
  referenceMessageZh,
  rowMessageZh
} from "../src/lib/fileMessagesZh.js";
import {readComparisonFile} from "../src/lib/compare/comparison.js";
import {parseFunctionMapping} from "../src/lib/compare/functions.js";
import {parseBenchmarks, parseIndicatorGlossary} from "../src/lib/reference.js";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {OBSERVATION_COLUMNS, TASK_STATUSES, TASK_STATUS_FILE_COLUMNS} from "../src/lib/observations.js";
import {readPlanFile} from "../src/lib/readPlanFile.js";
import {readMonitoringFile} from "../src/lib/spreadsheet.js";

// The sources that write what the pages say about a loaded file: the plan file's readers, the monitoring file's
// reader and its rows' validation, and the workbook of both monitoring files; and about the comparison files: the
// reference tables the compare pages read (indicator glossary, benchmarks, function mapping) and a comparison file
// loaded or stored in the browser.
const LIB = new URL("../src/lib/", import.meta.url);
const SOURCES = [
  ...readdirSync(new URL("formats/", LIB))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `formats/${f}`),
  "readPlanFile.ts",
  "spreadsheet.ts",
  "observations.ts",
  "monitoringWorkbook.ts",
  "reference.ts",
  "compare/functions.ts",
  "compare/comparison.ts"
];

/**
 * Every string or template literal of the sources with an English phrase in it (two words or more), as written
 * (whitespace collapsed): the messages, their parts and anything else in English; imports aside.
 */
function englishLiterals(): string[] {
  const found = new Set<string>();
  for (const source of SOURCES) {
    const url = new URL(source, LIB);
    const file = ts.createSourceFile(url.pathname, readFileSync(url, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const text = node.getText(file).replace(/\s+/g, " ");
        // Two English words, or a word and a count of a noun ("missing ${countEn(n, "column")}").
        if (/[A-Za-z]+ (?:[A-Za-z]+|\$\{countEn\()/.test(text)) found.add(text);
        if (ts.isTemplateExpression(node)) return; // its parts are read with it
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...found].sort();
}

type Kind = "file" | "extent" | "row" | "reference" | "comparison";
const TRANSLATE: Record<Kind, (message: string) => string | null> = {
  file: fileMessageZh,
  extent: fileExtentZh,
  row: rowMessageZh,
  reference: referenceMessageZh,
  comparison: comparisonMessageZh
};

// Each message template of the sources with messages it writes (both ends of its plurals and choices), and which
// function gives its Chinese. A template missing here fails the first test: add an example, and its Chinese form
// in src/lib/fileMessagesZh.ts.
const EXAMPLES: Record<string, [Kind, string[]]> = {
  // readPlanFile.ts
  '"the file is empty"': ["file", ["the file is empty", "关于印发实施方案的通知.txt: the file is empty"]],
  "`${file}: the file is empty`": ["file", ["plan.docx: the file is empty"]],
  '"could not be read as a Word document (it may be damaged): open it in Word or WPS and save it again"': [
    "file",
    [
      "延政发〔2024〕8号.docx: could not be read as a Word document (it may be damaged): open it in Word or WPS and save it again"
    ]
  ],
  '"could not be read as a Word document or an OFD: the ZIP archive is damaged"': [
    "file",
    ["方案.zip: could not be read as a Word document or an OFD: the ZIP archive is damaged"]
  ],
  '"a ZIP archive but not a Word .docx or an OFD document: save the plan as .docx, .pdf or .txt"': [
    "file",
    ["附件.zip: a ZIP archive but not a Word .docx or an OFD document: save the plan as .docx, .pdf or .txt"]
  ],
  '"an RTF document, which is not read here: save it as .docx or .txt"': [
    "file",
    ["plan.rtf: an RTF document, which is not read here: save it as .docx or .txt"]
  ],
  '"an image (a scan?), which holds no text to read: run OCR on it first, or load the plan as text"': [
    "file",
    ["扫描件.jpg: an image (a scan?), which holds no text to read: run OCR on it first, or load the plan as text"]
  ],
  '"not a text file (binary content) nor a format read here: load a .txt, .docx, .doc, .wps, .pdf, .ofd or a saved web page, or paste the text"':
    [
      "file",
      [
        "plan.bin: not a text file (binary content) nor a format read here: load a .txt, .docx, .doc, .wps, .pdf, .ofd or a saved web page, or paste the text"
      ]
    ],
  "`a ${FORMAT_NAMES[format]}, but no HTML/XML parser was given to read it`": [
    "file",
    [
      "page.html: a web page, but no HTML/XML parser was given to read it",
      "plan.ofd: a OFD document, but no HTML/XML parser was given to read it"
    ]
  ],
  "`could not be read (${(error as Error).message})`": ["file", ["plan.pdf: could not be read (Unexpected token)"]],
  "`${file} is named .${ext} but is a ${FORMAT_NAMES[read.format]}: it was read as such`": [
    "file",
    [
      "plan.doc is named .doc but is a Word document (.docx): it was read as such",
      "延安市实施方案.pdf is named .pdf but is a plain text file: it was read as such"
    ]
  ],
  // formats/docx.ts, word.ts
  '"the Word document has no text"': [
    "file",
    ["the Word document has no text", "空白.doc: the Word document has no text"]
  ],
  '`${numbered} paragraph${numbered === 1 ? " uses" : "s use"} Word\'s automatic numbering, which is not part of the text: headings numbered that way (一、, (一)) are not recognised — turn the numbering into text in Word, or save the plan as .txt, and load it again`':
    [
      "file",
      [
        "1 paragraph uses Word's automatic numbering, which is not part of the text: headings numbered that way (一、, (一)) are not recognised — turn the numbering into text in Word, or save the plan as .txt, and load it again",
        "37 paragraphs use Word's automatic numbering, which is not part of the text: headings numbered that way (一、, (一)) are not recognised — turn the numbering into text in Word, or save the plan as .txt, and load it again"
      ]
    ],
  "`the Office file could not be opened (${(error as Error).message}): it may be damaged`": [
    "file",
    ["plan.doc: the Office file could not be opened (CFB: Header Signature Mismatch): it may be damaged"]
  ],
  "`an Office file but ${kind} (no WordDocument stream)`": [
    "file",
    [
      "台账.xls: an Office file but an Excel workbook (no WordDocument stream)",
      "汇报.ppt: an Office file but a PowerPoint file (no WordDocument stream)",
      "x.doc: an Office file but not a Word or WPS document (no WordDocument stream)"
    ]
  ],
  '"an Excel workbook"': ["file", ["台账.xls: an Office file but an Excel workbook (no WordDocument stream)"]],
  '"a PowerPoint file"': ["file", ["汇报.ppt: an Office file but a PowerPoint file (no WordDocument stream)"]],
  '"not a Word or WPS document"': [
    "file",
    ["x.doc: an Office file but not a Word or WPS document (no WordDocument stream)"]
  ],
  "`the Word document could not be read (${(error as Error).message})`": [
    "file",
    [
      "保密.doc: the Word document could not be read (the document is encrypted)",
      "旧.doc: the Word document could not be read (not a Word 97 or later document)",
      "坏.doc: the Word document could not be read (the table stream is missing)",
      "坏.wps: the Word document could not be read (no piece table)"
    ]
  ],
  '"not a Word 97 or later document"': [
    "file",
    ["旧.doc: the Word document could not be read (not a Word 97 or later document)"]
  ],
  '"the document is encrypted"': [
    "file",
    ["保密.doc: the Word document could not be read (the document is encrypted)"]
  ],
  '"the table stream is missing"': [
    "file",
    ["坏.doc: the Word document could not be read (the table stream is missing)"]
  ],
  '"no piece table"': ["file", ["坏.wps: the Word document could not be read (no piece table)"]],
  // formats/html.ts, mhtml.ts
  "`the web page could not be parsed (${(error as Error).message})`": [
    "file",
    ["page.html: the web page could not be parsed (Maximum call stack size exceeded)"]
  ],
  "`the web page could not be read (${(error as Error).message})`": [
    "file",
    ["page.htm: the web page could not be read (Cannot set properties of undefined)"]
  ],
  '"no article found on the web page (only menus or links)"': [
    "file",
    ["index.html: no article found on the web page (only menus or links)"]
  ],
  '"the web page\'s article has no text"': ["file", ["t20240326.html: the web page's article has no text"]],
  '`from the page around the article: ${head.join(" · ")}`': [
    "file",
    ["from the page around the article: 延政发〔2024〕8号 · 2024年3月26日"]
  ],
  "`the MHTML file could not be read (${(error as Error).message})`": [
    "file",
    ["saved.mhtml: the MHTML file could not be read (Unexpected end of input)"]
  ],
  '"the MHTML file holds no web page (no text/html part)"': [
    "file",
    ["saved.mht: the MHTML file holds no web page (no text/html part)"]
  ],
  // formats/layout.ts, pdf.ts, ofd.ts
  "`the ${NAME[format]} has no pages`": [
    "file",
    ["empty.pdf: the PDF has no pages", "empty.ofd: the OFD has no pages"]
  ],
  '`a scanned ${NAME[format]}: none of its ${n} page${n === 1 ? " has" : "s have"} a text layer (only images), and this product does not read images (OCR) — run OCR on it first, or load the plan as text`':
    [
      "file",
      [
        "扫描版.pdf: a scanned PDF: none of its 12 pages have a text layer (only images), and this product does not read images (OCR) — run OCR on it first, or load the plan as text",
        "扫描版.ofd: a scanned OFD: none of its 1 page has a text layer (only images), and this product does not read images (OCR) — run OCR on it first, or load the plan as text"
      ]
    ],
  '`page${empty.length === 1 ? "" : "s"} ${empty.join(", ")} of the ${NAME[format]} ${empty.length === 1 ? "has" : "have"} no text layer (scanned images): ${empty.length === 1 ? "its" : "their"} text is missing`':
    [
      "file",
      [
        "page 7 of the PDF has no text layer (scanned images): its text is missing",
        "pages 3, 5, 11 of the OFD have no text layer (scanned images): their text is missing"
      ]
    ],
  '`${countEn(garbled, "character")} of the ${NAME[format]} have no Unicode meaning (a font without a character map): the text may be incomplete`':
    [
      "file",
      ["214 characters of the PDF have no Unicode meaning (a font without a character map): the text may be incomplete"]
    ],
  "`the PDF reader could not be loaded (${(error as Error).message})`": [
    "file",
    ["plan.pdf: the PDF reader could not be loaded (Failed to fetch dynamically imported module)"]
  ],
  '"the PDF is protected by a password"': ["file", ["加密.pdf: the PDF is protected by a password"]],
  "`the PDF could not be read (${(error as Error).message || name}): it may be damaged`": [
    "file",
    ["坏.pdf: the PDF could not be read (Invalid PDF structure.): it may be damaged"]
  ],
  "`the OFD archive could not be opened (${(error as Error).message})`": [
    "file",
    ["plan.ofd: the OFD archive could not be opened (Corrupted zip: missing 12 bytes.)"]
  ],
  '"a ZIP archive without OFD.xml: not an OFD document"': [
    "file",
    ["plan.ofd: a ZIP archive without OFD.xml: not an OFD document"]
  ],
  '"OFD.xml names no document (DocRoot)"': ["file", ["plan.ofd: OFD.xml names no document (DocRoot)"]],
  "`the document ${docPath} is missing from the OFD archive`": [
    "file",
    ["plan.ofd: the document Doc_0/Document.xml is missing from the OFD archive"]
  ],
  '"the OFD document has no pages"': ["file", ["plan.ofd: the OFD document has no pages"]],
  "`the OFD document could not be read (${(error as Error).message})`": [
    "file",
    ["plan.ofd: the OFD document could not be read (Unexpected close tag)"]
  ],
  // spreadsheet.ts (a monitoring file)
  '"not a text file (binary content): save it as CSV or .xlsx"': [
    "file",
    ["not a text file (binary content): save it as CSV or .xlsx"]
  ],
  "`the workbook inflates to ${megabytes(size)}, more than the ${megabytes(MAX_WORKBOOK_BYTES)} a monitoring file may hold`":
    [
      "file",
      [
        "the workbook inflates to 312 MB, more than the 100 MB a monitoring file may hold",
        "the workbook inflates to more than 4 GB, more than the 100 MB a monitoring file may hold"
      ]
    ],
  '"more than 4 GB"': [
    "file",
    ["the workbook inflates to more than 4 GB, more than the 100 MB a monitoring file may hold"]
  ],
  "`not a readable .xlsx workbook (${(error as Error).message})`": [
    "file",
    ["not a readable .xlsx workbook (invalid zip data)"]
  ],
  '"not a readable .xlsx workbook (it has no sheet)"': ["file", ["not a readable .xlsx workbook (it has no sheet)"]],
  // The extents (formats/*.ts)
  '`${text ? text.split("\\n").length : 0} paragraphs and table rows`': ["extent", ["212 paragraphs and table rows"]],
  '`the article body (${bodyChars.toLocaleString("en")} of the page\'s ${countEn(pageChars, "character")})`': [
    "extent",
    ["the article body (13,583 of the page's 13,931 characters)"]
  ],
  '`${n - empty.length} of ${countEn(n, "page")} with text`': [
    "extent",
    ["13 of 13 pages with text", "1 of 1 page with text"]
  ],
  '`the main text (${countEn(text.length, "character")})`': [
    "extent",
    ["the main text (9,870 characters)", "the main text (1 character)"]
  ],
  // observations.ts (a monitoring file's rows)
  '`missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`': [
    "row",
    ["missing 2 columns: as_of, source"]
  ],
  '"empty id"': ["row", ["empty id"]],
  '`unknown id "${id}" (not an indicator or target of the plan)`': [
    "row",
    ['unknown id "I99" (not an indicator or target of the plan)']
  ],
  '`value "${valueText}" is not a number`': ["row", ['value "约98" is not a number']],
  '`year "${yearText}" is not an integer in ${YEAR_RANGE.from}–${YEAR_RANGE.to}`': [
    "row",
    ['year "2050" is not an integer in 2015–2035']
  ],
  '`level "${levelText}" is not one of ${OBSERVATION_LEVELS.join(", ")}`': [
    "row",
    ['level "市" is not one of city, province, nation']
  ],
  '`unit "${wrong}" differs from the unit of ${id} (${unitLabel(entry.unit)})`': [
    "row",
    ['unit "%" differs from the unit of I3 (万人)', 'unit "亩" differs from the unit of A2.1-1 (no unit)']
  ],
  '"no unit"': ["row", ['unit "亩" differs from the unit of A2.1-1 (no unit)']],
  "`duplicate of row ${first} (${id}, ${year}, ${level})`": ["row", ["duplicate of row 4 (I2, 2024, city)"]],
  '"empty source (every number must be cited)"': ["row", ["empty source (every number must be cited)"]],
  "`value ${number!.value} for ${id}, whose unit is %: if the cell was formatted as a percentage (${Math.round(number!.value * 10000) / 100} %), type ${Math.round(number!.value * 10000) / 100} or ${Math.round(number!.value * 10000) / 100}%`":
    [
      "row",
      [
        "value 0.95 for I5, whose unit is %: if the cell was formatted as a percentage (95 %), type 95 or 95%",
        "value 0.981 for I12, whose unit is %: if the cell was formatted as a percentage (98.1 %), type 98.1 or 98.1%"
      ]
    ],
  '"empty item"': ["row", ["empty item"]],
  '`unknown item "${item}" (not a task or action of the plan)`': [
    "row",
    ['unknown item "T99" (not a task or action of the plan)']
  ],
  '`as_of "${asOfText}" is not a date (yyyy-mm-dd, or 2025/6/30, 2025年6月30日)`': [
    "row",
    ['as_of "6月底" is not a date (yyyy-mm-dd, or 2025/6/30, 2025年6月30日)']
  ],
  '`status "${statusText}" is not one of ${TASK_STATUSES.join(", ")} (or ${Object.keys(TASK_STATUSES_ZH).join(", ")})`':
    [
      "row",
      ['status "done" is not one of not started, in progress, completed, at risk (or 未开始, 进行中, 已完成, 有风险)']
    ],
  "`duplicate of row ${first} (${item}, ${asOf})`": ["row", ["duplicate of row 9 (T2.6, 2025-06-30)"]],
  '"empty source (every status must be cited)"': ["row", ["empty source (every status must be cited)"]],
  "`${c} begins with ${first}, which a spreadsheet runs as a formula (CSV exports prefix it with ')`": [
    "row",
    [
      'note begins with "=", which a spreadsheet runs as a formula (CSV exports prefix it with \')',
      "evidence begins with a tab, which a spreadsheet runs as a formula (CSV exports prefix it with ')",
      "source begins with a carriage return, which a spreadsheet runs as a formula (CSV exports prefix it with ')"
    ]
  ],
  '"a tab"': [
    "row",
    ["evidence begins with a tab, which a spreadsheet runs as a formula (CSV exports prefix it with ')"]
  ],
  '"a carriage return"': [
    "row",
    ["source begins with a carriage return, which a spreadsheet runs as a formula (CSV exports prefix it with ')"]
  ],
  '`item "${typed}" read as "${item}"`': ["row", ['item "t2.6" read as "T2.6"']],
  // reference.ts (data/reference/indicators.csv, benchmarks.csv), compare/functions.ts (functions.csv)
  '"empty name"': ["reference", ["empty name"]],
  '`direction "${direction}" is not one of ${DIRECTIONS.join(", ")}`': [
    "reference",
    ['direction "上升" is not one of raise, reduce']
  ],
  '`limit "${limitText}" is not a number`': ["reference", ['limit "约5" is not a number']],
  '`name "${key}" is already used on line ${other}`': ["reference", ['name "地区生产总值" is already used on line 4']],
  '"empty jurisdiction"': ["reference", ["empty jurisdiction"]],
  '"empty indicator_zh"': ["reference", ["empty indicator_zh; empty source"]],
  '`level "${level}" is not one of ${BENCHMARK_LEVELS.join(", ")}`': [
    "reference",
    ['level "省级" is not one of nation, province']
  ],
  '`kind "${kind}" is not one of ${BENCHMARK_KINDS.join(", ")}`': [
    "reference",
    ['kind "目标" is not one of target, observation']
  ],
  '`year "${yearText}" is not a year`': ["reference", ['year "二〇二五" is not a year']],
  '`comparator "${comparator}" is not one of ${COMPARATORS.join(", ")}`': [
    "reference",
    ['comparator "≥" is not one of =, >=, <=']
  ],
  '"empty source"': ["reference", ["empty source"]],
  '`published "${published}" is not a date (yyyy, yyyy-mm or yyyy-mm-dd)`': [
    "reference",
    ['published "2024年3月" is not a date (yyyy, yyyy-mm or yyyy-mm-dd)']
  ],
  "`the same jurisdiction, indicator, kind and year as line ${first}`": [
    "reference",
    ["the same jurisdiction, indicator, kind and year as line 12"]
  ],
  '"empty match"': ["reference", ["empty match; empty function_zh"]],
  '`function "${fn}" is not an id (lower-case letters, digits, dashes)`': [
    "reference",
    ['function "Civil Affairs" is not an id (lower-case letters, digits, dashes)']
  ],
  '"empty function_zh"': ["reference", ["empty function_zh"]],
  '`match "${match}" is already on line ${first}`': ["reference", ['match "民政" is already on line 9']],
  '`function ${fn} is labelled "${known.zh}" on line ${known.line}, not "${zh}"`': [
    "reference",
    ['function civil-affairs is labelled "民政" on line 9, not "民政事务"']
  ],
  // compare/comparison.ts (a comparison file loaded on the load page, or the one stored in the browser)
  '"not an object"': ["comparison", ["比较.json, plan 2: not an object; left out"]],
  "`${s.plan}: summary.${f} is not a number`": [
    "comparison",
    ["比较.json, plan 1: 某区方案: summary.items is not a number; left out"]
  ],
  "`${s.plan}: no summary.leadByKind`": [
    "comparison",
    ["the stored comparison, plan 3: 某区方案: no summary.leadByKind; left out"]
  ],
  "`${s.plan}: no summary.checks`": ["comparison", ["比较.json, plan 1: 某区方案: no summary.checks; left out"]],
  "`${name} is not JSON: ${(error as Error).message}`": [
    "comparison",
    ["比较.json is not JSON: Unexpected token } in JSON at position 12"]
  ],
  "`${name} is not a comparison file saved by Plan explorer`": [
    "comparison",
    [
      "plan.json is not a comparison file saved by Plan explorer",
      "the file is not a comparison file saved by Plan explorer"
    ]
  ],
  "`${name}, plan ${i + 1}: ${why}; left out`": ["comparison", ['比较.json, plan 4: no "plan" name; left out']]
};

// English in the sources that is no message: names of things, data, what is matched.
const NOT_MESSAGES: Record<string, string> = {
  '"ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION UL"':
    "html.ts: the tags that end a line",
  '"PowerPoint Document"': "word.ts: the name of a stream in an Office file",
  '"plain text file"': "FORMAT_NAMES: a format's name, translated inside the messages that name it",
  '"Word document (.docx)"': "FORMAT_NAMES",
  '"Word 97–2003 or WPS document (.doc, .wps)"': "FORMAT_NAMES",
  '"web page"': "FORMAT_NAMES",
  '"web page archive (MHTML)"': "FORMAT_NAMES",
  '"OFD document"': "FORMAT_NAMES",
  '"not started"': "a task status as the status file writes it (data)",
  '"in progress"': "a task status (data)",
  '"at risk"': "a task status (data)",
  '"next step"': "a column's name as a status file may write it (data)",
  '"local only"': "reference.ts: an alignment's name (data), labelled in vocabulary.ts",
  '"the file"': "readPlanFile.ts, comparison.ts: the name of a file given none, which starts a message"
};

// English left in a Chinese sentence: the words the messages' English is made of. Values kept as written (the
// columns' names, the English task statuses a status file may hold, a library's own error text) are taken out of
// the Chinese before it is checked.
const ENGLISH =
  /\b(?:the|is|are|not|of|no|and|in|on|its|was|were|read|could|be|has|have|file|page|pages|item|items|with|as|or|but|it)\b/i;
const KEPT = [...new Set([...OBSERVATION_COLUMNS, ...TASK_STATUS_FILE_COLUMNS, TASK_STATUSES.join(", ")])].sort(
  (a, b) => b.length - a.length
);
const LIBRARY_ERRORS =
  /（(?:Unexpected[^）]*|Maximum[^）]*|Cannot[^）]*|Failed[^）]*|Invalid[^）]*|Corrupted[^）]*|CFB[^）]*|invalid zip data)）/g;
// The file's name that starts a message.
const fileName = (message: string) => /^([^\s:]+\.\w+)(?::| is named)/.exec(message)?.[1];
const english = (zh: string, message: string) =>
  ENGLISH.test(
    [...KEPT, fileName(message) ?? "\0"]
      .reduce((s, k) => s.split(k).join(""), zh.replace(LIBRARY_ERRORS, ""))
      .replace(/\.\w+/g, "")
  );
// The values a message carries (numbers, quoted text, the file's name): each must stand in its Chinese as written.
const values = (message: string) => [
  ...(message.match(/\d+(?:[.,]\d+)*/g) ?? []),
  ...[...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
  ...(fileName(message) ? [fileName(message)!] : [])
];

describe("fileMessageZh, fileExtentZh, rowMessageZh", () => {
  test("every English phrase the file readers' and monitoring files' sources write is a message with an example here, or named as no message", () => {
    const literals = englishLiterals();
    expect(literals.length).toBeGreaterThan(60);
    expect(literals.filter((t) => !(t in EXAMPLES) && !(t in NOT_MESSAGES))).toEqual([]);
    // An example of a template the sources no longer write is stale: its form in fileMessagesZh.ts may be too.
    expect([...Object.keys(EXAMPLES), ...Object.keys(NOT_MESSAGES)].filter((t) => !literals.includes(t))).toEqual([]);
  });

  test.each(Object.values(EXAMPLES).flatMap(([kind, messages]) => messages.map((m) => [kind, m] as const)))(
    "has a Chinese form (%s), keeping the values: %s",
    (kind, message) => {
      const zh = TRANSLATE[kind](message);
      expect(zh).not.toBeNull();
      expect(english(zh!, message)).toBe(false);
      for (const v of values(message)) expect(zh).toContain(v);
    }
  );

  test("names the file and what is wrong with it", () => {
    expect(fileMessageZh("加密.pdf: the PDF is protected by a password")).toBe("加密.pdf：该PDF设有密码保护，无法读取");
    expect(
      fileMessageZh(
        "扫描版.pdf: a scanned PDF: none of its 12 pages have a text layer (only images), and this product does not read images (OCR) — run OCR on it first, or load the plan as text"
      )
    ).toBe(
      "扫描版.pdf：这是扫描版PDF：全部12页都没有文字层（只有图像），本站不识别图像中的文字（OCR）——请先做文字识别，或以文本形式载入方案"
    );
    expect(fileMessageZh("延安市实施方案.pdf is named .pdf but is a plain text file: it was read as such")).toBe(
      "延安市实施方案.pdf的扩展名是 .pdf，但实际是纯文本文件：已按纯文本文件读取"
    );
    expect(fileMessageZh("pages 3, 5, 11 of the OFD have no text layer (scanned images): their text is missing")).toBe(
      "该OFD第3、5、11页没有文字层（扫描图像）：这些页的文字缺失"
    );
    // The reader's own error, known, in Chinese; a library's, as written.
    expect(fileMessageZh("保密.doc: the Word document could not be read (the document is encrypted)")).toBe(
      "保密.doc：Word 文档无法读取（文档已加密（设有密码））"
    );
    expect(fileMessageZh("坏.pdf: the PDF could not be read (Invalid PDF structure.): it may be damaged")).toBe(
      "坏.pdf：PDF 无法读取（Invalid PDF structure.）：文件可能已损坏"
    );
  });

  test("a file's name with a colon in it is kept whole", () => {
    expect(fileMessageZh("会议: 纪要.pdf: the PDF is protected by a password")).toBe(
      "会议: 纪要.pdf：该PDF设有密码保护，无法读取"
    );
  });

  test("gives the extent of a file in Chinese", () => {
    expect(fileExtentZh("13 of 13 pages with text")).toBe("13页中13页有文字");
    expect(fileExtentZh("the article body (13,583 of the page's 13,931 characters)")).toBe(
      "正文(全页13,931字中的13,583字)"
    );
    expect(fileExtentZh("the main text (9,870 characters)")).toBe("正文(9,870字)");
  });

  test("gives each reason of a monitoring file's bad row in Chinese, joined", () => {
    expect(
      rowMessageZh(
        'empty item; status "done" is not one of not started, in progress, completed, at risk (or 未开始, 进行中, 已完成, 有风险); empty source (every status must be cited)'
      )
    ).toBe(
      "item为空；status“done”应为 未开始、进行中、已完成、有风险 之一（或 not started, in progress, completed, at risk）；source为空（每条进展都须注明来源）"
    );
    expect(rowMessageZh('value "约98" is not a number; year "2050" is not an integer in 2015–2035')).toBe(
      "value“约98”不是数字；year“2050”不是2015–2035之间的整数"
    );
  });

  test("gives null for a message of no known form (the page shows the English)", () => {
    expect(fileMessageZh("something new about a file")).toBeNull();
    expect(fileMessageZh("plan.pdf: something new about a file")).toBeNull();
    expect(fileExtentZh("the whole file")).toBeNull();
    expect(rowMessageZh("a reason not known")).toBeNull();
  });

  test("every message readPlanFile and readMonitoringFile write for real bad files reads in Chinese", async () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const plans = await Promise.all([
      readPlanFile("空.txt", new Uint8Array()),
      readPlanFile("plan.rtf", bytes("{\\rtf1 hello}")),
      readPlanFile("scan.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
      readPlanFile("plan.docx", zip),
      readPlanFile("misnamed.pdf", bytes("一、总体要求\n(一)加强统筹。")),
      readPlanFile("坏.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      readPlanFile(
        "page.html",
        bytes("<!DOCTYPE html><html><body><a href='/'>首页</a></body></html>"),
        nodeReadOptions()
      )
    ]);
    const monitoring = await Promise.all([
      readMonitoringFile(new Uint8Array()),
      readMonitoringFile(Uint8Array.from([0, 1, 2, 3, 0, 0, 0, 0, 0xff, 0xfe, 0, 0])),
      readMonitoringFile(zip)
    ]);
    const messages = [...plans.flatMap((p) => p.messages), ...monitoring.map((m) => m.error!)];
    expect(messages).toHaveLength(10);
    expect(messages.filter((m) => fileMessageZh(m) === null)).toEqual([]);
  });

  test("every message the comparison files' readers write for real bad rows and files reads in Chinese, naming the row's values", () => {
    const glossary = parseIndicatorGlossary(
      "name,name_en,aliases,direction,limit,note\n,GDP,,raise,100,\n地区生产总值,GDP,,raise,,\n地区生产总值,GDP,,上升,约5,\n"
    ).problems;
    const benchmarks = parseBenchmarks(
      [
        "jurisdiction,level,indicator_zh,indicator_en,kind,year,value,comparator,unit,source,published,note",
        ",省级,,x,目标,二〇二五,约98,≥,%,,2024年3月,",
        "中国,nation,合格率,x,target,2025,98,>=,%,纲要,2023-02,",
        "中国,nation,合格率,x,target,2025,97,>=,%,纲要,2023-02,"
      ].join("\n")
    ).problems;
    const functions = parseFunctionMapping(
      "match,function,function_zh,note\n民政,civil-affairs,民政,\n,Civil Affairs,,\n民政,civil-affairs,民政事务,\n"
    ).problems;
    const rows = [...glossary, ...benchmarks, ...functions];
    expect(rows.map((p) => p.line)).toEqual([2, 4, 2, 4, 3, 4]);
    for (const p of rows) {
      const zh = referenceMessageZh(p.message);
      expect(zh, p.message).not.toBeNull();
      expect(english(zh!, p.message), `${p.message} → ${zh}`).toBe(false);
      for (const v of values(p.message)) expect(zh).toContain(v);
    }
    expect(referenceMessageZh(benchmarks[0].message)).toBe(
      "jurisdiction为空；indicator_zh为空；level“省级”应为 nation、province 之一；kind“目标”应为 target、observation 之一；year“二〇二五”不是年份；value“约98”不是数字；comparator“≥”应为 =、>=、<= 之一；source为空；published“2024年3月”不是日期（应写作 yyyy、yyyy-mm 或 yyyy-mm-dd）"
    );
    const files = [
      ...readComparisonFile("{", "比较.json").problems,
      ...readComparisonFile('{"format": "other"}', "plan.json").problems,
      ...readComparisonFile(
        JSON.stringify({format: "plan-explorer-comparison", version: 1, plans: [1, {plan: "某区"}, {}]}),
        "the stored comparison"
      ).problems
    ];
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const m of files) expect(comparisonMessageZh(m), m).not.toBeNull();
  });
});
