//! The voice: the browser's speech synthesis (a warm voice in the child's language) and the
//! grown-up's own recordings (`web/voice.js`), whose ends are reported alike.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::Event;

use crate::platform::SpeechEnd;

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}

thread_local! {
    /// Lines the voice has finished, failed or was stopped saying.
    static SPEECH_ENDS: RefCell<Vec<SpeechEnd>> = const { RefCell::new(Vec::new()) };
}

fn report_speech_end(id: u32, heard: bool) {
    SPEECH_ENDS.with(|f| f.borrow_mut().push(SpeechEnd { id, heard }));
    // The game may be asleep while the line is said: wake it to move on.
    super::wake::wake_now();
}

fn speech() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Voices that sound warm and unhurried where a browser has them; otherwise any voice of the
/// language, preferring one on the device.
const WARM_VOICES: &[&str] = &[
    "female", "samantha", "karen", "moira", "tessa", "serena", "fiona", "kate", "libby", "sonia",
    "aria", "jenny",
];

fn voices_for(
    synth: &web_sys::SpeechSynthesis,
    language_tag: &str,
) -> Vec<web_sys::SpeechSynthesisVoice> {
    let primary = language_tag.split('-').next().unwrap_or(language_tag);
    call_catching(synth, "getVoices", &[])
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
        .map(|list| list.iter().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.dyn_into().ok())
        .filter(|v: &web_sys::SpeechSynthesisVoice| {
            v.lang()
                .to_ascii_lowercase()
                .starts_with(&primary.to_ascii_lowercase())
        })
        .collect()
}

/// The device's voices for a language, by name, for the parent to choose from.
pub fn voice_names(language_tag: &str) -> Vec<String> {
    speech()
        .map(|synth| voices_for(&synth, language_tag))
        .unwrap_or_default()
        .iter()
        .map(|v| v.name())
        .collect()
}

/// The parent's chosen voice if this device has it, else the warmest of the language.
fn choose_voice(
    synth: &web_sys::SpeechSynthesis,
    language_tag: &str,
    preferred: Option<&str>,
) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices = voices_for(synth, language_tag);
    if let Some(chosen) = preferred.and_then(|name| voices.iter().find(|v| v.name() == name)) {
        return Some(chosen.clone());
    }
    let score = |v: &web_sys::SpeechSynthesisVoice| {
        let name = v.name().to_ascii_lowercase();
        let warm = WARM_VOICES.iter().any(|w| name.contains(w));
        u8::from(warm) * 4
            + u8::from(v.lang().eq_ignore_ascii_case(language_tag)) * 2
            + u8::from(v.local_service())
    };
    voices.into_iter().max_by_key(score)
}

/// Says a line with the browser's speech synthesis, stopping anything being said. Where there
/// is no speech synthesis the line is finished at once; the caption carries it.
pub fn speak(id: u32, text: &str, language_tag: &str, preferred_voice: Option<&str>) {
    let Some(synth) = speech() else {
        report_speech_end(id, false);
        return;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        report_speech_end(id, false);
        return;
    };
    utterance.set_lang(language_tag);
    // A little slower and warmer than the default.
    utterance.set_rate(0.9);
    utterance.set_pitch(1.05);
    if let Some(voice) = choose_voice(&synth, language_tag, preferred_voice) {
        utterance.set_voice(Some(&voice));
    }
    let ended = Closure::<dyn FnMut(Event)>::new(move |_: Event| report_speech_end(id, true));
    // No voice, or speech refused: the caption has to carry the line.
    let failed = Closure::<dyn FnMut(Event)>::new(move |_: Event| report_speech_end(id, false));
    utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(failed.as_ref().unchecked_ref()));
    // Two small closures per line said, kept until the page closes (a session says a few
    // hundred lines).
    ended.forget();
    failed.forget();
    // A grown-up's recording still playing would talk over this line: stop it too.
    let _ = call_voice("stop", &[]);
    let said = call_catching(&synth, "cancel", &[])
        .and_then(|_| call_catching(&synth, "speak", &[utterance.into()]));
    if said.is_none() {
        report_speech_end(id, false);
    }
}

pub fn stop_speaking() {
    if let Some(synth) = speech()
        && (synth.speaking() || synth.pending())
    {
        let _ = call_catching(&synth, "cancel", &[]);
    }
    let _ = call_voice("stop", &[]);
}

/// Calls `target.name(...args)` and catches what it throws. The speech engine can throw (a
/// broken voice, a blocked API); an exception let through would stop the game's frame halfway.
pub(super) fn call_catching(
    target: &wasm_bindgen::JsValue,
    name: &str,
    args: &[wasm_bindgen::JsValue],
) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .apply(target, &args.iter().collect::<js_sys::Array>())
        .ok()
}

pub fn take_speech_ends() -> Vec<SpeechEnd> {
    let mut ends = SPEECH_ENDS.with(|f| std::mem::take(&mut *f.borrow_mut()));
    // The recordings' ends, from `web/voice.js`.
    if let Some(list) =
        call_voice("takeEnded", &[]).and_then(|v| v.dyn_into::<js_sys::Array>().ok())
    {
        for end in list.iter() {
            let field = |name: &str| js_sys::Reflect::get(&end, &name.into()).ok();
            if let Some(id) = field("id").and_then(|v| v.as_f64()) {
                let heard = field("heard").and_then(|v| v.as_bool()).unwrap_or(false);
                ends.push(SpeechEnd {
                    id: id as u32,
                    heard,
                });
            }
        }
    }
    ends
}

/// Calls `window.seeYouSoonVoice[name](...args)` (the recordings, `web/voice.js`); `None` when
/// that script is missing or the call throws.
fn call_voice(name: &str, args: &[wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    let voice = js_sys::Reflect::get(&window, &"seeYouSoonVoice".into()).ok()?;
    call_catching(&voice, name, args)
}

/// A grown-up recorded this line in the parent area.
pub fn has_recording(slot: &str) -> bool {
    call_voice("has", &[slot.into()]).is_some_and(|v| v.is_truthy())
}

/// Deletes a kept recording from this device.
pub fn delete_recording(slot: &str) {
    let _ = call_voice("forget", &[slot.into()]);
}

/// Plays the grown-up's recording; its end is reported like a spoken line's.
pub fn play_recording(id: u32, slot: &str) {
    if call_voice("play", &[id.into(), slot.into()]).is_none() {
        report_speech_end(id, false);
    }
}
