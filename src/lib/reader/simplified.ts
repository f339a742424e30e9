/**
 * Traditional characters read as simplified ones, for matching only. A plan copied from a traditional-character
 * web page writes 牽頭, 負責, 按職責分工負責, 責任單位; the reader's rules are written once, in simplified
 * characters, and run over a simplified shadow of the text that has the same length, character for character, so
 * that every offset found in the shadow points at the same place in the text the user gave. Names, item texts and
 * source positions are always taken from the user's text.
 *
 * The conversion is OpenCC's (opencc-js, Hong Kong and Taiwan variants to mainland simplified), a maintained
 * dictionary rather than a hand-kept table. Where a phrase conversion would change the length, the text is converted
 * one character at a time instead.
 */
import * as OpenCC from "opencc-js/t2cn";

/** Characters frequent in plans that exist only in traditional writing: a text with none of them is not converted. */
const TRADITIONAL = "們這個為會與來對發國過還進動長開關間經現實點產業務種體機構應當設縣區廳協責負頭單據質標準務衛區際";

/** TRADITIONAL as a table of character codes: one look-up a character, several times faster than a class [們這…]. */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; ++i) IS_TRADITIONAL[TRADITIONAL.charCodeAt(i)] = 1;

/** Whether the text holds one of the TRADITIONAL characters. */
function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; ++i) if (IS_TRADITIONAL[text.charCodeAt(i)]) return true;
  return false;
}

let convert: ((text: string) => string) | null = null;

/** A converter made on first use: building OpenCC's dictionaries takes a few milliseconds. */
function converter(): (text: string) => string {
  convert ??= OpenCC.Converter({from: "hk", to: "cn"});
  return convert;
}

/**
 * The simplified shadow of a text: the same length, with each traditional character replaced by its simplified
 * form. Returns the text itself when it holds no traditional character (the common case costs one scan).
 */
export function simplifiedShadow(text: string): string {
  if (!hasTraditional(text)) return text;
  const c = converter();
  const whole = c(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    const one = c(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
