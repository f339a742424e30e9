// Every data file of the site in one archive, so that a build parses the plan once, in one process:
// FileAttachment("data/plan.json") and FileAttachment("data/tables/items.csv") are members of this archive,
// which Framework extracts (see src/loaders/site-files.ts for the list). There is no src/data/ folder: with one,
// Framework would search it (a glob per interpreter) for every data file of every page before trying the archive.
import JSZip from "jszip";
import {siteFiles} from "./loaders/site-files.js";

const zip = new JSZip();
for (const [path, contents] of siteFiles()) zip.file(path, contents);
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "STORE"}));
