// Drawing only when something moves, in Chromium: a still Home draws about a frame a second at
// most, a tap is answered at once, and a peekaboo hide with no taps still ends on time while
// the engine sleeps through it. Frames are the engine's own (`window.seeYouSoonFrames`): the
// page's animation-frame callbacks would count the test's own polling too.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  launchBrowser,
  openGame,
  problems,
  stopServer,
  tapTarget,
  toHome,
  waitForScreen,
  waitForState,
} from "./harness.mjs";

let browser;
// Device scale 1: what is measured is how often the game draws, not how sharp.
before(async () => { browser = await launchBrowser([], { scale: 1 }); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** Notes each state the game shows with the time and the engine's frame count then. */
async function openCounting() {
  const opened = await openGame(browser, {
    scale: 1,
    route: (page) => page.addInitScript(() => {
      window.stateLog = [];
      new MutationObserver(() => {
        const state = document.body?.dataset.state ?? "";
        if (window.stateLog.at(-1)?.state !== state) window.stateLog.push({ state, at: performance.now(), frames: window.seeYouSoonFrames ?? 0 });
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
    }),
  });
  return opened;
}

const frames = (page) => page.evaluate(() => window.seeYouSoonFrames);

describe("drawing only when something moves", () => {
  test("a still Home draws at most about a frame a second, and a tap is answered in the next frame", { timeout: 120_000 }, async () => {
    const { page, log, context } = await openCounting();
    try {
      await toHome(page);
      // Home's first moment: the games' files arrive and the music begins.
      await page.waitForTimeout(4000);
      const before = await frames(page);
      await page.waitForTimeout(10_000);
      const still = (await frames(page)) - before;
      assert.ok(still <= 12, `${still} frames in 10 s of a still Home`);
      // A touch on the peekaboo card: the very next frames draw its answer.
      const touched = await frames(page);
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo", 5_000);
      assert.ok((await frames(page)) > touched, "the tap was drawn");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a peekaboo hide with no taps ends within its ceiling while the engine sleeps through it", { timeout: 120_000 }, async () => {
    const { page, log, context } = await openCounting();
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo");
      // Two whole hides, untouched.
      await waitForState(page, "round-3", 60_000);
      const hides = await page.evaluate(() => {
        const log = window.stateLog;
        return log.flatMap((entry, i) => /:hidden:/.test(entry.state) && log[i + 1]
          ? [{ seconds: (log[i + 1].at - entry.at) / 1000, frames: log[i + 1].frames - entry.frames }]
          : []);
      });
      assert.ok(hides.length >= 2, JSON.stringify(hides));
      for (const hide of hides) {
        // The ladder's longest wait is 8 s; the reveal comes by itself, on time.
        assert.ok(hide.seconds <= 8.3, `a hide lasted ${hide.seconds.toFixed(2)} s`);
        // The cover settling, a blink or two (each drawn, then one frame more), and the
        // moment it ends: a few frames a second at most, where every frame was drawn before.
        assert.ok(hide.frames <= 4 + 3 * hide.seconds, `${hide.frames} frames in a ${hide.seconds.toFixed(1)} s hide`);
      }
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
