/**
 * The name of a file the site exports (a table's CSV, a chart's PNG, the ledger): the plan's name, then the view,
 * so that the exports of several plans do not overwrite one another in a downloads folder
 * (jingan-2019-firerescue-task-ledger.csv, yanan-2024-8-responsibility-matrix.png).
 *
 * The plan's name is its slug on the site (the file name of data/plans/<name>.txt) or, on the load page, the name
 * the user gave it (a file's name, a document number such as 延政发〔2024〕8号): characters a file system refuses
 * (/ \ : * ? " < > |, control characters) and spaces become "-". A view already named after the plan is not
 * named twice. With no plan (a page across plans: compare/plans), the view alone.
 */

/** A name made safe for a file (see above); "" when nothing is left. */
export function fileSafe(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
  );
}

/**
 * exportFileName(plan, view, extension): "<plan>-<view>.<extension>" (see above), or "<view>.<extension>" when
 * `plan` is null, undefined or blank. exportFileName("yanan-2024-8", "task-ledger", "csv") →
 * "yanan-2024-8-task-ledger.csv".
 */
export function exportFileName(plan: string | null | undefined, view: string, extension: string): string {
  return `${exportBaseName(plan, view)}.${extension}`;
}

/** The name without extension: exportBaseName("yanan-2024-8", "chapters") → "yanan-2024-8-chapters". */
export function exportBaseName(plan: string | null | undefined, view: string): string {
  const p = fileSafe(plan ?? "");
  const v = fileSafe(view) || "export";
  if (!p || v === p || v.startsWith(`${p}-`)) return v;
  return `${p}-${v}`;
}
