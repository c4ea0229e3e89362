// The game's voice in Chromium at tablet size: every prompt is handed to the browser's speech
// synthesis with the family's names (spied on, the real call still made), shown in the speech
// bubble as typed (emoji and right-to-left names included) and mirrored to the live region;
// the parent's three switches silence what they should; a hidden tab stops the voice and sound;
// a grown-up's recording (Chromium's fake microphone) is kept on the device and used instead,
// each grown-up's under their own place.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  bubble,
  caption,
  launchBrowser,
  openGame,
  peekabooToFirstReveal,
  passGate,
  setTabHidden,
  problems,
  shot,
  spoken,
  stopServer,
  tapTarget,
  toHome,
  waitForScreen,
  waitForState,
  waitForSpoken,
  recordOwnVoice,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** Opens the game with these settings saved, as a parent would have left them. */
async function openWith(settings, query = "") {
  return openGame(browser, {
    viewport: TABLET_LANDSCAPE,
    query,
    route: (page) => page.addInitScript((saved) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("see-you-soon.settings", saved);
        sessionStorage.setItem("seeded", "1");
      }
    }, JSON.stringify({ version: 1, settings })),
  });
}

const NANA = {
  child_name: "Zoë",
  grown_up: { name: "Nana 👵🏽", look: { Person: { figure: "OlderWoman", tone: "MediumDark" } } },
};

describe("the voice says the family's names", () => {
  test("peekaboo: every prompt spoken, emoji shown in the bubble but not said", async () => {
    const { page, log, context } = await openWith(NANA);
    try {
      await waitForScreen(page, "start");
      assert.equal(await caption(page), "Tap to start!");
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      // Browsers allow speech only after a tap: the Start tap is the first thing spoken after.
      await waitForSpoken(page, "What shall we play today?");
      assert.ok(!(await spoken(page)).includes("Tap to start!"), "nothing is said before the first tap");
      await tapTarget(page, "peekaboo");
      await waitForScreen(page, "peekaboo");
      await waitForSpoken(page, "Here's Nana!");
      await waitForState(page, "hands:hidden", 20_000);
      await waitForSpoken(page, "Where's Nana?");
      assert.equal(await caption(page), "Where's Nana 👵🏽?");
      assert.equal(await bubble(page), "Where's Nana 👵🏽?");
      await tapTarget(page, "hiding-place");
      await waitForSpoken(page, "Peekaboo! Nana is back!");
      assert.equal(await bubble(page), "Peekaboo! Nana 👵🏽 is back!");
      await shot(page, "voice-1-peekaboo-bubble-with-emoji");
      const lines = await spoken(page);
      assert.ok(lines.every((line) => !line.includes("👵")), `no emoji handed to the voice: ${lines}`);
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("the journey: the ritual, the promise, the clock and the way home, with both names", async () => {
    const { page, log, context } = await openWith(NANA, "?quick");
    try {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      await tapTarget(page, "journey");
      await waitForScreen(page, "journey");
      await waitForSpoken(page, "Give Nana a big hug!");
      assert.equal(await bubble(page), "Give Nana 👵🏽 a big hug!");
      await tapTarget(page, "step");
      await waitForSpoken(page, "A big hug!");
      await waitForSpoken(page, "See you soon, Zoë! I'll come back after nap.", 40_000);
      await waitForSpoken(page, "When the big hand reaches the heart, Nana will be home.", 40_000);
      await waitForState(page, "way:", 60_000);
      await waitForSpoken(page, "Time to go home! Nana is coming back to Zoë!", 20_000);
      await shot(page, "voice-2-journey-way-home-bubble");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a right-to-left name keeps its place in the sentence", async () => {
    const { page, context } = await openWith({ child_name: "Sam", grown_up: { name: "שרה", look: "Fox" } });
    try {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      // The name is isolated in the caption, so the question mark stays at the sentence's end.
      assert.equal(await bubble(page), "Where's \u2068שרה\u2069?");
      assert.ok((await spoken(page)).includes("Where's שרה?"));
      await shot(page, "voice-3-right-to-left-name");
    } finally {
      await context.close();
    }
  });
});

describe("the parent's sound switches", () => {
  test("with all three off: nothing is said or played, and the captions still show", async () => {
    const { page, log, context } = await openWith({
      ...NANA,
      sound: { narration: false, effects: false, music: false },
    });
    try {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      await peekabooToFirstReveal(page);
      assert.deepEqual(await spoken(page), []);
      assert.match(await caption(page), /Nana/);
      assert.equal(await page.evaluate(() => document.body.dataset.sound ?? "effects-0 music-0"), "effects-0 music-0");
      // Nothing reached the page's Web Audio, and with nothing to play it rests.
      const sound = await page.evaluate(() => window.seeYouSoonSound.state());
      assert.equal(sound.effectsPlayed, 0);
      assert.ok(!sound.music?.looping, "no music was started");
      await page.waitForFunction(() => window.seeYouSoonSound.state().context === "suspended", null, { timeout: 5_000 });
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("with the defaults: effects play and the music is on, softer under the voice", async () => {
    const { page, context } = await openWith(NANA);
    try {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      await page.waitForFunction(() => /effects-[1-9]/.test(document.body.dataset.sound ?? ""), null, { timeout: 10_000 });
      await page.waitForFunction(() => /music-(2[0-9])/.test(document.body.dataset.sound ?? ""), null, { timeout: 20_000 });
      // Played by the page's Web Audio: the Start chime, and the lullaby looping on its own
      // 19.2 s seam at the music's volume.
      await page.waitForFunction(() => window.seeYouSoonSound.state().music?.looping, null, { timeout: 20_000 });
      const sound = await page.evaluate(() => window.seeYouSoonSound.state());
      assert.ok(sound.effectsPlayed >= 1, JSON.stringify(sound));
      assert.equal(sound.context, "running");
      assert.equal(sound.music.loopStart, 0);
      assert.ok(Math.abs(sound.music.loopEnd - 19.2) < 1e-6, JSON.stringify(sound.music));
      assert.ok(Math.abs(sound.music.volume - 0.22) < 1e-3, JSON.stringify(sound.music));
    } finally {
      await context.close();
    }
  });

  test("hiding the tab stops the voice and the sound", async () => {
    const { page, context } = await openWith(NANA);
    try {
      await tapTarget(page, "start");
      await waitForScreen(page, "home");
      const before = await page.evaluate(() => window.speechCancels);
      await setTabHidden(page, true);
      assert.ok((await page.evaluate(() => window.speechCancels)) > before, "speech cancelled when hidden");
      // Music and effects pause with the tab: the engine's audio is suspended.
      await page.waitForFunction(() => window.seeYouSoonAudio.states().every((s) => s === "suspended"), null, { timeout: 5_000 });
      assert.ok((await page.evaluate(() => window.seeYouSoonAudio.states().length)) > 0, "the engine made its audio");
    } finally {
      await context.close();
    }
  });
});

describe("a grown-up's own voice", () => {
  test("recorded with the microphone, kept on the device, and played instead of the synthetic voice in peekaboo and the journey", { timeout: 300_000 }, async () => {
    // Chromium's fake microphone (a beep) and no permission prompt.
    const micBrowser = await launchBrowser(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);
    try {
      // Every volume the page's Web Audio is asked to glide to, in order: the music ducks under
      // the grown-up's voice and comes back after it.
      const spyOnGlides = (p) => p.addInitScript(() => {
        window.gainTargets = [];
        const glide = AudioParam.prototype.setTargetAtTime;
        AudioParam.prototype.setTargetAtTime = function (value, ...rest) {
          window.gainTargets.push(Math.round(value * 100) / 100);
          return glide.call(this, value, ...rest);
        };
      });
      const { page, log, context } = await openGame(micBrowser, { viewport: TABLET_LANDSCAPE, route: spyOnGlides });
      await toHome(page);
      await passGate(page);
      await recordOwnVoice(page, "peekaboo");
      await recordOwnVoice(page, "see-you-soon");
      await shot(page, "voice-4-recorded-and-kept");
      await page.getByRole("button", { name: "Back to the game" }).click();
      await waitForScreen(page, "home");

      // Reloaded, as on another day: the recording is still there.
      await page.reload();
      await page.waitForFunction(() => window.seeYouSoonVoice?.has("peekaboo"), null, { timeout: 20_000 });
      await toHome(page);
      await peekabooToFirstReveal(page);
      await page.waitForFunction(() => window.seeYouSoonVoice.played.includes("peekaboo"), null, { timeout: 10_000 });
      assert.equal(await caption(page), "Peekaboo! Mummy is back!", "the caption still shows the line");
      await page.waitForFunction(() => {
        const glides = window.gainTargets;
        const ducked = glides.indexOf(0.07, glides.indexOf(0.22));
        return ducked > 0 && glides.indexOf(0.22, ducked) > ducked;
      }, null, { timeout: 15_000 }).catch(async () => {
        assert.fail(`the music did not duck under the recording and come back: ${await page.evaluate(() => window.gainTargets)}`);
      });
      const lines = await spoken(page);
      assert.ok(lines.includes("Where's Mummy?"), `the synthetic voice says the rest: ${lines}`);
      assert.ok(!lines.includes("Peekaboo! Mummy is back!"), "the recorded line is not also spoken");
      const requests = log.requests.filter((url) => !url.startsWith("blob:") && !url.startsWith(new URL(page.url()).origin));
      assert.deepEqual(requests, [], "nothing leaves the device");
      assert.deepEqual(problems(log), []);

      // The journey's goodbye is in the grown-up's own voice too.
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      await tapTarget(page, "journey");
      await waitForScreen(page, "journey");
      for (const step of ["hug", "kiss", "wave"]) {
        await waitForState(page, `ritual:${step}:waiting`, 20_000);
        await tapTarget(page, "step");
      }
      await page.waitForFunction(() => window.seeYouSoonVoice.played.includes("see-you-soon"), null, { timeout: 30_000 });

      // Deleted: the game's own voice says the line again.
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      await passGate(page);
      await page.locator('[data-voice-slot="peekaboo"] [data-voice="delete"]').click();
      await page.waitForFunction(() => document.querySelector('[data-voice-slot="peekaboo"]').dataset.state === "none");
      assert.equal(await page.evaluate(() => window.seeYouSoonVoice.has("peekaboo")), false);

      // Another grown-up, Grandad, goes away today and records his own "Peekaboo!": the game
      // plays his, kept under his place, not the first grown-up's.
      await page.fill("input[name=grown-up-1-name]", "Grandad");
      await page.check('input[name=away-today][value="1"]');
      await page.click("button[data-action=save]");
      await page.waitForFunction(() => document.getElementById("parent-status").textContent.startsWith("Saved"));
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await passGate(page);
      await page.locator("summary", { hasText: "Grandad's voice" }).click();
      await recordOwnVoice(page, "peekaboo@2");
      assert.match(await page.locator("summary", { hasText: "Grandad's voice" }).textContent(), /\(1 of \d+ recorded\)/);
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await peekabooToFirstReveal(page, { hider: "hides-2" });
      await page.waitForFunction(() => window.seeYouSoonVoice.played.includes("peekaboo@2"), null, { timeout: 10_000 });
      assert.equal(await caption(page), "Peekaboo! Grandad is back!");

      // Grandad taken out: his recording goes with him, so nobody added in his place later
      // speaks in his voice.
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      await passGate(page);
      await page.fill("input[name=grown-up-1-name]", "");
      await page.click("button[data-action=save]");
      await page.waitForFunction(() => /Grandad was taken out, so their recording went too: deleted from this device/.test(document.getElementById("parent-status").textContent));
      await page.waitForFunction(async () => {
        const db = await new Promise((resolve) => { const r = indexedDB.open("see-you-soon-voice"); r.onsuccess = () => resolve(r.result); });
        const keys = await new Promise((resolve) => { const r = db.transaction("recordings").objectStore("recordings").getAllKeys(); r.onsuccess = () => resolve(r.result); });
        db.close();
        return !keys.includes("peekaboo@2");
      }, null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => window.seeYouSoonVoice.has("peekaboo@2")), false);
      assert.deepEqual(problems(log), []);
      await context.close();
    } finally {
      await micBrowser.close();
    }
  });
});
