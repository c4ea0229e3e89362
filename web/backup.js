// "Save a copy" and "Bring back a copy" in the parent area: everything the family made (the
// settings, the photos, the recordings, the games' progress) in one file the parent keeps, read
// back on this device or another. The file is checked whole before anything here is touched.
// Loaded by keeping.js when the parent area opens; the file never leaves the device through the
// game (the browser's own download saves it).
import { asStored, everyKept, inStore, whyNotKept } from "./device-store.js";
import { describe } from "./keeping.js";
import { list, longDate, sentences, size, words } from "./parent-words.js";

const KIND = "See You Soon: a family's copy";
const FORMAT = 1;
/** Far larger than any family's copy (ten recordings and four photos are under 2 MB). */
const LARGEST_FILE_BYTES = 100 * 1024 * 1024;
const LARGEST_ITEM_BYTES = 10 * 1024 * 1024;
const STORAGE_PREFIX = "see-you-soon.";
const STORES = {
  photos: { database: "see-you-soon-photos", store: "photos", counted: "form-page-photos", type: /^image\/(jpeg|png|webp)$/ },
  // Firefox's recorder left some recordings with no type at all: they come back too.
  recordings: { database: "see-you-soon-voice", store: "recordings", counted: "form-page-recordings", type: /^(audio\/[a-z0-9.+-]+(;.*)?)?$/ },
};
const KEY = /^[a-z][a-z0-9-]{0,39}(@[1-4])?$/;

// Why a file was refused: the ids of the parent's sentences.
const NOT_OURS = "form-page-copy-not-ours";
const DAMAGED = "form-page-copy-damaged";
const TOO_LARGE = "form-page-copy-too-large";
const NEWER = "form-page-copy-newer";

let chosen = null; // the checked copy waiting for the parent's choice

// --- The checksum: CRC-32 of the copy's text, to find a damaged file (not a lock) ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(text) {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
}

// --- Bytes as text and back ---

function toBase64(bytes) {
  let binary = "";
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

// --- Making a copy ---

/** The copy as text: what is kept now, with a checksum over the rest. */
export async function makeCopy() {
  const storage = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) storage[key] = localStorage.getItem(key);
  }
  const body = { kind: KIND, format: FORMAT, made: new Date().toISOString(), storage };
  for (const [name, where] of Object.entries(STORES)) {
    body[name] = [];
    for (const [key, blob] of await everyKept(where.database, where.store)) {
      body[name].push({ key, type: blob.type, data: toBase64(await blob.arrayBuffer()) });
    }
  }
  return JSON.stringify({ ...body, checksum: crc32(JSON.stringify(body)) });
}

async function saveCopy() {
  const text = await makeCopy();
  const day = new Date().toISOString().slice(0, 10);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = `see-you-soon-copy-${day}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  const copy = readCopy(text);
  say(words("form-page-copy-saved", { size: size(text.length), holds: holdings(copy) }));
}

// --- Reading a copy: all of it is checked before anything is used ---

class Refused extends Error {}

/** The copy in `text`, checked; throws `Refused` with the id of the parent's sentence. */
export function readCopy(text) {
  let copy;
  try {
    copy = JSON.parse(text);
  } catch {
    throw new Refused(/^\s*\{/.test(text) && text.includes(KIND) ? DAMAGED : NOT_OURS);
  }
  if (copy?.kind !== KIND) throw new Refused(NOT_OURS);
  if (!Number.isInteger(copy.format) || copy.format < 1) throw new Refused(DAMAGED);
  if (copy.format > FORMAT) throw new Refused(NEWER);
  const { checksum, ...body } = copy;
  if (checksum !== crc32(JSON.stringify(body))) throw new Refused(DAMAGED);
  const storage = copy.storage && typeof copy.storage === "object" ? copy.storage : null;
  if (!storage || Object.entries(storage).some(([key, value]) => !key.startsWith(STORAGE_PREFIX) || typeof value !== "string")) {
    throw new Refused(DAMAGED);
  }
  const items = {};
  for (const [name, where] of Object.entries(STORES)) {
    const stored = copy[name] ?? [];
    if (!Array.isArray(stored)) throw new Refused(DAMAGED);
    items[name] = stored.map((item) => {
      if (!KEY.test(item?.key ?? "") || !where.type.test(item?.type ?? "") || typeof item.data !== "string") {
        console.warn(`See You Soon: a copy's ${name} item was refused:`, JSON.stringify({ key: item?.key, type: item?.type, data: typeof item?.data }));
        throw new Refused(DAMAGED);
      }
      let bytes;
      try {
        bytes = fromBase64(item.data);
      } catch {
        throw new Refused(DAMAGED);
      }
      if (bytes.byteLength > LARGEST_ITEM_BYTES) throw new Refused(DAMAGED);
      return { key: item.key, blob: new Blob([bytes], { type: item.type }) };
    });
  }
  return { made: new Date(copy.made), storage, ...items };
}

function childName(storage) {
  try {
    const saved = JSON.parse(storage[`${STORAGE_PREFIX}settings`] ?? "null");
    const name = (saved?.settings ?? saved)?.child_name;
    return typeof name === "string" && name.trim() ? name.trim() : null;
  } catch {
    return null;
  }
}

/** "the settings (for Ada), 2 photos and 10 recordings". */
function holdings(copy) {
  const parts = [];
  if (copy.storage[`${STORAGE_PREFIX}settings`]) {
    const name = childName(copy.storage);
    parts.push(name ? words("form-page-the-settings-for", { child: name }) : words("form-page-the-settings"));
  }
  for (const [name, where] of Object.entries(STORES)) {
    const count = copy[name].length;
    if (count) parts.push(words(where.counted, { count }));
  }
  return parts.length ? list(parts) : words("form-page-copy-holds-nothing");
}

// --- Bringing a copy back ---


/** What this device keeps now: the game's localStorage entries and each store's values. */
async function snapshot() {
  const storage = Object.fromEntries(Object.keys({ ...localStorage }).filter((key) => key.startsWith(STORAGE_PREFIX)).map((key) => [key, localStorage.getItem(key)]));
  const stores = {};
  for (const [name, where] of Object.entries(STORES)) {
    stores[name] = await inStore(where.database, where.store, "readonly", (store) => {
      const all = {};
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        if (!cursor.result) return;
        all[cursor.result.key] = cursor.result.value;
        cursor.result.continue();
      };
      return { result: all };
    });
  }
  return { storage, stores };
}

/** Makes one store hold exactly `values` (key → stored value), in one transaction. */
function setStore(where, values) {
  return inStore(where.database, where.store, "readwrite", (store) => {
    store.clear();
    for (const [key, value] of Object.entries(values)) store.put(value, key);
    return { result: true };
  });
}

/** Makes the game's localStorage entries exactly `entries`. */
function setStorage(entries) {
  for (const key of Object.keys({ ...localStorage })) {
    if (key.startsWith(STORAGE_PREFIX) && !(key in entries)) localStorage.removeItem(key);
  }
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
}

/**
 * Writes the copy, all or nothing: `replace` makes this device hold exactly the copy; otherwise
 * only what is missing here is added. What was kept is read first, and if any write is refused
 * halfway (a full disk, a store that throws) it is put back as it was.
 */
async function bringBack(copy, replace) {
  const before = await snapshot();
  const after = { storage: replace ? {} : { ...before.storage }, stores: {} };
  for (const [key, value] of Object.entries(copy.storage)) {
    if (replace || !(key in after.storage)) after.storage[key] = value;
  }
  for (const name of Object.keys(STORES)) {
    after.stores[name] = replace ? {} : { ...before.stores[name] };
    for (const item of copy[name]) {
      if (replace || !(item.key in after.stores[name])) after.stores[name][item.key] = await asStored(item.blob);
    }
  }
  try {
    for (const [name, where] of Object.entries(STORES)) await setStore(where, after.stores[name]);
    setStorage(after.storage);
  } catch (error) {
    try {
      for (const [name, where] of Object.entries(STORES)) await setStore(where, before.stores[name]);
      setStorage(before.storage);
    } catch (again) {
      // Putting back what was there failed too: say so rather than promise it.
      console.warn("See You Soon: putting back what was kept:", again);
      error.notPutBack = true;
    }
    throw error;
  }
}

// --- The parent area's lines and buttons ---

function say(text) {
  const line = document.getElementById("backup-state");
  if (line) line.textContent = text;
}

function showChoice(copy) {
  const choice = document.getElementById("backup-choice");
  if (!choice) return;
  choice.hidden = !copy;
  const holds = choice.querySelector(".backup-holds");
  if (holds && copy) {
    holds.textContent = Number.isNaN(copy.made.getTime())
      ? words("form-page-copy-holds", { holds: holdings(copy) })
      : words("form-page-copy-made-holds", { date: longDate(copy.made), holds: holdings(copy) });
  }
}

async function chooseFile(file) {
  chosen = null;
  showChoice(null);
  if (!file) return;
  if (file.size > LARGEST_FILE_BYTES) {
    say(words(TOO_LARGE));
    return;
  }
  try {
    chosen = readCopy(await file.text());
    say("");
    showChoice(chosen);
  } catch (error) {
    say(words(error instanceof Refused ? error.message : DAMAGED));
    if (!(error instanceof Refused)) console.warn("See You Soon: reading a copy:", error);
  }
}

async function useChosen(replace) {
  const copy = chosen;
  if (!copy) return;
  chosen = null;
  showChoice(null);
  try {
    await bringBack(copy, replace);
  } catch (error) {
    console.warn("See You Soon: bringing back a copy:", error);
    const why = {
      full: words("form-page-copy-full"),
      newer: sentences(words("form-page-copy-not-brought-newer"), words("form-page-newer-elsewhere")),
      refused: words("form-page-copy-refused"),
    }[whyNotKept(error)];
    say(sentences(why, words(error?.notPutBack ? "form-page-copy-partly" : "form-page-copy-before-kept")));
    describe();
    return;
  }
  say(words("form-page-copy-brought-back", { holds: holdings(copy) }));
  // The game reads the settings when it starts: start it again with what was brought back.
  setTimeout(() => location.reload(), 2500);
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element && event.target.closest("#parent-area [data-backup]");
  if (!button) return;
  switch (button.dataset.backup) {
    case "save":
      saveCopy().catch((error) => {
        console.warn("See You Soon: saving a copy:", error);
        say(words("form-page-copy-cannot-make"));
      });
      break;
    case "replace":
      useChosen(true);
      break;
    case "merge":
      useChosen(false);
      break;
    case "cancel":
      chosen = null;
      showChoice(null);
      say(words("form-page-nothing-changed"));
      break;
  }
});

document.addEventListener("change", (event) => {
  const input = event.target instanceof Element && event.target.closest('#parent-area input[data-backup="choose"]');
  if (!input) return;
  chooseFile(input.files?.[0]);
  input.value = "";
});

// For the benchmark (tools/backup-bench.mjs).
window.seeYouSoonBackup = { makeCopy, readCopy, bringBack };
