/**
 * readPlanFile(name, bytes, options): the text of a plan from a file a user chose, in the browser or in Node, in
 * the formats governments publish plans in. The format is decided from the bytes (formats/sniff.ts), the name
 * only words the messages; each format has its reader in src/lib/formats/:
 *
 * | bytes                        | format  | reader                                                            |
 * | ---------------------------- | ------- | ----------------------------------------------------------------- |
 * | `%PDF-`                      | pdf     | pdf.ts (pdf.js): lines in reading order, headers/footers removed  |
 * | OLE compound file            | doc     | word.ts (cfb + [MS-DOC] piece table): Word .doc and WPS .wps       |
 * | ZIP with word/document.xml   | docx    | docx.ts (mammoth)                                                 |
 * | ZIP with OFD.xml             | ofd     | ofd.ts (jszip + linkedom): the text layer of each page            |
 * | MIME multipart/related       | mhtml   | mhtml.ts (postal-mime), then html.ts                              |
 * | `<!DOCTYPE html`, `<html` …  | html    | html.ts (Readability + linkedom): the article body, page header   |
 * | anything else                | text    | reader/decode.ts: UTF-8, UTF-16 with BOM, GB18030                  |
 *
 * A file that cannot be read (RTF, an image, a scanned PDF, a damaged or protected file, binary bytes) gives empty
 * text, `unreadable` (why, in one line) and that line, naming the file, as its only message. `extent` says how much
 * of the file was read (the CLI and the load page put it in the reading report).
 *
 * It never throws: every problem is a message.
 */
import {decodePlan} from "./reader/decode.js";
import type {PdfOptions} from "./formats/pdf.js";
import {FORMAT_NAMES, unreadable, type DomParserLike, type FormatRead, type PlanFormat} from "./formats/result.js";
import {sniffFormat} from "./formats/sniff.js";

// Each format's reader (and its library) is imported when a file of that format is read, not with the page.

export {FORMAT_NAMES, type PlanFormat} from "./formats/result.js";

export interface PlanFile extends FormatRead {
  /** The encoding a text file was read in (utf-8, utf-16le, utf-16be, gb18030). */
  encoding?: string;
}

export interface ReadOptions {
  /** Where pdf.js finds its worker and CMaps (formats/pdf.ts). */
  pdf?: PdfOptions;
  /** An HTML and XML parser (the browser's DOMParser; linkedom's in Node, formats/node.ts): saved pages and OFD. */
  dom?: DomParserLike;
}

/** The extensions each format is saved under: a name that says otherwise gets a message. */
const EXTENSIONS: Record<PlanFormat, string[]> = {
  text: ["txt", "text"],
  docx: ["docx"],
  doc: ["doc", "wps", "dot", "wpt"],
  pdf: ["pdf"],
  html: ["html", "htm", "shtml", "xhtml"],
  mhtml: ["mhtml", "mht"],
  ofd: ["ofd"]
};

function extension(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name.trim());
  return m ? m[1].toLowerCase() : "";
}

const noDom = (format: PlanFormat) =>
  unreadable(format, `a ${FORMAT_NAMES[format]}, but no HTML/XML parser was given to read it`);

async function readBytes(bytes: Uint8Array, options: ReadOptions): Promise<FormatRead> {
  switch (sniffFormat(bytes)) {
    case "pdf":
      return (await import("./formats/pdf.js")).readPdf(bytes, options.pdf);
    case "ole":
      return (await import("./formats/word.js")).readWord(bytes);
    case "zip": {
      const kind = await (await import("./formats/zip.js")).zipKind(bytes);
      if (kind === "docx")
        return (
          (await (await import("./formats/docx.js")).readDocx(bytes)) ??
          unreadable(
            "docx",
            "could not be read as a Word document (it may be damaged): open it in Word or WPS and save it again"
          )
        );
      if (kind === "ofd")
        return options.dom ? (await import("./formats/ofd.js")).readOfd(bytes, options.dom) : noDom("ofd");
      if (kind === "damaged")
        return unreadable("text", "could not be read as a Word document or an OFD: the ZIP archive is damaged");
      return unreadable(
        "text",
        "a ZIP archive but not a Word .docx or an OFD document: save the plan as .docx, .pdf or .txt"
      );
    }
    case "rtf":
      return unreadable("text", "an RTF document, which is not read here: save it as .docx or .txt");
    case "image":
      return unreadable(
        "text",
        "an image (a scan?), which holds no text to read: run OCR on it first, or load the plan as text"
      );
    case "mhtml":
      return options.dom ? (await import("./formats/mhtml.js")).readMhtml(bytes, options.dom) : noDom("mhtml");
    case "html": {
      const decoded = decodePlan(bytes);
      if (!options.dom) return noDom("html");
      return {...(await import("./formats/html.js")).readHtml(decoded.text, options.dom), encoding: decoded.encoding};
    }
    default: {
      const decoded = decodePlan(bytes);
      if (decoded.binary)
        return {
          ...unreadable(
            "text",
            "not a text file (binary content) nor a format read here: load a .txt, .docx, .doc, .wps, .pdf, .ofd or a saved web page, or paste the text"
          ),
          encoding: decoded.encoding
        };
      return {text: decoded.text, format: "text", encoding: decoded.encoding, messages: []};
    }
  }
}

/**
 * A file a user chose, as plan text (see above): the format sniffed from its bytes, never from its name; messages
 * say what could not be read, and why, naming the file.
 */
export async function readPlanFile(
  name: string,
  input: ArrayBuffer | Uint8Array,
  options: ReadOptions = {}
): Promise<PlanFile> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const ext = extension(name);
  const file = name || "the file";
  if (bytes.length === 0) return {...unreadable("text", "the file is empty"), messages: [`${file}: the file is empty`]};
  let read: FormatRead;
  try {
    read = await readBytes(bytes, options);
  } catch (error) {
    // A reader's library failing in a way it did not foresee: still one line.
    read = unreadable("text", `could not be read (${(error as Error).message})`);
  }
  if (read.unreadable) return {...read, messages: [`${file}: ${read.unreadable}`]};
  const messages = [...read.messages];
  const named = Object.entries(EXTENSIONS).find(([, list]) => list.includes(ext))?.[0] as PlanFormat | undefined;
  if (named && named !== read.format && !(named === "html" && read.format === "text"))
    messages.unshift(`${file} is named .${ext} but is a ${FORMAT_NAMES[read.format]}: it was read as such`);
  return {...read, messages};
}
