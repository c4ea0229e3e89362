// Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, in a real
// window on a virtual display: Firefox draws WebGL only with a display.
import puppeteer from "puppeteer-core";
import { startSoundServer } from "./sound-server.mjs";
import { startXvfb } from "./xvfb.mjs";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

const PREFS = {
  // Fake voices: speech is said at once and its events fire, as with a real voice.
  "media.webspeech.synth.test": true,
  // Touch input arrives as touch events, as on a tablet.
  "dom.w3c_touch_events.enabled": 1,
  // A fake microphone and no permission prompt, for recording the grown-up's voice.
  "media.navigator.streams.fake": true,
  "media.navigator.permission.disabled": true,
  // Sound may start only after a tap, as on a tablet (1 = block audible autoplay).
  "media.autoplay.default": 1,
  // No updates, studies or telemetry: the machine has no network but its own.
  "app.update.enabled": false,
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.reportingpolicy.firstRun": false,
};

/** Starts Firefox; resolves to the engine interface the cross-engine scenarios use. */
export async function launchFirefox() {
  const xvfb = await startXvfb();
  const sound = await startSoundServer();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: false,
    env: { ...process.env, DISPLAY: xvfb.display, PULSE_SERVER: sound.address, MOZ_CRASHREPORTER_DISABLE: "1" },
    extraPrefsFirefox: PREFS,
    defaultViewport: null,
  });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  const engineProblems = [];
  page.on("console", (message) => {
    if (message.type() === "error") engineProblems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => engineProblems.push(`page error: ${error}`));

  return {
    name: "Firefox",
    version: await browser.version(),
    async goto(url) { await page.goto(url); },
    async reload() { await page.reload(); },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async setViewport({ width, height }) {
      await page.setViewport({ width, height, deviceScaleFactor: 1, hasTouch: true });
    },
    /** Fingers down together at `points`, held, lifted. */
    async touch(points, holdMs = 60) {
      const fingers = [];
      for (const { x, y } of points) fingers.push(await page.touchscreen.touchStart(x, y));
      await new Promise((done) => setTimeout(done, holdMs));
      for (const finger of fingers) {
        // A tap on a "tap anywhere to start again" message reloads the page on touch-down, so
        // the lift may find no page to lift from: that is the tap having worked.
        await finger.end().catch((error) => {
          if (!/NS_ERROR_FAILURE|no such frame|navigat/i.test(String(error))) throw error;
        });
      }
    },
    tap(point, holdMs = 60) { return this.touch([point], holdMs); },
    /** Two fingers that spread apart, as a pinch to zoom in. */
    async pinch({ x, y }) {
      const left = await page.touchscreen.touchStart(x - 20, y);
      const right = await page.touchscreen.touchStart(x + 20, y);
      for (let step = 1; step <= 5; step += 1) {
        await left.move(x - 20 - step * 30, y);
        await right.move(x + 20 + step * 30, y);
      }
      await left.end();
      await right.end();
    },
    async screenshot() { return Buffer.from(await page.screenshot()); },
    async click(selector) { await page.click(selector); },
    async typeInto(selector, text) {
      await page.$eval(selector, (input) => { input.value = ""; });
      await page.type(selector, text);
    },
    async choose(selector, value) { await page.select(selector, value); },
    engineProblems: () => engineProblems.splice(0),
    async close() {
      await browser.close();
      await sound.stop();
      await xvfb.stop();
    },
  };
}
