// Benchmark (not a test): how long the built game in dist/ takes to start in each engine.
// For Chromium, Firefox and WebKit: three cold launches each (a new browser, nothing cached),
// timed from navigation to Start being shown and from the Start tap to Home, with the page's
// milestones in between (the WebGL check, the wasm compiled and started, the first frame), and
// the wasm memory on Home. Prints the medians, one line per engine.
// Usage: node tools/engine-times.mjs [runs] [engines, comma-separated]   (run it on an idle machine)
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";
import { DIST, TABLET_LANDSCAPE } from "../tests/e2e/harness.mjs";
import { tapTarget, waitFor, waitForScreen } from "../tests/e2e/engines/play.mjs";
import { launchChromium } from "../tests/e2e/engines/chromium.mjs";
import { launchFirefox } from "../tests/e2e/engines/firefox.mjs";
import { launchWebKit } from "../tests/e2e/engines/webkit.mjs";

const PROBE = join(dirname(fileURLToPath(import.meta.url)), "..", "tests", "e2e", "engines", "probe.js");
const ENGINES = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
const runs = Number(process.argv[2] ?? 3);
const chosen = (process.argv[3] ?? "chromium,firefox,webkit").split(",");

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};
const ms = (value) => (value === undefined ? "   n/a" : `${Math.round(value).toString().padStart(6)}`);

async function oneRun(launch, url) {
  const engine = await launch();
  try {
    await engine.setViewport(TABLET_LANDSCAPE);
    await engine.goto(url);
    await waitForScreen(engine, "start", 120_000);
    const startUp = await engine.evaluate(() => ({
      start: window.screenFirstShown.start,
      ...Object.fromEntries(["webgl-checked", "wasm-compiled", "wasm-started", "first-frame"]
        .map((name) => [name, performance.getEntriesByName(`see-you-soon-${name}`)[0]?.startTime])),
      wasmBytes: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseEnd,
    }));
    const tapped = await engine.evaluate(() => performance.now());
    await tapTarget(engine, "start");
    await waitForScreen(engine, "home");
    const home = await engine.evaluate(() => window.screenFirstShown.home) - tapped;
    // Home's pictures are all there once its six targets are reported.
    await waitFor(engine, () => JSON.parse(document.body.dataset.targets ?? "[]").length === 6);
    const memory = await engine.evaluate(() => window.seeYouSoonMemory?.() ?? 0);
    return { ...startUp, downloaded: startUp.wasmBytes, home, memory, version: engine.version };
  } finally {
    await engine.close();
  }
}

const { server, url } = await startServer(DIST, 0, { quiet: true, probe: PROBE });
console.log(`${runs} cold launches per engine, medians in ms from navigation (Home: from the Start tap)`);
console.log("engine      webgl  wasm-downloaded  wasm-compiled  wasm-started  first-frame  Start   Home   wasm memory");
for (const name of chosen) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await oneRun(ENGINES[name], url));
  const m = (key) => median(results.map((r) => r[key]));
  console.log(`${name.padEnd(10)} ${ms(m("webgl-checked"))} ${ms(m("downloaded")).padStart(16)} ${ms(m("wasm-compiled")).padStart(14)}`
    + ` ${ms(m("wasm-started")).padStart(13)} ${ms(m("first-frame")).padStart(12)} ${ms(m("start"))} ${ms(m("home"))}`
    + `   ${(m("memory") / 2 ** 20).toFixed(1)} MiB   (${results[0].version}; Start per run: ${results.map((r) => Math.round(r.start)).join(", ")})`);
}
server.close();
