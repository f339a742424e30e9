// The load page's paste box and the CLI strip HTML with a scanner (normalize.ts) that replaced a chain of regular
// expressions: those scanned to the end of the text from every stray <, unclosed <script> or <!--, a cost that
// grew with the square of the text (bench/pathological.ts measures it; timings stay in the bench). Here the
// scanner must give exactly what the regular expressions gave, on any mix of the fragments that matter.
import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {htmlToText, looksLikeHtml} from "../src/lib/reader/normalize.js";

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  mdash: "—"
};

/** htmlToText as it was written before: one regular expression a step. */
function htmlToTextByRegex(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/(?:td|th)\s*>/gi, " | ")
    .replace(/<(?:br)\b[^>]*>|<\/(?:p|div|tr|li|h[1-6]|table|section|article)\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]*\n[ \t]*/g, "\n");
}

const HTML_TAG =
  /<\/?(?:p|br|div|span|table|tr|td|th|tbody|thead|html|body|head|h[1-6]|li|ul|ol|font|strong|b|a|section|article|meta|title|style|script)\b[^>]*>/gi;

function looksLikeHtmlByRegex(text: string): boolean {
  const matches = text.match(HTML_TAG);
  return matches !== null && matches.length >= 3;
}

/** Pieces of HTML and text, closed and unclosed, in upper and lower case. */
const FRAGMENTS = [
  "<",
  ">",
  "/",
  "-",
  "!",
  " ",
  "\t",
  "\n",
  "a",
  "b",
  "p",
  "甲",
  "。",
  "<p>",
  "</p>",
  "<P class=x>",
  "</p >",
  "<div>",
  "</DIV>",
  "<td>",
  "</td>",
  "</th >",
  "<tr>",
  "</tr>",
  "<br>",
  "<br/>",
  "<BR ",
  "<bra>",
  "<b>",
  "a<b",
  "<span",
  "<table>",
  "</table>",
  "<h2>",
  "</h2>",
  "<script>",
  "<SCRIPT type=x>",
  "</script>",
  "</Script >",
  "</script",
  "<scripts>",
  "<style>",
  "</style>",
  "<head>",
  "</head>",
  "<header>",
  "<!--",
  "-->",
  "--",
  "<!-->",
  "&nbsp;",
  "&lt;",
  "&GT;",
  "&#20013;",
  "&#x6587;",
  "&#0;",
  "&unknown;",
  "&",
  ";"
];
const html = fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 60}).map((parts) => parts.join(""));

describe("htmlToText", () => {
  test("gives what its regular expressions gave, on any mix of tags, stray < and unclosed tags", () => {
    fc.assert(
      fc.property(html, (text) => {
        expect(htmlToText(text)).toBe(htmlToTextByRegex(text));
      }),
      {numRuns: 3000}
    );
  });
  test("leaves an unclosed <script> and everything after it, as the regular expression did", () => {
    const text = "<p>甲</p><script>乙<!--丙<p>丁";
    expect(htmlToText(text)).toBe(htmlToTextByRegex(text));
    // <script> never closes, so it stays; <!--丙<p> reads as one tag up to its >.
    expect(htmlToText(text)).toBe("甲\n乙丁");
  });
});

describe("looksLikeHtml", () => {
  test("counts tags as its regular expression did, on any mix of tags and stray <", () => {
    fc.assert(
      fc.property(html, (text) => {
        expect(looksLikeHtml(text)).toBe(looksLikeHtmlByRegex(text));
      }),
      {numRuns: 3000}
    );
  });
});
