// A tiny static file server for the built site, on 127.0.0.1 and an ephemeral port.
import {existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
};

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Maps a URL path to a file under root: /a/ → a/index.html, /a → a, a.html or a/index.html; null if none. */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = resolve(root);
  const path = resolve(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return null; // no escaping the root
  const candidates = decoded.endsWith("/")
    ? [join(path, "index.html")]
    : [path, `${path}.html`, join(path, "index.html")];
  return candidates.find(isFile) ?? null;
}

export async function serve(root = "dist"): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const {pathname} = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = req.method === "GET" || req.method === "HEAD" ? resolveFile(root, pathname) : null;
    if (!file) {
      res.writeHead(404, {"content-type": CONTENT_TYPES[".txt"]}).end(`not found: ${pathname}`);
      return;
    }
    const body = readFileSync(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, {"content-type": type, "content-length": body.length, "cache-control": "no-store"});
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return listen(server);
}

/** Starts `server` on 127.0.0.1 and an ephemeral port: its address, and a close that ends open connections. */
export async function listen(server: Server): Promise<StaticServer> {
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      })
  };
}
