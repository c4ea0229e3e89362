// Measures what each browser engine's decodeAudioData makes of assets/audio/*.mp3: length,
// sample rate, and where the original's sample 0 lands (an MP3 starts with the encoder's delay,
// which a decoder that reads the LAME tag trims and one that does not leaves in). The music's
// loopStart/loopEnd depend on it. Run under a display, for WebKit:
//   xvfb-run -a node tools/sound/measure-decode.mjs [chromium|firefox|webkit ...]
// Per file and rate: start = where the original's sample 0 is in the decoded buffer (s), by
// cross-correlation; trailing = decoded length past the original's end (s, negative if cut).
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const audio = join(here, "../../assets/audio");

// The originals: make-sounds.py's WAVs, served beside the MP3s so that each engine resamples
// them itself, the same way as the MP3s, before they are compared.
const dir = mkdtempSync(join(tmpdir(), "measure-decode-"));
execFileSync("python3", [join(here, "make-sounds.py"), dir]);
const files = readdirSync(audio).filter((f) => f.endsWith(".mp3")).map((f) => f.slice(0, -4))
  .map((name) => ({ name, mp3: `${name}.mp3`, wav: `${name}.wav` }));
for (const { mp3 } of files) copyFileSync(join(audio, mp3), join(dir, mp3));
// The music without its first frame, which holds the LAME tag: what an engine that ignores the
// tag decodes, so as to see where such an engine puts sample 0 (no engine here ignores it).
const music = readFileSync(join(audio, "music-lullaby.mp3"));
const bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]; // MPEG-2 layer III
const tagFrame = Math.floor((72000 * bitrates[music[2] >> 4]) / 22050) + ((music[2] >> 1) & 1);
writeFileSync(join(dir, "music-untagged.mp3"), music.subarray(tagFrame));
files.push({ name: "music (no tag)", mp3: "music-untagged.mp3", wav: "music-lullaby.wav" });
writeFileSync(join(dir, "index.html"), "<!doctype html><title>decode</title>");
const types = { ".html": "text/html", ".mp3": "audio/mpeg", ".wav": "audio/wav" };
const server = createServer((request, response) => {
  try {
    const body = readFileSync(join(dir, new URL(request.url, "http://x").pathname));
    response.writeHead(200, { "content-type": types[extname(request.url)] ?? "text/plain" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const page = `http://127.0.0.1:${server.address().port}/index.html`;

// Runs in the page. Rates: 22050 (the files' own, so no resampling: indices are the MP3's
// samples), 44100 and 48000 (what a tablet's AudioContext runs at), and a live AudioContext.
async function measure(files) {
  const results = [];
  const contexts = [22050, 44100, 48000].map((rate) => new OfflineAudioContext(1, 1, rate));
  try { contexts.push(new AudioContext()); } catch (error) { results.push({ live: String(error) }); }
  const bytes = async (url) => (await fetch(url)).arrayBuffer();
  // Best lag of `ref` within `data` around `at` (± window), by normalised cross-correlation,
  // refined between samples by a parabola through the peak.
  function find(data, ref, at, before, after) {
    const score = (lag) => {
      let dot = 0, dd = 0, rr = 0;
      for (let i = 0; i < ref.length; i += 1) {
        const j = at + lag + i;
        if (j < 0 || j >= data.length) continue;
        dot += data[j] * ref[i]; dd += data[j] * data[j]; rr += ref[i] * ref[i];
      }
      return dd && rr ? dot / Math.sqrt(dd * rr) : 0;
    };
    let best = -before, bestScore = -2;
    for (let lag = -before; lag <= after; lag += 1) {
      const s = score(lag);
      if (s > bestScore) { best = lag; bestScore = s; }
    }
    const [a, c] = [score(best - 1), score(best + 1)];
    const shift = a - 2 * bestScore + c < 0 ? 0.5 * (a - c) / (a - 2 * bestScore + c) : 0;
    return { lag: best + shift, correlation: bestScore };
  }
  for (const context of contexts) {
    for (const { name, mp3, wav } of files) {
      const row = { name, context: context instanceof OfflineAudioContext ? "offline" : "live" };
      try {
        const decoded = await context.decodeAudioData(await bytes(mp3));
        const original = (await context.decodeAudioData(await bytes(wav))).getChannelData(0);
        const data = decoded.getChannelData(0);
        const rate = decoded.sampleRate;
        Object.assign(row, { rate, length: decoded.length, duration: decoded.duration, originalLength: original.length });
        row.firstAudible = data.findIndex((v) => Math.abs(v) > 1e-4);
        // The first 0.3 s (the whole sound if shorter), searched from 30 ms early to 100 ms late.
        const span = Math.min(Math.round(0.3 * rate), original.length);
        const head = find(data, original.subarray(0, span), 0, Math.round(0.03 * rate), Math.round(0.1 * rate));
        row.start = head.lag / rate;
        row.startCorrelation = head.correlation;
        // The last 0.3 s, to see that the end lands where the start says (nothing lost or stretched).
        const tailAt = original.length - span + Math.round(head.lag);
        const tail = find(data, original.subarray(original.length - span), tailAt, 200, 200);
        row.endDrift = (tailAt + tail.lag - (original.length - span) - head.lag) / rate;
        row.trailing = (data.length - head.lag - original.length) / rate;
        // The loudest original sample past the decoded end: above 1e-4, the engine cut off sound.
        row.lostPeak = original.subarray(Math.max(0, Math.round(data.length - head.lag))).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      } catch (error) {
        row.error = String(error);
      }
      results.push(row);
    }
  }
  return results;
}

async function chromium() {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, chromiumSandbox: false });
  const tab = await browser.newPage();
  await tab.goto(page);
  return { version: `Chromium ${browser.version()}`, run: (fn, arg) => tab.evaluate(fn, arg), close: () => browser.close() };
}

async function firefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox", protocol: "webDriverBiDi", executablePath: "/usr/bin/firefox-esr", headless: true,
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" },
  });
  const tab = (await browser.pages())[0] ?? await browser.newPage();
  await tab.goto(page);
  return { version: await browser.version(), run: (fn, arg) => tab.evaluate(fn, arg), close: () => browser.close() };
}

// WebKitGTK (Safari's engine) through Debian's WebKitWebDriver and MiniBrowser, which needs a display.
async function webkit() {
  const { Builder, Capabilities } = await import("selenium-webdriver");
  const port = 4400 + Math.floor(Math.random() * 1000);
  const driverProcess = spawn("/usr/bin/WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], { stdio: "ignore" });
  for (let tries = 0; ; tries += 1) {
    try { if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break; } catch { /* starting */ }
    if (tries > 100) throw new Error("WebKitWebDriver did not start");
    await new Promise((done) => setTimeout(done, 200));
  }
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(new Capabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] },
  })).build();
  await driver.get(page);
  return {
    version: `WebKitGTK ${(await driver.getCapabilities()).get("browserVersion")}`,
    run: (fn, arg) => driver.executeScript(`return (${fn}).apply(null, arguments);`, arg),
    async close() { await driver.quit().catch(() => {}); driverProcess.kill(); },
  };
}

const engines = { chromium, firefox, webkit };
const fixed = (v, digits = 5) => (typeof v === "number" ? v.toFixed(digits).replace(/^-(0\.0*)$/, "$1") : v);
try {
  for (const which of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(engines)) {
    const engine = await engines[which]();
    try {
      console.log(`\n${engine.version}`);
      for (const row of await engine.run(measure, files)) {
        if (row.error || row.live) { console.log(`  ${row.name ?? "AudioContext"} ${row.context ?? ""}: ${row.error ?? row.live}`); continue; }
        console.log(`  ${row.name.padEnd(15)} ${row.context.padEnd(7)} rate ${row.rate} length ${row.length}` +
          ` (original ${row.originalLength}) duration ${fixed(row.duration)} firstAudible ${row.firstAudible}` +
          ` start ${fixed(row.start)}s = ${fixed(row.start * row.rate, 1)} samples (r=${fixed(row.startCorrelation, 4)})` +
          ` endDrift ${fixed(row.endDrift)}s trailing ${fixed(row.trailing)}s lostPeak ${fixed(row.lostPeak, 4)}`);
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
