/**
 * tableDownloads(all, shown, {name, columns, source}): links to download a table as CSV (UTF-8 with BOM, for
 * Excel, formulas neutralised) and JSON (lossless), both the full table and the rows as shown (filtered or searched). The JSON carries the
 * source line. The files are named after the page's plan and the table (exportFileName: yanan-2024-8-targets.csv).
 *
 *   tableDownloads(rows, search, {name: "targets", columns: ["id", "subject", …], source: sourceLine(plan.document)})
 */
import {csvForPeople} from "../lib/csv.js";
import {exportBaseName} from "../lib/exportName.js";
import {download} from "./download.js";
import {planOnPage} from "./planOnPage.js";
import {currentLanguage, type Language} from "./language.js";

type Rows = Record<string, unknown>[];

/**
 * Links to download a table as CSV and JSON: all its rows, and the rows shown when a filter leaves fewer (see
 * above).
 */
export function tableDownloads(
  all: Rows,
  shown: Rows,
  {
    name,
    columns,
    source,
    document = globalThis.document,
    plan = planOnPage(document),
    language = currentLanguage(document)
  }: {
    name: string;
    columns: string[];
    source: string;
    document?: Document;
    /** The plan the table is of: the files are named after it and `name` (exportFileName); default the page's. */
    plan?: string | null;
    language?: Language;
  }
): HTMLElement {
  const file = exportBaseName(plan, name);
  const pick = (rows: Rows) => rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  // Cells Excel would run as a formula are neutralised (see csvForPeople); the JSON keeps every value as it is.
  const csv = (rows: Rows) => csvForPeople(rows, columns);
  const json = (rows: Rows) => JSON.stringify({source, rows: pick(rows)}, null, 2);
  const div = document.createElement("div");
  div.className = "table-downloads";
  div.setAttribute("data-table", name);
  const filtered = shown.length !== all.length;
  const zh = language === "zh";
  div.append(
    download(csv(all), `${file}.csv`, zh ? `CSV（全部${all.length}行）` : `CSV (all ${all.length})`, {document}),
    download(json(all), `${file}.json`, zh ? "JSON（全部）" : "JSON (all)", {document, type: "application/json"})
  );
  if (filtered)
    div.append(
      download(csv(shown), `${file}-shown.csv`, zh ? `CSV（显示的${shown.length}行）` : `CSV (${shown.length} shown)`, {
        document
      }),
      download(json(shown), `${file}-shown.json`, zh ? "JSON（显示的行）" : "JSON (shown)", {
        document,
        type: "application/json"
      })
    );
  return div;
}
