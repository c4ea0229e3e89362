// Asking the browser to keep what the family made (photos, recordings, names) and telling the
// parent, in the parent area, whether it agreed and how much is kept. Browsers clear "best
// effort" storage under disk pressure, and Safari clears a site's storage after seven days
// without a visit unless the game is on the Home Screen; a granted `persist()` is exempt.
import { everyKept, whyNotKept } from "./device-store.js";

const KEPT_STORES = [
  { database: "see-you-soon-photos", store: "photos", one: "photo", many: "photos" },
  { database: "see-you-soon-voice", store: "recordings", one: "recording", many: "recordings" },
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

function size(bytes) {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
      if (whyNotKept(error) === "newer") return { nothing: true, text: "The photos and recordings are safe with the newer version of the game open in another window. Close this window and use that one, or reload this one." };
    }
    if (!all.length) continue;
    parts.push(`${all.length} ${all.length === 1 ? kind.one : kind.many}`);
    bytes += all.reduce((sum, [, blob]) => sum + blob.size, 0);
  }
  let settings = false;
  try {
    settings = localStorage.getItem("see-you-soon.settings") !== null;
  } catch {
    // Storage refused: nothing is kept.
  }
  if (!parts.length && !settings) {
    return { nothing: true, text: "Nothing is kept on this device yet: it is new to the game, or the browser cleared what it kept. If you saved a copy, bring it back below." };
  }
  const what = parts.length ? `${parts.join(" and ")} (${size(bytes)})` : "";
  return { nothing: false, text: `Kept on this device: ${[what, settings ? "the settings" : ""].filter(Boolean).join(", and ")}.` };
}

async function howSafe() {
  const storage = navigator.storage;
  if (!storage?.persisted) return ["unknown", "This browser does not say whether it keeps them."];
  if (await storage.persisted().catch(() => false)) {
    return ["persisted", "The browser has agreed to keep them until you delete them."];
  }
  if (appleLike() && !onHomeScreen()) {
    return ["best-effort", "This browser may delete them after seven days without a visit, or when the device is short of space. Add the game to the Home Screen (Share, then Add to Home Screen) to keep them safe, and save a copy (below)."];
  }
  return ["best-effort", "The browser may delete them if the device runs short of space. The game asks it to keep them when you keep something here; a saved copy (below) is the sure way."];
}

/** What the browser says the site uses and may use (`estimate()`), the game's offline copy included. */
async function roomLeft() {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return "";
  return `With the game's offline copy, this site uses ${size(estimate.usage ?? 0)} of the ${size(estimate.quota)} the browser allows it.`;
}

/** Fills the parent area's "Kept on this device" lines. */
export async function describe() {
  const line = document.getElementById("keeping-state");
  if (!line) return;
  const [[state, safe], kept, room] = await Promise.all([howSafe(), whatIsKept(), roomLeft()]);
  line.textContent = kept.nothing ? kept.text : [kept.text, safe, room].filter(Boolean).join(" ");
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
