// Tablet-ready, in Chromium at tablet size: the manifest and the service worker make the game
// installable; after one visit it starts and plays with no network; a new build replaces the
// stored one whole; a game asks
// for fullscreen and the journey for a wake lock; turning the tablet mid-journey loses nothing.
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";
import {
  BASE_ARGS,
  CHROMIUM,
  DIST,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  centre,
  launchBrowser,
  openGame,
  played,
  problems,
  setTabHidden,
  shot,
  state,
  stopServer,
  tapTarget,
  targets,
  toHome,
  waitForScreen,
  waitForReveal,
  waitForState,
  waitForTarget,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** Waits until the service worker controls the page and its build's cache is complete. */
async function waitForOfflineReady(page) {
  // The offline copy is begun once Start shows: wait until it is made and in charge. Polled
  // from here: an async predicate in waitForFunction counts as true at once (a promise).
  const deadline = Date.now() + 60_000;
  for (;;) {
    const now = await page.evaluate(async () => ({
      controlled: Boolean(navigator.serviceWorker.controller),
      active: (await navigator.serviceWorker.getRegistration())?.active?.state,
      caches: await caches.keys(),
    }));
    if (now.controlled && now.active === "activated" && now.caches.length === 1) return now;
    assert.ok(Date.now() < deadline, `offline copy not ready: ${JSON.stringify(now)}`);
    await page.waitForTimeout(250);
  }
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

describe("installable and offline", () => {
  test("Chromium finds the game installable", async () => {
    // A profile on disk: Chromium never offers to install from a private (incognito) window.
    const profile = await mkdtemp(join(tmpdir(), "see-you-soon-profile-"));
    const { server, url } = await startServer(DIST, 0, { quiet: true });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: BASE_ARGS,
      viewport: TABLET_LANDSCAPE,
      hasTouch: true,
    });
    const errors = [];
    try {
      const page = context.pages()[0] ?? await context.newPage();
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(url);
      await waitForScreen(page, "start");
      await waitForOfflineReady(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      assert.deepEqual(manifest.errors, [], "the manifest parses without errors");
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      assert.deepEqual(installabilityErrors, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test("after one visit the game starts and plays peekaboo with no network", async () => {
    const { page, context, log, url } = await openGame(browser, { viewport: TABLET_LANDSCAPE });
    try {
      await waitForScreen(page, "start");
      const ready = await waitForOfflineReady(page);
      assert.equal(ready.active, "activated");
      assert.equal(ready.caches.length, 1, `one build stored: ${ready.caches}`);
      await context.setOffline(true);
      await page.reload();
      await waitForScreen(page, "start");
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      // Everything the page asked for, online and offline, was the game's own.
      const origin = new URL(url).origin;
      const elsewhere = log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:"));
      assert.deepEqual(elsewhere, []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("a new build replaces the stored one whole", { timeout: 300_000 }, async () => {
    // A copy of the build to change, on its own server.
    const site = await mkdtemp(join(tmpdir(), "see-you-soon-site-"));
    await cp(DIST, site, { recursive: true });
    const { server, url } = await startServer(site, 0, { quiet: true });
    const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await waitForScreen(page, "start");
      const firstCache = (await waitForOfflineReady(page)).caches[0];
      // The next build: a changed page style and a new version.
      await writeFile(join(site, "style.css"), `${await readFile(join(site, "style.css"), "utf8")}\n/* next build */\n`);
      await rm(join(site, "style.css.br"), { force: true });
      await rm(join(site, "style.css.gz"), { force: true });
      const worker = await readFile(join(site, "sw.js"), "utf8");
      await writeFile(join(site, "sw.js"), worker.replace(/const BUILD = "([^"]*)";/, 'const BUILD = "$1-next";'));
      // The server prefers the compressed copies: the changed files have none.
      for (const stale of ["sw.js.br", "sw.js.gz"]) await rm(join(site, stale), { force: true });
      // A visit finds the new build; it installs whole, takes over while the game is still on
      // Start, and the old cache goes.
      await page.reload();
      // Polled from Node: the page reloads itself once when the new build takes over.
      let seen = null;
      for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
        seen = await page.evaluate(async () => ({
          caches: await caches.keys(),
          style: await (await fetch("style.css")).text(),
        })).catch(() => null);
        if (seen && seen.caches.length === 1 && seen.caches[0] !== firstCache && seen.style.includes("next build")) break;
        await page.waitForTimeout(1000);
      }
      assert.ok(seen?.style.includes("next build"), `the new build's files are the ones served: ${JSON.stringify({ caches: seen?.caches, style: seen?.style.slice(-40) })}`);
      assert.equal(seen.caches.length, 1, `only the new build is kept: ${seen.caches}`);
      await waitForScreen(page, "start");
      assert.match((await cacheNames(page))[0], /-next$/);
    } finally {
      await context.close();
      server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe("fullscreen and a wake lock", () => {
  test("a game asks for fullscreen, the journey keeps the screen awake, and Home lets both go", async () => {
    const { page, context, log } = await openGame(browser, {
      viewport: TABLET_LANDSCAPE,
      query: "?quick",
      route: (p) => p.addInitScript(() => {
        window.deviceCalls = [];
        const request = Element.prototype.requestFullscreen;
        Element.prototype.requestFullscreen = function (...args) {
          window.deviceCalls.push("fullscreen");
          return request.apply(this, args);
        };
        if (navigator.wakeLock) {
          const lock = navigator.wakeLock.request.bind(navigator.wakeLock);
          navigator.wakeLock.request = (type) => {
            window.deviceCalls.push(`wake-lock:${type}`);
            return lock(type);
          };
        }
      }),
    });
    try {
      await toHome(page);
      assert.deepEqual(await page.evaluate(() => window.deviceCalls), [], "nothing asked on Start or Home");
      await tapTarget(page, "journey");
      await waitForScreen(page, "journey");
      await page.waitForFunction(() => window.deviceCalls.includes("fullscreen") && window.deviceCalls.includes("wake-lock:screen"));
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      await page.waitForFunction(() => document.fullscreenElement === null && !window.seeYouSoonPage.awake());
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});

describe("turning the tablet", () => {
  test("mid-journey the scene lays itself out again and the journey goes on where it was", async () => {
    const { page, context, log } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await tapTarget(page, "journey");
      await waitForState(page, "meanwhile", 60_000);
      await page.setViewportSize(TABLET_PORTRAIT);
      // The page turns at once; the game lays itself out again within a few frames.
      await page.waitForFunction(({ width, height }) => {
        const rects = JSON.parse(document.body.dataset.targets ?? "[]");
        return rects.length > 0 && rects.every((t) => t.x >= 0 && t.y >= 0 && t.x + t.w <= width && t.y + t.h <= height);
      }, TABLET_PORTRAIT, { timeout: 20_000 });
      const now = await state(page);
      assert.match(now, /^(meanwhile|way:|reunion)/, `the journey went on: ${now}`);
      for (const target of await targets(page)) {
        assert.ok(target.x + target.w <= TABLET_PORTRAIT.width, `${target.id} fits the turned screen`);
      }
      await shot(page, "tablet-turned-mid-journey");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});

describe("a hidden tab", () => {
  test("pauses the game and the session clock; both go on where they were", async () => {
    const { page, context, log } = await openGame(browser, { viewport: TABLET_LANDSCAPE });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      await page.waitForFunction(() => Number(document.body.dataset.played) >= 1);
      await setTabHidden(page, true);
      const hiddenAt = { state: await state(page), played: await played(page), frames: await page.evaluate(() => window.seeYouSoonFrames) };
      // The game sleeps while nothing moves; a browser that runs a hidden page anyway is
      // played by waking it four times a second.
      await page.evaluate(() => { window.keepWaking = setInterval(() => window.seeYouSoonWake(), 250); });
      // Longer than the grown-up ever stays hidden (8 s): only a paused round is still hiding.
      await page.waitForTimeout(10_000);
      assert.equal(await state(page), hiddenAt.state, "the round waited");
      assert.ok(await played(page) - hiddenAt.played <= 1, "the session clock did not count the hidden time");
      assert.ok(await page.evaluate(() => window.seeYouSoonFrames) > hiddenAt.frames + 10,
        "the page kept running it, so the game paused itself");
      await page.evaluate(() => clearInterval(window.keepWaking));
      await setTabHidden(page, false);
      await waitForReveal(page, "hands", 12_000);
      await page.waitForFunction((from) => Number(document.body.dataset.played) >= from + 2, hiddenAt.played, { timeout: 15_000 });
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});

describe("a small laptop window and a mouse", () => {
  test("clicks play peekaboo as taps do, and the wheel does not scroll the page", async () => {
    const laptop = { width: 960, height: 560 };
    const { page, context, log } = await openGame(browser, { viewport: laptop, touchScreen: false });
    const click = async (id) => {
      const { x, y } = centre(await waitForTarget(page, id));
      await page.mouse.click(x, y);
    };
    try {
      await waitForScreen(page, "start");
      await click("start");
      await waitForScreen(page, "home");
      await page.mouse.move(laptop.width / 2, laptop.height / 2);
      await page.mouse.wheel(0, 600);
      assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), 0, "the wheel does not scroll the page");
      await click("peekaboo");
      await waitForScreen(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      await click("hiding-place");
      await waitForReveal(page, "hands", 5_000);
      await shot(page, "laptop-mouse-peekaboo-found");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
