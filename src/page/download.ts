/**
 * download(text, filename, label): a link that saves the text as a file, made in the browser (a blob: URL),
 * so nothing leaves the machine. CSV text should start with a BOM for Excel (see src/lib/csv.ts).
 *
 *   download(observationTemplate(plan), "observations-template.csv", "Download template")
 */
export function download(
  text: string,
  filename: string,
  label: string,
  {type = "text/csv;charset=utf-8", document = globalThis.document}: {type?: string; document?: Document} = {}
): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = label;
  a.download = filename;
  a.className = "download";
  a.href = URL.createObjectURL(new Blob([text], {type}));
  return a;
}
