// The grown-ups' photos: taken or chosen in the parent area, framed in a circle by dragging and
// pinching, kept only on this device (IndexedDB), and handed to the game as pixels. Nothing
// here ever sends a photo anywhere.
import { asStored, everyKept, inStore, notKeptSentence, putBackCleared, whenClearedElsewhere } from "./device-store.js";
import { describe, keptSomething } from "./keeping.js";
import { sentences, size, words } from "./parent-words.js";

const DATABASE = "see-you-soon-photos";
const STORE = "photos";
/** A kept photo is a square JPEG this many pixels wide: sharp at the game's largest size on a 2× tablet. */
const KEPT_SIDE = 512;
const KEPT_QUALITY = 0.85;
/** The game's picture: the same square, round (transparent outside the circle). */
const GAME_SIDE = 512;
/** A chosen photo is scaled down once to at most this on its longer side, so framing stays quick (a 48-megapixel photo included). */
const WORKING_LONGEST = 2048;
/** Larger files are refused before opening: no phone photo comes near this. */
const LARGEST_FILE_BYTES = 80 * 1024 * 1024;
/** Framing: how much the photo can be enlarged beyond just filling the circle. */
const MOST_ZOOM = 5;

const kept = new Map(); // key -> { bitmap for previews, pixels for the game, bytes stored }
let generation = 0; // counts changes, so the game knows when to look again
const timings = []; // { megapixels, toPreviewMs } for each photo opened, for the benchmark
let framing = null; // { key, row, image (canvas), zoom, cx, cy, pointers }

// --- Kept photos, and what the game reads (platform/web/photos.rs) ---

function inPhotos(mode, work) {
  return inStore(DATABASE, STORE, mode, work);
}

/** The round picture the game draws, from a square one. */
function gamePixels(source) {
  const canvas = squareCanvas(GAME_SIDE);
  const context = canvas.getContext("2d");
  context.beginPath();
  context.arc(GAME_SIDE / 2, GAME_SIDE / 2, GAME_SIDE / 2, 0, Math.PI * 2);
  context.clip();
  context.drawImage(source, 0, 0, GAME_SIDE, GAME_SIDE);
  return context.getImageData(0, 0, GAME_SIDE, GAME_SIDE).data;
}

function squareCanvas(side) {
  const canvas = document.createElement("canvas");
  canvas.width = side;
  canvas.height = side;
  return canvas;
}

async function remember(key, blob) {
  const bitmap = await createImageBitmap(blob);
  kept.get(key)?.bitmap.close?.();
  // The blob too: if the browser clears its storage while the game runs, it is put back.
  kept.set(key, { bitmap, pixels: gamePixels(bitmap), bytes: blob.size, blob });
  generation += 1;
  // The game sleeps while nothing moves: wake it to show the new face.
  window.seeYouSoonWake?.();
}

whenClearedElsewhere(() => putBackCleared(DATABASE, STORE, new Map([...kept].map(([key, photo]) => [key, photo.blob]))));

async function loadKept() {
  try {
    for (const [key, blob] of await everyKept(DATABASE, STORE)) {
      try {
        await remember(key, blob);
      } catch (error) {
        console.warn(`See You Soon: a kept photo (${key}) could not be read:`, error);
      }
    }
  } catch (error) {
    // Private mode or storage switched off: the drawn grown-ups show instead.
    console.warn("See You Soon: photos unavailable:", error);
  }
  refreshRows();
}

async function forget(key) {
  const photo = kept.get(key);
  kept.delete(key);
  photo?.bitmap.close?.();
  if (photo) generation += 1;
  window.seeYouSoonWake?.();
  await inPhotos("readwrite", (store) => store.delete(key));
  describe();
}

window.seeYouSoonPhotos = {
  side: GAME_SIDE,
  generation: () => generation,
  has: (key) => kept.has(key),
  pixels: (key) => kept.get(key)?.pixels,
  forget: (key) => forget(key).catch((error) => console.warn("See You Soon: forgetting a photo:", error)),
  storedBytes: (key) => kept.get(key)?.bytes ?? 0,
  timings,
};

// --- The parent area's rows (settings/photos.rs writes them) ---

function rowFor(key) {
  return document.querySelector(`#parent-area [data-photo-key="${CSS.escape(key)}"]`);
}

function say(row, text) {
  const words = row?.querySelector(".photo-state");
  if (words) words.textContent = text;
}

function drawPreview(row) {
  const preview = row.querySelector("canvas.photo-preview");
  if (!preview) return;
  const context = preview.getContext("2d");
  const side = preview.width;
  context.clearRect(0, 0, side, side);
  const photo = kept.get(row.dataset.photoKey);
  const source = framing?.row === row ? cropped(side) : photo?.bitmap;
  if (!source) return;
  context.save();
  context.beginPath();
  context.arc(side / 2, side / 2, side / 2, 0, Math.PI * 2);
  context.clip();
  context.drawImage(source, 0, 0, side, side);
  context.restore();
}

function refreshRows() {
  for (const row of document.querySelectorAll("#parent-area [data-photo-key]")) {
    const photo = kept.get(row.dataset.photoKey);
    row.dataset.state = framing?.row === row ? "framing" : photo ? "kept" : "none";
    row.querySelector('[data-photo="delete"]').hidden = !photo || framing?.row === row;
    row.querySelector(".photo-framer").hidden = framing?.row !== row;
    drawPreview(row);
    if (!row.querySelector(".photo-state").textContent) {
      // Without a photo a grown-up is the look chosen above; the child is drawn as always.
      const none = row.dataset.photoKey === "child" ? "form-page-photo-none-child" : "form-page-photo-none";
      say(row, photo ? words("form-page-photo-kept-size", { size: size(photo.bytes) }) : words(none));
    }
  }
}

// --- Opening a chosen photo ---

/** `sentence`, then "The photo kept before stays." when one was kept before. */
function withStays(row, sentence) {
  return kept.has(row.dataset.photoKey) ? sentences(sentence, words("form-page-photo-stays")) : sentence;
}

function looksLikeHeic(file) {
  return /hei[cf]/i.test(file.type) || /\.hei[cf]$/i.test(file.name);
}

function looksLikeAPicture(file) {
  return file.type.startsWith("image/") || (!file.type && /\.(jpe?g|png|webp|gif|avif|bmp|hei[cf])$/i.test(file.name));
}

/** The photo, turned the right way up (the browser follows its EXIF orientation) and scaled down to a working size. */
async function openPhoto(file) {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    if (!width || !height) throw new Error("no size");
    const scale = Math.min(1, WORKING_LONGEST / Math.max(width, height));
    const working = document.createElement("canvas");
    working.width = Math.max(1, Math.round(width * scale));
    working.height = Math.max(1, Math.round(height * scale));
    working.getContext("2d").drawImage(image, 0, 0, working.width, working.height);
    image.src = "";
    return { working, megapixels: (width * height) / 1e6 };
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function choose(row, file) {
  if (!looksLikeAPicture(file)) return say(row, withStays(row, words("form-page-photo-not-a-photo")));
  if (file.size > LARGEST_FILE_BYTES) {
    return say(row, withStays(row, words("form-page-photo-too-large", { size: size(file.size) })));
  }
  const started = performance.now();
  say(row, words("form-page-photo-opening"));
  let opened;
  try {
    opened = await openPhoto(file);
  } catch {
    return say(row, withStays(row, words(looksLikeHeic(file) ? "form-page-photo-heic" : "form-page-photo-cannot-open")));
  }
  const { working } = opened;
  const shortSide = Math.min(working.width, working.height);
  framing = { key: row.dataset.photoKey, row, image: working, zoom: 1, cx: working.width / 2, cy: working.height / 2, pointers: new Map() };
  row.querySelector('[data-photo="zoom"]').value = "1";
  refreshRows();
  drawFramer();
  timings.push({ megapixels: opened.megapixels, toPreviewMs: performance.now() - started, width: working.width, height: working.height });
  const ratio = Math.max(working.width, working.height) / shortSide;
  say(
    row,
    shortSide < 160
      ? words("form-page-photo-very-small")
      : words(ratio > 2.2 ? "form-page-photo-wide" : "form-page-photo-frame"),
  );
}

// --- Framing: the circle shows what will be kept ---

/** The square of the working photo inside the circle. */
function cropSquare() {
  const { image, zoom } = framing;
  const side = Math.min(image.width, image.height) / zoom;
  framing.cx = Math.min(Math.max(framing.cx, side / 2), image.width - side / 2);
  framing.cy = Math.min(Math.max(framing.cy, side / 2), image.height - side / 2);
  return { x: framing.cx - side / 2, y: framing.cy - side / 2, side };
}

function cropped(side) {
  const canvas = squareCanvas(side);
  const { x, y, side: from } = cropSquare();
  canvas.getContext("2d").drawImage(framing.image, x, y, from, from, 0, 0, side, side);
  return canvas;
}

/** The framer: the whole view is the kept square; outside the circle is dimmed. */
function drawFramer() {
  const canvas = framing.row.querySelector(".photo-framer canvas");
  const context = canvas.getContext("2d");
  const side = canvas.width;
  const { x, y, side: from } = cropSquare();
  context.drawImage(framing.image, x, y, from, from, 0, 0, side, side);
  context.save();
  context.beginPath();
  context.rect(0, 0, side, side);
  context.arc(side / 2, side / 2, side * 0.47, 0, Math.PI * 2, true);
  context.fillStyle = "rgba(255, 248, 238, 0.72)";
  context.fill("evenodd");
  context.beginPath();
  context.arc(side / 2, side / 2, side * 0.47, 0, Math.PI * 2);
  context.lineWidth = side / 90;
  context.strokeStyle = "#C98B6B";
  context.stroke();
  context.restore();
  drawPreview(framing.row);
}

function setZoom(zoom) {
  framing.zoom = Math.min(MOST_ZOOM, Math.max(1, zoom));
  framing.row.querySelector('[data-photo="zoom"]').value = String(framing.zoom);
  drawFramer();
}

function pointerDown(event) {
  if (!framing || !event.target.closest(".photo-framer canvas")) return;
  event.target.setPointerCapture(event.pointerId);
  framing.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  event.preventDefault();
}

function pointerMove(event) {
  const last = framing?.pointers.get(event.pointerId);
  if (!last) return;
  const canvas = framing.row.querySelector(".photo-framer canvas");
  // Photo pixels per CSS pixel on the framer.
  const perPixel = cropSquare().side / canvas.getBoundingClientRect().width;
  const others = [...framing.pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
  if (others.length === 0) {
    framing.cx -= (event.clientX - last.x) * perPixel;
    framing.cy -= (event.clientY - last.y) * perPixel;
  } else {
    // Pinch: the distance between the two fingers sets the size.
    const before = Math.hypot(last.x - others[0].x, last.y - others[0].y);
    const now = Math.hypot(event.clientX - others[0].x, event.clientY - others[0].y);
    if (before > 0) framing.zoom *= now / before;
  }
  framing.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  setZoom(framing.zoom);
}

function pointerUp(event) {
  framing?.pointers.delete(event.pointerId);
}

async function keepFramed() {
  const { row, key } = framing;
  const square = cropped(KEPT_SIDE);
  const blob = await new Promise((resolve) => square.toBlob(resolve, "image/jpeg", KEPT_QUALITY));
  try {
    if (!blob) throw new Error("no picture made");
    const stored = await asStored(blob);
    await inPhotos("readwrite", (store) => store.put(stored, key));
  } catch (error) {
    console.warn("See You Soon: keeping a photo:", error);
    say(row, withStays(row, notKeptSentence(error, "photo")));
    return;
  }
  framing = null;
  await remember(key, blob);
  say(row, words("form-page-photo-kept-shown", { size: size(blob.size) }));
  refreshRows();
  keptSomething();
}

// --- The rows' buttons ---

document.addEventListener("change", (event) => {
  const input = event.target instanceof HTMLInputElement && event.target.closest("#parent-area [data-photo-key] input[type=file]");
  if (!input) return;
  const row = input.closest("[data-photo-key]");
  const file = input.files?.[0];
  input.value = "";
  if (file) choose(row, file).catch((error) => { console.warn("See You Soon: opening a photo:", error); say(row, words("form-page-photo-cannot-open")); });
});

// Closing the camera or the gallery without a photo (or the camera not allowed).
document.addEventListener("cancel", (event) => {
  const row = event.target instanceof HTMLInputElement && event.target.closest("#parent-area [data-photo-key]");
  if (row) say(row, withStays(row, words("form-page-photo-none-chosen")));
}, true);

document.addEventListener("input", (event) => {
  if (framing && event.target instanceof HTMLInputElement && event.target.dataset.photo === "zoom") setZoom(Number(event.target.value));
});

document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element && event.target.closest("#parent-area [data-photo-key] button[data-photo]");
  if (!button) return;
  const row = button.closest("[data-photo-key]");
  const key = row.dataset.photoKey;
  switch (button.dataset.photo) {
    case "keep":
      if (framing?.row === row) await keepFramed();
      break;
    case "cancel":
      framing = null;
      say(row, words(kept.has(key) ? "form-page-photo-not-changed" : "form-page-photo-none-kept"));
      refreshRows();
      break;
    case "delete":
      try {
        await forget(key);
        say(row, words("form-page-photo-deleted"));
      } catch (error) {
        console.warn("See You Soon: deleting a photo:", error);
        say(row, words("form-page-change-refused"));
      }
      refreshRows();
      break;
  }
});

document.addEventListener("pointerdown", pointerDown);
document.addEventListener("pointermove", pointerMove);
document.addEventListener("pointerup", pointerUp);
document.addEventListener("pointercancel", pointerUp);
document.addEventListener("wheel", (event) => {
  if (!framing || !event.target.closest?.(".photo-framer canvas")) return;
  event.preventDefault();
  setZoom(framing.zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1));
}, { passive: false });

// The form is drawn by the game whenever the parent area opens: bring its rows up to date.
new MutationObserver(() => {
  if (framing && !framing.row.isConnected) framing = null;
  if (document.querySelector("#parent-area [data-photo-key]:not([data-state])")) refreshRows();
}).observe(document.body, { childList: true, subtree: true });

loadKept();
