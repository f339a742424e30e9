/**
 * The Chinese of a reader's warning. The reader writes its warnings in English (src/lib/reader/, the department
 * reference's bad rows in src/lib/departments.ts), with the plan's own words in them (item ids, names as written,
 * numbers, quoted cells); the pages show them in 中文 and 双语 modes through warningZh, which reads each English
 * sentence back by its form and writes the same values into a Chinese sentence.
 *
 * Every message the reader can write has a form here: test/warningsZh.test.ts lists the message templates of the
 * reader's source and fails on one without a Chinese form (a new or reworded warning must be added here).
 */

/** One warning's form: the English sentence (anchored, its values captured) and its Chinese from the captures. */
export interface WarningForm {
  en: RegExp;
  zh: (...values: string[]) => string;
}

// "3 lines", "1 item", "2,048 byte sequences": the count of an English noun (countEn, src/lib/vocabulary.ts).
const COUNT = "(\\d[\\d,]*)";

/** The reasons of a bad row of the department reference (parseDepartmentsCsv), each in Chinese. */
const REFERENCE_REASONS: WarningForm[] = [
  {en: /^missing (\d+) columns?: (.+)$/, zh: (n, c) => `缺少${n}列：${c}`},
  {en: /^empty name$/, zh: () => "名称为空"},
  {en: /^kind "(.*)" is not one of (.+)$/, zh: (k, kinds) => `类别“${k}”不在 ${kinds} 之中`},
  {en: /^name "(.*)" is already used on line (\d+)$/, zh: (n, line) => `名称“${n}”已在第${line}行使用`}
];

const reasons = (text: string): string =>
  text
    .split("; ")
    .map((r) => formOf(REFERENCE_REASONS, r) ?? r)
    .join("；");

/**
 * The end of a warning about a fragment of a task table's bodies' cell (parse.ts, taskTables.ts isCellFragment):
 * `: "发展改革" is no department's name by its form nor in the reference (a cell cut short?)`, then `; not linked`
 * where said on its own, then `; it may be 发展改革委 or …`.
 */
const fragmentTail = (tail: string): string => {
  const m =
    /^: "(.*)" is no department's name by its form nor in the reference \(a cell cut short\?\)(; not linked)?(?:; it may be (.+))?$/s.exec(
      tail
    );
  if (!m) return "";
  const [, name, alone, may] = m;
  return (
    `：“${name}”按形式和参照表都不是部门名称（单元格被截断？）` +
    (alone ? "，不予关联" : "") +
    (may ? `；可能是${may.split(" or ").join("或")}` : "")
  );
};

/** The issuer(s) that hold by default each item no body leads (the end of the no-clause warning). */
const holders = (tail: string): string => {
  if (!tail) return "";
  const one = /^; the issuer, (.+), holds by default each item no body leads \(an implicit role, not a lead\)$/.exec(
    tail
  );
  if (one) return `；发文机关${one[1]}默认承担没有牵头单位的各条目（默认角色，不是牵头）`;
  const many =
    /^; the issuers, (.+), hold jointly by default each item no body leads \(implicit roles, not leads\)$/.exec(tail);
  if (many)
    return `；发文机关${many[1].split(" and ").join("、")}共同默认承担没有牵头单位的各条目（默认角色，不是牵头）`;
  return tail;
};

// In order: the first form that reads a message gives its Chinese (the indicator's "appears twice" before the
// numbering's).
const FORMS: WarningForm[] = [
  // The input (parse.ts).
  {en: /^the input does not look like text$/, zh: () => "输入内容看起来不是文本"},
  {en: /^the input is empty$/, zh: () => "输入内容为空"},
  {en: /^the input looked like HTML: its tags were removed$/, zh: () => "输入内容像是网页（HTML）：已去除其标签"},
  {
    en: new RegExp(
      `^${COUNT} byte sequences? could not be read as (.+?) and (?:was|were) replaced by � \\(the file mixes encodings or is damaged\\)(?:, the first on line (\\d+))?$`
    ),
    zh: (n, encoding, line) =>
      `${n}处字节无法按 ${encoding} 解码，已替换为�（文件混用了多种编码或已损坏）${line ? `，第一处在第${line}行` : ""}`
  },
  {
    en: new RegExp(
      `^line breaks were restored before ${COUNT} numbered headings? that stood mid-line \\(the copy had lost its line breaks\\)$`
    ),
    zh: (n) => `复制件丢失了换行：已在行中的${n}处编号标题前恢复换行`
  },
  {
    en: new RegExp(`^pinyin glosses such as \\(diǎn\\) after characters were read through on ${COUNT} lines?$`),
    zh: (n) => `${n}行中汉字后的拼音注音（如(diǎn)）已略过`
  },
  {
    en: new RegExp(
      `^${COUNT} lines? of a web page's furniture \\(navigation, share or print buttons\\) (?:was|were) skipped$`
    ),
    zh: (n) => `已跳过网页的附属内容（导航、分享或打印按钮）${n}行`
  },
  {
    en: /^line (\d+) was decoded one byte out of step \(GBK pairs shifted, e\.g\. \?。ǘ┩ for （二）\) and was read again in step(; the copy had lost some of its bytes, so some characters are missing or wrong)?$/,
    zh: (line, lost) =>
      `第${line}行按GBK解码时错位了一个字节（如“?。ǘ┩”本为“（二）”），已按正确字节重新解码` +
      (lost ? "；复制件丢失了部分字节，有些字缺失或有误" : "")
  },
  {
    en: /^line (\d+) is garbled: it was decoded one byte out of step \(GBK pairs shifted\) and could not be read again; its text may be unreadable$/,
    zh: (line) => `第${line}行是乱码：按GBK解码时错位了一个字节，无法重新解码；其文字可能无法读取`
  },
  {
    en: /^garbled characters \("(.*)"\) from a wrong encoding: the text around them may be unreadable$/,
    zh: (x) => `有编码错误造成的乱码（“${x}”）：其前后的文字可能无法读取`
  },
  {en: /^the reader stopped early: (.*)$/s, zh: (error) => `解析器中途停止：${error}`},
  // The header (header.ts).
  {
    en: /^the document number "(.*)" does not read as 机关代字〔年份〕序号号; kept as written$/,
    zh: (n) => `文号“${n}”不符合“机关代字〔年份〕序号号”的格式；按原文保留`
  },
  // Deadlines (deadline.ts): a time relative to the plan's year, the year unknown.
  {
    en: /^(\S+): "(.*)" counts from the plan's year, which the plan does not state: kept with no date$/,
    zh: (id, raw) => `${id}：“${raw}”以方案所属年份为准，而方案未写明年份：保留原文，不给日期`
  },
  // Task tables cut by their header's width (headedCellRows.ts).
  {
    en: /^row (\d+) has (\d+) of the header's (\d+) cells \((.*)\): a cell is missing; the cells read are kept in the columns' order, the last columns left empty$/,
    zh: (row, n, width, header) =>
      `第${row}行只有${n}个单元格，表头有${width}列（${header}）：缺少一个单元格；读到的单元格按列的顺序保留，最后几列留空`
  },
  // Indicator tables (indicators.ts).
  {
    en: /^indicator table row does not parse: (no indicator name|no target value) in "(.*)"$/s,
    zh: (what, cells) =>
      `指标表的行无法读取：${what === "no indicator name" ? "没有指标名称" : "没有目标值"}，见“${cells}”`
  },
  {
    en: /^indicator (\S+) \((.*)\): target "(.*)" has no number$/,
    zh: (n, name, t) => `指标${n}（${name}）：目标值“${t}”中没有数字`
  },
  {
    en: /^indicator (\S+) \((.*)\): cumulative target \[ \] but no note names its period$/,
    zh: (n, name) => `指标${n}（${name}）：累计目标标有[ ]，但没有注释说明其期间`
  },
  {
    en: /^indicator (\S+) \((.*)\): attribute "(.*)" is neither 约束性 nor 预期性$/,
    zh: (n, name, a) => `指标${n}（${name}）：属性“${a}”既不是约束性也不是预期性`
  },
  {en: /^indicator number (\S+) appears twice$/, zh: (n) => `指标序号${n}出现两次`},
  // Bodies and clauses (parse.ts).
  {
    en: /^(.+): "(.*)" is the short name the text gives a thing that is no body \(以下简称\); not read as a department$/,
    zh: (holder, name) => `${holder}：“${name}”是原文给一个非机构事物的简称（以下简称），不作为部门读取`
  },
  {
    en: /^department "(.*)" is not in the department reference; kept as written$/,
    zh: (name) => `部门“${name}”不在部门参照表中；按原文保留`
  },
  {
    en: /^(\d[\d,]*) lines? of the web page's 信息公开 record \((.*) …\) (?:was|were) set aside: the page's, not the plan's(?:; the header takes its (.+) from it)?$/,
    zh: (n, labels, fields) =>
      `网页的信息公开栏目共${n}行（${labels.split(", ").join("、")}等）已略去：属于网页，不属于方案` +
      (fields
        ? `；文件头的${fields
            .split(", ")
            .map((f) => ({docNumber: "文号", issuer: "发文机关", date: "成文日期"})[f] ?? f)
            .join("、")}取自该栏目`
        : "")
  },
  {
    en: /^(\S+): the clause's bracket is never closed \(the text is cut mid-clause\); only its whole names are read(?: \("(.+)", cut short, is no department\))?$/,
    zh: (id, cut) =>
      `${id}：责任条款的括号没有闭合（文本在条款中间截断）；只读取其中完整的名称` +
      (cut ? `（“${cut}”被截断，不作为部门）` : "")
  },
  {
    en: /^(\S+): the text ends inside the clause \(the copy is cut mid-name\); only its whole names are read \("(.+)", cut short, is no department\)$/,
    zh: (id, cut) =>
      `${id}：文本在责任条款中间结束（副本在名称中间截断）；只读取其中完整的名称（“${cut}”被截断，不作为部门）`
  },
  {en: /^(\S+): clause part "(.*)" names no role$/s, zh: (id, part) => `${id}：条款中的“${part}”没有标明角色`},
  {en: /^(\S+): the clause names no department$/, zh: (id) => `${id}：责任条款没有点名任何部门`},
  {
    en: /^line (\d+) opens with the clause label "(.+:)" but no rule read it: nobody is linked from it$/,
    zh: (line, label) => `第${line}行以条款标签“${label}”开头，但没有规则读懂它：没有任何部门由此关联`
  },
  {en: /^(\S+) has no responsibility clause$/, zh: (id) => `${id}没有责任条款`},
  {
    en: /^the table of (\S+)–(\S+) has no column naming who is responsible \((.*)\): its (\d[\d,]*) (?:row names|rows name) no one$/,
    zh: (first, last, header, rows) =>
      `${first}至${last}所在的表格没有写明责任单位的栏（${header}）：其${rows}行没有点名任何责任方`
  },
  {
    en: /^(\S+): the (.+) cell of its row names no department \("(.*?)"\)((?:: ".*" is no department's name .*)?)$/s,
    zh: (id, column, holds, tail) => `${id}：所在行的“${column}”栏没有点名任何部门（“${holds}”）${fragmentTail(tail)}`
  },
  {
    en: /^(\S+) \(row (.+?)\)(: ".*" is no department's name .*)$/s,
    zh: (id, row, tail) => `${id}（序号${row}）${fragmentTail(tail)}`
  },
  {
    en: /^(\S+): the (.+) cell of its row is empty: no department named$/,
    zh: (id, column) => `${id}：所在行的“${column}”栏为空，没有点名任何部门`
  },
  {
    en: /^(\S+): "(.*)" in a bodies' column is a time, not a department$/,
    zh: (id, name) => `${id}：责任单位列中的“${name}”是时间，不是部门`
  },
  {
    en: new RegExp(
      `^no item has a responsibility clause \\(${COUNT} items?\\): who does what is read only from bodies named in their text(.*)$`,
      "s"
    ),
    zh: (n, tail) => `没有一个条目带责任条款（共${n}个条目）：由谁负责只能从条目文字中点名的机构读取${holders(tail)}`
  },
  // 专栏 boxes (parse.ts).
  {
    en: /^专栏(\S+): text before its first —— action is not read: "(.*)"$/s,
    zh: (n, text) => `专栏${n}：第一项——行动之前的文字未读取：“${text}”`
  },
  {en: /^专栏(\S+) has text but no —— actions$/, zh: (n) => `专栏${n}有文字，但没有——行动`},
  // Structure and numbering (parse.ts).
  {
    en: new RegExp(
      `^no task items were found \\(${COUNT} (?:chapter was|chapters were) read(?:, numbered (.+?))?\\): the reader expects tasks numbered 一、 \\(一\\) 1\\. \\(1\\) ① or 第一条, each ending with its responsibility clause$`
    ),
    zh: (n, forms) =>
      `没有找到任务条目（读取了${n}章${forms ? `，编号形式为 ${forms}` : ""}）：解析器要求任务以 一、 (一) 1. (1) ① 或 第一条 编号，每条以责任条款结尾`
  },
  {en: /^numbering gap: (.+) after (.+)$/, zh: (label, previous) => `编号不连续：${previous}之后是${label}`},
  {en: /^numbering starts at (.+)$/, zh: (label) => `编号从${label}开始`},
  {en: /^(.+) appears twice$/, zh: (label) => `${label}出现两次`},
  // Attachments and allocation tables (parse.ts).
  {
    en: new RegExp(
      `^${COUNT} lines? of the attachments not read \\(from line (\\d+)\\): only their tables and numbered lists are read$`
    ),
    zh: (n, line) => `附件中有${n}行未读取（自第${line}行起）：附件只读取其中的表格和编号列表`
  },
  {
    en: /^the (.+?) of (.+) \((.*)\) is not the sum of its column \((.+)\)$/,
    zh: (total, quantity, cell, sum) => `${quantity}的${total}（${cell}）不等于该列之和（${sum}）`
  },
  // The department reference's bad rows (departments.ts).
  {en: /^(\S+\.csv) line (\d+): (.*)$/s, zh: (file, line, text) => `${file} 第${line}行：${reasons(text)}`}
];

/** The Chinese of the first form that reads the message (its captures, an unmatched optional one as ""); null if none. */
export function formOf(forms: readonly WarningForm[], message: string): string | null {
  for (const f of forms) {
    const m = f.en.exec(message);
    if (m) return f.zh(...m.slice(1).map((v) => v ?? ""));
  }
  return null;
}

/**
 * The Chinese of a warning's message (Warning.message, English), with its values (ids, names, numbers, quoted
 * text) as written; null for a message of no known form (the page then shows the English).
 */
export function warningZh(message: string): string | null {
  return formOf(FORMS, message);
}
