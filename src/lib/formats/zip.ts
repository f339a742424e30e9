/**
 * zipKind(bytes): what a ZIP archive holds, from its entries (jszip): a Word .docx (`word/document.xml`), an OFD (`OFD.xml` at its root, GB/T 33190), something
 * else, or a damaged archive.
 */
import JSZip from "jszip";

export type ZipKind = "docx" | "ofd" | "other" | "damaged";

export async function zipKind(bytes: Uint8Array): Promise<ZipKind> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "damaged";
  }
  const names = Object.keys(zip.files);
  if (names.some((n) => /^ofd\.xml$/i.test(n))) return "ofd";
  if (names.includes("word/document.xml")) return "docx";
  return "other";
}
