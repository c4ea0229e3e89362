// Shared by the browser tests: what a test leaves on the page before it loads (saved settings,
// a photo kept on the device, the calendar's date, a clock the test can move), as a family's
// own device would have it.

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
export async function pastTheSeedingReloads(page, timeout = 60_000) {
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
