/**
 * Central bodies a national plan names without the word that makes them national. The State Council and its General
 * Office write the short names of the central bodies bare in their clauses and division-of-work lists
 * (（发展改革委、统计局、知识产权局等按职责分工负责）, 国资委, 气象局, 中医药局: the 国发/国办发 documents of 2014–2017 drop
 * 国家, 国务院 and 中国 throughout; later ones keep them for some bodies and not others). In a plan the State
 * Council or the Party Centre issues, such a name is the national body: 统计局 → 国家统计局, 国资委 → 国务院国资委, 气象局 → 中国气象局. In the
 * plan of a province, a city or a county the same bare name is a local body, never the national one: the body of the
 * plan's own level where the reference lists its form (ownLevelBody: 统计局 in a city's plan → 市统计局), else kept as
 * written (the reference's national rows are not matched by a local plan's 统计局 or 发展改革委).
 */
import type {DepartmentDirectory, DepartmentEntry} from "../departments.js";

/** The words a central body's name opens with, that its short name drops. */
const CENTRAL_PREFIXES = ["国家", "国务院", "中国"] as const;

/** A name that already says its level or its place (省…, 市…, 国家…, 各…, 上海市…): no prefix is missing. */
const HAS_LEVEL = /^(?:[省市县区乡镇旗州盟]|国家|国务院|中国|中央|中共|全国|中华|各|[\u4e00-\u9fff]{1,6}?[省市县区州])/;

/** The central issuers of a national plan: the State Council, the Party Centre, their offices. */
const CENTRAL_ISSUER = /^(?:国务院|中共中央|中国共产党中央委员会)(?:办公厅)?$/;

/**
 * Whether a plan's issuer is the centre that assigns work to the central bodies: the State Council, the Party Centre
 * or their general offices (国务院, 国务院办公厅, 中共中央、国务院; the first of several issuers decides). A ministry's
 * own plan is not: its bare names are its own offices and departments (交通运输部's 办公厅 is no 国务院办公厅, its 法制司
 * its own). False for null.
 */
export function isCentralIssuer(issuer: string | null): boolean {
  const first = (issuer ?? "").split(/[、\s]+/).find(Boolean);
  return first !== undefined && CENTRAL_ISSUER.test(first);
}

/**
 * The national body a bare short name stands for in a central body's plan (统计局 → 国家统计局, 国资委 → 国务院国资委,
 * 气象局 → 中国气象局): the reference's entry for the name with 国家, 国务院 or 中国 before it, when that entry is a
 * national department. Undefined for a name that says its level or place already (市统计局, 国家统计局, 上海海关) and
 * for one no prefix makes a national body (公安部门).
 */
export function centralBody(name: string, directory: DepartmentDirectory): DepartmentEntry | undefined {
  const n = name.trim();
  if (n.length < 2 || HAS_LEVEL.test(n)) return undefined;
  for (const prefix of CENTRAL_PREFIXES) {
    const entry = directory.lookup(prefix + n);
    if (entry?.kind === "national-department") return entry;
  }
  return undefined;
}

/** The department kind of each local level, and the prefixes that name a body of it (区 and 县 are one level). */
const OWN_LEVEL: Record<"province" | "city" | "county", {kind: DepartmentEntry["kind"]; prefixes: string[]}> = {
  province: {kind: "provincial-department", prefixes: ["省"]},
  city: {kind: "municipal-department", prefixes: ["市"]},
  county: {kind: "county-department", prefixes: ["县", "区"]}
};

/**
 * The body of the plan's own jurisdiction a bare department name stands for in a local plan: 能源局 or 发展改革委 in a
 * province's plan is that province's (the reference's 省能源局, 省发展和改革委员会), in a city's plan the city's (市…),
 * in a county's or district's the county's (县…, 区…; the issuer's own word first, `district`: the issuer is a 区). A
 * 厅 is a province's in any plan (商务厅 → 省商务厅). The entry is the reference's jurisdiction-neutral form of the
 * level, of that level's kind (or a vertically managed body seated there: 气象局 → 市气象局); undefined when the reference lists none (机管局 in a county's plan: kept as written,
 * of the plan's level by bodyKind, no body invented), for a name that says its level or place (市能源局, 四川省能源局),
 * and in a national plan (centralBody). The link keeps the name as written; the entry is the department it resolves to.
 *
 *   ownLevelBody("能源局", "province", directory)?.name → "省能源局"
 *   ownLevelBody("发展改革委", "city", directory)?.name → "市发展和改革委员会" (not the national commission)
 */
export function ownLevelBody(
  name: string,
  level: "nation" | "province" | "city" | "county" | null,
  directory: DepartmentDirectory,
  district = false
): DepartmentEntry | undefined {
  const n = name.trim();
  if (!level || level === "nation" || n.length < 2 || HAS_LEVEL.test(n)) return undefined;
  const own = /厅$/.test(n) && !/办公厅$/.test(n) ? OWN_LEVEL.province : OWN_LEVEL[level];
  const prefixes = own === OWN_LEVEL.county && district ? [...own.prefixes].reverse() : own.prefixes;
  for (const prefix of prefixes) {
    const entry = directory.lookup(prefix + n);
    // The level's department, or a vertically managed body seated there (市气象局, 县税务局).
    if (entry && (entry.kind === own.kind || entry.kind === "vertical-agency")) return entry;
  }
  return undefined;
}
