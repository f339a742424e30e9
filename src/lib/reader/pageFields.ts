/**
 * A government site's 信息公开 fields above a plan copied from its page: 索引号, 发布机构, 成文日期, 文号, 名称, 主题分类,
 * 公开方式, 发布日期 … — the page's catalogue record of the document, not the plan's text. Copied with the page they
 * arrive as `|` rows (`索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |`) or as `label:value` lines,
 * several to a line, the labels spaced out to align them (`名  称:…的通知`, `有 效 性:有效   文  号:宝政办函〔2022〕21号`),
 * as a bulleted list (`- 标题:…`, `- 公文生成日期:2025-01-24`), or run together with no separator at all
 * (`发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号`), cut at each label of the table below.
 * Before the body (outline.ts) they are neither the header's lines nor a table; the header takes the number, the
 * issuer and the date of issue from them where the text gives none, marked as the page's (PlanDocument.fromPage).
 */
import {looksLikeBody} from "./bodies.js";

/**
 * The labels of a 信息公开 record, without the spaces that align them, in simplified characters: a traditional copy
 * (索引號, 發文機構, 標題, 公文生成日期) is matched in its simplified shadow (simplified.ts), which pageFields reads.
 */
const LABELS = [
  "信息索引号",
  "索引号",
  "发布机构",
  "发文机关",
  "发文单位",
  "发文机构",
  "成文日期",
  "发文日期",
  "印发日期",
  "发布日期",
  "发布时间",
  "公开日期",
  // The document's own date of generation (石狮: `- 公文生成日期:2025-01-24`), unlike a record's 生成日期.
  "公文生成日期",
  "生成日期",
  "废止日期",
  "实施日期",
  "发文字号",
  "文号",
  "备注/文号",
  "名称",
  "标题",
  "主题分类",
  "主题词",
  "体裁分类",
  "组配分类",
  "服务对象分类",
  "内容分类",
  "公开方式",
  "公开范围",
  "公开时限",
  "有效性",
  "时效性",
  "信息来源",
  "所属机构",
  "关键词",
  "统一编号",
  "文件登记号",
  "登记号",
  "信息分类",
  "是否有效",
  // A legal database's record (北大法宝: 【法宝引证码】CLI.1.304262【时效性】尚未施行).
  "法宝引证码",
  "发布部门",
  "效力级别",
  "法规类别",
  "公布日期",
  "施行日期",
  "批准日期",
  "失效依据"
];

/**
 * The traditional forms of the labels' characters, simplified then traditional, two by two: a record copied from a
 * traditional page (`索引號`, `發文機構`, `標題`) is read as written, not only in the simplified shadow the reader
 * matches in (a label with none of simplified.ts's marks of a traditional text would stay as written there).
 */
const TRADITIONAL_PAIRS =
  "号號发發机機构構关關单單标標题題称稱类類词詞体體组組开開范範时時来來属屬键鍵统統编編记記废廢实實务務对對备備注註" +
  "宝寶级級规規别別门門布佈据據准準";
const TRADITIONAL = new Map<string, string>();
const SIMPLIFIED = new Map<string, string>();
for (let k = 0; k < TRADITIONAL_PAIRS.length; k += 2) {
  TRADITIONAL.set(TRADITIONAL_PAIRS[k], TRADITIONAL_PAIRS[k + 1]);
  SIMPLIFIED.set(TRADITIONAL_PAIRS[k + 1], TRADITIONAL_PAIRS[k]);
}
/**
 * A label as a site writes it: its characters spaced out or not (名  称, 有 效 性), simplified or traditional (標題).
 */
const spaced = (label: string) =>
  [...label].map((c) => (TRADITIONAL.has(c) ? `[${c}${TRADITIONAL.get(c)}]` : c)).join("\\s*");
/** A label as found, without its spaces, in simplified characters (標 題 → 标题): the name pageHeader looks up. */
const labelName = (found: string) => [...found.replace(/[\s:]+/g, "")].map((c) => SIMPLIFIED.get(c) ?? c).join("");
/** The labels as alternatives, the longest first, so that 发文字号 is cut whole where 文号 would match within it. */
const ALTERNATIVES = [...LABELS]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join("|");
/** A label with the colon a site may write after it in a `|` cell (`文 号:`). */
const CELL_LABEL = new RegExp(`^(?:${ALTERNATIVES})\\s*:?$`);
/** A database's label in 【】 (【发文字号】), anywhere in a line of them (the value runs to the next 【). */
const BRACKET_FIELD = new RegExp(`[【\\[](${ALTERNATIVES})[】\\]]`, "g");
/** A label and its colon, anywhere in a line of fields (the value runs to the next label). */
const FIELD = new RegExp(`(?:^|\\s)(${ALTERNATIVES})\\s*:\\s*`, "g");
/** A line that opens with a label and no colon after it: its fields run together, each label cutting the line. */
const RUN_OPENING = new RegExp(`^(?:${ALTERNATIVES})(?!\\s*:)`);
/** A label anywhere in a run-together line, with the spaces (or colon) after it. */
const RUN_FIELD = new RegExp(`(${ALTERNATIVES})\\s*:?\\s*`, "g");
/** A list's bullet before a record's line (`- 标题:…`, `• 发布机构:…`). */
const BULLET = /^[-•·*●▪]\s*/;

export interface PageField {
  /** The label without spaces: 索引号, 文号. */
  label: string;
  /** The value as written, trimmed ("" for an empty cell). */
  value: string;
  /** Offset of the value in the line as given (trimmed of its leading white space). */
  offset: number;
  /** Whether a legal database wrote it (【label】value), whose 发布日期 is the document's, not a page's. */
  database?: boolean;
}

/**
 * The 信息公开 fields of one line (in the folded shadow: ASCII `:` and `|`), or null when the line is not a line of
 * them: a `|` row whose first cell is a label and whose every other cell from the first is a label or empty
 * (`发布机构 | 金乡县人民政府办公室 | 组配分类 | 金政发 |`; a label may keep its colon, `文 号: | 六盘水府办发〔2022〕10号 |
 * 是否有效: | |`, and a labelled cell followed by another label's has no value: `发布机构: | 生成日期: | 2022-12-02 |`),
 * a line that opens with a label and its colon (`发布机构:宝鸡市人民政府办公室   发布日期:2022-04-22 15:53:47`), a list's
 * bullet before it allowed (`- 标题:…`), a line that opens with a label and no colon, cut at each label it holds
 * (`发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号`, `索引号 000014348/2020-00052 主题分类 综合政务`), or a
 * legal database's line of 【label】value (`【法宝引证码】CLI.1.304262`, `【发布部门】X【发文字号】Y`; [ ] in the shadow).
 */
export function pageFields(line: string): PageField[] | null {
  const t = line.trimStart();
  if (t.includes("|")) {
    // Each cell trimmed, with the offset of its first character.
    const cells: {text: string; offset: number}[] = [];
    let from = 0;
    for (const raw of t.split("|")) {
      const lead = raw.length - raw.trimStart().length;
      cells.push({text: raw.trim(), offset: from + lead});
      from += raw.length + 1;
    }
    if (cells[0].text === "") cells.shift();
    while (cells.length && cells[cells.length - 1].text === "") cells.pop();
    if (!cells.length || !CELL_LABEL.test(cells[0].text)) return null;
    const fields: PageField[] = [];
    for (let k = 0; k < cells.length;) {
      if (!cells[k].text) {
        k += 2;
        continue;
      }
      if (!CELL_LABEL.test(cells[k].text)) return null;
      // A label with its colon followed by another such label: this one's value is empty.
      const next = cells[k + 1];
      const empty = !next || (next.text.endsWith(":") && CELL_LABEL.test(next.text));
      const value = empty ? {text: "", offset: next?.offset ?? t.length} : next;
      fields.push({label: labelName(cells[k].text), value: value.text, offset: value.offset});
      k += empty ? 1 : 2;
    }
    return fields;
  }
  if (/^[【[]/.test(t)) {
    const found = [...t.matchAll(BRACKET_FIELD)];
    if (!found.length || found[0].index !== 0) return null;
    return found.map((m, k) => {
      const start = m.index! + m[0].length;
      const raw = t.slice(start, found[k + 1]?.index ?? t.length);
      const offset = start + raw.length - raw.trimStart().length;
      return {label: labelName(m[1]), value: raw.trim(), offset, database: true};
    });
  }
  // A list's bullet before the label is skipped; offsets stay those of the line as given.
  const bullet = BULLET.exec(t)?.[0].length ?? 0;
  const body = t.slice(bullet);
  const found = [...body.matchAll(RUN_OPENING.test(body) ? RUN_FIELD : FIELD)];
  if (!found.length || found[0].index !== 0) return null;
  return found.map((m, k) => {
    const start = m.index! + m[0].length;
    const raw = body.slice(start, found[k + 1]?.index ?? body.length);
    return {
      label: labelName(m[1]),
      value: raw.trim(),
      offset: bullet + start + raw.length - raw.trimStart().length
    };
  });
}

/**
 * Whether a line is the value of a record's label written alone on the line above it (`成文日期:` / `2023-02-22`), by
 * the shape the label's values take: a date for a date's label (…日期, 发布时间); a code of letters, digits and / - for
 * an index's (索引号, 登记号, 统一编号); a number (DOC_NUMBER) or 无 for a number's (文号); a body's name for an
 * issuer's (发布机构, 发文机关 …, 信息来源); a short word (4–12 characters, no digit, no punctuation: 主动公开, 有效,
 * 政府工作报告执行) for the other labels. Never for a name's label (名称, 标题): a title line after an empty 名称: stays
 * the text's. So the plan's title after an empty label (`有效性:` / `2023年政府工作报告重点工作责任分解`) is none.
 */
function valueOnNextLine(label: string, line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60) return false;
  if (label === "名称" || label === "标题") return false;
  if (/日期$|时间$/.test(label))
    return /^(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(t);
  if (/索引号$|登记号$|统一编号$|法宝引证码$/.test(label)) return /^[0-9A-Za-z][0-9A-Za-z\-/_.]*$/.test(t);
  if (/文号$|发文字号$/.test(label)) return t === "无" || DOC_NUMBER.test(t.replace(/\s+/g, ""));
  if (/机构$|机关$|单位$|部门$|信息来源$/.test(label)) return looksLikeBody(t) && /^[\u4e00-\u9fff()]{2,40}$/.test(t);
  return /^[\u4e00-\u9fff]{2,12}$/.test(t);
}

/**
 * The lines (0-based) of a page's 信息公开 record among the lines before the body (`before`: the index of the first
 * numbered line), with their fields: lines of fields (pageFields), at least two fields in all, so that one labelled
 * line of a plan's own header (`发文字号:…`) is no record of a page. A label alone on its line (`成文日期:`, its value
 * empty) takes the next line as its value when that line is no field of its own and has the shape of the label's
 * values (valueOnNextLine): that line is the record's too, as one field of that label, its value the whole line.
 */
export function pageFieldLines(lines: string[], before: number): Map<number, PageField[]> {
  const out = new Map<number, PageField[]>();
  let count = 0;
  const end = Math.min(before, lines.length);
  for (let i = 0; i < end; ++i) {
    const fields = lines[i] ? pageFields(lines[i]) : null;
    if (!fields) continue;
    out.set(i, fields);
    count += fields.length;
    const last = fields[fields.length - 1];
    if (last.value) continue;
    let j = i + 1;
    while (j < end && !lines[j]) ++j;
    if (j >= end || pageFields(lines[j]) || !valueOnNextLine(last.label, lines[j])) continue;
    const raw = lines[j].trimStart();
    out.set(j, [{label: last.label, value: raw.trim(), offset: 0}]);
    i = j;
  }
  return count >= 2 ? out : new Map();
}

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*(?:第\s*)?\d{1,4}\s*[号號]$/;

/**
 * The header fields a page's record gives (the fields themselves, for their values as written): the number (文号, 发文字号,
 * 备注/文号: a number that parses, 宝政办函〔2022〕21号), the issuer (发文机关, else 发布机构, the body that published it),
 * the date of issue (成文日期, 发文日期, 印发日期, 公文生成日期 — never 发布日期, the day the page went up, nor a record's
 * own 生成日期), ISO, and the document's name (标题, 名称: for a copy whose text has no title line, parse.ts). A field
 * the record lacks, or that does not read, is null.
 */
export function pageHeader<F extends PageField>(
  fields: F[]
): {docNumber: F | null; issuer: F | null; date: string | null; title: F | null} {
  const field = (...labels: string[]) => {
    for (const label of labels) {
      const f = fields.find((x) => x.label === label && x.value);
      if (f) return f;
    }
    return null;
  };
  const number = field("发文字号", "文号", "备注/文号");
  const issuer = field("发文机关", "发文单位", "发文机构", "发布机构", "发布部门");
  // A legal database's 发布日期 (公布日期) is the document's date of issue, not the day a page went up.
  const date = (
    field("成文日期", "发文日期", "印发日期", "公文生成日期") ??
    fields.find((x) => x.database && (x.label === "发布日期" || x.label === "公布日期") && x.value)
  )?.value;
  const ymd = date ? /^((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(date) : null;
  return {
    docNumber: number && DOC_NUMBER.test(number.value.replace(/\s+/g, "")) ? number : null,
    issuer: issuer && /^[\u4e00-\u9fff()、]{2,60}$/.test(issuer.value) ? issuer : null,
    date: ymd ? `${ymd[1]}-${ymd[2].padStart(2, "0")}-${ymd[3].padStart(2, "0")}` : null,
    title: field("标题", "名称")
  };
}
