/**
 * What the CLIs (bin/parse.ts, bin/validate.ts) share about the files a user names: one rule for reading an
 * input file and one for checking an output folder. Each returns a one-line reason instead of throwing, so that
 * the CLI answers with that line and exit code 2.
 *
 * - readInputFile: a missing or unreadable path, a directory, anything but a regular file (a FIFO, a device, a
 *   socket, a pseudo-file under /proc or /sys, which can be endless or block) is refused before it is read; a
 *   0-byte file is empty. Whether the bytes hold any text (a BOM or white space only is empty too) is
 *   isEmptyText, applied by each CLI to the text it decodes.
 * - checkOutputDir: the folder --out names exists as a folder or can be made, and can be written to.
 */
import {accessSync, constants, mkdirSync, readFileSync, realpathSync, statSync} from "node:fs";
import {stripBom} from "../src/lib/csv.js";

/** The reason for an error of the file system, as a user reads it. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is a file, not a folder";
  if (code === "EROFS") return "read-only file system";
  if (code === "EISDIR") return "is a directory";
  return (error as Error).message.split("\n")[0];
}

/** The bytes of the file at path, or the reason (one line, without the path) it is not read. */
export function readInputFile(path: string, what = "file"): {bytes: Buffer} | {error: string} {
  let stat;
  let real;
  try {
    stat = statSync(path);
    real = realpathSync(path);
  } catch (error) {
    return {error: fsReason(error)};
  }
  if (stat.isDirectory()) return {error: `is a directory, not a ${what}`};
  if (!stat.isFile()) return {error: `not a regular file (a device, pipe or socket), not a ${what}`};
  if (/^\/(proc|sys)(\/|$)/.test(real)) return {error: `a pseudo-file of the system (${real}), not a ${what}`};
  if (stat.size === 0) return {error: "the file is empty"};
  try {
    return {bytes: readFileSync(path)};
  } catch (error) {
    return {error: fsReason(error)};
  }
}

/** Whether decoded text holds nothing but a BOM and white space (full-width spaces included): an empty file. */
export function isEmptyText(text: string): boolean {
  return stripBom(text).trim() === "";
}

/** Null when the folder exists (or is made now) and can be written to; else why not (one line, without the path). */
export function checkOutputDir(dir: string): string | null {
  try {
    const stat = statSync(dir, {throwIfNoEntry: false});
    if (stat && !stat.isDirectory()) return "exists and is not a folder";
    if (!stat) mkdirSync(dir, {recursive: true});
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write there (${fsReason(error)})`;
  }
}
