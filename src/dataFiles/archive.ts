/** How the data loaders write their output: a ZIP archive (STORE: the files are small, Framework extracts them). */
import JSZip from "jszip";

export async function writeZip(files: Map<string, string | Uint8Array>): Promise<void> {
  const zip = new JSZip();
  for (const [path, contents] of files) zip.file(path, contents);
  process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "STORE"}));
}

/**
 * The value of a route parameter Framework passes to a loader under a [name] folder (`--plan=yanan-2024-8`).
 * Throws when it is missing.
 */
export function routeParameter(name: string, argv = process.argv): string {
  const prefix = `--${name}=`;
  const arg = argv.find((a) => a.startsWith(prefix));
  if (!arg) throw new Error(`no ${prefix}… argument: this loader is run by Framework for a /plans/<${name}>/ page`);
  return arg.slice(prefix.length);
}
