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

/** The character class of Chinese numerals, for building patterns. */
export const NUMERAL_CLASS = "[〇零一二两三四五六七八九十百]";
