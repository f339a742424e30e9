/**
 * What a name of a government body looks like, for names that the department reference does not list: a name that
 * ends like a body (局, 委, 办, 厅, 部, 署, 委员会, 管委会, 人民政府, 支行, 分局, 海关, 法院, 检察院 …), with a
 * jurisdiction prefix (国家, 省, 市, 县, 区 …) or none (发展改革委, 工业和信息化部), and the generic forms plans use
 * for many bodies at once (各县(市、区)人民政府, 市级有关部门, 各有关单位).
 *
 * The form decides whether an unlabelled bracket (市人社局、市医保局) or a sentence (市文旅局、市体育局负责落实) is a
 * responsibility clause, and which sentence subjects (县经贸、统计等部门要…) name bodies.
 */
import type {DepartmentKind} from "../model.js";

const BODY_END =
  /(?:局|委|办|厅|部|署|委员会|管委会|管理委员会|人民政府|政府|支行|分行|分局|海关|法院|检察院|检察署|中心|办公室|领导小组|小组|指挥部|协会|联合会|总会|工会|团委|妇联|科协|残联|侨联|文联|集团|公司|银行|大学|学院|研究院|研究所|监狱|办事处|大队|支队|总队|分会|学会|商会|联社|合作社|报社|电视台|广播电视台|气象台|供电局|消防救援支队|邮政管理局|通信管理局|管理处|事务所|党校|纪委监委|宣传部|组织部|统战部|政法委|编办|党委|街道|乡镇|乡|镇|银保监分局|监管分局|部门|新区|区|县|市|街道|街镇|国企)$/;
const GENERIC =
  /^(?:各(?:级|有关|相关)?|有关|相关|其他|市级|省级|县级|区级|市直|县直|省直|区直)[\u4e00-\u9fff()、]{0,16}(?:部门|单位|机构|政府|县区|县(?:\(市、区\)|\(区\)|\(市\))|市\(州\)|园区|开发区|乡镇|街道|街镇|企业)$|^各(?:县|市|区|镇|乡|街)[镇道]?(?:\([^)]*\))?(?:人民政府|政府)?$|^(?:[省市县区]级?)?(?:党政机关|国家机关|公共机构|事业单位|企事业单位)$/;
const NOT_BODY =
  /[,。;:!?“”《》\d]|^(?:并|并且|及时|通报|联合|会同|配合|协助|督促|报送|报告|告知)|(?:全部|内部|外部|局部|全局|布局|格局|大局|结局|开局|干部)$|(?<!自)由|^(?:企业|群众|社会|单位|部门|政府|全市|全省|全县|全区|各地|本市|本区|本县|城市|城区|地区|社区|园区|辖区|街区|景区|小区|农村)$|(?:城市|地区|社区|园区|辖区|街区|景区|小区|城区)$/;

/** Whether a name as written looks like a government body or a generic group of bodies. */
export function looksLikeBody(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 30 || NOT_BODY.test(n)) return false;
  // A name's other name or scope in brackets after it (街镇(园区), 区委组织部(区公务员局)) does not change its form.
  const core = n.endsWith(")") ? n.replace(/\([^()]*\)$/, "") : n;
  return BODY_END.test(core) || GENERIC.test(n);
}

/** Whether a name is generic (各有关部门, 市级有关部门, 各县(市、区)人民政府) rather than one body. */
export function isGenericBody(name: string): boolean {
  return GENERIC.test(name.trim());
}

/** The kind of an unlisted body, from its form: the jurisdiction its prefix names and how it ends. */
export function bodyKind(name: string): DepartmentKind {
  const n = name.trim();
  if (/^各/.test(n) && /政府$/.test(n)) return "county-government";
  if (isGenericBody(n)) return "generic";
  if (/管委会$|管理委员会$/.test(n)) return "management-committee";
  if (/支行$|分行$|分局$|海关$|监管局$|税务局$/.test(n) && !/^(?:国家|省|市|县|区)/.test(n)) return "vertical-agency";
  if (/^国家|^国务院|^中央|^全国|(?:部|总局|署|总署)$/.test(n) && !/^(?:省|市|县|区)/.test(n))
    return "national-department";
  if (/^省/.test(n)) return "provincial-department";
  if (/^(?:县|区|旗)/.test(n)) return "county-department";
  if (/办公室$|办$|领导小组$|委员会$/.test(n)) return "office";
  return "municipal-department";
}
