/**
 * What every format reader returns: the text handed to the plan reader, what was read of the file (for the reading
 * report) and messages for the user. A reader never throws: a file it cannot read gives empty text and one message
 * saying why (`unreadable`).
 */
export type PlanFormat = "text" | "docx" | "doc" | "pdf" | "html" | "mhtml" | "ofd";

/** A format as a user names it, for messages. */
export const FORMAT_NAMES: Record<PlanFormat, string> = {
  text: "plain text file",
  docx: "Word document (.docx)",
  doc: "Word 97–2003 or WPS document (.doc, .wps)",
  pdf: "PDF",
  html: "web page",
  mhtml: "web page archive (MHTML)",
  ofd: "OFD document"
};

export interface FormatRead {
  text: string;
  format: PlanFormat;
  /** How much of the file was read, as a user reads it: "12 of 12 pages", "the article body (main)". */
  extent?: string;
  /** Set when nothing could be read: why, in one line (without the file's name). */
  unreadable?: string;
  messages: string[];
  /** The encoding a text file (or a saved page) was read in. */
  encoding?: string;
}

/** A file that cannot be read: no text, the reason. */
export function unreadable(format: PlanFormat, reason: string): FormatRead {
  return {text: "", format, unreadable: reason, messages: []};
}

/** A Uint8Array's own ArrayBuffer, copied only when the view is a slice of a larger buffer. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/**
 * An HTML and XML parser with the browser's DOMParser API: the page passes `new DOMParser()` (its documents are
 * inert: no script runs, nothing loads), Node passes linkedom's (formats/node.ts). The readers of saved web pages
 * and OFD need one.
 */
export interface DomParserLike {
  parseFromString(text: string, type: "text/html" | "text/xml"): Document;
}
