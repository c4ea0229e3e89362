// Peekaboo in Chromium at tablet size, played with touches: every hiding style, reveals by tap
// and by themselves, a wrong cup, a tap storm, and leaving with a grown-up's hold.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  caption,
  centre,
  launchBrowser,
  openGame,
  problems,
  screen,
  shot,
  state,
  stopServer,
  tapTarget,
  targets,
  touch,
  waitForScreen,
  waitForReveal,
  waitForState,
  waitForTarget,
} from "./harness.mjs";

/** The rules' ceiling on a hide (`Timing::HIDDEN_CEILING`), with room for a slow frame. */
const CEILING_MS = 8000 + 1500;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

async function openPeekaboo(viewport) {
  const opened = await openGame(browser, { viewport });
  await tapTarget(opened.page, "start");
  await waitForScreen(opened.page, "home");
  await tapTarget(opened.page, "peekaboo");
  await waitForScreen(opened.page, "peekaboo");
  return opened;
}

/** Waits until the round with `style` hides, checking the spoken prompt on the way. */
async function waitUntilHidden(page, style) {
  await waitForState(page, `${style}:hidden`, 20_000);
  return caption(page);
}

describe("peekaboo on a landscape tablet", () => {
  let page;
  let log;
  let context;
  before(async () => {
    ({ page, log, context } = await openPeekaboo(TABLET_LANDSCAPE));
  });
  after(async () => { await context?.close(); });

  test("the grown-up hides behind hands; a tap on them says peekaboo", async () => {
    assert.match(await state(page), /^hands:/);
    const stage = await waitForTarget(page, "hiding-place");
    assert.ok(stage.w >= 300 && stage.h >= 300, "the whole middle is the hiding place");
    assert.equal(await waitUntilHidden(page, "hands"), "Where's Mummy?");
    // A screenshot takes longer than the first, two-second hide: capture it alongside the tap.
    const hiddenShot = shot(page, "peekaboo-1-hands-hidden");
    await tapTarget(page, "hiding-place");
    await waitForReveal(page, "hands", 2000);
    await hiddenShot;
    assert.equal(await caption(page), "Peekaboo! Mummy is back!");
    await waitForState(page, "hands:celebrating");
    await page.waitForTimeout(500);
    await shot(page, "peekaboo-2-hands-revealed");
  });

  test("under the blanket with no taps at all, Mummy comes back by herself", async () => {
    assert.equal(await waitUntilHidden(page, "blanket"), "Where's Mummy?");
    await shot(page, "peekaboo-3-blanket-hidden");
    const hiddenAt = Date.now();
    await waitForReveal(page, "blanket", CEILING_MS);
    const waited = Date.now() - hiddenAt;
    assert.ok(waited <= CEILING_MS, `hidden for ${waited} ms`);
    assert.equal(await caption(page), "Peekaboo! Mummy is back!");
  });

  test("behind the door: a tap opens it", async () => {
    await waitUntilHidden(page, "door");
    const hiddenShot = shot(page, "peekaboo-4-door-hidden");
    await tapTarget(page, "hiding-place");
    await waitForReveal(page, "door", 2000);
    await hiddenShot;
  });

  test("the teddy under a blanket is found with a tap", async () => {
    assert.equal(await waitUntilHidden(page, "toy-cover"), "Where's Teddy?");
    await tapTarget(page, "hiding-place");
    await waitForReveal(page, "toy-cover", 2000);
    assert.equal(await caption(page), "There's Teddy! Peekaboo!");
  });

  test("two cups: an empty cup is playful, the right one finds the teddy", async () => {
    await waitUntilHidden(page, "cups-2");
    const hiddenShot = shot(page, "peekaboo-5-two-cups-hidden");
    const cups = (await targets(page)).filter((t) => t.id.startsWith("cup-")).map((t) => t.id);
    assert.deepEqual(cups, ["cup-0", "cup-1"]);
    for (const cupTarget of (await targets(page)).filter((t) => t.id.startsWith("cup-"))) {
      assert.ok(cupTarget.w >= 96 && cupTarget.h >= 96, `${cupTarget.id} is toddler-sized`);
    }
    // Like a child: try the first cup, then the other.
    await tapTarget(page, "cup-0");
    await page.waitForTimeout(150);
    if ((await state(page)).includes("cups-2:hidden")) {
      assert.equal(await caption(page), "Not in there! Where's Ducky?");
      const emptyShot = shot(page, "peekaboo-6-empty-cup");
      await tapTarget(page, "cup-1");
      await emptyShot;
    }
    await waitForReveal(page, "cups-2", 2000);
    await hiddenShot;
    assert.equal(await caption(page), "There's Ducky! Peekaboo!");
  });

  test("three cups: with no taps the right cup peeks, then the teddy comes out by itself", async () => {
    await waitUntilHidden(page, "cups-3");
    assert.equal((await targets(page)).filter((t) => t.id.startsWith("cup-")).length, 3);
    await waitForReveal(page, "cups-3", CEILING_MS);
  });

  test("a tap storm with several fingers never breaks the game or leaves it", async () => {
    const roundAtStart = Number((await state(page)).split("round-")[1]);
    const { width, height } = TABLET_LANDSCAPE;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // About 15 s of a toddler slapping the screen: 1-4 fingers, 100-250 ms apart.
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const fingers = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        x: 20 + random() * (width - 40),
        y: 20 + random() * (height - 40),
      }));
      await touch(page, fingers, 40);
      await page.waitForTimeout(100 + random() * 150);
    }
    assert.equal(await screen(page), "peekaboo");
    // Rounds keep coming: every hide still ends.
    await page.waitForFunction(
      (start) => Number((document.body.dataset.state ?? "").split("round-")[1]) > start + 1,
      roundAtStart,
      { timeout: 30_000 },
    );
  });

  test("leaving needs a grown-up's hold on the corner house", async () => {
    for (let i = 0; i < 4; i += 1) await tapTarget(page, "leave");
    await page.waitForTimeout(300);
    assert.equal(await screen(page), "peekaboo");
    await tapTarget(page, "leave", 3000);
    await waitForScreen(page, "home");
  });

  test("nothing went wrong along the way", () => {
    assert.deepEqual(problems(log), []);
  });
});

describe("peekaboo on a portrait tablet", () => {
  test("the stage fits and the hands hide Mummy", async () => {
    const { page, log, context } = await openPeekaboo(TABLET_PORTRAIT);
    try {
      const stage = await waitForTarget(page, "hiding-place");
      const leave = (await targets(page)).find((t) => t.id === "leave");
      assert.ok(stage.x >= 0 && stage.x + stage.w <= TABLET_PORTRAIT.width, "stage inside the screen");
      assert.ok(leave.y + leave.h < stage.y || leave.x + leave.w < stage.x, "the corner house is clear of the stage");
      await waitUntilHidden(page, "hands");
      const hiddenShot = shot(page, "peekaboo-7-portrait-hidden");
      const { x, y } = centre(stage);
      await touch(page, [{ x, y }]);
      // The screenshot running alongside slows the page.
      await waitForReveal(page, "hands", 4000);
      await hiddenShot;
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
