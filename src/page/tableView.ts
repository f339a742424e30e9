/**
 * tableView(name, rows, columns, language): what Inputs.table shows of one of the model's tables (planTables: the
 * data page, the load page's previews), as {rows, columns, header, format, width} to spread into its options.
 * Every table: its columns, its years as written (yearFormats). The warnings table: in 中文 and 双语 modes each
 * message's Chinese (warningZh, src/lib/warningsZh.ts) in a column message_zh headed 说明, in place of the English
 * (中文) or beside it (双语), the English where a message has no Chinese form; the messages wrap in their cells (a
 * sentence cut to its first words says nothing). The rows keep their own columns: a download of them is unchanged.
 *
 *   const view = tableView("warnings", rows, ["line", "code", "message"], "zh");
 *   Inputs.table(view.rows, {columns: view.columns, header: view.header, format: view.format, width: view.width})
 */
import {html} from "htl";
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

const wrap = (text: unknown) => html`<span class="wrap">${text == null ? "" : String(text)}</span>`;

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
    columns: columns.flatMap((c) =>
      c !== "message" || !zh ? [c] : language === "zh" ? ["message_zh"] : ["message", "message_zh"]
    ),
    header: zh ? {message_zh: language === "zh" ? "说明" : "说明 (中文)"} : {},
    format: {...format, message: wrap, message_zh: wrap},
    width: {line: "4em", code: "9em"}
  };
}
