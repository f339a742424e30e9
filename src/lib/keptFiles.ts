/**
 * Monitoring files a user loads (observations on the progress page, task statuses on the ledger page), kept in
 * the browser's storage so that they survive a reload, per plan. Only the text read from the file is kept (an
 * .xlsx is kept as the CSV text read from it), with its name and when it was kept; nothing is sent anywhere.
 * The storage is passed in (localStorage in a page, a Map-backed fake in tests), so these functions hold no DOM.
 *
 *   const {file, problem} = chooseFile(localStorage, "yanan-2024-8", "observations", {name: "obs.csv", text});
 *   forgetFiles(localStorage, "yanan-2024-8");
 */

/** What a page keeps: the observations of the progress page, the status file of the ledger. */
export type KeptKind = "observations" | "task-status";
export const KEPT_KINDS: readonly KeptKind[] = ["observations", "task-status"];

export interface KeptFile {
  kind: KeptKind;
  /** The file's name as loaded (obs.xlsx). */
  name: string;
  /** The text read from it (CSV). */
  text: string;
  /** When it was kept: an ISO 8601 date and time. */
  keptAt: string;
}

/** The part of the Web Storage interface used here. */
export interface KeptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The storage key of a plan's file of one kind: plan-explorer:<plan>:<kind>. */
export function keptKey(plan: string, kind: KeptKind): string {
  return `plan-explorer:${plan}:${kind}`;
}

/** The file kept for the plan and kind, or null (none, no storage, or an entry that is not a kept file). */
export function keptFile(storage: KeptStorage | null, plan: string, kind: KeptKind): KeptFile | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(keptKey(plan, kind)) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<KeptFile>;
    if (typeof value.name === "string" && typeof value.text === "string" && typeof value.keptAt === "string")
      return {kind, name: value.name, text: value.text, keptAt: value.keptAt};
  } catch {
    // Not JSON: not ours.
  }
  return null;
}

/**
 * Keeps a file's text; returns null when kept, else why it could not be (no storage in this browser, or the
 * storage is full: the file is then used for this visit only).
 */
export function keepFile(
  storage: KeptStorage | null,
  plan: string,
  kind: KeptKind,
  {name, text}: {name: string; text: string},
  now: Date = new Date()
): string | null {
  if (!storage) return "this browser keeps no files here (storage is off)";
  const file: KeptFile = {kind, name, text, keptAt: now.toISOString()};
  try {
    storage.setItem(keptKey(plan, kind), JSON.stringify(file));
    return null;
  } catch (error) {
    return `the browser's storage refused it (${(error as Error).name || "error"}: full or off)`;
  }
}

/** Removes every kept file of the plan. */
export function forgetFiles(storage: KeptStorage | null, plan: string): void {
  for (const kind of KEPT_KINDS)
    try {
      storage?.removeItem(keptKey(plan, kind));
    } catch {
      // Storage off: nothing kept.
    }
}

/**
 * The file a page uses: a file just loaded (and kept, replacing the one before), else the one kept from an
 * earlier visit, else none (the page then shows the site's own data). `problem` says why a file just loaded
 * could not be kept; it is still used.
 *
 * A workbook of both files (sheets "observations" and "task-status", monitoringWorkbook.ts) loaded on either
 * page gives `sheets`: each sheet is kept as the file of its kind, named "<file> › <sheet>" (so that a bad row
 * is reported by sheet and row), and `alsoKept` names the other kinds kept with it.
 */
export function chooseFile(
  storage: KeptStorage | null,
  plan: string,
  kind: KeptKind,
  loaded: {name: string; text: string; sheets?: Partial<Record<KeptKind, string>>} | null,
  now: Date = new Date()
): {file: KeptFile | null; fresh: boolean; problem: string | null; alsoKept?: KeptKind[]} {
  if (loaded) {
    const {sheets = {}} = loaded;
    const named = (k: KeptKind) => (sheets[k] !== undefined ? `${loaded.name} › ${k}` : loaded.name);
    const alsoKept = KEPT_KINDS.filter(
      (k) =>
        k !== kind && sheets[k] !== undefined && !keepFile(storage, plan, k, {name: named(k), text: sheets[k]!}, now)
    );
    const file = {name: named(kind), text: loaded.text};
    const problem = keepFile(storage, plan, kind, file, now);
    return {file: {kind, ...file, keptAt: now.toISOString()}, fresh: true, problem, alsoKept};
  }
  return {file: keptFile(storage, plan, kind), fresh: false, problem: null};
}

/** Every file kept for the plan, by kind (a kind with none is left out). */
export function keptFiles(storage: KeptStorage | null, plan: string): Partial<Record<KeptKind, KeptFile>> {
  const files: Partial<Record<KeptKind, KeptFile>> = {};
  for (const kind of KEPT_KINDS) {
    const file = keptFile(storage, plan, kind);
    if (file) files[kind] = file;
  }
  return files;
}
