// Prints what each language costs a first visit and how fast a switch is heard, in headless
// Chromium against the built site (dist/, with its brotli copies):
//   - the bytes a first visit downloads up to Home's first line, in each language (brotli as
//     served, headers included, the service worker kept out so only what the page itself
//     fetches counts), against English;
//   - the language's own files among them (its lines, its script's font);
//   - the time from "Back to the game" after the parent chose French to the first French line
//     handed to the voice, against the same with the language kept (Home's own entrance).
// The wasm cost of the message library is the difference between two builds, in the note.
//
// Usage: node tools/language-bench.mjs [--dist dist]
import { launch } from "./bench-common.mjs";
import { startServer } from "./serve.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = args.dist ?? "dist";
const LOCALES = { en: "en-GB", es: "es-ES", fr: "fr-FR", de: "de-DE", ru: "ru-RU", pt: "pt-BR", zh: "zh-CN", ar: "ar-EG" };

const spy = () => {
  window.spoken = [];
  const synth = window.speechSynthesis;
  if (!synth) return;
  const speak = synth.speak.bind(synth);
  synth.speak = (utterance) => {
    window.spoken.push({ text: utterance.text, lang: utterance.lang, at: performance.now() });
    speak(utterance);
  };
};

/** A finger on the target `id`, held `holdMs`, as the game's touch handling expects. */
async function tap(page, id, holdMs = 60) {
  await page.waitForFunction((wanted) => (document.body.dataset.targets ?? "").includes(`"${wanted}"`), id);
  const target = JSON.parse(await page.evaluate(() => document.body.dataset.targets)).find((t) => t.id === id);
  const cdp = await page.context().newCDPSession(page);
  const touchPoints = [{ x: target.x + target.w / 2, y: target.y + target.h / 2, id: 0, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints });
  await page.waitForTimeout(holdMs);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

async function firstVisit(browser, url, code) {
  const context = await browser.newContext({ locale: LOCALES[code], serviceWorkers: "block", hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(spy);
  const requests = [];
  page.on("requestfinished", (request) => requests.push(request));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.screen === "start", null, { timeout: 120_000 });
  await tap(page, "start");
  await page.waitForFunction(() => window.spoken.length > 0, null, { timeout: 30_000 });
  let total = 0;
  let own = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    total += bytes;
    if (/\/assets\/lang\/|NotoSans(Arabic|SC)-/.test(request.url())) own += bytes;
  }
  await context.close();
  return { total, own };
}

async function switchTime(browser, url, choice, tag) {
  const context = await browser.newContext({ locale: "en-GB", hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(spy);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.screen === "start", null, { timeout: 120_000 });
  await tap(page, "start");
  await page.waitForFunction(() => document.body.dataset.screen === "home");
  // The grown-ups' corner: hold, then key in the number the gate writes in words.
  await tap(page, "parent", 2600);
  await page.waitForFunction(() => document.body.dataset.screen === "parent-gate");
  const words = (await page.locator("#captions").textContent()).split("key in ")[1].trim();
  const tens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  const units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  const [t, u = ""] = words.split("-");
  await tap(page, `key-${tens.indexOf(t)}`);
  await tap(page, `key-${units.indexOf(u)}`);
  await page.locator("#parent-form").waitFor();
  await page.getByLabel("The game's language").selectOption(choice);
  // Something to save even when the language stays: the child's name.
  await page.getByLabel("Your child's name").fill("Ana");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForFunction(() => (document.body.dataset.state ?? "").includes("saves-1"));
  const before = await page.evaluate(() => window.spoken.length);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Back to the game" }).click();
  await page.waitForFunction(([n, wanted]) => window.spoken.slice(n).some((line) => line.lang === wanted), [before, tag], { timeout: 30_000 });
  const heard = await page.evaluate(([n, wanted]) => window.spoken.slice(n).find((line) => line.lang === wanted).at, [before, tag]);
  await context.close();
  return heard - clicked;
}

const site = await startServer(dist, 0, { quiet: true });
const browser = await launch();
try {
  const visits = {};
  for (const code of Object.keys(LOCALES)) visits[code] = await firstVisit(browser, site.url, code);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log("A first visit up to Home's first line (brotli as served, the service worker kept out):");
  for (const [code, visit] of Object.entries(visits)) {
    const delta = visit.total - visits.en.total;
    console.log(`  ${code}: ${kb(visit.total)} (${delta >= 0 ? "+" : ""}${kb(delta)} against English; its own files ${kb(visit.own)})`);
  }
  const times = async (choice, tag) => {
    const found = [];
    for (let i = 0; i < 3; i++) found.push(await switchTime(browser, site.url, choice, tag));
    return found.map((ms) => `${ms.toFixed(0)} ms`).join(", ");
  };
  console.log(`From "Back to the game" to Home's first line, the language kept (English): ${await times("", "en-GB")}`);
  console.log(`The same after choosing French, to the first French line: ${await times("fr", "fr-FR")}`);
} finally {
  await browser.close();
  site.server.close();
}
