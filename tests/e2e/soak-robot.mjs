// The soak robot: plays like a toddler for a long time, on every screen of both games, while a
// grown-up's script starts each new session through the gate. It notes everything that goes
// wrong (errors, panics, navigations, a way into the settings without the gate) and, every few
// seconds, the wasm memory and the number of live entities. It drives any engine through the
// interface in engines/ (Chromium, Firefox, WebKit), with the cross-engine probe noting errors.
// Used by tests/e2e/soak.test.mjs (about 2 minutes, Chromium) and tools/soak.mjs (any length,
// any engine).
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";
import { DIST, TABLET_LANDSCAPE } from "./harness.mjs";
import { launchChromium } from "./engines/chromium.mjs";
import { centre, passGate, targets, waitFor } from "./engines/play.mjs";

const PROBE = join(dirname(fileURLToPath(import.meta.url)), "engines", "probe.js");

// Every screen reached from Home by a card; each is left by the corner hold.
const IN_A_GAME = (screen) => ["peekaboo", "calendar", "morning"].includes(screen) || screen?.startsWith("journey");

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Plays for `minutes` in the engine `launch` starts (Chromium by default). With
 * `newSessionEvery` (seconds) the grown-up also starts a new session that often (the short
 * soak, which would otherwise never see a session end).
 * Returns the tallies and the samples; `logFile` gets a line per sample as it goes.
 */
export async function soak({ minutes, newSessionEvery = Infinity, query = "", logFile, seed = 20261122, launch = launchChromium }) {
  const { server, url } = await startServer(DIST, 0, { quiet: true, probe: PROBE });
  const engine = await launch();
  const found = { consoleErrors: [], pageErrors: [], panics: 0, navigations: 0, gatePasses: 0, problems: [] };
  let loaded = false;
  let lastMemory = 0;
  const memorySteps = [];
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const note = (line) => { if (logFile) appendFileSync(logFile, `${line}\n`); };

  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const { width, height } = TABLET_LANDSCAPE;
  const anywhere = () => ({ x: 8 + random() * (width - 16), y: 8 + random() * (height - 16) });
  const fingers = (points, holdMs) => engine.touch(points, holdMs);
  const evaluate = (fn, arg) => engine.evaluate(fn, arg);

  const tally = {
    actions: 0, taps: 0, longPresses: 0, palmSmacks: 0, bursts: 0, aimed: 0, sessions: 1, sessionsEnded: 0,
    parentVisits: 0, seen: new Set(),
  };
  const samples = [];
  // A new session starts with the child choosing a game: the games take turns, so both are
  // played however the random taps fall (Home's other cards catch some of them).
  let freshSession = false;
  const began = Date.now();
  const elapsed = () => (Date.now() - began) / 1000;

  /** One toddler action: mostly single taps, sometimes a long press, a palm or a burst. */
  async function toddler(goodTargets) {
    const kind = random();
    tally.actions += 1;
    if (kind < 0.2 && goodTargets.length > 0) {
      const target = goodTargets[Math.floor(random() * goodTargets.length)];
      tally.aimed += 1;
      tally.taps += 1;
      await fingers([centre(target)], 40 + random() * 80);
    } else if (kind < 0.6) {
      tally.taps += 1;
      await fingers([anywhere()], 40 + random() * 80);
    } else if (kind < 0.72) {
      tally.longPresses += 1;
      tally.taps += 1;
      await fingers([anywhere()], 600 + random() * 1900);
    } else if (kind < 0.86) {
      // A palm: five to eight touches at once, close together.
      const palm = anywhere();
      const count = 5 + Math.floor(random() * 4);
      const points = Array.from({ length: count }, () => ({
        x: Math.min(width - 4, Math.max(4, palm.x + (random() - 0.5) * 160)),
        y: Math.min(height - 4, Math.max(4, palm.y + (random() - 0.5) * 120)),
      }));
      tally.palmSmacks += 1;
      tally.taps += count;
      await fingers(points, 80 + random() * 150);
    } else {
      // Twenty taps within a second.
      tally.bursts += 1;
      for (let i = 0; i < 20; i += 1) {
        tally.taps += 1;
        await fingers([anywhere()], 18);
        await pause(28);
      }
    }
    // A toddler's cadence: a breath between actions.
    await pause(150 + random() * 700);
  }

  /** The grown-up: through the gate, and back to the game, which starts a new session. */
  async function grownUpStartsASession() {
    let screen = await evaluate(() => document.body.dataset.screen);
    if (IN_A_GAME(screen)) {
      const leave = (await targets(engine)).find((t) => t.id === "leave");
      if (leave) await fingers([centre(leave)], 2400);
      await waitFor(engine, () => ["home", "all-done"].includes(document.body.dataset.screen), undefined, 60_000);
      screen = await evaluate(() => document.body.dataset.screen);
    }
    if (screen.startsWith("parent-gate")) {
      const back = (await targets(engine)).find((t) => t.id === "back");
      if (back) await fingers([centre(back)]);
      await waitFor(engine, () => !document.body.dataset.screen.startsWith("parent-gate"), undefined, 60_000);
    }
    if (screen === "start") {
      const start = (await targets(engine)).find((t) => t.id === "start");
      if (start) await fingers([centre(start)]);
      await waitFor(engine, () => document.body.dataset.screen === "home", undefined, 30_000);
    }
    // Whatever the robot saw until now is the robot's; the grown-up's way in is not counted.
    await lookAround();
    await passGate(engine);
    tally.parentVisits += 1;
    await engine.click('button[data-action="close"]');
    await waitFor(engine, () => document.body.dataset.screen === "home", undefined, 30_000);
    await evaluate(() => window.screensSeen.splice(0));
    tally.sessions += 1;
    freshSession = true;
  }

  /**
   * What the robot made the page show since it last looked, and what went wrong meanwhile. A
   * page that lost its mark was loaded again: a navigation.
   */
  async function lookAround() {
    const now = await evaluate(() => {
      const navigated = !window.soakMark;
      window.soakMark = true;
      return {
        navigated,
        seen: window.screensSeen.splice(0),
        problems: window.testProbe?.problems.splice(0) ?? [],
        memory: window.seeYouSoonMemory?.() ?? 0,
        where: `${document.body.dataset.screen} ${document.body.dataset.state ?? ""}`.trim(),
      };
    });
    // The wasm memory only grows, in steps: note each with what the page showed then and
    // since the last look, to tell a one-off high-water mark from something kept per visit.
    if (now.memory > lastMemory && lastMemory > 0) {
      const step = { t: Math.round(elapsed()), fromMiB: +(lastMemory / 2 ** 20).toFixed(2), toMiB: +(now.memory / 2 ** 20).toFixed(2), where: now.where, seen: now.seen };
      memorySteps.push(step);
      note(JSON.stringify({ step }));
    }
    lastMemory = Math.max(lastMemory, now.memory);
    if (now.navigated && loaded) found.navigations += 1;
    loaded = true;
    // The engine's own console (Firefox) repeats what the probe noted: keep only what it adds.
    const extra = engine.engineProblems().filter((p) => !now.problems.some((q) => p.includes(q.replace(/^console\.error: /, ""))));
    for (const problem of [...now.problems, ...extra]) {
      if (/panicked/.test(problem)) found.panics += 1;
      (/^(uncaught|unhandled|page error)/.test(problem) ? found.pageErrors : found.consoleErrors).push(problem);
    }
    if (now.seen.includes("parent-area")) {
      found.gatePasses += 1;
      await engine.click('button[data-action="close"]').catch(() => {});
    }
    if (now.seen.includes("problem")) found.problems.push(await evaluate(() => document.body.dataset.problem));
    return now.seen;
  }

  async function sample() {
    const now = await evaluate(() => ({
      screen: document.body.dataset.screen,
      memory: window.seeYouSoonMemory?.() ?? 0,
      stack: window.seeYouSoonStackUsed?.() ?? 0,
      entities: window.seeYouSoonEntities ?? 0,
    }));
    const entry = { t: Math.round(elapsed()), ...now };
    samples.push(entry);
    note(JSON.stringify({ ...entry, taps: tally.taps, sessions: tally.sessions, errors: found.consoleErrors.length + found.pageErrors.length }));
  }

  try {
    await engine.setViewport(TABLET_LANDSCAPE);
    await engine.goto(url + query);
    await waitFor(engine, () => document.body.dataset.screen === "start", undefined, 120_000);
    await lookAround();
    // As at home: the grown-up sets up the session before handing the tablet over.
    await grownUpStartsASession();
    tally.sessions = 1;
    let nextSample = 0;
    let nextSession = newSessionEvery;
    let gameTurn = 0;
    let gateActions = 0;
    while (elapsed() < minutes * 60 && found.problems.length === 0) {
      if (elapsed() >= nextSample) {
        await sample();
        nextSample += 10;
      }
      await lookAround();
      const { screen, status } = await evaluate(() => ({ screen: document.body.dataset.screen, status: document.body.dataset.state ?? "" }));
      tally.seen.add(IN_A_GAME(screen) ? `${screen}:${status.split(":")[0]}` : screen);
      if (screen === "all-done") {
        tally.sessionsEnded += 1;
        await grownUpStartsASession();
        nextSession = elapsed() + newSessionEvery;
        continue;
      }
      if (elapsed() >= nextSession) {
        await grownUpStartsASession();
        nextSession = elapsed() + newSessionEvery;
        continue;
      }
      const onScreen = (await targets(engine)).filter((t) => t.id !== "leave" && t.id !== "parent");
      if (screen === "home") {
        // A child picks a picture: the games take turns, so both are played.
        const card = onScreen.find((t) => t.id === ["peekaboo", "journey"][gameTurn % 2]);
        if (card && (freshSession || random() < 0.6)) {
          freshSession = false;
          gameTurn += 1;
          tally.actions += 1;
          tally.taps += 1;
          await fingers([centre(card)], 60);
          await pause(400);
          continue;
        }
      }
      if (screen?.startsWith("parent-gate")) {
        // The gate holds; after a while a grown-up takes the child back.
        gateActions += 1;
        if (gateActions > 25) {
          gateActions = 0;
          const back = (await targets(engine)).find((t) => t.id === "back");
          if (back) await fingers([centre(back)]);
          continue;
        }
      }
      await toddler(onScreen);
    }
    await lookAround();
    await sample();
  } finally {
    await engine.close();
    server.close();
  }
  return { ...tally, engine: engine.version, seen: [...tally.seen].sort(), found, samples, memorySteps, seconds: Math.round(elapsed()) };
}

/**
 * Growth of the wasm memory and of the entity count from `from` to `to` (seconds). The memory
 * is compared at those two moments. Entities change with the screen, so the largest count in
 * the `window` seconds after `from` is compared with the largest in the `window` before `to`:
 * a leak lifts both the peak and everything under it.
 */
export function growth(samples, from, to, window) {
  const near = (t) => samples.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best), samples[0]);
  const peak = (lo, hi) => Math.max(0, ...samples.filter((s) => s.t >= lo && s.t <= hi).map((s) => s.entities));
  const memoryFrom = near(from).memory;
  const memoryTo = near(to).memory;
  const entitiesFrom = peak(from, from + window);
  const entitiesTo = peak(to - window, to);
  return {
    memoryFrom,
    memoryTo,
    memoryGrowth: memoryFrom ? (memoryTo - memoryFrom) / memoryFrom : null,
    entitiesFrom,
    entitiesTo,
    entitiesGrowth: entitiesFrom ? (entitiesTo - entitiesFrom) / entitiesFrom : null,
  };
}
