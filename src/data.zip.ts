// Every data file of the site in one archive, so that a build parses the plan once, in one process:
// FileAttachment("data/plan.json") and FileAttachment("data/tables/items.csv") are members of this archive,
// which Framework extracts (see src/data/site-files.ts for the list).
import JSZip from "jszip";
import {siteFiles} from "./data/site-files.js";

const zip = new JSZip();
for (const [path, contents] of siteFiles()) zip.file(path, contents);
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "STORE"}));
