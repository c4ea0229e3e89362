// A small static server for dist/: right content types (application/wasm), the precompressed
// .br/.gz copies when the browser accepts them, loopback only. Usage: node serve.mjs DIR [PORT]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const wantedPort = Number(process.argv[3] ?? process.env.PORT ?? 8080);
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
  ".ogg": "audio/ogg",
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

async function handle(request, response) {
  const url = new URL(request.url, `http://${host}`);
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith("/")) path += "index.html";
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
  const data = await readFile(body);
  headers["content-length"] = data.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : data);
}

function listen(port, triesLeft) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      response.writeHead(500).end();
    });
  });
  server.on("error", (error) => {
    if (error.code === "EADDRINUSE" && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, host, () => {
    console.log(`See You Soon is being served at http://${host}:${port}/  (Ctrl+C stops it)`);
  });
}

listen(wantedPort, 20);
