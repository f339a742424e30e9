/**
 * What a name of a government body looks like, for names that the department reference does not list: a name that
 * ends like a body (局, 委, 办, 厅, 部, 署, 委员会, 管委会, 人民政府, 支行, 分局, 海关, 法院, 检察院 …), with a
 * jurisdiction prefix (国家, 省, 市, 县, 区 …) or none (发展改革委, 工业和信息化部), and the generic forms plans use
 * for many bodies at once (各县(市、区)人民政府, 市级有关部门, a prefecture's 州直相关单位, 各有关单位, 各项目实施主体).
 *
 * A place is no body, whatever word it ends with: an area (城区, 片区, 商务区核心区, 风貌区, 周边区域), a 副中心, a
 * 古镇 or 小镇, a 老街 names where the work is done, not who does it (三、重点片区 / (一)虹桥国际中央商务区核心区).
 * A 新片区 (临港新片区) is a jurisdiction with its own administration, as a 新区 is: a body.
 *
 * The form decides whether an unlabelled bracket (市人社局、市医保局) or a sentence (市文旅局、市体育局负责落实) is a
 * responsibility clause, and which sentence subjects (县经贸、统计等部门要…) name bodies.
 */
import type {DepartmentKind} from "../model.js";
import {isCloseBracket, isOpenBracket} from "./brackets.js";
import {collectiveGovernment, governmentOfLevel, type PlanLevelOfBodies} from "./collectives.js";

export type {PlanLevelOfBodies} from "./collectives.js";

const BODY_END =
  /(?:局|委|办|厅|部|署|(?<![公上官])司|研究室|参事室|委员会|管委会|管理委员会|人民政府|政府|支行|分行|分局|海关|法院|检察院|检察署|中心|办公室|领导小组|小组|联席会议|指挥部|专班|工作组|协会|联合会|总会|工会|团委|妇联|科协|残联|侨联|文联|集团|公司|企业|银行|大学|学院|研究院|研究所|监狱|办事处|大队|支队|总队|机关|分会|学会|商会|联社|合作社|报社|电视台|广播电视台|气象台|供电局|消防救援支队|邮政管理局|通信管理局|管理处|管理机构|事务所|党校|纪委监委|宣传部|组织部|统战部|政法委|编办|党委|街道|乡镇|乡|镇|银保监分局|监管分局|部门|新区|区|县|市|街道|街镇|国企)$/;
const GENERIC =
  /^(?:各(?:级|有关|相关)?|有关|相关|其他|市级|省级|县级|区级|州级|市直|县直|省直|区直|州直|[省市州县区](?=各|有关|相关))[\u4e00-\u9fff()、]{0,16}(?:部门|单位|机构|政府|县区|县(?:\(市、区\)|\(区\)|\(市\))|市\(州\)|园区|开发区|乡镇|街道|街镇|企业|专班|工作组|(?:实施|责任|建设|运营)主体)$|^各(?:县|市|区|镇|乡|街)[镇道]?(?:\([^)]*\))?(?:人民政府|政府)?$|^(?:[省市县区]级?)?(?:党政机关|国家机关|行政机关|公共机构|事业单位|企事业单位)$|^[省市县区][属管](?:国有)?(?:企业|国企)$|^属地(?:政府|人民政府|街镇|乡镇|镇|街道|部门|单位)$|^(?:街道|街镇|乡镇)$|^[部委局署厅](?:属|内|机关)各?(?:相关|有关)?(?:单位|司局|处室|部门|事业单位)$/;
const NOT_BODY =
  /[,。;:!?“”《》\d]|^(?:并|并且|及时|通报|联合|会同|配合|协助|督促|报送|报告|告知)|(?:全部|内部|外部|局部|全局|布局|格局|大局|结局|开局|干部)$|(?<!自)由|^(?:企业|群众|社会|单位|部门|政府|机关|全市|全省|全县|全区|各地|本市|本区|本县|城市|城区|地区|社区|园区|辖区|街区|景区|小区|农村)$|(?:城市|地区|社区|园区|辖区|街区|景区|小区|城区|(?<!新)片区|核心区|功能区|集聚区|商务区|风貌区|保护区|商圈|副中心|古镇|小镇|老街|区域)$/;

/**
 * A sentence fragment, not a name: a body's name is a noun phrase (a jurisdiction, a function, a body's word), so a
 * piece that opens with a verb of doing, a modal, a preposition or an ordinal of a list (完善跨部门 from 完善跨部门联合
 * 检查机制, 深化部门…, 应按照所在区交通主管部门, 在重点监视防御区 (a place), 一是主管部门) or that holds a verb of basis (区属国有企业根据区政府) is none,
 * whatever it ends with; so is one that opens with an adverb of manner before its verb (充分发挥企业 from 充分发挥企业
 * 作为…主体的作用). 跨部门 (cross-department) qualifies a noun; it names no body.
 */
const FRAGMENT =
  /^(?:充分|大力|积极|切实|着力|努力|不断|完善|建立|健全|深化|实现|形成|促进(?!会|中心)|推进(?!办|中心)|推动|加强|强化|加快|落实|开展|实施|鼓励|支持|扶持|培育|引进|吸引|帮扶|引导|提升|提高|优化|规范|严格|坚持|发挥|做好|抓好|创新|探索|构建|打造|成立|组建|设立|督促|统筹|协调(?!办|小组|委|处)|协同|组织(?!部)|争取|举办|明确|确保|进一步|按照|根据|依据|依照|依托|结合|通过|对(?!外)|向|把|在|以(?!色列)|与|和(?!平)|及|报(?!社|刊)|将(?!乐)|应(?!急)|须|必须|[一二三四五六七八九十][是要]|其[一二三四五六七八九十]|首先|其次|同时|此外|另外|跨)|根据|按照|依据|依照|涉及|是/;

/**
 * Whether a piece of text opens as a phrase of doing, never as a name does (FRAGMENT: 加强宣传引导, 按照…, 一是…): a
 * stricter test than isFragment, which also refuses names of places and names with quotation marks.
 */
export function opensAsPhrase(name: string): boolean {
  return FRAGMENT.test(name.trim());
}

/** Whether a piece of text is a sentence fragment rather than a name (FRAGMENT, or NOT_BODY's words). */
export function isFragment(name: string): boolean {
  const n = name.trim();
  return NOT_BODY.test(n) || FRAGMENT.test(n);
}

/**
 * An internal office (处, 科, 室) of a named parent body: 市交通委科技信息处 → parent 市交通委, office 科技信息处.
 * Null for a name that is not one (a 办事处 is a body of its own).
 */
export function officeOf(name: string): {parent: string; office: string} | null {
  const m =
    /^(.{2,20}?(?:委员会|管委会|委|局|厅|办|中心|政府|部|署|总队|支队|集团|公司))([\u4e00-\u9fff]{2,10}(?<!办事|之|好|此|各|出|用|难|益|坏|弊|妙|住|深|远|近)[处科室])$/.exec(
      name.trim()
    );
  if (!m || FRAGMENT.test(m[1]) || NOT_BODY.test(m[1])) return null;
  return {parent: m[1], office: m[2]};
}

/**
 * An internal office written in brackets after its parent (市交通委(计划财务处)): the office of that parent, as
 * 市交通委计划财务处 is. Null when the bracket holds anything but one bare office (区委组织部(区公务员局) is another name
 * of the body, 街镇(园区) its scope).
 */
export function bracketedOffice(name: string): {parent: string; office: string} | null {
  const m = /^(.{2,20}?)\(([^()]{2,10})\)$/.exec(name.trim());
  if (!m || !isBareOffice(m[2]) || isBareOffice(m[1]) || !looksLikeBody(m[1])) return null;
  return {parent: m[1], office: m[2]};
}

/**
 * A 处, 科 or a county bureau's 股 named bare (客运处, 设施养护处, 港务监管处, 法规股): an internal office whose parent
 * the plan names elsewhere, or not at all (a commission's own plan names its offices bare). Not 之处, 好处, 办事处 (a
 * body of its own), 控股 …
 */
export function isBareOffice(name: string): boolean {
  const n = name.trim();
  return (
    /^[\u4e00-\u9fff]{2,8}[处科股]$/.test(n) &&
    !/^(?:市|省|区|县|各|国家)/.test(n) &&
    !/(?:办事|之|好|此|各|出|用|难|益|坏|弊|妙|住|深|远|近|到|去|相|短|长|痛|害|共|何|别|某|两|多|一)处$/.test(n) &&
    !/(?:学|专|本|内|外|儿|全|百|工|文|理|医|眼|牙|骨)科$/.test(n) &&
    // A county bureau's 股 (法规股, 食品安全监管股) as a department's 科; not a share (控股, 入股, 龙头股).
    !/(?:控|参|入|持|配|分|炒|新|老|个|港|美|龙头|蓝筹|绩优|原始|屁|八|股)股$/.test(n) &&
    !NOT_BODY.test(n) &&
    !FRAGMENT.test(n)
  );
}

/**
 * Whether a name's brackets close: (市政府办公室、市, cut from a clause whose copy ends mid-bracket, or 各县(市 are
 * pieces of a clause, never a body's name.
 */
export function bracketsBalance(name: string): boolean {
  let depth = 0;
  for (let i = 0; i < name.length; ++i) {
    const c = name.charCodeAt(i);
    if (isOpenBracket(c)) ++depth;
    else if (isCloseBracket(c)) if (--depth < 0) return false;
  }
  return depth === 0;
}

/** Whether a name as written looks like a government body or a generic group of bodies. */
export function looksLikeBody(name: string): boolean {
  const n = name.trim();
  // A collective of governments (各地区, 各级人民政府, 县级以上地方各级人民政府, 各市(州)人民政府: collectives.ts) is one
  // body, though its words (地区) alone name a place; a bare 各地 (everywhere) is none.
  if (/^(?:各|县级以上|地方各)/.test(n) && n !== "各地" && n.length <= 30 && collectiveGovernment(n, "nation") !== null)
    return true;
  if (n.length < 2 || n.length > 30 || NOT_BODY.test(n) || FRAGMENT.test(n) || !bracketsBalance(n)) return false;
  // A name's other name or scope in brackets after it (街镇(园区), 区委组织部(区公务员局)) does not change its form.
  const core = n.endsWith(")") ? n.replace(/\([^()]*\)$/, "") : n;
  return BODY_END.test(core) || GENERIC.test(n) || officeOf(core) !== null || isBareOffice(core);
}

/**
 * The pieces of a list of names written on a line, split at 、 , ; outside brackets and trimmed, a full stop or a
 * semicolon closing the line left out: a line ending with a separator ends with an empty piece.
 */
function listNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  const t = text.replace(/[。;.]\s*$/, "");
  for (let i = 0; i <= t.length; ++i) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    if (isOpenBracket(c)) ++depth;
    else if (isCloseBracket(c)) depth = Math.max(0, depth - 1);
    else if (c === -1 || (depth === 0 && (t[i] === "、" || t[i] === "," || t[i] === ";"))) {
      names.push(t.slice(from, i).trim());
      from = i + 1;
    }
  }
  return names;
}

/**
 * Whether a list of bodies' names cut at the end of `line` runs on into `next` (a PDF or a table's cell wrapped at
 * its width): `line`'s last name is cut short, no body (县发改局、县农业农), and joined to the first name of `next`
 * it is one (村局 → 县农业农村局); or `line` ends with the list's separator (县发改局、) and `next` opens with a
 * name. Either way every name of `next` must read as a body (its other name in brackets, 等 aside), and `next` holds
 * nothing else (no label, no sentence), and every name of `line` before the cut one is a body too. `line` is the list
 * as written on its line (after a label's colon, if any).
 * A whole name at the end of `line` (县发改局) is not run on into a line of names with no separator between them.
 * Rule of docs/parsing.md §7 (a name wrapped over two lines).
 */
export function namesRunOn(line: string, next: string, isBody: (name: string) => boolean = looksLikeBody): boolean {
  const body = (n: string) => n.length >= 2 && isBody(n.replace(/等(?:相关|有关)?(?:部门|单位)?$/, ""));
  const rest = listNames(next);
  if (rest.length > 1 && !rest[rest.length - 1]) rest.pop();
  if (!rest[0] || /[:。!?]/.test(next.replace(/[。;]\s*$/, ""))) return false;
  const before = listNames(line);
  const tail = before.pop();
  if (!before.every(body)) return false;
  if (!tail) return rest.every(body);
  if (!/^[\u4e00-\u9fff()]{1,20}$/.test(tail) || body(tail)) return false;
  return body(tail + rest[0]) && rest.slice(1).every(body);
}

/**
 * Whether a name is generic (各有关部门, 市级有关部门, 各县(市、区)人民政府, 属地政府: the government of wherever the
 * work is, a placeholder like 各区政府; a bare 街道, 街镇 or 乡镇, every sub-district office or township, no one of
 * them) rather than one body.
 */
export function isGenericBody(name: string): boolean {
  const n = name.trim();
  return GENERIC.test(n) || ROLE_ONLY.test(n);
}

/** A role with no field and no level: 行业主管部门, 主管部门, 职能部门, 监管部门 (each body of the field in question). */
const ROLE_ONLY = /^(?:行业)?(?:主管|监管|职能|管理)部门$/;

/**
 * The one name of a collective body written with or without the 各 that takes each of it: 各行业主管部门 and
 * 行业主管部门 are one generic body, named without 各 (行业主管部门); a name of another form is returned as it is.
 */
export function collectiveName(name: string): string {
  const rest = name.replace(/^各/, "");
  return rest !== name && /部门$/.test(rest) && (ROLE_ONLY.test(rest) || isGenericBody(rest)) ? rest : name;
}

/** The department kind of a body named without a jurisdiction, by the plan's level. */
const DEPARTMENT_OF_LEVEL: Record<PlanLevelOfBodies, DepartmentKind> = {
  nation: "national-department",
  province: "provincial-department",
  city: "municipal-department",
  county: "county-department"
};

/**
 * An industrial or development park named as a body (新材料产业园, 商贸物流园, 经济技术开发区, 高新区): it answers through
 * its management committee (管委会), a park's governing body, not as a department.
 */
const PARK = /(?:产业园|工业园|科技园|物流园|创业园|孵化园|开发区|经开区|高新区|保税区|产业集聚区|工业集中区)$/;

/**
 * The kind of an unlisted body, from its form: the jurisdiction its prefix names and how it ends; a name with no
 * prefix is of the plan's own level (`level`: 发展改革委 in a county's plan is the county's), a 厅 always a province's
 * (商务厅), a park (产业园, 开发区) a management committee's. With no level known, a department with no prefix is
 * taken for a city's. A collective of governments is of the level it names, or, naming none, of the level below the
 * plan's (collectives.ts: 各市(州)人民政府 → municipal-government, 各地区 in a State Council plan →
 * provincial-government); one government is of its level (市政府 → municipal-government, 区政府 → county-government).
 */
export function bodyKind(name: string, level: PlanLevelOfBodies | null = null): DepartmentKind {
  // A bracket after a name (街镇(园区), 街镇(工业区)) does not change its form.
  const n = name.trim().replace(/(?<=.{2})\([^()]*\)$/, "");
  const collective = collectiveGovernment(n, level);
  if (collective) return collective;
  // Any other collective of governments (各开发区政府): a county's, as the most of them are.
  if (/^各/.test(n) && /政府$/.test(n)) return "county-government";
  if (isGenericBody(n)) return "generic";
  // A residents' or villagers' committee (居委会, 村委会, 居村委, 居(村)委): a self-governing organisation of residents,
  // as a 社区 is (docs/parsing.md §7), no government body.
  if (/(?:居民委员会|村民委员会|(?:居|村)(?:\((?:居|村)\)|居|村)?委会?)$/.test(n)) return "society";
  // A district's or county's people's government (区政府, 静安区人民政府, 某县政府): the government itself, not one of
  // its departments (an autonomous region's is a province's).
  if (/^[\u4e00-\u9fff]{0,6}?[区县旗](?:人民)?政府$/.test(n) && !/自治区/.test(n)) return "county-government";
  // A city's or a province's people's government (市政府, 延安市人民政府, 省政府, 广西壮族自治区人民政府).
  const government = governmentOfLevel(n);
  if (government) return government;
  if (/管委会$|管理委员会$/.test(n) || PARK.test(n)) return "management-committee";
  // Parties outside government: an enterprise (停车经营服务企业, 区属停车经营服务公司, 城投集团, 市电力公司) and an
  // association or cooperative (行业协会, 农民专业合作社). The People's Bank's branches are no enterprise.
  if (/(?:企业|公司|集团|国企|(?<!人民)银行)$/.test(n)) return "enterprise";
  if (/(?:协会|学会|商会|研究会|促进会|基金会|合作社|联社|事务所)$/.test(n)) return "society";
  // Every sub-district office or township (各街道办事处, 各街道、镇): a generic body, as a bare 街镇 is.
  if (/^各(?:街道|街镇|乡镇|镇|乡)/.test(n)) return "generic";
  // A sub-district office or a township's government: 街道办事处, 某某街道, 某镇人民政府, 某乡 (not 各街镇: generic).
  if (/(?:街道办事处|街道办|街道|(?:镇|乡)(?:人民)?政府|[^城市]镇|[^城农下]乡)$/.test(n) && !/^各/.test(n))
    return "township";
  // Bodies of a vertically managed national system, whatever place they are named by: 海事局 (交通运输部), 海关,
  // 税务局 (国家税务总局), 边检站; and a branch of a national body (中国船级社上海分社).
  if (/(?:海事局|海关|税务局|出入境边防检查站|边检站)$/.test(n) && !/^(?:国家|中国|中华人民共和国)/.test(n))
    return "vertical-agency";
  if (/^(?:国家|中国).+分(?:社|局|行|会|公司)$|^(?:国家|中国).+(?:总局|总署|部|署|会|社|集团).{2,}局$/.test(n))
    return "vertical-agency";
  if (/支行$|分行$|分局$|监管局$/.test(n) && !/^(?:国家|省|市|县|区)/.test(n)) return "vertical-agency";
  if (/^国家|^国务院|^中央|^全国|(?:部|总局|署|总署)$/.test(n) && !/^(?:省|市|县|区)/.test(n))
    return "national-department";
  if (/^省/.test(n)) return "provincial-department";
  if (/^(?:县|区|旗)/.test(n)) return "county-department";
  // A department of a central ministry (法制司, 综合规划司: a ministry's 工作要点 names its own 司), and its offices
  // (政策研究室).
  if (/(?<![公上官])司$/.test(n)) return "national-department";
  if (/办公室$|办$|领导小组$|委员会$|专班$|工作组$|研究室$|参事室$/.test(n)) return "office";
  if (/^市/.test(n)) return "municipal-department";
  // A 厅 is a province's department (商务厅, 四川省商务厅), whatever plan names it; an office's 办公厅 is not one.
  if (/厅$/.test(n) && !/办公厅$/.test(n)) return "provincial-department";
  // A government or a catch-all of several (…所在地人民政府, 各省、自治区、直辖市) is no department of the plan's level.
  return level && !/^各|政府$/.test(n) ? DEPARTMENT_OF_LEVEL[level] : "municipal-department";
}

/** Where a body's name can end and another's begin: a body's last word, then the same jurisdiction again. */
const GLUE_END = /(?:局|委|办|厅|室|院|会|府|中心|部|署|组)$/;

/**
 * Two or more bodies' names written together with no separator, as a web copy of a table cell that lost its line
 * break leaves them (市行政审批局市司法局 → 市行政审批局, 市司法局): split where a name ends like a body (局, 委, 办,
 * 厅, 室, 院, 会, 府, 中心 …) and the next starts with the same jurisdiction (市, 县, 区, 省, or the place's name:
 * 西安市…局西安市…局), each part a body by `isBody`. Returns the parts' [start, end) in the name, or null when the
 * name is one body (市委宣传部, 市政府办公室: the jurisdiction is not written again).
 */
export function gluedNames(name: string, isBody: (name: string) => boolean = looksLikeBody): [number, number][] | null {
  const place = /^(?:[省市县区]|[\u4e00-\u9fff]{2,4}?[省市县区])/.exec(name)?.[0];
  if (!place || name.length < place.length * 2 + 4) return null;
  const cuts: number[] = [];
  let from = 0;
  for (let at = name.indexOf(place, place.length + 2); at > 0; at = name.indexOf(place, at + 1)) {
    const left = name.slice(from, at);
    if (GLUE_END.test(left) && isBody(left) && at - from > place.length + 1) {
      cuts.push(at);
      from = at;
    }
  }
  const last = name.slice(from);
  if (!cuts.length || last.length <= place.length + 1 || !isBody(last)) return null;
  return [0, ...cuts].map((a, k) => [a, k < cuts.length ? cuts[k] : name.length]);
}
