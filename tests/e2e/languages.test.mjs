// The family's own language, in Chromium: for each of the eight, the game opened with that
// browser language says and shows Home's line, a peekaboo round and the start of the goodbye
// ritual in it, with the family's names in place and the voice asked for that language.
// Arabic reads right to left in the bubble. A language the game does not have falls back to
// English, and the parent can switch languages without a reload. The page's own words (getting
// ready) and the parental gate are in the language too, and a first visit's language is kept
// for offline play.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DIST, TABLET_LANDSCAPE, caption, launchBrowser, openGame, passGate, problems, saveSettings, shot,
  stopServer, tapTarget, toHome, waitForScreen, waitForSpoken, waitForState,
} from "./harness.mjs";
import { PAGE_WORDS } from "../../web/page-words.js";

let browser;
before(async () => { browser = await launchBrowser([], { scale: 1 }); });
after(async () => {
  await browser?.close();
  await stopServer();
});

// Each language: the browser's locale, the speech tag the game hands the voice, and the
// family's names as a family there would type them.
const LANGUAGES = [
  { code: "en", locale: "en-GB", tag: "en-GB", grownUp: "Mummy", child: "Sam" },
  { code: "es", locale: "es-ES", tag: "es-ES", grownUp: "Mamá", child: "Lucía" },
  { code: "fr", locale: "fr-FR", tag: "fr-FR", grownUp: "Maman", child: "Léo" },
  { code: "de", locale: "de-DE", tag: "de-DE", grownUp: "Papa", child: "Jonas" },
  { code: "ru", locale: "ru-RU", tag: "ru-RU", grownUp: "Мама", child: "Маша" },
  { code: "pt", locale: "pt-BR", tag: "pt-BR", grownUp: "Mamãe", child: "João" },
  { code: "zh", locale: "zh-CN", tag: "zh-CN", grownUp: "妈妈", child: "乐乐" },
  { code: "ar", locale: "ar-EG", tag: "ar", grownUp: "ماما", child: "آدم", rtl: true },
];

/**
 * A line of the language's message file with the names in, read as the build ships it.
 * Only plain lines are read here (the model's tests cover the rest); the game keeps a name
 * written the other way round from the line in its own direction, as `isolate` says.
 */
function line(code, id, names, isolate = (name) => name) {
  const file = readFileSync(join(DIST, "assets", "lang", `${code}.ftl`), "utf8");
  const found = file.match(new RegExp(`^${id} = (.*)$`, "m"));
  assert.ok(found, `${code}.ftl has ${id}`);
  return found[1].replace(/\{ \$(\w+) \}/g, (_, name) => isolate(names[name]));
}

/** The line as the voice gets it: no space before closing punctuation (French writes one). */
function spokenForm(text) {
  return text.replace(/[\s\u00a0\u202f]+([?!.,])/g, "$1");
}

function familySettings({ grownUp, child }) {
  return {
    child_name: child,
    grown_up: { name: grownUp, look: { Person: { figure: "Woman", tone: "Medium" } } },
  };
}

for (const language of LANGUAGES) {
  describe(`the game in ${language.code}`, () => {
    test("Home, a peekaboo round and the goodbye ritual's first step, said and shown", async () => {
      const names = { grownup: language.grownUp, who: language.grownUp, child: language.child };
      const isolate = language.rtl ? (name) => (/[A-Za-z]/.test(name) ? `\u2068${name}\u2069` : name) : (name) => name;
      const opened = await openGame(browser, {
        locale: language.locale,
        scale: 1,
        route: (page) => saveSettings(page, familySettings(language)),
      });
      const { page, context, log } = opened;
      try {
        // The page's own words (shown while the game loads, or when it cannot start).
        const ready = await page.evaluate(() => {
          const loading = document.getElementById("loading");
          return { text: loading.querySelector("p").textContent, lang: loading.lang, dir: loading.dir };
        });
        assert.deepEqual(ready, { text: PAGE_WORDS[language.code].ready, lang: language.code, dir: language.rtl ? "rtl" : "ltr" });
        await toHome(page);
        await waitForSpoken(page, spokenForm(line(language.code, "what-shall-we-play", names)));
        const bubble = await page.evaluate(() => {
          const element = document.getElementById("bubble");
          return { lang: element.lang, dir: element.dir, text: element.textContent };
        });
        assert.equal(bubble.lang, language.tag);
        assert.equal(bubble.dir, language.rtl ? "rtl" : "ltr");
        assert.equal(bubble.text, line(language.code, "what-shall-we-play", names));
        if (["zh", "ar", "ru"].includes(language.code)) await shot(page, `language-${language.code}-home`);

        await tapTarget(page, "peekaboo");
        await waitForState(page, "hands:hidden", 20_000);
        const where = line(language.code, "peekaboo-where", names, isolate);
        await page.waitForFunction((wanted) => document.getElementById("captions").textContent === wanted, where, { timeout: 5000 });
        if (["zh", "ar"].includes(language.code)) await shot(page, `language-${language.code}-peekaboo`);
        await tapTarget(page, "hiding-place");
        await waitForSpoken(page, spokenForm(line(language.code, "peekaboo-back", names)));
        // Every line went to the voice in the language's own tag.
        const tags = new Set(await page.evaluate(() => window.spokenLanguages));
        assert.deepEqual([...tags], [language.tag]);

        await page.goto(`${opened.url}?quick`);
        await toHome(page);
        await tapTarget(page, "journey");
        await waitForState(page, "ritual:hug:waiting", 20_000);
        await waitForSpoken(page, spokenForm(line(language.code, "ask-hug", names)));
        await tapTarget(page, "step");
        await waitForSpoken(page, spokenForm(line(language.code, "hugged", names)));
        if (["zh", "ar"].includes(language.code)) {
          // The gate asks in the family's language, its number in words drawn in the
          // script's own letters (the screenshot shows them, not boxes).
          await page.goto(opened.url);
          await toHome(page);
          await tapTarget(page, "parent", 2600);
          await waitForScreen(page, "parent-gate");
          const prompt = await caption(page);
          assert.ok(prompt.startsWith(`${line(language.code, "gate-key-in", {})} `), prompt);
          assert.doesNotMatch(prompt, /[A-Za-z]/);
          await shot(page, `language-${language.code}-gate`);
        }
        assert.deepEqual(problems(log), []);
      } finally {
        await context.close();
      }
    });
  });
}

describe("a language the game does not have, and a switch in the parent area", () => {
  test("Japanese falls back to English without an error; French chosen by the parent is heard next", async () => {
    const { page, context, log } = await openGame(browser, { locale: "ja-JP", scale: 1 });
    try {
      await toHome(page);
      await waitForSpoken(page, "What shall we play today?");
      await passGate(page);
      await page.getByLabel("The game's language").selectOption("fr");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await waitForState(page, "saves-1");
      await page.getByRole("button", { name: "Back to the game" }).click();
      await waitForScreen(page, "home");
      // No reload: the next line is French.
      await waitForSpoken(page, spokenForm(line("fr", "what-shall-we-play", {})));
      const tags = await page.evaluate(() => window.spokenLanguages);
      assert.equal(tags.at(-1), "fr-FR");
      // The gate asks in French too, its number in French words.
      await tapTarget(page, "parent", 2600);
      await waitForScreen(page, "parent-gate");
      assert.match(await caption(page), /^Espace parents : tapez [a-z-]+(?: et [a-z]+)?$/);
      assert.doesNotMatch(await caption(page), /twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety/);
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});

describe("a language's files on the device", () => {
  test("French on a first visit is kept on the device, and the next visit, offline, is in French", async () => {
    const { page, context, log } = await openGame(browser, { locale: "fr-FR" });
    const kept = () => page.evaluate(async () => {
      const stored = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
      return stored.flat().map((request) => new URL(request.url).pathname).filter((path) => path.includes("/lang/"));
    });
    try {
      // The page fetched its lines before the service worker was there: the worker is told,
      // and keeps them.
      await toHome(page);
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 60_000 });
      const deadline = Date.now() + 20_000;
      while ((await kept()).length === 0 && Date.now() < deadline) await page.waitForTimeout(200);
      assert.deepEqual(await kept(), ["/assets/lang/fr.ftl"]);
      await context.setOffline(true);
      await page.reload();
      // The reload cuts short what the first visit was still fetching (its sounds): the
      // test's doing, not a fault.
      log.failedRequests = log.failedRequests.filter((entry) => !entry.endsWith("(net::ERR_ABORTED)"));
      await toHome(page);
      await waitForSpoken(page, spokenForm(line("fr", "what-shall-we-play", {})));
      assert.deepEqual(problems(log), []);
    } finally {
      await context.close();
    }
  });
});
