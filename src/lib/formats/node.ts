/**
 * What Node gives the format readers that a browser has of its own (for bin/ and the tests; no page imports it):
 * linkedom's DOMParser (an HTML and XML DOM without a browser) and the folder of pdf.js's CMaps in node_modules.
 * pdf.js runs its worker in-process in Node, so no worker URL is needed. linkedom is loaded when a web page or an
 * OFD is first read, so that reading a .txt does not pay for it.
 */
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import type {ReadOptions} from "../readPlanFile.js";
import type {DomParserLike} from "./result.js";

const require = createRequire(import.meta.url);

let parser: DomParserLike | undefined;

/** linkedom's DOMParser, made on first use. */
const linkedomParser: DomParserLike = {
  parseFromString(text, type) {
    parser ??= new (require("linkedom") as typeof import("linkedom")).DOMParser() as unknown as DomParserLike;
    return parser.parseFromString(text, type);
  }
};

export function nodeReadOptions(): ReadOptions {
  return {dom: linkedomParser, pdf: {cMapUrl: join(dirname(require.resolve("pdfjs-dist/package.json")), "cmaps/")}};
}
