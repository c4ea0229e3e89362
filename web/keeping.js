// Asking the browser to keep what the family made (photos, recordings, names) and telling the
// parent, in the parent area, whether it agreed and how much is kept. Browsers clear "best
// effort" storage under disk pressure, and Safari clears a site's storage after seven days
// without a visit unless the game is on the Home Screen; a granted `persist()` is exempt.
import { everyKept } from "./device-store.js";

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
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function whatIsKept() {
  const parts = [];
  let bytes = 0;
  for (const kind of KEPT_STORES) {
    const all = await everyKept(kind.database, kind.store).catch(() => []);
    if (!all.length) continue;
    parts.push(`${all.length} ${all.length === 1 ? kind.one : kind.many}`);
    bytes += all.reduce((sum, [, blob]) => sum + blob.size, 0);
  }
  return parts.length ? `Kept on this device: ${parts.join(" and ")} (${size(bytes)}), and the settings.` : "Kept on this device: the settings.";
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

/** Fills the parent area's "Kept on this device" lines. */
export async function describe() {
  const line = document.getElementById("keeping-state");
  if (!line) return;
  const [[state, safe], kept] = await Promise.all([howSafe(), whatIsKept()]);
  line.textContent = `${kept} ${safe}`;
  line.dataset.state = state;
}

// Saving the settings is worth keeping too (the names, the week).
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest('#parent-area [data-action="save"]')) keptSomething();
});

// The form is drawn by the game whenever the parent area opens; the copies' code is fetched
// then, not with the game.
new MutationObserver(() => {
  const line = document.getElementById("keeping-state");
  if (line && !line.dataset.state) {
    line.dataset.state = "asking";
    describe();
    import("./backup.js").catch((error) => console.warn("See You Soon: the copies could not load:", error));
  }
}).observe(document.body, { childList: true, subtree: true });
