/**
 * Chapter headings written without numerals. Short plans (a bureau's 工作方案, a district notice) often head their
 * parts with a bare line (总体要求 / 重点整治内容 / 工作安排 / 工作要求) and number only the tasks below them. Without
 * these lines as chapters, the reader would take the first numbered form it meets (1.) for the top level and file
 * every later part under the last task.
 *
 * A line is such a heading when the plan has no numbered chapter form at all (no 一、, no 第一章), and the line is
 * 2–12 Chinese characters with no punctuation, not a title (…方案, …通知) or a body's name (…局, …政府), stands
 * after the first full sentence of the text, and is followed by a line that is not one too. A plan needs two such
 * lines for them to count.
 */
import {readMarker} from "./numbering.js";

const BARE = /^[\u4e00-\u9fff]{2,12}$/;
const NOT_HEADING = /(?:方案|通知|意见|办法|规划|计划|要点|细则|决定|政府|办公室|办公厅|委员会|局|厅|委|部|中心|公司)$/;

/** Indices (0-based) of the lines that are bare chapter headings, given the text's trimmed lines. */
export function bareHeadingLines(lines: string[]): Set<number> {
  const found = new Set<number>();
  let sentence = false;
  for (let i = 0; i < lines.length; ++i) {
    const t = lines[i];
    if (!t) continue;
    const marker = readMarker(t);
    if (marker && (marker.style === "cn" || marker.style === "chapter")) return new Set();
    if (sentence && BARE.test(t) && !NOT_HEADING.test(t)) {
      let j = i + 1;
      while (j < lines.length && !lines[j]) ++j;
      if (j < lines.length && !BARE.test(lines[j])) found.add(i);
    }
    if (t.includes("。")) sentence = true;
  }
  return found.size >= 2 ? found : new Set();
}

/**
 * Whether a text reads as a heading's phrase, not as a sentence or a piece of one: at most 40 characters, no
 * sentence's end in it (。 ; ! ?), and not ending as a sentence that runs on does (, 、 : or an opening bracket, quote
 * or dash). A comma may stand inside it: 以规划为引领,构建区域绿色网络体系 and 开展停车共享示范,推进停车共享工作 are
 * headings as much as 强化属地责任. `text`: normalized (full-width forms folded), without its marker.
 * Where the bound comes from: the numbered heading lines over text in the corpus (test/fixtures/real) run from 2 to 35
 * characters, 38 of them with a comma (chapters 一、 and sections (一) alike); a first sentence longer than 40 is cut
 * there for a title (items.ts headingOf).
 */
export function isHeadingPhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。;!?]/.test(t) && !/[,、:(\[“《—]$/.test(t);
}
