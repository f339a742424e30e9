/**
 * Responsibility clauses: the bracketed sentence that ends a task or an action and says who does it.
 *
 * Forms read (with ASCII or full-width punctuation, in ( ) or [ ] or 【 】):
 *   (X牵头,Y、Z按职责分工负责)      X lead; Y, Z support
 *   (X牵头,Y、Z配合)               X lead; Y, Z support
 *   (牵头单位:X;配合单位:Y、Z)      X lead; Y, Z support
 *   (X、Y按职责分工负责)           X, Y joint
 *   (责任单位:X、Y)                X, Y joint
 *   (X负责) / (责任单位:X)          X lead: the only department of a clause with no lead named
 * A blanket note (以下任务均需各县(市、区)人民政府落实,不再列出) gives its department an implicit role in every
 * later item; see blanketNotes.
 */
import {hasCode, isSpaceCode} from "../chars.js";
import type {Role} from "../model.js";

export interface Bracketed {
  /** Index of the opening bracket and one past the closing bracket. */
  start: number;
  end: number;
  /** The text inside the brackets. */
  content: string;
}

const CLAUSE_WORD = /负责|牵头|责任单位|责任部门|配合|参与|协办|落实/;

/** What may follow a clause: white space, a full stop (。 or .), a semicolon or a table's |. */
function isClauseTail(c: number): boolean {
  return isSpaceCode(c) || c === 0x3002 || c === 0x2e || c === 0x3b || c === 0x7c;
}

/** The bracketed group at the end of a text (before a closing 。 or |), matched with nesting. */
export function trailingBracket(text: string): Bracketed | null {
  let end = text.length;
  while (end > 0 && isClauseTail(text.charCodeAt(end - 1))) --end;
  // ) closes (, ] closes [: by character code, as the scan below.
  const close = end > 0 ? text.charCodeAt(end - 1) : -1;
  const open = close === 0x29 ? 0x28 : close === 0x5d ? 0x5b : -1;
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
export function findClause(text: string): Bracketed | null {
  const b = trailingBracket(text);
  return b && CLAUSE_WORD.test(b.content) ? b : null;
}

export interface Piece {
  text: string;
  /** Offset of the piece in the string it was split from. */
  offset: number;
}

/** Splits on separator characters that stand outside brackets: 各县(市、区)人民政府 stays whole. */
export function splitTopLevel(text: string, separators: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; ++i) {
    // Brackets by character code: ( [ 〔 open, ) ] 〕 close; -1 past the end.
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 0x28 || c === 0x5b || c === 0x3014) ++depth;
    else if (c === 0x29 || c === 0x5d || c === 0x3015) depth = Math.max(0, depth - 1);
    else if (c === -1 || (depth === 0 && hasCode(separators, c))) {
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
}

const BLANKET =
  /以下(?:各项|所列|所有)?(?:任务|工作|措施|事项)?(?:均|都|皆)(?:需|须|要|由|需要)?(.+?)(?:负责|组织)?落实(?:[,,]\s*不再(?:一一)?列出)?/g;

/** Blanket notes: 以下任务均需各县(市、区)人民政府落实,不再列出. */
export function blanketNotes(text: string): BlanketNote[] {
  const notes: BlanketNote[] = [];
  // Every note starts with 以下: most texts have none, and this test is cheaper than the search.
  if (!text.includes("以下")) return notes;
  for (const m of text.matchAll(BLANKET)) {
    const department = m[1].trim();
    if (!department || /[。,;]/.test(department)) continue;
    notes.push({department, start: m.index!, end: m.index! + m[0].length, nameOffset: m.index! + m[0].indexOf(m[1])});
  }
  return notes;
}

export interface NamedRole {
  /** The name as written. */
  name: string;
  role: Role;
  /** Offset of the name in the clause content. */
  offset: number;
}

export interface ClauseReading {
  named: NamedRole[];
  /** Pieces of the clause that name no role (reported as warnings). */
  unread: Piece[];
}

type Group = "lead" | "support" | "responsible";

const PREFIXES: [RegExp, Group][] = [
  [/^(?:牵头单位|牵头部门|主责单位|主要责任单位)\s*:\s*/, "lead"],
  [/^(?:配合单位|配合部门|协办单位|参与单位|参与部门)\s*:\s*/, "support"],
  [/^(?:责任单位|责任部门|实施单位|承办单位|负责单位)\s*:\s*/, "responsible"]
];
const SUFFIXES: [RegExp, Group][] = [
  [/\s*牵头(?:负责)?$/, "lead"],
  [/\s*(?:配合|协助|协办|参与)$/, "support"],
  [/\s*(?:按照?职责分工负责|按职责负责|分工负责|共同负责|负责落实|具体负责|负责)$/, "responsible"]
];

/** The departments of one clause and their roles. `content` is the clause without its brackets. */
export function readClause(content: string): ClauseReading {
  const groups: {group: Group; names: Piece[]}[] = [];
  const unread: Piece[] = [];
  // Sentences first (a blanket note is its own sentence), then the clause's parts.
  for (const sentence of splitTopLevel(content, "。")) {
    if (blanketNotes(sentence.text).length || /不再(?:一一)?列出/.test(sentence.text)) continue;
    for (const part of splitTopLevel(sentence.text, ",;")) {
      let text = part.text;
      let offset = sentence.offset + part.offset;
      let group: Group | null = null;
      for (const [re, g] of PREFIXES) {
        const m = re.exec(text);
        if (m) {
          group = g;
          text = text.slice(m[0].length);
          offset += m[0].length;
          break;
        }
      }
      for (const [re, g] of SUFFIXES) {
        const m = re.exec(text);
        if (m) {
          group ??= g;
          text = text.slice(0, m.index);
          break;
        }
      }
      if (group === null) {
        unread.push({text: part.text, offset: sentence.offset + part.offset});
        continue;
      }
      const names = splitTopLevel(text, "、")
        .map((p) => ({text: p.text.endsWith("等") ? p.text.slice(0, -1) : p.text, offset: offset + p.offset}))
        .filter((p) => p.text);
      if (names.length) groups.push({group, names});
      else unread.push({text: part.text, offset: sentence.offset + part.offset});
    }
  }
  const hasLead = groups.some((g) => g.group === "lead");
  const responsible = groups.filter((g) => g.group === "responsible").reduce((n, g) => n + g.names.length, 0);
  const named: NamedRole[] = [];
  for (const {group, names} of groups) {
    const role: Role =
      group === "lead" ? "lead" : group === "support" || hasLead ? "support" : responsible === 1 ? "lead" : "joint";
    for (const n of names) named.push({name: n.text, role, offset: n.offset});
  }
  return {named, unread};
}
