/**
 * Accountability checks: where the plan's assignment of responsibility is thin or diffuse. Each check lists the
 * items or departments it finds, so every figure can be traced to the records behind it.
 *
 * One rule decides whether a body's lead (牵头) role designates a lead (answersAsLead): a named body does, whether
 * inside government or outside it (a company the plan names as lead, 虹房集团牵头, answers for the item); a
 * generic placeholder (kind "generic": 各行业部门, 各区政府, 有关部门 …) names no body that answers for it. Items
 * with a designated lead (designatedLeadItems), the overview's ranking of who leads most, the plans table and the
 * compare pages' checks all count through it, so their numbers agree.
 */
import type {Department, DepartmentKind, Item, PlanModel} from "./model.js";

export interface AliasMerge {
  alias: string;
  canonical: string;
  items: string[];
}

export interface AccountabilityReport {
  /**
   * Items with responsible departments but no designated lead: only joint or support roles, or a lead held only
   * by a generic placeholder (see designatedLeadItems).
   */
  noLead: Item[];
  /** Items whose only named unit is a generic placeholder such as 市级有关部门. */
  genericOnly: Item[];
  /** Items with more than `maxCoResponsible` departments named. */
  diffuse: {item: Item; departments: number}[];
  /** Items with no responsibility clause, or a clause that names no one. */
  unassigned: Item[];
  /** Departments named in one item only. */
  namedOnce: {department: string; item: string}[];
  /** Names the plan writes in another form, merged into one department. */
  aliases: AliasMerge[];
}

export interface AccountabilityOptions {
  /** More than this many departments on one item counts as diffuse (default 5). */
  maxCoResponsible?: number;
}

/**
 * Whether a lead (牵头) role held by a body of this kind designates a lead: true for every named body, inside
 * government or not (an enterprise or a society the plan names as lead answers for the item: 虹房集团, 城投集团);
 * false for a generic placeholder (kind "generic": 各行业部门, 各区政府, 市级有关部门), which names no body. A kind
 * unknown (undefined: a name missing from model.departments) counts as a named body.
 */
export function answersAsLead(kind: DepartmentKind | undefined): boolean {
  return kind !== "generic";
}

/**
 * The ids of the items with a designated lead: a responsibility of role "lead" held by a body that answers as lead
 * (answersAsLead: any named body, not a generic placeholder). Used by accountabilityChecks (noLead), the overview's
 * counts and ranking (overview.ts) and the plans table (compare/planRow.ts).
 */
export function designatedLeadItems(model: Pick<PlanModel, "departments" | "responsibilities">): Set<string> {
  const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
  return new Set(
    model.responsibilities.filter((r) => r.role === "lead" && answersAsLead(kind.get(r.department))).map((r) => r.item)
  );
}

/**
 * The ids of the items a named body answers for: a designated lead (designatedLeadItems), or a joint (共同) role held
 * by a named body (not a generic placeholder). Joint responsibility is responsibility: a plan that writes
 * "责任单位：区应急局、区消防支队" on every item names who answers for each, together, though none of them leads; only
 * items in support (配合) roles alone, held by placeholders alone, or with no one named have no one who answers.
 * Used by the overview's wording (itemsWithoutLead's reasons) and the plans table (compare/planRow.ts).
 */
export function answerableItems(model: Pick<PlanModel, "departments" | "responsibilities">): Set<string> {
  const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
  const out = designatedLeadItems(model);
  for (const r of model.responsibilities)
    if (r.role === "joint" && answersAsLead(kind.get(r.department))) out.add(r.item);
  return out;
}

/**
 * The accountability report (see AccountabilityReport): items with no lead, with only a generic unit, with more
 * than `maxCoResponsible` departments, with no one named; departments named once; names merged as aliases.
 */
export function accountabilityChecks(
  model: PlanModel,
  {maxCoResponsible = 5}: AccountabilityOptions = {}
): AccountabilityReport {
  const explicit = model.responsibilities.filter((r) => r.role !== "implicit");
  const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
  const of = (item: string) => explicit.filter((r) => r.item === item);
  const designated = designatedLeadItems(model);
  const report: AccountabilityReport = {
    noLead: [],
    genericOnly: [],
    diffuse: [],
    unassigned: [],
    namedOnce: [],
    aliases: []
  };
  for (const item of model.items) {
    const rs = of(item.id);
    if (!rs.length) {
      report.unassigned.push(item);
      continue;
    }
    if (!designated.has(item.id)) report.noLead.push(item);
    if (rs.every((r) => kind.get(r.department) === "generic")) report.genericOnly.push(item);
    if (rs.length > maxCoResponsible) report.diffuse.push({item, departments: rs.length});
  }
  for (const d of model.departments) {
    const rs = explicit.filter((r) => r.department === d.name);
    if (rs.length === 1) report.namedOnce.push({department: d.name, item: rs[0].item});
    for (const alias of d.aliasesSeen)
      report.aliases.push({
        alias,
        canonical: d.name,
        items: model.responsibilities.filter((r) => r.department === d.name && r.asWritten === alias).map((r) => r.item)
      });
  }
  return report;
}

/** The departments of `model` named in `responsibilities`, each once, in the order they are first named there. */
function namedIn(model: Pick<PlanModel, "departments">, responsibilities: PlanModel["responsibilities"]): Department[] {
  const byName = new Map(model.departments.map((d) => [d.name, d]));
  const seen = new Set<string>();
  const out: Department[] = [];
  for (const r of responsibilities) {
    const d = byName.get(r.department);
    if (d && !seen.has(d.name)) (seen.add(d.name), out.push(d));
  }
  return out;
}

/**
 * The bodies that hold implicit (默认) roles in this plan, in the order the plan first names them: those of a blanket
 * note (各县(市、区)人民政府 in 延政发〔2024〕8号) or an issuer holding its own plan. What the matrix's and the
 * network's "implicit roles" toggle names: each plan's own, none when the plan gives no implicit role.
 */
export function implicitHolders(model: Pick<PlanModel, "departments" | "responsibilities">): Department[] {
  return namedIn(
    model,
    model.responsibilities.filter((r) => r.role === "implicit")
  );
}

/**
 * The generic placeholders (kind "generic": 市级有关部门, 各街镇, 有关部门) this plan names in a clause, in the order it
 * first names them: the examples the "only a generic unit" check gives, each plan's own.
 */
export function genericBodies(model: Pick<PlanModel, "departments" | "responsibilities">): Department[] {
  return namedIn(
    model,
    model.responsibilities.filter((r) => r.role !== "implicit")
  ).filter((d) => d.kind === "generic");
}
