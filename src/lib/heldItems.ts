/**
 * issuerHeld(model): the items the issuer holds by default and who holds them. Where no item of a plan has a
 * responsibility clause, the reader gives each item no body leads to the issuer (src/lib/reader/issuer.ts: an
 * implicit role, Responsibility.byIssuer): no line of the text said who does those items. The reading report (the
 * CLI's readingReport in reader/coverage.ts, and the load page's) says so rather than "every line understood".
 *
 *   issuerHeld(model) // → {items: 12, issuers: ["上海市交通委员会"]}, or null when the issuer holds none
 */
import type {PlanModel} from "./model.js";

/** What the issuer holds by default: how many items, and the issuers as the text writes them, in order. */
export interface IssuerHeld {
  items: number;
  issuers: string[];
}

/**
 * The number of items held by the issuer by default (distinct items of the responsibilities marked byIssuer) and the
 * issuers as written (Responsibility.asWritten, first seen first); null when the issuer holds none.
 */
export function issuerHeld(model: Pick<PlanModel, "responsibilities">): IssuerHeld | null {
  const items = new Set<string>();
  const issuers: string[] = [];
  for (const r of model.responsibilities) {
    if (!r.byIssuer) continue;
    items.add(r.item);
    if (!issuers.includes(r.asWritten)) issuers.push(r.asWritten);
  }
  return items.size ? {items: items.size, issuers} : null;
}
