/**
 * readMhtml(bytes): the text of a web page saved as one MHTML file (.mhtml, .mht: "Save page as… single file" in
 * Chrome, Edge and 360 browsers). MHTML is a MIME message (RFC 2557); it is opened with `postal-mime` (a maintained
 * MIME parser for browsers and Node, without dependencies), whose HTML part is the page, read by readHtml.
 */
import PostalMime from "postal-mime";
import {readHtml} from "./html.js";
import {unreadable, type DomParserLike, type FormatRead} from "./result.js";

export async function readMhtml(bytes: Uint8Array, dom: DomParserLike): Promise<FormatRead> {
  let html: string | undefined;
  try {
    const message = await PostalMime.parse(bytes.slice().buffer as ArrayBuffer);
    html = message.html;
  } catch (error) {
    return unreadable("mhtml", `the MHTML file could not be read (${(error as Error).message})`);
  }
  if (!html) return unreadable("mhtml", "the MHTML file holds no web page (no text/html part)");
  return readHtml(html, dom, "mhtml");
}
