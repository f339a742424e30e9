/**
 * Accountability checks: where the plan's assignment of responsibility is thin or diffuse. Each check lists the
 * items or departments it finds, so every figure can be traced to the records behind it.
 *
 * One rule decides whether an item has a designated lead (designatedLeadItems): a lead (牵头) role held by a
 * named body. A generic placeholder (kind "generic": 各行业部门, 各区政府, 有关部门 …) leading an item names no body
 * that answers for it, so such an item has no designated lead; nor does a party outside government leading it (an
 * enterprise or a society: NON_GOVERNMENT_KINDS, 城投集团牵头). The overview, the plans table and the compare
 * pages' checks all count through it.
 */
import type {Item, PlanModel} from "./model.js";
import {NON_GOVERNMENT_KINDS} from "./vocabulary.js";

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
 * The ids of the items with a designated lead: a responsibility of role "lead" held by a government body, not a
 * generic placeholder (a department of kind "generic" in model.departments: 各行业部门, 各区政府, 市级有关部门) and
 * not a party outside government (kind "enterprise" or "society": 城投集团, 行业协会).
 * A name missing from model.departments counts as a named body. Used by accountabilityChecks (noLead), the
 * overview (overview.ts) and the plans table (compare/planRow.ts).
 */
export function designatedLeadItems(model: Pick<PlanModel, "departments" | "responsibilities">): Set<string> {
  const generic = new Set(
    model.departments.filter((d) => d.kind === "generic" || NON_GOVERNMENT_KINDS.has(d.kind)).map((d) => d.name)
  );
  return new Set(
    model.responsibilities.filter((r) => r.role === "lead" && !generic.has(r.department)).map((r) => r.item)
  );
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
