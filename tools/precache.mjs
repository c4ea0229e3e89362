// Writes the build's version and file lists into dist/sw.js: every file the game may fetch
// (not the .br/.gz copies, which the server picks itself), and a version that changes with
// any byte of them. A language's own files (its lines, its script's font) are kept once a
// visit in that language fetches them, not stored ahead for every visitor.
// Usage: node tools/precache.mjs dist
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const dist = process.argv[2] ?? "dist";

async function filesBelow(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await filesBelow(path));
    else found.push(path);
  }
  return found;
}

const skipped = (path) => /\.(br|gz)$/.test(path) || path.endsWith(`${sep}sw.js`) || path.endsWith(".md") || path.endsWith(".txt");
const files = (await filesBelow(dist)).filter((path) => !skipped(path)).sort();
const hash = createHash("sha256");
const urls = [];
for (const path of files) {
  const url = relative(dist, path).split(sep).join("/");
  hash.update(url);
  hash.update(await readFile(path));
  urls.push(url === "index.html" ? "./" : url);
}
const version = hash.digest("hex").slice(0, 16);
const onDemand = (url) => url.startsWith("assets/lang/") || /^assets\/fonts\/NotoSans(Arabic|SC)-/.test(url);
const worker = join(dist, "sw.js");
const source = await readFile(worker, "utf8");
const written = source
  .replace(/^const BUILD = .*;$/m, `const BUILD = "${version}";`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(urls.filter((url) => !onDemand(url)))};`)
  .replace(/^const ON_DEMAND = .*;$/m, `const ON_DEMAND = ${JSON.stringify(urls.filter(onDemand))};`);
if (written === source) throw new Error("sw.js has no BUILD/FILES lines to fill");
await writeFile(worker, written);
console.log(`sw.js: build ${version}, ${urls.length} files (${urls.filter(onDemand).length} kept when first used)`);
