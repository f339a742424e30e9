/**
 * Responsibility clauses: the words that end a task or an action and say who does it. A clause is found in
 * three places (findItemClause): in brackets at the end of the item; on lines of their own after it
 * (牵头单位:X / 配合单位:Y / 完成时限:Z); or as the item's last sentence (市文旅局、市体育局负责落实。).
 * Every rule matches the simplified shadow of the text (simplified.ts), so 牽頭 and 負責 read as 牵头 and 负责.
 *
 * Forms read (with ASCII or full-width punctuation, in any clause bracket of brackets.ts: ( ) [ ] 【 】 〔 〕 …):
 *   (X牵头,Y、Z按职责分工负责)      X lead; Y, Z support
 *   (X牵头,Y、Z配合)               X lead; Y, Z support
 *   (牵头单位:X;配合单位:Y、Z)      X lead; Y, Z support
 *   (X、Y按职责分工负责)           X, Y joint
 *   (责任单位:X、Y)                X, Y joint
 *   (责任单位:X、Y,配合单位:Z)     X, Y lead (co-leads); Z support
 *   (X负责) / (责任单位:X)          X lead: the only department of a clause with no lead named
 *   (X、Y)                         X, Y joint: a bracket holding only names of bodies (bodies.ts)
 *   (由X牵头,Y配合)                 X lead; Y support
 *   (X、Y,列第一位者为牵头单位)      X lead; Y support, in this clause and every later one (firstListedNotes); the
 *                                  note in a bracket of its own, after or inside the clause, is no clause
 *                                  (isFirstListedNote)
 *   (X、Y分别牵头) / (X、Y分别负责)   X, Y lead: each its own part
 *   (X、Y按职责分工抓好落实)         X, Y joint: the role phrases are a small grammar (ROLE_PHRASES)
 *   (责任科室:X、Y) / (主办单位:X;协办单位:Y)   X, Y joint / X lead, Y support: labels by role and kind (LABEL_ROLES)
 * A blanket note (以下任务均需各县(市、区)人民政府落实,不再列出) gives its department an implicit role in every
 * later item; see blanketNotes.
 */
import {hasCode, isSpaceCode} from "../chars.js";
import type {Role} from "../model.js";
import {
  bracketedOffice,
  gluedNames,
  isBareOffice,
  isFragment,
  looksLikeBody,
  namesRunOn,
  officeOf,
  opensAsPhrase
} from "./bodies.js";
import {isCloseBracket, isOpenBracket, openerOf, OPENS_WITH_BRACKET} from "./brackets.js";
import {etcCollective} from "./collectives.js";
import {readDeadline, type RelativeYears, statesTime} from "./deadline.js";

export interface Bracketed {
  /** Index of the opening bracket and one past the closing bracket. */
  start: number;
  end: number;
  /** The text inside the brackets. */
  content: string;
}

const CLAUSE_WORD =
  /负责|牵头|责任(?:单位|部门|科室|股室|处室)|配合|参与|参加|协办|落实|主办|承办|实施单位|实施部门|实施主体|推进单位|推进部门|执行单位|主体单位|主责/;

/** What may follow a clause: white space, a full stop (。 or .), a semicolon or a table's |. */
function isClauseTail(c: number): boolean {
  return isSpaceCode(c) || c === 0x3002 || c === 0x2e || c === 0x3b || c === 0x7c;
}

/** The bracketed group at the end of a text (before a closing 。 or |), matched with nesting. */
export function trailingBracket(text: string): Bracketed | null {
  let end = text.length;
  while (end > 0 && isClauseTail(text.charCodeAt(end - 1))) --end;
  // ) closes (, ] closes [, 〕 closes 〔 (brackets.ts): by character code, as the scan below.
  const close = end > 0 ? text.charCodeAt(end - 1) : -1;
  const open = openerOf(close);
  if (open === -1) return null;
  let depth = 0;
  for (let i = end - 1; i >= 0; --i) {
    const c = text.charCodeAt(i);
    if (c === close) ++depth;
    else if (c === open && --depth === 0) return {start: i, end, content: text.slice(i + 1, end - 1)};
  }
  return null;
}

/** The responsibility clause ending a text, or null when the last bracketed group names no one. */
export function findClause(text: string, isBody: (name: string) => boolean = looksLikeBody): Bracketed | null {
  const b = trailingBracket(text);
  if (!b) return null;
  if (CLAUSE_WORD.test(b.content) || statesTime(b.content)) return b;
  // A bracket of names only: (市人社局、市医保局).
  const names = splitTopLevel(b.content, "、,;");
  // 市、区民政局: a bare level shares the next name.
  const shares = (n: Piece, k: number) => k < names.length - 1 && /^[省市县区]$/.test(n.text);
  if (names.length && names.every((n, k) => isBody(stripEtc(n.text)) || shares(n, k))) return b;
  // Bodies before a role phrase with no clause word (市自然资源局、市人社局组织实施; 市生态环境局、市水利局共同推进):
  // a clause when every part of it reads as one, each name a body.
  return readsAsClause(b.content, isBody) ? b : null;
}

/**
 * Whether a text is all clause: every part of it a label, a role phrase or a time, each name a body (市生态环境局、
 * 市水利局共同推进). A sentence with no body (各地要加强宣传引导,抓好落实) is none.
 */
function readsAsClause(text: string, isBody: (name: string) => boolean): boolean {
  const r = readClause(text, {isBody, untilUnread: true});
  return r.named.length > 0 && !r.unread.length && r.named.every((n) => isBody(n.name));
}

export interface Piece {
  text: string;
  /** Offset of the piece in the string it was split from. */
  offset: number;
  /**
   * The body a field of a list stands for where the list shares one 部门 and one level (市规划资源、交通部门 →
   * 市规划资源部门, 市交通部门; see sharedDepartments); absent otherwise.
   */
  full?: string;
}

/** Splits on separator characters that stand outside brackets: 各县(市、区)人民政府 stays whole. */
export function splitTopLevel(text: string, separators: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = 0;
  // The separators' codes (at most three are used; more are looked up in the string).
  const s0 = separators.charCodeAt(0);
  const s1 = separators.length > 1 ? separators.charCodeAt(1) : s0;
  const s2 = separators.length > 2 ? separators.charCodeAt(2) : s0;
  const more = separators.length > 3;
  for (let i = 0; i <= text.length; ++i) {
    // Brackets by character code (brackets.ts): ( [ 〔 open, ) ] 〕 close; -1 past the end.
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (isOpenBracket(c)) ++depth;
    else if (isCloseBracket(c)) depth = Math.max(0, depth - 1);
    else if (c === -1 || (depth === 0 && (c === s0 || c === s1 || c === s2 || (more && hasCode(separators, c))))) {
      // The piece trimmed of white space, as trim() would, and the offset of its first character.
      let start = from;
      let end = i;
      while (start < end && isSpaceCode(text.charCodeAt(start))) ++start;
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) --end;
      if (end > start) pieces.push({text: text.slice(start, end), offset: start});
      from = i + 1;
    }
  }
  return pieces;
}

export interface BlanketNote {
  /** The department named, as written. */
  department: string;
  /** Offsets of the note in the string searched. */
  start: number;
  end: number;
  /** Offset of the department's name. */
  nameOffset: number;
  /**
   * True for a standing note inside an item (…,不再做分工,下同: "the same below"): it covers the item it stands in as
   * well as every later one; a 以下 note covers only the items after it.
   */
  here?: boolean;
}

const BLANKET =
  /以下(?:各项|所列|所有)?(?:任务|工作|措施|事项)?(?:均|都|皆)(?:需|须|要|由|需要)?([^。;\n]{1,40}?)(?:负责|组织)?落实(?:[,,]\s*不再(?:一一)?列出)?/g;

/**
 * A standing note of a clause: the bodies every task involves, not assigned item by item, "the same below" (下同):
 * 具体任务均涉及相关市(州)人民政府,不再做分工,下同.
 */
const STANDING =
  /(?:具体|各项|所有|相关)?(?:任务|工作|措施|事项)(?:均|都|皆)(?:需要由|需要|涉及|需|须|要|由)([^。;,\n]{1,40}?)(?:负责|组织)?(?:落实|实施|参与|配合)?,\s*(?:不再(?:做|作|进行)?(?:一一)?(?:分工|列出),\s*)?(?:以下同|下同|后同)/g;

/**
 * Blanket notes: 以下任务均需各县(市、区)人民政府落实,不再列出 (the items after it), and a standing note 下同 inside an
 * item's clause (具体任务均涉及相关市(州)人民政府,不再做分工,下同: that item and every later one, `here`).
 */
export function blanketNotes(text: string): BlanketNote[] {
  const notes: BlanketNote[] = [];
  // Every note starts with 以下 or ends with 下同/后同: most texts have neither, and these tests are cheaper than the
  // searches.
  const below = text.includes("以下");
  const same = text.includes("下同") || text.includes("后同");
  if (!below && !same) return notes;
  const searches: (readonly [RegExp, boolean])[] = [];
  if (below) searches.push([BLANKET, false]);
  if (same) searches.push([STANDING, true]);
  for (const [re, here] of searches)
    for (const m of text.matchAll(re)) {
      const department = m[1].trim();
      if (!department || /[。,;]/.test(department)) continue;
      const note: BlanketNote = {
        department,
        start: m.index!,
        end: m.index! + m[0].length,
        nameOffset: m.index! + m[0].indexOf(m[1])
      };
      notes.push(here ? {...note, here} : note);
    }
  return notes;
}

export interface NamedRole {
  /** The name as written. */
  name: string;
  role: Role;
  /** Offset of the name in the clause content. */
  offset: number;
  /**
   * The full name of an internal office named bare after a sibling of the same parent (市交通委科技信息处、港务监管处
   * → 市交通委港务监管处); absent otherwise.
   */
  full?: string;
}

export interface ClauseReading {
  named: NamedRole[];
  /** Pieces of the clause that name no role (reported as warnings). */
  unread: Piece[];
  /** A completion time the clause states (完成时限:2024年底前), as written, with its offset. */
  deadline: Piece | null;
  /**
   * The people the clause names under a person's label (牵头负责领导:金力, 责任人:李四、王五, 分管领导:…), each with
   * the label as written (`role`), in order; no department. Empty when it names none.
   */
  persons: NamedPerson[];
}

/** A person a clause names: the label as written (牵头负责领导, 责任人), the name as written, its offset. */
export interface NamedPerson {
  role: string;
  name: string;
  offset: number;
}

type Group = "lead" | "support" | "responsible";

/**
 * The labels of a clause's lists, by role: a role word, then the kind of body it names (单位, 部门, and a county
 * bureau's or a department's own offices: 科室, 股室, 处室). 主办 leads, 协办 supports (主办单位 / 协办单位); 承办,
 * 责任, 实施 … name the bodies responsible (responsible: support beside a lead, else joint; one alone leads).
 */
const LABEL_ROLES: [Group, string][] = [
  ["lead", "牵头|主责|主要责任|主办"],
  ["support", "配合|协办|参与|协同|支撑|协助|参加"],
  ["responsible", "责任|实施|推进|承办|落实|执行|主体|负责"]
];
/** The kinds of body a label names: 单位, 部门, 科室 (责任科室:办公室、财务科), 股室, 处室, 机构. */
const LABEL_KIND = "单位|部门|科室|股室|处室|机构";
/**
 * A lead's or a support's label may say the role twice, as work reports' 责任分解 do: 牵头责任单位, 牵头负责部门,
 * 协同责任单位, 配合责任单位 (the role word decides; 责任/负责 only repeats it).
 */
const LABEL_INFIX = "(?:责任|负责)?";
/** A label of a role: its role words, the infix for a lead or a support, then the kind of body. */
const roleLabel = (g: Group, words: string) =>
  `(?:${words})${g === "responsible" ? "" : LABEL_INFIX}(?:${LABEL_KIND})${g === "responsible" ? "|实施主体" : ""}`;
/**
 * Labels naming a person, not a body (牵头负责领导:金力。, 责任领导, 分管领导, 包抓领导, 责任人, 牵头责任人, 具体责任人,
 * 联系人): part of the
 * clause, read into the clause's `persons` (the item's, Item.persons), never a department: a person's name is none.
 */
const PERSON_LABELS =
  "(?:牵头|分管|责任|联系|包抓|包保|主要)?(?:负责)?(?:市|县|区)?领导(?:同志)?|(?:牵头|具体|主要|直接|配合|协同|协助)?责任人|联系人";
const DEADLINE_LABELS = "完成时限|完成时间|时间节点|时限要求|时间安排|办结时限";
/** Role words of any role, one to three in a row (牵头负责, 主办, 协同责任), then a kind: a column's or a list's label. */
const ROLE_LABEL = new RegExp(
  `^((?:${LABEL_ROLES.map(([, words]) => words).join("|")}){1,3})(?:${LABEL_KIND})` +
    // The person named beside the body: 牵头部门及责任人, 责任单位(责任人), 牵头单位和负责人.
    `(?:(?:及|和|、|/)?(?:责任人|负责人|联系人)|\\((?:责任人|负责人|联系人)\\))?$`
);

/**
 * The role a label of bodies names, written as a table's column header or a clause's label is: role words (of
 * LABEL_ROLES, one to three: 牵头, 牵头负责, 协同责任) then a kind of body (LABEL_KIND: 单位, 部门, 科室 …), with the
 * person beside it allowed (牵头部门及责任人). The spaces a copy puts between a heading's characters are read through
 * (牵 头 单 位). A lead word anywhere makes it lead (牵头负责部门, 牵头责任单位), else a support word support (协同责任
 * 单位, 配合部门), else responsible (责任部门, 主办单位 is lead: 主办 is a lead word). Null for anything else (牵头领导,
 * 单位, 工作任务). Source: the labels of real plans' task tables and clauses (国办函〔2016〕38号 牵头负责部门, 滁州
 * 2020 协同责任单位).
 */
export function labelRole(label: string): Group | null {
  const m = ROLE_LABEL.exec(label.replace(/\s+/g, ""));
  if (!m) return null;
  for (const [group, words] of LABEL_ROLES) if (new RegExp(words).test(m[1])) return group;
  return null;
}
const LABELS = [...LABEL_ROLES.map(([g, words]) => roleLabel(g, words)), PERSON_LABELS, DEADLINE_LABELS].join("|");
const PREFIXES: [RegExp, Group | "deadline" | "person"][] = [
  ...LABEL_ROLES.map(([g, words]) => [new RegExp(`^(?:${roleLabel(g, words)})\\s*:\\s*`), g] as [RegExp, Group]),
  [new RegExp(`^(?:${PERSON_LABELS})\\s*:\\s*`), "person"],
  [new RegExp(`^(?:${DEADLINE_LABELS})\\s*:\\s*`), "deadline"]
];

/**
 * The role phrase that ends a part of a clause (X牵头, X、Y按职责分工抓好落实, X配合), read as a small grammar rather
 * than a list of strings: words of manner (按职责分工, 按照职责, 分工协作, 各司其职, 分别, 共同, 具体, 认真 …, at
 * most three, a 、 after one allowed), then the verb of the role:
 *   lead        牵头, 牵头负责, 牵头落实, 牵头抓总, 负责牵头
 *   support     配合, 组织配合, 配合落实, 协助, 协办, 参与, 参加, 协同(配合)
 *   responsible verbs of doing the work, at most two, closed by one that ends it: 负责, 落实, 实施, 推进, 执行, 办理,
 *               承办 (负责落实, 抓好落实, 做好落实, 组织实施, 共同推进, 推进落实, 负责实施); or 按职责(分工) alone
 * 分别 (X、Y分别牵头, 由X、Y分别负责) gives each body its own part: every one of them takes the role (each leads).
 */
const MANNER =
  "按照?(?:各自)?职责(?:分工)?|按照?分工|根据职责(?:分工)?|依职责|分工协作|各司其职|各负其责|分别|共同|具体|认真|切实|协同|积极|全力|主动|统筹";
const DO = "负责|组织|抓好|做好|抓|推进|推动|督促|统筹|具体";
const DONE = "负责|落实|实施|推进|执行|办理|承办";
const ROLE_PHRASES: [RegExp, Group][] = [
  [new RegExp(`\\s*(?:(?:${MANNER})、?){0,3}(?:牵头(?:负责|落实|实施|推进|抓总)?|负责牵头)$`), "lead"],
  // 参加 as 参与: the State Council's division-of-work lists (市场监管总局牵头，公安部、税务总局参加).
  [
    new RegExp(
      `\\s*(?:(?:${MANNER})、?){0,3}(?:(?:组织|积极)?配合(?:落实|实施|推进)?|协助(?:落实|实施)?|协办|参与(?:配合|落实|实施)?|参加|协同(?:配合|推进)?)$`
    ),
    "support"
  ],
  [
    new RegExp(`\\s*(?:(?:(?:${MANNER})、?){0,3}(?:(?:${DO}){0,2}(?:${DONE}))|按照?(?:各自)?职责(?:分工)?)$`),
    "responsible"
  ]
];
/** The words of manner that give each body of the part its own part of the work: X、Y分别牵头. */
const EACH = /分别/;
/**
 * 、 after a role phrase ends a part, as , does: (市交通委牵头负责、各区政府组织落实) is two parts. Replaced by ;
 * (same length, so offsets hold).
 */
const ROLE_THEN_LIST = new RegExp(`(?<=(?:牵头|配合|${DONE}))、`, "g");
/** A label that starts a clause line or part: 牵头单位:, 责任单位:, 完成时限:. */
export const CLAUSE_LABEL = new RegExp(`^(?:${LABELS})\\s*:`);
const LABEL_INSIDE = new RegExp(`\\s+(?=(?:${LABELS})\\s*:)`, "g");
const FIRST_LISTED_SOURCE =
  "(?:列|排)(?:在|名|序)?(?:第一|首)(?:位|个)?(?:的)?(?:单位|部门|科室|者)?(?:为|是)(?:牵头|主责)|第一(?:个)?(?:单位|部门)为牵头|(?:牵头单位|牵头部门)(?:列|排)(?:在)?(?:第一|首)位";
const FIRST_LISTED = new RegExp(FIRST_LISTED_SOURCE, "g");
const HAS_FIRST_LISTED = new RegExp(FIRST_LISTED_SOURCE);
/**
 * The other parts a first-listed note is written with: its exception (除标注“分别牵头”外: the clauses that say 分别牵头
 * keep their own reading), its scope (下同, 后同) and the word of a task's summing-up (或汇总单位, in the note's part).
 */
const NOTE_PART = /^(?:除(?:标注|注明|标明|另有说明|特别注明)?[^,;。()]{0,16}外|以下同|下同|后同|同上)$/;

/** Offsets of notes that make the first-listed body of a clause its lead: 列第一位者为牵头单位, 排在第一位的部门为牵头部门. */
export function firstListedNotes(text: string): number[] {
  if (!text.includes("第一") && !text.includes("首")) return [];
  return [...text.matchAll(FIRST_LISTED)].map((m) => m.index!);
}

/**
 * Whether a text is a first-listed note and nothing else (列第一位为牵头或汇总单位,下同; 除标注“分别牵头”外,排在第一位
 * 的部门为牵头部门): every part of it a note, one of them the note itself. Such a bracket after a clause, inside it or
 * on a line of its own is the plan's convention, not a clause (firstListedNotes reads it for the clauses after it).
 */
export function isFirstListedNote(text: string): boolean {
  if (!HAS_FIRST_LISTED.test(text)) return false;
  const parts = splitTopLevel(text, ",;。");
  // The note at the top level, not in a bracket of a name (县司法局(排在第一位的部门为牵头部门) is a name and a note).
  const note = (p: Piece) => HAS_FIRST_LISTED.test(p.text.replace(/[(\[〔][^()[\]〔〕]*[)\]〕]/g, ""));
  return parts.length > 0 && parts.some(note) && parts.every((p) => note(p) || NOTE_PART.test(p.text));
}

/**
 * A clause's content with its bracketed first-listed notes blanked, character for character (市发改委、市财政局(列第一
 * 位者为牵头单位) → the names, then spaces): offsets hold and the names are read.
 */
function withoutNotes(content: string): string {
  if (!HAS_FIRST_LISTED.test(content)) return content;
  let out = content;
  const opens: number[] = [];
  for (let i = 0; i < content.length; ++i) {
    const c = content.charCodeAt(i);
    if (isOpenBracket(c)) opens.push(i);
    else if (isCloseBracket(c) && opens.length) {
      const open = opens.pop()!;
      if (isFirstListedNote(content.slice(open + 1, i)))
        out = out.slice(0, open) + " ".repeat(i + 1 - open) + out.slice(i + 1);
    }
  }
  return out;
}

/** A name without a trailing 等, 等部门 or 等单位: 市发改委等 → 市发改委. */
export function stripEtc(name: string): string {
  return name.replace(/等(?:部门|单位|有关部门|相关部门)?$/, "");
}

/** The words a list of names is split at (splitNames); a name without one of them is not split. */
const JOINERS = "以及|和|及|与|会同";
const JOINING = new RegExp(JOINERS);
const JOINED = new RegExp(`(等?(?:${JOINERS}))`);
const LEVELS_OPEN =
  /^各(?:有关)?(?:省|市|县|区|县级市|乡|镇|街道|乡镇)(?:、(?:省|市|县|区|县级市|乡|镇|街道|乡镇|自治区|直辖市|自治州|自治县))*$/;
const LEVEL =
  /^(?:(?:省|市|县|区|乡|镇|街道|乡镇|自治区|直辖市|自治州|自治县)(?:\([^)]*\))?(?:人民政府|政府|党委)|县级市(?:\([^)]*\))?(?:人民政府|政府|党委)?)$/;
/** A level named bare after 各 and a first level (各省、自治区、直辖市; 各街道、镇): it shares the 各. */
const BARE_LEVEL = /^(?:[乡镇区县市]|自治区|直辖市|自治州|自治县|县级市)$/;

/**
 * The names of one list: split at 、 outside brackets, then at 和, 及, 与, 以及, 会同 where both sides look like
 * bodies (X、Y等和各有关县级人民政府 → X, Y, 各有关县级人民政府).
 */
function splitNames(text: string, offset: number, isBody: (name: string) => boolean): Piece[] {
  const out: Piece[] = [];
  const closers = new Set<number>();
  // 各 shared over a list of levels is one collective body: 各区、县级市政府, 各县、区人民政府.
  const pieces: Piece[] = [];
  let shared: Piece | null = null;
  for (let p of splitTopLevel(text, "、")) {
    // 市、区民政局: a bare level before a body shares its name; the list is one name as written.
    if (shared) p = {text: text.slice(shared.offset, p.offset + p.text.length), offset: shared.offset};
    const last = pieces[pieces.length - 1];
    // A level of one character after 各 (各街道、镇; 各县、市、区政府) is no body on its own: it shares the 各 as well,
    // before it could share the next name; so do the provincial levels after 各省 (各省、自治区、直辖市人民政府: every
    // provincial-level government, one body).
    if (last && LEVELS_OPEN.test(last.text) && (LEVEL.test(p.text) || BARE_LEVEL.test(p.text))) {
      pieces[pieces.length - 1] = {text: text.slice(last.offset, p.offset + p.text.length), offset: last.offset};
      shared = null;
      continue;
    }
    shared = /^[省市县区]$/.test(p.text) ? p : null;
    if (!shared) pieces.push(p);
  }
  for (const p of pieces) {
    // Split only where a joining word is written: most names have none, and a split by a pattern costs.
    const parts = JOINING.test(p.text) ? p.text.split(JOINED) : [p.text];
    let pieces: Piece[] = [{text: p.text, offset: offset + p.offset}];
    if (parts.length > 1) {
      const split: Piece[] = [];
      let at = 0;
      for (let k = 0; k < parts.length; k += 2) {
        split.push({text: parts[k], offset: offset + p.offset + at});
        at += parts[k].length + (parts[k + 1]?.length ?? 0);
      }
      // A list of fields closed by 等部门 before the joiner (规划资源等部门和相关区政府) is bodies too.
      const closed = (s: Piece, k: number) => k < split.length - 1 && CLOSED_BY_DEPARTMENT.test(s.text);
      if (split.every((s, k) => s.text && (isBody(stripEtc(s.text)) || closed(s, k)))) pieces = split;
    }
    for (const piece of pieces) {
      // A body and the collective it heads (能源局等省有关部门): two bodies, never one.
      const lead = piece.text.length - piece.text.trimStart().length;
      const etc = etcCollective(piece.text.trim());
      if (etc && isBody(etc.body)) {
        const at = piece.offset + lead;
        out.push({text: etc.body, offset: at}, {text: etc.collective, offset: at + etc.at});
        continue;
      }
      const name = stripEtc(piece.text).trim();
      // Names run together (市行政审批局市司法局: a table cell's line break lost) are each a name.
      const glued = name.length >= 8 ? gluedNames(name, isBody) : null;
      if (glued) for (const [a, b] of glued) out.push({text: name.slice(a, b), offset: piece.offset + a});
      else if (name) {
        out.push({text: name, offset: piece.offset});
        if (name !== piece.text.trim() && CLOSED_BY_DEPARTMENT.test(piece.text)) closers.add(out.length - 1);
      }
    }
  }
  sharedDepartments(out, closers, isBody);
  return out;
}

/** A name closed by 等部门 (等相关部门, 等有关部门): the fields before it share the 部门. */
const CLOSED_BY_DEPARTMENT = /^[\u4e00-\u9fff]{2,10}等(?:相关|有关)?部门$/;
/** A field of government work named bare (规划资源, 住房城乡建设管理), the level written or not. */
const FIELD = /^[省市县区]?[\u4e00-\u9fff]{2,8}$/;
/** The level a list writes once, before its first name: 市, 区, 县, 省 (not 市场, 市政, 区域, 县域, 市级, 市区两级 …). */
const LIST_LEVEL = /^[省市县区](?![场政域级容属直委区县镇两])/;

/**
 * Fields named before a name that ends in 部门 (公安、应急管理部门; 市规划资源、交通部门) or before a list's closing
 * 等部门 (市发展改革、住房城乡建设管理、交通、规划资源等部门) share the 部门, and the level written once before the
 * first of them: each gets `full`, the body it stands for (公安部门; 市规划资源部门, 市交通部门; 市发展改革部门 …).
 * A body by its own form keeps its name (区财政局、税务等部门: 区税务部门 only); a generic 部门 (有关部门, 各相关部门) closes
 * nothing. `closers`: the indices of names written with 等部门 after them.
 */
function sharedDepartments(names: Piece[], closers: Set<number>, isBody: (name: string) => boolean): void {
  let from = 0;
  for (let k = 0; k < names.length; ++k) {
    const closes =
      closers.has(k) || (/部门$/.test(names[k].text) && !/有关|相关|各|其他|职能|主管/.test(names[k].text));
    if (!closes) continue;
    const run = names.slice(from, k + 1);
    from = k + 1;
    if (run.length < 2 && !closers.has(k)) continue;
    const level = LIST_LEVEL.exec(run[0].text)?.[0] ?? "";
    for (const n of run) {
      if (!FIELD.test(n.text) || isFragment(n.text) || (isBody(n.text) && !/部门$/.test(n.text))) continue;
      const leveled = LIST_LEVEL.test(n.text) || /^各/.test(n.text) ? n.text : level + n.text;
      const full = /部门$/.test(leveled) ? leveled : leveled + "部门";
      if (full !== n.text) n.full = full;
    }
  }
}

/**
 * A piece of a labelled list that reads as a name even where the body rules do not know it: a noun phrase of 2–24
 * characters with no sentence punctuation, digit or verb opening it (isFragment), and no role word.
 */
function isNameLike(text: string): boolean {
  return /^[\u4e00-\u9fff()]{2,24}$/.test(text) && !isFragment(text) && !/牵头|负责|配合|落实|推进|实施/.test(text);
}

/** A label's list that names no one yet (牵头单位:另行明确, 责任单位:待定): no name, the part unread. */
const PLACEHOLDER = /^(?:另行|待定|待明确|视情|暂无|无$|略$|(?:详见|参见|见)(?:附件|附表|上文|下文|表)|同上$|同前$)/;
/** A blank cell's mark: no letter and no digit (—, /, -, ——, ×). */
const BLANK_MARK = /^[^\p{L}\p{N}]+$/u;
/** A list that says there is no one: a blank cell's mark, 无, 暂无. */
const NO_ONE = /^(?:[^\p{L}\p{N}]+|无|暂无)$/u;

/** The catch-all of places a clause names beside a lead as supporting it: 各地 (everywhere), 各地方. */
const CATCH_ALL_PLACES = /^各地方?$/;

/**
 * Whether a name of a labelled list names no one: a placeholder (待定, 另行明确, 详见附件), a blank cell's mark (—, /),
 * or words that open as a phrase of doing, not a name (加强宣传引导: opensAsPhrase). A name the body rules do not know
 * (市“两新”组织党工委, 各园区) is kept, with a warning, as any unknown department is.
 */
function namesNoOne(n: Piece, isBody: (name: string) => boolean): boolean {
  if (PLACEHOLDER.test(n.text) || BLANK_MARK.test(n.text)) return true;
  return !isBody(n.text) && n.full === undefined && opensAsPhrase(n.text);
}

export interface ReadOptions {
  /** Whether a name is a body: the department reference or the form of a body's name (bodies.ts). */
  isBody?: (name: string) => boolean;
  /** The first-listed body of a list with no lead is the lead, the rest support (a 列第一位者为牵头单位 note). */
  firstListedLeads?: boolean;
  /**
   * Stop at the first part that names no role, returning it in `unread` and no names: for a caller that only wants
   * to know whether a sentence is all clause (findItemClause), most sentences being none.
   */
  untilUnread?: boolean;
  /** The years words of relative time count from (deadline.ts), to compare a clause's times (年内…;明年6月底前…). */
  years?: RelativeYears;
}

/** The departments of one clause and their roles. `content` is the clause without its brackets. */
export function readClause(content: string, options: ReadOptions = {}): ClauseReading {
  const isBody = options.isBody ?? looksLikeBody;
  // `each`: every body of the group has its own part (分别牵头, 分别负责): each takes the group's role, a responsible
  // one leading.
  const groups: {group: Group; names: Piece[]; labelled: boolean; each?: boolean}[] = [];
  const pending: {names: Piece[]; part: Piece}[] = [];
  const unread: Piece[] = [];
  let deadline: Piece | null = null;
  const persons: NamedPerson[] = [];
  // Sentences first (a blanket note is its own sentence), then the clause's parts; a first-listed note in brackets
  // (…、市经信局(列第一位为牵头或汇总单位,下同)) is no part of a name.
  for (const sentence of splitTopLevel(withoutNotes(content), "。")) {
    if (blanketNotes(sentence.text).length || /不再(?:一一)?列出/.test(sentence.text)) continue;
    // Only names are bodies: a sentence after the names (具体任务均涉及相关市(州)人民政府,不再做分工) is a note, not
    // more names, unless every part of it reads as a clause's part does (a label, a role, names only).
    if ((groups.length || pending.length) && readClause(sentence.text, {...options, untilUnread: true}).unread.length) {
      unread.push(sentence);
      if (options.untilUnread) return {named: [], unread, deadline, persons};
      continue;
    }
    // A labelled list goes on after a comma, not after a full stop.
    const groupsBefore = groups.length;
    // A label inside is followed by :, a role phrase then a list by 、: a sentence without them is left as it is.
    let marked = sentence.text;
    if (marked.includes(":")) marked = marked.replace(LABEL_INSIDE, (s) => ";".padStart(s.length));
    if (marked.includes("、")) marked = marked.replace(ROLE_THEN_LIST, ";");
    for (const part of splitTopLevel(marked, ",;")) {
      let text = part.text;
      let offset = sentence.offset + part.offset;
      const whole: Piece = {text: part.text, offset};
      if (HAS_FIRST_LISTED.test(text) || NOTE_PART.test(text)) continue;
      let group: Group | "deadline" | "person" | null = null;
      let labelled = false;
      // Every label ends with : (a part without one has none).
      let label = "";
      for (const [re, g] of text.includes(":") ? PREFIXES : []) {
        const m = re.exec(text);
        if (m) {
          group = g;
          labelled = true;
          label = m[0].replace(/\s*:\s*$/, "");
          text = text.slice(m[0].length);
          offset += m[0].length;
          break;
        }
      }
      // A person (牵头负责领导:金力; 责任人:李四、王五): kept with the label, and not a body.
      if (group === "person") {
        for (const piece of splitTopLevel(text, "、"))
          persons.push({role: label, name: piece.text, offset: offset + piece.offset});
        continue;
      }
      if (group === "deadline" || (group === null && statesTime(text) && !/[局委办厅]|(?<!全)部/.test(text))) {
        // Of several times (…,2024年6月底前完成一期;2025年底前全部完成), the one that allows the latest day.
        const date = readDeadline(text, options.years)?.date;
        const kept = deadline && readDeadline(deadline.text, options.years)?.date;
        if (!deadline || (date && kept && date > kept)) deadline = {text, offset};
        continue;
      }
      const by = /^由/.exec(text);
      if (by && group === null) {
        text = text.slice(1);
        offset += 1;
      }
      let each = false;
      let phrased = false;
      for (const [re, g] of ROLE_PHRASES) {
        const m = re.exec(text);
        if (m) {
          // A phrase that names a lead or a support is more precise than a label naming the responsible
          // (责任单位:市人力社保局、市农业农村局分别牵头: each leads).
          group = group === null || (group === "responsible" && g !== "responsible") ? g : group;
          each = EACH.test(m[0]);
          phrased = !labelled;
          text = text.slice(0, m.index);
          break;
        }
      }
      const names = splitNames(text, offset, isBody);
      // The catch-all 各地 (everywhere: the governments below) supporting a lead the clause has named (X牵头,各地、各部门
      // 配合) is named as written, as any catch-all of a clause is (a generic body), never alone leading a sentence.
      const supportsLead = group === "support" && groups.some((g) => g.group === "lead");
      const named = (n: Piece) => isBody(n.text) || (supportsLead && CATCH_ALL_PLACES.test(n.text));
      // Before a role phrase with no label, only bodies are named: never a sentence or a word of one (具体工作由各地
      // 组织实施, 要抓好落实, 不再一一牵头).
      if (phrased && names.some((n) => !named(n))) {
        unread.push(whole);
        if (options.untilUnread) return {named: [], unread, deadline, persons};
        continue;
      }
      if (group === null) {
        // A list of bodies with no role words: it continues a labelled list before it (配合单位:X、Y,Z), or takes
        // the role of the part after it. Continuing a labelled list, a name the body rules do not know is kept too
        // (责任单位:立山经济开发区,全区经济运行各专班), when it is a noun phrase: it is read as a body, with a warning.
        const previous = groups.length > groupsBefore ? groups[groups.length - 1] : undefined;
        if (names.length && names.every((n) => isBody(n.text) || (previous?.labelled && isNameLike(n.text)))) {
          if (previous?.labelled) previous.names.push(...names);
          else pending.push({names, part: whole});
        } else {
          unread.push(whole);
          if (options.untilUnread) return {named: [], unread, deadline, persons};
        }
        continue;
      }
      if (pending.length) {
        for (const p of pending.splice(0)) groups.push({group, names: p.names, labelled: false});
      }
      if (names.length && !names.some((n) => !named(n) && namesNoOne(n, isBody)))
        groups.push(each ? {group, names, labelled, each} : {group, names, labelled});
      else if (labelled && group === "support" && names.every((n) => NO_ONE.test(n.text))) {
        // 配合单位:— (a blank cell), 配合单位:无: no body supports; nothing left unread.
      } else {
        unread.push(whole);
        if (options.untilUnread) return {named: [], unread, deadline, persons};
      }
    }
  }
  // Names with no role word anywhere in the clause (a bracket of names only) share the responsibility.
  for (const p of pending) groups.push({group: "responsible", names: p.names, labelled: false});
  const hasLead = groups.some((g) => g.group === "lead");
  // Responsible bodies beside bodies that support them (责任单位:X、Y,配合单位:Z) are the item's leads, co-leads when
  // several: the clause itself tells who leads from who supports.
  const supported = groups.some((g) => g.group === "support");
  const responsible = groups.filter((g) => g.group === "responsible").reduce((n, g) => n + g.names.length, 0);
  const named: NamedRole[] = [];
  let first = !hasLead && options.firstListedLeads === true && responsible > 1;
  for (const {group, names, each} of groups) {
    for (const n of names) {
      let role: Role =
        group === "lead" || (each && group === "responsible" && !hasLead)
          ? "lead"
          : group === "support" || hasLead
            ? "support"
            : responsible === 1 || supported
              ? "lead"
              : "joint";
      if (role === "joint" && options.firstListedLeads && responsible > 1) {
        role = first ? "lead" : "support";
        first = false;
      }
      named.push({name: n.text, role, offset: n.offset});
    }
  }
  withOfficeParents(named);
  return {named, unread, deadline, persons};
}

/**
 * A 处/科 named bare after an office of a named parent in the same list belongs to that parent: 市交通委科技信息处、
 * 港务监管处、综合规划处 → 市交通委港务监管处, 市交通委综合规划处 (set as `full`). Any other name in between ends the
 * parent's run. An office written in brackets after its parent is that parent's office: 市交通委(计划财务处) →
 * 市交通委计划财务处.
 */
export function withOfficeParents(named: NamedRole[]): void {
  let parent: string | null = null;
  for (const n of named) {
    const office = officeOf(n.name);
    const bracketed = office ? null : bracketedOffice(n.name);
    if (bracketed) {
      n.full = bracketed.parent + bracketed.office;
      parent = bracketed.parent;
    } else if (office) parent = office.parent;
    else if (parent && isBareOffice(n.name)) n.full = parent + n.name;
    else parent = null;
  }
}

export interface ItemClause {
  /** Where the item's own text ends: the clause and anything after it are not the item's text. */
  textEnd: number;
  /** The ranges of the searched text that hold the clause, in order: a bracket's content, labelled lines. */
  parts: {start: number; end: number}[];
  form: "bracket" | "lines" | "sentence";
  /** True when the clause starts a line of its own. */
  ownLine: boolean;
  /**
   * True when the clause is cut where the copy ends: its bracket never closed (…措施。(市政府办公室、市 where a pasted
   * copy or a cut page ends mid-clause), or a labelled line the text ends on with a name cut short (责任单位:县财);
   * read as far as its names are whole; the caller warns.
   */
  cut?: boolean;
  /** The name the cut clause ends with where it is no body's (县农业农, 市, 县财): left out of the clause's parts. */
  cutName?: string;
}

/**
 * A bracket opened near the end of a text and never closed, as [start, end) of its content: the clause of a copy cut
 * mid-clause. Null when every bracket closes, or when the open one is not at the text's last sentence — unless what
 * it holds opens as a clause does, with a label or a role (牵头单位:X;责任单位:A、B、 / 市发改委牵头;…: a clause of
 * several parts, every part kept as the closed bracket would keep it).
 */
export function unclosedBracket(text: string, end: number): {open: number; start: number; end: number} | null {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < end; ++i) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c)) {
      if (depth++ === 0) open = i;
    } else if (isCloseBracket(c)) depth = Math.max(0, depth - 1);
  }
  if (depth === 0 || open < 0) return null;
  const content = text.slice(open + 1, end);
  if (/[。;]/.test(content) && !opensAsClause(content)) return null;
  return {open, start: open + 1, end};
}

/**
 * The last name of a clause cut where the copy ends (a bracket never closed, …(市政府办公室、市; a labelled line the
 * text ends on, 责任单位:县财): `at` is where the whole names end in `content` (the separators before the cut name
 * left out), `name` the cut name. Null when the last name reads as a body (it is whole: a copy may end on a clause
 * with no full stop), when it is no run of CJK characters, when it is listed under a label that names no bodies
 * (责任人:张三, 完成时限:长期坚持), or when nothing would be left before it (a label cut short, 牵头单: a clause that
 * names no one, said so by the caller). Rule from the corpus: 嘉鱼 2021 (…县农业农), 长兴 2023
 * (责任单位:县财); a cut name is never a department of its own.
 */
export function cutLastName(
  content: string,
  isBody: (name: string) => boolean = looksLikeBody
): {at: number; name: string} | null {
  const names = splitTopLevel(content, "、,;");
  const last = names[names.length - 1];
  if (!last) return null;
  const name = last.text.slice(last.text.lastIndexOf(":") + 1);
  let at = last.offset + last.text.length - name.length;
  // The label the name is listed under, if any: only a list of bodies (责任单位:, 牵头部门:) is cut; a person's
  // (责任人:张三) or a time's (完成时限:长期坚持) is no name of a body at all.
  const before = content.slice(0, at);
  const colon = before.lastIndexOf(":");
  const label =
    colon < 0
      ? ""
      : before
          .slice(0, colon)
          .split(/[;,。\n(]/)
          .pop()!
          .trim();
  if (colon >= 0 && !/(?:单位|部门)$/.test(label)) return null;
  while (at > 0 && /[、,;:\s]/.test(content[at - 1])) --at;
  if (at > 0 && /^[\u4e00-\u9fff()]+$/.test(name) && !isBody(stripEtc(name)) && !opensAsClause(name)) return {at, name};
  return null;
}

/** Whether a text opens as a clause does: a label (牵头单位:), or a first part ending with a role (X牵头, X负责). */
function opensAsClause(content: string): boolean {
  if (CLAUSE_LABEL.test(content)) return true;
  const first = content.split(/[,;。]/)[0];
  return ROLE_PHRASES.some(([re]) => re.test(first));
}

/** The last sentence of a text: from after the previous 。 ; ! ? (outside brackets) to the end, full stop excluded. */
function lastSentence(text: string, end: number): {start: number; end: number} {
  let e = end;
  while (e > 0 && /[。.;\s]/.test(text[e - 1])) --e;
  let depth = 0;
  for (let i = e - 1; i >= 0; --i) {
    const c = text.charCodeAt(i);
    if (isCloseBracket(c)) ++depth;
    else if (isOpenBracket(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f)) return {start: i + 1, end: e};
  }
  return {start: 0, end: e};
}

/**
 * The responsibility clause of an item, in the simplified shadow of its text: labelled lines at its end (the
 * indices in `breaks` are where lines were joined), a bracket at its end, or a last sentence that only says who is
 * responsible. Null when the item has none.
 */
export function findItemClause(
  text: string,
  breaks: number[],
  isBody: (name: string) => boolean = looksLikeBody
): ItemClause | null {
  let end = text.length;
  while (end > 0 && isClauseTail(text.charCodeAt(end - 1))) --end;
  // First-listed notes in brackets at the end (…(市发改委、市财政局)(列第一位为牵头单位,下同), 责任单位:X、Y(除标注
  // “分别牵头”外,列第一位为牵头或汇总单位,下同), or a note on a line of its own): kept with the clause, never taken for it.
  const notes: {start: number; end: number}[] = [];
  const skipNotes = () => {
    for (let b = trailingBracket(text.slice(0, end)); b && isFirstListedNote(b.content);) {
      notes.unshift({start: b.start + 1, end: b.end - 1});
      end = b.start;
      while (end > 0 && isClauseTail(text.charCodeAt(end - 1))) --end;
      b = trailingBracket(text.slice(0, end));
    }
  };
  skipNotes();
  const parts: {start: number; end: number}[] = [];
  // Labelled lines, from the last one up.
  for (let k = breaks.length - 1; k >= 0 && breaks[k] < end; --k) {
    const line = text.slice(breaks[k], end);
    const bracket = OPENS_WITH_BRACKET.test(line) ? findClause(line, isBody) : null;
    if (/^以下/.test(line) && (blanketNotes(line).length || /不再(?:一一)?列出/.test(line))) {
      // A blanket note on its own line is about the items after it, not this one's clause.
    } else if (bracket && bracket.start === 0) parts.unshift({start: breaks[k] + 1, end: breaks[k] + bracket.end - 1});
    else if (CLAUSE_LABEL.test(line)) parts.unshift({start: breaks[k], end});
    else {
      // A labelled line whose list of names runs on into the lines below it (牵头单位:县发改局、县农业农 / 村局): one
      // part, the lines joined as written (a name wrapped at the line's end is whole again).
      let labelled = -1;
      for (let j = k, to = end; j > 0 && labelled < 0; to = breaks[j--]) {
        const above = text.slice(breaks[j - 1], breaks[j]);
        if (!namesRunOn(above.slice(above.lastIndexOf(":") + 1), text.slice(breaks[j], to), isBody)) break;
        if (CLAUSE_LABEL.test(above)) labelled = j - 1;
      }
      if (labelled < 0) break;
      parts.unshift({start: breaks[labelled], end});
      k = labelled;
    }
    end = breaks[k];
  }
  let textEnd = end;
  // A trailing bracket inside a bracket never closed (〔省发展改革委、…、省数据局(省营商局) where a page cut the clause)
  // is a name's alias within the cut clause, not a clause of its own: the unclosed bracket is read below.
  const found = findClause(text.slice(0, end), isBody);
  const inCut = found ? unclosedBracket(text, end) : null;
  const b = found && !(inCut && inCut.open < found.start) ? found : null;
  if (b) {
    parts.unshift({start: b.start + 1, end: b.end - 1});
    return {textEnd: b.start, parts: [...parts, ...notes], form: "bracket", ownLine: breaks.includes(b.start)};
  }
  if (parts.length) return {textEnd, parts: [...parts, ...notes], form: "lines", ownLine: true};
  // A bracket never closed at the end (the copy ends mid-clause): a clause if what it holds reads as one. Its last
  // name, where the text ends, is whole only if it reads as a body: a name cut short (a bare level 市 after 、,
  // 县农业农 of 县农业农村局) is left out of the clause, never a department of its own.
  const u = unclosedBracket(text, end);
  if (u) {
    let content = text.slice(u.start, u.end);
    const names = splitTopLevel(content, "、,;");
    const cut = cutLastName(content, isBody);
    const cutName = cut?.name;
    if (cut) {
      names.pop();
      content = content.slice(0, cut.at);
    }
    if (content && (CLAUSE_WORD.test(content) || (names.length && names.every((n) => isBody(stripEtc(n.text))))))
      return {
        textEnd: u.open,
        parts: [{start: u.start, end: u.start + content.length}],
        form: "bracket",
        ownLine: breaks.includes(u.open),
        cut: true,
        ...(cutName ? {cutName} : {})
      };
  }
  // The last sentence: 责任单位:X。 or 市文旅局、市体育局负责落实。
  const s = lastSentence(text, end);
  if (s.start === 0 && s.end === end) return null;
  const sentence = text.slice(s.start, s.end);
  const labelled = CLAUSE_LABEL.test(sentence);
  // Unlabelled, the sentence is a clause only if every part of it reads: the reading can stop at the first that does not.
  const reading = readClause(sentence, {isBody, untilUnread: !labelled});
  if (
    (labelled && reading.named.length) ||
    (reading.named.length && !reading.unread.length && reading.named.every((n) => isBody(n.name)))
  ) {
    textEnd = s.start;
    const own = breaks.includes(s.start);
    return {textEnd, parts: [{start: s.start, end: s.end}, ...notes], form: "sentence", ownLine: own};
  }
  return null;
}

/** The verbs after a sentence's subject (SUBJECT); a piece of text without one of them has no subject. */
// 负责 and not 负责人 (the person in charge: …等相关部门负责人为成员 names members, not a subject).
const SUBJECT_VERBS = "要|应当|应|须|必须|负责(?!人|制|类)|牵头|会同|联合|共同|按照|根据";
/** An adverb between a subject and its modal or verb (市发改委也要…, 各区还应…): no part of the name. */
const BEFORE_VERB = "也|还|都|均|亦";
const SUBJECT = new RegExp(
  `^(?:由|请)?((?:[\u4e00-\u9fff()]{2,20}、){0,12}[\u4e00-\u9fff()]{2,20}?)(等(?:部门|单位)|等)?(?:${BEFORE_VERB})?(?:${SUBJECT_VERBS})`
);
const SUBJECT_VERB = new RegExp(SUBJECT_VERBS);
/**
 * The verbs of doing that follow a body named bare at the head of a sentence (市文旅局组织实施…, 区商务委对接企业…,
 * 各区定期开展…): with one of them right after the names, the names are the sentence's subject. An adverb may stand
 * between (定期, 及时, 积极 …).
 */
const DOING_AFTER_SUBJECT = new RegExp(
  // A short phrase of basis between the subject and its verb (区建设管理委对照标准完成…, X按照要求做好…).
  "(?:(?:对照|按照|依照|依据|根据|结合)[^,。;:、]{1,10}?)?" +
    "(?:定期|及时|积极|切实|全面|进一步|持续|继续|严格|认真|主动|统一|分别|共同|依法|按职责|重点)?" +
    "(?:组织(?!部)|完成|对接|做好|抓好|落实|加强|强化|推进(?!办)|推动|开展|建立|健全|完善|制定|编制|指导(?!中心)|" +
    "督促|实施|加快|明确|研究|出台|印发|提供|确保|承担|履行|加大|深化|优化|提升|提高|探索|鼓励|支持|引导|会同|联合|统筹|" +
    "负责(?!人|制|类)|牵头|配合|协助|参与|做实|审核|检查|排查|整治|督导|部署|开通|设立|梳理|研判|实行|采取|依托|派员|安排|制定|" +
    // 各成员单位按节点目标…, 市民政局将消防安全纳入…, 区投资促进工作领导小组办公室对…开展…, 各区民政局在指导…的基础上:
    // a preposition or modal right after the names, the sentence's verb later.
    "按(?!职责分工)|将(?!来)|对(?!口|接|标|外|象|于|照|比|应)|在(?!内|于|编|职|建)|可以|各司其职|" +
    // 各街镇是停车共享工作的责任主体, 各街道、镇作为…主体: a body declared the one responsible.
    "(?:是|作为)(?=[^,。;]{0,30}主体))",
  ""
);

/**
 * The bodies named bare at the head of a piece of a sentence, before its first verb of doing (市文旅局组织实施…): the
 * words before that verb, when they are names of bodies only, each at most 16 characters (a bracket after a name
 * aside). [] when the piece does not open so. A name inside the sentence (报区发展改革委审核, 对街镇…进行梳理) is a
 * passing mention: only the head of a piece is read.
 */
function bareSubject(piece: string, isBody: (name: string) => boolean, lower: Lower = none): Piece[] {
  const m = DOING_AFTER_SUBJECT.exec(piece.slice(0, 48));
  if (!m || m.index < 2) return [];
  const names = splitNames(piece.slice(0, m.index), 0, isBody);
  const short = (n: Piece) => n.text.replace(/\([^()]*\)$/, "").length <= 16;
  const body = (n: Piece) => (isBody(n.text) || n.full !== undefined) && !isFragment(n.text);
  return names.length && names.every((n) => body(n) && short(n) && (!isJurisdiction(n) || lower(n.text))) ? names : [];
}

/** Whether a bare jurisdiction is one below the plan's own (a district in a city's plan): a body it gives work to. */
export type Lower = (name: string) => boolean;
const none: Lower = () => false;

/** The ordinal of a list at the head of a sentence: 一是, 二要, 其一, 首先, 同时 … */
const LIST_ORDINAL = /^(?:[一二三四五六七八九十][是要]|其[一二三四五六七八九十]|首先|其次|再次|最后|同时|此外|另外)/;

/** A bare jurisdiction (静安区按照…, 本市要…) is the plan's own government speaking, not a body it assigns. */
const isJurisdiction = (n: Piece) => /^(?!各)[\u4e00-\u9fff]{1,6}(?:省|市|县|区|新区|州|盟|旗)$/.test(n.text);

/**
 * Bodies named as the subject of a sentence in an item with no clause: 县经贸、统计、工商等部门要… → 县经贸, 统计,
 * 工商; 市发改委要… → 市发改委. A list followed by 等部门 names bodies whatever their form; otherwise every name
 * must look like a body. A bare jurisdiction (静安区按照…) is the plan's own government speaking, unless `lower`
 * says it lies below the plan's (金山区加快… in a city's plan: the district, given its own task).
 */
export function sentenceSubjects(
  text: string,
  isBody: (name: string) => boolean = looksLikeBody,
  breaks: number[] = [],
  lower: Lower = none
): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  // A heading on a line of its own (2.施工监管 / 各项目主管部门应…) ends where its line does: its words are not
  // part of the next line's subject.
  // In increasing order, passed by a pointer as i increases (no set to ask at every character).
  const headingEnds = breaks.length > 1 ? [...breaks].sort((a, b) => a - b) : breaks;
  let next = 0;
  for (let i = 0; i <= text.length; ++i) {
    const c = i < text.length ? text.charCodeAt(i) : 0x3002;
    while (next < headingEnds.length && headingEnds[next] < i) ++next;
    const heading = next < headingEnds.length && headingEnds[next] === i && i - from <= 20;
    if (!heading && c !== 0x3002 && c !== 0x3b && c !== 0x2c && c !== 0x3a) continue;
    if (heading) {
      from = i;
      if (c !== 0x3002 && c !== 0x3b && c !== 0x2c && c !== 0x3a) continue;
    }
    // A sentence or a clause of one: from after the last stop.
    let start = from;
    while (start < i && isSpaceCode(text.charCodeAt(start))) ++start;
    from = i + 1;
    // An ordinal of a list (一是, 其次, 同时 …) opens the piece, not the subject's name: 二是区交通委要… names 区交通委.
    const ordinal = LIST_ORDINAL.exec(text.slice(start, start + 4));
    if (ordinal) start += ordinal[0].length;
    const piece = text.slice(start, Math.min(i, start + 300));
    // SUBJECT ends with one of its verbs: a piece without one is not searched (a search for literal words is cheap).
    const m = SUBJECT_VERB.test(piece) ? SUBJECT.exec(piece) : null;
    if (!m) {
      // A modal with no subject after a comma, where the subject stood before it with an emphasis (各省、自治区、直辖市,
      // 特别是重点监视防御区所在地人民政府,也要…): the names on both sides of 特别是/尤其是 are the subject.
      if (MODAL_OPEN.test(piece)) {
        const open = Math.max(text.lastIndexOf("。", start - 1), text.lastIndexOf(";", start - 1)) + 1;
        const span = EMPHASIS.exec(text.slice(open, Math.max(open, start - 1)));
        if (span) {
          const second = open + span[1].length + 1 + span[2].length;
          const names = [
            ...splitNames(span[1].trim(), open + span[1].length - span[1].trimStart().length, isBody),
            ...splitNames(span[3], second, isBody)
          ];
          if (names.length && names.every((n) => isBody(n.text) && !isFragment(n.text))) {
            out.push(...names);
            continue;
          }
        }
      }
      // No modal and no verb of assignment: a body named bare before a verb of doing (市文旅局组织实施…).
      for (const n of bareSubject(piece, isBody, lower)) out.push({...n, offset: start + n.offset});
      continue;
    }
    let subject = m[1];
    let at = start + (m[0].startsWith("由") || m[0].startsWith("请") ? 1 : 0);
    // …推进由街镇(园区)牵头: the agent is what follows 由 (not the 由 of 自由).
    // The last such 由's end, by a loop: Math.max(...array) over an array empty here and of numbers there threw away
    // sentenceSubjects' optimized code ("wrong map") in the corpus command.
    let by = 0;
    if (subject.includes("由")) for (const b of subject.matchAll(/(?<!自)由/g)) by = Math.max(by, b.index! + 1);
    if (by > 0) {
      at += by;
      subject = subject.slice(by);
    }
    // With its closing 等部门, which the fields before it share (市应急管理、交通、公安等部门 → 市交通部门 …).
    let names = splitNames(subject + (m[2]?.startsWith("等部门") ? m[2] : ""), at, isBody);
    if (!m[2] && MODAL_END.test(m[0])) {
      // A party outside government in the list (…、街道、社区要…) takes no role and does not break it.
      const governed = names.filter((n) => !NOT_GOVERNMENT.test(n.text));
      if (governed.length && governed.length < names.length) names = governed;
      // Fields before 以及, then bodies (公安、应急管理、交通以及轨道交通企业、街道要…): each field's 部门.
      if (!names.every((n) => isBody(n.text) || n.full !== undefined)) {
        const mixed = fieldsThenBodies(subject, at, isBody);
        if (mixed) names = mixed.filter((n) => !NOT_GOVERNMENT.test(n.text));
      }
    }
    // A list closed by 等部门 names bodies whatever their form, but a fragment (联合区消防救援支队等部门共同…) is none.
    if (
      names.length &&
      (((m[2]?.startsWith("等部门") || m[2] === "等单位") && names.every((n) => !isFragment(n.text))) ||
        names.every((n) => (isBody(n.text) || n.full !== undefined) && (!isJurisdiction(n) || lower(n.text))))
    )
      out.push(...names);
    // No body before the modal (各行业管理部门指导相关建设单位落实要求: 要 of 要求): a body named bare may head the piece.
    else for (const n of bareSubject(piece, isBody, lower)) out.push({...n, offset: start + n.offset});
  }
  for (const n of [...agents(text, isBody), ...listedSubjects(text, isBody)])
    if (!out.some((o) => o.offset === n.offset)) out.push(n);
  return out.filter(
    (n) =>
      !CATCH_ALL.test(n.text) && !CITED_ISSUER.test(text.slice(n.offset + n.text.length, n.offset + n.text.length + 48))
  );
}

/**
 * What follows the issuer of a cited document (中央办公厅、国务院办公厅印发的《…规定》, 国务院办公厅《关于…》): the rest of
 * the list of issuers, a verb of issuing with 的, then 《. Such a body is named as a source, not as an actor; one that
 * is to issue a document (区应急局印发《工作指引》, no 的) acts.
 */
const CITED_ISSUER =
  /^(?:(?:、|和|及|与)[^,。;:《》]{2,30}?)?(?:(?:联合|共同)?(?:印发|发布|制定|出台|颁布|下发|转发)(?:了)?的)?\s*《/;
/** A piece that opens with its modal, its subject before the comma (…,也要抓紧…). */
const MODAL_OPEN = /^(?:也|还|都|均|亦)?(?:要|应当|应|须|必须)/;
/** A subject and the part of it stressed after a comma: X,特别是Y / X,尤其是Y. */
const EMPHASIS = /^([^,。;:]{2,60}),(特别是|尤其是)([^,。;:]{2,40})$/;

/** A subject that ends in a modal (…要, …应当): the sentence sets an obligation. */
const MODAL_END = /(?:要|应当|应|须|必须)$/;

/**
 * Parties a plan names beside bodies that are no part of government: a 社区 or 居(村)民委员会 is a self-governing
 * organisation of residents (基层群众性自治组织), not a body one can assign work to (…、街道、社区要… → 街道 only).
 */
const NOT_GOVERNMENT = /^(?:社区|居委会|村委会|居\(村\)委会|居民委员会|村民委员会|居\(村\)民委员会|社区居委会)$/;

/**
 * A subject list of bare fields, a joiner (以及, 及; not 和, which joins a name's own words: 工业和信息化局), then bodies
 * (公安、应急管理、交通以及轨道交通企业、街道、社区要…):
 * the fields share an implicit 部门 and the level written once before the first (公安部门, 应急管理部门, 交通部门); the
 * names after the joiner are bodies by their own form (an enterprise, a 街道) or parties outside government (社区,
 * which the caller drops). At least two fields, every name after the joiner a body or such a party, one a body; null
 * otherwise.
 */
function fieldsThenBodies(subject: string, offset: number, isBody: (name: string) => boolean): Piece[] | null {
  const j = /以及|及/.exec(subject);
  if (!j) return null;
  const before = splitTopLevel(subject.slice(0, j.index), "、");
  const after = splitNames(subject.slice(j.index + j[0].length), offset + j.index + j[0].length, isBody);
  const field = (p: Piece) => FIELD.test(p.text) && !isFragment(p.text) && !isBody(p.text);
  if (before.length < 2 || !before.every(field)) return null;
  if (!after.length || !after.every((n) => isBody(n.text) || NOT_GOVERNMENT.test(n.text))) return null;
  if (!after.some((n) => isBody(n.text))) return null;
  const level = LIST_LEVEL.exec(before[0].text)?.[0] ?? "";
  const fields = before.map((p) => {
    const leveled = LIST_LEVEL.test(p.text) ? p.text : level + p.text;
    return {text: p.text, offset: offset + p.offset, full: leveled + "部门"};
  });
  return [...fields, ...after];
}

/** 由 that names who does what follows (由城管执法部门责令…), not 自由, 理由, 由于, 由此. */
const BY = /(?<![自理缘经来事])由(?!于|此|衷|来|表及)/g;
/** 报 that hands a matter to bodies to review (报区交通委批准, 报区发展改革委、区财政局等相关部门审核). */
const FOR_REVIEW =
  /(?<![汇通上申呈填举预快简日周月年公情海电警画捷喜])报(?!告|送|表|名|道|刊|社|纸|批|备|销|废|警|价)/g;
/** The words after the agents of 由: a verb of doing, a modal or a verb of assignment (not 牵头: that names the lead). */
const AGENT_VERB = new RegExp(
  `^(?:等(?:相关|有关)?(?:部门|单位)(?:和单位)?)?(?:${DOING_AFTER_SUBJECT.source}|要|应当|应|须|必须|会同|联合|共同|按照|根据|` +
    "责令|予以|组成|收集|公示|批准|审核|审批|核准|办理|受理|统一|依法|选择)"
);
const REVIEW = /^(?:等(?:相关|有关)?(?:部门|单位)(?:和单位)?)?(?:审核|批准|审批|审定|审查|核准)/;

/**
 * The bodies a sentence names as the agents of its verb inside it: after 由 (…南桥新城范围内,由公安、交通部门梳理资源;
 * 由区建设管理委、区住房保障房屋管理局…安排专职人员; 公安、交通部门 share the 部门), after 会同 (…会同机管局、房管局
 * 选择…), and after 报 before a verb of review (报区交通委批准, 报区发展改革委、区财政局等相关部门审核): the shortest run
 * of names, all bodies of at most 16 characters (or fields sharing a 部门), before such a verb. 由X牵头 is left to
 * inTextAssignment (X leads). A name anywhere else is a passing mention.
 */
function agents(text: string, isBody: (name: string) => boolean): Piece[] {
  const out: Piece[] = [];
  const read = (from: number, verb: RegExp) => {
    for (let e = from + 2; e < Math.min(text.length, from + 120); ++e) {
      if (hasCode(",。;:", text.charCodeAt(e - 1))) return;
      const rest = text.slice(e, e + 24);
      if (!verb.test(rest) || rest.startsWith("牵头") || rest.startsWith("负责牵头")) continue;
      const closing = /^等(?:相关|有关)?部门/.exec(rest)?.[0] ?? "";
      const names = splitNames(text.slice(from, e + closing.length), from, isBody);
      const short = (n: Piece) => n.text.replace(/\([^()]*\)$/, "").length <= 16;
      const body = (n: Piece) => isBody(n.text) || n.full !== undefined;
      if (names.length && names.every((n) => body(n) && short(n) && !isFragment(n.text) && !isJurisdiction(n))) {
        out.push(...names);
        return;
      }
    }
  };
  if (text.includes("由")) for (const m of text.matchAll(BY)) read(m.index! + 1, AGENT_VERB);
  // 由区静态交通领导小组办公室会同机管局、房管局、南桥镇选择…: those it works with act too.
  if (text.includes("会同")) for (const m of text.matchAll(/会同/g)) read(m.index! + 2, AGENT_VERB);
  if (text.includes("报")) for (const m of text.matchAll(FOR_REVIEW)) read(m.index! + 1, REVIEW);
  return out;
}

/**
 * A list of bodies closed by 等部门 (等单位, 等部门和单位) at the head of a piece of a sentence, before its verb
 * (市应急局、…、市通信管理局等部门和单位组成的工作专班): the names are its subjects. Each must look like a body: an
 * abbreviated list (区发展改革、财政、税务等部门研究…) is read so only before a modal or a verb of assignment (SUBJECT).
 */
function listedSubjects(text: string, isBody: (name: string) => boolean): Piece[] {
  const out: Piece[] = [];
  if (!text.includes("等")) return out;
  for (const m of text.matchAll(LISTED)) {
    const at = m.index! + m[0].length - m[1].length - m[2].length;
    const names = splitNames(m[1], at, () => true);
    if (names.length > 1 && names.every((n) => isBody(n.text) && !isFragment(n.text) && n.text.length <= 16))
      out.push(...names);
  }
  return out;
}
const LISTED =
  /(?<=^|[,;。:]\s*)(?:[一二三四五六七八九十][是要])?((?:[\u4e00-\u9fff()]{1,20}、){1,20}[\u4e00-\u9fff()]{1,20}?)(等(?:相关|有关)?(?:部门|单位)(?:和单位)?)(?![的,。;:])/g;

/**
 * A catch-all that names no body one could hold to account (各部门, 各级政府, 各有关部门和单位, 有关部门): no implicit
 * role. A catch-all with a field or a level (各职能部门, 各行业主管部门, 各区政府) names one.
 */
const CATCH_ALL = /^(?:各|有关|相关|各有关|各相关|其他)(?:部门|单位|部门和单位|部门、单位|级政府|级部门|地区|方面)$/;

/**
 * The bodies that open an item as the holders of its duties: 区发展改革委:负责… or 各镇、街道、开发区:… (a chapter
 * that lists each body's duties). One body is the lead; several share the item (joint). [] when the item does not
 * open that way.
 */
export function leadingDuty(text: string, isBody: (name: string) => boolean = looksLikeBody): NamedRole[] {
  // 市商务委。负责…: the body's name as a sentence of its own, then its duties.
  const m = /^([^:,。;]{2,60})(?::|。(?=\s*(?:主要)?(?:负责|牵头|承担|统筹)))/.exec(text);
  if (!m) return [];
  const names = splitNames(m[1], 0, isBody);
  if (!names.length || !names.every((n) => isBody(n.text) || names.length > 1)) return [];
  if (!isBody(names[0].text)) return [];
  const role: Role = names.length === 1 ? "lead" : "joint";
  return names.map((n) => ({name: n.text, role, offset: n.offset}));
}

/** What follows the bodies that open a paragraph of duties: a stop, or the verb of their duty. */
const DUTY_FOLLOWS =
  /^(?:[:。,]|(?:主要)?负责|牵头|承担|统筹|作为|要|应|须|依法|在|对|指导|会同|联合|协调|组织|做好|落实|加强|按照|根据|结合|督促|配合|协助)/;

/**
 * The bodies that open a paragraph of a chapter that divides duties (三、职责分工 / 区绿化市容局负责… / 各街道、镇
 * 作为…的责任主体): the shortest opening run of names, all bodies, followed by a stop or the verb of their duty. One
 * body is the lead, several share the paragraph (joint). [] when the paragraph does not open with bodies.
 */
export function openingBodies(text: string, isBody: (name: string) => boolean = looksLikeBody): NamedRole[] {
  const start = text.length - text.trimStart().length;
  const limit = Math.min(text.length, start + 80);
  for (let end = start + 2; end < limit; ++end) {
    if (hasCode(",。;:!?", text.charCodeAt(end - 1))) break;
    if (!DUTY_FOLLOWS.test(text.slice(end, end + 4))) continue;
    const names = splitNames(text.slice(start, end), start, isBody);
    if (names.length && names.every((n) => isBody(n.text))) {
      const role: Role = names.length === 1 ? "lead" : "joint";
      return names.map((n) => ({name: n.text, role, offset: n.offset}));
    }
  }
  return [];
}

const SUPPORTED_BY =
  /^[,]?\s*(?:会同|联合)?((?:(?:[^,。;:、()]|\([^()]{1,12}\)){2,20}、)*(?:[^,。;:、()]|\([^()]{1,12}\)){2,20}?)(?:等(?:部门|单位))?(?:配合|参与|协助|协同)/;

/**
 * The prose role verbs: how a sentence of an item with no clause of its own assigns its work (read by
 * inTextAssignment; one list, here). The bodies stand at the head of a sentence, of a piece of one after a comma, or
 * of a line (a heading on a line of its own is no part of them), or after 由:
 *
 *   X牵头… / 由X牵头,Y配合…            X lead (Y support): 牵头 names the lead whatever the syntax
 *   X会同Y发布… / 由X会同Y…             X lead; Y support
 *   X可在…中,会同Y推选…                X lead; Y support (X and a modal open the sentence; without the modal, none)
 *   X和Y联合推进… / X、Y共同… / X联合Y…  X, Y joint (several bodies acting together, none leading)
 *   由X组织验收 / 由X负责… / 由X统筹…    X lead (several: joint): 由 assigns the work
 *   由X、Y分别负责… / X、Y分别牵头…      X, Y lead: 分别 gives each its own part (as in a clause: ROLE_PHRASES)
 *   X负责… / X组织… / X统筹…            no assignment: X is the actor the sentence names (implicit, sentenceSubjects)
 */
export const PROSE_ROLE_VERBS = {
  /** X牵头: X lead. */
  lead: ["负责牵头", "牵头"],
  /** X会同Y: X lead, Y support. */
  partner: ["会同"],
  /** X和Y联合, X联合Y, X、Y共同: joint. */
  together: ["联合", "共同"],
  /**
   * 由X负责, 由X组织…, 由X(统一)归口管理 (the body the work is put under): X lead (several: joint); without 由, X is
   * only the actor named (implicit).
   */
  assigned: ["负责", "组织(?!部)", "统筹", "主导", "主抓", "统一归口管理", "归口管理"]
};
/**
 * A prose role verb after the names: a closing 等部门, a modal, 分别 (each its own part: 由X、Y分别负责… makes each a
 * lead, as the bracketed X、Y分别负责 does), then the verb.
 */
const PROSE_VERB = new RegExp(
  `^(等(?:有关|相关)?(?:部门|单位))?(?:要|应当|应|须|必须)?(分别)?(?:要|应当|应|须|必须)?(${Object.values(PROSE_ROLE_VERBS).flat().join("|")})`
);
const isProse = (verb: string, kind: keyof typeof PROSE_ROLE_VERBS) =>
  PROSE_ROLE_VERBS[kind].some((v) => v.replace(/\(.*\)$/, "") === verb);
/**
 * The bodies named after 会同 or 联合 (X会同Y、Z发布…): a list, each name the shortest run that is a body, taken on
 * to a longer run that still is one (市发展改革委员会, not 市发展改革委), the names joined by 、 和 及 与, then a
 * trailing 等部门; [] when the first is no body.
 */
function partnersAfter(text: string, at: number, isBody: (name: string) => boolean): Piece[] {
  // Fields sharing one 部门 (会同市规划资源、交通等部门…): the list up to its 部门, each field the body it stands for.
  const shared = SHARED_LIST.exec(text.slice(at, at + 80));
  if (shared) {
    const names = splitNames(shared[0], at, isBody);
    if (names.length > 1 && names.every((n) => (isBody(n.text) || n.full !== undefined) && !isFragment(n.text)))
      return names;
  }
  const named = (from: number, e: number) => {
    const name = text.slice(from, e);
    // A list's closing 等部门 is no part of its last name (…、区城运中心等部门共同推进 → 区城运中心).
    const etc = name.lastIndexOf("等");
    if (etc >= 2 && isBody(name.slice(0, etc))) return false;
    return isBody(name) && !isFragment(name) && !isJurisdiction({text: name, offset: from});
  };
  const out: Piece[] = [];
  let from = at;
  for (;;) {
    const limit = Math.min(text.length, from + 24);
    let end = -1;
    for (let e = from + 2; e <= limit && !hasCode(",。;:、", text.charCodeAt(e - 1)); ++e)
      if (named(from, e)) {
        end = e;
        // A longer name, unless a verb follows the shorter (会同空中交通管理机构制定本市…: not …机构制定本市).
        if (AGENT_VERB.test(text.slice(e, e + 12))) break;
        for (
          let longer = e + 1;
          longer <= Math.min(limit, e + 4) && !hasCode(",。;:、", text.charCodeAt(longer - 1));
          ++longer
        )
          if (named(from, longer)) end = longer;
        break;
      }
    if (end < 0) break;
    out.push({text: text.slice(from, end), offset: from});
    const joiner = /^(?:、|以及|和|及|与)/.exec(text.slice(end, end + 2));
    if (!joiner) break;
    from = end + joiner[0].length;
  }
  return out;
}

/** A list of names closed by the 部门 its fields share: 市规划资源、交通等部门, 公安、应急管理部门. */
const SHARED_LIST = /^(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?(?:等(?:相关|有关)?部门|部门)/;

/**
 * The shortest run of bodies' names from `at` followed by a prose role verb: the names, the verb, where it ends and
 * whether 分别 stood before the verb (`each`); null when the run is not all bodies.
 */
function namesBefore(
  text: string,
  at: number,
  isBody: (name: string) => boolean
): {names: Piece[]; verb: string; after: number; each: boolean} | null {
  const limit = Math.min(text.length, at + 60);
  for (let e = at + 2; e < limit; ++e) {
    if (hasCode(",。;:", text.charCodeAt(e - 1))) return null;
    const m = PROSE_VERB.exec(text.slice(e, e + 14));
    if (!m) continue;
    // With the list's closing 等部门, which its fields share (市应急管理、交通、公安等部门要会同…).
    const names = splitNames(text.slice(at, e + (m[1]?.length ?? 0)), at, isBody);
    const body = (n: Piece) => isBody(n.text) || n.full !== undefined;
    if (names.length && names.every((n) => body(n) && !isJurisdiction(n) && !isFragment(n.text)))
      return {names, verb: m[3] ?? "", after: e + m[0].length, each: m[2] !== undefined};
  }
  return null;
}

/**
 * The body's name the sentence holding `at` opens with, in a piece before `at` (各区民政局可在…中,会同…): a run of 2 to
 * 20 characters after the sentence's start (。 or ; or the text's start), within its first piece, that is a body — the
 * one a modal follows where there is one, else the shortest; null when none.
 */
function subjectEarlier(text: string, at: number, isBody: (name: string) => boolean): Piece | null {
  let start = at;
  while (start > 0 && !hasCode("。;", text.charCodeAt(start - 1))) --start;
  while (start < at && isSpaceCode(text.charCodeAt(start))) ++start;
  if (start >= at) return null;
  let found: Piece | null = null;
  for (let e = start + 2; e <= Math.min(at, start + 20); ++e) {
    if (hasCode(",。;:、", text.charCodeAt(e - 1))) break;
    if (!isBody(text.slice(start, e))) continue;
    found ??= {text: text.slice(start, e), offset: start};
    // The run a modal follows (各区民政局可在…, not 各区), when there is one.
    if (MODAL_AFTER_SUBJECT.test(text.slice(e, e + 2))) return {text: text.slice(start, e), offset: start};
  }
  return found;
}

/** A modal right after a sentence's subject (各区民政局可在…中,会同…): the subject is who acts, with whom it works. */
const MODAL_AFTER_SUBJECT = /^(?:可以|可|要|应当|应|须|必须|需|将)/;
/** A verb right after a sentence's subject that only names it as the actor (X负责…, X组织…: PROSE_ROLE_VERBS.assigned). */
const SUBJECT_ACTS_ONLY = /^\s*(?:负责|组织(?!部)|统筹|主导|主抓)/;

/**
 * The bodies a sentence opens with, before `at` (区公安分局和区公安消防支队列出…清单,会同…): the list of bodies at the
 * sentence's start (after 。 or ;), joined by 、 和 及 与; [] when it opens with none.
 */
function sentenceOpeners(text: string, at: number, isBody: (name: string) => boolean): Piece[] {
  let start = at;
  while (start > 0 && !hasCode("。;", text.charCodeAt(start - 1))) --start;
  while (start < at && isSpaceCode(text.charCodeAt(start))) ++start;
  const ordinal = LIST_ORDINAL.exec(text.slice(start, start + 4));
  if (ordinal) start += ordinal[0].length;
  // The same list reading as the bodies after 会同: each name the shortest run that is a body, joined by 、 和 及 与.
  return start < at ? partnersAfter(text, start, isBody) : [];
}

/**
 * A sentence inside an item that assigns it, in an item with no clause of its own, by a prose role verb
 * (PROSE_ROLE_VERBS): 由区交通委牵头,区公安分局、区城管执法局配合… → lead, then support; 市发改委牵头,… (no 由);
 * 市发展改革委会同市经济信息化委发布… → lead, support; 市经济信息化委和市生态环境局联合推进… → joint, joint;
 * …后,由市发展改革委组织验收 → lead. The names must look like bodies. `breaks`: where the text's lines start (a
 * heading on a line of its own, 支持技术集成应用 / 市科委牵头开展…, ends there). With `heads`, a 由 inside a piece of a
 * sentence (其中在项目筹划阶段由街镇负责…) is not read: only what a sentence, or a piece of one, opens with.
 */
export function inTextAssignment(
  text: string,
  isBody: (name: string) => boolean = looksLikeBody,
  breaks: number[] = [],
  {heads: only = false}: {heads?: boolean} = {}
): NamedRole[] {
  if (!/牵头|会同|联合|共同|由/.test(text)) return [];
  const heads = new Map<number, boolean>();
  const head = (at: number, by: boolean) => heads.set(at, by || (heads.get(at) ?? false));
  head(0, false);
  for (const b of breaks) head(b, false);
  for (let i = 0; i < text.length; ++i) if (hasCode(",;。:", text.charCodeAt(i))) head(i + 1, false);
  // 由 inside a piece (…推进由街镇(园区)牵头) too, unless only the heads of pieces are asked about.
  for (const m of text.matchAll(BY)) if (!only || m.index === 0 || heads.has(m.index!)) head(m.index! + 1, true);
  const out: NamedRole[] = [];
  const seen = new Set<number>();
  const push = (names: Piece[], role: Role) => {
    for (const n of names)
      if (!seen.has(n.offset)) {
        seen.add(n.offset);
        out.push(
          n.full ? {name: n.text, role, offset: n.offset, full: n.full} : {name: n.text, role, offset: n.offset}
        );
      }
  };
  for (const [h, by] of [...heads].sort((a, b) => a[0] - b[0])) {
    let at = h;
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) ++at;
    const ordinal = by ? null : LIST_ORDINAL.exec(text.slice(at, at + 4));
    if (ordinal) at += ordinal[0].length;
    const run = namesBefore(text, at, isBody);
    // 会同Y制定… with no subject before it: the item's holder acts with Y, who supports it. Where the sentence names
    // its subject in an earlier piece (各区民政局可在…中,会同消防救援支队推选…; 区公安分局和区公安消防支队列出…清单,
    // 会同区发展改革委…将…纳入…), the subject (each body of its list) leads and Y supports, as in X会同Y; not where the
    // subject's own verb only names it as the actor (X负责…,会同Y…: the sentence is the subject's, unassigned).
    const together = run ? null : /^(?:要|应|并|积极|主动)?会同/.exec(text.slice(at, at + 5));
    const subject = together ? subjectEarlier(text, at, isBody) : null;
    if (together && !subject) push(partnersAfter(text, at + together[0].length, isBody), "support");
    else if (together && subject) {
      const openers = sentenceOpeners(text, at, isBody);
      const listed = openers.length ? openers : [subject];
      const last = listed[listed.length - 1];
      const actorOnly = SUBJECT_ACTS_ONLY.test(text.slice(last.offset + last.text.length));
      const partners = actorOnly ? [] : partnersAfter(text, at + together[0].length, isBody);
      if (partners.length) {
        push(listed, "lead");
        push(partners, "support");
      }
    }
    if (!run) continue;
    const {names, verb, after, each} = run;
    // The bodies that support the leads named (X牵头,Y配合…; 由X、Y分别负责,Z配合…).
    const supported = () => {
      const s = SUPPORTED_BY.exec(text.slice(after, after + 200));
      if (s) {
        const supports = splitNames(s[1], after + s[0].indexOf(s[1]), isBody);
        // A catch-all of places (各地) beside the lead supports it as a catch-all of bodies (各部门) does.
        if (supports.every((n) => isBody(n.text) || CATCH_ALL_PLACES.test(n.text))) push(supports, "support");
      }
    };
    if (isProse(verb, "lead")) {
      push(names, "lead");
      supported();
    } else if (isProse(verb, "partner") || verb === "联合") {
      const partners = partnersAfter(text, after, isBody);
      if (isProse(verb, "partner")) {
        push(names, "lead");
        push(partners, "support");
      } else if (partners.length || names.length > 1) push([...names, ...partners], "joint");
    } else if (isProse(verb, "together")) {
      if (names.length > 1) push(names, "joint");
    } else if (by) {
      const lead = names.length === 1 || each;
      push(names, lead ? "lead" : "joint");
      if (lead) supported();
    }
  }
  // A body that leads one sentence of the item and supports in another (X、Y会同Z…;Z会同W…) leads it.
  const leads = new Set(out.filter((n) => n.role === "lead").map((n) => n.name));
  return leads.size ? out.filter((n) => n.role !== "support" || !leads.has(n.name)) : out;
}

/**
 * Pieces of a text read as one clause: each piece [start, end) of `source`, after its label if it has one
 * (牵头单位:), joined with ;. `toSource` maps an offset in the joined text back to `source` (for a name found by
 * readClause). Used for a clause written over several lines and for a task table's body cells.
 */
export function joinParts(
  source: string,
  parts: {start: number; end: number; label?: string; glue?: string}[]
): {text: string; toSource: (offset: number) => number} {
  let text = "";
  const at: {from: number; start: number}[] = [];
  for (const p of parts) {
    if (text) text += p.glue ?? ";";
    text += p.label ?? "";
    at.push({from: text.length, start: p.start});
    text += source.slice(p.start, p.end);
  }
  const toSource = (offset: number) => {
    let k = at.length - 1;
    while (k > 0 && at[k].from > offset) --k;
    return at[k].start + (offset - at[k].from);
  };
  return {text, toSource};
}
