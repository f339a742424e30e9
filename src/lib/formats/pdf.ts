/**
 * readPdf(bytes, options): the text of a PDF plan, read with Mozilla's pdf.js (`pdfjs-dist`, the reader inside
 * Firefox; its text layer gives every run of text with its position, which this module lays out as lines).
 *
 * The runs are laid out by laidOutText (layout.ts): reading order, running headers, footers and page numbers
 * removed, table rows as `a | b | c`, hard-wrapped lines left for the reader to join, pages without text (scans)
 * counted. A password-protected or damaged PDF is unreadable, with the reason.
 *
 * Options (what the environment gives): `workerSrc`, the URL of pdf.js's worker module (in the browser, served
 * from the site itself; in Node pdf.js runs it in-process), and `cMapUrl`, the folder of pdf.js's CMaps (needed
 * by PDFs whose Chinese fonts are not embedded).
 */
import {laidOutText, type TextRun} from "./layout.js";
import {unreadable, type FormatRead} from "./result.js";

export interface PdfOptions {
  workerSrc?: string;
  cMapUrl?: string;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

async function loadPdfJs(): Promise<PdfJs> {
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<FormatRead> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return unreadable("pdf", `the PDF reader could not be loaded (${(error as Error).message})`);
  }
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  // pdf.js takes the buffer over (it is transferred to the worker): give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    verbosity: 0
  });
  let pages: TextRun[][];
  try {
    const doc = await task.promise;
    pages = [];
    for (let n = 1; n <= doc.numPages; ++n) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3) continue; // rotated text (a stamp, a watermark)
        runs.push({str: item.str, x: e, y: f, width: item.width, size: Math.max(Math.abs(a), Math.abs(d), 1)});
      }
      pages.push(runs);
      page.cleanup();
    }
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") return unreadable("pdf", "the PDF is protected by a password");
    return unreadable("pdf", `the PDF could not be read (${(error as Error).message || name}): it may be damaged`);
  } finally {
    await task.destroy();
  }
  return laidOutText(pages, "pdf");
}
