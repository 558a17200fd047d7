// A static server on loopback for the end-to-end tests and the benchmark: dist/ at /, the test
// pages at /test/. Every request is recorded so tests can check that nothing else is fetched.
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
 * Starts the server on a free loopback port; resolves to { url, requests, close }. `options.roots`
 * maps path prefixes to folders (default: dist/ at /, the test pages at /test/);
 * `options.headers(path)` adds response headers (default: the strict CSP on pages named *csp*).
 */
export async function startServer({ roots = defaultRoots, headers: extra = cspHeaders } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    requests.push(path);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    try {
      if (prefix === undefined) throw new Error("no root");
      let file = join(roots[prefix], normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const headers = {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...extra(path),
      };
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}
