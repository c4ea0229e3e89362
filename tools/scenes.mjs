// Screenshots of the moments a child must read, for looking at and for blind readings (not a
// test). After a build:
// `node tools/scenes.mjs [journey|fox|my-turn|peekaboo|who-hides|morning|love|calendar|all] [landscape|portrait] [--photo]`
// writes test-output/scenes/<size>-<moment>.png. Pass `--captions=hide` to paint
// the caption bubble out, as a blind reader should see the scenes.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  launchBrowser,
  openGame,
  saveSettings,
  seedPhoto,
  setDate,
  stopServer,
  tapTarget,
  waitForScreen,
  waitForState,
} from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const which = args.find((a) => ["journey", "fox", "my-turn", "peekaboo", "who-hides", "morning", "love", "calendar", "all"].includes(a)) ?? "all";
const size = args.includes("portrait") ? "portrait" : "landscape";
const hideCaptions = args.includes("--captions=hide");
// `--photo`: the first grown-up and the child have photos kept (drawn stand-ins for real faces).
const withPhoto = args.includes("--photo");
const viewport = size === "portrait" ? TABLET_PORTRAIT : TABLET_LANDSCAPE;
const out = join(import.meta.dirname, "..", "test-output", "scenes");
await mkdir(out, { recursive: true });

// At device scale 1, browser and contexts alike (a mix misplaces touches): a reader needs no
// more, and under software WebGL each frame at scale 2 is slow enough that a photograph took
// five seconds and missed a hug that lasts one.
const SCALE = 1;
const browser = await launchBrowser([], { scale: SCALE });

async function snap(page, name) {
  if (hideCaptions) await page.addStyleTag({ content: "#bubble { display: none !important; }" });
  const file = join(out, `${size}${withPhoto ? "-photo" : ""}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

async function open(settings, { quick = true, date } = {}) {
  const opened = await openGame(browser, {
    viewport,
    query: quick ? "?quick" : "",
    scale: SCALE,
    timezoneId: date ? "Europe/Paris" : undefined,
    route: async (page) => {
      if (date) await setDate(page, date);
      if (settings) await saveSettings(page, settings);
      if (withPhoto) {
        await seedPhoto(page);
        await seedPhoto(page, "child", { shirt: "rgb(240, 170, 60)" });
      }
    },
  });
  await tapTarget(opened.page, "start");
  await waitForScreen(opened.page, "home");
  return opened;
}

/** The journey's door scenes: each ritual step while it acts, then the reunion. */
async function journey(name, settings, card = "journey") {
  const { page, context } = await open(settings);
  await tapTarget(page, card);
  await waitForScreen(page, "journey");
  await waitForState(page, "ritual:hug:waiting").catch(() => {});
  await snap(page, `${name}-01-ritual-asks`);
  // Each taken in the middle of its action (the hug holds from a quarter to three quarters of
  // its 2.5 s).
  for (const [step, wait] of [["hug", 900], ["kiss", 1100], ["wave", 400]]) {
    await waitForState(page, `ritual:${step}:waiting`, 15_000).catch(() => {});
    // A slow machine may go on by itself before the tap: the picture is taken all the same.
    await tapTarget(page, "step", 60).catch(() => {});
    await waitForState(page, `ritual:${step}:acting`, 3000).catch(() => {});
    await page.waitForTimeout(wait);
    await snap(page, `${name}-02-ritual-${step}`);
  }
  await waitForState(page, "ritual:farewell", 15_000);
  // Halfway down the street (at 1.5 s of its 3.5 s the walk had barely begun).
  await page.waitForTimeout(2200);
  await snap(page, `${name}-03-farewell`);
  await waitForState(page, "meanwhile", 30_000);
  // Colour the picture as a child might (a yellow sun, a pink roof, a blue house, green tree
  // and grass), so the reunion has a picture to admire; two blue parts read as "a blue sun".
  const strokes = ["paint-0", "area-0", "paint-3", "area-1", "paint-1", "area-2", "paint-2", "area-3", "area-4"];
  for (const id of strokes) await tapTarget(page, id).catch(() => {});
  await page.waitForTimeout(800);
  await snap(page, `${name}-04-meanwhile`);
  await waitForState(page, "way:", 40_000);
  await page.waitForTimeout(800);
  await snap(page, `${name}-05-way-home`);
  await waitForState(page, "way:riding", 40_000);
  await page.waitForTimeout(800);
  await snap(page, `${name}-06-way-riding`);
  await waitForState(page, "reunion:knock:waiting", 60_000);
  await snap(page, `${name}-07-knock`);
  await tapTarget(page, "step").catch(() => {});
  await page.waitForTimeout(300);
  await snap(page, `${name}-07-knocking`);
  await waitForState(page, "reunion:door-opens", 30_000);
  await page.waitForTimeout(600);
  await snap(page, `${name}-08-door-opens`);
  await waitForState(page, "reunion:welcome-hug:waiting", 10_000).catch(() => {});
  await tapTarget(page, "step").catch(() => {});
  // The hug is slow to close, as at the goodbye.
  await waitForState(page, "reunion:welcome-hug:acting", 3000).catch(() => {});
  // The hug has closed and not yet let go.
  await page.waitForTimeout(900);
  await snap(page, `${name}-09-welcome-hug`);
  await waitForState(page, "reunion:admire", 30_000);
  await page.waitForTimeout(1200);
  await snap(page, `${name}-10-admire`);
  await context.close();
}

async function peekaboo() {
  const { page, context } = await open();
  await tapTarget(page, "peekaboo");
  await waitForScreen(page, "peekaboo");
  for (let round = 0; round < 6; round += 1) {
    await waitForState(page, `:hidden:round-${round}`, 60_000);
    await page.waitForTimeout(400);
    await snap(page, `peekaboo-${round}-hidden`);
    await waitForState(page, `:celebrating:round-${round}`, 60_000);
    await snap(page, `peekaboo-${round}-found`);
  }
  await context.close();
}

/** A family of two with photos: Home asks who hides, and Grandad hides as his photo. */
async function whoHides() {
  const { page, context } = await openGame(browser, {
    viewport,
    query: "?quick",
    scale: SCALE,
    route: async (page) => {
      await saveSettings(page, {
        grown_up: { name: "Mummy", look: { Person: { figure: "Woman", tone: "Medium" } } },
        second_grown_up: { name: "Grandad", look: { Person: { figure: "OlderMan", tone: "Dark" } } },
      });
      await seedPhoto(page, "grown-up@1");
      await seedPhoto(page, "grown-up@2", { shirt: "rgb(46, 150, 92)" });
    },
  });
  await page.waitForFunction(() => window.seeYouSoonPhotos?.has("grown-up@2"), null, { timeout: 20_000 });
  await tapTarget(page, "start");
  await waitForScreen(page, "home");
  await tapTarget(page, "peekaboo");
  await waitForState(page, "who-hides");
  await page.waitForTimeout(800);
  await snap(page, "who-hides-1-faces");
  await tapTarget(page, "hides-2");
  await waitForScreen(page, "peekaboo");
  await waitForState(page, ":hidden:round-0", 60_000);
  await page.waitForTimeout(400);
  await snap(page, "who-hides-2-hidden");
  await waitForState(page, ":celebrating:round-0", 60_000);
  await snap(page, "who-hides-3-found");
  await context.close();
}

async function morning() {
  // At its own pace: quick play runs through each step before it can be photographed.
  const { page, context } = await open(undefined, { quick: false });
  await tapTarget(page, "morning");
  await waitForScreen(page, "morning");
  await waitForState(page, "hug:waiting");
  await page.waitForTimeout(1000);
  await snap(page, "morning-1-asks");
  // Each action photographed while the bodies do it, not the button before it.
  for (const [step, name, wait] of [["hug", "morning-2-hug", 900], ["kiss", "morning-3-kiss", 300]]) {
    await waitForState(page, `${step}:waiting`);
    await tapTarget(page, "step");
    await waitForState(page, `${step}:done`);
    await page.waitForTimeout(wait);
    await snap(page, name);
  }
  await waitForState(page, "promise:", 30_000);
  await page.waitForTimeout(1500);
  await snap(page, "morning-4-promise");
  await waitForState(page, "see-you-soon:", 60_000);
  await page.waitForTimeout(1500);
  await snap(page, "morning-5-see-you-soon");
  await context.close();
}

/** The Love Connection on peekaboo's stage: the outline, a stroke being drawn, the heart. */
async function love() {
  const { page, context } = await open();
  await tapTarget(page, "peekaboo");
  await waitForScreen(page, "peekaboo");
  await page.waitForTimeout(1500);
  await snap(page, "love-0-outline");
  await tapTarget(page, "love-hand");
  // The hand has grown to its drawing size (0.4 s) and the stroke is under way.
  await page.waitForTimeout(500);
  await snap(page, "love-1-first-stroke");
  for (let tap = 2; tap <= 6; tap += 1) {
    await tapTarget(page, "love-hand");
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(1000);
  await snap(page, "love-2-heart-drawn");
  await context.close();
}

/** The week calendar on a Monday, with a home day on Wednesday. */
async function calendar() {
  const { page, context } = await open({
    week: {
      days: [
        { kind: "School", pick_up: "GrownUp" },
        { kind: "School", pick_up: "GrownUp" },
        { kind: "Home", pick_up: "GrownUp" },
        { kind: "School", pick_up: "GrownUp" },
        { kind: "School", pick_up: "GrownUp" },
        { kind: "Home", pick_up: "GrownUp" },
        { kind: "Home", pick_up: "GrownUp" },
      ],
    },
  }, { date: "2026-11-23T08:10:00+01:00" });
  await tapTarget(page, "calendar");
  await waitForScreen(page, "calendar");
  await page.waitForTimeout(1500);
  await snap(page, "calendar-1-today");
  await tapTarget(page, "day-wed");
  await page.waitForTimeout(800);
  await snap(page, "calendar-2-a-home-day");
  await context.close();
}

try {
  if (which === "journey" || which === "all") await journey("journey");
  if (which === "fox" || which === "all") {
    await journey("fox", { journey_theme: "Foxes", child_name: "Kit", grown_up: { name: "Mama", look: "Fox" } });
  }
  if (which === "my-turn" || which === "all") await journey("my-turn", undefined, "my-turn");
  if (which === "peekaboo" || which === "all") await peekaboo();
  if (which === "who-hides" || which === "all") await whoHides();
  if (which === "morning" || which === "all") await morning();
  if (which === "love" || which === "all") await love();
  if (which === "calendar" || which === "all") await calendar();
} finally {
  await browser.close();
  await stopServer();
}
