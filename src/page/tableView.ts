/**
 * tableView(name, rows, columns, language): what Inputs.table shows of one of the model's tables (planTables: the
 * data page, the load page's previews), as {rows, columns, header, format, width} to spread into its options.
 * Every table: its columns, its years as written (yearFormats). The warnings table: in 中文 and 双语 modes each
 * message's Chinese (warningZh, src/lib/warningsZh.ts) in a column message_zh headed 说明, in place of the English
 * (中文) or beside it (双语), the English where a message has no Chinese form; in English the English alone (the
 * table's own message_zh column, which its CSV keeps, is not shown). The messages wrap in their cells (a sentence cut
 * to its first words says nothing). The rows given are not changed: a download of them is unchanged.
 *
 *   const view = tableView("warnings", rows, ["line", "code", "message"], "zh");
 *   Inputs.table(view.rows, {columns: view.columns, header: view.header, format: view.format, width: view.width})
 */
import {warningZh} from "../lib/warningsZh.js";
import type {Language} from "../lib/vocabulary.js";
import {yearFormats} from "./tableFormat.js";

type Row = Record<string, unknown>;

export interface TableView<R extends Row> {
  rows: (R & {message_zh?: string})[];
  columns: string[];
  header: Record<string, string>;
  format: Record<string, (value: unknown) => unknown>;
  width: Record<string, string>;
}

// A cell's text in a span that wraps (style.css: .inputs-3a86ea-table td .wrap).
const wrap = (text: unknown) => {
  const span = globalThis.document.createElement("span");
  span.className = "wrap";
  span.textContent = text == null ? "" : String(text);
  return span;
};

export function tableView<R extends Row>(
  name: string,
  rows: readonly R[],
  columns: readonly string[],
  language: Language
): TableView<R> {
  const format = yearFormats(columns);
  if (name !== "warnings" || !columns.includes("message"))
    return {rows: [...rows], columns: [...columns], header: {}, format, width: {}};
  const zh = language !== "en";
  return {
    rows: zh
      ? rows.map((r) => ({...r, message_zh: warningZh(String(r.message ?? "")) ?? String(r.message ?? "")}))
      : [...rows],
    columns: columns
      .filter((c) => c !== "message_zh")
      .flatMap((c) => (c !== "message" || !zh ? [c] : language === "zh" ? ["message_zh"] : ["message", "message_zh"])),
    header: zh ? {message_zh: language === "zh" ? "说明" : "说明 (中文)"} : {},
    format: {...format, message: wrap, message_zh: wrap},
    // The line and the code as wide as they need, a message a width to read in (on a phone the table scrolls
    // sideways); a wider table shares out the rest in proportion.
    width: {
      line: "4em",
      code: "11em",
      ...(language === "both" ? {message: "18em", message_zh: "18em"} : {[zh ? "message_zh" : "message"]: "24em"})
    }
  };
}
