// The soak robot: plays like a toddler for a long time, on every screen of both games, while a
// grown-up's script starts each new session through the gate. It notes everything that goes
// wrong (console errors, panics, navigations, a way into the settings without the gate) and,
// every few seconds, the wasm memory and the number of live entities.
// Used by tests/e2e/soak.test.mjs (about 2 minutes) and tools/soak.mjs (30 minutes).
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  TABLET_LANDSCAPE,
  centre,
  passGate,
  robotContext,
  server,
  targets,
  touch,
} from "./harness.mjs";

// Every screen reached from Home by a card; each is left by the corner hold.
const IN_A_GAME = (screen) => ["peekaboo", "calendar", "morning"].includes(screen) || screen?.startsWith("journey");

/**
 * Plays for `minutes`. With `newSessionEvery` (seconds) the grown-up also starts a new session
 * that often (the short soak, which would otherwise never see a session end).
 * Returns the tallies and the samples; `logFile` gets a line per sample as it goes.
 */
export async function soak({ minutes, newSessionEvery = Infinity, query = "", logFile, seed = 20261122 }) {
  const { browser, context } = await robotContext();
  const page = await context.newPage();
  const found = { consoleErrors: [], pageErrors: [], panics: 0, navigations: 0, gatePasses: 0, problems: [] };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    found.consoleErrors.push(message.text());
    if (/panicked/.test(message.text())) found.panics += 1;
  });
  page.on("pageerror", (error) => found.pageErrors.push(String(error)));
  let loaded = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && loaded) found.navigations += 1;
  });
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const note = (line) => { if (logFile) appendFileSync(logFile, `${line}\n`); };

  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const { width, height } = TABLET_LANDSCAPE;
  const anywhere = () => ({ x: 8 + random() * (width - 16), y: 8 + random() * (height - 16) });
  const cdp = await context.newCDPSession(page);
  const fingers = async (points, holdMs) => {
    const touchPoints = points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 12, radiusY: 12, force: 1 }));
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
    await page.waitForTimeout(holdMs);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  };

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
        await page.waitForTimeout(28);
      }
    }
    // A toddler's cadence: a breath between actions.
    await page.waitForTimeout(150 + random() * 700);
  }

  /** The grown-up: through the gate, and back to the game, which starts a new session. */
  async function grownUpStartsASession() {
    let screen = await page.evaluate(() => document.body.dataset.screen);
    if (IN_A_GAME(screen)) {
      const leave = (await targets(page)).find((t) => t.id === "leave");
      if (leave) await touch(page, [centre(leave)], 2400);
      await page.waitForFunction(() => ["home", "all-done"].includes(document.body.dataset.screen), null, { timeout: 60_000 });
      screen = await page.evaluate(() => document.body.dataset.screen);
    }
    if (screen.startsWith("parent-gate")) {
      const back = (await targets(page)).find((t) => t.id === "back");
      if (back) await touch(page, [centre(back)]);
      await page.waitForFunction(() => !document.body.dataset.screen.startsWith("parent-gate"), null, { timeout: 60_000 });
    }
    if (screen === "start") {
      const start = (await targets(page)).find((t) => t.id === "start");
      if (start) await touch(page, [centre(start)]);
      await page.waitForFunction(() => document.body.dataset.screen === "home", null, { timeout: 30_000 });
    }
    // Whatever the robot saw until now is the robot's; the grown-up's way in is not counted.
    await lookAround();
    await passGate(page);
    tally.parentVisits += 1;
    await page.getByRole("button", { name: "Back to the game" }).click();
    await page.waitForFunction(() => document.body.dataset.screen === "home", null, { timeout: 30_000 });
    await page.evaluate(() => window.screensSeen.splice(0));
    tally.sessions += 1;
    freshSession = true;
  }

  /** What the robot made the page show since it last looked. */
  async function lookAround() {
    const seen = await page.evaluate(() => window.screensSeen.splice(0));
    if (seen.includes("parent-area")) {
      found.gatePasses += 1;
      await page.getByRole("button", { name: "Back to the game" }).click().catch(() => {});
    }
    if (seen.includes("problem")) found.problems.push(await page.evaluate(() => document.body.dataset.problem));
    return seen;
  }

  async function sample() {
    const now = await page.evaluate(() => ({
      screen: document.body.dataset.screen,
      memory: window.seeYouSoonMemory?.() ?? 0,
      entities: window.seeYouSoonEntities ?? 0,
    }));
    const entry = { t: Math.round(elapsed()), ...now };
    samples.push(entry);
    note(JSON.stringify({ ...entry, taps: tally.taps, sessions: tally.sessions, errors: found.consoleErrors.length + found.pageErrors.length }));
  }

  try {
    await page.goto((await server()).url + query);
    loaded = true;
    await page.waitForFunction(() => document.body.dataset.screen === "start", null, { timeout: 120_000 });
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
      const screen = await page.evaluate(() => document.body.dataset.screen);
      const status = await page.evaluate(() => document.body.dataset.state ?? "");
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
      const onScreen = (await targets(page)).filter((t) => t.id !== "leave" && t.id !== "parent");
      if (screen === "home") {
        // A child picks a picture: the games take turns, so both are played.
        const card = onScreen.find((t) => t.id === ["peekaboo", "journey"][gameTurn % 2]);
        if (card && (freshSession || random() < 0.6)) {
          freshSession = false;
          gameTurn += 1;
          tally.actions += 1;
          tally.taps += 1;
          await fingers([centre(card)], 60);
          await page.waitForTimeout(400);
          continue;
        }
      }
      if (screen?.startsWith("parent-gate")) {
        // The gate holds; after a while a grown-up takes the child back.
        gateActions += 1;
        if (gateActions > 25) {
          gateActions = 0;
          const back = (await targets(page)).find((t) => t.id === "back");
          if (back) await touch(page, [centre(back)]);
          continue;
        }
      }
      await toddler(onScreen);
    }
    await lookAround();
    await sample();
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
    await browser.close();
  }
  return { ...tally, seen: [...tally.seen].sort(), found, samples, seconds: Math.round(elapsed()) };
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
