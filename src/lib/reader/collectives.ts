/**
 * Collective bodies: the governments of every unit of one level, named as one (各县(市、区)人民政府, 各市(州)人民政府,
 * 各区县人民政府, 各省、自治区、直辖市, 各地区, 各级人民政府), and a named body written with the collective it heads
 * (能源局等省有关部门, 市发改委等市级有关部门).
 *
 * A collective is one body of the plan, never split into its words; its kind says which governments it stands for. A
 * name that writes its level (各市人民政府, 各县区政府, 各乡镇政府) is of that level whatever plan names it; a name that
 * writes none (各地区, 各地, 各级人民政府, 有关地方人民政府) stands for the governments one level below the plan's own:
 * the provinces in a State Council plan, the cities (市, 州) in a province's, the counties and districts in a city's,
 * the townships in a county's (各级: the highest of the levels it spans). Sub-district offices and townships named bare
 * (各街镇, 各镇) stay generic; named as governments (各乡镇人民政府) they are `township`. Departments named together (各有关部门,
 * 各有关单位, 省有关部门) are no government: they stay `generic`, placeholders that name no one body.
 */
import type {DepartmentKind} from "../model.js";

/** The level of government a plan is issued at (planLevel in planHeader.ts). */
export type PlanLevelOfBodies = "nation" | "province" | "city" | "county";

/** The kinds of a government body, by its level. */
export type GovernmentKind = "provincial-government" | "municipal-government" | "county-government" | "township";

/** The governments one level below a plan's own: those a level-bare collective (各地区) stands for. */
const BELOW: Record<PlanLevelOfBodies, GovernmentKind> = {
  nation: "provincial-government",
  province: "municipal-government",
  city: "county-government",
  county: "township"
};

/** What opens a collective: 各, 有关, 相关 (各有关, 各相关), 县级以上(地方)…, 地方各级. */
const HEAD = /^(?:县级以上(?:地方)?|地方)?(?:各(?:有关|相关)?|有关|相关)/;
/** A bracket of the units named with the first (县(市、区), 市(州), 省(区、市)). */
const ALSO = String.raw`(?:\([^()]{1,8}\))?`;
/** The first unit a collective names, by the kind of its governments (the highest named decides: 各市、县 → 市). */
const UNITS: [RegExp, GovernmentKind][] = [
  [new RegExp(String.raw`^(?:省${ALSO}|省区市|自治区|直辖市)`), "provincial-government"],
  [new RegExp(String.raw`^(?:地级(?:以上)?市|设区的市|市${ALSO}|州${ALSO}|盟|地市|市州)`), "municipal-government"],
  [new RegExp(String.raw`^(?:县级市|县${ALSO}|区${ALSO}|旗)`), "county-government"],
  [/^(?:乡镇|乡|镇|街道|街镇)/, "township"]
];
/** A collective that writes no level: 各地区, 各地, 各级人民政府, 有关地方人民政府. */
const LEVEL_BARE = /^(?:地区|地方|地)(?:人民政府|政府)?$|^级(?:地方)?(?:人民政府|政府)$/;
/** The units a collective lists after its first (、县(市、区), 、自治区、直辖市), then its government, if written. */
const REST = new RegExp(
  String.raw`^(?:[、和及]?(?:省|自治区|直辖市|市|州|盟|县级市|县|区|旗|乡镇|乡|镇|街道|街镇)${ALSO})*(?:人民政府|政府|党委和政府|党委、政府)?$`
);

/**
 * The kind of a collective of governments (see the module's note), or null for a name that is none: one government
 * (静安区人民政府), departments (各有关部门, 各县区发改局), an area (各园区). `level`: the plan's own (null when unknown:
 * a level-bare collective then has no kind).
 *
 *   collectiveGovernment("各市(州)人民政府", "province") → "municipal-government"
 *   collectiveGovernment("各县区人民政府", "city") → "county-government"
 *   collectiveGovernment("各地级以上市人民政府", "province") → "municipal-government"
 *   collectiveGovernment("各地区", "nation") → "provincial-government"
 *   collectiveGovernment("各有关部门", "province") → null
 */
export function collectiveGovernment(name: string, level: PlanLevelOfBodies | null): GovernmentKind | null {
  const n = name.trim();
  const head = HEAD.exec(n);
  if (!head) return null;
  const rest = n.slice(head[0].length);
  if (LEVEL_BARE.test(rest)) return level ? BELOW[level] : null;
  for (const [unit, kind] of UNITS) {
    const m = unit.exec(rest);
    if (!m || !REST.test(rest.slice(m[0].length))) continue;
    // Every sub-district office or township named bare (各街镇, 各镇, 各街道) stays a generic placeholder (a 街道 office
    // is no government); named as governments (各乡镇人民政府, 各街镇政府) they are the townships'.
    return kind === "township" && !/政府$/.test(rest) ? null : kind;
  }
  return null;
}

/**
 * The kind of one government named by its level (市政府, 延安市人民政府, 省人民政府, 陕西省人民政府, 广西壮族自治区人民政府):
 * provincial-government or municipal-government; null for any other name (a district's or county's, a township's,
 * whose kinds bodies.ts decides; an office of a government: 市政府办公室).
 */
export function governmentOfLevel(name: string): GovernmentKind | null {
  const n = name.trim();
  if (!/(?:人民政府|政府)$/.test(n) || /^各|有关|相关/.test(n)) return null;
  if (/^(?:[\u4e00-\u9fff]{0,8}?(?:省|自治区)|直辖市)(?:人民)?政府$/.test(n)) return "provincial-government";
  if (/^(?:[\u4e00-\u9fff]{0,8}?(?:市|州|盟))(?:人民)?政府$/.test(n) && !/[区县旗镇乡]/.test(n))
    return "municipal-government";
  return null;
}

/**
 * A named body written with the collective it heads, as 等 joins them (能源局等省有关部门, 市发改委等市级有关部门,
 * 区建设管理委等区级相关部门, 省教育厅等省直有关单位, in a State Council text 银保监会等国务院相关部门): the body and the
 * collective, each with its offset in `text`. The collective must write its level (省, 市级, 区直, 国务院 …): a bare 等部门, 等有关部门 or 等单位 only closes the list (stripEtc in
 * clauses.ts: 市发改委等有关部门 → 市发改委). Null for a text that is not one.
 */
export function etcCollective(text: string): {body: string; collective: string; at: number} | null {
  const m =
    /^(.{2,30}?)等((?:[省市县区](?:级|直|属)?|省市|市区|县区|国务院)(?:各)?(?:有关|相关)?(?:部门|单位)(?:和单位)?)$/.exec(
      text
    );
  if (!m) return null;
  return {body: m[1], collective: m[2], at: m[1].length + 1};
}

/** The level a collective's name writes first (市级有关部门 → city, 省直有关单位 → province), else null. */
function writtenLevel(name: string): PlanLevelOfBodies | null {
  const m = /^各?([省市县区])(?!场|政|域)/.exec(name.trim());
  return !m ? null : m[1] === "省" ? "province" : m[1] === "市" ? "city" : "county";
}

/**
 * Whether a reference entry for a collective of departments of one level (市级有关部门, listed with the aliases
 * 各有关部门, 有关部门) is the wrong body for a name as written that states no level, in a plan of another level:
 * 各有关部门 in a province's plan are the province's departments, not a city's (the name is kept as written).
 * False when the name writes its level (市级各有关部门), the entry is no collective (kind other than generic) or
 * writes no level, or the plan's level is unknown.
 */
export function collectiveOfOtherLevel(
  entry: {name: string; kind: DepartmentKind},
  asWritten: string,
  level: PlanLevelOfBodies | null
): boolean {
  if (entry.kind !== "generic" || !level || writtenLevel(asWritten)) return false;
  const of = writtenLevel(entry.name);
  return of !== null && of !== level;
}
