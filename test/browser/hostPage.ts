// A page of another application on another origin: a second local server (127.0.0.1, another port) that serves
// one HTML page at /, for the embeds' cross-origin tests (a host importing a module or holding an iframe).
import {createServer} from "node:http";
import {listen, type StaticServer} from "./serve.ts";

/** Serves `html` at / (and nothing else) on 127.0.0.1 and an ephemeral port. */
export async function hostPage(html: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://127.0.0.1").pathname !== "/") {
      res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}).end(html);
  });
  return listen(server);
}

/** A plain host page holding `body` (HTML) under a heading, as a briefing page of another application would. */
export function briefingPage(body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A briefing page on another origin</title></head>
<body style="font-family: sans-serif; margin: 1rem;">
<h1>A briefing page of another application</h1>
${body}
</body>
</html>`;
}
