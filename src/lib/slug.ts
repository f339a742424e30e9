/**
 * URL-safe ids for department pages: the English name in lower case with dashes
 * (market-regulation…), or, for a department without one, "d-" and a short hash of its Chinese name.
 */
export function departmentSlug(d: {name: string; nameEn: string | null}): string {
  const english = (d.nameEn ?? "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  if (english) return english;
  let h = 2166136261;
  for (const c of d.name) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  return `d-${h.toString(36)}`;
}
