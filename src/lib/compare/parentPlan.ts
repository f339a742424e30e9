/**
 * Which plan of a set a plan descends from, for the lineage page's first view: a plan of a higher level of
 * government (nation above province above city above county) whose jurisdiction contains the child's — the
 * child's jurisdiction begins with the parent's name (上海市青浦区 under 上海市), and a nation's plan is above every
 * plan — issued no later than the child (a parent comes first). Of several, the nearest level, then the latest
 * date, then the first in the order given. A claim about descent from names and dates only: the page lets the
 * user choose any other pair.
 */
import type {PlanLevel} from "./planRow.js";

export interface PlanPlace {
  plan: string;
  level: PlanLevel | null;
  jurisdiction: string | null;
  /** yyyy-mm-dd */
  date: string | null;
}

const RANK: Record<PlanLevel, number> = {nation: 0, province: 1, city: 2, county: 3};

/** The suggested parent of `child` among `plans` (see above), or null when none qualifies. */
export function suggestedParent(child: PlanPlace, plans: PlanPlace[]): PlanPlace | null {
  if (!child.level) return null;
  const candidates = plans.filter(
    (p) =>
      p.plan !== child.plan &&
      p.level !== null &&
      RANK[p.level] < RANK[child.level!] &&
      (p.level === "nation" ||
        (!!p.jurisdiction && !!child.jurisdiction && child.jurisdiction.startsWith(p.jurisdiction))) &&
      (!p.date || !child.date || p.date <= child.date)
  );
  let best: PlanPlace | null = null;
  for (const p of candidates)
    if (
      !best ||
      RANK[p.level!] > RANK[best.level!] ||
      (RANK[p.level!] === RANK[best.level!] && (p.date ?? "") > (best.date ?? ""))
    )
      best = p;
  return best;
}

/**
 * The pair the lineage page shows. Asked for both (?parent=…&child=…), two different plans of the set: that pair.
 * Asked for a child only: it, with its suggested parent (else the first other plan). Asked for a parent only: the
 * first plan that descends from it (else the first other plan). Nothing asked: the first plan, in the order
 * given, that has a suggested parent, with it; else the first two plans. `suggested` says whether the parent is
 * suggestedParent's; `unknown` lists the names asked for that are not plans of the set (the page says so). Null
 * when the set has fewer than two plans.
 */
export function lineagePair(
  plans: PlanPlace[],
  asked: {parent?: string | null; child?: string | null} = {}
): {parent: string; child: string; suggested: boolean; unknown: string[]} | null {
  if (plans.length < 2) return null;
  const byName = new Map(plans.map((p) => [p.plan, p]));
  const unknown = [asked.parent, asked.child].filter((n): n is string => !!n && !byName.has(n));
  const parent = asked.parent ? byName.get(asked.parent) : undefined;
  const child = asked.child ? byName.get(asked.child) : undefined;
  const otherThan = (p: PlanPlace) => plans.find((q) => q.plan !== p.plan)!;
  if (parent && child && parent !== child) return {parent: parent.plan, child: child.plan, suggested: false, unknown};
  if (child) {
    const found = suggestedParent(child, plans);
    return {parent: (found ?? otherThan(child)).plan, child: child.plan, suggested: !!found, unknown};
  }
  if (parent) {
    const found = plans.find((c) => suggestedParent(c, plans)?.plan === parent.plan);
    return {parent: parent.plan, child: (found ?? otherThan(parent)).plan, suggested: !!found, unknown};
  }
  for (const c of plans) {
    const found = suggestedParent(c, plans);
    if (found) return {parent: found.plan, child: c.plan, suggested: true, unknown};
  }
  return {parent: plans[0].plan, child: plans[1].plan, suggested: false, unknown};
}
