// Writes .br and .gz copies next to every compressible file in a folder, at the highest
// settings, so the server can send them as they are. Usage: node compress.mjs DIR
import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".wasm", ".js", ".html", ".css", ".json", ".webmanifest", ".ttf", ".otf", ".ftl", ".svg", ".txt", ".md"]);
const MIN_BYTES = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

for await (const file of files(process.argv[2] ?? "dist")) {
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const data = await readFile(file);
  if (data.length < MIN_BYTES) continue;
  await writeFile(`${file}.gz`, gzipSync(data, { level: 9 }));
  await writeFile(`${file}.br`, brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      // The largest window every browser decodes (16 MiB): the wasm repeats itself from afar.
      [constants.BROTLI_PARAM_LGWIN]: 24,
    },
  }));
}
