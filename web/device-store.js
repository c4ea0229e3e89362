// What the family keeps on this device beyond the settings: recordings (voice.js) and photos
// (photo.js), each in its own IndexedDB database. Nothing stored here is ever sent anywhere.
import { sentences, words } from "./parent-words.js";

/**
 * Runs `work` on one object store in one transaction; resolves with its request's result.
 *
 * Another window never waits on this one: each connection lasts one transaction and is closed
 * at once when another window asks to change the database (a newer version of the game). This
 * one then finds the database newer than it knows (`VersionError`) and says so.
 */
export function inStore(database, store, mode, work) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  }).then((db) => new Promise((resolve, reject) => {
    let transaction;
    let result;
    try {
      transaction = db.transaction(store, mode);
      result = work(transaction.objectStore(store));
    } catch (error) {
      // Refused at once (storage full, a private window): nothing is left open.
      transaction?.abort();
      db.close();
      reject(error);
      return;
    }
    transaction.oncomplete = () => { db.close(); resolve(result.result ?? result); };
    const fail = () => { db.close(); reject(transaction.error ?? new Error("the browser refused to store it")); };
    transaction.onerror = fail;
    transaction.onabort = fail;
  }));
}

/**
 * Why the browser refused to keep something, in the parent's words: "full" (the device's or the
 * site's storage is used up), "newer" (a newer version of the game, open in another window,
 * changed how things are kept) or "refused" (private browsing, storage switched off, anything else).
 */
export function whyNotKept(error) {
  const name = error?.name ?? "";
  if (name === "QuotaExceededError" || /quota/i.test(String(error?.message ?? ""))) return "full";
  return name === "VersionError" ? "newer" : "refused";
}

/** The ids of the sentences for a photo or a recording not kept, by `whyNotKept`'s reason. */
const NOT_KEPT = {
  photo: { full: "form-page-photo-full", newer: "form-page-photo-newer", refused: "form-page-photo-refused" },
  recording: { full: "form-page-recording-full", newer: "form-page-recording-newer", refused: "form-page-recording-refused" },
};

/** The sentence for `whyNotKept`, about `what` ("photo" or "recording"), in the family's language. */
export function notKeptSentence(error, what) {
  const why = whyNotKept(error);
  const sentence = words(NOT_KEPT[what][why] ?? NOT_KEPT[what].refused);
  return why === "newer" ? sentences(sentence, words("form-page-newer-elsewhere")) : sentence;
}

// Kept as bytes and a type, not as a Blob: WebKit (Safari) refuses Blobs in IndexedDB in
// private and automated windows. Blobs kept by earlier versions still read back.
export async function asStored(blob) {
  return { type: blob.type, bytes: await blob.arrayBuffer() };
}

export function fromStored(value) {
  if (value instanceof Blob) return value;
  if (value?.bytes instanceof ArrayBuffer) return new Blob([value.bytes], { type: value.type ?? "" });
  return null;
}

/** Every key and its Blob in a store. */
export async function everyKept(database, store) {
  const keys = await inStore(database, store, "readonly", (s) => s.getAllKeys());
  const all = [];
  for (const key of keys) {
    const blob = fromStored(await inStore(database, store, "readonly", (s) => s.get(key)));
    if (blob) all.push([key, blob]);
  }
  return all;
}

/**
 * Puts back what the browser cleared while the page still holds it (`held`: key → Blob), as
 * after "Clear site data" with the game open; how many were put back.
 */
export async function putBackCleared(database, store, held) {
  const there = new Set(await inStore(database, store, "readonly", (s) => s.getAllKeys()));
  let putBack = 0;
  for (const [key, blob] of held) {
    if (there.has(key)) continue;
    const stored = await asStored(blob);
    await inStore(database, store, "readwrite", (s) => s.put(stored, key));
    putBack += 1;
  }
  return putBack;
}

/**
 * Runs `putBack` when another window or the browser clears what this site stored, a second
 * later. The browser may still be deleting the databases then (it closes every connection it
 * finds): a refused try is made again a second later, up to five times.
 */
export function whenClearedElsewhere(putBack) {
  const attempt = (triesLeft) => putBack().catch((error) => {
    if (triesLeft > 0) setTimeout(() => attempt(triesLeft - 1), 1000);
    else console.warn("See You Soon: putting back what the browser cleared:", error);
  });
  window.addEventListener("storage", (event) => {
    // Not at once: the browser is still deleting as it tells the page.
    if (event.key === null) setTimeout(() => attempt(4), 1000);
  });
}
