// A static server on loopback for the end-to-end tests and the benchmark: dist/ at /, the test
// pages at /test/. Every request is recorded so tests can check that nothing else is fetched, and
// every path that was not found. An HTML page asked for with `?record` gets
// /test/record-problems.js as its first script (for browsers whose console a driver cannot read).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const defaultRoots = { "/test/": resolve(here, "pages"), "/": resolve(here, "../../dist") };

function cspHeaders(path) {
  return path.includes("csp")
    ? { "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:" }
    : {};
}
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Starts the server on a free loopback port; resolves to { url, requests, failed, close }.
 * `options.roots` maps path prefixes to folders (default: dist/ at /, the test pages at /test/);
 * `options.headers(path)` adds response headers (default: the strict CSP on pages named *csp*).
 */
export async function startServer({ roots = defaultRoots, headers: extra = cspHeaders } = {}) {
  const requests = [];
  const failed = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    try {
      if (prefix === undefined) throw new Error("no root");
      let file = join(roots[prefix], normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (url.searchParams.has("record") && extname(file) === ".html") {
        body = String(body).replace(/<head>/i, '$&<script src="/test/record-problems.js"></script>');
      }
      const headers = {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...extra(path),
      };
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      failed.push(path);
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, failed, close: () => new Promise((ok) => server.close(ok)) };
}
