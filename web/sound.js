// The game's sounds through the browser's own Web Audio: short effects from decoded buffers and
// the lullaby looping without a seam, its volume gliding on the audio clock (ducking under the
// voice needs no frames from the game). The game asks through `window.seeYouSoonSound`
// (platform/web/sound.rs); each effect obeys the parent's switch there.
//
// No audio work while nothing plays: the context is suspended a moment after the last sound
// ends and the music is silent, and resumed when a sound is asked for. The page (boot.js)
// suspends it with a hidden tab and wakes it on the first tap, as browsers require.
//
// MP3, because every engine decodes it (Safari reads Ogg Vorbis only from 18.4).

const BASE = "assets/";
/** How long after the last sound the context rests. */
const REST_AFTER_MS = 1500;
/** The music's glide: a time constant of 80 ms reaches the new volume in about a quarter second. */
const GLIDE_SECONDS = 0.08;
/** An effect decoded later than this after it was asked for is dropped: it would answer nothing. */
const LATE_MS = 600;
/** The lullaby's length as made (tools/sound/make-sounds.py): the loop is exactly this long. */
const MUSIC_SECONDS = 19.2;
/** LAME's encoder and decoder delay, at the files' 22050 Hz, for a decoder that does not trim it. */
const MP3_DELAY_SECONDS = 1105 / 22050;

const Context = window.AudioContext || window.webkitAudioContext;
const context = Context ? new Context() : null;
const buffers = new Map();
let playing = 0;
let effectsPlayed = 0;
let music = null;
let restTimer = 0;

function decode(path) {
  if (!buffers.has(path)) {
    const loading = fetch(BASE + path)
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.arrayBuffer();
      })
      // The callback form too: older Safari has no promise from decodeAudioData.
      .then((bytes) => new Promise((resolve, reject) => context.decodeAudioData(bytes, resolve, reject)));
    loading.catch((error) => {
      // A missing or undecodable sound is silence; the next ask tries again.
      buffers.delete(path);
      console.warn(`See You Soon: the sound ${path} could not be played:`, error);
    });
    buffers.set(path, loading);
  }
  return buffers.get(path);
}

function wake() {
  clearTimeout(restTimer);
  if (context.state === "suspended" && !document.hidden) context.resume().catch(() => {});
}

/** Suspends the context once nothing is heard: no effect playing and the music silent. */
function restWhenQuiet() {
  clearTimeout(restTimer);
  if (playing > 0 || (music && music.volume > 0)) return;
  restTimer = setTimeout(() => {
    if (playing === 0 && !(music && music.volume > 0) && context.state === "running") context.suspend().catch(() => {});
  }, REST_AFTER_MS);
}

function effect(path) {
  if (!context) return;
  const asked = performance.now();
  wake();
  decode(path).then((buffer) => {
    if (performance.now() - asked > LATE_MS || document.hidden) return;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    playing += 1;
    effectsPlayed += 1;
    source.onended = () => {
      playing -= 1;
      source.disconnect();
      restWhenQuiet();
    };
    source.start();
  }, () => {});
}

/**
 * Where the loop starts in the decoded lullaby: 0 where the decoder trimmed the MP3's delay (its
 * length is the lullaby's), the delay where it did not.
 */
function loopStartOf(buffer) {
  return buffer.duration - MUSIC_SECONDS > 0.02 ? MP3_DELAY_SECONDS : 0;
}

/** The lullaby at `volume` (0 to 1), gliding there; started the first time it is heard. */
function setMusic(path, volume) {
  if (!context) return;
  if (!music) {
    const gain = context.createGain();
    gain.gain.value = 0;
    gain.connect(context.destination);
    music = { gain, volume: 0, source: null, loopStart: 0, loopEnd: 0 };
  }
  music.volume = volume;
  if (volume > 0) wake();
  if (volume > 0 && !music.source) {
    music.source = "loading";
    decode(path).then((buffer) => {
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.loop = true;
      source.loopStart = loopStartOf(buffer);
      source.loopEnd = source.loopStart + MUSIC_SECONDS;
      source.connect(music.gain);
      source.start(0, source.loopStart);
      Object.assign(music, { source, loopStart: source.loopStart, loopEnd: source.loopEnd });
    }, () => { music.source = null; });
  }
  music.gain.gain.cancelScheduledValues(context.currentTime);
  music.gain.gain.setTargetAtTime(volume, context.currentTime, GLIDE_SECONDS);
  restWhenQuiet();
}

// The page wakes the context on every tap (boot.js): let it rest again if nothing plays.
context?.addEventListener("statechange", () => { if (context.state === "running") restWhenQuiet(); });

window.seeYouSoonSound = {
  effect,
  music: setMusic,
  /** Decodes sounds ahead of their first use, so a tap is answered at once. */
  preload: (paths) => { if (context) for (const path of paths) decode(path).catch(() => {}); },
  /** What tests read: the context's state, effects started, and the music's gain and loop. */
  state: () => ({
    context: context?.state ?? "none",
    effectsPlayed,
    playing,
    music: music && {
      volume: music.volume,
      gain: music.gain.gain.value,
      looping: music.source instanceof AudioBufferSourceNode && music.source.loop,
      loopStart: music.loopStart,
      loopEnd: music.loopEnd,
    },
  }),
};

// The Start tap's chime is ready before the tap.
if (context) decode("audio/tap-chime.mp3").catch(() => {});
