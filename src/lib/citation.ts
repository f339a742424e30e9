/**
 * The source line that goes with every exported chart and table: the document it comes from, and, for
 * benchmark figures, their own sources. "延安市人民政府 · 延政发〔2024〕8号 · 2024-03-26".
 */
import type {PlanDocument} from "./model.js";

/**
 * The source line under a chart: "Source: issuer, 《title》, number, date" and any `extra` sources (benchmarks,
 * monitoring files), "; "-separated.
 */
export function sourceLine(
  document: Pick<PlanDocument, "docNumber" | "issuer" | "date" | "title">,
  extra: string[] = []
): string {
  const plan = [document.issuer, document.title ? `《${document.title}》` : null, document.docNumber, document.date]
    .filter(Boolean)
    .join(" · ");
  return [plan, ...new Set(extra.filter(Boolean))].filter(Boolean).join("; ");
}

/** "Made 2026-11-26 with Plan explorer" for the date an export was made. */
export function madeLine(date: Date = new Date()): string {
  return `Made ${date.toISOString().slice(0, 10)} with Plan explorer`;
}
