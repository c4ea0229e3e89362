// One printable page (print.html#card, #chain, #week or #love): its contents were written by
// the game from the family's settings (parent/printables in the game), kept in localStorage;
// this page puts in the family's photos from this device and is ready to print. No canvas, no
// requests but the site's own pictures.
import { everyKept } from "./device-store.js";
import { pageLanguage } from "./page-words.js";

const PRINTABLES_KEY = "see-you-soon-printables";
const PHOTOS = ["see-you-soon-photos", "photos"];
let photoUrls = null; // key -> blob URL, read once

function pages() {
  try {
    return JSON.parse(localStorage.getItem(PRINTABLES_KEY) ?? "null");
  } catch {
    return null;
  }
}

async function photos() {
  if (photoUrls) return photoUrls;
  photoUrls = new Map();
  try {
    for (const [key, blob] of await everyKept(...PHOTOS)) photoUrls.set(key, URL.createObjectURL(blob));
  } catch (error) {
    // No photos here (private browsing, storage off): the drawn portraits stay.
    console.warn("See You Soon: photos unavailable for printing:", error);
  }
  return photoUrls;
}

function say(text) {
  const main = document.getElementById("page");
  main.replaceChildren();
  const p = document.createElement("p");
  p.className = "note";
  p.textContent = text;
  main.append(p);
}

/** Every picture on the page has loaded (or failed): printing before that leaves holes. */
function picturesLoaded() {
  return Promise.all([...document.images].map((image) => (image.complete ? null : new Promise((done) => {
    image.addEventListener("load", done, { once: true });
    image.addEventListener("error", done, { once: true });
  }))));
}

async function show() {
  document.body.dataset.ready = "";
  const id = location.hash.slice(1) || "card";
  const all = pages();
  const page = all?.[id];
  if (!page) {
    const language = pageLanguage();
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.dir;
    say(all ? language.words.printNoSuchPage : language.words.printOpenFromGame);
    document.body.dataset.ready = "none";
    return;
  }
  document.title = page.title;
  // The game wrote this HTML itself, every name in it escaped (parent/printables).
  document.getElementById("page").innerHTML = page.body;
  // The sheet is in the family's language: so is the page (a screen reader, a saved PDF).
  const sheet = document.querySelector("#page article[lang]");
  if (sheet) {
    document.documentElement.lang = sheet.lang;
    document.documentElement.dir = sheet.dir;
  }
  const urls = await photos();
  for (const image of document.querySelectorAll("img[data-photo-key]")) {
    const url = urls.get(image.dataset.photoKey);
    if (url) {
      image.src = url;
      image.classList.add("photo");
    }
  }
  await picturesLoaded();
  document.body.dataset.ready = id;
}

window.addEventListener("hashchange", show);
show();
