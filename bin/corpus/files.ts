/**
 * The plans of a corpus folder: every plan file under it (.txt, .docx, .doc, .wps, .pdf, .ofd, .html, .htm, .mhtml,
 * .mht; recursively; a symbolic link named so
 * is read, or reported when broken; a link to a folder is not followed, so that a link cannot make a loop),
 * in a fixed order, each with its slug and the .meta.json beside it.
 *
 * - Order: by relative path, compared as UTF-16 code units (not by locale), so that every machine and every run
 *   reads the plans in the same order and writes the same files.
 * - Slug: the relative path without its extension, with / between folders (`real/yanan-2024-8`); where two files
 *   differ only by extension (plan.txt and plan.docx) both keep their extension (`plan.txt`, `plan.docx`).
 * - Meta: `<name>.meta.json` beside `<name>.txt` / `<name>.docx`, or null when there is none.
 * - Hidden files and folders (a leading dot) and node_modules are skipped.
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import {join, relative, sep} from "node:path";

export interface PlanFileEntry {
  /** 0-based position in the corpus order. */
  index: number;
  path: string;
  /** Path relative to the corpus folder, with / separators. */
  rel: string;
  slug: string;
  meta: string | null;
}

const PLAN = /\.(txt|docx|doc|wps|pdf|ofd|html|htm|mhtml|mht)$/i;

/** Whether a path leads to a folder (false for a broken link, which is then reported as a missing file). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The plan files under `dir`, in corpus order. Throws (ENOENT, EACCES …) when `dir` itself cannot be read. */
export function findPlanFiles(dir: string): PlanFileEntry[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (PLAN.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && !isFolder(path))))
        found.push(path);
    }
  };
  walk(dir);
  const rels = found.map((path) => ({path, rel: relative(dir, path).split(sep).join("/")}));
  rels.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const stem = (rel: string) => rel.replace(PLAN, "");
  const count = new Map<string, number>();
  for (const {rel} of rels) count.set(stem(rel), (count.get(stem(rel)) ?? 0) + 1);
  return rels.map(({path, rel}, index) => {
    const meta = path.replace(PLAN, ".meta.json");
    return {
      index,
      path,
      rel,
      slug: count.get(stem(rel))! > 1 ? rel : stem(rel),
      meta: existsSync(meta) ? meta : null
    };
  });
}
