/**
 * readOfd(bytes): the text of an OFD document (版式文档, GB/T 33190-2016, the national fixed-layout format that
 * government offices publish alongside or instead of PDF). An OFD is a ZIP archive of XML files, opened with
 * `jszip` (already used for .docx) and parsed with the DOM parser given (the browser's, or linkedom's in Node):
 *
 * - `OFD.xml` → `DocBody/DocRoot` names the document (`Doc_0/Document.xml`), whose `Pages/Page` list gives each
 *   page's `BaseLoc` (`Pages/Page_0/Content.xml`) in reading order;
 * - on a page, each `TextObject` (with its `Boundary` "x y w h" in millimetres from the top left, and its font
 *   `Size`) holds `TextCode` runs at `X`, `Y` (the baseline) inside the boundary, with `DeltaX` the advances of
 *   the characters ("g n d" repeats d n times). Page templates (`Template`, the running header of a 红头文件) and
 *   annotations (a seal) are not read.
 *
 * The runs are laid out by laidOutText (layout.ts), as a PDF's are: reading order, running headers, footers and
 * page numbers removed, table rows, pages without text (scans) counted.
 */
import JSZip from "jszip";
import {laidOutText, type TextRun} from "./layout.js";
import {unreadable, type DomParserLike, type FormatRead} from "./result.js";

interface XmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
}

const local = (node: XmlNode) => node.nodeName.replace(/^.*:/, "");

function elements(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of Array.from(node.childNodes)) {
    if (c.nodeType !== 1) continue;
    if (local(c) === name) out.push(c);
    elements(c, name, out);
  }
  return out;
}

/** A path inside the archive: absolute (from the root) or relative to the folder of the file that names it. */
function resolve(base: string, path: string): string {
  const parts = (path.startsWith("/") ? path.slice(1) : base.replace(/[^/]*$/, "") + path).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Numbers of an attribute: "1 2 3"; DeltaX's "g 3 5.2" gives 5.2 three times. */
function numbers(value: string | null): number[] {
  const tokens = (value ?? "").trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; ++i) {
    if (tokens[i] === "g") {
      const n = Number(tokens[i + 1]);
      const d = Number(tokens[i + 2]);
      for (let k = 0; k < n && k < 10000; ++k) out.push(d);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out;
}

export async function readOfd(bytes: Uint8Array, dom: DomParserLike): Promise<FormatRead> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return unreadable("ofd", `the OFD archive could not be opened (${(error as Error).message})`);
  }
  const file = async (path: string) => {
    const entry = zip.file(path) ?? zip.file(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i"))[0];
    return entry ? (dom.parseFromString(await entry.async("string"), "text/xml") as unknown as XmlNode) : null;
  };
  const pages: TextRun[][] = [];
  try {
    const ofd = await file("OFD.xml");
    if (!ofd) return unreadable("ofd", "a ZIP archive without OFD.xml: not an OFD document");
    const root = elements(ofd, "DocRoot")[0]?.textContent?.trim();
    if (!root) return unreadable("ofd", "OFD.xml names no document (DocRoot)");
    const docPath = resolve("", root);
    const doc = await file(docPath);
    if (!doc) return unreadable("ofd", `the document ${docPath} is missing from the OFD archive`);
    const pageList = elements(elements(doc, "Pages")[0] ?? doc, "Page");
    for (const page of pageList) {
      const path = resolve(docPath, page.getAttribute("BaseLoc") ?? "");
      const content = await file(path);
      pages.push(content ? pageRuns(content) : []);
    }
    if (!pageList.length) return unreadable("ofd", "the OFD document has no pages");
  } catch (error) {
    return unreadable("ofd", `the OFD document could not be read (${(error as Error).message})`);
  }
  return laidOutText(pages, "ofd");
}

/** The runs of text on a page: each TextCode, placed by its TextObject's boundary; y upwards, as laidOutText wants. */
function pageRuns(page: XmlNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const object of elements(page, "TextObject")) {
    const [bx = 0, by = 0] = numbers(object.getAttribute("Boundary"));
    const size = Number(object.getAttribute("Size")) || 3.5;
    const ctm = numbers(object.getAttribute("CTM"));
    // A rotated object (a stamp or a watermark) is not text of the plan.
    if (ctm.length === 6 && (Math.abs(ctm[1]) > 1e-3 || Math.abs(ctm[2]) > 1e-3)) continue;
    const scale = ctm.length === 6 ? Math.abs(ctm[3]) || 1 : 1;
    let x = 0;
    let y = 0;
    for (const code of elements(object, "TextCode")) {
      const str = code.textContent ?? "";
      if (code.getAttribute("X") !== null) x = Number(code.getAttribute("X"));
      if (code.getAttribute("Y") !== null) y = Number(code.getAttribute("Y"));
      const deltas = numbers(code.getAttribute("DeltaX"));
      const chars = [...str];
      const advance = deltas.slice(0, chars.length - 1).reduce((a, b) => a + b, 0);
      const width = advance + size * scale;
      if (str.trim()) runs.push({str, x: bx + x * scale, y: -(by + y * scale), width, size: size * scale});
      x += advance + size * scale; // a TextCode without X continues after the previous one
    }
  }
  return runs;
}
