/**
 * Width folding: full-width ASCII forms (（ ） ， ： ； ［ ］ ｜ ０-９ …) to their ASCII forms, 【 】 〖 〗 to [ ], the
 * ideographic space to a space, the dashes ― and ─ to the em dash of ——, the small form variants (`1﹒` → `1.`) and the
 * half-width CJK stops (`｡` → `。`) to their usual forms, one character for one. The reader's
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
  "─": "—",
  // Small form variants (U+FE50–FE6B), printed by some web copies as a marker's punctuation (1﹒ for 1.).
  "\ufe50": ",",
  "\ufe51": "、",
  "\ufe52": ".",
  "\ufe54": ";",
  "\ufe55": ":",
  "\ufe56": "?",
  "\ufe57": "!",
  "\ufe58": "—",
  "\ufe59": "(",
  "\ufe5a": ")",
  "\ufe5b": "{",
  "\ufe5c": "}",
  "\ufe5d": "〔",
  "\ufe5e": "〕",
  "\ufe5f": "#",
  "\ufe60": "&",
  "\ufe61": "*",
  "\ufe62": "+",
  "\ufe63": "-",
  "\ufe64": "<",
  "\ufe65": ">",
  "\ufe66": "=",
  "\ufe68": "\\",
  "\ufe69": "$",
  "\ufe6a": "%",
  "\ufe6b": "@",
  // Half-width CJK punctuation (U+FF61–FF64) to its usual width: ｡ is 。, not a point.
  "\uff61": "。",
  "\uff62": "「",
  "\uff63": "」",
  "\uff64": "、"
};

/** The characters foldWidth folds. */
const FOLDED = "[\\uff01-\\uff5e\\uff61-\\uff64\\ufe50-\\ufe52\\ufe54-\\ufe66\\ufe68-\\ufe6b\\u3000【】〖〗―─]";
const FOLD = new RegExp(FOLDED, "g");
/** A text holding a character that foldWidth folds: foldWidth(text) !== text exactly when it matches. */
export const TO_FOLD = new RegExp(FOLDED);

/**
 * Folds full-width punctuation, digits and letters to ASCII, one character for one; likewise the small form variants
 * (`1﹒` → `1.`, `﹙一﹚` → `(一)`, `﹪` → `%`) and the half-width CJK stops (`｡` → `。`, `､` → `、`).
 */
export function foldWidth(text: string): string {
  return text.replace(FOLD, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : BRACKETS[c];
  });
}
