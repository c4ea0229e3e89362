// Prints the family photo's figures (not a test), in Chromium at tablet size, after a build:
// the time from choosing a 12-megapixel camera-sized photo (and a 48-megapixel one) to its
// framing preview, the stored size of the kept photo, and how much the game's wasm memory
// grows when a photo is shown (peekaboo with and without one, each in a fresh page).
//
// Usage: node tools/photo-bench.mjs [--runs 3]
import {
  TABLET_LANDSCAPE,
  launchBrowser,
  openGame,
  passGate,
  peekabooToFirstReveal,
  seedPhoto,
  stopServer,
  toHome,
} from "../tests/e2e/harness.mjs";

const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const ROW = '[data-photo-key="grown-up@1"]';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A camera-like JPEG (gradients and fine noise, so it compresses like a photo). */
async function cameraPhoto(page, width, height) {
  const base64 = await page.evaluate(async ({ width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const c = canvas.getContext("2d");
    const gradient = c.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, "#d8b49a");
    gradient.addColorStop(1, "#5a7fa8");
    c.fillStyle = gradient;
    c.fillRect(0, 0, width, height);
    // Detail at every scale, as a room or a garden behind someone has.
    for (let i = 0; i < 3000; i += 1) {
      const r = (Math.random() ** 3) * width * 0.08 + 2;
      c.fillStyle = `hsla(${Math.random() * 360}, 45%, ${30 + Math.random() * 50}%, 0.6)`;
      c.beginPath();
      c.ellipse(Math.random() * width, Math.random() * height, r, r * (0.4 + Math.random()), Math.random() * 3, 0, Math.PI * 2);
      c.fill();
    }
    // And a camera's grain.
    const tile = c.createImageData(256, 256);
    for (let i = 0; i < tile.data.length; i += 4) {
      tile.data[i] = Math.random() * 255;
      tile.data[i + 1] = Math.random() * 255;
      tile.data[i + 2] = Math.random() * 255;
      tile.data[i + 3] = 28;
    }
    const noise = new OffscreenCanvas(256, 256);
    noise.getContext("2d").putImageData(tile, 0, 0);
    c.fillStyle = c.createPattern(noise, "repeat");
    c.fillRect(0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, { width, height });
  return Buffer.from(base64, "base64");
}

async function timeToPreview(page, buffer, name) {
  const before = await page.evaluate(() => window.seeYouSoonPhotos.timings.length);
  await page.setInputFiles(`${ROW} input[data-photo="choose"]`, { name, mimeType: "image/jpeg", buffer });
  await page.waitForFunction((n) => window.seeYouSoonPhotos.timings.length > n, before, { timeout: 60_000 });
  return page.evaluate(() => window.seeYouSoonPhotos.timings.at(-1).toPreviewMs);
}

/** The wasm memory once peekaboo's first reveal has been shown. */
async function memoryInPeekaboo(browser, withPhoto) {
  const { page, context } = await openGame(browser, {
    viewport: TABLET_LANDSCAPE,
    scale: 1,
    query: "?quick",
    route: withPhoto ? (page) => seedPhoto(page) : undefined,
  });
  try {
    if (withPhoto) await page.waitForFunction(() => window.seeYouSoonPhotos?.has("grown-up@1"), null, { timeout: 20_000 });
    await toHome(page);
    await peekabooToFirstReveal(page);
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.seeYouSoonMemory());
  } finally {
    await context.close();
  }
}

const browser = await launchBrowser([], { scale: 1 });
try {
  const { page, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, scale: 1 });
  await toHome(page);
  await passGate(page);
  const twelve = await cameraPhoto(page, 4000, 3000);
  console.log(`12-megapixel test photo: ${(twelve.length / 1048576).toFixed(1)} MiB as chosen`);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    times.push(await timeToPreview(page, twelve, `camera-${run}.jpg`));
    if (run < runs - 1) await page.click(`${ROW} [data-photo="cancel"]`);
  }
  console.log(`choosing it to its framing preview: ${Math.round(median(times))} ms (median of ${runs}: ${times.map(Math.round).join(", ")})`);
  await page.click(`${ROW} [data-photo="keep"]`);
  await page.waitForFunction((row) => /Kept on this device/.test(document.querySelector(`${row} .photo-state`).textContent), ROW);
  const stored = await page.evaluate(() => window.seeYouSoonPhotos.storedBytes("grown-up@1"));
  console.log(`kept photo stored on the device: ${(stored / 1024).toFixed(1)} KiB (512×512 JPEG)`);
  const huge = await cameraPhoto(page, 8000, 6000);
  console.log(`48-megapixel test photo: ${(huge.length / 1048576).toFixed(1)} MiB; to its preview: ${Math.round(await timeToPreview(page, huge, "huge.jpg"))} ms`);
  await context.close();

  const without = await memoryInPeekaboo(browser, false);
  const withPhoto = await memoryInPeekaboo(browser, true);
  const mib = (bytes) => (bytes / 1048576).toFixed(1);
  console.log(`wasm memory in peekaboo after the first reveal: ${mib(without)} MiB without a photo, ${mib(withPhoto)} MiB with one: +${mib(withPhoto - without)} MiB`);
} finally {
  await browser.close();
  await stopServer();
}
