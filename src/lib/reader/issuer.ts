/**
 * The issuer as the holder of a department's own plan. A plan that one department issues to its own offices and
 * units (上海市交通委员会 to 委机关各处室、委属各单位; 区民政局 to 全区各养老服务机构) often names nobody in its tasks:
 * the department does the work itself. A plan of a people's government or of its 办公厅/办公室 assigns work to
 * other bodies, and one with no clause leaves who does it unsaid; a party committee, a leading group, a committee of
 * the government (安全生产委员会) is no department either. Departments that issue a plan together (上海市住房和城乡建设
 * 管理委员会、上海市规划和自然资源局) do its work together: each holds it (issuingDepartments).
 */
import type {DepartmentDirectory} from "../departments.js";

const DEPARTMENT_KINDS = new Set([
  "national-department",
  "provincial-department",
  "municipal-department",
  "county-department",
  "vertical-agency"
]);

/** Governments, their general offices, party committees and bodies of several departments: never one department. */
const NOT_DEPARTMENT =
  /(?:人民政府|政府|办公厅|办公室|领导小组|指挥部|工作组|联席会议|党委|[省市县区州旗]委)$|^(?:中共|中国共产党|国务院$|中央)/;

/** A jurisdiction's name before a body's (上海市, 上海市奉贤区, 陕西省延安市): the body's level is its last word. */
const JURISDICTION = /^(?:[\u4e00-\u9fff]{1,8}?省)?(?:[\u4e00-\u9fff]{1,8}?市)?(?:[\u4e00-\u9fff]{1,8}?[区县])?/;

/**
 * The place a plan's issuer or title opens with (滁州市人民政府 → 滁州市; 上海市奉贤区民政局 → 上海市奉贤区), past a
 * bracketed column label (【市政府重点工作】); null when it opens with none.
 */
export function placeOf(text: string | null): string | null {
  const place = JURISDICTION.exec((text ?? "").replace(/^[【\[][^】\]]*[】\]]\s*/, ""))?.[0] ?? "";
  return place.length >= 2 ? place : null;
}

/**
 * The name of the department reference that a full name stands for: 上海市交通委员会 → 市交通委员会, 上海市奉贤区民政局
 * → 区民政局 (the reference is written without the place's name). Null when the reference knows neither form.
 */
export function referenceName(name: string, directory: DepartmentDirectory): string | null {
  const n = name.trim();
  const direct = directory.lookup(n);
  if (direct) return direct.name;
  const place = JURISDICTION.exec(n)?.[0] ?? "";
  if (!place || place.length >= n.length - 1) return null;
  return directory.lookup(place.slice(-1) + n.slice(place.length))?.name ?? null;
}

/**
 * Whether a plan's issuer is one department, which holds the tasks of its own plan where the plan names nobody:
 * a single name (not issued jointly) that is not a government, a government's or a party's office, a party
 * committee or a leading group, and that the department reference lists as a department (its place's name read as
 * its level: 上海市交通委员会 → 市交通委员会), or that ends as a bureau does (局, 厅, 署: 上海市规划和自然资源局). A
 * 委员会 the reference does not list may be a committee of the government (安全生产委员会): not one department.
 */
export function isDepartmentIssuer(issuer: string | null, jointly: boolean, directory: DepartmentDirectory): boolean {
  if (!issuer || jointly) return false;
  const n = issuer.trim();
  if (!/^[\u4e00-\u9fff()]{3,30}$/.test(n) || NOT_DEPARTMENT.test(n)) return false;
  const known = referenceName(n, directory);
  if (known) return DEPARTMENT_KINDS.has(directory.lookup(known)!.kind);
  return /(?:局|厅|署)$/.test(n);
}

/**
 * The departments whose own plan this is: the issuer alone when it is one department (isDepartmentIssuer); each of
 * several issuers (issuer "A、B", issued jointly) when every one of them is a department, as written, in the order
 * listed (上海市住房和城乡建设管理委员会、上海市规划和自然资源局 → both). [] otherwise: a government, an office or a
 * committee among the issuers makes the plan one that assigns work to others.
 */
export function issuingDepartments(issuer: string | null, jointly: boolean, directory: DepartmentDirectory): string[] {
  if (!issuer) return [];
  if (!jointly) return isDepartmentIssuer(issuer, false, directory) ? [issuer.trim()] : [];
  const names = issuer
    .split("、")
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 1 && names.every((n) => isDepartmentIssuer(n, false, directory)) ? names : [];
}
