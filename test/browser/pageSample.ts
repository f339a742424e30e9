// Which built pages the whole-site browser tests visit. Every plan has the same pages under plans/<name>/ (the
// root pages, linked, on another plan's data), and one brief per department: visiting every one of every plan on
// a busy 2-core machine would take many minutes and test the same page code again.

/** Every page, except each plan's briefs under plans/<name>/departments/: the first of each plan. */
export function samplePlanBriefs(pages: string[]): string[] {
  const seen = new Set<string>();
  return [...pages].sort().filter((page) => {
    const brief = /^plans\/([^/]+)\/departments\/[^/]+\.html$/.exec(page);
    if (!brief) return true;
    if (seen.has(brief[1])) return false;
    seen.add(brief[1]);
    return true;
  });
}

/**
 * The root pages and one other plan's pages (the first in name order), with its first brief: enough to see the
 * per-plan pages under a slowed CPU without repeating every plan.
 */
export function sampleOnePlan(pages: string[]): string[] {
  const plans = [...new Set(pages.map((p) => /^plans\/([^/]+)\//.exec(p)?.[1]).filter(Boolean))].sort();
  const one = plans[0];
  return samplePlanBriefs(pages.filter((p) => !p.startsWith("plans/") || p.startsWith(`plans/${one}/`)));
}
