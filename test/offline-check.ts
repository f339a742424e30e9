// Usage: tsx test/offline-check.ts [dir]. Fails if the built site (default dist) references a CDN.
import {existsSync, statSync} from "node:fs";
import {findCdnReferences, listFiles} from "./offline.ts";

const dir = process.argv[2] ?? "dist";

if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`offline check: folder "${dir}" is missing; run npm run build first`);
  process.exit(2);
}
const count = listFiles(dir).length;
if (count === 0) {
  console.error(`offline check: folder "${dir}" is empty; run npm run build first`);
  process.exit(2);
}

const hits = findCdnReferences(dir);
for (const {file, needle, line} of hits) console.error(`${dir}/${file}:${line}: contains "${needle}"`);
if (hits.length > 0) {
  console.error(`offline check: ${hits.length} CDN reference(s) in ${count} files`);
  process.exit(1);
}
console.log(`offline check: ${count} files, no CDN references`);
