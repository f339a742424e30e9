/**
 * The Chinese of what the pages say about a file a user loads: a plan file (readPlanFile.ts and the format readers
 * in formats/: unreadable, scanned, protected by a password, misnamed, pages without text …), a monitoring file
 * (spreadsheet.ts: empty, not text, not a readable workbook, too large once inflated) and its bad rows
 * (observations.ts: each reason a row is refused or kept with a note). The English sentences are read back by their
 * form, as warningsZh.ts reads the reader's warnings, and the same values (the file's name, numbers, cells as
 * typed, a library's own error text) are written into a Chinese sentence.
 *
 *   fileMessageZh("plan.pdf: the PDF is protected by a password")  // → "plan.pdf：该PDF设有密码保护，无法读取"
 *   fileExtentZh("13 of 13 pages with text")                        // → "13页中13页有文字"
 *   rowMessageZh('empty item; status "done" is not one of …')       // → "item为空；status“done”应为 … 之一"
 *
 * Every such sentence the sources write has a form here: test/fileMessagesZh.test.ts lists the English phrases of
 * those sources and fails on one that is neither an example with its Chinese nor named as a part of another.
 */
import {FORMAT_NAMES, type PlanFormat} from "./formats/result.js";
import {formOf, type WarningForm} from "./warningsZh.js";

// "3", "13,583": a count as the messages write it.
const COUNT = "(\\d[\\d,]*)";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each format as readPlanFile names it (FORMAT_NAMES), in Chinese. */
const FORMAT_NAMES_ZH: Record<PlanFormat, string> = {
  text: "纯文本文件",
  docx: "Word 文档（.docx）",
  doc: "Word 97–2003 或 WPS 文档（.doc、.wps）",
  pdf: "PDF",
  html: "网页",
  mhtml: "网页归档（MHTML）",
  ofd: "OFD 版式文档"
};
const FORMAT = `(${Object.values(FORMAT_NAMES).map(escape).join("|")})`;
const formatZh = (en: string) =>
  FORMAT_NAMES_ZH[(Object.keys(FORMAT_NAMES) as PlanFormat[]).find((f) => FORMAT_NAMES[f] === en) ?? "text"];

/** The errors the readers throw themselves (word.ts, spreadsheet.ts), shown in brackets; a library's own as written. */
const ERRORS: Record<string, string> = {
  "not a Word 97 or later document": "不是 Word 97 或更高版本的文档",
  "the document is encrypted": "文档已加密（设有密码）",
  "the table stream is missing": "缺少表流（table stream）",
  "no piece table": "没有片段表（piece table）",
  "it has no sheet": "其中没有工作表"
};
const error = (e: string) => ERRORS[e] ?? e;

/** "3, 5" → "3、5" (lists of pages, columns). */
const list = (s: string) => s.split(", ").join("、");

/** What is wrong with a file, without its name (FormatRead.unreadable, a reader's message, a monitoring file's error). */
const REASONS: WarningForm[] = [
  // readPlanFile.ts, spreadsheet.ts
  {en: /^the file is empty$/, zh: () => "文件为空"},
  {
    en: /^could not be read as a Word document \(it may be damaged\): open it in Word or WPS and save it again$/,
    zh: () => "无法作为 Word 文档读取（文件可能已损坏）：请在 Word 或 WPS 中打开后重新保存"
  },
  {
    en: /^could not be read as a Word document or an OFD: the ZIP archive is damaged$/,
    zh: () => "无法作为 Word 文档或 OFD 读取：ZIP 压缩包已损坏"
  },
  {
    en: /^a ZIP archive but not a Word \.docx or an OFD document: save the plan as \.docx, \.pdf or \.txt$/,
    zh: () => "这是 ZIP 压缩包，但不是 Word .docx 或 OFD 文档：请将方案另存为 .docx、.pdf 或 .txt"
  },
  {
    en: /^an RTF document, which is not read here: save it as \.docx or \.txt$/,
    zh: () => "这是 RTF 文档，本站不读取这种格式：请另存为 .docx 或 .txt"
  },
  {
    en: /^an image \(a scan\?\), which holds no text to read: run OCR on it first, or load the plan as text$/,
    zh: () => "这是图片（扫描件？），其中没有可读取的文字：请先做文字识别（OCR），或以文本形式载入方案"
  },
  {
    en: /^not a text file \(binary content\) nor a format read here: load a \.txt, \.docx, \.doc, \.wps, \.pdf, \.ofd or a saved web page, or paste the text$/,
    zh: () =>
      "不是文本文件（二进制内容），也不是本站能读取的格式：请载入 .txt、.docx、.doc、.wps、.pdf、.ofd 或浏览器保存的网页，或直接粘贴文本"
  },
  {
    en: new RegExp(`^a ${FORMAT}, but no HTML/XML parser was given to read it$`),
    zh: (f) => `这是${formatZh(f)}，但没有提供读取它所需的 HTML/XML 解析器`
  },
  {en: /^could not be read \((.*)\)$/s, zh: (e) => `无法读取（${error(e)}）`},
  {
    en: /^not a text file \(binary content\): save it as CSV or \.xlsx$/,
    zh: () => "不是文本文件（二进制内容）：请另存为 CSV 或 .xlsx"
  },
  {
    en: /^the workbook inflates to (.+?), more than the (.+?) a monitoring file may hold$/,
    zh: (size, max) => `工作簿解压后为${size.replace(/^more than /, "超过 ")}，超过监测文件允许的${max}`
  },
  {en: /^not a readable \.xlsx workbook \((.*)\)$/s, zh: (e) => `不是可读取的 .xlsx 工作簿（${error(e)}）`},
  // formats/docx.ts, word.ts
  {en: /^the Word document has no text$/, zh: () => "该 Word 文档没有文字"},
  {
    en: new RegExp(
      `^${COUNT} paragraphs? uses? Word's automatic numbering, which is not part of the text: headings numbered that way \\(一、, \\(一\\)\\) are not recognised — turn the numbering into text in Word, or save the plan as \\.txt, and load it again$`
    ),
    zh: (n) =>
      `${n}个段落使用了 Word 的自动编号，编号不属于正文文字：这样编号的标题（一、、(一)）无法识别——请在 Word 中把编号转为文字，或将方案另存为 .txt，再重新载入`
  },
  {
    en: /^the Office file could not be opened \((.*)\): it may be damaged$/s,
    zh: (e) => `Office 文件无法打开（${error(e)}）：文件可能已损坏`
  },
  {
    en: /^an Office file but (an Excel workbook|a PowerPoint file|not a Word or WPS document) \(no WordDocument stream\)$/,
    zh: (kind) =>
      `这是 Office 文件，但${{"an Excel workbook": "是 Excel 工作簿", "a PowerPoint file": "是 PowerPoint 文件"}[kind] ?? "不是 Word 或 WPS 文档"}（没有 WordDocument 流）`
  },
  {en: /^the Word document could not be read \((.*)\)$/s, zh: (e) => `Word 文档无法读取（${error(e)}）`},
  // formats/html.ts, mhtml.ts
  {en: /^the web page could not be parsed \((.*)\)$/s, zh: (e) => `网页无法解析（${error(e)}）`},
  {en: /^the web page could not be read \((.*)\)$/s, zh: (e) => `网页无法读取（${error(e)}）`},
  {en: /^no article found on the web page \(only menus or links\)$/, zh: () => "网页上没有找到正文（只有菜单或链接）"},
  {en: /^the web page's article has no text$/, zh: () => "网页的正文没有文字"},
  {en: /^from the page around the article: (.*)$/s, zh: (head) => `取自正文周围的网页内容：${head}`},
  {en: /^the MHTML file could not be read \((.*)\)$/s, zh: (e) => `MHTML 文件无法读取（${error(e)}）`},
  {
    en: /^the MHTML file holds no web page \(no text\/html part\)$/,
    zh: () => "MHTML 文件中没有网页（没有 text/html 部分）"
  },
  // formats/layout.ts, pdf.ts, ofd.ts
  {en: /^the (PDF|OFD) has no pages$/, zh: (f) => `该${f}没有页面`},
  {
    en: new RegExp(
      `^a scanned (PDF|OFD): none of its ${COUNT} pages? (?:has|have) a text layer \\(only images\\), and this product does not read images \\(OCR\\) — run OCR on it first, or load the plan as text$`
    ),
    zh: (f, n) =>
      `这是扫描版${f}：全部${n}页都没有文字层（只有图像），本站不识别图像中的文字（OCR）——请先做文字识别，或以文本形式载入方案`
  },
  {
    en: /^pages? ([\d, ]+) of the (PDF|OFD) (?:has|have) no text layer \(scanned images\): (?:its|their) text is missing$/,
    zh: (pages, f) => `该${f}第${list(pages)}页没有文字层（扫描图像）：这些页的文字缺失`
  },
  {
    en: new RegExp(
      `^${COUNT} characters of the (PDF|OFD) have no Unicode meaning \\(a font without a character map\\): the text may be incomplete$`
    ),
    zh: (n, f) => `该${f}有${n}个字符没有对应的 Unicode 字符（字体缺少字符映射表）：文字可能不完整`
  },
  {en: /^the PDF reader could not be loaded \((.*)\)$/s, zh: (e) => `PDF 读取组件无法加载（${error(e)}）`},
  {en: /^the PDF is protected by a password$/, zh: () => "该PDF设有密码保护，无法读取"},
  {
    en: /^the PDF could not be read \((.*)\): it may be damaged$/s,
    zh: (e) => `PDF 无法读取（${error(e)}）：文件可能已损坏`
  },
  {en: /^the OFD archive could not be opened \((.*)\)$/s, zh: (e) => `OFD 压缩包无法打开（${error(e)}）`},
  {
    en: /^a ZIP archive without OFD\.xml: not an OFD document$/,
    zh: () => "这是不含 OFD.xml 的 ZIP 压缩包：不是 OFD 文档"
  },
  {en: /^OFD\.xml names no document \(DocRoot\)$/, zh: () => "OFD.xml 没有指明文档（DocRoot）"},
  {en: /^the document (.+) is missing from the OFD archive$/, zh: (path) => `OFD 压缩包中缺少文档 ${path}`},
  {en: /^the OFD document has no pages$/, zh: () => "该 OFD 文档没有页面"},
  {en: /^the OFD document could not be read \((.*)\)$/s, zh: (e) => `OFD 文档无法读取（${error(e)}）`}
];

/** Sentences that name the file themselves (readPlanFile.ts). */
const NAMED: WarningForm[] = [
  {
    en: new RegExp(`^(.+) is named \\.(\\S+) but is a ${FORMAT}: it was read as such$`, "s"),
    zh: (file, ext, f) => `${file}的扩展名是 .${ext}，但实际是${formatZh(f)}：已按${formatZh(f)}读取`
  }
];

/**
 * The Chinese of a message about a loaded file (readPlanFile's messages, "<file>: <why>" for a file it cannot read;
 * a format reader's message; readMonitoringFile's error), the file's name and every value as written; null for a
 * message of no known form (the page then shows the English).
 */
export function fileMessageZh(message: string): string | null {
  const whole = formOf(NAMED, message) ?? formOf(REASONS, message);
  if (whole) return whole;
  // "<file>: <why>": the name is what stands before the first ": " after which a known reason follows.
  for (let i = message.indexOf(": "); i > 0; i = message.indexOf(": ", i + 1)) {
    const why = formOf(REASONS, message.slice(i + 2));
    if (why) return `${message.slice(0, i)}：${why}`;
  }
  return null;
}

/** How much of a file was read (FormatRead.extent). */
const EXTENTS: WarningForm[] = [
  {en: new RegExp(`^${COUNT} of ${COUNT} pages? with text$`), zh: (read, all) => `${all}页中${read}页有文字`},
  {
    en: new RegExp(`^the article body \\(${COUNT} of the page's ${COUNT} characters?\\)$`),
    zh: (body, page) => `正文(全页${page}字中的${body}字)`
  },
  {en: new RegExp(`^the main text \\(${COUNT} characters?\\)$`), zh: (n) => `正文(${n}字)`},
  {en: new RegExp(`^${COUNT} paragraphs and table rows$`), zh: (n) => `${n}个段落和表格行`}
];

/**
 * The Chinese of a file's extent (FormatRead.extent: "13 of 13 pages with text" → "13页中13页有文字"), its
 * numbers as written; null for an extent of no known form.
 */
export function fileExtentZh(extent: string): string | null {
  return formOf(EXTENTS, extent);
}

/** Each reason a row of a monitoring file is refused, or kept with a note (observations.ts). */
const ROW_REASONS: WarningForm[] = [
  {en: /^missing (\d+) columns?: (.+)$/, zh: (n, c) => `缺少${n}列：${list(c)}`},
  {en: /^empty id$/, zh: () => "id为空"},
  {
    en: /^unknown id "(.*)" \(not an indicator or target of the plan\)$/s,
    zh: (id) => `未知的id“${id}”（不是本方案的指标或量化目标）`
  },
  {en: /^value "(.*)" is not a number$/s, zh: (v) => `value“${v}”不是数字`},
  {
    en: /^year "(.*)" is not an integer in (\d+)–(\d+)$/s,
    zh: (y, from, to) => `year“${y}”不是${from}–${to}之间的整数`
  },
  {en: /^level "(.*)" is not one of (.+)$/s, zh: (l, levels) => `level“${l}”应为 ${list(levels)} 之一`},
  {
    en: /^unit "(.*)" differs from the unit of (\S+) \((.*)\)$/s,
    zh: (u, id, unit) => `单位“${u}”与${id}的单位（${unit === "no unit" ? "无单位" : unit}）不同`
  },
  {
    en: /^duplicate of row (\d+) \((.*)\)$/s,
    zh: (row, key) => `与第${row}行重复（${list(key)}）`
  },
  {en: /^empty source \(every number must be cited\)$/, zh: () => "source为空（每个数值都须注明来源）"},
  {
    en: /^value (\S+) for (\S+), whose unit is %: if the cell was formatted as a percentage \((\S+) %\), type (\S+) or (\S+)%$/,
    zh: (v, id, pct) =>
      `${id}的值为${v}，而其单位是%：如果该单元格设成了百分比格式（显示为${pct} %），请填写${pct}或${pct}%`
  },
  {en: /^empty item$/, zh: () => "item为空"},
  {
    en: /^unknown item "(.*)" \(not a task or action of the plan\)$/s,
    zh: (item) => `未知的条目“${item}”（不是本方案的任务或专栏行动）`
  },
  {
    en: /^as_of "(.*)" is not a date \(yyyy-mm-dd, or 2025\/6\/30, 2025年6月30日\)$/s,
    zh: (d) => `as_of“${d}”不是日期（应写作 yyyy-mm-dd，或 2025/6/30、2025年6月30日）`
  },
  {
    en: /^status "(.*)" is not one of (.+) \(or (.+)\)$/s,
    zh: (s, en, zh) => `status“${s}”应为 ${list(zh)} 之一（或 ${en}）`
  },
  {en: /^empty source \(every status must be cited\)$/, zh: () => "source为空（每条进展都须注明来源）"},
  {
    en: /^(\S+) begins with (a tab|a carriage return|"."), which a spreadsheet runs as a formula \(CSV exports prefix it with '\)$/s,
    zh: (column, first) =>
      `${column}以${first === "a tab" ? "制表符" : first === "a carriage return" ? "回车符" : `“${first.slice(1, -1)}”`}开头，电子表格会把它当作公式运行（导出 CSV 时会在前面加上 '）`
  },
  {en: /^item "(.*)" read as "(.*)"$/s, zh: (typed, item) => `条目“${typed}”按“${item}”读取`}
];

/**
 * The Chinese of a monitoring file's row message (ValidationProblem.message: its reasons joined by "; "), each
 * reason in Chinese, joined by "；"; a reason of no known form is kept in English; null when no reason is known.
 */
export function rowMessageZh(message: string): string | null {
  const parts = message.split("; ").map((r) => ({en: r, zh: formOf(ROW_REASONS, r)}));
  if (parts.every((p) => p.zh === null)) return null;
  return parts.map((p) => p.zh ?? p.en).join("；");
}

/**
 * Each reason a row of a comparison reference file is refused: the indicator glossary and the benchmarks
 * (reference.ts: data/reference/indicators.csv, benchmarks.csv) and the function mapping (compare/functions.ts:
 * data/reference/functions.csv), shown with the file and line on the compare pages. Reasons these files share
 * with the monitoring files (missing 2 columns, value "…" is not a number, level "…" is not one of …) are read by
 * ROW_REASONS.
 */
const REFERENCE_REASONS: WarningForm[] = [
  {en: /^empty (name|jurisdiction|indicator_zh|source|match|function_zh)$/, zh: (c) => `${c}为空`},
  {en: /^direction "(.*)" is not one of (.+)$/s, zh: (d, all) => `direction“${d}”应为 ${list(all)} 之一`},
  {en: /^limit "(.*)" is not a number$/s, zh: (l) => `limit“${l}”不是数字`},
  {en: /^name "(.*)" is already used on line (\d+)$/s, zh: (n, line) => `name“${n}”已在第${line}行使用`},
  {en: /^kind "(.*)" is not one of (.+)$/s, zh: (k, all) => `kind“${k}”应为 ${list(all)} 之一`},
  {en: /^year "(.*)" is not a year$/s, zh: (y) => `year“${y}”不是年份`},
  {en: /^comparator "(.*)" is not one of (.+)$/s, zh: (c, all) => `comparator“${c}”应为 ${list(all)} 之一`},
  {
    en: /^published "(.*)" is not a date \(yyyy, yyyy-mm or yyyy-mm-dd\)$/s,
    zh: (d) => `published“${d}”不是日期（应写作 yyyy、yyyy-mm 或 yyyy-mm-dd）`
  },
  {
    en: /^the same jurisdiction, indicator, kind and year as line (\d+)$/,
    zh: (line) => `与第${line}行的地区、指标、类型和年份相同`
  },
  {
    en: /^function "(.*)" is not an id \(lower-case letters, digits, dashes\)$/s,
    zh: (f) => `function“${f}”不是合格的标识（应由小写字母、数字和连字符组成）`
  },
  {en: /^match "(.*)" is already on line (\d+)$/s, zh: (m, line) => `match“${m}”已在第${line}行出现`},
  {
    en: /^function (\S+) is labelled "(.*)" on line (\d+), not "(.*)"$/s,
    zh: (f, known, line, zh) => `function ${f}在第${line}行的中文名是“${known}”，不是“${zh}”`
  }
];

/**
 * The Chinese of a comparison reference file's row message (glossary, benchmarks, function mapping: its reasons
 * joined by "; "), each reason in Chinese, joined by "；"; a reason of no known form is kept in English; null when no
 * reason is known (the page then shows the English).
 */
export function referenceMessageZh(message: string): string | null {
  const forms = [...REFERENCE_REASONS, ...ROW_REASONS];
  const parts = message.split("; ").map((r) => ({en: r, zh: formOf(forms, r)}));
  if (parts.every((p) => p.zh === null)) return null;
  return parts.map((p) => p.zh ?? p.en).join("；");
}

/** What is wrong with one plan of a comparison file (compare/comparison.ts), after the plan's name where it has one. */
const COMPARED_PLAN: WarningForm[] = [
  {en: /^not an object$/, zh: () => "不是对象"},
  {en: /^no "plan" name$/, zh: () => "没有“plan”名称"},
  {en: /^(.+): no "summary"$/s, zh: (p) => `${p}：没有“summary”`},
  {en: /^(.+): summary\.(\w+) is not a number$/s, zh: (p, f) => `${p}：summary.${f}不是数字`},
  {en: /^(.+): no summary\.(leadByKind|checks)$/s, zh: (p, f) => `${p}：没有summary.${f}`}
];
const THE_STORED = "the stored comparison";
const fileZh = (name: string) => (name === THE_STORED ? "本浏览器保存的比较" : name === "the file" ? "该文件" : name);

/**
 * The Chinese of a comparison file's message (readComparisonFile: the file is not JSON, not a comparison file, or a
 * plan of it is left out, by its position), the file's name, the plan's and every value as written; null for a
 * message of no known form.
 */
export function comparisonMessageZh(message: string): string | null {
  let m = /^(.+) is not JSON: (.*)$/s.exec(message);
  if (m) return `${fileZh(m[1])}不是 JSON 文件（${m[2]}）`;
  m = /^(.+) is not a comparison file saved by Plan explorer$/s.exec(message);
  if (m) return `${fileZh(m[1])}不是方案浏览器保存的比较文件`;
  m = /^(.+), plan (\d+): (.+); left out$/s.exec(message);
  const why = m && formOf(COMPARED_PLAN, m[3]);
  return m && why ? `${fileZh(m[1])}第${m[2]}个方案：${why}；已略去` : null;
}
