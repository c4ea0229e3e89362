// Prints the web build's figures: file sizes (raw, gzip, brotli), what a first visit
// downloads, time to the first frame and to each screen being tappable (median of 5), and the
// game's own frame rate on Home. With --bare DIR it measures a second build (the bare Bevy
// example, see tools/bench-bare.sh) in the same way, for comparison.
//
// Usage: node tools/bench.mjs [--dist dist] [--bare DIR] [--runs 5] [--fps-seconds 5]
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = args.dist ?? "dist";
const runs = Number(args.runs ?? 5);
const fpsSeconds = Number(args["fps-seconds"] ?? 5);
const viewport = { width: 1024, height: 768 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (![".br", ".gz"].includes(extname(path))) yield path;
  }
}

async function sizeTable(dir) {
  const rows = [];
  for await (const file of files(dir)) {
    const data = await readFile(file);
    rows.push({
      file: relative(dir, file),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  rows.sort((a, b) => b.raw - a.raw);
  console.log(`\nFiles in ${dir}/ (raw / gzip / brotli):`);
  for (const row of rows) {
    console.log(`  ${row.file.padEnd(44)} ${kb(row.raw).padStart(12)} ${kb(row.gzip).padStart(12)} ${kb(row.brotli).padStart(12)}`);
  }
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`  ${"all files".padEnd(44)} ${kb(total.raw).padStart(12)} ${kb(total.gzip).padStart(12)} ${kb(total.brotli).padStart(12)}`);
  return rows;
}

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    chromiumSandbox: false,
    args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
      "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic"],
  });
}

/** One cold visit: bytes on the wire (brotli where the server has it), and the timings. */
async function visit(browser, url, { tapToHome }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let wireBytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event) => { wireBytes += event.encodedDataLength; requests += 1; });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("see-you-soon-first-frame").length > 0, null, { timeout: 120_000 });
  const firstFrame = await page.evaluate(() => performance.getEntriesByName("see-you-soon-first-frame")[0].startTime);
  const result = { firstFrame, wireBytes, requests };
  if (tapToHome) {
    await page.waitForFunction(() => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === "start"), null, { timeout: 120_000 });
    result.startTappable = await page.evaluate(() => performance.now());
    const start = await page.evaluate(() => JSON.parse(document.body.dataset.targets).find((t) => t.id === "start"));
    await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
    await page.waitForFunction(() => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === "peekaboo"), null, { timeout: 60_000 });
    result.homeTappable = await page.evaluate(() => performance.now());
  }
  const framesBefore = await page.evaluate(() => window.seeYouSoonFrames);
  const began = Date.now();
  await page.waitForTimeout(fpsSeconds * 1000);
  const framesAfter = await page.evaluate(() => window.seeYouSoonFrames);
  result.fps = (framesAfter - framesBefore) / ((Date.now() - began) / 1000);
  await context.close();
  return result;
}

async function measure(label, dir, { tapToHome }) {
  await sizeTable(dir);
  const { server, url } = await startServer(dir, 0, { quiet: true });
  const browser = await launch();
  const results = [];
  try {
    for (let i = 0; i < runs; i += 1) results.push(await visit(browser, url, { tapToHome }));
  } finally {
    await browser.close();
    server.close();
  }
  const pick = (key) => median(results.map((r) => r[key]));
  console.log(`\n${label}, headless Chromium (SwiftShader WebGL2) at ${viewport.width}×${viewport.height}, median of ${runs}:`);
  console.log(`  first visit downloads        ${kb(pick("wireBytes"))} in ${pick("requests")} requests (brotli where offered)`);
  console.log(`  navigation → first frame     ${pick("firstFrame").toFixed(0)} ms`);
  if (tapToHome) {
    console.log(`  navigation → Start tappable  ${pick("startTappable").toFixed(0)} ms`);
    console.log(`  navigation → Home tappable   ${pick("homeTappable").toFixed(0)} ms (tapping Start as soon as it is there)`);
    console.log(`  frames per second on Home    ${pick("fps").toFixed(1)} (over ${fpsSeconds} s)`);
  } else {
    console.log(`  frames per second            ${pick("fps").toFixed(1)} (over ${fpsSeconds} s)`);
  }
  return { results, median: pick };
}

const game = await measure("See You Soon", dist, { tapToHome: true });
if (args.bare) {
  const bare = await measure("Bare Bevy app (camera + one sprite, same features and profile)", args.bare, { tapToHome: false });
  const wasmSize = async (dir) => (await stat(join(dir, "see_you_soon_bg.wasm")).catch(() => stat(join(dir, "bare_bg.wasm")))).size;
  const gameWasm = await wasmSize(dist);
  const bareWasm = await wasmSize(args.bare);
  console.log("\nGame against the bare app:");
  console.log(`  wasm size         ${kb(gameWasm)} vs ${kb(bareWasm)}: ${(100 * (gameWasm / bareWasm - 1)).toFixed(1)}%`);
  console.log(`  first-visit bytes ${(100 * (game.median("wireBytes") / bare.median("wireBytes") - 1)).toFixed(1)}%`);
  console.log(`  first frame       ${(100 * (game.median("firstFrame") / bare.median("firstFrame") - 1)).toFixed(1)}%`);
}
