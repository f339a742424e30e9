/**
 * The department reference (data/reference/departments.csv): canonical names, short labels, aliases, English
 * names and kinds, and the lookup that turns a name as written into its canonical record.
 */
import {readCsvRecords} from "./csv.js";
import type {DepartmentKind, Warning} from "./model.js";
import {foldWidth, TO_FOLD} from "./width.js";
import {countEn} from "./vocabulary.js";

export interface DepartmentEntry {
  name: string;
  shortName: string;
  aliases: string[];
  nameEn: string;
  kind: DepartmentKind;
  /**
   * The place whose body this is (延安市), from the optional `jurisdiction` column: its short name and aliases
   * (市税务局) stand for it only in that place's plans (entryFitsPlace). Absent for a body of no one place.
   */
  jurisdiction?: string;
}

export interface DepartmentDirectory {
  entries: DepartmentEntry[];
  /** The entry for a name as written (canonical, short or alias), or undefined. */
  lookup(name: string): DepartmentEntry | undefined;
}

export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  "national-department",
  "provincial-department",
  "municipal-department",
  "county-department",
  "office",
  "vertical-agency",
  "management-committee",
  "provincial-government",
  "municipal-government",
  "county-government",
  "township",
  "enterprise",
  "society",
  "generic"
];

export const DEPARTMENT_COLUMNS = ["name", "short_name", "aliases", "name_en", "kind"] as const;

export interface RowProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

/** The path of the department reference, as messages name it. */
export const DEPARTMENTS_FILE = "data/reference/departments.csv";

/**
 * The reference's bad rows as warnings of a plan read with it (code table-row, no line of the plan):
 * "data/reference/departments.csv line 7: empty name". The build and "Load your own plan" both add them.
 */
export function departmentReferenceWarnings(problems: readonly RowProblem[]): Warning[] {
  return problems.map((p) => ({
    line: null,
    code: "table-row",
    message: `${DEPARTMENTS_FILE} line ${p.line}: ${p.message}`
  }));
}

/** The key a name is looked up by: width-folded, without spaces. */
export function departmentKey(name: string): string {
  // A name with nothing to fold and no space (nearly every name a plan gives) is its own key: one search, no copies.
  if (!TO_FOLD.test(name) && !/\s/.test(name)) return name;
  return foldWidth(name).replace(/\s+/g, "");
}

/**
 * Reads departments.csv (with readCsvRecords). Every bad row is reported with its line and reason, and the
 * good rows are kept; wholly empty rows are skipped. Aliases are separated by |.
 */
export function parseDepartmentsCsv(text: string): {entries: DepartmentEntry[]; problems: RowProblem[]} {
  const {columns, records} = readCsvRecords(text);
  const problems: RowProblem[] = [];
  const missing = DEPARTMENT_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    problems.push({line: 1, message: `missing ${countEn(missing.length, "column")}: ${missing.join(", ")}`});
  const entries: DepartmentEntry[] = [];
  const seen = new Map<string, number>();
  for (const {row: line, cells: row} of records) {
    const name = (row.name ?? "").trim();
    const kind = (row.kind ?? "").trim() as DepartmentKind;
    const reasons: string[] = [];
    if (!name) reasons.push("empty name");
    if (!DEPARTMENT_KINDS.includes(kind)) reasons.push(`kind "${kind}" is not one of ${DEPARTMENT_KINDS.join(", ")}`);
    const aliases = (row.aliases ?? "")
      .split("|")
      .map((a) => a.trim())
      .filter(Boolean);
    const shortName = (row.short_name ?? "").trim() || name;
    const keys = [...new Set([name, shortName, ...aliases].map(departmentKey))];
    for (const key of keys) {
      const other = seen.get(key);
      if (other !== undefined && other !== line) reasons.push(`name "${key}" is already used on line ${other}`);
    }
    if (reasons.length) {
      problems.push({line, message: reasons.join("; ")});
      continue;
    }
    for (const key of keys) seen.set(key, line);
    const jurisdiction = (row.jurisdiction ?? "").trim();
    entries.push({
      name,
      shortName,
      aliases,
      nameEn: (row.name_en ?? "").trim(),
      kind,
      ...(jurisdiction && {jurisdiction})
    });
  }
  return {entries, problems};
}

/**
 * Whether a reference entry may stand for a name written in a plan of `planPlace` (the place the plan's issuer or
 * title names: 滁州市; null when it names none). An entry of one place (jurisdiction 延安市: 国家税务总局延安市税务局,
 * short name 市税务局) stands for a bare 市税务局 only in that place's plans or where the plan's place is unknown; a
 * name that writes the place (延安市税务局) is always it. An entry of no place fits every plan.
 */
export function entryFitsPlace(entry: DepartmentEntry, written: string, planPlace: string | null): boolean {
  if (!entry.jurisdiction) return true;
  const stem = entry.jurisdiction.replace(/(?:自治州|自治县|省|市|县|区)$/, "");
  return written.includes(stem) || planPlace === null || planPlace.includes(stem);
}

/**
 * The reference as a lookup: any name an entry goes by (canonical, short, alias; width-folded, without spaces) →
 * the entry.
 */
export function departmentDirectory(entries: DepartmentEntry[]): DepartmentDirectory {
  const index = new Map<string, DepartmentEntry>();
  for (const entry of entries) {
    for (const name of [entry.name, entry.shortName, ...entry.aliases]) index.set(departmentKey(name), entry);
  }
  return {entries, lookup: (name) => index.get(departmentKey(name))};
}

/** An empty directory: every name is unknown and kept as written. */
export const emptyDirectory: DepartmentDirectory = departmentDirectory([]);

/** The department a person typed: canonical, short or alias name, English name (any case), or "中文 · English" label. */
export function findDepartment<
  D extends {name: string; shortName: string; nameEn: string | null; aliasesSeen?: string[]}
>(departments: D[], query: string): D | undefined {
  const q = query.split(" · ")[0].trim();
  if (!q) return undefined;
  const key = departmentKey(q);
  const lower = q.toLowerCase();
  return (
    departments.find((d) => [d.name, d.shortName, ...(d.aliasesSeen ?? [])].some((n) => departmentKey(n) === key)) ??
    departments.find((d) => (d.nameEn ?? "").toLowerCase() === lower) ??
    single(
      departments.filter(
        (d) => d.name.includes(q) || d.shortName.includes(q) || (d.nameEn ?? "").toLowerCase().includes(lower)
      )
    )
  );
}

function single<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The label of a department in pickers and tooltips: 中文 · English. */
export function departmentLabel(d: {shortName: string; nameEn: string | null}): string {
  return d.nameEn ? `${d.shortName} · ${d.nameEn}` : d.shortName;
}
