// Shared by the browser tests: serves dist/, starts Debian's Chromium (software WebGL2), and
// drives the game as a person would — touches on the canvas where the game says its targets are.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";

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

/**
 * Before the page loads, leaves `settings` saved as a parent would have (every load of the
 * page itself; not in a frame it shows, such as the print preview, which would put them back
 * over what the parent just saved).
 */
export async function saveSettings(page, settings) {
  await page.addInitScript((saved) => {
    if (window !== window.top) return;
    localStorage.setItem("see-you-soon.settings", saved);
  }, JSON.stringify({ version: 1, settings }));
}

/**
 * Before the page's scripts run, makes the page's clock (`performance.now`, which the engine
 * and the shown-time clock read) one the test can move on: `window.clockShift` milliseconds.
 */
export function movableClock(page) {
  return page.addInitScript(() => {
    const realNow = performance.now.bind(performance);
    window.clockShift = 0;
    performance.now = () => realNow() + window.clockShift;
  });
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

/**
 * Looks at a screenshot's pixels, decoded by the browser itself in a blank page: how many
 * distinct colours (coarsely binned; a blank or black canvas gives 1-2) and how many pixels
 * are within `tolerance` of `rgb` (0-255 each), when `rgb` is given.
 */
async function pixelStats(browser, png, rgb = null, tolerance = 12) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(PIXEL_STATS, { base64: png.toString("base64"), rgb, tolerance });
  } finally {
    await page.close();
  }
}

/**
 * Runs in a page: decodes a base64 PNG with the browser's own decoder and counts its colours
 * (binned) and the pixels near `rgb`. Any engine's `evaluate` can run it.
 */
export async function PIXEL_STATS({ base64, rgb, tolerance }) {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const bins = new Set();
  let like = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (i % 28 === 0) bins.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    if (rgb && Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance
      && Math.abs(data[i + 2] - rgb[2]) <= tolerance) like += 1;
  }
  return { distinct: bins.size, like };
}

/** How varied the picture on screen is (see `pixelStats`). */
export async function distinctColours(browser, png) {
  return (await pixelStats(browser, png)).distinct;
}

/** How many pixels of a screenshot are close to `rgb`: something of a known colour is shown.
 * The tests run at device scale 1, so a count is of CSS pixels (a quarter of scale 2's). */
export async function pixelsLike(browser, png, rgb, tolerance = 12) {
  return (await pixelStats(browser, png, rgb, tolerance)).like;
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
 * Sets the page's calendar date: `Date` starts at `iso` and runs on from there. Only `Date` is
 * replaced; the page's own clock (`performance.now`), timers and frames are untouched, so the
 * game runs as usual (Playwright's clock stopped its frames).
 */
export function setDate(page, iso) {
  return page.addInitScript((start) => {
    const RealDate = Date;
    const offset = start - RealDate.now();
    class FamilyDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    window.Date = FamilyDate;
  }, new Date(iso).getTime());
}

/**
 * Before the page's scripts run, keeps a photo on the device for the grown-up at `key` (as the
 * parent area would): a drawn stand-in for a real face (a warm face, dark hair, a smile, a
 * blue top), then reloads once so the game reads it at start.
 */
export function seedPhoto(page, key = "grown-up@1", { shirt = "#3E6FA8" } = {}) {
  page.seedsPhotos = true;
  return page.addInitScript(async ({ key, shirt }) => {
    // Noted as done only once it is kept: another photo's reload may cut this one short, and
    // then the next load keeps it again.
    if (sessionStorage.getItem(`photo-seeded-${key}`)) return;
    // This page will reload: a tap on it would be lost (see pastTheSeedingReloads).
    window.photoSeedingHere = true;
    const side = 512;
    const canvas = new OffscreenCanvas(side, side);
    const c = canvas.getContext("2d");
    const circle = (x, y, r, colour) => { c.fillStyle = colour; c.beginPath(); c.arc(x, y, r, 0, Math.PI * 2); c.fill(); };
    c.fillStyle = "#BFD8E8";
    c.fillRect(0, 0, side, side);
    c.fillStyle = shirt;
    c.beginPath();
    c.ellipse(256, 560, 230, 170, 0, 0, Math.PI * 2);
    c.fill();
    circle(256, 250, 150, "#3A2A22");
    c.fillStyle = "#D9A27E";
    c.beginPath();
    c.ellipse(256, 270, 112, 132, 0, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = "#3A2A22";
    c.beginPath();
    c.ellipse(256, 175, 122, 60, 0, Math.PI, Math.PI * 2);
    c.fill();
    circle(212, 262, 11, "#2A1E18");
    circle(300, 262, 11, "#2A1E18");
    c.strokeStyle = "#8E4A3A";
    c.lineWidth = 9;
    c.lineCap = "round";
    c.beginPath();
    c.arc(256, 305, 42, 0.2 * Math.PI, 0.8 * Math.PI);
    c.stroke();
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.9 });
    const bytes = await blob.arrayBuffer();
    await new Promise((resolve, reject) => {
      const open = indexedDB.open("see-you-soon-photos", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("photos");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const transaction = open.result.transaction("photos", "readwrite");
        transaction.objectStore("photos").put({ type: "image/jpeg", bytes }, key);
        transaction.oncomplete = () => {
          open.result.close();
          sessionStorage.setItem(`photo-seeded-${key}`, "1");
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
    location.reload();
  }, { key, shirt });
}

/**
 * Waits for the page that stays: one whose load found every photo already kept. The game
 * boots while a photo is kept, so without this a test could tap Start on a page that then
 * reloads under it (it did, on a slow machine).
 */
async function pastTheSeedingReloads(page, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const settled = await page
      .evaluate(() => document.readyState !== "loading" && !window.photoSeedingHere)
      .catch(() => false); // the page reloading under the look
    if (settled) return;
    if (Date.now() > deadline) throw new Error("the page still reloaded to keep its photos");
    await page.waitForTimeout(100);
  }
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

/** A photo made by the browser: a pale background with a big face (magenta: nothing the game draws is) off to one side. */
export async function testPhoto(page, { width, height, type = "image/jpeg", face = [226, 52, 168] }) {
  const dataUrl = await page.evaluate(({ width, height, type, face }) => {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    context.fillStyle = "rgb(196, 226, 200)";
    context.fillRect(0, 0, width, height);
    const radius = Math.min(width, height) * 0.3;
    context.fillStyle = `rgb(${face.join(",")})`;
    context.beginPath();
    context.arc(width * 0.6, height * 0.45, radius, 0, Math.PI * 2);
    context.fill();
    return canvas.toDataURL(type, 0.92);
  }, { width, height, type, face });
  return Buffer.from(dataUrl.split(",")[1], "base64");
}
