/**
 * Width folding: full-width ASCII forms (（ ） ， ： ； ［ ］ ｜ ０-９ …) to their ASCII forms, 【 】 〖 〗 to [ ], the
 * ideographic space to a space, and the dashes ― and ─ to the em dash of ——, one character for one. The reader's
 * normalization (reader/normalize.ts) folds every text with it, and the modules that match names and keys against the
 * reader's output (departments, reference tables, observations, the compare pages) fold theirs the same way.
 *
 * A module of its own, importing nothing: a page that folds a name (the load page reading the department reference)
 * does not load the reader with it.
 *
 *   foldWidth("（一）２０２５年【专栏】") // → "(一)2025年[专栏]"
 */

const BRACKETS: Record<string, string> = {
  "【": "[",
  "】": "]",
  "〖": "[",
  "〗": "]",
  "\u3000": " ",
  "―": "—",
  "─": "—"
};

/** The characters foldWidth folds. */
const FOLDED = "[\\uff01-\\uff5e\\u3000【】〖〗―─]";
const FOLD = new RegExp(FOLDED, "g");
/** A text holding a character that foldWidth folds: foldWidth(text) !== text exactly when it matches. */
export const TO_FOLD = new RegExp(FOLDED);

/** Folds full-width punctuation, digits and letters to ASCII, one character for one (same length). */
export function foldWidth(text: string): string {
  return text.replace(FOLD, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : BRACKETS[c];
  });
}
