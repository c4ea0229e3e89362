// A small static server for dist/: right content types (application/wasm), the precompressed
// .br/.gz copies when the browser accepts them, loopback only.
// Usage: node serve.mjs DIR [PORT]; the browser tests import `startServer`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const host = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".ftl": "text/plain; charset=utf-8",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

async function fileIfExists(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The tag that loads a test probe before anything of the game's own (see `startServer`). */
const PROBE_TAG = '<script src="__probe.js"></script>';

async function handle(root, request, response, options) {
  const url = new URL(request.url, `http://${host}`);
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith("/")) path += "index.html";
  if (options.probe && (path === "/__probe.js" || path === "/index.html")) {
    const body = path === "/__probe.js"
      ? await readFile(options.probe)
      : Buffer.from((await readFile(join(root, path), "utf8")).replace("<head>", `<head>\n  ${PROBE_TAG}`));
    response.writeHead(200, { "content-type": TYPES[extname(path)], "cache-control": "no-cache", "content-length": body.length });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) {
    response.writeHead(403).end();
    return;
  }
  if (!(await fileIfExists(file))) {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  const headers = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    vary: "accept-encoding",
  };
  const accepts = request.headers["accept-encoding"] ?? "";
  let body = file;
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (accepts.includes(encoding) && (await fileIfExists(file + suffix))) {
      body = file + suffix;
      headers["content-encoding"] = encoding;
      break;
    }
  }
  // "no-cache" means: ask each time. The tag lets the answer be "unchanged" (the service
  // worker's first fill then costs no second download).
  const info = await stat(body);
  headers.etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  if (request.headers["if-none-match"] === headers.etag) {
    response.writeHead(304, { etag: headers.etag, "cache-control": headers["cache-control"], vary: headers.vary }).end();
    return;
  }
  const data = await readFile(body);
  headers["content-length"] = data.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : data);
}

/**
 * Serves `dir` on 127.0.0.1; port 0 picks a free one. Resolves to the running server.
 * For browsers whose console a test cannot read: `probe` is a script file that the page loads
 * (as a same-origin file, which the page's CSP allows) before any of the game's own, and
 * `onResponse(url, status)` hears every answer.
 */
export function startServer(dir, port = 0, { quiet = false, probe, onResponse } = {}) {
  const root = resolve(dir);
  return new Promise((resolvePromise, reject) => {
    let triesLeft = port === 0 ? 0 : 20;
    const attempt = (tryPort) => {
      const server = createServer((request, response) => {
        if (onResponse) response.on("finish", () => onResponse(request.url, response.statusCode));
        handle(root, request, response, { probe }).catch((error) => {
          console.error(error);
          response.writeHead(500).end();
        });
      });
      server.on("error", (error) => {
        if (error.code === "EADDRINUSE" && triesLeft-- > 0) attempt(tryPort + 1);
        else reject(error);
      });
      server.listen(tryPort, host, () => {
        const url = `http://${host}:${server.address().port}/`;
        if (!quiet) console.log(`See You Soon is being served at ${url}  (Ctrl+C stops it)`);
        resolvePromise({ server, url });
      });
    };
    attempt(port);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startServer(process.argv[2] ?? "dist", Number(process.argv[3] ?? process.env.PORT ?? 8080));
}
