/**
 * readWord(bytes): the text of a Word 97–2003 document (.doc) or a WPS Office document (.wps, which WPS writes in
 * the same binary format), as .docx already gives: one paragraph one line, a table row `a | b | c`.
 *
 * The OLE compound file (the container of .doc, .wps, .xls …) is opened with SheetJS's `cfb` (maintained, pure
 * JavaScript, the same in the browser and Node). The text is then taken as [MS-DOC] §2.4.1 "Retrieving Text"
 * describes: the FIB at the start of the `WordDocument` stream names the table stream (`0Table` or `1Table`,
 * fWhichTblStm) and the offset of the CLX in it (fcClx, lcbClx); the CLX's piece table maps character positions
 * to runs of UTF-16LE or compressed 8-bit text in `WordDocument`; the main document is the first ccpText
 * characters. (`word-extractor` reads the same way, but only in Node: it needs Node's stream and Buffer.)
 *
 * Special characters ([MS-DOC] §2.8.25): \r ends a paragraph; \x07 ends a table cell, and a second \x07 the row;
 * \x0b is a line break, \x0c a page or section break; a field's instructions (between \x13 and \x14) are dropped
 * and its result kept; anchors of pictures, notes and objects are dropped.
 */
import * as cfbModule from "cfb";

// cfb is CommonJS: Node gives its exports as the default export and as names, Framework's browser bundle only as
// the default export.
const CFB = ((cfbModule as unknown as {default?: typeof cfbModule}).default ?? cfbModule) as typeof cfbModule;
import {unreadable, type FormatRead} from "./result.js";
import {countEn} from "../vocabulary.js";

export function readWord(bytes: Uint8Array): FormatRead {
  let container;
  try {
    container = CFB.read(bytes, {type: "array"});
  } catch (error) {
    return unreadable("doc", `the Office file could not be opened (${(error as Error).message}): it may be damaged`);
  }
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : null;
  };
  const word = stream("WordDocument");
  if (!word) {
    const kind =
      stream("Workbook") || stream("Book")
        ? "an Excel workbook"
        : stream("PowerPoint Document")
          ? "a PowerPoint file"
          : "not a Word or WPS document";
    return unreadable("doc", `an Office file but ${kind} (no WordDocument stream)`);
  }
  let text: string;
  try {
    text = wordText(word, (name) => stream(name));
  } catch (error) {
    return unreadable("doc", `the Word document could not be read (${(error as Error).message})`);
  }
  const lines = paragraphs(text);
  if (!lines.some((l) => l.trim())) return unreadable("doc", "the Word document has no text");
  return {
    text: lines.join("\n"),
    format: "doc",
    extent: `the main text (${countEn(text.length, "character")})`,
    messages: []
  };
}

/** The main document's characters, special characters included, from the WordDocument stream and its table stream. */
export function wordText(word: Uint8Array, stream: (name: string) => Uint8Array | null): string {
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 0x1aa || view.getUint16(0, true) !== 0xa5ec) throw new Error("not a Word 97 or later document");
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100) throw new Error("the document is encrypted");
  const table = stream(flags & 0x0200 ? "1Table" : "0Table");
  if (!table) throw new Error("the table stream is missing");
  const ccpText = view.getUint32(0x4c, true);
  const fcClx = view.getUint32(0x1a2, true);
  const lcbClx = view.getUint32(0x1a6, true);
  const clx = new DataView(table.buffer, table.byteOffset + fcClx, Math.min(lcbClx, table.length - fcClx));
  // Skip the Prc entries (0x01, cbGrpprl, grpprl); then the Pcdt (0x02, lcb, PlcPcd).
  let pos = 0;
  while (pos < clx.byteLength && clx.getUint8(pos) === 0x01) pos += 3 + clx.getUint16(pos + 1, true);
  if (clx.getUint8(pos) !== 0x02) throw new Error("no piece table");
  const lcb = clx.getUint32(pos + 1, true);
  const plc = pos + 5;
  const n = (lcb - 4) / 12; // n+1 character positions (4 bytes), n piece descriptors (8 bytes)
  const latin = new TextDecoder("windows-1252");
  const utf16 = new TextDecoder("utf-16le");
  let text = "";
  for (let i = 0; i < n && text.length < ccpText; ++i) {
    const cpStart = clx.getUint32(plc + 4 * i, true);
    const cpEnd = clx.getUint32(plc + 4 * (i + 1), true);
    const fc = clx.getUint32(plc + 4 * (n + 1) + 8 * i + 2, true);
    const count = Math.min(cpEnd, ccpText) - cpStart;
    if (count <= 0) continue;
    if (fc & 0x40000000) {
      const start = (fc & ~0x40000000) / 2;
      text += latin.decode(word.subarray(start, start + count));
    } else text += utf16.decode(word.subarray(fc, fc + 2 * count));
  }
  return text.slice(0, ccpText);
}

/** Characters with Word's marks as lines: paragraphs, and table rows `a | b | c`. */
export function paragraphs(text: string): string[] {
  // Fields: keep the result, drop the instructions (nested fields are rare in plans; the outer one is handled).
  const plain = text
    .replace(/\x13[^\x13\x14\x15]*\x14([^\x13\x15]*)\x15/g, "$1")
    .replace(/\x13[^\x13\x14\x15]*\x15/g, "")
    .replace(/[\x01\x02\x03\x04\x05\x08\x1f]/g, "")
    .replace(/\x1e/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/[\x0b\x0c]/g, "\r");
  const lines: string[] = [];
  let pending: string[] = []; // paragraphs of the cell being read (or body text, when no cell follows)
  let cells: string[][] = []; // the row being read: each cell's paragraphs
  let afterCell = false;
  let piece = "";
  const endRow = () => {
    // A one-cell row (a 专栏 box drawn as a frame) gives its paragraphs as lines; a row of cells one line.
    if (cells.length === 1) lines.push(...cells[0]);
    else if (cells.length)
      lines.push(
        cells
          .map((c) =>
            c
              .map((p) => p.trim())
              .join("")
              .replace(/\|/g, "/")
          )
          .join(" | ")
      );
    cells = [];
  };
  for (const ch of plain) {
    if (ch === "\r") {
      if (cells.length) pending.push(piece);
      else lines.push(piece);
      piece = "";
      afterCell = false;
    } else if (ch === "\x07") {
      if (afterCell && piece === "" && !pending.length) {
        endRow(); // the row mark
        afterCell = false;
        continue;
      }
      cells.push([...pending, piece]);
      pending = [];
      piece = "";
      afterCell = true;
    } else {
      piece += ch;
      afterCell = false;
    }
  }
  endRow();
  lines.push(...pending, piece);
  return lines.map((l) => l.replace(/\s+$/, "")).filter((l) => l.trim() !== "");
}
