/**
 * The normalized text every offset of the model refers to. Normalization keeps one character for one
 * character wherever it can, so positions stay close to the file the user gave:
 * - CRLF and CR become LF;
 * - full-width ASCII forms (（ ） ， ： ； ［ ］ ｜ ０-９ …) become their ASCII forms, 【 】 become [ ],
 *   the ideographic space a space, and other dashes (―, ─) the em dash of ——;
 * - page-number lines of text copied from a PDF (— 3 —, - 3 -, 第3页) become empty lines;
 * - HTML pasted from a web page loses its tags (block ends become line breaks, cells become |).
 */

export interface Normalized {
  text: string;
  /** True when HTML tags were removed. */
  html: boolean;
  /** Lines (1-based) that were page numbers and are now empty. */
  pageLines: number[];
}

const BRACKETS: Record<string, string> = {
  "【": "[",
  "】": "]",
  "〖": "[",
  "〗": "]",
  "\u3000": " ",
  "―": "—",
  "─": "—"
};

/** Folds full-width punctuation, digits and letters to ASCII, one character for one. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000【】〖〗―─]/g, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : BRACKETS[c];
  });
}

const PAGE_NUMBER = /^\s*(?:[-—–]+\s*\d{1,4}\s*[-—–]+|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?)\s*$/;

/** Whether a line is a page number left by a PDF copy: — 3 —, - 3 -, 第3页. */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

const HTML_TAG =
  /<\/?(?:p|br|div|span|table|tr|td|th|tbody|thead|html|body|head|h[1-6]|li|ul|ol|font|strong|b|a|section|article|meta|title|style|script)\b[^>]*>/gi;

/** Whether the text is HTML markup rather than plain text (three or more common tags). */
export function looksLikeHtml(text: string): boolean {
  const matches = text.match(HTML_TAG);
  return matches !== null && matches.length >= 3;
}

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

/** Plain text from HTML: scripts and styles dropped, block ends as line breaks, table cells as | cells. */
export function htmlToText(html: string): string {
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

export function normalizePlanText(input: string): Normalized {
  let text = input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input;
  // Every tag starts with <: text without one is not HTML, and needs no search for tags.
  const html = text.includes("<") && looksLikeHtml(text);
  if (html) text = htmlToText(text);
  text = foldWidth(text);
  const pageLines: number[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ++i) {
    if (isPageNumberLine(lines[i])) {
      pageLines.push(i + 1);
      lines[i] = "";
    }
  }
  // Joined again only when a line was emptied.
  return {text: pageLines.length ? lines.join("\n") : text, html, pageLines};
}
