/**
 * tableDownloads(all, shown, {name, columns, source}): links to download a table as CSV (UTF-8 with BOM, for
 * Excel) and JSON, both the full table and the rows as shown (filtered or searched). The JSON carries the
 * source line.
 *
 *   tableDownloads(rows, search, {name: "targets", columns: ["id", "subject", …], source: sourceLine(plan.document)})
 */
import {csvFormat} from "d3-dsv";
import {BOM} from "../lib/csv.js";
import {download} from "./download.js";

type Rows = Record<string, unknown>[];

export function tableDownloads(
  all: Rows,
  shown: Rows,
  {name, columns, source, document = globalThis.document}: {name: string; columns: string[]; source: string; document?: Document}
): HTMLElement {
  const pick = (rows: Rows) => rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  const csv = (rows: Rows) =>
    BOM + csvFormat(pick(rows).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]))), columns) + "\n";
  const json = (rows: Rows) => JSON.stringify({source, rows: pick(rows)}, null, 2);
  const div = document.createElement("div");
  div.className = "table-downloads";
  div.setAttribute("data-table", name);
  const filtered = shown.length !== all.length;
  div.append(
    download(csv(all), `${name}.csv`, `CSV (all ${all.length})`, {document}),
    download(json(all), `${name}.json`, `JSON (all)`, {document, type: "application/json"})
  );
  if (filtered)
    div.append(
      download(csv(shown), `${name}-shown.csv`, `CSV (${shown.length} shown)`, {document}),
      download(json(shown), `${name}-shown.json`, `JSON (shown)`, {document, type: "application/json"})
    );
  return div;
}
