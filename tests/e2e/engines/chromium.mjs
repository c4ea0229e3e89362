// Debian's Chromium behind the same interface as firefox.mjs and webkit.mjs, for the tools that
// compare the engines (the Chromium test suites use Playwright's own API through harness.mjs).
import { BASE_ARGS, CHROMIUM } from "../harness.mjs";
import { chromium } from "playwright-core";

export async function launchChromium() {
  // Device scale 1, as the robots use (software rendering at 2 made each tap wait for slow frames).
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: [...BASE_ARGS, "--force-device-scale-factor=1"],
  });
  const context = await browser.newContext({ hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const engineProblems = [];
  page.on("console", (message) => {
    if (message.type() === "error") engineProblems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => engineProblems.push(`page error: ${error}`));
  return {
    name: "Chromium",
    version: `Chromium ${browser.version()}`,
    async goto(url) { await page.goto(url); },
    async reload() { await page.reload(); },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    setViewport: (size) => page.setViewportSize(size),
    /** Fingers down together at `points`, held, lifted (real touch input through the DevTools protocol). */
    async touch(points, holdMs = 60) {
      const touchPoints = points.map(({ x, y }, id) => ({ x, y, id, radiusX: 8, radiusY: 8, force: 1 }));
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
      await page.waitForTimeout(holdMs);
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    },
    tap(point, holdMs = 60) { return this.touch([point], holdMs); },
    screenshot: () => page.screenshot(),
    click: (selector) => page.click(selector),
    typeInto: (selector, text) => page.fill(selector, text),
    choose: (selector, value) => page.selectOption(selector, value),
    engineProblems: () => engineProblems.splice(0),
    close: () => browser.close(),
  };
}
