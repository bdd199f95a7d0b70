/**
 * A loopback static server for the cold-load bench: files of dist/ (and extra in-memory pages), gzipped
 * as any add-in host serves them, with no caching headers so that each fresh browser context loads cold.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

export function serveGzip(root: string, extra: Record<string, string> = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)).replace(
      /^\/+/,
      "",
    );
    const body = path in extra ? Promise.resolve(Buffer.from(extra[path])) : readFile(join(root, path));
    body.then(
      (bytes) => {
        res.writeHead(200, {
          "content-type": TYPES[extname(path)] ?? "application/octet-stream",
          "content-encoding": "gzip",
          "cache-control": "no-store",
        });
        res.end(gzipSync(bytes, { level: 6 }));
      },
      () => res.writeHead(404).end("not found"),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
