// Starts the game: checks the browser can draw it, loads the wasm, and turns every way of
// failing into a plain message for the parent instead of a blank screen.

import { pageLanguage } from "./page-words.js";

const page = {
  loading: document.getElementById("loading"),
  slowNote: document.getElementById("slow-note"),
  problem: document.getElementById("problem"),
  problemTitle: document.getElementById("problem-title"),
  problemText: document.getElementById("problem-text"),
  retry: document.getElementById("problem-retry"),
};

// The page's words in the family's language (web/page-words.js).
const language = pageLanguage();
const WORDS = language.words;
for (const element of [page.loading, page.problem]) {
  element.lang = language.code;
  element.dir = language.dir;
}
// The game's name and description, as installed, in the same language.
if (language.code !== "en") document.querySelector('link[rel="manifest"]')?.setAttribute("href", `manifest.${language.code}.webmanifest`);
page.loading.querySelector("p").textContent = WORDS.ready;
page.slowNote.textContent = WORDS.slow;

const MESSAGES = {
  "no-webgl": { title: WORDS.noWebglTitle, text: WORDS.noWebglText },
  "load-failed": { title: WORDS.loadFailedTitle, text: WORDS.loadFailedText },
  crashed: { title: WORDS.crashedTitle, text: WORDS.crashedText, button: WORDS.startAgain },
  "gpu-lost": { title: WORDS.gpuLostTitle, text: WORDS.gpuLostText, button: WORDS.startAgain },
};
// After these, any tap on the message starts again: a child may be the one tapping, and a
// fresh start on the Start screen is always safe.
const TAP_ANYWHERE = ["crashed", "gpu-lost"];

function showProblem(kind, detail) {
  // The first problem explains the rest (a lost picture can end in a crash): keep it.
  if (document.body.dataset.problem) return;
  const message = MESSAGES[kind];
  page.problemTitle.textContent = message.title;
  page.problemText.textContent = message.text;
  page.retry.textContent = message.button ?? WORDS.tryAgain;
  page.problem.hidden = false;
  page.loading.hidden = true;
  document.body.dataset.screen = "problem";
  document.body.dataset.problem = kind;
  // The game may still be running behind the message: silence it.
  try { window.speechSynthesis?.cancel(); } catch { /* speech is optional */ }
  for (const context of audioContexts) context.suspend().catch(() => {});
  // With the stack, so a trap in the engine can be traced to its function.
  if (detail) console.warn(`See You Soon: ${kind}: ${detail}\n${detail.stack ?? ""}`);
}

page.retry.addEventListener("click", () => location.reload());
page.problem.addEventListener("pointerdown", () => {
  if (TAP_ANYWHERE.includes(document.body.dataset.problem)) location.reload();
});
// The browser can take WebGL away (another app needs the GPU, a driver reset). The engine
// cannot rebuild its picture, so the parent gets a message and a fresh start.
document.getElementById("game").addEventListener("webglcontextlost", () => showProblem("gpu-lost"));

// No long-press menus, pinch gestures or double-tap zoom anywhere on the game. The parent
// area's form is the exception: grown-ups scroll it, select text in it and use its menus.
const inParentArea = (event) => event.target instanceof Element && event.target.closest("#parent-area");
for (const type of ["contextmenu", "gesturestart", "gesturechange", "dblclick", "selectstart"]) {
  document.addEventListener(type, (event) => {
    if (!inParentArea(event)) event.preventDefault();
  }, { passive: false });
}
document.addEventListener("touchmove", (event) => {
  if (!inParentArea(event)) event.preventDefault();
}, { passive: false });
// A laptop's trackpad pinch arrives as a wheel event with Ctrl held; Ctrl with + or - zooms too.
document.addEventListener("wheel", (event) => {
  if (event.ctrlKey && !inParentArea(event)) event.preventDefault();
}, { passive: false });
document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && ["+", "-", "=", "0"].includes(event.key) && !inParentArea(event)) {
    event.preventDefault();
  }
});

// Browsers keep sound off until the first tap. The engine makes its AudioContext before that,
// so remember every context and wake them all on the first gesture (the Start tap).
const audioContexts = [];
const NativeAudioContext = window.AudioContext || window.webkitAudioContext;
if (NativeAudioContext) {
  const Tracked = class extends NativeAudioContext {
    constructor(...args) {
      super(...args);
      audioContexts.push(this);
    }
  };
  window.AudioContext = Tracked;
  window.webkitAudioContext = Tracked;
}
window.seeYouSoonAudio = {
  states: () => audioContexts.map((context) => context.state),
};
function unlockAudio() {
  for (const context of audioContexts) {
    if (context.state === "suspended") context.resume().catch(() => {});
  }
}
for (const type of ["pointerdown", "touchend", "keydown"]) {
  window.addEventListener(type, unlockAudio, { capture: true, passive: true });
}

// A hidden tab draws no frames, so the game cannot stop its own voice: stop it here. The game
// hears the line end and moves on when the tab comes back.
// Sound pauses with the tab too: the engine's audio runs on its own, so suspend its contexts
// and wake the same ones on return.
const suspendedWhileHidden = new Set();
document.addEventListener("visibilitychange", () => {
  if (document.hidden) {
    try { window.speechSynthesis?.cancel(); } catch { /* speech is optional */ }
    for (const context of audioContexts) {
      if (context.state === "running") {
        suspendedWhileHidden.add(context);
        context.suspend().catch(() => {});
      }
    }
  } else {
    for (const context of suspendedWhileHidden) context.resume().catch(() => {});
    suspendedWhileHidden.clear();
  }
});

// Fullscreen while a game is played, and the screen kept awake during the journey (so the
// tablet does not sleep before the grown-up is home). The game asks (platform/web.rs); the
// browser may refuse either, which is fine. Both are let go on Home and with a hidden tab.
let wakeLock = null;
let wantAwake = false;
async function holdWakeLock() {
  if (!wantAwake || wakeLock || document.hidden || !navigator.wakeLock) return;
  try {
    wakeLock = await navigator.wakeLock.request("screen");
    wakeLock.addEventListener("release", () => { wakeLock = null; });
  } catch {
    wakeLock = null;
  }
}
window.seeYouSoonPage = {
  fullscreen(on) {
    const root = document.documentElement;
    if (on && !document.fullscreenElement && document.fullscreenEnabled && root.requestFullscreen) {
      root.requestFullscreen({ navigationUI: "hide" }).catch(() => {});
    } else if (!on && document.fullscreenElement) {
      document.exitFullscreen().catch(() => {});
    }
  },
  keepAwake(on) {
    wantAwake = on;
    if (on) holdWakeLock();
    else wakeLock?.release().catch(() => {});
  },
  awake: () => Boolean(wakeLock),
  // How often another window of the game changed what this one keeps (settings, progress), so
  // the game reads them again instead of writing its older copy over them later.
  changesElsewhere: () => changesElsewhere,
  // Seconds the tab has been shown since the page opened, on the engine's own clock: the
  // game's timers count these, so a hidden tab's time never reaches them.
  shownSeconds: () => ((hiddenSince ?? performance.now()) - hiddenMs) / 1000,
};
let changesElsewhere = 0;
window.addEventListener("storage", (event) => {
  if (event.key === null || event.key.startsWith("see-you-soon.")) changesElsewhere += 1;
  wakeTheGame();
});
let hiddenMs = 0;
let hiddenSince = document.hidden ? performance.now() : null;
document.addEventListener("visibilitychange", () => {
  if (document.hidden) {
    hiddenSince ??= performance.now();
  } else if (hiddenSince !== null) {
    hiddenMs += performance.now() - hiddenSince;
    hiddenSince = null;
  }
  // The browser lets the lock go with the tab; take it again on return if still wanted.
  if (!document.hidden) holdWakeLock();
  wakeTheGame();
});

// The game sleeps between frames while nothing moves (src/frames.rs). What happens on the page
// rather than on the canvas wakes it: the parent typing or choosing in the settings form.
function wakeTheGame() {
  window.seeYouSoonWake?.();
}
for (const type of ["input", "change", "click", "submit"]) {
  document.addEventListener(type, wakeTheGame, { capture: true, passive: true });
}

// A Rust panic ends as a WebAssembly trap: show a calm message rather than a frozen frame.
window.addEventListener("error", (event) => {
  if (!(event.error instanceof WebAssembly.RuntimeError)) return;
  if (STARTING.includes(document.body.dataset.screen) && startOnceMore(event.error)) return;
  showProblem("crashed", event.error);
});

// The graphics can be out of reach for a moment as the page starts (seen in Safari's engine just
// after the page before gave its picture up: "Unable to find a GPU"). One quiet reload usually
// finds them; a second failure within a minute shows the message, so there is never a loop.
const STARTING = ["page-loading", "loading"];
const START_AGAIN_KEY = "see-you-soon-started-again";
/** The last start-again, if any (`{ at, why, told }`); throws when session storage is refused. */
const lastStartAgain = () => JSON.parse(sessionStorage.getItem(START_AGAIN_KEY) ?? "null");
function startOnceMore(error) {
  try {
    const last = lastStartAgain();
    if (last && Date.now() - last.at < 60_000) return false;
    sessionStorage.setItem(START_AGAIN_KEY, JSON.stringify({ at: Date.now(), why: String(error) }));
  } catch {
    return false; // without session storage a loop could not be ruled out
  }
  location.reload();
  return true;
}
// Said on the page that started again, so a tester (and the browser's console) still sees it.
try {
  const last = lastStartAgain();
  if (last && !last.told) {
    console.warn(`See You Soon: the game stopped while starting and was started once more (${last.why})`);
    sessionStorage.setItem(START_AGAIN_KEY, JSON.stringify({ ...last, told: true }));
  }
} catch { /* session storage refused: nothing was stored either */ }

// The wasm is by far the largest file: fetch and compile it from the first moment (the browser
// compiles on other threads), while the WebGL check and the JS glue run here. A failure is
// handled in start(), which tries once more the ordinary way.
const wasmUrl = new URL("see_you_soon_bg.wasm", import.meta.url);
const compiledWasm = fetch(wasmUrl).then((response) => {
  if (!response.ok) throw new Error(`${response.status} fetching ${response.url}`);
  return WebAssembly.compileStreaming(response);
}).then((module) => {
  performance.mark("see-you-soon-wasm-compiled");
  return module;
});
compiledWasm.catch(() => {}); // without WebGL it is never used

function hasWebGl2() {
  try {
    const check = document.createElement("canvas").getContext("webgl2");
    // Give the check's context back at once: browsers cap live contexts, and the game's own
    // canvas needs one straight after.
    check?.getExtension("WEBGL_lose_context")?.loseContext();
    return Boolean(check);
  } catch {
    return false;
  }
}

async function start() {
  const webGl2 = hasWebGl2();
  performance.mark("see-you-soon-webgl-checked");
  if (!webGl2) {
    showProblem("no-webgl");
    return;
  }
  const slowTimer = setTimeout(() => { page.slowNote.hidden = false; }, 15000);
  try {
    const game = await import("./see_you_soon.js");
    // If the early compile failed (say, a server sending the wasm with the wrong type), the glue
    // fetches it again and reports its own error.
    const module = await compiledWasm.catch(() => wasmUrl);
    const wasm = await game.default({ module_or_path: module });
    performance.mark("see-you-soon-wasm-started");
    // Read by the soak robot: the wasm memory never shrinks, so growth over a long play is a leak.
    window.seeYouSoonMemory = () => wasm?.memory?.buffer.byteLength ?? 0;
    // And how deep the Rust stack has ever reached. It is the first MiB of memory (the linker
    // puts it first, so an overflow traps instead of overwriting data), grows down from the top
    // and is zeros until used: its deepest point is the lowest byte that is not zero.
    window.seeYouSoonStackUsed = () => {
      const stack = new Uint8Array(wasm.memory.buffer, 0, RUST_STACK_BYTES);
      const deepest = stack.findIndex((byte) => byte !== 0);
      return deepest < 0 ? 0 : RUST_STACK_BYTES - deepest;
    };
  } catch (error) {
    clearTimeout(slowTimer);
    showProblem("load-failed", error);
    return;
  }
  clearTimeout(slowTimer);
}

/** The Rust stack's size: the linker's default, unless `.cargo/config.toml` sets one. */
const RUST_STACK_BYTES = 1 << 20;

start();

// Offline play: a service worker keeps every file of this build (web/sw.js). A newer build
// found while the game is only loading or on its Start screen takes over at once (one quiet
// reload); found later, it waits for the next launch, so play is never interrupted.
const NOTHING_STARTED = ["page-loading", "loading", "start", "problem"];
function takeOverIfIdle(worker) {
  if (worker && navigator.serviceWorker.controller && NOTHING_STARTED.includes(document.body.dataset.screen)) {
    worker.postMessage("take-over");
  }
}
if ("serviceWorker" in navigator) {
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // The first install takes control without a reload; only a replaced build reloads. A
    // worker gone with nothing in its place (the browser cleared the site's data while the
    // game runs) changes nothing on the page: play goes on.
    if (reloading || !window.seeYouSoonHadController || !navigator.serviceWorker.controller) return;
    reloading = true;
    location.reload();
  });
  window.seeYouSoonHadController = Boolean(navigator.serviceWorker.controller);
  const whenInstalled = (worker) => worker?.addEventListener("statechange", () => {
    if (worker.state === "installed") takeOverIfIdle(worker);
  });
  // The offline copy (the whole build) is made once the game is up: made during loading, it
  // competed with the game's own download and start-up for the network and both cores.
  whenTheGameIsUp(() => navigator.serviceWorker.register("sw.js").then((registration) => {
    takeOverIfIdle(registration.waiting);
    // The browser's own check on navigation may already be installing a new build, with its
    // "updatefound" gone before this line: follow that one too.
    whenInstalled(registration.installing);
    registration.addEventListener("updatefound", () => whenInstalled(registration.installing));
    // A build that finished installing at a busy moment takes over at the next idle one.
    new MutationObserver(() => takeOverIfIdle(registration.waiting))
      .observe(document.body, { attributes: true, attributeFilter: ["data-screen"] });
    // Look for a newer build on every launch (browsers may not look on a reload).
    if (navigator.serviceWorker.controller) registration.update().catch(() => {});
    // What this visit fetched before a worker was there to keep it (a first visit's language).
    navigator.serviceWorker.ready.then((ready) => ready.active?.postMessage({
      fetched: performance.getEntriesByType("resource").map((entry) => entry.name),
    }));
  }).catch((error) => console.warn("See You Soon: offline play unavailable:", error)));
}

/** Calls `then` once the page shows more than its loading screens (Start, or a problem). */
function whenTheGameIsUp(then) {
  const up = () => !STARTING.includes(document.body.dataset.screen);
  if (up()) {
    then();
    return;
  }
  const watcher = new MutationObserver(() => {
    if (!up()) return;
    watcher.disconnect();
    then();
  });
  watcher.observe(document.body, { attributes: true, attributeFilter: ["data-screen"] });
}
