/**
 * The form of body a department's name ends in: a commission (委员会, 委, 管委会), a bureau (局), a provincial
 * department (厅), an office (办公室, 办公厅, 办), a ministry or department of the party (部), an administration (署);
 * null when the name ends in none of them (最高法, 团中央, 各县(市、区)). Used to keep the reference's rule that an
 * alias is another name of the same body, never another body or its successor (docs/data-model.md, "The reference"):
 * a name's short name and aliases end in the same form as the name, where both end in one. 市发改局 (a city's
 * development and reform bureau, as a county-level city names it) is not 市发改委 (a city's commission).
 *
 *   bodyForm("市发展和改革委员会") → "commission";  bodyForm("市发改委") → "commission";  bodyForm("市发改局") → "bureau"
 *   bodyForm("国务院办公厅") → "office";  bodyForm("国办") → "office";  bodyForm("最高法") → null
 *
 * The office suffixes are tried before 厅 and the commission's before 会, so that 办公厅 is an office and 委员会 a
 * commission. Short forms of a commission in 会 (证监会, 管委会) are commissions.
 */
export type BodyForm = "commission" | "bureau" | "department" | "office" | "ministry" | "administration";

const FORMS: [RegExp, BodyForm][] = [
  [/(?:办公室|办公厅|办)$/u, "office"],
  [/(?:委员会|委|会)$/u, "commission"],
  [/局$/u, "bureau"],
  [/厅$/u, "department"],
  [/部$/u, "ministry"],
  [/署$/u, "administration"]
];

/** The form of body `name` ends in (see above), or null. */
export function bodyForm(name: string): BodyForm | null {
  const trimmed = name.trim();
  for (const [pattern, form] of FORMS) if (pattern.test(trimmed)) return form;
  return null;
}

/**
 * The short name and aliases of a reference row that end in another form of body than its name (see above):
 * aliasesOfAnotherForm({name: "市发展和改革委员会", shortName: "市发改委", aliases: ["市发改局"]}) → ["市发改局"].
 */
export function aliasesOfAnotherForm(entry: {name: string; shortName: string; aliases: string[]}): string[] {
  const form = bodyForm(entry.name);
  if (!form) return [];
  return [entry.shortName, ...entry.aliases].filter((a) => {
    const other = bodyForm(a);
    return other !== null && other !== form;
  });
}
