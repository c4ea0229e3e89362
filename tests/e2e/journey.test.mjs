// The journey home in Chromium at tablet size, played with touches: the goodbye ritual, a
// picture coloured meanwhile, a helping tap on the way, the reunion that shows the picture;
// people in landscape, the fox family in portrait. The page is opened with `?quick`, the
// shortest whole journey (about a minute and a half).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  caption,
  launchBrowser,
  openGame,
  pixelsLike,
  problems,
  saveSettings,
  shot,
  state,
  stopServer,
  tapTarget,
  targets,
  waitForScreen,
  waitForState,
} from "./harness.mjs";

/** The blue of the palette (`story::PAINTS[1]`) as the screen shows it. */
const PAINT_BLUE = [107, 168, 237];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

async function openJourney(viewport, settings) {
  const opened = await openGame(browser, {
    viewport,
    query: "?quick",
    route: settings ? (page) => saveSettings(page, settings) : undefined,
  });
  await tapTarget(opened.page, "start");
  await waitForScreen(opened.page, "home");
  await tapTarget(opened.page, "journey");
  await waitForScreen(opened.page, "journey");
  return opened;
}

/** A target's middle stays clear of the screen's edges, where wrists rest. */
function assertAwayFromEdges(target, viewport) {
  const margin = 16;
  assert.ok(target.x >= margin && target.y >= margin, `${target.id} near the top or left edge`);
  assert.ok(target.x + target.w <= viewport.width - margin, `${target.id} near the right edge`);
  assert.ok(target.y + target.h <= viewport.height - margin, `${target.id} near the bottom edge`);
}

describe("the journey home on a landscape tablet", () => {
  let page;
  let log;
  let context;
  before(async () => {
    ({ page, log, context } = await openJourney(TABLET_LANDSCAPE));
  });
  after(async () => { await context?.close(); });

  test("the goodbye ritual: hug, kiss, wave, and a goodbye before leaving", async () => {
    await waitForState(page, "ritual:hug:waiting");
    assert.equal(await caption(page), "Give Mummy a big hug!");
    const step = (await targets(page)).find((t) => t.id === "step");
    assert.ok(step.w >= 96 && step.h >= 96, `the step button is ${step.w}×${step.h} px`);
    assertAwayFromEdges(step, TABLET_LANDSCAPE);
    await tapTarget(page, "step");
    await waitForState(page, "ritual:hug:acting", 3000);
    assert.equal(await caption(page), "A big hug!");
    await shot(page, "journey-1-ritual-hug");
    await waitForState(page, "ritual:kiss:waiting", 10_000);
    assert.equal(await caption(page), "Give Mummy a kiss!");
    await tapTarget(page, "step");
    await waitForState(page, "ritual:wave:waiting", 10_000);
    await tapTarget(page, "step");
    await waitForState(page, "ritual:wave:acting", 3000);
    await shot(page, "journey-2-ritual-wave");
    await waitForState(page, "ritual:farewell", 10_000);
    assert.equal(await caption(page), "See you soon, Sam! I'll come back after nap.");
  });

  test("meanwhile: a picture to colour with big pots of paint", async () => {
    await waitForState(page, "meanwhile", 15_000);
    assert.match(await caption(page), /^Mummy is at work/);
    const ids = (await targets(page)).map((t) => t.id);
    for (const id of ["paint-0", "paint-3", "area-0", "area-4"]) assert.ok(ids.includes(id), `${id} in ${ids}`);
    const shown = await targets(page);
    const hands = shown.filter((t) => t.id.endsWith("-hand"));
    assert.ok(hands.length >= 1, "the Love Connection's hand is there");
    const apart = (a, b) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    for (const pot of shown.filter((t) => t.id.startsWith("paint-"))) {
      assert.ok(pot.w >= 96, `${pot.id} is ${pot.w} px wide`);
      assertAwayFromEdges(pot, TABLET_LANDSCAPE);
      // A pot under a corner hand would send love instead of choosing a colour.
      for (const hand of hands) assert.ok(apart(pot, hand), `${pot.id} is under the ${hand.id}`);
    }
    await tapTarget(page, "paint-1");
    // Where Mummy is is told whole first (no voice here: it stays its reading time).
    await page.waitForFunction(() => document.querySelector("#captions")?.textContent === "Blue!", null, { timeout: 15_000 });
    await tapTarget(page, "area-2");
    await tapTarget(page, "area-1");
    await waitForState(page, "meanwhile:coloured-2", 3000);
    await page.waitForTimeout(300);
    const png = await readFile(await shot(page, "journey-3-meanwhile-coloured"));
    assert.ok(await pixelsLike(browser, png, PAINT_BLUE) > 1250, "the coloured house is blue on screen");
  });

  test("the way home: the grown-up travels on, and a helping tap speeds it up", async () => {
    await waitForState(page, "way:", 30_000);
    // Which stage's line shows depends on how long the last test's screenshot took.
    assert.match(await caption(page), /Mummy/);
    const help = (await targets(page)).find((t) => t.id === "help");
    assert.ok(help.w >= 96, `the helper is ${help.w} px`);
    assertAwayFromEdges(help, TABLET_LANDSCAPE);
    // The quick journey's stages last a few seconds: help the bus ride as soon as it starts,
    // so the boost (a part of the stage) stays within it.
    await waitForState(page, "way:riding:not-helped", 30_000);
    assert.equal(await caption(page), "Mummy is on the bus!");
    await tapTarget(page, "help");
    await waitForState(page, "way:riding:helped", 3000);
    assert.equal(await caption(page), "Green light! Off we go!");
    await shot(page, "journey-4-way-home-bus");
  });

  test("the reunion: knock knock, the door opens, a hug, and the picture is admired", async () => {
    await waitForState(page, "reunion:knock:waiting", 40_000);
    assert.equal(await caption(page), "Knock knock! Who is at the door?");
    // Tap at once: the knock opens the door by itself after a few seconds, and a slow
    // screenshot first could let it.
    await tapTarget(page, "step");
    await waitForState(page, "reunion:knock:acting", 3000);
    const before = await readFile(await shot(page, "journey-5-reunion-knock"));
    assert.ok(await pixelsLike(browser, before, PAINT_BLUE) < 125, "no picture before it is admired");
    await waitForState(page, "reunion:welcome-hug:waiting", 10_000);
    assert.equal(await caption(page), "Give Mummy a big hug!");
    await tapTarget(page, "step");
    await waitForState(page, "reunion:admire:acting", 10_000);
    assert.equal(await caption(page), "What a beautiful picture, Sam!");
    await page.waitForTimeout(1000); // the child holds the picture out
    const admired = await readFile(await shot(page, "journey-6-reunion-admire"));
    assert.ok(await pixelsLike(browser, admired, PAINT_BLUE) > 250, "the coloured picture is shown");
    await waitForState(page, "reunion:promise", 10_000);
    assert.equal(await caption(page), "I always come back to you");
    await shot(page, "journey-7-reunion-promise");
  });

  test("a calm ending goes back Home by itself, and the whole journey kept to the device", async () => {
    await waitForScreen(page, "home", 20_000);
    // Nothing asked of another site (`problems` counts those too), by the page's own rule
    // as well as in fact, and nothing kept in cookies.
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "");
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /connect-src 'self'/);
    assert.deepEqual(await page.context().cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), "");
    assert.ok(log.requests.length > 20, `${log.requests.length} requests seen`);
    assert.deepEqual(problems(log), []);
  });
});

describe("the fox family on a portrait tablet", () => {
  test("the fox mother leaves the burrow, runs through the forest and comes home", { timeout: 240_000 }, async () => {
    const { page, log, context } = await openJourney(TABLET_PORTRAIT, {
      journey_theme: "Foxes",
      child_name: "Kit",
      grown_up: { name: "Mama", look: "Fox" },
    });
    try {
      await waitForState(page, "ritual:hug:waiting");
      assert.equal(await caption(page), "Give Mama a big hug!");
      await shot(page, "journey-fox-1-ritual");
      // This child watches rather than taps: every step comes by itself.
      await waitForState(page, "meanwhile", 40_000);
      assert.match(await caption(page), /meadow/);
      const easel = (await targets(page)).filter((t) => t.id.startsWith("area-") || t.id.startsWith("paint-"));
      for (const target of easel) assertAwayFromEdges(target, TABLET_PORTRAIT);
      await shot(page, "journey-fox-2-meanwhile");
      await waitForState(page, "way:riding", 40_000);
      assert.equal(await caption(page), "Mama is running through the forest!");
      await shot(page, "journey-fox-3-forest");
      await waitForState(page, "reunion:knock:waiting", 40_000);
      // Untapped, the knock, the door, the hug and their waits take about 18 s of game time.
      await waitForState(page, "reunion:admire", 40_000);
      assert.equal(await caption(page), "I missed you, Kit!", "nothing was coloured, so nothing is praised");
      await shot(page, "journey-fox-4-reunion");
      await waitForScreen(page, "home", 30_000);
      assert.deepEqual(problems(log), []);
      assert.equal(await state(page), "");
    } finally {
      await context.close();
    }
  });
});
