/**
 * One name and one header per plan, everywhere: the overview's heading, the plan picker, the footer's source line,
 * the ledger, the compare pages and the embeds all show what planHeader gives.
 *
 * The rule: what the plan's .meta.json gives (entered and checked by a person) wins over what the reader found in
 * the text (a title line that may be missing, a page label like 全文 or a notice wrapper 关于印发…的通知); a field
 * the meta file leaves out, null or blank is the reader's. Where both give a field and differ, the meta file's is
 * shown and the reader's is kept beside it as a note (headerSources): a number often stands only in the publishing
 * site's index, not in the text, and a person checked the meta file; the note shows what the text says.
 * The site's pages (the header, the Data page's document table and tables/document.csv, the load page for a site
 * plan) all show planHeader's; the CLI's JSON and tables keep the reader's own header (the CLI has no meta file).
 */
import type {PlanDocument} from "./model.js";

/** The fields of a plan's .meta.json that planHeader and planLevel read (any may be missing or null). */
export interface PlanHeaderMeta {
  title?: string | null;
  number?: string | null;
  issuer?: string | null;
  date?: string | null;
  level?: string | null;
}

import type {PlanLevel} from "./compare/planRow.js";

const LEVELS: PlanLevel[] = ["nation", "province", "city", "county"];

/**
 * A central ministry, commission or administration signing with its bare name: no place or level in it, ending as the
 * State Council's bodies do (工业和信息化部, 发展改革委, 国资委, 市场监管总局, 海关总署, 证监会). Not a local body named
 * without its place (上海海事局, 团市委: a 局 is no ministry, a 市 or 区 in the name is a place).
 */
const CENTRAL_BODY = /^(?!.*(?:[省县区]|市(?!场)))[\u4e00-\u9fff]{1,12}(?:部|委|委员会|总局|总署|署|监会)$/;

const given = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * The plan's header as the site shows it: the document table's fields, with title, docNumber, issuer and date
 * taken from `meta` (the plan's .meta.json, {} when it has none) when it gives them, else as the reader read them.
 */
export function planHeader<D extends Pick<PlanDocument, "title" | "docNumber" | "issuer" | "date">>(
  meta: PlanHeaderMeta | null | undefined,
  document: D
): D {
  const m = meta ?? {};
  return {
    ...document,
    title: given(m.title) ?? given(document.title),
    docNumber: given(m.number) ?? document.docNumber,
    issuer: given(m.issuer) ?? document.issuer,
    date: given(m.date) ?? document.date
  };
}

/** The plan's title as the site names it (planHeader's rule), or null when neither the meta file nor the text has one. */
export function planTitle(
  meta: PlanHeaderMeta | null | undefined,
  document: Pick<PlanDocument, "title" | "docNumber" | "issuer" | "date">
): string | null {
  return planHeader(meta, document).title;
}

/**
 * The level of government of a plan: the .meta.json's `level` when it is one of nation, province, city, county;
 * else read from the issuer's name (the first of several, 、-separated; traditional 縣 and 區 read as 县 and 区):
 * 国务院, the Party Centre (中共中央, 中央…) or a 国家… body → nation; the last administrative unit the name starts
 * with — 省 or 自治区 → province, 市 (盟, 地区, 自治州) → city, 区, 县 or 旗 → county (上海市青浦区人民政府 → county,
 * 成都市发展和改革委员会 → city); a body's name with its level written bare (省人民政府 → province, 市政府办公室 →
 * city, 县政府 → county); a ministry or commission named bare, no place in it (工业和信息化部, 市场监管总局,
 * 发展改革委, 海关总署: the central bodies sign with their bare names) → nation. null when neither says.
 */
export function planLevel(
  meta: PlanHeaderMeta | null | undefined,
  document: Pick<PlanDocument, "issuer">
): PlanLevel | null {
  const level = given(meta?.level);
  if (level && (LEVELS as string[]).includes(level)) return level as PlanLevel;
  const issuer = given(given(meta?.issuer) ?? document.issuer)
    ?.split(/[、,，\s]/)[0]
    .replace(/^中共/, "")
    .replace(/縣/g, "县")
    .replace(/區/g, "区");
  if (!issuer) return null;
  if (/^(国务院|国家|中华人民共和国|中共中央|中央|中国(?!共产党))/.test(issuer)) return "nation";
  // The chain of units the name starts with: 上海市 青浦区, 长治市 沁县, 广西壮族自治区; a unit is at most 8
  // characters, and 市场, 城市, 社区 are no units (上海市市场监督管理局 is the city's).
  const chain = /^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|地区|省|(?<!城)市|盟|(?<!社)区|县|旗)(?!场))+/.exec(
    issuer
  );
  const last = chain && /(自治区|自治州|自治县|地区|省|市|盟|区|县|旗)$/.exec(chain[0])?.[1];
  if (!last) {
    // A level written bare, the place left out (省人民政府, 市政府办公室, 县委办公室, 区发展改革委; not 市场…, 区域…).
    const bare = /^([省市县区])(?!场|政(?!府)|域)/.exec(issuer)?.[1];
    if (bare) return bare === "省" ? "province" : bare === "市" ? "city" : "county";
    return CENTRAL_BODY.test(issuer) ? "nation" : null;
  }
  if (last === "省" || last === "自治区") return "province";
  if (last === "市" || last === "盟" || last === "地区" || last === "自治州") return "city";
  return "county";
}

/** The header fields planHeader merges, as the document table names them. */
export const HEADER_FIELDS = ["title", "docNumber", "issuer", "date"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** One field of the header as shown (headerSources). */
export interface HeaderSource {
  field: HeaderField;
  /** The value shown (planHeader's), or null when neither the meta file nor the text gives one. */
  value: string | null;
  /**
   * Where it comes from: the plan's .meta.json, the text (the reader), the web page's 信息公开 record above the text
   * (the reader, PlanDocument.fromPage: the text itself gives none), or nowhere (null).
   */
  from: "meta" | "text" | "page" | null;
  /** What the reader read, when the meta file's value is shown and the text reads otherwise (else null). */
  read: string | null;
}

const META_KEY: Record<HeaderField, keyof PlanHeaderMeta> = {
  title: "title",
  docNumber: "number",
  issuer: "issuer",
  date: "date"
};

/**
 * Each header field as planHeader shows it, with where it comes from and, where the meta file's value differs
 * from the text's, what the reader read (see the rule above): the Data page and the load page show it so that
 * the two headers of one plan never disagree unsaid.
 */
export function headerSources(
  meta: PlanHeaderMeta | null | undefined,
  document: Pick<PlanDocument, HeaderField> & Pick<Partial<PlanDocument>, "fromPage">
): HeaderSource[] {
  return HEADER_FIELDS.map((field) => {
    const fromMeta = given(meta?.[META_KEY[field]]);
    const fromText = given(document[field]);
    if (fromMeta)
      return {field, value: fromMeta, from: "meta", read: fromText && fromText !== fromMeta ? fromText : null};
    const page = document.fromPage?.includes(field);
    return {field, value: fromText, from: fromText ? (page ? "page" : "text") : null, read: null};
  });
}
