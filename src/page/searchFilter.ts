/**
 * searchFilter(columns): a filter for Inputs.search that matches every word of the query as a substring, in
 * any case. Inputs' default matches words from their start, which finds nothing inside Chinese text
 * (市场监管 in 市市场监管局).
 *
 *   Inputs.search(rows, {filter: searchFilter(["id", "subject"])})
 */
export function searchFilter(columns?: string[]) {
  return (query: string) => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (d: Record<string, unknown>) => {
      const text = (columns ?? Object.keys(d))
        .map((c) => String(d[c] ?? ""))
        .join(" ")
        .toLowerCase();
      return terms.every((t) => text.includes(t));
    };
  };
}
