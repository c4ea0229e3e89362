// Shared by the browser tests: serves dist/, starts Debian's Chromium (software WebGL2), and
// drives the game as a person would — touches on the canvas where the game says its targets are.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";
import { pastTheSeedingReloads } from "./page-setup.mjs";

export { movableClock, saveSettings, seedPhoto, setDate } from "./page-setup.mjs";
export { PIXEL_STATS, distinctColours, pixelsLike, testPhoto } from "./pixels.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(repoRoot, "dist");
export const SHOTS = join(repoRoot, "test-output", "screenshots");

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const BASE_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--autoplay-policy=user-gesture-required",
];

/** Tablet profiles from the issue: touch; a real tablet draws at device scale 2. */
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };
export const TABLET_PORTRAIT = { width: 768, height: 1024 };

/** Device pixels per CSS pixel of a real tablet: the shell tests use it to prove sharpness. */
export const TABLET_SCALE = 2;

/**
 * Device pixels per CSS pixel everywhere else. Software WebGL draws four times the pixels at
 * scale 2, which slows every frame and proves nothing about what a test checks.
 */
export const TEST_SCALE = 1;

/**
 * The browser is started at the tablet's pixel ratio and each context asks for the same.
 * Emulating the ratio per context alone leaves Chromium's device-pixel canvas sizes at 1×
 * while `devicePixelRatio` says 2, a mix no real tablet has.
 */
export async function launchBrowser(extraArgs = [], { scale = TEST_SCALE } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [...BASE_ARGS, `--force-device-scale-factor=${scale}`, ...extraArgs],
  });
}

let serverPromise;
/** One server for the whole test file. */
export async function stopServer() {
  if (serverPromise) (await serverPromise).server.close();
  serverPromise = undefined;
}

export function server() {
  serverPromise ??= startServer(DIST, 0, { quiet: true });
  return serverPromise;
}

/**
 * Opens the game in a fresh tablet-like context and records everything that goes wrong:
 * console errors, page errors, failed or non-OK requests, and every URL requested.
 */
export async function openGame(browser, { viewport = TABLET_LANDSCAPE, route, query = "", touchScreen = true, timezoneId, serviceWorkers = "allow", scale = TEST_SCALE, locale } = {}) {
  const { url } = await server();
  const context = await browser.newContext({
    viewport,
    timezoneId,
    // The browser's language (navigator.languages), which the game follows.
    locale,
    serviceWorkers,
    // The browser's own scale (see launchBrowser) must be the same.
    deviceScaleFactor: scale,
    hasTouch: touchScreen,
    isMobile: false,
  });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], failedRequests: [], requests: [], elsewhere: [] };
  // Nothing leaves the device: whatever the page or its service worker asks of another site
  // is a problem in every test.
  const origin = new URL(url).origin;
  const ours = (address) => address.startsWith(origin) || address.startsWith("blob:") || address.startsWith("data:");
  context.on("request", (request) => {
    if (!ours(request.url())) log.elsewhere.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") log.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("requestfailed", (request) => log.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  // Every line handed to the browser's voice, in order (the real voice still gets it).
  await page.addInitScript(() => {
    window.spokenLines = [];
    window.spokenLanguages = [];
    window.speechCancels = 0;
    const synth = window.speechSynthesis;
    if (!synth) return;
    const speak = synth.speak.bind(synth);
    const cancel = synth.cancel.bind(synth);
    synth.speak = (utterance) => {
      window.spokenLines.push(utterance.text);
      window.spokenLanguages.push(utterance.lang);
      speak(utterance);
    };
    synth.cancel = () => {
      window.speechCancels += 1;
      cancel();
    };
  });
  if (route) await route(page);
  await page.goto(url + query);
  if (page.seedsPhotos) await pastTheSeedingReloads(page);
  return { page, context, log, url };
}

/** Waits until the game has handed `line` to the browser's voice. */
export async function waitForSpoken(page, line, timeout = 30_000) {
  try {
    await page.waitForFunction((wanted) => window.spokenLines.includes(wanted), line, { timeout });
  } catch (error) {
    // Say what was said instead, and where the game was: a line missed once in CI left no trace.
    const seen = await page.evaluate(() => ({
      said: window.spokenLines.slice(-6),
      where: `${document.body.dataset.screen} ${document.body.dataset.state ?? ""}`,
      caption: document.getElementById("captions")?.textContent,
    })).catch(() => null);
    error.message += ` (waiting for ${JSON.stringify(line)}; ${JSON.stringify(seen)})`;
    throw error;
  }
}

/** A toddler's target: at least 96 CSS px each way, and 16 px clear of every edge. */
export function assertToddlerSized(target, viewport) {
  assert.ok(target.w >= 96 && target.h >= 96, `${target.id} is ${target.w.toFixed(0)}×${target.h.toFixed(0)} px`);
  const margin = 16;
  assert.ok(target.x >= margin && target.y >= margin
    && target.x + target.w <= viewport.width - margin
    && target.y + target.h <= viewport.height - margin,
  `${target.id} at ${JSON.stringify(target)} is too close to an edge`);
}

/**
 * In the parent area, records about 1.5 s on the microphone for the line `slot` and keeps it
 * (with Chromium's fake microphone, a beep).
 */
export async function recordOwnVoice(page, slot) {
  const row = page.locator(`[data-voice-slot="${slot}"]`);
  const inState = (state) => page.waitForFunction(
    ({ slot, state }) => document.querySelector(`[data-voice-slot="${slot}"]`).dataset.state === state,
    { slot, state },
  );
  await row.locator('[data-voice="record"]').click();
  await inState("recording");
  await page.waitForTimeout(1500);
  await row.locator('[data-voice="record"]').click();
  await inState("new");
  await row.locator('[data-voice="keep"]').click();
  await inState("kept");
}

/** The lines the game gave the browser's voice so far. */
export async function spoken(page) {
  return page.evaluate(() => window.spokenLines);
}

/** What the speech bubble over the canvas shows, or null when it is hidden. */
export async function bubble(page) {
  return page.evaluate(() => {
    const element = document.getElementById("bubble");
    return element.hidden ? null : element.textContent;
  });
}

export async function screen(page) {
  return page.evaluate(() => document.body.dataset.screen);
}

export async function waitForScreen(page, name, timeout = 60_000) {
  await page.waitForFunction((wanted) => document.body.dataset.screen === wanted, name, { timeout });
}

/** What the current screen is doing, e.g. `blanket:hidden:round-1` in peekaboo. */
export async function state(page) {
  return page.evaluate(() => document.body.dataset.state ?? "");
}

export async function waitForState(page, part, timeout = 30_000) {
  await page.waitForFunction((wanted) => (document.body.dataset.state ?? "").includes(wanted), part, { timeout });
  return state(page);
}

/**
 * Waits for a peekaboo reveal of `style`: the reveal itself or the celebration after it. A
 * slow frame may carry the game through the short reveal between two looks.
 */
export async function waitForReveal(page, style, timeout) {
  await page.waitForFunction(
    (wanted) => new RegExp(`^${wanted}:(revealing|celebrating):`).test(document.body.dataset.state ?? ""),
    style,
    { timeout },
  );
  return state(page);
}

export async function caption(page) {
  return page.locator("#captions").textContent();
}

/** The tappable things the game reports, in CSS pixels. */
export async function targets(page) {
  return page.evaluate(() => JSON.parse(document.body.dataset.targets ?? "[]"));
}

export async function waitForTarget(page, id, timeout = 30_000) {
  await page.waitForFunction(
    (wanted) => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === wanted),
    id,
    { timeout },
  );
  return (await targets(page)).find((t) => t.id === id);
}

export function centre(target) {
  return { x: target.x + target.w / 2, y: target.y + target.h / 2 };
}

/** Real touch input through the DevTools protocol: fingers down, held, lifted. */
export async function touch(page, points, holdMs = 60) {
  const cdp = await page.context().newCDPSession(page);
  const touchPoints = points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 8, radiusY: 8, force: 1 }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
  await page.waitForTimeout(holdMs);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

export async function tapTarget(page, id, holdMs = 60) {
  const target = await waitForTarget(page, id);
  await touch(page, [centre(target)], holdMs);
}

export async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Everything the page did wrong, as one list; the tests assert it is empty. */
export function problems(log) {
  return [
    ...log.consoleErrors,
    ...log.pageErrors,
    ...log.failedRequests,
    ...(log.elsewhere ?? []).map((address) => `asked another site: ${address}`),
  ];
}

// The grown-ups' way in, as an adult takes it: Start, Home, the corner hold, the number.
const WORDS = {
  units: ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  tens: ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
};

/** Reads "For grown-ups: key in seventy-four" as an adult would: 74. */
function numberFromWords(text) {
  const words = text.split("key in ")[1].trim();
  const [tens, units = ""] = words.split("-");
  return WORDS.tens.indexOf(tens) * 10 + WORDS.units.indexOf(units);
}

/**
 * Hides or shows the tab as far as the page can tell (`document.hidden`, `visibilityState`
 * and the `visibilitychange` event). Headless Chromium never hides a page by itself, and it
 * keeps drawing frames, so whatever pauses, the game paused itself.
 */
export async function setTabHidden(page, hidden) {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    } else {
      delete document.hidden;
      delete document.visibilityState;
    }
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

/** Whole seconds of play the session has counted (`<body data-played>`). */
export async function played(page) {
  return Number(await page.evaluate(() => document.body.dataset.played ?? "0"));
}

/**
 * A browser and a tablet context for a robot at 1× (software rendering at 2× made each tap wait
 * for slow frames). Every screen the page shows is noted in `window.screensSeen` as it happens,
 * so a robot can look only now and then and still miss no visit to the settings.
 */
export async function robotContext() {
  const browser = await launchBrowser([], { scale: 1 });
  const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, hasTouch: true });
  await context.addInitScript(() => {
    window.screensSeen = [];
    new MutationObserver(() => {
      const shown = document.body?.dataset.screen;
      if (shown && window.screensSeen.at(-1) !== shown) window.screensSeen.push(shown);
      // The document itself: an init script runs before <html> exists.
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-screen"] });
  });
  return { browser, context };
}

export async function toHome(page) {
  await tapTarget(page, "start");
  await waitForScreen(page, "home");
}

export async function passGate(page) {
  await tapTarget(page, "parent", 2600);
  await waitForScreen(page, "parent-gate");
  const number = numberFromWords(await caption(page));
  assert.ok(number >= 21 && number <= 99, `read ${number}`);
  await tapTarget(page, `key-${Math.floor(number / 10)}`);
  await tapTarget(page, `key-${number % 10}`);
  await waitForScreen(page, "parent-area");
  await page.locator("#parent-form").waitFor();
}

/**
 * From Home: peekaboo's first round (the hands), hidden, then revealed by a tap. In a family
 * of several, `hider` is the face tapped when Home asks who hides (`hides-2` for the second
 * grown-up).
 */
export async function peekabooToFirstReveal(page, { hider } = {}) {
  await tapTarget(page, "peekaboo");
  if (hider) {
    await waitForState(page, "who-hides", 5000);
    await tapTarget(page, hider);
  }
  await waitForState(page, "hands:hidden", 20_000);
  await tapTarget(page, "hiding-place");
  await waitForReveal(page, "hands", 10_000);
}
