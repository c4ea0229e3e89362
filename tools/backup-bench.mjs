// Prints the family copy's figures (not a test), in Chromium, after a build: the size of a copy
// holding two photos and ten recordings, the time to make it, and the time to check it and bring
// it back on a fresh profile.
//
// Usage: node tools/backup-bench.mjs [--runs 3]
import { TABLET_LANDSCAPE, launchBrowser, openGame, passGate, stopServer, toHome } from "../tests/e2e/harness.mjs";

const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Two 512² photos as kept (about 50 KB each) and ten six-second recordings (about 24 KB each). */
async function fillTheDevice(page) {
  await page.evaluate(async () => {
    const put = (database, store, entries) => new Promise((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const transaction = db.transaction(store, "readwrite");
        for (const [key, value] of entries) transaction.objectStore(store).put(value, key);
        transaction.oncomplete = () => { db.close(); resolve(); };
        transaction.onerror = () => reject(transaction.error);
      };
    });
    // Random bytes do not compress, like a JPEG or Opus stream.
    const noise = (size) => crypto.getRandomValues(new Uint8Array(size)).buffer;
    await put("see-you-soon-photos", "photos", [1, 2].map((n) => [`grown-up@${n}`, { type: "image/jpeg", bytes: noise(52 * 1024) }]));
    const lines = ["farewell", "peekaboo", "home", "hello", "love", "hug", "nap", "snack", "park", "soon"];
    await put("see-you-soon-voice", "recordings", lines.map((line) => [line, { type: "audio/webm", bytes: noise(24 * 1024) }]));
  });
}

const browser = await launchBrowser();
const figures = { bytes: [], makeMs: [], restoreMs: [] };
try {
  for (let run = 0; run < runs; run += 1) {
    let copy;
    {
      const { page, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
      await toHome(page);
      await passGate(page);
      await page.waitForFunction(() => window.seeYouSoonBackup, null, { timeout: 20_000 });
      await fillTheDevice(page);
      const made = await page.evaluate(async () => {
        const start = performance.now();
        const text = await window.seeYouSoonBackup.makeCopy();
        return { text, ms: performance.now() - start };
      });
      copy = made.text;
      figures.bytes.push(new TextEncoder().encode(copy).length);
      figures.makeMs.push(made.ms);
      await context.close();
    }
    const { page, context } = await openGame(browser, { viewport: TABLET_LANDSCAPE, query: "?quick" });
    await toHome(page);
    await passGate(page);
    await page.waitForFunction(() => window.seeYouSoonBackup, null, { timeout: 20_000 });
    figures.restoreMs.push(await page.evaluate(async (text) => {
      const start = performance.now();
      await window.seeYouSoonBackup.bringBack(window.seeYouSoonBackup.readCopy(text), true);
      return performance.now() - start;
    }, copy));
    await context.close();
  }
} finally {
  await browser.close();
  await stopServer();
}
console.log(`A family's copy, two photos and ten recordings (median of ${runs}):`);
console.log(`  size                    ${(median(figures.bytes) / 1024).toFixed(1)} KiB`);
console.log(`  time to make it         ${median(figures.makeMs).toFixed(0)} ms`);
console.log(`  time to check and bring it back on a fresh profile  ${median(figures.restoreMs).toFixed(0)} ms`);
