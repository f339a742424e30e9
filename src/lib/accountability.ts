/**
 * Accountability checks: where the plan's assignment of responsibility is thin or diffuse. Each check lists the
 * items or departments it finds, so every figure can be traced to the records behind it.
 */
import type {Item, PlanModel} from "./model.js";

export interface AliasMerge {
  alias: string;
  canonical: string;
  items: string[];
}

export interface AccountabilityReport {
  /** Items with responsible departments but none designated lead (only joint or support roles). */
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
    if (!rs.some((r) => r.role === "lead")) report.noLead.push(item);
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
