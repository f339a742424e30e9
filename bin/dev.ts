/**
 * npm run dev [-- --port 3000 --host 127.0.0.1]: the preview server on the configured plan.
 *
 * Framework re-runs a data loader only when the loader file changes, not when the data it reads does. So this
 * starts from an empty loader cache and, while the server runs, marks the loaders as changed whenever a file
 * under data/ or plan.config.json changes: an edit to the plan or a reference table shows up on reload.
 *
 * It answers every request with `Access-Control-Allow-Origin: *` (Framework's --cors), so that a page on another
 * origin can import an embed (`import {Matrix} from "http://127.0.0.1:3000/embed/matrix.js"`): a module import
 * from another origin is a CORS request, and so is every module it imports and every data file it fetches. Give
 * `--allow-origin <origin>` (once per origin) to allow only those instead. Options: --host, --port, --cors,
 * --allow-origin, as `observable preview` takes them.
 */
import {rmSync, utimesSync, watch} from "node:fs";
import type {IncomingMessage, Server, ServerResponse} from "node:http";
import {parseArgs} from "node:util";
// @ts-expect-error: Framework's preview server has no type declarations (the CLI's own `observable preview`).
import {preview} from "@observablehq/framework/dist/preview.js";
import {join} from "node:path";
import {dataLoaders, loaderOutputs} from "../src/dataFiles/dataLoaders.js";
import {ROOT} from "../src/dataFiles/plan-files.js";

function touchLoaders(why: string) {
  const now = new Date();
  for (const loader of dataLoaders()) utimesSync(join(ROOT, "src", loader), now, now);
  console.log(`dev: ${why} changed; data loaders will run again`);
}

// A fresh start: no output of a loader is reused.
for (const output of dataLoaders().flatMap(loaderOutputs))
  rmSync(join(ROOT, "src/.observablehq/cache", output), {recursive: true, force: true});
let timer: NodeJS.Timeout | undefined;
const onChange = (name: string) => {
  clearTimeout(timer);
  timer = setTimeout(() => touchLoaders(name), 200);
};
watch(join(ROOT, "data"), {recursive: true}, (_, file) => onChange(`data/${file ?? ""}`));
watch(join(ROOT, "plan.config.json"), () => onChange("plan.config.json"));

// The preview server, in this process: Framework's `observable preview` with its --cors (or --allow-origin).
const {values} = parseArgs({
  options: {
    host: {type: "string", default: "127.0.0.1"},
    port: {type: "string"},
    cors: {type: "boolean"},
    "allow-origin": {type: "string", multiple: true},
    "no-open": {type: "boolean"}
  }
});
const origins = values["allow-origin"]?.length && !values.cors ? values["allow-origin"] : ["*"];
const server = await preview({
  hostname: values.host,
  port: values.port === undefined ? undefined : Number(values.port),
  origins,
  open: false
});

// Framework 1.13's preview answers a module of the config's dynamicPaths (/embed/matrix.js) with a module that
// re-exports itself (`export * from "./matrix.js?sha=…"`: its resolver is relative to /_import/, its output to
// the path), so nothing can import it; the build writes `export * from "../_import/embed/matrix.<hash>.js"`.
// Here such a request is redirected to the module itself at /_import/…, which the preview serves (the redirect
// carries the CORS header too), so `npm run dev` serves the embeds as the build does.
const http = (server as unknown as {_server: Server})._server;
const [handle] = http.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
http.removeAllListeners("request");
http.on("request", (req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (/^\/(embed|plans\/[^/]+)\/[^/]+\.js$/.test(url.pathname) && !url.searchParams.has("sha")) {
    const origin = req.headers.origin;
    if (origins.includes("*")) res.setHeader("Access-Control-Allow-Origin", "*");
    else if (origin && origins.includes(origin)) res.setHeader("Access-Control-Allow-Origin", origin);
    res.writeHead(302, {location: `/_import${url.pathname}`}).end();
    return;
  }
  handle(req, res);
});
