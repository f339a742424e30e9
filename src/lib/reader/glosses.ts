/**
 * Pinyin glosses: reposts of plans (often in traditional characters) print the reading of some characters after
 * them, 重点(diǎn), 經(jīng)濟(jì), 號(hào). A gloss is not the plan's text: the outline reads the body through them and the
 * header reads the title and the document number without them. One rule for both.
 *
 * A gloss is a bracket right after a Chinese character holding one syllable in lower-case pinyin (with tone marks
 * or a tone digit, ü): `(diǎn)`, `(hao4)`. A bracket with other content (`(市发改委)`, `(2023—2025年)`, `(GDP)`) is
 * not one.
 */
const GLOSS = /([\u4e00-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\d?)\)/g;

/** The [start, end) spans of the glosses in a normalized line (the bracket and its pinyin, not the character). */
export function glossSpans(text: string): [number, number][] {
  if (!text.includes("(")) return [];
  const spans: [number, number][] = [];
  // exec from lastIndex rather than matchAll, which copies the pattern on every call (every line with a bracket).
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m; m = GLOSS.exec(text)) spans.push([m.index + m[1].length, m.index + m[0].length]);
  return spans;
}

/** The text without its glosses: 重點(diǎn)工作 → 重點工作; cut at the given spans (glossSpans of the text or its shadow). */
export function withoutGlosses(text: string, spans: [number, number][] = glossSpans(text)): string {
  if (!spans.length) return text;
  let out = "";
  let from = 0;
  for (const [a, b] of spans) {
    out += text.slice(from, a);
    from = b;
  }
  return out + text.slice(from);
}
