/**
 * The name of a file the site exports (a table's CSV, a chart's PNG, the ledger): the plan's name, then the view,
 * so that the exports of several plans do not overwrite one another in a downloads folder
 * (jingan-2019-firerescue-task-ledger.csv, yanan-2024-8-responsibility-matrix.png).
 *
 * The plan's name is its slug on the site (the file name of data/plans/<name>.txt) or, on the load page, the name
 * planExportName gives it (its document number, else its title, else its file's name): characters a file system
 * refuses (/ \ : * ? " < > |, control characters), spaces and punctuation become "-". A view already named after the plan is not
 * named twice. With no plan (a page across plans: compare/plans), the view alone.
 */

/**
 * A name made safe for a file (see above); "" when nothing is left. Letters (Chinese characters too), digits, "_",
 * "." and "-" are kept; every other run of characters (what a file system refuses, spaces, brackets and punctuation:
 * 〔〕《》（）、，) becomes one "-", so that the name is also safe to type in a shell or a URL:
 * fileSafe("延政发〔2024〕8号") → "延政发-2024-8号".
 */
export function fileSafe(name: string): string {
  return name
    .replace(/[^\p{L}\p{N}\p{M}_.-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}

/** The longest plan name (in characters) a file is named after: a title can run to sixty characters. */
export const PLAN_NAME_MAX = 40;

/**
 * planExportName(document, {file, text}): the name the exports of a plan read in the browser (pasted, or loaded
 * from a file on the load page) are named after, made safe (fileSafe) and cut to PLAN_NAME_MAX characters: its
 * document number (延政发〔2024〕8号 → "延政发-2024-8号"), else its title, else the name of the file it was read from
 * without its extension, else "plan-" and a short hash of its text, so that two plans' downloads never share a name
 * (plan.json, items.csv). The site's own plans are named by their slug (yanan-2024-8), as their pages' exports are.
 */
export function planExportName(
  document: {docNumber?: string | null; title?: string | null},
  {file, text}: {file?: string | null; text?: string | null} = {}
): string {
  const cut = (name: string | null | undefined) =>
    fileSafe(
      Array.from(fileSafe(name ?? ""))
        .slice(0, PLAN_NAME_MAX)
        .join("")
    );
  const named = cut(document.docNumber) || cut(document.title) || cut((file ?? "").replace(/\.[^.]+$/, ""));
  if (named) return named;
  let h = 2166136261;
  for (const c of text ?? "") h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  return `plan-${h.toString(36)}`;
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
