// The family's own photos in Chromium at tablet size: a photo chosen through the form's input,
// framed by dragging and kept on the device, shows in peekaboo (the photo itself hides behind
// the hands and comes back) and in the journey's portraits; it survives a reload; deleting it
// leaves no copy in IndexedDB; a file that is not a photo, a HEIC the browser cannot open, a
// panorama, a turned phone photo, a closed camera and refused storage each get their sentence
// or their fix; nothing leaves the device.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  assertToddlerSized,
  launchBrowser,
  openGame,
  peekabooToFirstReveal,
  passGate,
  pixelsLike,
  problems,
  saveSettings,
  screen as screenName,
  seedPhoto,
  shot,
  testPhoto,
  stopServer,
  tapTarget,
  targets,
  toHome,
  waitForReveal,
  waitForScreen,
  waitForState,
} from "./harness.mjs";

/** The test photo's face colour: nothing the game draws is this magenta. */
const FACE = [226, 52, 168];
const ROW = '[data-photo-key="grown-up@1"]';
/** The child's photo: its face another colour nothing draws. */
const CHILD_FACE = [118, 58, 204];
const CHILD_ROW = '[data-photo-key="child"]';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** A photo made by the browser (see the harness), with this test's face colour. */
function makePhoto(page, size) {
  return testPhoto(page, { ...size, face: FACE });
}

/** The same JPEG marked as taken with the phone turned (EXIF orientation 6: turn 90° clockwise to show). */
function turnedByExif(jpeg) {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const segment = Buffer.concat([Buffer.from([0xff, 0xe1, 0, body.length + 2]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

async function choose(page, file) {
  await page.setInputFiles(`${ROW} input[data-photo="choose"]`, file);
}

async function rowSays(page, pattern, timeout = 15_000, row = ROW) {
  await page.waitForFunction(
    ({ row, source }) => new RegExp(source).test(document.querySelector(`${row} .photo-state`)?.textContent ?? ""),
    { row, source: pattern.source },
    { timeout },
  );
  return page.locator(`${row} .photo-state`).textContent();
}

async function keptKeys(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("see-you-soon-photos", 1);
      request.onupgradeneeded = () => request.result.createObjectStore("photos");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = await new Promise((resolve) => {
      const request = db.transaction("photos").objectStore("photos").getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return keys;
  });
}

/** A screenshot of the target's box on screen. */
async function shotOf(page, id) {
  const box = (await targets(page)).find((t) => t.id === id);
  assert.ok(box, `${id} on screen`);
  return page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } });
}

/** The face's magenta pixels in a screenshot. */
function faceIn(png) {
  return pixelsLike(browser, png, FACE, 24);
}

/** Magenta pixels inside the target's box on screen. */
async function faceInside(page, id) {
  return faceIn(await shotOf(page, id));
}

describe("the family's own photos", () => {
  test("chosen, framed and kept: peekaboo and the journey show the real grown-up", { timeout: 300_000 }, async () => {
    const { page, log, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    try {
      await toHome(page);
      await passGate(page);

      // Bad files first: each gets its sentence, and nothing is kept.
      await choose(page, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("shopping: milk") });
      await rowSays(page, /not a photo/);
      await choose(page, { name: "IMG_0042.HEIC", mimeType: "image/heic", buffer: Buffer.from("ftypheic not really a picture") });
      await rowSays(page, /cannot open HEIC/);
      await choose(page, { name: "panorama.jpg", mimeType: "image/jpeg", buffer: await makePhoto(page, { width: 3200, height: 800 }) });
      await rowSays(page, /A wide photo: drag it/);
      await page.click(`${ROW} [data-photo="cancel"]`);
      // Taken with the phone turned: it is framed the right way up (tall, not wide).
      const turned = turnedByExif(await makePhoto(page, { width: 1600, height: 1200 }));
      await choose(page, { name: "turned.jpg", mimeType: "image/jpeg", buffer: turned });
      await rowSays(page, /Drag the photo/);
      const opened = await page.evaluate(() => window.seeYouSoonPhotos.timings.at(-1));
      assert.ok(opened.height > opened.width, `turned upright by its EXIF orientation: ${opened.width}×${opened.height}`);
      await page.click(`${ROW} [data-photo="cancel"]`);
      assert.deepEqual(await keptKeys(page), [], "nothing kept from the bad files");

      // The camera closed (or not allowed) without a photo: a sentence, nothing changed.
      await page.dispatchEvent(`${ROW} input[data-photo="take"]`, "cancel");
      await rowSays(page, /No photo was taken or chosen/);
      // Storage full or refused: the parent is told, and nothing half-kept is shown.
      await choose(page, { name: "first-try.jpg", mimeType: "image/jpeg", buffer: await makePhoto(page, { width: 800, height: 600 }) });
      await rowSays(page, /Drag the photo/);
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function refuse() {
          IDBObjectStore.prototype.put = put;
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      });
      await page.click(`${ROW} [data-photo="keep"]`);
      await rowSays(page, /storage is full, so the photo was not kept/);
      assert.equal(await page.evaluate(() => window.seeYouSoonPhotos.has("grown-up@1")), false);
      await page.click(`${ROW} [data-photo="cancel"]`);

      // A photo: chosen, dragged so the face is in the middle, kept.
      await choose(page, { name: "mummy.jpg", mimeType: "image/jpeg", buffer: await makePhoto(page, { width: 1600, height: 1200 }) });
      await rowSays(page, /Drag the photo/);
      const framer = await page.locator(`${ROW} .photo-framer canvas`).boundingBox();
      const middle = { x: framer.x + framer.width / 2, y: framer.y + framer.height / 2 };
      await page.mouse.move(middle.x, middle.y);
      await page.mouse.down();
      await page.mouse.move(middle.x - 40, middle.y + 10, { steps: 5 });
      await page.mouse.up();
      await shot(page, "photos-1-framing");
      await page.click(`${ROW} [data-photo="keep"]`);
      await rowSays(page, /Kept on this device \(\d+ kB\)/);
      // (The figures for a camera-sized photo: tools/photo-bench.mjs.)
      assert.deepEqual(await keptKeys(page), ["grown-up@1"]);
      assert.equal(await page.locator(`${ROW} [data-photo="delete"]`).isVisible(), true);
      // The child's own photo, under the child's name (kept as it is, not dragged). Without
      // one, the row says the child is drawn (not "the picture chosen above", a grown-up's).
      await rowSays(page, /No photo: the game shows your child drawn/, 15_000, CHILD_ROW);
      await page.setInputFiles(`${CHILD_ROW} input[data-photo="choose"]`,
        { name: "sam.jpg", mimeType: "image/jpeg", buffer: await testPhoto(page, { width: 1200, height: 1200, face: CHILD_FACE }) });
      await rowSays(page, /Drag the photo/, 15_000, CHILD_ROW);
      await page.click(`${CHILD_ROW} [data-photo="keep"]`);
      await rowSays(page, /Kept on this device/, 15_000, CHILD_ROW);
      assert.deepEqual(await keptKeys(page), ["child", "grown-up@1"]);

      // Peekaboo: the photo hides behind the hands and comes back.
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await tapTarget(page, "peekaboo");
      await waitForState(page, "hands:hidden", 20_000);
      // Counted after the tap: a quick round does not wait long for it.
      const hiddenShot = await shotOf(page, "hiding-place");
      await tapTarget(page, "hiding-place");
      await waitForReveal(page, "hands", 10_000);
      await page.waitForTimeout(600);
      const shown = await faceInside(page, "hiding-place");
      const hidden = await faceIn(hiddenShot);
      await shot(page, "photos-2-peekaboo-back");
      assert.ok(shown > 5_000, `the photo shows where the grown-up stands (${shown} face pixels)`);
      assert.ok(hidden < shown / 10, `hidden, the hands cover it (${hidden} of ${shown} face pixels)`);

      // A reload, as on another day: the photo is still there, in the journey's portraits.
      await page.reload();
      await page.waitForFunction(() => window.seeYouSoonPhotos?.has("grown-up@1"), null, { timeout: 20_000 });
      await toHome(page);
      await tapTarget(page, "journey");
      await waitForScreen(page, "journey");
      await waitForState(page, "meanwhile", 60_000);
      await page.waitForTimeout(800);
      const journeyShot = await page.screenshot();
      await shot(page, "photos-3-journey-meanwhile");
      const inJourney = await pixelsLike(browser, journeyShot, FACE, 24);
      assert.ok(inJourney > 375, `the journey's portraits show the photo (${inJourney} face pixels)`);
      // The child's photo hangs on the wall where the grown-up works.
      const atWork = await pixelsLike(browser, journeyShot, CHILD_FACE, 24);
      assert.ok(atWork > 200, `the child's photo on the wall at work (${atWork} pixels of its face)`);

      // Deleted: no copy left on the device, and the drawn grown-up is back.
      await tapTarget(page, "leave", 3000);
      await waitForScreen(page, "home");
      await passGate(page);
      await page.click(`${ROW} [data-photo="delete"]`);
      await rowSays(page, /Deleted from this device/);
      await page.click(`${CHILD_ROW} [data-photo="delete"]`);
      await rowSays(page, /Deleted from this device/, 15_000, CHILD_ROW);
      assert.deepEqual(await keptKeys(page), []);
      assert.equal(await page.evaluate(() => window.seeYouSoonPhotos.has("grown-up@1")), false);
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");
      await peekabooToFirstReveal(page);
      assert.equal(await faceInside(page, "hiding-place"), 0, "no photo once deleted");

      const origin = new URL(page.url()).origin;
      const away = log.requests.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && !url.startsWith(origin));
      assert.deepEqual(away, [], "nothing leaves the device");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("two grown-ups with photos: Home offers both faces, and the one chosen hides", { timeout: 240_000 }, async () => {
    const GRANDAD_SHIRT = [46, 150, 92];
    const { page, log, context } = await openGame(browser, {
      viewport: TABLET_LANDSCAPE,
      query: "?quick",
      route: async (page) => {
        await saveSettings(page, {
          child_name: "Sam",
          // As an older version saved a family of two.
          grown_up: { name: "Mummy", look: { Person: { figure: "Woman", tone: "Medium" } } },
          second_grown_up: { name: "Grandad", look: { Person: { figure: "OlderMan", tone: "Dark" } } },
        });
        await seedPhoto(page, "grown-up@1");
        await seedPhoto(page, "grown-up@2", { shirt: `rgb(${GRANDAD_SHIRT.join(",")})` });
      },
    });
    try {
      await page.waitForFunction(() => window.seeYouSoonPhotos?.has("grown-up@1") && window.seeYouSoonPhotos.has("grown-up@2"), null, { timeout: 20_000 });
      await toHome(page);
      await tapTarget(page, "peekaboo");
      await waitForState(page, "who-hides", 5000);
      assert.equal(await screenName(page), "home", "not straight to the game");
      const faces = (await targets(page)).filter((t) => t.id.startsWith("hides-"));
      assert.deepEqual(faces.map((t) => t.id), ["hides-1", "hides-2"]);
      assert.deepEqual((await targets(page)).filter((t) => ["journey", "calendar"].includes(t.id)), [],
        "the cards behind the faces are out of the page's list (and a screen reader's)");
      for (const face of faces) assertToddlerSized(face, TABLET_LANDSCAPE);
      await shot(page, "photos-4-who-hides");
      await tapTarget(page, "hides-2");
      await waitForScreen(page, "peekaboo");
      await page.waitForFunction(() => document.querySelector("#captions")?.textContent === "Here's Grandad!", null, { timeout: 10_000 });
      const grandad = await pixelsLike(browser, await page.screenshot(), GRANDAD_SHIRT, 14);
      assert.ok(grandad > 1250, `Grandad's own photo hides (${grandad} pixels of his shirt)`);
      await shot(page, "photos-5-grandad-hides");
      // Keeping the photos reloads the page once: what the first load was fetching is cut off.
      assert.deepEqual(problems(log).filter((p) => !p.endsWith("(net::ERR_ABORTED)")), []);
    } finally {
      await context.close();
    }
  });
});
