// Asking the browser to keep what the family made (photos, recordings, names) and telling the
// parent, in the parent area, whether it agreed and how much is kept. Browsers clear "best
// effort" storage under disk pressure, and Safari clears a site's storage after seven days
// without a visit unless the game is on the Home Screen; a granted `persist()` is exempt.
import { everyKept, whyNotKept } from "./device-store.js";
import { list, sentences, size, words } from "./parent-words.js";

const KEPT_STORES = [
  { database: "see-you-soon-photos", store: "photos", counted: "form-page-photos" },
  { database: "see-you-soon-voice", store: "recordings", counted: "form-page-recordings" },
];

let asking = null;

/** Asks once per page, after the parent kept something, unless the browser already agreed. */
function askToKeep() {
  const storage = navigator.storage;
  if (!storage?.persist) return Promise.resolve();
  asking ??= storage.persisted()
    .then((already) => already || storage.persist())
    .catch((error) => console.warn("See You Soon: asking to keep the family's things:", error));
  return asking;
}

/**
 * After a photo, a recording or the settings were kept: tell the parent now, and again once the
 * browser answers (Firefox asks its user first, and the answer may never come).
 */
export function keptSomething() {
  describe();
  askToKeep().then(describe);
}

function appleLike() {
  return /Apple/.test(navigator.vendor ?? "");
}

function onHomeScreen() {
  return matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
}

async function whatIsKept() {
  const parts = [];
  let bytes = 0;
  for (const kind of KEPT_STORES) {
    let all = [];
    try {
      all = await everyKept(kind.database, kind.store);
    } catch (error) {
      // Not "nothing is kept": what is kept is there, for the newer game only.
      if (whyNotKept(error) === "newer") return { nothing: true, text: words("form-page-kept-by-newer") };
    }
    if (!all.length) continue;
    parts.push(words(kind.counted, { count: all.length }));
    bytes += all.reduce((sum, [, blob]) => sum + blob.size, 0);
  }
  let settings = false;
  try {
    settings = localStorage.getItem("see-you-soon.settings") !== null;
  } catch {
    // Storage refused: nothing is kept.
  }
  if (!parts.length && !settings) {
    return { nothing: true, text: words("form-page-kept-nothing") };
  }
  const kept = parts.length ? [words("form-page-sized", { what: list(parts), size: size(bytes) })] : [];
  if (settings) kept.push(words("form-page-the-settings"));
  return { nothing: false, text: words("form-page-kept", { what: list(kept) }) };
}

async function howSafe() {
  const storage = navigator.storage;
  if (!storage?.persisted) return ["unknown", words("form-page-safe-unknown")];
  if (await storage.persisted().catch(() => false)) {
    return ["persisted", words("form-page-safe-persisted")];
  }
  if (appleLike() && !onHomeScreen()) {
    return ["best-effort", words("form-page-safe-home-screen")];
  }
  return ["best-effort", words("form-page-safe-best-effort")];
}

/** What the browser says the site uses and may use (`estimate()`), the game's offline copy included. */
async function roomLeft() {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return "";
  return words("form-page-room", { size: size(estimate.usage ?? 0), quota: size(estimate.quota) });
}

/** Fills the parent area's "Kept on this device" lines. */
export async function describe() {
  const line = document.getElementById("keeping-state");
  if (!line) return;
  const [[state, safe], kept, room] = await Promise.all([howSafe(), whatIsKept(), roomLeft()]);
  line.textContent = kept.nothing ? kept.text : sentences(kept.text, safe, room);
  line.dataset.state = state;
}

// Saving the settings is worth keeping too (the names, the week).
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest('#parent-area [data-action="save"]')) askToKeep().then(describe);
});

// The form is drawn by the game whenever the parent area opens; the copies' code is fetched
// then, not with the game. The form's status line changes when the settings were saved (the
// game writes them a frame after the click): then the lines are brought up to date.
let statusSeen = null;
new MutationObserver(() => {
  const line = document.getElementById("keeping-state");
  if (!line) return;
  const status = document.getElementById("parent-status")?.textContent ?? "";
  if (!line.dataset.state) {
    line.dataset.state = "asking";
    statusSeen = status;
    describe();
    import("./backup.js").catch((error) => console.warn("See You Soon: the copies could not load:", error));
  } else if (status !== statusSeen) {
    statusSeen = status;
    describe();
  }
}).observe(document.body, { childList: true, subtree: true });
