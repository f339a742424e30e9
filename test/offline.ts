// Scans a built site for references to CDNs: the app must work with no network (`npm run check:offline`).
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";

/** Strings that betray a resource loaded from the network instead of from the build output. */
export const CDN_NEEDLES = ["cdn.jsdelivr", "/_npm/", "fonts.googleapis"] as const;

export interface CdnReference {
  /** Path relative to the scanned folder, with forward slashes. */
  file: string;
  needle: string;
  /** 1-based line number of the occurrence; 0 when the file's own path is under _npm/ (a module fetched from a CDN). */
  line: number;
}

/** Every file under dir (recursively), as paths joined onto dir, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** Reports each line of each file under dir that contains a needle, once per (file, needle, line). */
export function findCdnReferences(dir: string): CdnReference[] {
  const hits: CdnReference[] = [];
  for (const path of listFiles(dir)) {
    const file = relative(dir, path).split("\\").join("/");
    if (file.startsWith("_npm/")) hits.push({file, needle: "/_npm/", line: 0});
    // latin1 maps every byte to one char, so binary files (png, woff2) are scanned too without decoding errors.
    const lines = readFileSync(path, "latin1").split("\n");
    for (const needle of CDN_NEEDLES) {
      lines.forEach((text, i) => {
        if (text.includes(needle)) hits.push({file, needle, line: i + 1});
      });
    }
  }
  return hits;
}
