/**
 * readPlanFile(name, bytes): the text of a plan from a file a user chose, in the browser or in Node.
 *
 * - A Word document (.docx, a ZIP archive) is read with mammoth: one paragraph becomes one line, as the parser
 *   expects (empty paragraphs are dropped); a table row with two or more cells becomes one line with its cells separated by " | " (so the
 *   indicator table reads as a table); a one-cell table (a 专栏 box drawn as a frame) gives its paragraphs as
 *   lines. Merged cells keep the columns aligned: a cell spanning columns is followed by empty cells, a cell
 *   spanning rows is repeated in the rows below.
 * - Anything else is decoded with decodePlan (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK).
 * - An old binary Word file (.doc, .wps), a PDF, another kind of ZIP archive, RTF or any other binary file gives
 *   empty text and a message saying what to do instead.
 *
 * It never throws: every problem is a message.
 */
import type Mammoth from "mammoth";
import {decodePlan} from "./reader/decode.js";

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

export interface PlanFile {
  text: string;
  format: "docx" | "text";
  /** The encoding a text file was read in (utf-8, utf-16le, utf-16be, gb18030). */
  encoding?: string;
  messages: string[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file signature of .doc, .xls, .wps … */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function extension(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name.trim());
  return m ? m[1].toLowerCase() : "";
}

/**
 * A file a user chose, as plan text (see above): .docx through mammoth, anything else decoded with decodePlan;
 * messages say what could not be read, and why, naming the file.
 */
export async function readPlanFile(name: string, input: ArrayBuffer | Uint8Array): Promise<PlanFile> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const ext = extension(name);
  const file = name || "the file";
  if (bytes.length === 0) return {text: "", format: ext === "docx" ? "docx" : "text", messages: [`${file} is empty`]};
  if (startsWith(bytes, ZIP)) {
    const read = await readDocx(bytes);
    if (read) return read;
    return {
      text: "",
      format: ext === "docx" ? "docx" : "text",
      messages: [
        ext === "docx"
          ? `${file} could not be read as a Word document (it may be damaged): open it in Word or WPS and save it again as .docx or .txt`
          : `${file} is a ZIP archive but not a Word .docx document: save the plan as .docx or .txt`
      ]
    };
  }
  if (startsWith(bytes, OLE))
    return {
      text: "",
      format: "text",
      messages: [
        `${file} is an old binary Office file (.doc or .wps), which cannot be read here: open it in Word or WPS and save it as .docx or .txt (UTF-8 or GB18030)`
      ]
    };
  if (startsWith(bytes, PDF))
    return {
      text: "",
      format: "text",
      messages: [`${file} is a PDF, which cannot be read here: copy its text and paste it, or save it as .txt`]
    };
  if (startsWith(bytes, RTF))
    return {
      text: "",
      format: "text",
      messages: [`${file} is an RTF document, which cannot be read here: save it as .docx or .txt`]
    };
  const decoded = decodePlan(bytes);
  if (decoded.binary)
    return {
      text: "",
      format: "text",
      encoding: decoded.encoding,
      messages: [`${file} does not look like text: load a .txt (UTF-8 or GB18030) or .docx file, or paste the text`]
    };
  const messages: string[] = [];
  if (ext === "docx") messages.push(`${file} is named .docx but is plain text: it was read as text`);
  return {text: decoded.text, format: "text", encoding: decoded.encoding, messages};
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

/** The text of a .docx, or null when mammoth cannot open it as a Word document. */
async function readDocx(bytes: Uint8Array): Promise<PlanFile | null> {
  // mammoth reads {arrayBuffer} in its browser bundle and {buffer} in Node's build; JSZip takes either form.
  const arrayBuffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
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
  return {text, format: "docx", messages};
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
