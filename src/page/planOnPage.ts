/**
 * planOnPage(document): the name of the plan the page shows (its slug, data/plans/<name>.txt), as the header's
 * plan picker names it (data-plan, src/page/planPicker.ts); null on a page about no one plan (compare/…) or with
 * no header (an embed). Exports are named after it (src/lib/exportName.ts).
 */
export function planOnPage(document: Document | undefined = globalThis.document): string | null {
  const picker = document?.querySelector?.<HTMLElement>(".plan-picker[data-plan]");
  return picker?.dataset.plan || null;
}
