// Prints what a still screen costs, for the game and for the bare app (which draws every frame,
// as every engine's default does), in headless Chromium at 1024×768 (software WebGL):
//   - still Home, over --seconds: frames drawn (the engine's own count), CPU seconds
//     of Chromium's renderer and GPU processes (from /proc), and main-thread tasks a second
//     (from a trace);
//   - peekaboo with no taps, over --seconds: the same for the moments the grown-up is hidden,
//     and the frame rate while they come back (the reveal and the hearts); once for a new
//     family (short hides that grow) and once for a family at the ladder's top (8 s hides);
//   - the journey's way home (`?quick`, no taps): frames and CPU a second.
// Run it with no other Chromium open and nothing else busy: every such process is counted.
//
// Usage: node tools/stillness-bench.mjs [--dist dist] [--bare bench-output/bare] [--seconds 60]
import { existsSync } from "node:fs";
import { chromiumCpu, launch } from "./bench-common.mjs";
import { startServer } from "./serve.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = args.dist ?? "dist";
const bareDir = args.bare ?? "bench-output/bare";
const seconds = Number(args.seconds ?? 60);
const viewport = { width: 1024, height: 768 };

// Notes each change of the game's state with the time and the engine's frame count then
// (`window.seeYouSoonFrames`, which the bare app keeps too), so a phase's frames can be told
// afterwards.
const COUNT_FRAMES = () => {
  window.stateLog = [];
  new MutationObserver(() => {
    const state = document.body?.dataset.state ?? "";
    if (window.stateLog.at(-1)?.state !== state) window.stateLog.push({ state, at: Date.now(), frames: window.seeYouSoonFrames ?? 0 });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
};

const cpuNow = () => {
  const cpu = chromiumCpu();
  return cpu ? cpu.gpu + cpu.renderer : NaN;
};

async function touchAt(cdp, page, point) {
  const touchPoints = [{ x: point.x, y: point.y, id: 0, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
  await page.waitForTimeout(60);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

async function tap(page, cdp, id) {
  await page.waitForFunction((wanted) => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === wanted), id, { timeout: 120_000 });
  const t = await page.evaluate((wanted) => JSON.parse(document.body.dataset.targets).find((t) => t.id === wanted), id);
  await touchAt(cdp, page, { x: t.x + t.w / 2, y: t.y + t.h / 2 });
}

/** Main-thread tasks a second on the page's renderer, from a trace of `ms`. */
async function tasksPerSecond(browser, page, ms) {
  await browser.startTracing(page, { categories: ["toplevel"] });
  await page.waitForTimeout(ms);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  const events = trace.traceEvents ?? trace;
  const mains = new Set(events
    .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
    .map((e) => `${e.pid}:${e.tid}`));
  const perThread = new Map();
  for (const e of events) {
    if (e.ph === "X" && /RunTask$/.test(e.name) && mains.has(`${e.pid}:${e.tid}`)) {
      perThread.set(`${e.pid}:${e.tid}`, (perThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    }
  }
  return Math.max(0, ...perThread.values()) / (ms / 1000);
}

/** Frames, CPU seconds and tasks a second over `seconds` on whatever the page shows now. */
async function still(browser, page) {
  const frames = await page.evaluate(() => window.seeYouSoonFrames);
  const cpu = cpuNow();
  const began = Date.now();
  const tasks = await tasksPerSecond(browser, page, seconds * 1000);
  const elapsed = (Date.now() - began) / 1000;
  return {
    framesPerSecond: ((await page.evaluate(() => window.seeYouSoonFrames)) - frames) / elapsed,
    cpuPerSecond: (cpuNow() - cpu) / elapsed,
    tasksPerSecond: tasks,
  };
}

async function open(browser, url, beforeTheGame) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true });
  await context.addInitScript(COUNT_FRAMES);
  if (beforeTheGame) await context.addInitScript(beforeTheGame);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  return { context, page, cdp };
}

/**
 * CPU sampled every 20 ms while `during` runs, to be shared out between the game's phases:
 * `between(from, to)` is all of it, `gpuCaughtUp(from)` the first moment from `from` on when
 * the GPU process has finished the frames asked for before `from`.
 */
async function sampleCpu(during) {
  const samples = [];
  const timer = setInterval(() => {
    const cpu = chromiumCpu();
    if (cpu) samples.push({ at: Date.now(), cpu: cpu.gpu + cpu.renderer, gpu: cpu.gpu });
  }, 20);
  try {
    await during();
  } finally {
    clearInterval(timer);
  }
  const nearest = (t) => samples.reduce((best, s) => (Math.abs(s.at - t) < Math.abs(best.at - t) ? s : best), samples[0]);
  return {
    between: (from, to) => nearest(to).cpu - nearest(from).cpu,
    // The browser's compositor draws a page's frames after the page asked for them (in software
    // WebGL about 0.1-0.2 s each, so a burst of motion leaves two or three still to draw): the
    // GPU process is caught up at the first 60 ms in which it used at most 10 ms of CPU.
    gpuCaughtUp: (from, until) => {
      const first = samples.findIndex((s) => s.at >= from);
      for (let i = Math.max(first, 0); i < samples.length; i++) {
        const later = samples.findIndex((s, j) => j > i && s.at >= samples[i].at + 60);
        if (later < 0 || samples[later].at > until) break;
        if (samples[later].gpu - samples[i].gpu <= 0.01) return samples[i].at;
      }
      return until;
    },
  };
}

/**
 * The phases of the page's state log whose state matches `pattern`: seconds, frames, CPU, and
 * the same counted only from when the GPU had finished drawing the frames before the phase
 * (`settled`), which belong to the motion that led into it.
 */
function phases(log, end, pattern, cpu) {
  const total = { seconds: 0, frames: 0, cpu: 0, settled: { seconds: 0, cpu: 0 } };
  log.forEach((entry, i) => {
    const next = log[i + 1] ?? end;
    if (!pattern.test(entry.state)) return;
    total.seconds += (next.at - entry.at) / 1000;
    total.frames += next.frames - entry.frames;
    total.cpu += cpu.between(entry.at, next.at);
    const caughtUp = cpu.gpuCaughtUp(entry.at, next.at);
    total.settled.seconds += (next.at - caughtUp) / 1000;
    total.settled.cpu += cpu.between(caughtUp, next.at);
  });
  return total;
}

/** Peekaboo with no taps for `seconds`, from Home: its hidden moments, in all and by way of hiding, and its reveals. */
async function playPeekaboo(page, cdp) {
  await tap(page, cdp, "peekaboo");
  await page.waitForFunction(() => document.body.dataset.screen === "peekaboo");
  let log;
  let end;
  const cpu = await sampleCpu(async () => {
    await page.waitForTimeout(seconds * 1000);
    [log, end] = await page.evaluate(() => [window.stateLog, { at: Date.now(), frames: window.seeYouSoonFrames }]);
  });
  const sincePeekaboo = log.slice(log.findIndex((e) => /:round-/.test(e.state)));
  // Each way of hiding draws something different while hidden (a wiggling cup, blinking
  // eyes behind hands), so each is told on its own too.
  const styles = [...new Set(sincePeekaboo.map((e) => e.state.split(":")[0]).filter(Boolean))];
  return {
    hidden: phases(sincePeekaboo, end, /:hidden:/, cpu),
    hiddenByStyle: styles.map((style) => [style, phases(sincePeekaboo, end, new RegExp(`^${style}:hidden:`), cpu)]),
    comingBack: phases(sincePeekaboo, end, /:(revealing|celebrating):/, cpu),
  };
}

async function measureGame(browser, url) {
  const result = {};
  {
    const { context, page, cdp } = await open(browser, url);
    await tap(page, cdp, "start");
    await page.waitForFunction(() => document.body.dataset.screen === "home");
    // Home's first moment fetches the games' files and starts the music.
    await page.waitForTimeout(4000);
    result.home = await still(browser, page);
    Object.assign(result, await playPeekaboo(page, cdp));
    await context.close();
  }
  {
    // A family far along peekaboo's ladder: every hide lasts its longest, eight seconds (the
    // issue's own example of a still moment).
    const { context, page, cdp } = await open(browser, url, () => {
      localStorage.setItem("see-you-soon.progress", JSON.stringify({ version: 1, progress: { peekaboo_wait: 8 } }));
    });
    await tap(page, cdp, "start");
    await page.waitForFunction(() => document.body.dataset.screen === "home");
    await page.waitForTimeout(4000);
    result.longHides = await playPeekaboo(page, cdp);
    await context.close();
  }
  {
    const { context, page, cdp } = await open(browser, `${url}?quick`);
    await tap(page, cdp, "start");
    await tap(page, cdp, "journey");
    await page.waitForFunction(() => /^way:/.test(document.body.dataset.state ?? ""), null, { timeout: 180_000 });
    const frames = await page.evaluate(() => window.seeYouSoonFrames);
    const cpu = cpuNow();
    const began = Date.now();
    await page.waitForFunction(() => !/^way:/.test(document.body.dataset.state ?? ""), null, { timeout: 600_000, polling: 500 });
    const elapsed = (Date.now() - began) / 1000;
    result.wayHome = {
      seconds: elapsed,
      framesPerSecond: ((await page.evaluate(() => window.seeYouSoonFrames)) - frames) / elapsed,
      cpuPerSecond: (cpuNow() - cpu) / elapsed,
    };
    await context.close();
  }
  return result;
}

async function measureBare(browser, url) {
  const { context, page } = await open(browser, url);
  await page.waitForTimeout(3000);
  const result = await still(browser, page);
  await context.close();
  return result;
}

const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
const gameSite = await startServer(dist, 0, { quiet: true });
const bareSite = existsSync(bareDir) ? await startServer(bareDir, 0, { quiet: true }) : null;
const browser = await launch();
try {
  const bare = bareSite ? await measureBare(browser, bareSite.url) : null;
  const game = await measureGame(browser, gameSite.url);
  console.log(`\nA still screen's cost, ${seconds} s each, headless Chromium ${viewport.width}×${viewport.height}, software WebGL:`);
  if (bare) {
    console.log(`  bare app (draws every frame): ${bare.framesPerSecond.toFixed(1)} frames/s, ${bare.cpuPerSecond.toFixed(3)} CPU-s/s, ${bare.tasksPerSecond.toFixed(1)} main-thread tasks/s`);
  } else {
    console.log(`  (no bare app at ${bareDir}: build it with tools/bench-bare.sh for the ratios)`);
  }
  const h = game.home;
  console.log(`  still Home: ${h.framesPerSecond.toFixed(2)} frames/s, ${h.cpuPerSecond.toFixed(3)} CPU-s/s${bare ? ` (${pct(h.cpuPerSecond, bare.cpuPerSecond)} of bare)` : ""}, ${h.tasksPerSecond.toFixed(1)} main-thread tasks/s`);
  const share = (cpuPerSecond) => `${cpuPerSecond.toFixed(3)} CPU-s/s${bare ? ` (${pct(cpuPerSecond, bare.cpuPerSecond)} of bare)` : ""}`;
  const hidePart = (part) => `${(part.frames / part.seconds).toFixed(2)} frames/s, ${share(part.cpu / part.seconds)}; `
    + `once the GPU had drawn the hiding's frames (${(part.seconds - part.settled.seconds).toFixed(1)} s later in all): ${share(part.settled.cpu / part.settled.seconds)}`;
  for (const [title, play] of [["a new family's ladder (hides from 2 s)", game], ["hides of 8 s, the ladder's top", game.longHides]]) {
    const hidden = play.hidden;
    console.log(`  peekaboo, ${title}, hidden with no taps: ${hidden.seconds.toFixed(1)} s hidden in all, ${hidePart(hidden)}`);
    for (const [style, part] of play.hiddenByStyle) {
      if (part.seconds === 0) continue;
      console.log(`    ${style}: ${part.seconds.toFixed(1)} s, ${hidePart(part)}`);
    }
  }
  const back = game.comingBack;
  console.log(`  peekaboo, coming back (reveal and hearts): ${(back.frames / back.seconds).toFixed(1)} frames/s over ${back.seconds.toFixed(1)} s`);
  const way = game.wayHome;
  console.log(`  journey, the way home: ${way.framesPerSecond.toFixed(1)} frames/s, ${way.cpuPerSecond.toFixed(3)} CPU-s/s${bare ? ` (${pct(way.cpuPerSecond, bare.cpuPerSecond)} of bare)` : ""} over ${way.seconds.toFixed(1)} s`);
} finally {
  await browser.close();
  gameSite.server.close();
  bareSite?.server.close();
}
