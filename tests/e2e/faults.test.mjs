// Fault drills in Chromium: each breaks one thing on purpose and checks what the child and the
// parent get. The JS does not arrive; pictures and sounds are missing; WebGL is taken away
// mid-game; localStorage throws; speech throws; the game panics; the tab is away for an hour.
// In every one, what the parent saved is still there afterwards.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  movableClock,
  TABLET_LANDSCAPE,
  caption,
  launchBrowser,
  openGame,
  passGate,
  pixelsLike,
  played,
  problems,
  screen,
  setTabHidden,
  SHOTS,
  shot,
  state,
  stopServer,
  tapTarget,
  toHome,
  touch,
  waitForScreen,
  waitForReveal,
  waitForState,
} from "./harness.mjs";

const SETTINGS_KEY = "see-you-soon.settings";
/** What a parent saved earlier: names the drills look for afterwards. */
const SAVED = JSON.stringify({
  version: 1,
  settings: { child_name: "Zoë", grown_up: { name: "Nana", look: { Person: { figure: "OlderWoman", tone: "Medium" } } }, session_minutes: "Ten" },
});

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** Opens the game with the parent's saved settings in place (once: reloads keep what is there). */
function withSavedSettings(extra) {
  return async (page) => {
    await page.addInitScript(([key, saved]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, saved);
        sessionStorage.setItem("seeded", "1");
      }
    }, [SETTINGS_KEY, SAVED]);
    if (extra) await extra(page);
  };
}

/** The parent's choices in storage (the game itself may also keep how long peekaboo waits). */
async function savedNow(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY);
  const { child_name, grown_up, session_minutes } = JSON.parse(text).settings;
  return { child_name, grown_up, session_minutes };
}

/** The saved settings still name Nana: read back by the game itself on a visit to peekaboo. */
async function assertNanaStillThere(page) {
  await toHome(page);
  await tapTarget(page, "peekaboo");
  await waitForScreen(page, "peekaboo");
  await page.waitForFunction(() => /Nana/.test(document.getElementById("captions").textContent), null, { timeout: 20_000 });
}

describe("files that do not arrive", () => {
  test("without the game's JavaScript the parent sees a plain message", async () => {
    const { page, context } = await openGame(browser, {
      route: (p) => p.route("**/see_you_soon.js", (route) => route.abort("failed")),
    });
    try {
      await waitForScreen(page, "problem", 20_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "load-failed");
      assert.match(await page.locator("#problem-text").textContent(), /settings are safe/);
    } finally {
      await context.close();
    }
  });

  test("missing pictures and sounds: a plain shape stands in and peekaboo plays on", async () => {
    const missing = /\/(images\/peekaboo\/|images\/grown-ups\/|images\/hands\/|audio\/)/;
    const { page, context, log } = await openGame(browser, {
      // Files missing from the server, with no offline copy to fall back on: the copy, made
      // once Start shows, would otherwise hand the games' pictures over (as it should).
      serviceWorkers: "block",
      route: (p) => p.route((url) => missing.test(url.pathname), (route) => route.fulfill({ status: 404, body: "" })),
    });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      // The hands over the face are pictures: missing, their stand-ins (a warm #F2C18D) cover
      // a good part of the stage. (The grown-up is drawn from shapes and needs no picture.)
      // The picture is taken at once and looked at after the tap: the first hides are short
      // (two seconds hidden, then the grown-up comes back alone), so it is taken at CSS scale,
      // a quarter of the pixels to wait for. The stand-ins are still far above the threshold.
      const picture = await page.screenshot({ path: join(SHOTS, "fault-missing-pictures.png"), scale: "css" });
      await tapTarget(page, "hiding-place");
      await waitForReveal(page, "hands", 5_000);
      assert.match(await caption(page), /Peekaboo/);
      assert.ok(await pixelsLike(browser, picture, [0xF2, 0xC1, 0x8D], 6) > 5_000, "a stand-in is drawn");
      // The only complaints are about the files that were missing.
      const unexpected = problems(log).filter((p) => !missing.test(p) && !/could not be loaded|404|Failed to load resource|Path not found/.test(p));
      assert.deepEqual(unexpected, []);
      assert.ok(log.failedRequests.length > 0, "files really were missing");
    } finally {
      await context.close();
    }
  });
});

describe("the picture is taken away", () => {
  test("WebGL lost mid-game: a calm message, and a tap starts again with the settings kept", async () => {
    const { page, context } = await openGame(browser, { route: withSavedSettings() });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:", 20_000);
      const before = await savedNow(page);
      await page.evaluate(() => document.getElementById("game").getContext("webgl2").getExtension("WEBGL_lose_context").loseContext());
      await waitForScreen(page, "problem", 10_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "gpu-lost");
      assert.match(await page.locator("#problem-text").textContent(), /Tap anywhere to start again/);
      assert.equal(await page.locator("#bubble").isVisible(), false, "the game's words go with it");
      await shot(page, "fault-webgl-lost");
      // A tap anywhere (a child's, likely) starts again on the Start screen.
      await touch(page, [{ x: 200, y: 650 }]);
      await waitForScreen(page, "start", 60_000);
      assert.deepEqual(await savedNow(page), before, "the saved settings are unchanged");
      await assertNanaStillThere(page);
    } finally {
      await context.close();
    }
  });

  test("a panic shows “Something went wrong”, and a tap starts again with the settings kept", async () => {
    const { page, context, log } = await openGame(browser, { route: withSavedSettings(), query: "?crash-drill" });
    try {
      await waitForScreen(page, "start");
      const before = await savedNow(page);
      await tapTarget(page, "start");
      await waitForScreen(page, "problem", 20_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "crashed");
      assert.equal(await page.locator("#problem-title").textContent(), "Something went wrong");
      assert.ok(log.consoleErrors.some((e) => /crash drill/.test(e)), "the panic was the drill's");
      assert.equal(await page.locator("#bubble").isVisible(), false, "the game's words go with it");
      await shot(page, "fault-crashed");
      await page.getByRole("button", { name: "Start again" }).click();
      await waitForScreen(page, "start", 60_000);
      assert.deepEqual(await savedNow(page), before);
    } finally {
      await context.close();
    }
  });
  test("a failure while starting: the page starts once more by itself, and a second one gives the message", async () => {
    // The drill fails on every start, so the one quiet retry also fails: what shows then is the
    // message (no reload loop), and the retry left its trace in the console.
    const { page, context, log } = await openGame(browser, { route: withSavedSettings(), query: "?crash-drill-while-starting" });
    const warnings = [];
    page.on("console", (message) => { if (message.type() === "warning") warnings.push(message.text()); });
    // Counted from here: the first load is over when the game is opened.
    let reloads = 0;
    page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) reloads += 1; });
    try {
      await waitForScreen(page, "problem", 60_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "crashed");
      assert.equal(reloads, 1, "one quiet start again, then the message");
      assert.ok(warnings.some((w) => /started once more/.test(w)), "the retry is said in the console");
      assert.ok(log.consoleErrors.filter((e) => /crash drill/.test(e)).length >= 2, "both starts were the drill's");
      await page.waitForTimeout(3000);
      assert.equal(await page.evaluate(() => document.body.dataset.screen), "problem", "and it stays on the message");
      assert.equal(reloads, 1);
    } finally {
      await context.close();
    }
  });
});

describe("the browser refuses", () => {
  test("localStorage throws on every read and write: the game plays, the parent is told", async () => {
    const { page, context, log } = await openGame(browser, {
      route: (p) => p.addInitScript(() => {
        const refuse = () => { throw new DOMException("The operation is insecure.", "SecurityError"); };
        Storage.prototype.getItem = refuse;
        Storage.prototype.setItem = refuse;
        Storage.prototype.removeItem = refuse;
      }),
    });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      await tapTarget(page, "leave", 2600);
      await waitForScreen(page, "home");
      await passGate(page);
      assert.match(await page.locator("#parent-status").textContent(), /not letting the game keep settings/);
      await page.getByLabel("What your child calls you").selectOption("other");
      await page.getByLabel("Or type it").fill("Grandad");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.waitForFunction(() => /could not be saved|won't be kept/.test(document.getElementById("parent-status").textContent));
      await page.getByRole("button", { name: "Back to the game" }).click();
      await tapTarget(page, "peekaboo");
      await page.waitForFunction(() => /Grandad/.test(document.getElementById("captions").textContent), null, { timeout: 20_000 });
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("speech that throws: captions carry every line and the game goes on", async () => {
    const { page, context, log } = await openGame(browser, {
      route: withSavedSettings((p) => p.addInitScript(() => {
        window.speechThrows = 0;
        for (const name of ["speak", "cancel", "getVoices"]) {
          speechSynthesis[name] = () => {
            window.speechThrows += 1;
            throw new Error(`speech drill: ${name} refused`);
          };
        }
      })),
    });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      assert.match(await caption(page), /Where's Nana/);
      await tapTarget(page, "hiding-place");
      await waitForReveal(page, "hands", 5_000);
      await waitForState(page, "round-1", 20_000);
      assert.ok(await page.evaluate(() => window.speechThrows) > 0, "the game did try to speak");
      assert.deepEqual(log.pageErrors, []);
      assert.equal(await screen(page), "peekaboo");
    } finally {
      await context.close();
    }
  });
});

describe("a long time away", () => {
  test("an hour with the tab hidden: the game and the session go on where they were", async () => {
    const { page, context, log } = await openGame(browser, {
      route: withSavedSettings(movableClock),
    });
    try {
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      const before = { saved: await savedNow(page), state: await state(page), played: await played(page) };
      await setTabHidden(page, true);
      await page.evaluate(() => { window.clockShift += 3_600_000; });
      await page.waitForTimeout(1500);
      assert.equal(await state(page), before.state, "still hiding, as when the tab went away");
      await setTabHidden(page, false);
      await waitForReveal(page, "hands", 12_000);
      const after = await played(page);
      assert.ok(after - before.played <= 3, `the session counted ${after - before.played} s, not the hour`);
      assert.equal(await screen(page), "peekaboo");
      assert.deepEqual(await savedNow(page), before.saved);
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
