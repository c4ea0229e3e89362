// One scenario list for every engine that is not Chromium (Chromium has its own, deeper suites
// through Playwright). Each engine plays it as one family's visit, in one browser launch: Start,
// Home, peekaboo, a hidden tab, the quick journey to its reunion, the parent gate and a saved
// name, the grown-up's own voice, the offline reload, WebGL taken away, a portrait tablet.
// The game is served with a probe (probe.js) that notes errors in every engine, and the server
// notes every answer, so "nothing went wrong" means the same in all of them.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { startServer } from "../../../tools/serve.mjs";
import { nameWasmFrames } from "../../../tools/wasm-frames.mjs";
import {
  DIST, PIXEL_STATS, SHOTS, TABLET_LANDSCAPE, TABLET_PORTRAIT, assertToddlerSized, played as playedSeconds, setTabHidden,
} from "../harness.mjs";
import { caption, centre, passGate, screen, state, tapStart, tapTarget, targets, waitFor, waitForScreen, waitForState } from "./play.mjs";

const PROBE = join(dirname(fileURLToPath(import.meta.url)), "probe.js");

/** The rules' ceiling on a hide (`Timing::HIDDEN_CEILING`), with room for slow frames. */
const CEILING_MS = 8000 + 4000;

/** The game, served with the probe; it can be taken off the network and brought back. */
async function startSite() {
  const answers = [];
  const options = { quiet: true, probe: PROBE, onResponse: (url, status) => answers.push({ url, status }) };
  let { server, url } = await startServer(DIST, 0, options);
  const port = new URL(url).port;
  return {
    url,
    answers,
    async goOffline() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
    async comeBackOnline() {
      ({ server } = await startServer(DIST, Number(port), options));
    },
    close: () => server.close(),
  };
}

/** The colour the game writes its captions in (`palette::TEXT`). */
const CAPTION_RGB = [74, 59, 54];

/** Pixels of a screenshot in the captions' colour inside Home's cards: their words drawn. */
async function wordsOnTheCards(engine, png) {
  const cards = (await targets(engine)).filter((t) => t.id !== "parent");
  const stats = await engine.evaluate(PIXEL_STATS, { base64: png.toString("base64"), rgb: CAPTION_RGB, tolerance: 24, rects: cards });
  return stats.like;
}

/** How many distinct colours a screenshot has (binned; a blank canvas gives 1-2), decoded by the engine itself. */
async function distinctColours(engine, png) {
  return (await engine.evaluate(PIXEL_STATS, { base64: png.toString("base64"), rgb: null, tolerance: 0 })).distinct;
}

/**
 * Runs the scenario list in the engine that `launch` starts. Each test is one step of the
 * same visit, so a failure names the step that broke.
 */
export function crossEngineSuite(label, launch) {
  describe(`${label}: one family's visit`, () => {
    let engine;
    let site;
    /** What the page's probe noted, kept across reloads (a reload starts a fresh probe). */
    const noted = { problems: [], warnings: [] };
    /** Caption-coloured pixels on Home's cards in English, to compare another language's with. */
    let englishWords = 0;

    const harvest = async () => {
      const probe = await engine.evaluate(() => {
        // Everything the page fetched that was not the game's own (the browser lists it).
        const elsewhere = performance.getEntriesByType("resource").map((entry) => entry.name)
          .filter((name) => !name.startsWith(location.origin) && !/^(blob|data):/.test(name))
          .map((name) => `asked another origin: ${name}`);
        return window.testProbe
          ? { problems: [...window.testProbe.problems.splice(0), ...elsewhere], warnings: window.testProbe.warnings.splice(0) }
          : { problems: ["the probe did not load", ...elsewhere], warnings: [] };
      });
      noted.problems.push(...probe.problems, ...engine.engineProblems());
      noted.warnings.push(...probe.warnings);
    };
    const shot = async (name) => {
      // A frame drawn just before may not have reached the screen yet.
      await new Promise((done) => setTimeout(done, 400));
      const png = await engine.screenshot();
      await mkdir(SHOTS, { recursive: true });
      await writeFile(join(SHOTS, `${label.toLowerCase()}-${name}.png`), png);
      return png;
    };
    const reload = async (query = "") => {
      await harvest();
      await engine.goto(site.url + query);
    };

    before(async () => {
      site = await startSite();
      engine = await launch();
      console.log(`# ${label}: ${engine.version}`);
      await engine.setViewport(TABLET_LANDSCAPE);
      await engine.goto(site.url);
    });
    after(async () => {
      await engine?.close();
      site?.close();
    });

    test("the first frame and the Start screen", async () => {
      await waitForScreen(engine, "start", 90_000);
      const start = (await targets(engine)).find((t) => t.id === "start");
      assert.ok(start, "Start has its target");
      assertToddlerSized(start, TABLET_LANDSCAPE);
      assert.equal(await caption(engine), "Tap to start!");
      const colours = await distinctColours(engine, await shot("1-start"));
      assert.ok(colours > 20, `the screen has only ${colours} colours: blank?`);
    });

    test("the first tap reaches Home and lets the page play sound", async () => {
      await tapTarget(engine, "start");
      await waitForScreen(engine, "home");
      await waitFor(engine, () => JSON.parse(document.body.dataset.targets ?? "[]").length === 6);
      const ids = (await targets(engine)).map((t) => t.id).sort();
      assert.deepEqual(ids, ["calendar", "journey", "morning", "my-turn", "parent", "peekaboo"]);
      await waitFor(engine, () => {
        const states = window.seeYouSoonAudio.states();
        return states.length > 0 && states.every((s) => s === "running");
      }, undefined, 10_000);
      englishWords = await wordsOnTheCards(engine, await shot("2-home"));
      assert.ok(englishWords > 200, `the cards' words drawn: ${englishWords} pixels`);
    });

    test("a double tap and a two-finger pinch on the game do not zoom it", async () => {
      const home = await targets(engine);
      // Between the cards and the top edge, where nothing is tappable.
      const empty = { x: TABLET_LANDSCAPE.width / 2, y: 40 };
      assert.ok(home.every((t) => !(empty.y >= t.y && empty.y <= t.y + t.h && empty.x >= t.x && empty.x <= t.x + t.w)));
      await engine.tap(empty, 30);
      await engine.tap(empty, 30);
      await engine.pinch?.(empty);
      await new Promise((done) => setTimeout(done, 500));
      assert.equal(await engine.evaluate(() => window.visualViewport?.scale ?? 1), 1);
      assert.equal(await screen(engine), "home");
    });

    test("peekaboo: the hands revealed by a tap, the blanket lifted by itself", async () => {
      await tapTarget(engine, "peekaboo");
      await waitForScreen(engine, "peekaboo");
      await waitForState(engine, "hands:hidden", 30_000);
      assert.equal(await caption(engine), "Where's Mummy?");
      await tapTarget(engine, "hiding-place");
      await waitFor(engine, () => /^hands:(revealing|celebrating):/.test(document.body.dataset.state ?? ""), undefined, 3000);
      assert.equal(await caption(engine), "Peekaboo! Mummy is back!");
      // The page notes when each state began, so a slow screenshot or a slow poll cannot
      // miss the reveal or blur its time.
      await engine.evaluate(() => {
        window.stateTimes = [];
        const note = () => {
          const state = document.body.dataset.state ?? "";
          if (window.stateTimes.at(-1)?.state !== state) window.stateTimes.push({ state, at: performance.now() });
        };
        note();
        new MutationObserver(note).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
      });
      await waitForState(engine, "blanket:hidden", 30_000);
      await shot("3-peekaboo-blanket");
      await waitFor(engine, () => window.stateTimes.some((s) => /^blanket:(revealing|celebrating):/.test(s.state)), undefined, CEILING_MS + 30_000);
      const times = await engine.evaluate(() => window.stateTimes);
      const hiddenAt = times.find((s) => /^blanket:hidden:/.test(s.state)).at;
      const revealedAt = times.find((s) => /^blanket:(revealing|celebrating):/.test(s.state)).at;
      assert.ok(revealedAt - hiddenAt <= CEILING_MS, `revealed ${revealedAt - hiddenAt} ms after hiding`);
      if (/^blanket:/.test(await state(engine))) assert.equal(await caption(engine), "Peekaboo! Mummy is back!");
    });

    test("a hidden tab pauses the game and the session clock", async () => {
      await waitForState(engine, "door:hidden", 30_000);
      // The harness's helpers only ask the page to evaluate: any engine can stand in.
      const setHidden = (hide) => setTabHidden(engine, hide);
      const played = () => playedSeconds(engine);
      await setHidden(true);
      const hidden = { state: await state(engine), played: await played() };
      // Longer than the grown-up ever stays hidden: only a paused round is still hiding.
      await new Promise((done) => setTimeout(done, 9_000));
      assert.equal(await state(engine), hidden.state, "the round waited");
      assert.ok(await played() - hidden.played <= 1, "the session clock did not count the hidden time");
      await setHidden(false);
      await tapTarget(engine, "hiding-place");
      await waitFor(engine, () => /^door:(revealing|celebrating):/.test(document.body.dataset.state ?? ""), undefined, 5000);
      await tapTarget(engine, "leave", 3000);
      await waitForScreen(engine, "home");
    });

    test("the quick journey: the ritual, the way home and the reunion, then Home", { timeout: 300_000 }, async () => {
      await reload("?quick");
      await waitForScreen(engine, "start", 90_000);
      await tapStart(engine, label);
      await tapTarget(engine, "journey");
      await waitForScreen(engine, "journey");
      await waitForState(engine, "ritual:hug:waiting");
      assert.equal(await caption(engine), "Give Mummy a big hug!");
      await tapTarget(engine, "step");
      await waitForState(engine, "ritual:kiss:waiting", 15_000);
      await tapTarget(engine, "step");
      await waitForState(engine, "ritual:wave:waiting", 15_000);
      await tapTarget(engine, "step");
      await waitForState(engine, "ritual:farewell", 15_000);
      assert.match(await caption(engine), /^See you soon, Sam!/);
      await waitForState(engine, "meanwhile", 20_000);
      await tapTarget(engine, "paint-1");
      await tapTarget(engine, "area-2");
      await waitForState(engine, "meanwhile:coloured-1", 5000);
      await waitForState(engine, "way:riding", 60_000);
      await shot("4-way-home");
      await waitForState(engine, "reunion:knock:waiting", 60_000);
      assert.equal(await caption(engine), "Knock knock! Who is at the door?");
      await tapTarget(engine, "step");
      await waitForState(engine, "reunion:welcome-hug:waiting", 15_000);
      await tapTarget(engine, "step");
      await waitForState(engine, "reunion:admire", 15_000);
      assert.equal(await caption(engine), "What a beautiful picture, Sam!");
      await waitForScreen(engine, "home", 40_000);
    });

    test("the parent gate is passed, and a saved name is used in the game", async () => {
      await passGate(engine);
      await shot("5-parent-area");
      // Saves so far (the game also keeps how long peekaboo waits): this one is the next.
      const saves = Number((await state(engine)).replace("saves-", ""));
      await engine.choose('select[name="grown-up-preset"]', "other");
      await engine.typeInto('input[name="grown-up-other"]', "Бабушка");
      await engine.click('button[data-action="save"]');
      await waitForState(engine, `saves-${saves + 1}`);
      assert.match(await engine.evaluate(() => document.getElementById("parent-status").textContent), /Saved/);
      await engine.click('button[data-action="close"]');
      await waitForScreen(engine, "home");
      await tapTarget(engine, "peekaboo");
      await waitForScreen(engine, "peekaboo");
      await waitFor(engine, () => document.getElementById("captions").textContent === "Here's Бабушка!");
      await tapTarget(engine, "leave", 3000);
      await waitForScreen(engine, "home");
    });

    test("the grown-up's voice is recorded, kept, and played instead of the synthetic one", { timeout: 120_000 }, async () => {
      await passGate(engine);
      const slot = '[data-voice-slot="peekaboo"]';
      const inState = (wanted) => waitFor(engine, (want) => document.querySelector('[data-voice-slot="peekaboo"]').dataset.state === want, wanted, 15_000);
      await engine.click(`${slot} [data-voice="record"]`);
      await inState("recording");
      await new Promise((done) => setTimeout(done, 1500));
      await engine.click(`${slot} [data-voice="record"]`);
      await inState("new");
      await engine.click(`${slot} [data-voice="keep"]`);
      await inState("kept");
      await engine.click('button[data-action="close"]');
      await waitForScreen(engine, "home");
      // Another day: the recording is still on the device, and peekaboo's reveal plays it.
      await reload();
      await waitFor(engine, () => window.seeYouSoonVoice?.has("peekaboo"), undefined, 20_000);
      await waitForScreen(engine, "start", 90_000);
      await tapStart(engine, label);
      await tapTarget(engine, "peekaboo");
      await waitForState(engine, "hands:hidden", 30_000);
      await tapTarget(engine, "hiding-place");
      await waitFor(engine, () => window.seeYouSoonVoice.played.includes("peekaboo"), undefined, 10_000);
      assert.ok(!(await engine.evaluate(() => window.spokenLines)).includes("Peekaboo! Бабушка is back!"),
        "the recorded line is not also spoken");
      await tapTarget(engine, "leave", 3000);
      await waitForScreen(engine, "home");
    });

    test("a photo chosen and kept on the device hides and comes back in peekaboo", { timeout: 120_000 }, async () => {
      const row = '[data-photo-key="grown-up@1"]';
      await passGate(engine);
      // The file picker belongs to the system: the page's part starts when a file arrives.
      await engine.evaluate(async (row) => {
        const canvas = document.createElement("canvas");
        canvas.width = 1200;
        canvas.height = 900;
        const c = canvas.getContext("2d");
        c.fillStyle = "rgb(196, 226, 200)";
        c.fillRect(0, 0, 1200, 900);
        c.fillStyle = "rgb(226, 52, 168)";
        c.beginPath();
        c.arc(600, 430, 280, 0, Math.PI * 2);
        c.fill();
        const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
        const chosen = new DataTransfer();
        chosen.items.add(new File([blob], "granny.jpg", { type: "image/jpeg" }));
        const input = document.querySelector(`${row} input[data-photo="choose"]`);
        input.files = chosen.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }, row);
      const inState = (wanted) => waitFor(engine, ({ row, wanted }) => document.querySelector(row)?.dataset.state === wanted, { row, wanted }, 15_000);
      await inState("framing");
      await engine.click(`${row} [data-photo="keep"]`);
      await inState("kept");
      await engine.click('button[data-action="close"]');
      await waitForScreen(engine, "home");
      await tapTarget(engine, "peekaboo");
      await waitForState(engine, "hands:hidden", 30_000);
      await tapTarget(engine, "hiding-place");
      await waitFor(engine, () => /^hands:(revealing|celebrating):/.test(document.body.dataset.state ?? ""), undefined, 5000);
      await new Promise((done) => setTimeout(done, 1000));
      const png = await shot("8-photo-peekaboo");
      const { like } = await engine.evaluate(PIXEL_STATS, { base64: png.toString("base64"), rgb: [226, 52, 168], tolerance: 24 });
      assert.ok(like > 5000, `the photo shows where the grown-up stands (${like} pixels of its face)`);
      await tapTarget(engine, "leave", 3000);
      await waitForScreen(engine, "home");
    });

    test("a family's copy made here brings everything back after the browser cleared it", { timeout: 120_000 }, async () => {
      // What this visit kept so far (a name, a recording, a photo), then saved as a copy.
      const everythingKept = () => engine.evaluate(async () => {
        const storage = Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("see-you-soon.")).sort().map((k) => [k, localStorage.getItem(k)]));
        const kept = {};
        for (const [database, store] of [["see-you-soon-photos", "photos"], ["see-you-soon-voice", "recordings"]]) {
          const db = await new Promise((resolve, reject) => {
            const request = indexedDB.open(database, 1);
            request.onupgradeneeded = () => request.result.createObjectStore(store);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          kept[store] = await new Promise((resolve) => {
            const all = [];
            const cursor = db.transaction(store).objectStore(store).openCursor();
            cursor.onsuccess = () => {
              const at = cursor.result;
              if (!at) return resolve(all.sort());
              all.push([at.key, at.value instanceof Blob ? at.value.size : at.value.bytes.byteLength]);
              at.continue();
            };
          });
          db.close();
        }
        return { storage, ...kept };
      });
      await waitFor(engine, () => Boolean(window.seeYouSoonBackup), undefined, 20_000);
      const before = await everythingKept();
      assert.ok(before.photos.length === 1 && before.recordings.length >= 1, JSON.stringify(before));
      const copy = await engine.evaluate(() => window.seeYouSoonBackup.makeCopy());
      // The browser clears the site's storage (as Safari does after seven days away).
      await engine.evaluate(async () => {
        for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
        for (const name of ["see-you-soon-photos", "see-you-soon-voice"]) {
          await new Promise((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = resolve;
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error(`${name}: blocked by an open connection`));
          });
        }
      });
      assert.deepEqual((await everythingKept()).photos, []);
      // The copy, read and brought back whole.
      await engine.evaluate((text) => window.seeYouSoonBackup.bringBack(window.seeYouSoonBackup.readCopy(text), true), copy);
      assert.deepEqual(await everythingKept(), before, "every setting, photo and recording came back");
      await reload();
      await waitForScreen(engine, "start", 60_000);
    });

    test("after one visit the game starts and plays with no network", { timeout: 180_000 }, async () => {
      // The offline copy is made once Start shows; wait until it is complete and in charge.
      await waitFor(engine, async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(navigator.serviceWorker.controller) && registration?.active?.state === "activated"
          && (await caches.keys()).length === 1;
      }, undefined, 60_000);
      // The test's own probe is not part of the game: store it beside the game's files.
      await engine.evaluate(async () => (await caches.open((await caches.keys())[0])).add("__probe.js"));
      await site.goOffline();
      try {
        await reload();
        await waitForScreen(engine, "start", 90_000);
        await tapStart(engine, label);
        await tapTarget(engine, "peekaboo");
        await waitForState(engine, "hands:hidden", 30_000);
        await tapTarget(engine, "leave", 3000);
        await waitForScreen(engine, "home");
      } finally {
        await site.comeBackOnline();
      }
    });

    test("WebGL taken away: a calm message, and a tap starts again with the name kept", { timeout: 180_000 }, async () => {
      await tapTarget(engine, "peekaboo");
      await waitForState(engine, "hands:", 30_000);
      await harvest();
      await engine.evaluate(() => document.getElementById("game").getContext("webgl2").getExtension("WEBGL_lose_context").loseContext());
      await waitForScreen(engine, "problem", 10_000);
      assert.equal(await engine.evaluate(() => document.body.dataset.problem), "gpu-lost");
      assert.match(await engine.evaluate(() => document.getElementById("problem-text").textContent), /Tap anywhere to start again/);
      await shot("6-webgl-lost");
      // What the engine says about its lost picture is the drill's, not a fault: let it go.
      await engine.evaluate(() => window.testProbe.problems.splice(0));
      engine.engineProblems();
      await engine.tap({ x: 200, y: 650 });
      await waitForScreen(engine, "start", 90_000);
      await tapStart(engine, label);
      await tapTarget(engine, "peekaboo");
      await waitFor(engine, () => /Бабушка/.test(document.getElementById("captions").textContent), undefined, 20_000);
      await tapTarget(engine, "leave", 3000);
      await waitForScreen(engine, "home");
    });

    test("a portrait tablet: Home lays itself out again with toddler-sized cards", async () => {
      await engine.setViewport(TABLET_PORTRAIT);
      await waitFor(engine, (width) => {
        const all = JSON.parse(document.body.dataset.targets ?? "[]");
        return innerWidth === width && all.length === 6 && all.every((t) => t.x + t.w <= width);
      }, TABLET_PORTRAIT.width);
      for (const target of await targets(engine)) {
        if (target.id !== "parent") assertToddlerSized(target, TABLET_PORTRAIT);
      }
      const byId = Object.fromEntries((await targets(engine)).map((t) => [t.id, t]));
      assert.ok(byId["my-turn"].y >= byId.peekaboo.y + byId.peekaboo.h, "the third game wraps below in portrait");
      await shot("7-home-portrait");
      await engine.setViewport(TABLET_LANDSCAPE);
    });

    test("the family's language chosen in the parent area: the next line is in it, without a reload", { timeout: 120_000 }, async () => {
      // Firefox reads right to left in Arabic; WebKit draws Chinese, with its font fetched then.
      const code = label === "Firefox" ? "ar" : "zh";
      const ftl = await readFile(join(DIST, "assets", "lang", `${code}.ftl`), "utf8");
      const wanted = ftl.match(/^what-shall-we-play = (.*)$/m)[1];
      await passGate(engine);
      const saves = Number((await state(engine)).replace("saves-", ""));
      await engine.choose('select[name="language"]', code);
      await engine.click('button[data-action="save"]');
      await waitForState(engine, `saves-${saves + 1}`);
      await engine.click('button[data-action="close"]');
      await waitForScreen(engine, "home");
      await waitFor(engine, (line) => document.getElementById("captions").textContent === line, wanted, 30_000);
      const bubble = await engine.evaluate(() => ({ lang: document.getElementById("bubble").lang, dir: document.getElementById("bubble").dir }));
      assert.deepEqual(bubble, { lang: code === "ar" ? "ar" : "zh-CN", dir: code === "ar" ? "rtl" : "ltr" });
      // The Home cards' words are drawn in the canvas with the script's own font, fetched
      // just now: drawn, not left blank (as they were before the captions were laid out again).
      const words = await wordsOnTheCards(engine, await shot(`8-home-${code}`));
      assert.ok(words > englishWords * 0.4, `${code} words on the cards: ${words} pixels, English ${englishWords}`);
    });

    test("nothing went wrong: no errors, no failed requests, nothing asked of anyone else", async () => {
      await harvest();
      if (noted.warnings.length) console.log(`# ${label} warnings: ${nameWasmFrames(JSON.stringify(noted.warnings.slice(0, 20)))}`);
      assert.deepEqual(noted.problems, []);
      const failed = site.answers.filter((a) => a.status >= 400);
      assert.deepEqual(failed, []);
      // The parent's "Saved" sentence and every wait above would have failed on a dead page;
      // this checks the site itself was asked for what the game needs.
      assert.ok(site.answers.some((a) => a.url.includes("see_you_soon_bg.wasm")), "the wasm was served");
    });
  });
}
