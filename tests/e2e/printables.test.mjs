// The grown-up's part in Chromium, as a parent uses it: a session played shows in the quiet
// log; the drop-off plan filled in the parent area changes the journey's goodbye and promise;
// practice ticked survives a reload; each printable page, previewed in the parent area and
// opened on its own in print media, has the family's names and photo, no canvas, fits one A4
// page and one US Letter page, and asks nothing of anywhere else. (Sizes and the preview's
// time: tools/print-bench.mjs.)
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  SHOTS,
  TABLET_LANDSCAPE,
  caption,
  launchBrowser,
  openGame,
  passGate,
  problems,
  saveSettings,
  seedPhoto,
  setDate,
  tapTarget,
  stopServer,
  toHome,
  waitForScreen,
  waitForState,
} from "./harness.mjs";

const PAGES = ["card", "chain", "week", "love"];
const PDFS = join(SHOTS, "..", "printables");

/** Pages in a PDF, counted from its page objects. */
function pdfPages(buffer) {
  return (buffer.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

let browser;
before(async () => { browser = await launchBrowser([], { scale: 1 }); });
after(async () => {
  await browser?.close();
  await stopServer();
});

describe("the grown-up's part", () => {
  let page;
  let log;
  let context;
  let url;
  before(async () => {
    ({ page, log, context, url } = await openGame(browser, {
      scale: 1,
      route: async (p) => {
        // Sunday 29 November 2026: Saturday, the next home day, is six sleeps away.
        await setDate(p, "2026-11-29T09:00:00");
        await saveSettings(p, { child_name: "Zoë", grown_up: { name: "Ама", look: "Fox" } });
        await seedPhoto(p, "grown-up@1");
      },
    }));
    mkdirSync(PDFS, { recursive: true });
  });
  after(async () => { await context?.close(); });

  test("a session played shows in the quiet log", async () => {
    await toHome(page);
    await tapTarget(page, "peekaboo");
    await waitForScreen(page, "peekaboo");
    await page.reload();
    await toHome(page);
    await passGate(page);
    assert.equal(await page.locator("#quiet-log .log-played").textContent(), "1 session played in all. The first was on Sunday 29 Nov.");
    assert.equal(await page.locator("#quiet-log .log-table tbody tr").count(), 8);
  });

  test("practice ticked shows at once and survives a reload", async () => {
    await page.locator('#practice [data-felt="easy"]').click();
    await page.locator('#practice [data-felt="easy"]').click();
    await page.locator("#practice .suggestion", { hasText: "Easy twice in a row" }).waitFor();
    await page.locator('#practice [data-action="move-to"][data-rung="1"]').click();
    await page.locator('#practice .rung.current', { hasText: "Next room for five minutes" }).waitFor();
    await page.reload();
    await toHome(page);
    await passGate(page);
    const rungs = page.locator("#practice .rung");
    assert.match(await rungs.nth(0).textContent(), /2 times: 2 easy/);
    assert.equal(await page.locator('#practice [aria-current="step"]').count(), 1);
    assert.match(await page.locator('#practice [aria-current="step"]').textContent(), /Next room for five minutes/);
    assert.match(await page.locator("#quiet-log").textContent(), /2 easy/);
  });

  test("the drop-off plan is saved and printed", async () => {
    await page.locator('[name="ritual-0"]').selectOption("wave");
    await page.locator('[name="ritual-1"]').selectOption("hug");
    await page.locator('[name="ritual-2"]').selectOption("kiss");
    await page.locator('[name="anchor"][value="other"]').check();
    await page.locator('[name="anchor-other"]').fill("after the park");
    await page.locator('[name="meanwhile"]').fill("build towers with Sam");
    await page.locator('[name="pick-up-time"]').fill("3 pm");
    await page.locator('#parent-form [data-action="save"]').click();
    await page.locator("#parent-status", { hasText: "Saved" }).waitFor();
  });

  test("each printable previews, prints on one page with the family's names, and has no canvas", async () => {
    for (const id of PAGES) {
      await page.locator(`#parent-area [data-print-page="${id}"]`).click();
      await page.locator(`#parent-area .print-preview[data-ready="${id}"]`).waitFor({ timeout: 15_000 });
    }
    const printed = await context.newPage();
    const requests = [];
    printed.on("request", (request) => requests.push(request.url()));
    for (const id of PAGES) {
      await printed.goto(`${url}print.html#${id}`);
      await printed.waitForFunction((wanted) => document.body.dataset.ready === wanted, id);
      await printed.emulateMedia({ media: "print" });
      const text = await printed.locator("main").textContent();
      assert.match(text, /Zoë/, `${id} names the child`);
      if (id !== "chain") assert.match(text, /Ама/, `${id} names the grown-up`);
      assert.equal(await printed.locator("canvas").count(), 0, `${id} has no canvas`);
      // The sheet is one page tall and hides what overflows: nothing may be cut off.
      const cut = await printed.evaluate(() => [...document.querySelectorAll(".sheet *")].some((e) => {
        const sheet = document.querySelector(".sheet").getBoundingClientRect();
        const box = e.getBoundingClientRect();
        return box.bottom > sheet.bottom + 1 || box.right > sheet.right + 1;
      }));
      assert.equal(cut, false, `${id} shows all it has`);
      for (const format of ["A4", "Letter"]) {
        const pdf = await printed.pdf({ format, printBackground: true });
        assert.equal(pdfPages(pdf), 1, `${id} fits one ${format} page`);
        writeFileSync(join(PDFS, `${id}-${format}.pdf`), pdf);
      }
      await printed.screenshot({ path: join(PDFS, `${id}.png`), fullPage: true });
      await printed.emulateMedia({ media: "screen" });
    }
    // The card says the plan in the family's order, with the photo kept on this device.
    await printed.goto(`${url}print.html#card`);
    await printed.waitForFunction(() => document.body.dataset.ready === "card");
    const card = await printed.locator("main").textContent();
    assert.ok(card.indexOf("a wave at the door") < card.indexOf("a big hug"), "the goodbye in the family's order");
    assert.match(card, /after the park/);
    assert.match(card, /build towers with Sam/);
    assert.match(card, /3 pm/);
    assert.match(card, /I think Ама just sent you some love!/);
    assert.match(await printed.locator(".card-photo").getAttribute("src"), /^blob:/, "the family's own photo");
    const chain = await (async () => {
      await printed.goto(`${url}print.html#chain`);
      await printed.waitForFunction(() => document.body.dataset.ready === "chain");
      return printed.locator(".link:not(.last)").count();
    })();
    assert.equal(chain, 6, "a link for each sleep until Saturday");
    const elsewhere = requests.filter((address) => !address.startsWith(url) && !address.startsWith("blob:"));
    assert.deepEqual(elsewhere, [], "nothing asked of anywhere else");
    await printed.close();
  });

  test("with no network, the printable pages still open from the game's offline copy", async () => {
    // The game's offline copy is in charge once its build's cache is complete (polled from
    // here: the check is asynchronous in the page).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await page.evaluate(async () => Boolean(navigator.serviceWorker.controller) && (await caches.keys()).length === 1);
      if (ready) break;
      assert.ok(Date.now() < deadline, "the offline copy was never ready");
      await page.waitForTimeout(250);
    }
    await context.setOffline(true);
    try {
      const printed = await context.newPage();
      for (const id of PAGES) {
        await printed.goto(`${url}print.html#${id}`);
        await printed.waitForFunction((wanted) => document.body.dataset.ready === wanted, id);
        assert.match(await printed.locator("main").textContent(), /Zoë/, `${id} offline`);
        assert.equal(await printed.locator("img").evaluateAll((images) => images.filter((i) => !i.complete || i.naturalWidth === 0).length), 0, `${id}'s pictures offline`);
      }
      await printed.close();
    } finally {
      await context.setOffline(false);
    }
  });

  test("the plan changes the journey's goodbye and promise", async () => {
    await page.locator('#parent-form [data-action="close"]').click();
    await waitForScreen(page, "home");
    await tapTarget(page, "journey");
    await waitForScreen(page, "journey");
    await waitForState(page, "ritual:wave:waiting", 15_000);
    assert.equal(await caption(page), "Wave bye-bye to Ама!");
    for (const next of ["hug", "kiss"]) {
      await tapTarget(page, "step");
      await waitForState(page, `ritual:${next}:waiting`, 10_000);
    }
    await tapTarget(page, "step");
    await waitForState(page, "ritual:farewell", 10_000);
    assert.equal(await caption(page), "See you soon, Zoë! I'll come back after the park.");
    // The photo's seeding reloads the page once, cutting its first downloads short.
    assert.deepEqual(problems(log).filter((p) => !p.endsWith("(net::ERR_ABORTED)")), []);
  });
});
