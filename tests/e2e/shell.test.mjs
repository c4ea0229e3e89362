// The game shell in a real browser: loading, Start, Home, each game and back, at both
// tablet orientations, a large tablet and a small laptop window; then the ways it can fail (no WebGL2, the wasm not arriving).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  caption,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  TABLET_SCALE,
  TEST_SCALE,
  centre,
  distinctColours,
  launchBrowser,
  openGame,
  problems,
  screen,
  shot,
  stopServer,
  tapTarget,
  targets,
  touch,
  waitForScreen,
  waitForState,
  waitForTarget,
  assertToddlerSized,
} from "./harness.mjs";

/** About 2 cm on a tablet: the smallest a toddler's target may be. */
const TODDLER_TARGET_PX = 96;
/** A grown-up's target (Material's 48 dp). */
const ADULT_TARGET_PX = 48;

let browser;
/** The landscape tablet at a real tablet's pixel ratio, the one place sharpness is proved. */
let sharpBrowser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await sharpBrowser?.close();
  await stopServer();
});

// The sizes: both tablet orientations, a large tablet (12.9-inch) and a small laptop
// window (a browser window not maximised on a 1366×768 screen).
// Only the first is drawn at device scale 2: layout is in CSS pixels, and software WebGL at
// scale 2 makes every frame four times the work.
const SIZES = [
  ["landscape", "a tablet in landscape", TABLET_LANDSCAPE, TABLET_SCALE],
  ["portrait", "a tablet in portrait", TABLET_PORTRAIT, TEST_SCALE],
  ["large", "a large tablet", { width: 1366, height: 1024 }, TEST_SCALE],
  ["laptop", "a small laptop window", { width: 960, height: 560 }, TEST_SCALE],
];
for (const [label, what, viewport, scale] of SIZES) {
  describe(`${what} (${viewport.width}×${viewport.height}, touch, scale ${scale})`, () => {
    let page;
    let log;
    let context;

    before(async () => {
      if (scale === TABLET_SCALE) sharpBrowser ??= await launchBrowser([], { scale });
      ({ page, log, context } = await openGame(scale === TABLET_SCALE ? sharpBrowser : browser, { viewport, scale }));
    });
    after(async () => { await context?.close(); });

    test("loads to the Start screen with one big target and a drawn canvas", async () => {
      await waitForScreen(page, "start");
      const start = await waitForTarget(page, "start");
      assertToddlerSized(start, viewport);
      assert.deepEqual((await targets(page)).map((t) => t.id), ["start"]);
      assert.equal(await page.locator("#loading").isVisible(), false, "loading indicator hidden");
      assert.equal(await page.locator("#captions").textContent(), "Tap to start!");
      // Give the first frames a moment, then check the canvas really shows something.
      await page.waitForTimeout(500);
      const colours = await distinctColours(browser, await page.screenshot({ path: undefined }));
      await shot(page, `${label}-1-start`);
      assert.ok(colours > 20, `the screen has only ${colours} colours: blank?`);
    });

    test("the first tap reaches Home and lets the page play sound", async () => {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      const states = await page.evaluate(() => window.seeYouSoonAudio.states());
      assert.ok(states.length > 0, "the engine made an AudioContext");
      await page.waitForFunction(() => window.seeYouSoonAudio.states().every((s) => s === "running"));
    });

    test("Home shows three big game pictures, two smaller ones below and a small grown-up corner", async () => {
      await waitForTarget(page, "journey");
      await page.waitForTimeout(400);
      await shot(page, `${label}-2-home`);
      const all = await targets(page);
      assert.deepEqual(all.map((t) => t.id), ["calendar", "journey", "morning", "my-turn", "parent", "peekaboo"]);
      const byId = Object.fromEntries(all.map((t) => [t.id, t]));
      for (const id of ["peekaboo", "journey", "my-turn", "calendar", "morning"]) assertToddlerSized(byId[id], viewport);
      assert.ok(byId.parent.w >= ADULT_TARGET_PX && byId.parent.h >= ADULT_TARGET_PX);
      assert.ok(byId.parent.w < TODDLER_TARGET_PX, "the grown-up corner stays small");
      // The three games side by side in landscape; in portrait the third wraps below.
      const below = (a, b) => a.y >= b.y + b.h;
      if (viewport.width > viewport.height) {
        assert.ok(byId.journey.x > byId.peekaboo.x + byId.peekaboo.w);
        assert.ok(byId["my-turn"].x > byId.journey.x + byId.journey.w);
      } else {
        assert.ok(below(byId["my-turn"], byId.peekaboo));
      }
      // The calendar and the goodbye practice are smaller, below the games, or beside them
      // where the window is wide enough for all five on one line.
      if (viewport.width / viewport.height >= 1.62) {
        assert.ok(byId.calendar.x > byId["my-turn"].x + byId["my-turn"].w && byId.morning.x > byId.calendar.x);
      } else {
        assert.ok(below(byId.calendar, byId.peekaboo) && below(byId.morning, byId.journey));
      }
      assert.ok(byId.calendar.w < byId.peekaboo.w);
      const caption = await page.locator("#captions").textContent();
      assert.match(caption, /What shall we play/);
    });

    test("tapping peekaboo opens the game; holding the corner house goes back Home", async () => {
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo");
      await waitForTarget(page, "hiding-place");
      await page.waitForTimeout(300);
      await shot(page, `${label}-3-peekaboo`);
      for (const target of await targets(page)) {
        if (target.id !== "leave") assertToddlerSized(target, viewport);
      }
      await tapTarget(page, "leave");
      await page.waitForTimeout(300);
      assert.equal(await screen(page), "peekaboo", "a tap on the corner does not leave");
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
    });

    test("tapping the journey opens its goodbye ritual; holding the corner house goes back Home", async () => {
      await tapTarget(page, "journey");
      await waitForScreen(page, "journey");
      await waitForState(page, "ritual:hug:waiting");
      assert.match(await caption(page), /hug/);
      await page.waitForTimeout(300);
      await shot(page, `${label}-3-journey`);
      for (const target of await targets(page)) {
        if (target.id !== "leave") assertToddlerSized(target, viewport);
      }
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
    });

    test("taps on the grown-up corner do nothing; a two-second hold opens it", async () => {
      for (let i = 0; i < 5; i += 1) await tapTarget(page, "parent");
      await page.waitForTimeout(300);
      assert.equal(await screen(page), "home", "five taps on the corner left Home");
      await tapTarget(page, "parent", 3000);
      await waitForScreen(page, "parent-gate");
      await page.waitForTimeout(300);
      await shot(page, `${label}-4-parent-gate`);
      await tapTarget(page, "back");
      await waitForScreen(page, "home");
    });

    test("a tap on empty space is harmless", async () => {
      await touch(page, [{ x: 30, y: viewport.height - 30 }]);
      await touch(page, [{ x: 40, y: 40 }, { x: 90, y: 60 }, { x: 140, y: 50 }, { x: 60, y: 120 }, { x: 200, y: 90 }]);
      await page.waitForTimeout(200);
      assert.equal(await screen(page), "home");
    });

    test("nothing went wrong along the way", () => {
      assert.deepEqual(problems(log), []);
      assert.ok(!log.requests.some((u) => u.endsWith(".meta")), "no .meta look-ups");
      const origin = new URL(page.url()).origin;
      assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin)), [], "only our own files");
      // A first visit downloads each file once (the page's font is lent by the game, not fetched).
      const files = log.requests.filter((u) => u.startsWith(origin) && !u.includes("/icons/"));
      assert.deepEqual(files.filter((u, i) => files.indexOf(u) !== i), [], "no file fetched twice");
    });

    test("the speech bubble has the game's own letters", async () => {
      const lent = await page.evaluate(() => [...document.fonts].filter((face) => face.family.replaceAll('"', "") === "See You Soon").map((face) => face.status));
      assert.deepEqual(lent, ["loaded"]);
    });
  });
}

describe("the page around the game", () => {
  let page;
  let context;
  before(async () => {
    ({ page, context } = await openGame(browser));
    await waitForScreen(page, "start");
  });
  after(async () => { await context?.close(); });

  test("cannot be scrolled, zoomed, selected or long-pressed into a menu", async () => {
    const facts = await page.evaluate(() => {
      const canvas = document.getElementById("game");
      const menu = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      canvas.dispatchEvent(menu);
      const pinch = new WheelEvent("wheel", { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -40 });
      canvas.dispatchEvent(pinch);
      const zoomKey = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ctrlKey: true, key: "+" });
      canvas.dispatchEvent(zoomKey);
      return {
        canvasTouchAction: getComputedStyle(canvas).touchAction,
        bodyOverflow: getComputedStyle(document.body).overflow,
        userSelect: getComputedStyle(document.body).userSelect,
        overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
        menuPrevented: menu.defaultPrevented,
        pinchPrevented: pinch.defaultPrevented,
        zoomKeyPrevented: zoomKey.defaultPrevented,
        viewport: document.querySelector('meta[name="viewport"]').content,
      };
    });
    assert.equal(facts.canvasTouchAction, "none");
    assert.equal(facts.bodyOverflow, "hidden");
    assert.equal(facts.userSelect, "none");
    assert.equal(facts.overscroll, "none");
    assert.equal(facts.menuPrevented, true);
    assert.equal(facts.pinchPrevented, true, "a trackpad pinch does not zoom the page");
    assert.equal(facts.zoomKeyPrevented, true, "Ctrl and + does not zoom the page");
    // The page may be zoomed where grown-ups read (accessibility audits ask it); the game
    // refuses pinch and double-tap through touch-action instead, checked in every engine.
    assert.doesNotMatch(facts.viewport, /user-scalable=no|maximum-scale/);
    // A swipe does not move the page.
    await touch(page, [{ x: 500, y: 600 }], 30);
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), 0);
    // A double tap and a real two-finger pinch on the game, where nothing is tappable, leave
    // it at its size (the Start button answers on touch-down, so keep clear of it).
    const [start] = await targets(page);
    const clearY = start.y > 80 ? start.y / 2 : (start.y + start.h + 768) / 2;
    await touch(page, [{ x: 512, y: clearY }], 30);
    await touch(page, [{ x: 512, y: clearY }], 30);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread) => [{ x: 512 - spread, y: clearY, id: 0 }, { x: 512 + spread, y: clearY, id: 1 }];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
    for (let spread = 40; spread <= 200; spread += 40) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await cdp.detach();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.visualViewport.scale), 1, "the game was not zoomed");
    assert.equal(await screen(page), "start");
  });

  test("follows a live resize: the canvas fills the window and Home re-flows", async () => {
    await tapTarget(page, "start");
    await waitForScreen(page, "home");
    await page.setViewportSize(TABLET_PORTRAIT);
    await page.waitForFunction(() => {
      const t = Object.fromEntries(JSON.parse(document.body.dataset.targets).map((x) => [x.id, x]));
      return t["my-turn"] && t["my-turn"].y > t.peekaboo.y + t.peekaboo.h;
    });
    const size = await page.evaluate(() => {
      const r = document.getElementById("game").getBoundingClientRect();
      return { w: r.width, h: r.height };
    });
    assert.deepEqual(size, { w: TABLET_PORTRAIT.width, h: TABLET_PORTRAIT.height });
    // Drawn at the screen's full sharpness: one canvas pixel per device pixel.
    await page.waitForFunction(() => {
      const canvas = document.getElementById("game");
      return canvas.width === innerWidth * devicePixelRatio && canvas.height === innerHeight * devicePixelRatio;
    });
  });
});

describe("when the game cannot run", () => {
  test("without WebGL2 the parent sees a plain message, not a blank screen", async () => {
    const noGl = await launchBrowser(["--disable-webgl", "--disable-3d-apis"]);
    try {
      const { page } = await openGame(noGl);
      await waitForScreen(page, "problem", 20_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "no-webgl");
      assert.equal(await page.locator("#problem").isVisible(), true);
      assert.match(await page.locator("#problem-text").textContent(), /WebGL 2/);
      await shot(page, "problem-no-webgl");
    } finally {
      await noGl.close();
    }
  });

  test("a wasm download that fails shows the same kind of message", async () => {
    const { page, context } = await openGame(browser, {
      route: (p) => p.route("**/*.wasm", (route) => route.abort("failed")),
    });
    try {
      await waitForScreen(page, "problem", 20_000);
      assert.equal(await page.evaluate(() => document.body.dataset.problem), "load-failed");
      assert.equal(await page.locator("#problem").isVisible(), true);
      await shot(page, "problem-load-failed");
    } finally {
      await context.close();
    }
  });
});
