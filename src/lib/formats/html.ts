/**
 * readHtml(html): the text of a plan published as a web page and saved from the browser (.html, .htm), or of the
 * page inside an MHTML file (mhtml.ts). The article body is found by Mozilla's Readability (`@mozilla/readability`,
 * Firefox's Reader View: it scores the page's blocks and drops menus, breadcrumbs, share buttons, related links and
 * footers) over a DOM: the browser's own DOMParser on the load page, `linkedom`'s in Node (what `dom` gives).
 *
 * - The body becomes lines: one per paragraph, heading, list item or line break; a table row of two or more cells
 *   becomes `a | b | c`, as the reader reads tables (a cell spanning columns is followed by empty cells); a
 *   one-cell table (a 专栏 box drawn as a frame) gives its paragraphs as lines.
 * - The page's own header: its title (the `ArticleTitle` meta tag that government sites carry, else Readability's
 *   title, else `<title>` less the site's name), its 发文字号 and its date (成文日期, else 发布日期, from a label on
 *   the page or the `PubDate` meta tag) are put above the body, each only when the body does not state it.
 * - No article found (an empty page, or one whose "article" is mostly links: a list page): unreadable, with the reason.
 */
import * as readability from "@mozilla/readability";
import {unreadable, type DomParserLike, type FormatRead, type PlanFormat} from "./result.js";
import {countEn} from "../vocabulary.js";

/** The DOM of linkedom, as far as it is walked here. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

// @mozilla/readability is CommonJS: Node gives its exports as the default export and as names, Framework's browser
// bundle only as the default export.
const {Readability} = ((readability as unknown as {default?: typeof readability}).default ??
  readability) as typeof readability;

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION UL".split(
    " "
  )
);

export interface PageHeader {
  title: string | null;
  docNumber: string | null;
  date: string | null;
}

export function readHtml(html: string, dom: DomParserLike, format: PlanFormat = "html"): FormatRead {
  let document: Document;
  try {
    document = dom.parseFromString(html, "text/html");
  } catch (error) {
    return unreadable(format, `the web page could not be parsed (${(error as Error).message})`);
  }
  const header = pageHeader(document);
  const pageChars = compact(document.body?.textContent ?? "").length;
  let article;
  try {
    article = new Readability<DomNode>(document, {
      serializer: (node) => node as unknown as DomNode,
      charThreshold: 200
    }).parse();
  } catch (error) {
    return unreadable(format, `the web page could not be read (${(error as Error).message})`);
  }
  if (!article?.content || linkDensity(article.content) > 0.5)
    return unreadable(format, "no article found on the web page (only menus or links)");
  const lines = new Lines();
  lines.walk(article.content);
  const body = lines.done();
  if (!body.some((l) => l.trim())) return unreadable(format, "the web page's article has no text");
  header.title ??= cleanTitle(article.title ?? "");
  const head = missingHeader(header, body);
  const text = [...head, ...body].join("\n");
  const bodyChars = compact(body.join("")).length;
  const messages: string[] = [];
  if (head.length) messages.push(`from the page around the article: ${head.join(" · ")}`);
  return {
    text,
    format,
    extent: `the article body (${bodyChars.toLocaleString("en")} of the page's ${countEn(pageChars, "character")})`,
    messages
  };
}

const compact = (s: string) => s.replace(/\s+/g, "");

/** The share of a subtree's text that stands in links: a list of links, not an article, when most of it does. */
function linkDensity(node: DomNode): number {
  let links = 0;
  const visit = (n: DomNode) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      if (c.nodeName.toUpperCase() === "A") links += compact(c.textContent ?? "").length;
      else visit(c);
    }
  };
  visit(node);
  return links / Math.max(1, compact(node.textContent ?? "").length);
}

/** The page's title, 发文字号 and date, from its meta tags and labelled fields (发文字号：…, 成文日期：…). */
export function pageHeader(document: Document): PageHeader {
  const meta = (name: string) =>
    document
      .querySelector(`meta[name="${name}"], meta[name="${name.toLowerCase()}"]`)
      ?.getAttribute("content")
      ?.trim() || null;
  const text = (document.body?.textContent ?? "").replace(/[\u00a0\u3000]/g, " ");
  const field = (labels: string, value: string) =>
    new RegExp(`(?:${labels})\\s*[:：]\\s*(${value})`).exec(text)?.[1] ?? null;
  const docNumber = field("发文字号|文\\s*号", "[^\\s:：]{1,12}〔\\d{4}〕\\s*\\d+\\s*号");
  const date =
    field("成文日期|印发日期|发文日期", "\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*日?") ??
    field("发布日期|发布时间|公开日期|日\\s*期", "\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*日?") ??
    meta("PubDate");
  const title = meta("ArticleTitle") ?? null;
  return {title: title ? cleanTitle(title) : null, docNumber, date: date ? chineseDate(date) : null};
}

/** A page title less the site's name after a separator: "…实施方案_延安市人民政府" → "…实施方案". */
function cleanTitle(title: string): string | null {
  const t = title.split(/\s*(?:_|\||｜|--|—|-\s)\s*/)[0].trim();
  return t.length >= 4 ? t : null;
}

/** 2024-03-26, 2024/3/26, 2024.03.26 (a time after it aside) → 2024年3月26日. */
function chineseDate(value: string): string | null {
  const m = /(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

/** The header lines the body lacks: 发文字号, title, date (compared without white space). */
function missingHeader(header: PageHeader, body: string[]): string[] {
  const all = compact(body.join(""));
  const lines: string[] = [];
  if (header.docNumber && !all.includes(compact(header.docNumber))) lines.push(header.docNumber);
  if (header.title && !all.includes(compact(header.title))) lines.push(header.title);
  const hasDate = body.some((l) => /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(l));
  if (header.date && !hasDate && !all.includes(header.date)) lines.push(header.date);
  return lines;
}

/** Writes the text of a DOM subtree as lines: blocks and <br> end lines, tables give rows. */
class Lines {
  private lines: string[] = [];
  private current = "";

  walk(node: DomNode): void {
    if (node.nodeType === 3) {
      this.current += (node.textContent ?? "").replace(/[\s\u00a0]+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "NOSCRIPT" || name === "TEMPLATE") return;
    if (name === "BR") return this.end();
    if (name === "TABLE") {
      this.end();
      this.table(node);
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.end();
    for (const child of Array.from(node.childNodes)) this.walk(child);
    if (block) this.end();
  }

  private end(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = "";
  }

  private table(table: DomNode): void {
    const rows = descendants(table, "TR", "TABLE");
    const cellsOf = (row: DomNode) => Array.from(row.childNodes).filter((c) => /^(TD|TH)$/i.test(c.nodeName));
    if (rows.every((r) => cellsOf(r).length <= 1)) {
      // A frame around paragraphs (a 专栏 box): its paragraphs are lines.
      for (const row of rows) for (const cell of cellsOf(row)) this.walk(cell);
      this.end();
      return;
    }
    for (const row of rows) {
      const cells: string[] = [];
      for (const cell of cellsOf(row)) {
        const inner = new Lines();
        for (const child of Array.from(cell.childNodes)) inner.walk(child);
        cells.push(inner.done().join("").replace(/\|/g, "/"));
        const span = Number(cell.getAttribute?.("colspan") ?? 1);
        for (let i = 1; i < Math.min(span, 50); ++i) cells.push("");
      }
      this.lines.push(cells.join(" | "));
    }
  }

  done(): string[] {
    this.end();
    return this.lines;
  }
}

/** The elements named `name` below node, not looking inside nested elements named `stop` (a nested table). */
function descendants(node: DomNode, name: string, stop: string): DomNode[] {
  const out: DomNode[] = [];
  const visit = (n: DomNode) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const tag = c.nodeName.toUpperCase();
      if (tag === name) out.push(c);
      else if (tag !== stop) visit(c);
    }
  };
  visit(node);
  return out;
}
