/**
 * The brackets a responsibility clause can stand in, one set for every rule that reads a clause's brackets (a bracket
 * at an item's end, a clause on its own line, a bracket never closed, the split of a clause into names, whether a
 * name's brackets balance). Read in the folded text (normalize.ts): full-width （） become ( ), ［］ 【】 〖〗 become
 * [ ]; the tortoise-shell 〔〕 stay as written (a document number's year is printed in them, 延政发〔2024〕8号), and a
 * clause may stand in them too: `…综合改革试点。〔责任单位:省发展改革委、省市场监管局〕` (Sichuan's plans).
 * Title marks (《》, 〈〉) and quotes are no clause brackets.
 */

/** The pairs, opening then closing, as the folded text has them. */
export const CLAUSE_BRACKETS: readonly (readonly [string, string])[] = [
  ["(", ")"],
  ["[", "]"],
  ["〔", "〕"]
];

const OPEN = CLAUSE_BRACKETS.map(([o]) => o.charCodeAt(0));
const CLOSE = CLAUSE_BRACKETS.map(([, c]) => c.charCodeAt(0));

/** Whether a character code opens a clause bracket: ( [ 〔. */
export function isOpenBracket(c: number): boolean {
  return c === OPEN[0] || c === OPEN[1] || c === OPEN[2];
}

/** Whether a character code closes a clause bracket: ) ] 〕. */
export function isCloseBracket(c: number): boolean {
  return c === CLOSE[0] || c === CLOSE[1] || c === CLOSE[2];
}

/** The code of the bracket that a closing bracket's code closes (〕 → 〔), or -1 when it closes none. */
export function openerOf(close: number): number {
  const k = CLOSE.indexOf(close);
  return k < 0 ? -1 : OPEN[k];
}

/** A text that opens with a clause bracket: (责任单位:…), [牵头单位:…], 〔责任单位:…〕. */
export const OPENS_WITH_BRACKET = new RegExp(
  `^[${CLAUSE_BRACKETS.map(([o]) => o.replace(/[[\]()]/g, "\\$&")).join("")}]`
);
