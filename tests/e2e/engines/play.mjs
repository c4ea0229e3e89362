// Playing the game through any engine's interface (see firefox.mjs, webkit.mjs): the same
// reading of the page's mirror (`data-screen`, `data-state`, `data-targets`, the captions) and
// the same touches as the Chromium harness, polled from Node so every driver can do it.
import assert from "node:assert/strict";

/** Polls `fn(arg)` in the page until it is truthy; fails with what it last saw. */
export async function waitFor(engine, fn, arg, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await engine.evaluate(fn, arg).catch(whileThePageLoads)) return;
    if (Date.now() > deadline) {
      const seen = await engine.evaluate(() => `${document.body?.dataset.screen} / ${document.body?.dataset.state ?? ""}`);
      throw new Error(`timed out after ${timeout} ms waiting for ${fn} (${JSON.stringify(arg)}); the page shows ${seen}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * A look taken while the page is being replaced (a reload the game or the service worker
 * asked for) finds no body yet, or a page that is going: not yet, rather than a failure.
 */
function whileThePageLoads(error) {
  if (/document\.body is null|body is null|null \(evaluating 'document\.body|Cannot read properties of null|context was destroyed|Execution context|navigat/i.test(String(error))) return false;
  throw error;
}

export const screen = (engine) => engine.evaluate(() => document.body.dataset.screen);
export const state = (engine) => engine.evaluate(() => document.body.dataset.state ?? "");
export const caption = (engine) => engine.evaluate(() => document.getElementById("captions").textContent);
export const targets = (engine) => engine.evaluate(() => JSON.parse(document.body.dataset.targets ?? "[]"));

export function waitForScreen(engine, name, timeout = 60_000) {
  return waitFor(engine, (wanted) => document.body.dataset.screen === wanted, name, timeout);
}

export function waitForState(engine, part, timeout = 30_000) {
  return waitFor(engine, (wanted) => (document.body.dataset.state ?? "").includes(wanted), part, timeout);
}

export function centre(target) {
  return { x: target.x + target.w / 2, y: target.y + target.h / 2 };
}

export async function tapTarget(engine, id, holdMs = 60) {
  await waitFor(engine, (wanted) => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === wanted), id);
  const target = (await targets(engine)).find((t) => t.id === id);
  await engine.tap(centre(target), holdMs);
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** The grown-ups' way in, as an adult takes it: the corner hold, then the number asked for. */
export async function passGate(engine) {
  await tapTarget(engine, "parent", 2600);
  await waitForScreen(engine, "parent-gate");
  const [tens, units = ""] = (await caption(engine)).split("key in ")[1].trim().split("-");
  const number = TENS.indexOf(tens) * 10 + UNITS.indexOf(units);
  assert.ok(number >= 21 && number <= 99, `read ${number}`);
  await tapTarget(engine, `key-${Math.floor(number / 10)}`);
  await tapTarget(engine, `key-${number % 10}`);
  await waitForScreen(engine, "parent-area");
  await waitFor(engine, () => Boolean(document.getElementById("parent-form")));
}

/**
 * Taps Start after a reload, as a child would: if the page is still on Start a while later, once
 * more, and the log says so. Once, in CI, WebKit's synthetic touch on a page just loaded from
 * the offline copy was lost (the page stayed on Start, still drawing); a lost second tap, or a
 * game that never leaves Start, still fails.
 */
export async function tapStart(engine, label) {
  await tapTarget(engine, "start");
  try {
    await waitForScreen(engine, "home", 15_000);
  } catch {
    if ((await screen(engine)) !== "start") throw new Error(`after Start the page shows ${await screen(engine)}`);
    console.log(`# ${label}: Start did not answer the first tap after a reload; tapped again`);
    await tapTarget(engine, "start");
    await waitForScreen(engine, "home");
  }
}
