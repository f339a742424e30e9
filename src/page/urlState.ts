/**
 * View state kept in the page's URL (?department=…&chapter=…&ordering=…), so that a copied link opens the same
 * view. Reading falls back to the given defaults; writing replaces the current history entry.
 *
 *   const state = readUrlState({department: "", ordering: "document"});
 *   writeUrlState({department: "市市场监督管理局"});
 */
export function readUrlState<T extends Record<string, string>>(
  defaults: T,
  search = globalThis.location?.search ?? ""
): T {
  const params = new URLSearchParams(search);
  const out = {...defaults};
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value = params.get(key);
    if (value !== null) out[key] = value as T[typeof key];
  }
  return out;
}

/** Writes `state` into the page's URL (history.replaceState): a key with an empty value is removed. */
export function writeUrlState(state: Record<string, string | null | undefined>): void {
  const url = new URL(globalThis.location.href);
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === "") url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.href !== globalThis.location.href) globalThis.history.replaceState(globalThis.history.state, "", url);
}
