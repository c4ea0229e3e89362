// WebKitGTK, the engine of Safari, driven by selenium-webdriver through Debian's
// WebKitWebDriver, in MiniBrowser's window on a virtual display (it has no headless mode).
// Its driver cannot read the console: the cross-engine server's probe notes errors instead.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { Builder, By, Capabilities, until } from "selenium-webdriver";
import { Origin, Pointer } from "selenium-webdriver/lib/input.js";
import { startXvfb } from "./xvfb.mjs";

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, deadline = Date.now() + 20_000) {
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Starts WebKit; resolves to the engine interface the cross-engine scenarios use. */
export async function launchWebKit() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, "--host=127.0.0.1"], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForDriver(url);
  const capabilities = new Capabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": {
      binary: MINIBROWSER,
      // A mock microphone, for recording the grown-up's voice.
      args: ["--automation", "--enable-media-stream=true", "--enable-mock-capture-devices=true"],
    },
  });
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  const version = (await driver.getCapabilities()).get("browserVersion");

  const run = (fn, arg) => driver.executeScript(`return (${fn}).apply(null, arguments);`, arg);
  return {
    name: "WebKit",
    version: `WebKitGTK ${version}`,
    async goto(address) { await driver.get(address); },
    async reload() { await driver.navigate().refresh(); },
    evaluate: run,
    /** Sizes the window so that the page itself is `width`×`height`. */
    async setViewport({ width, height }) {
      let rect = { width, height };
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await driver.manage().window().setRect(rect);
        await new Promise((done) => setTimeout(done, 300));
        const inner = await run(() => ({ width: innerWidth, height: innerHeight }));
        if (inner.width === width && inner.height === height) return;
        rect = { width: rect.width + width - inner.width, height: rect.height + height - inner.height };
      }
      throw new Error(`WebKit's page could not be made ${width}×${height}`);
    },
    /**
     * Fingers down together at `points`, held, lifted. WebKitGTK delivers touch actions to the
     * page as mouse events, one pointer at a time: several fingers come as quick taps in turn.
     */
    async touch(points, holdMs = 60) {
      for (const { x, y } of points) {
        const finger = new Pointer("finger", Pointer.Type.TOUCH);
        const actions = driver.actions({ async: true });
        actions.insert(finger, finger.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }), finger.press());
        actions.pause(points.length > 1 ? 20 : Math.round(holdMs), finger);
        actions.insert(finger, finger.release());
        await actions.perform();
      }
    },
    tap(point, holdMs = 60) { return this.touch([point], holdMs); },
    async screenshot() { return Buffer.from(await driver.takeScreenshot(), "base64"); },
    async click(selector) {
      const element = await driver.wait(until.elementLocated(By.css(selector)), 10_000);
      await element.click();
    },
    async typeInto(selector, text) {
      const element = await driver.findElement(By.css(selector));
      await element.clear();
      await element.sendKeys(text);
    },
    async choose(selector, value) {
      await driver.findElement(By.css(`${selector} option[value="${value}"]`)).click();
    },
    engineProblems: () => [],
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      await xvfb.stop();
    },
  };
}
