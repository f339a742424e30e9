/**
 * unifyRadicals(text): a PDF's or OFD's text with radical code points turned into the ideographs they stand for.
 *
 * A PDF's text layer says which character each glyph is (its ToUnicode map). CJK fonts share one glyph between an
 * ideograph and the radical of the same shape, and many PDF writers (Chromium's, Word's with some fonts, WPS's)
 * map such a glyph to the radical: 人民 comes out as ⼈⺠ (U+2F08 KANGXI RADICAL MAN, U+2EA0 CJK RADICAL CIVILIAN),
 * which looks right but matches no department name or keyword. Copying text out of such a PDF gives the same.
 *
 * - Kangxi Radicals (U+2F00–U+2FD5): Unicode's compatibility decomposition (NFKC) gives the ideograph.
 * - CJK Radicals Supplement (U+2E80–U+2EF3): these have no decomposition; the ideographs are those of Unicode's
 *   EquivalentUnifiedIdeograph.txt, for the radicals that stand for a whole character (民 见 门 长 风 马 贝 车 …;
 *   component forms such as ⺅ 亻 or ⺡ 氵 never stand alone in text and are left as they are).
 *
 * - Characters whose canonical decomposition is a single other character (NFC): the angle brackets U+2329 U+232A
 *   (〈〉 written as 〈〉, as Chromium's writer does) and the CJK Compatibility Ideographs (U+F900–U+FAFF).
 *
 * Not changed: a glyph shared by a simplified and a traditional character (户 and 戶 in Noto CJK) may come out as
 * either; the reader matches both through its simplified shadow, and the text keeps what the PDF says.
 *
 * One character for one character (all in the BMP), so positions do not move.
 */
const SUPPLEMENT: Record<string, string> = {
  "⺟": "母",
  "⺠": "民",
  "⺩": "王",
  "⺫": "目",
  "⺬": "示",
  "⺶": "羊",
  "⺻": "聿",
  "⺼": "肉",
  "⻁": "虎",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻉": "贝",
  "⻋": "车",
  "⻑": "長",
  "⻓": "长",
  "⻔": "门",
  "⻗": "雨",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻪": "黾",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟"
};

export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2ef3\u2f00-\u2fd5\u2329\u232a\uf900-\ufaff]/g, (c) => {
    if (c === "\u2329" || c === "\u232a" || c >= "\uf900") {
      const unified = c.normalize("NFC");
      return unified.length === 1 ? unified : c;
    }
    if (c >= "\u2f00") {
      const unified = c.normalize("NFKC");
      return unified.length === 1 ? unified : c;
    }
    return SUPPLEMENT[c] ?? c;
  });
}
