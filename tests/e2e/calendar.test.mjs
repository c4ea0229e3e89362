// The week calendar in Chromium at tablet size: the parent marks the week in the parent area,
// the child opens the calendar from Home and hears what today is, who picks up and how many
// sleeps until a home day; a tap on a day shows it big and says it. The device clock and time zone are
// set (a Monday in Paris), so "today" is known.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  bubble,
  launchBrowser,
  openGame,
  passGate,
  problems,
  saveSettings,
  shot,
  spoken,
  setDate,
  state,
  stopServer,
  tapTarget,
  targets,
  toHome,
  waitForScreen,
  waitForSpoken,
  waitForState,
  assertToddlerSized,
} from "./harness.mjs";

/** A photograph of the big day card, to see that it changed. */
async function dayCard(page) {
  const card = (await targets(page)).find((t) => t.id === "today");
  return page.screenshot({ clip: { x: card.x, y: card.y, width: card.w, height: card.h } });
}

const DAYS = ["day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun"];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  await stopServer();
});

/** Opens the game on Monday 23 November 2026 at 08:10 in Paris, with `settings` saved. */
async function openOnMonday(viewport, settings) {
  return openGame(browser, {
    viewport,
    timezoneId: "Europe/Paris",
    route: async (page) => {
      await setDate(page, "2026-11-23T08:10:00+01:00");
      if (settings) await saveSettings(page, settings);
    },
  });
}

describe("the week calendar", () => {
  test("the parent marks the week; the child hears today, who picks up and the sleeps", async () => {
    const { page, context, log } = await openOnMonday(TABLET_LANDSCAPE, {
      child_name: "Zoë",
      grown_up: { name: "Mummy", look: { Person: { figure: "Woman", tone: "Medium" } } },
      return_anchor: "AfterSnack",
    });
    try {
      await toHome(page);
      // Home has the calendar's picture beside the two games, as big as they are.
      const home = await targets(page);
      const card = home.find((t) => t.id === "calendar");
      assert.ok(card, "the calendar is on Home");
      assertToddlerSized(card, TABLET_LANDSCAPE);
      await shot(page, "calendar-0-home");

      // The grown-up: another grown-up, Grandpa, picks up on Mondays; Wednesday is a home day.
      await passGate(page);
      await page.fill("input[name=grown-up-1-name]", "Grandpa");
      await page.selectOption("select[name=day-0]", "school-1");
      await page.selectOption("select[name=day-2]", "home");
      await page.click("button[data-action=save]");
      await page.waitForFunction(() => document.getElementById("parent-status").textContent.startsWith("Saved"));
      const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("see-you-soon.settings")));
      assert.deepEqual(stored.settings.week.days[0], { kind: "School", pick_up: 1 });
      assert.equal(stored.settings.grown_ups.places[1].name, "Grandpa");
      assert.equal(stored.settings.week.days[2].kind, "Home");
      await page.click("button[data-action=close]");
      await waitForScreen(page, "home");

      await tapTarget(page, "calendar");
      await waitForScreen(page, "calendar");
      // Monday: school, Grandpa picks up after snack; Wednesday is the next home day.
      assert.equal(await state(page), "today-school-then-home-in-2");
      await waitForSpoken(page, "Today is a school day. Grandpa picks you up after snack.");
      await waitForSpoken(page, "Two sleeps until a home day.");
      await shot(page, "calendar-1-monday");

      const shown = await targets(page);
      for (const id of ["today", "sleeps", ...DAYS]) {
        const target = shown.find((t) => t.id === id);
        assert.ok(target, `${id} is shown`);
        assertToddlerSized(target, TABLET_LANDSCAPE);
      }
      // In landscape the week is one row, Monday to Sunday, left to right.
      const days = DAYS.map((id) => shown.find((t) => t.id === id));
      for (let i = 1; i < 7; i += 1) assert.ok(days[i].x > days[i - 1].x, "Monday to Sunday, left to right");

      // A tap on a day shows it in the big card, and says it.
      const todayCard = await dayCard(page);
      await tapTarget(page, "day-wed");
      await waitForSpoken(page, "Wednesday is a home day.");
      assert.equal(await bubble(page), "Wednesday is a home day.");
      await waitForState(page, "shows-day-wed", 5000);
      assert.notDeepEqual(await dayCard(page), todayCard, "the card shows Wednesday");
      await shot(page, "calendar-1b-wednesday-shown");
      await tapTarget(page, "day-tue");
      await waitForSpoken(page, "Tuesday is a school day. Mummy picks you up.");
      await waitForState(page, "shows-day-tue", 5000);
      // The moons say the countdown again.
      const before = (await spoken(page)).length;
      await tapTarget(page, "sleeps");
      await page.waitForFunction((n) => window.spokenLines.length > n, before);
      assert.equal((await spoken(page)).at(-1), "Two sleeps until a home day.");

      // Leaving is the same corner hold as in the games.
      await tapTarget(page, "leave", 2600);
      await waitForScreen(page, "home");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });

  test("a home day in portrait: the week wraps, every day stays big enough", async () => {
    // Saturday 28 November 2026 in Paris: a home day in the usual week, two sleeps to Monday.
    const { page, context, log } = await openGame(browser, {
      viewport: TABLET_PORTRAIT,
      timezoneId: "Europe/Paris",
      route: (page) => setDate(page, "2026-11-28T10:00:00+01:00"),
    });
    try {
      await toHome(page);
      await tapTarget(page, "calendar");
      await waitForScreen(page, "calendar");
      assert.equal(await state(page), "today-home-then-school-in-2");
      await waitForSpoken(page, "Today is a home day, with Mummy!");
      await waitForSpoken(page, "Two sleeps until a school day.");
      const shown = await targets(page);
      for (const id of ["today", "sleeps", ...DAYS]) {
        const target = shown.find((t) => t.id === id);
        assert.ok(target, `${id} is shown`);
        assertToddlerSized(target, TABLET_PORTRAIT);
      }
      await shot(page, "calendar-2-saturday-portrait");
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
