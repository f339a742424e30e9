/**
 * What Node gives the format readers that a browser has of its own (for bin/ and the tests; no page imports it):
 * linkedom's DOMParser (an HTML and XML DOM without a browser) and the folder of pdf.js's CMaps in node_modules.
 * pdf.js runs its worker in-process in Node, so no worker URL is needed.
 */
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {DOMParser} from "linkedom";
import type {ReadOptions} from "../readPlanFile.js";
import type {DomParserLike} from "./result.js";

export function nodeReadOptions(): ReadOptions {
  const require = createRequire(import.meta.url);
  return {
    dom: new DOMParser() as unknown as DomParserLike,
    pdf: {cMapUrl: join(dirname(require.resolve("pdfjs-dist/package.json")), "cmaps/")}
  };
}
