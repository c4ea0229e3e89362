// Nothing a family made is lost, in Chromium: the parent area says what is kept and whether the
// browser agreed to keep it (asked once something is kept); "Save a copy" writes one file with
// the settings, photos and recordings; on a fresh profile the copy is checked whole (a damaged,
// cut-short or foreign file is refused and nothing is touched), shown before it is used, and
// brought back by adding what is missing or by replacing everything.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  launchBrowser,
  openGame,
  passGate,
  problems,
  shot,
  stopServer,
  tapTarget,
  testPhoto,
  toHome,
  waitForScreen,
  waitForState,
} from "./harness.mjs";

const ROW = '[data-photo-key="grown-up@1"]';

let browser;
// Chromium's fake microphone (a beep) and no permission prompt, for the recording drill.
before(async () => { browser = await launchBrowser(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** The parent area's "Kept on this device" line, once it says `pattern`. */
async function keeping(page, pattern = /./, timeout = 15_000) {
  await page.waitForFunction(
    (source) => {
      const line = document.getElementById("keeping-state");
      return /^(best-effort|persisted|unknown)$/.test(line?.dataset.state ?? "") && new RegExp(source).test(line.textContent);
    },
    pattern.source,
    { timeout },
  );
  return page.evaluate(() => {
    const line = document.getElementById("keeping-state");
    return { state: line.dataset.state, text: line.textContent };
  });
}

async function backupSays(page, pattern, timeout = 15_000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById("backup-state")?.textContent ?? ""),
    pattern.source,
    { timeout },
  );
}

/** A small JPEG made by the page, kept (or refused) as the first grown-up's photo through the form. */
async function keepAPhoto(page, { expectKept = true } = {}) {
  const photo = await testPhoto(page, { width: 800, height: 600 });
  await page.setInputFiles(`${ROW} input[data-photo="choose"]`, { name: "mummy.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.locator(`${ROW}[data-state="framing"]`).waitFor();
  await page.click(`${ROW} [data-photo="keep"]`);
  if (expectKept) await page.locator(`${ROW}[data-state="kept"]`).waitFor();
  else await page.waitForFunction((row) => /not kept/.test(document.querySelector(`${row} .photo-state`).textContent), ROW);
}

/** A recording put straight into the store, as the recorder keeps one (the microphone is voice.test.mjs's). */
async function keepARecording(page, slot, bytes) {
  await page.evaluate(async ({ slot, bytes }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("see-you-soon-voice", 1);
      request.onupgradeneeded = () => request.result.createObjectStore("recordings");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = db.transaction("recordings", "readwrite");
      transaction.objectStore("recordings").put({ type: "audio/webm", bytes: new Uint8Array(bytes).buffer }, slot);
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, { slot, bytes });
}

/** Everything the family has on this device: the game's stored text and each store's keys and sizes. */
async function everythingKept(page, version = 1) {
  return page.evaluate(async (version) => {
    const storage = Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("see-you-soon.")).sort().map((k) => [k, localStorage.getItem(k)]));
    const kept = {};
    for (const [database, store] of [["see-you-soon-photos", "photos"], ["see-you-soon-voice", "recordings"]]) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(database, version);
        request.onupgradeneeded = () => request.result.objectStoreNames.contains(store) || request.result.createObjectStore(store);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const entries = await new Promise((resolve) => {
        const all = [];
        const cursor = db.transaction(store).objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(all);
          const value = at.value;
          all.push([at.key, value instanceof Blob ? value.size : value.bytes.byteLength]);
          at.continue();
        };
      });
      db.close();
      kept[store] = entries.sort();
    }
    return { storage, ...kept };
  }, version);
}

/** Polls `check` (in Node) every half second until it is true, for up to `timeout` ms. */
async function waitUntil(check, timeout = 15_000, saying = () => "") {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`waited in vain ${saying()}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

async function chooseCopy(page, name, buffer) {
  await page.setInputFiles('input[data-backup="choose"]', { name, mimeType: "application/json", buffer });
}

async function setChildName(page, name) {
  await page.fill('input[name="child-name"]', name);
  await page.click('button[data-action="save"]');
  await page.waitForFunction((n) => document.getElementById("parent-status").textContent.includes(n), name);
}

/** The family on their first tablet: a name, a photo and a recorded line. */
async function adaWithAPhotoAndARecording(page) {
  await setChildName(page, "Ada");
  await keepAPhoto(page);
  await keepARecording(page, "farewell", [9, 8, 7, 6, 5, 4, 3, 2, 1]);
}

/** A family's copy made on another tablet: a fresh profile set up by `setUp`, then copied. */
async function copyFromAnotherTablet(setUp) {
  const { page, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
  try {
    await toHome(page);
    await passGate(page);
    await setUp(page);
    await page.waitForFunction(() => window.seeYouSoonBackup, null, { timeout: 20_000 });
    return await page.evaluate(() => window.seeYouSoonBackup.makeCopy());
  } finally {
    await context.close();
  }
}

describe("keeping what the family made", () => {
  test("the parent is told what is kept on the device and whether the browser agreed to keep it", { timeout: 180_000 }, async () => {
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await passGate(page);
      const before = await keeping(page);
      assert.match(before.text, /^Nothing is kept on this device yet: it is new to the game, or the browser cleared what it kept\. If you saved a copy, bring it back below\.$/);
      assert.equal(before.state, "best-effort", "a fresh profile's storage is best effort in Chromium");

      // Keeping a photo asks the browser to keep everything (once per visit) and counts it.
      await page.evaluate(() => {
        const persist = navigator.storage.persist.bind(navigator.storage);
        window.keepingAsked = 0;
        navigator.storage.persist = () => { window.keepingAsked += 1; return persist(); };
      });
      await keepAPhoto(page);
      const kept = await keeping(page, /^Kept on this device: 1 photo \(\d+ kB\)\. The browser may delete them if the device runs short of space/);
      assert.equal(kept.state, "best-effort");
      assert.match(kept.text, /With the game's offline copy, this site uses [\d.,]+ (kB|MB) of the [\d.,]+ (MB|GB) the browser allows it\.$/);
      await setChildName(page, "Ada");
      await keeping(page, /^Kept on this device: 1 photo \(\d+ kB\),? and the settings\./);
      assert.equal(await page.evaluate(() => window.keepingAsked), 1, "asked once, when the photo was kept");

      // A browser that agreed (Chromium decides by how much the site is used; here it is told).
      await page.evaluate(() => { navigator.storage.persisted = async () => true; });
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await passGate(page);
      assert.equal((await keeping(page, /agreed to keep them until you delete them/)).state, "persisted");
      await shot(page, "keeping-1-agreed");

      // Deleted: no longer counted. A browser with no storage manager says it cannot tell.
      await page.click(`${ROW} [data-photo="delete"]`);
      await keeping(page, /^Kept on this device: the settings\. The browser has agreed/);
      await page.evaluate(() => Object.defineProperty(Navigator.prototype, "storage", { get: () => undefined }));
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await passGate(page);
      assert.equal((await keeping(page, /does not say whether it keeps them/)).state, "unknown");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a full device: a photo, a recording and a copy that cannot be kept are each said, and nothing kept before is lost", { timeout: 180_000 }, async () => {
    const copy = await copyFromAnotherTablet(adaWithAPhotoAndARecording);
    // A second tablet whose storage is full: Chromium's quota for the site set to nothing.
    // (Chromium counts what a write grows by, so the drill starts with empty photo and
    // recording stores, as on a tablet that has kept little yet.)
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    try {
      await toHome(page);
      await passGate(page);
      await setChildName(page, "Bo");
      const before = await everythingKept(page);
      await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
      await keepAPhoto(page, { expectKept: false });
      assert.match(await page.locator(`${ROW} .photo-state`).textContent(), /^This device's storage is full, so the photo was not kept\. Free some space/);
      await page.click(`${ROW} [data-photo="cancel"]`);
      // A line recorded with the microphone and kept: refused, and said in its row.
      const line = page.locator("[data-voice-slot]").first();
      await line.locator('[data-voice="record"]').click();
      await page.waitForFunction((slot) => document.querySelector(`[data-voice-slot="${slot}"]`).dataset.state === "recording", await line.getAttribute("data-voice-slot"));
      await page.waitForTimeout(1200);
      await line.locator('[data-voice="record"]').click();
      await line.locator('[data-voice="keep"]').waitFor();
      await line.locator('[data-voice="keep"]').click();
      await page.waitForFunction(
        (slot) => /storage is full, so the recording was not kept\./.test(document.querySelector(`[data-voice-slot="${slot}"] .voice-state`).textContent),
        await line.getAttribute("data-voice-slot"),
      );
      await chooseCopy(page, "copy.json", Buffer.from(copy, "utf8"));
      await page.locator("#backup-choice").waitFor();
      await page.click('button[data-backup="replace"]');
      await backupSays(page, /storage is full, so the copy could not be brought back\. .*What was here before is kept\./);
      await shot(page, "keeping-3-full");
      assert.deepEqual(await everythingKept(page), before, "nothing kept before was lost or changed");
      assert.deepEqual(problems(log), []);
    } finally {
      await cdp.send("Storage.overrideQuotaForOrigin", { origin }).catch(() => {});
      await context.close();
    }
  });

  test("a copy saved on one profile comes back whole on a fresh one; damaged or foreign files change nothing", { timeout: 300_000 }, async () => {
    // The family's tablet: a name, a photo and two recordings, saved as one file.
    let copy;
    let original;
    {
      const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
      try {
        await toHome(page);
        await passGate(page);
        await setChildName(page, "Ada");
        await keepAPhoto(page);
        await keepARecording(page, "farewell", Array.from({ length: 3000 }, (_, i) => i % 251));
        await keepARecording(page, "farewell@2", Array.from({ length: 2000 }, (_, i) => (i * 7) % 253));
        original = await everythingKept(page);
        const downloaded = page.waitForEvent("download");
        await page.click('button[data-backup="save"]');
        const file = join(tmpdir(), `see-you-soon-copy-${process.pid}.json`);
        await (await downloaded).saveAs(file);
        copy = await readFile(file);
        await backupSays(page, /^Saved a copy \(\d+ kB\) holding the settings \(for Ada\), 1 photo,? and 2 recordings\./);
        assert.match((await downloaded).suggestedFilename(), /^see-you-soon-copy-\d{4}-\d\d-\d\d\.json$/);
        assert.deepEqual(problems(log), []);
      } finally {
        await context.close();
      }
    }

    // A new tablet with a little of its own: another child's name and one recording.
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await passGate(page);
      await setChildName(page, "Bo");
      await keepARecording(page, "hello-there", [1, 2, 3, 4, 5]);
      const own = await everythingKept(page);

      // Refused, each with its sentence, and nothing on the device changed.
      const text = copy.toString("utf8");
      const middle = text.indexOf('"data":"') + 40;
      const changed = text.slice(0, middle) + (text[middle] === "A" ? "B" : "A") + text.slice(middle + 1);
      for (const [name, body, said] of [
        ["changed.json", changed, /damaged/],
        ["cut-short.json", text.slice(0, Math.floor(text.length * 0.6)), /damaged/],
        ["shopping.json", JSON.stringify({ milk: 2, bread: 1 }), /not a copy made by See You Soon/],
        ["photo.jpg", "\xff\xd8\xff\xe0 not text at all", /not a copy made by See You Soon/],
      ]) {
        await chooseCopy(page, name, Buffer.from(body, "utf8"));
        await backupSays(page, said);
        assert.equal(await page.locator("#backup-choice").isVisible(), false, `${name}: nothing offered`);
      }
      assert.deepEqual(await everythingKept(page), own, "the refused files changed nothing");

      // The real copy: shown first; "add what is missing" keeps Bo's things and adds Ada's.
      await chooseCopy(page, "copy.json", copy);
      await page.locator("#backup-choice").waitFor();
      assert.match(await page.locator(".backup-holds").textContent(), /holds the settings \(for Ada\), 1 photo,? and 2 recordings\./);
      await shot(page, "keeping-2-copy-shown");
      await page.click('button[data-backup="merge"]');
      await backupSays(page, /^Brought back/);
      await page.waitForEvent("load", { timeout: 20_000 });
      const merged = await everythingKept(page);
      assert.equal(merged.storage["see-you-soon.settings"], own.storage["see-you-soon.settings"], "this device's settings stay");
      assert.deepEqual(merged.photos, original.photos, "the photo was added");
      assert.deepEqual(merged.recordings, [...original.recordings, ...own.recordings].sort(), "the recordings were added beside this device's own");

      // Replacing makes this device hold exactly the copy, and the game uses it.
      await toHome(page);
      await passGate(page);
      await chooseCopy(page, "copy.json", copy);
      await page.locator("#backup-choice").waitFor();
      await page.click('button[data-backup="replace"]');
      await page.waitForEvent("load", { timeout: 20_000 });
      const replaced = await everythingKept(page);
      assert.deepEqual(replaced.photos, original.photos);
      assert.deepEqual(replaced.recordings, original.recordings, "this device's own recording went, as asked");
      assert.equal(replaced.storage["see-you-soon.settings"], original.storage["see-you-soon.settings"]);
      await toHome(page);
      await passGate(page);
      assert.equal(await page.inputValue('input[name="child-name"]'), "Ada", "the game reads the settings brought back");
      await page.waitForFunction(() => window.seeYouSoonPhotos?.has("grown-up@1"), null, { timeout: 20_000 });
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("bringing back a copy that fails halfway puts back everything that was kept", { timeout: 180_000 }, async () => {
    const copy = await copyFromAnotherTablet(adaWithAPhotoAndARecording);
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await passGate(page);
      await setChildName(page, "Bo");
      await keepARecording(page, "hello-there", [1, 2, 3, 4, 5]);
      const before = await everythingKept(page);
      // Each drill breaks one write after others went through: the recordings (after the
      // photos), then the settings (after both stores).
      for (const breakOne of [
        () => {
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function refuse(...args) {
            if (this.name !== "recordings") return put.apply(this, args);
            IDBObjectStore.prototype.put = put;
            throw new DOMException("The disk is full.", "QuotaExceededError");
          };
        },
        () => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function refuse() {
            Storage.prototype.setItem = setItem;
            throw new DOMException("The disk is full.", "QuotaExceededError");
          };
        },
      ]) {
        await page.evaluate(breakOne);
        await chooseCopy(page, "copy.json", Buffer.from(copy, "utf8"));
        await page.locator("#backup-choice").waitFor();
        await page.click('button[data-backup="replace"]');
        await backupSays(page, /storage is full, so the copy could not be brought back\. .*What was here before is kept\./);
        assert.deepEqual(await everythingKept(page), before, "everything kept before is back as it was");
      }
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("the browser clears the site's data while the game runs: play goes on, and what the game holds is written back", { timeout: 180_000 }, async () => {
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    const cdp = await context.newCDPSession(page);
    try {
      await toHome(page);
      await passGate(page);
      await setChildName(page, "Ada");
      await keepAPhoto(page);
      await keepARecording(page, "farewell", [9, 8, 7, 6, 5, 4, 3, 2, 1]);
      // The recording is read by the page once, as when the game starts.
      await page.reload();
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:", 20_000);
      const before = await everythingKept(page);
      // As "Clear site data" in the browser's settings does: everything, the offline copy too.
      await cdp.send("Storage.clearDataForOrigin", { origin: new URL(page.url()).origin, storageTypes: "all" });
      await tapTarget(page, "hiding-place");
      await page.waitForFunction(() => /^hands:(revealing|celebrating)/.test(document.body.dataset.state ?? ""), null, { timeout: 10_000 });
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      // The game still held the settings, the photo and the recording: they are back in storage
      // (once the browser has finished deleting: the page tries again until it has).
      let back;
      await waitUntil(async () => {
        back = await everythingKept(page).catch(() => null);
        return back?.photos.length === 1 && back.recordings.length === 1;
      }, 15_000, () => JSON.stringify(back));
      assert.equal(back.storage["see-you-soon.settings"], before.storage["see-you-soon.settings"]);
      assert.deepEqual(back.photos, before.photos);
      assert.deepEqual(back.recordings, before.recordings);
      // Another day: the family's things are still there.
      await page.reload();
      await toHome(page);
      await passGate(page);
      assert.equal(await page.inputValue('input[name="child-name"]'), "Ada");
      await keeping(page, /^Kept on this device: 1 photo and 1 recording \(\d+ kB\),? and the settings\./);
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a copy holding the oldest saved settings comes back into today's game", { timeout: 180_000 }, async () => {
    // The first settings the game ever saved (format 1, one grown-up and a second), in a copy.
    const oldest = await readFile(new URL("../fixtures/settings/02-v1-first-2bdb8a7.json", import.meta.url), "utf8");
    const copy = await copyFromAnotherTablet((page) => page.evaluate((text) => localStorage.setItem("see-you-soon.settings", text), oldest));
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await passGate(page);
      await chooseCopy(page, "old-copy.json", Buffer.from(copy, "utf8"));
      await page.locator("#backup-choice").waitFor();
      assert.match(await page.locator(".backup-holds").textContent(), /holds the settings \(for Айгерим\)\./);
      await page.click('button[data-backup="replace"]');
      await page.waitForEvent("load", { timeout: 20_000 });
      await toHome(page);
      await passGate(page);
      assert.equal(await page.inputValue('input[name="child-name"]'), "Айгерим");
      assert.equal(await page.inputValue('input[name="grown-up-1-name"]'), "Papa Joe", "the second grown-up of format 1 is in the family");
      assert.equal(await page.inputValue('input[name="anchor-other"]'), "after the swings");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a newer version of the game in another window: it is never kept waiting, and this one says so and plays on", { timeout: 180_000 }, async () => {
    const { page, log, context, url } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    const newer = await context.newPage();
    try {
      await toHome(page);
      await passGate(page);
      await adaWithAPhotoAndARecording(page);
      await keeping(page, /1 photo/);
      const before = await everythingKept(page);
      // The newer game opens the family's databases at its own version and keeps them open.
      await newer.goto(`${url}manifest.webmanifest`);
      const upgrades = await newer.evaluate(() => Promise.all(["see-you-soon-photos", "see-you-soon-voice"].map((name) => new Promise((resolve) => {
        const request = indexedDB.open(name, 2);
        let blocked = false;
        request.onblocked = () => { blocked = true; };
        request.onsuccess = () => { window.held = [...(window.held ?? []), request.result]; resolve({ name, blocked }); };
        request.onerror = () => resolve({ name, error: String(request.error) });
        setTimeout(() => resolve({ name, blocked, waiting: true }), 5000);
      }))));
      assert.deepEqual(upgrades, [{ name: "see-you-soon-photos", blocked: false }, { name: "see-you-soon-voice", blocked: false }], "the newer window was not kept waiting");
      // This window can no longer keep a photo: the parent is told why, and what to do.
      await keepAPhoto(page, { expectKept: false });
      assert.match(await page.locator(`${ROW} .photo-state`).textContent(), /^The photo was not kept here\. A newer version of the game is open in another window\./);
      await page.click(`${ROW} [data-photo="cancel"]`);
      await setChildName(page, "Ada Lovelace");
      assert.match((await keeping(page, /newer version/)).text, /^The photos and recordings are safe with the newer version of the game open in another window\. Close this window/);
      await shot(page, "keeping-8-newer-elsewhere");
      // The game plays on with the photo it holds.
      await page.click('button[data-action="close"]');
      await waitForScreen(page, "home");
      const after = await everythingKept(newer, 2);
      assert.deepEqual({ ...after, storage: undefined }, { ...before, storage: undefined }, "every photo and recording is still there");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("two windows of the game: settings saved in one are used by the other, and an open form shows them", { timeout: 180_000 }, async () => {
    const { page: first, log, context, url } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    const second = await context.newPage();
    const secondErrors = [];
    second.on("pageerror", (error) => secondErrors.push(String(error)));
    second.on("console", (message) => { if (message.type() === "error") secondErrors.push(message.text()); });
    try {
      await second.goto(`${url}?quick`);
      await toHome(first);
      await toHome(second);
      // Saved in the first window while the second is on Home: the second plays with it.
      await passGate(first);
      await setChildName(first, "Ada");
      await passGate(second);
      assert.equal(await second.inputValue('input[name="child-name"]'), "Ada");
      // Saved in the second while the first window's form is still open: it is drawn again.
      await setChildName(second, "Bo");
      await first.waitForFunction(() => /changed in another window/.test(document.getElementById("parent-status")?.textContent ?? ""), null, { timeout: 10_000 });
      assert.equal(await first.inputValue('input[name="child-name"]'), "Bo");
      const saved = await first.evaluate(() => JSON.parse(localStorage.getItem("see-you-soon.settings")).settings.child_name);
      assert.equal(saved, "Bo", "neither window wrote its older copy back");
      assert.deepEqual(problems(log), []);
      assert.deepEqual(secondErrors, []);
    } finally {
      await context.close();
    }
  });
});

// The copy is kept in the temporary folder only while the test runs.
after(() => rm(join(tmpdir(), `see-you-soon-copy-${process.pid}.json`), { force: true }));
