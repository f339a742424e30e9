/**
 * Chinese numerals as plans use them for numbering: 一 … 九十九 (and 〇/零, 百), e.g. 二十一 → 21.
 * Returns null for anything else.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
};

/** A Chinese numeral up to the hundreds as a number (十二 → 12, 一百零五 → 105, 两 → 2); null for anything else. */
export function chineseNumeral(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c === "百" || c === "十") {
      const unit = c === "百" ? 100 : 10;
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      if (digit !== null) return chineseDigits(text);
      digit = DIGITS[c];
    }
  }
  return total + (digit ?? 0);
}

/** Digit-by-digit numerals, as in dates: 二〇二四 → 2024. */
export function chineseDigits(text: string): number | null {
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return null;
  let n = 0;
  for (const c of text) n = n * 10 + DIGITS[c];
  return n;
}

/**
 * The characters a numeral date writes for 〇 (二○○六年, 二OO六年, 二０二四年): 〇 itself, the circles ○ (U+25CB) and ◯
 * (U+25EF), the letters O/o, О/о (Cyrillic) and Ο/ο (Greek), the digit 0 and the full-width ０ and Ｏ, and 零. Every
 * one is a single UTF-16 unit, so a text with them read as 〇 (numeralZeros) keeps its offsets. For building patterns.
 */
export const ZERO_LIKE = "〇○◯OoОоΟο0０Ｏ零";
const ZERO_LIKE_ANY = new RegExp(`[${ZERO_LIKE}]`, "g");

/**
 * A numeral date's text with every look-alike of 〇 (ZERO_LIKE) read as 〇, the same length: 二○○六年 → 二〇〇六年. For
 * matching only: the source text is kept as written.
 */
export function numeralZeros(text: string): string {
  return text.replace(ZERO_LIKE_ANY, "〇");
}

/** The character class of Chinese numerals, for building patterns. */
export const NUMERAL_CLASS = "[〇零一二两三四五六七八九十百]";
