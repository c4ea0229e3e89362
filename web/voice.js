// The grown-ups' own voices: the lines each grown-up says, recorded in the parent area with the
// microphone, kept only on this device (IndexedDB), and played by the game instead of the
// synthetic voice. Nothing here ever sends a recording anywhere.

import { asStored, everyKept, inStore, notKeptSentence, putBackCleared, whenClearedElsewhere } from "./device-store.js";
import { describe, keptSomething } from "./keeping.js";
import { words as line, sentences } from "./parent-words.js";

const DATABASE = "see-you-soon-voice";
const STORE = "recordings";
/** The longest a line may be: a few words, not a message. */
const LONGEST_MS = 6000;

const saved = new Map(); // slot -> object URL of a kept recording
const savedBlobs = new Map(); // slot -> the kept recording, put back if the browser clears it
const ended = []; // { id, heard } for the game to collect
const played = []; // slots played, for tests
let current = null; // the recording playing for the game

function inRecordings(mode, work) {
  return inStore(DATABASE, STORE, mode, work);
}

async function loadSaved() {
  try {
    for (const [slot, blob] of await everyKept(DATABASE, STORE)) {
      saved.set(slot, URL.createObjectURL(blob));
      savedBlobs.set(slot, blob);
    }
  } catch (error) {
    // Private mode or storage switched off: the synthetic voice speaks instead.
    console.warn("See You Soon: recordings unavailable:", error);
  }
  refreshRows();
}

whenClearedElsewhere(() => putBackCleared(DATABASE, STORE, savedBlobs));

async function keep(slot, blob) {
  const stored = await asStored(blob);
  await inRecordings("readwrite", (store) => store.put(stored, slot));
  if (saved.has(slot)) URL.revokeObjectURL(saved.get(slot));
  saved.set(slot, URL.createObjectURL(blob));
  savedBlobs.set(slot, blob);
  keptSomething();
}

async function remove(slot) {
  // Forgotten at once, so the game stops playing it even if the store is slow.
  const url = saved.get(slot);
  saved.delete(slot);
  savedBlobs.delete(slot);
  takes.delete(slot);
  if (url) URL.revokeObjectURL(url);
  await inRecordings("readwrite", (store) => store.delete(slot));
  describe();
}

// --- What the game calls (platform/web.rs) ---

function stop() {
  if (current) {
    current.audio.pause();
    ended.push({ id: current.id, heard: false });
    current = null;
  }
}

function play(id, slot) {
  stop();
  const url = saved.get(slot);
  if (!url) {
    ended.push({ id, heard: false });
    return;
  }
  const audio = new Audio(url);
  current = { id, audio };
  // Noted once the sound really plays.
  audio.onplaying = () => played.push(slot);
  const finish = (heard) => () => {
    if (current?.id === id) current = null;
    ended.push({ id, heard });
    // The game may be asleep while the line plays: wake it to move on.
    window.seeYouSoonWake?.();
  };
  audio.onended = finish(true);
  audio.onerror = finish(false);
  audio.play().catch(finish(false));
}

// A hidden tab draws no frames, so the game cannot stop its own voice: stop it here, as
// boot.js does for speech. The game hears the line end and moves on.
document.addEventListener("visibilitychange", () => {
  if (document.hidden) stop();
});

window.seeYouSoonVoice = {
  has: (slot) => saved.has(slot),
  play,
  stop,
  takeEnded: () => ended.splice(0),
  // A grown-up taken out of the family: their recordings go with them.
  forget: (slot) => remove(slot).catch((error) => console.warn("See You Soon: forgetting a recording:", error)),
  played,
};

// --- The parent area's recorder (rows in the settings form, see settings/form.rs) ---

const takes = new Map(); // slot -> a new recording not yet kept
let recording = null; // { slot, recorder, stream, timer }
let listening = null;

function rowState(slot) {
  if (recording?.slot === slot) return "recording";
  if (takes.has(slot)) return "new";
  if (saved.has(slot)) return "kept";
  return "none";
}

/** The words for a row's state and its button, in the family's language as the section gives them. */
function stateWords(key) {
  return document.querySelector("#parent-area [data-voice-words]")?.dataset[key] ?? "";
}

function refreshRows() {
  for (const row of document.querySelectorAll("#parent-area [data-voice-slot]")) {
    const slot = row.dataset.voiceSlot;
    const state = rowState(slot);
    row.dataset.state = state;
    const show = (action, visible) => {
      const button = row.querySelector(`[data-voice="${action}"]`);
      if (button) button.hidden = !visible;
    };
    const record = row.querySelector('[data-voice="record"]');
    if (record) record.textContent = stateWords(state === "recording" ? "stop" : "record");
    show("listen", state === "new" || state === "kept");
    show("keep", state === "new");
    show("delete", state === "new" || state === "kept");
    const words = row.querySelector(".voice-state");
    if (words) words.textContent = stateWords(state);
  }
  // How many of each grown-up's lines are in their own voice.
  for (const group of document.querySelectorAll("#parent-area [data-voice-group]")) {
    const rows = group.querySelectorAll("[data-voice-slot]");
    const kept = [...rows].filter((row) => saved.has(row.dataset.voiceSlot)).length;
    const count = group.querySelector("[data-voice-count]");
    if (count) count.textContent = line("form-page-voice-count", { count: kept, total: rows.length });
  }
}

async function startRecording(slot) {
  if (!navigator.mediaDevices?.getUserMedia || !window.MediaRecorder) {
    showNote(slot, line("form-page-voice-cannot-record"));
    return;
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch {
    showNote(slot, line("form-page-voice-mic-refused"));
    return;
  }
  const recorder = new MediaRecorder(stream);
  const chunks = [];
  recorder.ondataavailable = (event) => { if (event.data.size) chunks.push(event.data); };
  recorder.onstop = () => {
    for (const track of stream.getTracks()) track.stop();
    clearTimeout(recording?.timer);
    recording = null;
    // Firefox may say no type on the recorder; its pieces carry one.
    if (chunks.length) takes.set(slot, new Blob(chunks, { type: recorder.mimeType || chunks[0].type }));
    refreshRows();
  };
  recording = { slot, recorder, stream, timer: setTimeout(() => recorder.stop(), LONGEST_MS) };
  recorder.start();
  refreshRows();
}

function showNote(slot, text) {
  const words = document.querySelector(`#parent-area [data-voice-slot="${slot}"] .voice-state`);
  if (words) words.textContent = text;
}

function listen(slot) {
  listening?.pause();
  const blob = takes.get(slot);
  const url = blob ? URL.createObjectURL(blob) : saved.get(slot);
  if (!url) return;
  listening = new Audio(url);
  listening.play().catch(() => {});
}

document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element && event.target.closest("#parent-area [data-voice]");
  if (!button) return;
  const slot = button.closest("[data-voice-slot]")?.dataset.voiceSlot;
  if (!slot) return;
  try {
    switch (button.dataset.voice) {
      case "record":
        if (recording?.slot === slot) recording.recorder.stop();
        else if (!recording) await startRecording(slot);
        break;
      case "listen":
        listen(slot);
        break;
      case "keep":
        await keep(slot, takes.get(slot));
        takes.delete(slot);
        break;
      case "delete":
        if (takes.has(slot)) takes.delete(slot);
        else await remove(slot);
        break;
    }
  } catch (error) {
    showNote(slot, button.dataset.voice === "keep" ? sentences(notKeptSentence(error, "recording"), line("form-page-voice-meanwhile")) : line("form-page-voice-change-refused"));
    console.warn("See You Soon: recording:", error);
    return;
  }
  refreshRows();
});

// The form is drawn by the game whenever the parent area opens: bring its rows up to date.
new MutationObserver(() => {
  if (document.querySelector("#parent-area [data-voice-slot]:not([data-state])")) refreshRows();
}).observe(document.body, { childList: true, subtree: true });

loadSaved();
