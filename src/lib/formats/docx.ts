/**
 * readDocx(bytes): the text of a Word .docx, read with mammoth (its document tree, not its HTML): one paragraph
 * becomes one line (empty paragraphs are dropped); a table row with two or more cells becomes one line with its
 * cells separated by " | " (so the indicator table reads as a table); a one-cell table (a 专栏 box drawn as a frame)
 * gives its paragraphs as lines. Merged cells keep the columns aligned: a cell spanning columns is followed by empty
 * cells, a cell spanning rows is repeated in the rows below. Null when mammoth cannot open it as a Word document.
 */
import type Mammoth from "mammoth";
import {ownBuffer, type FormatRead} from "./result.js";

/**
 * mammoth's prebuilt browser bundle, in Node too: Framework's bundler does not apply the "browser" field of
 * mammoth's package.json to the files mammoth requires, so `import "mammoth"` would pull in Node's fs, os, path
 * and url. The bundle has no declaration file; its API is mammoth's. It is imported when a .docx is read, not with
 * the page: it is 300 KB.
 */
async function loadMammoth(): Promise<typeof Mammoth> {
  // @ts-ignore
  return (await import("mammoth/mammoth.browser.js")).default as typeof Mammoth;
}

// mammoth's document model (lib/documents.js), as far as it is read here.
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  breakType?: string;
  numbering?: unknown;
  colSpan?: number;
  rowSpan?: number;
}

export async function readDocx(bytes: Uint8Array): Promise<FormatRead | null> {
  // mammoth reads {arrayBuffer} in its browser bundle and {buffer} in Node's build; JSZip takes either form.
  const arrayBuffer = ownBuffer(bytes);
  let lines: string[] | null = null;
  let numbered = 0;
  try {
    const mammoth = await loadMammoth();
    const source = {arrayBuffer, buffer: bytes} as unknown as {arrayBuffer: ArrayBuffer};
    await mammoth.convertToHtml(source, {
      // The text is taken from the document tree; the HTML conversion is given an empty document.
      transformDocument: (document: DocElement) => {
        const out = new DocumentText();
        out.blocks(document.children ?? []);
        lines = out.lines;
        numbered = out.numbered;
        return {...document, children: []};
      }
    });
  } catch {
    return null;
  }
  if (lines === null) return null;
  // One paragraph, one line: empty paragraphs (spacing in Word) are dropped, as the parser skips blank lines.
  const text = (lines as string[]).filter((l) => l.trim() !== "").join("\n");
  const messages: string[] = [];
  if (!text) messages.push("the Word document has no text");
  if (numbered > 0)
    messages.push(
      `${numbered} paragraph${numbered === 1 ? " uses" : "s use"} Word's automatic numbering, which is not part of the text: headings numbered that way (一、, (一)) are not recognised — turn the numbering into text in Word, or save the plan as .txt, and load it again`
    );
  return {text, format: "docx", extent: `${text ? text.split("\n").length : 0} paragraphs and table rows`, messages};
}

/** Walks mammoth's document tree and writes one line per paragraph and per table row. */
class DocumentText {
  lines: string[] = [];
  numbered = 0;

  blocks(elements: DocElement[]): void {
    for (const e of elements) {
      if (e.type === "paragraph") {
        if (e.numbering) ++this.numbered;
        this.lines.push(...inline(e.children ?? []).split("\n"));
      } else if (e.type === "table") this.table(e);
      else if (e.children) this.blocks(e.children);
    }
  }

  table(table: DocElement): void {
    const rows = (table.children ?? []).filter((r) => r.type === "tableRow");
    const oneCell = rows.every((r) => (r.children ?? []).filter((c) => c.type === "tableCell").length <= 1);
    if (oneCell) {
      // A frame around paragraphs (a 专栏 box): its paragraphs are lines.
      for (const row of rows) for (const cell of row.children ?? []) this.blocks(cell.children ?? []);
      return;
    }
    // Cells spanning rows, by column: the text to repeat and the rows left.
    const spans = new Map<number, {text: string; rows: number}>();
    for (const row of rows) {
      const cells: string[] = [];
      const put = (text: string) => cells.push(text);
      const fillSpans = () => {
        let span: {text: string; rows: number} | undefined;
        while ((span = spans.get(cells.length)) && span.rows > 0) {
          --span.rows;
          put(span.text);
        }
      };
      for (const cell of (row.children ?? []).filter((c) => c.type === "tableCell")) {
        fillSpans();
        const text = cellText(cell);
        const column = cells.length;
        const colSpan = Math.max(1, cell.colSpan ?? 1);
        if ((cell.rowSpan ?? 1) > 1) spans.set(column, {text, rows: (cell.rowSpan ?? 1) - 1});
        put(text);
        for (let i = 1; i < colSpan; ++i) put("");
      }
      fillSpans();
      this.lines.push(cells.join(" | "));
    }
  }
}

/** A cell's text on one line: its paragraphs joined (Chinese needs no separator), a nested table's rows too. */
function cellText(cell: DocElement): string {
  const inner = new DocumentText();
  inner.blocks(cell.children ?? []);
  return inner.lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join("")
    .replace(/\|/g, "/");
}

/** The text of runs, hyperlinks and the like: tabs kept, line breaks as \n. */
function inline(elements: DocElement[]): string {
  let text = "";
  for (const e of elements) {
    if (e.type === "text") text += e.value ?? "";
    else if (e.type === "tab") text += "\t";
    else if (e.type === "break") text += e.breakType === "line" || !e.breakType ? "\n" : "";
    else if (e.children && e.type !== "noteReference" && e.type !== "commentReference") text += inline(e.children);
  }
  return text;
}
