// Prints the web build's figures: file sizes (raw, gzip, brotli), what a first visit
// downloads (and what the service worker adds for offline play), time to the first frame and to
// each screen being tappable (median of 5), and the game's own frame rate on Home and in each
// game. With --bare DIR it measures a second build (the bare Bevy
// example, see tools/bench-bare.sh) in the same way, visiting the two in turn, and prints the
// ratios against the budgets. Beside each frame rate it prints where a frame's time went: the
// page's main thread, and (on Linux) the CPU of Chromium's GPU and renderer processes, so run
// it with no other Chromium open.
//
// Usage: node tools/bench.mjs [--dist dist] [--bare DIR] [--runs 5] [--fps-seconds 10]
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromiumCpu, launch } from "./bench-common.mjs";
import { startServer } from "./serve.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = args.dist ?? "dist";
const runs = Number(args.runs ?? 5);
const fpsSeconds = Number(args["fps-seconds"] ?? 10);
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

/** Real touches through the DevTools protocol, held for `holdMs`. */
async function touchAt(cdp, page, point, holdMs = 60) {
  const touchPoints = [{ x: point.x, y: point.y, id: 0, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
  await page.waitForTimeout(holdMs);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

async function waitForTarget(page, id) {
  await page.waitForFunction((wanted) => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === wanted), id, { timeout: 120_000 });
  const target = await page.evaluate((wanted) => JSON.parse(document.body.dataset.targets).find((t) => t.id === wanted), id);
  return { x: target.x + target.w / 2, y: target.y + target.h / 2 };
}

/** The page's main-thread time so far, in seconds: script (the wasm included) and all tasks. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: value("ScriptDuration"), tasks: value("TaskDuration") };
}

/**
 * The game's own frames per second over `fpsSeconds`, after a second to settle, and the page's
 * main-thread time per frame over the same window: the game's own work (script) against
 * everything else the page's thread did (style, layout, painting, compositing requests).
 * A frame rate that falls while script time stays small is the drawing, not the game.
 */
async function framesPerSecond(page, cdp, record, screen) {
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.seeYouSoonFrames);
  const threadBefore = await mainThread(cdp);
  const cpuBefore = chromiumCpu();
  const began = Date.now();
  await page.waitForTimeout(fpsSeconds * 1000);
  const after = await page.evaluate(() => window.seeYouSoonFrames);
  const threadAfter = await mainThread(cdp);
  const cpuAfter = chromiumCpu();
  const frames = Math.max(1, after - before);
  if (cpuBefore && cpuAfter) {
    record.gpuMs[screen] = ((cpuAfter.gpu - cpuBefore.gpu) * 1000) / frames;
    record.rendererMs[screen] = ((cpuAfter.renderer - cpuBefore.renderer) * 1000) / frames;
  }
  record.fps[screen] = (after - before) / ((Date.now() - began) / 1000);
  record.scriptMs[screen] = ((threadAfter.script - threadBefore.script) * 1000) / frames;
  record.taskMs[screen] = ((threadAfter.tasks - threadBefore.tasks) * 1000) / frames;
}

/**
 * One cold visit: the bytes the page fetched (brotli where the server has it) until Home is
 * tappable, then what the service worker adds for offline play; the timings; the frame rate
 * on each screen.
 */
async function visit(browser, url, { game }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Performance.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let wireBytes = 0;
  let requests = 0;
  // Each file as it arrived, so a budget overrun can be traced to the file that caused it.
  const urls = new Map();
  const arrived = [];
  cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
  cdp.on("Network.loadingFinished", (event) => {
    wireBytes += event.encodedDataLength;
    requests += 1;
    arrived.push({ path: new URL(urls.get(event.requestId) ?? url).pathname, bytes: event.encodedDataLength });
  });
  // The service worker's own downloads (its copy of the build) are not the page's: counted apart.
  let workerBytes = 0;
  let workerRequests = 0;
  context.on("requestfinished", async (request) => {
    if (!request.serviceWorker()) return;
    const sizes = await request.sizes().catch(() => null);
    if (sizes) {
      workerBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      workerRequests += 1;
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("see-you-soon-first-frame").length > 0, null, { timeout: 120_000 });
  const firstFrame = await page.evaluate(() => performance.getEntriesByName("see-you-soon-first-frame")[0].startTime);
  // The page's own milestones before the first frame (the game's boot.js marks them).
  const steps = await page.evaluate(() => Object.fromEntries(
    ["webgl-checked", "wasm-compiled", "wasm-started"]
      .map((name) => [name, performance.getEntriesByName(`see-you-soon-${name}`)[0]?.startTime])
      .filter(([, time]) => time !== undefined),
  ));
  const result = { firstFrame, steps, fps: {}, scriptMs: {}, taskMs: {}, gpuMs: {}, rendererMs: {} };
  if (!game) {
    await framesPerSecond(page, cdp, result, "bare");
    Object.assign(result, { wireBytes, requests });
    await context.close();
    return result;
  }
  const start = await waitForTarget(page, "start");
  result.startTappable = await page.evaluate(() => performance.now());
  // Start is the game with the least to draw (one button, one line): beside Home and the games it
  // shows what the drawing of more picture nodes costs, apart from the game's own running.
  // The offline copy is made once Start is up; let it finish first so it is not measured too.
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((done) => setTimeout(done, 15000))]));
  await framesPerSecond(page, cdp, result, "start");
  const tapped = await page.evaluate(() => performance.now());
  await touchAt(cdp, page, start);
  await waitForTarget(page, "peekaboo");
  // Start stays up while its frame rate is measured, so Home is timed from the tap.
  result.homeTappable = (await page.evaluate(() => performance.now())) - tapped;
  Object.assign(result, { wireBytes, requests, untilHome: [...arrived] });
  await framesPerSecond(page, cdp, result, "home");
  for (const screen of ["peekaboo", "journey"]) {
    await touchAt(cdp, page, await waitForTarget(page, screen));
    await page.waitForFunction((s) => document.body.dataset.screen === s, screen, { timeout: 60_000 });
    await framesPerSecond(page, cdp, result, screen);
    await touchAt(cdp, page, await waitForTarget(page, "leave"), 2600);
    await page.waitForFunction(() => document.body.dataset.screen === "home", null, { timeout: 60_000 });
  }
  // By now the service worker has had many seconds to store the build.
  await page.waitForFunction(async () => Boolean(navigator.serviceWorker?.controller), null, { timeout: 60_000, polling: 500 }).catch(() => {});
  result.workerBytes = workerBytes;
  result.workerRequests = workerRequests;
  result.wireBytesAll = wireBytes;
  await context.close();
  return result;
}

/**
 * Visits the game and, with `bareDir`, the bare app in turn (game, bare, game, bare, ...), so a
 * slow patch of the machine falls on both alike. Returns each one's results.
 */
async function measureBoth(dir, bareDir) {
  await sizeTable(dir);
  if (bareDir) await sizeTable(bareDir);
  const gameSite = await startServer(dir, 0, { quiet: true });
  const bareSite = bareDir ? await startServer(bareDir, 0, { quiet: true }) : null;
  const browser = await launch();
  const gameResults = [];
  const bareResults = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      gameResults.push(await visit(browser, gameSite.url, { game: true }));
      if (bareSite) bareResults.push(await visit(browser, bareSite.url, { game: false }));
    }
  } finally {
    await browser.close();
    gameSite.server.close();
    bareSite?.server.close();
  }
  return { game: gameResults, bare: bareResults };
}

function report(label, results, { game }) {
  const pick = (key) => median(results.map((r) => (typeof key === "function" ? key(r) : r[key])));
  console.log(`\n${label}, headless Chromium (SwiftShader WebGL2) at ${viewport.width}×${viewport.height}, median of ${runs}:`);
  console.log(`  first visit downloads        ${kb(pick("wireBytes"))} in ${pick("requests")} requests (brotli where offered${game ? ", until Home is tappable" : ""})`);
  if (game) {
    const files = [...results[0].untilHome].sort((a, b) => b.bytes - a.bytes);
    console.log(`    of which (first run): ${files.map((f) => `${f.path} ${kb(f.bytes)}`).join(", ")}`);
    console.log(`  page, by the end of the run  ${kb(pick("wireBytesAll"))} (the games' own pictures, fetched as they open)`);
    console.log(`  service worker's copy        ${kb(pick("workerBytes"))} in ${pick("workerRequests")} requests (files the page already had are revalidated, not sent again)`);
  }
  const frames = results.map((r) => r.firstFrame);
  console.log(`  navigation → first frame     ${pick("firstFrame").toFixed(0)} ms (runs: ${frames.map((f) => f.toFixed(0)).join(", ")})`);
  for (const step of Object.keys(results[0].steps)) {
    console.log(`    on the way: ${step.padEnd(16)} at ${pick((r) => r.steps[step]).toFixed(0)} ms`);
  }
  if (game) {
    console.log(`  navigation → Start tappable  ${pick("startTappable").toFixed(0)} ms`);
    console.log(`  Start tapped → Home tappable ${pick("homeTappable").toFixed(0)} ms`);
  }
  for (const screen of Object.keys(results[0].fps)) {
    const cpu = results[0].gpuMs[screen] === undefined ? ""
      : `; CPU per frame: GPU process ${pick((r) => r.gpuMs[screen]).toFixed(1)} ms, renderer ${pick((r) => r.rendererMs[screen]).toFixed(1)} ms`;
    console.log(`  frames per second, ${screen.padEnd(9)} ${pick((r) => r.fps[screen]).toFixed(1)} (over ${fpsSeconds} s); main thread per frame: script ${pick((r) => r.scriptMs[screen]).toFixed(1)} ms, all tasks ${pick((r) => r.taskMs[screen]).toFixed(1)} ms${cpu}`);
  }
  return { results, median: pick };
}

const measured = await measureBoth(dist, args.bare);
const game = report("See You Soon", measured.game, { game: true });
if (args.bare) {
  const bare = report("Bare Bevy app (camera + one sprite, same features and profile)", measured.bare, { game: false });
  const wasmSize = async (dir) => (await stat(join(dir, "see_you_soon_bg.wasm")).catch(() => stat(join(dir, "bare_bg.wasm")))).size;
  const ratio = (a, b) => a / b;
  const verdict = (ok) => (ok ? "within budget" : "OVER BUDGET");
  const download = ratio(game.median("wireBytes"), bare.median("wireBytes"));
  const firstFrame = ratio(game.median("firstFrame"), bare.median("firstFrame"));
  console.log("\nGame against the bare app (budget in brackets):");
  console.log(`  wasm size          ${kb(await wasmSize(dist))} vs ${kb(await wasmSize(args.bare))}`);
  console.log(`  first-visit bytes  ${download.toFixed(3)}× (≤ 1.10×): ${verdict(download <= 1.10)}; ${kb(game.median("wireBytes"))} (< 3,600 KB): ${verdict(game.median("wireBytes") < 3_600_000)}`);
  console.log(`  first frame        ${firstFrame.toFixed(3)}× (≤ 1.15×): ${verdict(firstFrame <= 1.15)}`);
  const bareFps = bare.median((r) => r.fps.bare);
  for (const screen of Object.keys(game.results[0].fps)) {
    const fps = ratio(game.median((r) => r.fps[screen]), bareFps);
    console.log(`  frame rate, ${screen.padEnd(9)} ${fps.toFixed(3)}× (≥ 0.90×): ${verdict(fps >= 0.90)}`);
  }
}
