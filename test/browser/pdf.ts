// The number of pages of a PDF that Chromium printed: its page objects (/Type /Page, not /Pages). Chromium's
// PDF writer (Skia) keeps them out of compressed object streams, so they can be counted in the bytes.
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  if (!text.startsWith("%PDF")) throw new Error("not a PDF");
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
