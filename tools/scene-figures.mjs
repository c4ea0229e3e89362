// Prints the scenes' own figures (not a test): the game's frame rate while the two figures hug
// at the door and while the traveller goes along the way home, and the wasm memory once every
// scene has been on screen. Headless Chromium (SwiftShader WebGL2) at 1024×768 and the
// harness's tablet pixel ratio of 2.
//
// Usage, after a build: node tools/scene-figures.mjs
import {
  launchBrowser,
  openGame,
  stopServer,
  tapTarget,
  waitForScreen,
  waitForState,
} from "../tests/e2e/harness.mjs";

const browser = await launchBrowser();
const viewport = { width: 1024, height: 768 };

/** Frames the game drew a second over the next `seconds`, and the wasm memory after. */
async function rate(page, seconds) {
  const before = await page.evaluate(() => [window.seeYouSoonFrames, performance.now()]);
  await page.waitForTimeout(seconds * 1000);
  const after = await page.evaluate(() => [window.seeYouSoonFrames, performance.now()]);
  return ((after[0] - before[0]) * 1000) / (after[1] - before[1]);
}

const memory = async (page) => page.evaluate(() => window.seeYouSoonMemory());
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

try {
  const { page, context } = await openGame(browser, { viewport, query: "?quick" });
  await tapTarget(page, "start");
  await waitForScreen(page, "home");
  const atHome = await memory(page);
  await page.waitForTimeout(2000);
  const homeFps = await rate(page, 3);

  await tapTarget(page, "journey");
  await waitForScreen(page, "journey");
  await waitForState(page, "ritual:hug:waiting", 15_000);
  await tapTarget(page, "step");
  await waitForState(page, "ritual:hug:acting", 3000);
  const hugFps = await rate(page, 1.5);
  await waitForState(page, "way:", 60_000);
  const wayFps = await rate(page, 4);
  await waitForState(page, "reunion:", 90_000);
  await tapTarget(page, "leave", 2600);
  await waitForScreen(page, "home");

  // Every other scene once, so its pictures and figures have been made.
  for (const card of ["peekaboo", "my-turn", "morning", "calendar"]) {
    await tapTarget(page, card);
    await waitForScreen(page, card === "my-turn" ? "journey" : card);
    await page.waitForTimeout(2500);
    await tapTarget(page, "leave", 2600);
    await waitForScreen(page, "home");
  }
  const afterAll = await memory(page);
  console.log(`frames a second, Home (still)        ${homeFps.toFixed(1)}`);
  console.log(`frames a second, the hug at the door ${hugFps.toFixed(1)}`);
  console.log(`frames a second, the way home        ${wayFps.toFixed(1)}`);
  console.log(`wasm memory on Home                  ${mib(atHome)}`);
  console.log(`wasm memory after every scene        ${mib(afterAll)}`);
  await context.close();
} finally {
  await browser.close();
  await stopServer();
}
