//! Browser calls through `web-sys`. Element ids match `web/index.html`.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::{
    FormEvent, StorageError,
    page::{FormValues, TargetRect, field},
};

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn body() -> Option<HtmlElement> {
    document()?.body()
}

/// `<body data-screen="…">`: lets tests and assistive tools know which screen is showing.
pub fn set_screen(name: &str) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-screen", name);
    }
}

/// `<body data-state="…">`: what the current screen is doing.
pub fn set_state(state: &str) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-state", state);
    }
}

/// `<body data-sound="effects-3 music-22">`: what is audible, for tests of the switches.
pub fn set_sound_state(state: &str) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-sound", state);
    }
}

/// `<body data-played="42">`: whole seconds of play counted against the session.
pub fn set_played_seconds(seconds: u32) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-played", &seconds.to_string());
    }
}

/// `<body data-love="ready">`: the Love Connection's phase, for tests.
pub fn set_love_state(state: &str) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-love", state);
    }
}

/// A short buzz in the hand, where the device can (`navigator.vibrate`); nothing, and no call,
/// where it cannot. `pattern` alternates milliseconds on and off.
pub fn vibrate(pattern: &[u32]) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(vibrate) = js_sys::Reflect::get(&navigator, &"vibrate".into()) else {
        return;
    };
    let Some(vibrate) = vibrate.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let steps: js_sys::Array = pattern
        .iter()
        .map(|ms| wasm_bindgen::JsValue::from(*ms))
        .collect();
    // A browser may refuse (no user gesture yet, a setting); that is not the game's problem.
    let _ = vibrate.call1(&navigator, &steps);
}

/// Mirrors the current caption into the page's `aria-live` region.
pub fn announce(caption: &str) {
    if let Some(region) = document().and_then(|d| d.get_element_by_id("captions")) {
        region.set_text_content(Some(caption));
    }
}

/// A target in the page's CSS pixels.
#[derive(Serialize)]
struct CssRect<'a> {
    id: &'a str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// Where the tappable things are, in CSS pixels over the canvas as the page shows it, as JSON
/// on `<body data-targets>`.
pub fn set_tap_targets(targets: &[TargetRect]) {
    let (Some(body), Some(canvas)) = (
        body(),
        document().and_then(|d| d.query_selector(crate::CANVAS_SELECTOR).ok().flatten()),
    ) else {
        return;
    };
    let frame = canvas.get_bounding_client_rect();
    let rects: Vec<CssRect> = targets
        .iter()
        .map(|t| CssRect {
            id: t.id,
            x: frame.left() + f64::from(t.x) * frame.width(),
            y: frame.top() + f64::from(t.y) * frame.height(),
            w: f64::from(t.w) * frame.width(),
            h: f64::from(t.h) * frame.height(),
        })
        .collect();
    let _ = body.set_attribute(
        "data-targets",
        &serde_json::to_string(&rects).unwrap_or_default(),
    );
}

/// Hides the HTML loading indicator once the game draws its own screens.
pub fn mark_game_ready() {
    if let Some(body) = body() {
        let _ = body.class_list().add_1("game-ready");
    }
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Exposes the frame count as `window.seeYouSoonFrames` (read by the benchmark), and marks
/// the first frame in the page's performance timeline.
pub fn note_frame(count: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = js_sys::Reflect::set(&window, &"seeYouSoonFrames".into(), &count.into());
    if count == 1
        && let Some(performance) = window.performance()
    {
        let _ = performance.mark("see-you-soon-first-frame");
    }
}

/// Exposes the number of live entities as `window.seeYouSoonEntities` (read by the soak robot).
pub fn note_entities(count: u32) {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"seeYouSoonEntities".into(), &count.into());
    }
}

/// The device clock, for the calendar: milliseconds since the epoch (UTC) and the time zone's
/// offset in minutes (`getTimezoneOffset`: -60 in Paris in winter).
pub fn clock() -> (f64, f64) {
    let now = js_sys::Date::new_0();
    (now.get_time(), now.get_timezone_offset())
}

/// True while the tab is in the background: the session clock does not count it.
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// `?quick` in the page's address: the shortest journey, for tests and for a first look.
pub fn quick_play() -> bool {
    address_has_flag("quick")
}

/// `?crash-drill` in the page's address: the game fails on purpose (see `crash_drill.rs`).
pub fn crash_drill() -> bool {
    address_has_flag("crash-drill")
}

fn address_has_flag(flag: &str) -> bool {
    // Read from the document's URL: no extra web-sys feature for `Location`.
    document()
        .and_then(|d| d.url().ok())
        .and_then(|url| {
            url.split('#')
                .next()?
                .split_once('?')
                .map(|(_, q)| q.to_string())
        })
        .is_some_and(|query| query.split('&').any(|part| part == flag))
}

pub fn random_seed() -> u64 {
    (js_sys::Math::random() * u64::MAX as f64) as u64 ^ (js_sys::Date::now() as u64)
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // Reading `localStorage` itself throws when storage is blocked.
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

pub fn read_storage(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

pub fn write_storage(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    storage.set_item(key, value).map_err(|error| {
        let quota = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|e| e.name() == "QuotaExceededError");
        if quota {
            StorageError::Full
        } else {
            StorageError::Unavailable
        }
    })
}

thread_local! {
    /// Save and close presses from the form, waiting for the game to pick them up.
    static FORM_EVENTS: RefCell<Vec<FormEvent>> = const { RefCell::new(Vec::new()) };
}

const PARENT_AREA_ID: &str = "parent-area";

/// The container over the canvas, created once with its listeners.
fn parent_area() -> Option<Element> {
    let document = document()?;
    if let Some(existing) = document.get_element_by_id(PARENT_AREA_ID) {
        return Some(existing);
    }
    let area = document.create_element("div").ok()?;
    area.set_id(PARENT_AREA_ID);
    let _ = area.set_attribute("hidden", "");
    document.body()?.append_child(&area).ok()?;

    let on_submit = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        event.prevent_default();
        if let Some(values) = read_form() {
            FORM_EVENTS.with_borrow_mut(|events| events.push(FormEvent::Save(Box::new(values))));
        }
    });
    let _ = area.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_submit.forget();
    let on_click = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        let closes = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-action=close]").ok().flatten())
            .is_some();
        if closes {
            FORM_EVENTS.with_borrow_mut(|events| events.push(FormEvent::Close));
        }
    });
    let _ = area.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    Some(area)
}

pub fn show_parent_form(html: &str) {
    if let Some(area) = parent_area() {
        area.set_inner_html(html);
        let _ = area.remove_attribute("hidden");
        if let Some(body) = body() {
            let _ = body.class_list().add_1("parent-area-open");
        }
    }
}

pub fn hide_parent_form() {
    if let Some(area) = document().and_then(|d| d.get_element_by_id(PARENT_AREA_ID)) {
        area.set_inner_html("");
        let _ = area.set_attribute("hidden", "");
    }
    if let Some(body) = body() {
        let _ = body.class_list().remove_1("parent-area-open");
    }
}

/// Replaces the lines at the top of the form (saved, not saved, what was reset).
pub fn set_parent_status(lines: &[String]) {
    let Some(status) = document().and_then(|d| d.get_element_by_id("parent-status")) else {
        return;
    };
    status.set_inner_html("");
    let Some(document) = document() else {
        return;
    };
    for line in lines {
        if let Ok(p) = document.create_element("p") {
            p.set_class_name("status-line");
            p.set_text_content(Some(line));
            let _ = status.append_child(&p);
        }
    }
}

pub fn take_parent_form_event() -> Option<FormEvent> {
    FORM_EVENTS.with_borrow_mut(|events| (!events.is_empty()).then(|| events.remove(0)))
}

fn form_element(name: &str, extra: &str) -> Option<Element> {
    document()?
        .query_selector(&format!("#parent-form [name=\"{name}\"]{extra}"))
        .ok()
        .flatten()
}

fn text_field(name: &str) -> String {
    let Some(element) = form_element(name, "") else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

fn radio_field(name: &str) -> String {
    form_element(name, ":checked")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn checkbox_field(name: &str) -> bool {
    form_element(name, "")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

fn read_form() -> Option<FormValues> {
    form_element(field::CHILD_NAME, "")?;
    Some(FormValues {
        child_name: text_field(field::CHILD_NAME),
        grown_up_preset: text_field(field::GROWN_UP_PRESET),
        grown_up_other: text_field(field::GROWN_UP_OTHER),
        grown_up_look: radio_field(field::GROWN_UP_LOOK),
        second_name: text_field(field::SECOND_NAME),
        second_look: radio_field(field::SECOND_LOOK),
        session_minutes: radio_field(field::SESSION_MINUTES),
        journey_theme: radio_field(field::JOURNEY_THEME),
        anchor: radio_field(field::ANCHOR),
        anchor_other: text_field(field::ANCHOR_OTHER),
        reunion_line: text_field(field::REUNION_LINE),
        narration: checkbox_field(field::NARRATION),
        effects: checkbox_field(field::EFFECTS),
        music: checkbox_field(field::MUSIC),
        voice: text_field(field::VOICE),
        motion: radio_field(field::MOTION),
        week: std::array::from_fn(|i| text_field(&field::day(i))),
    })
}

/// Places the speech bubble over the canvas where the game keeps room for it, with the
/// caption's words; no room or no words hides it. The browser draws the words, so names in
/// any script and emoji show as typed.
pub fn show_bubble(caption: &str, rect: Option<&super::page::BubbleRect>) {
    let Some(document) = document() else {
        return;
    };
    let (Some(bubble), Some(canvas)) = (
        document
            .get_element_by_id("bubble")
            .and_then(|e| e.dyn_into::<HtmlElement>().ok()),
        document
            .query_selector(crate::CANVAS_SELECTOR)
            .ok()
            .flatten(),
    ) else {
        return;
    };
    let Some(rect) = rect.filter(|_| !caption.trim().is_empty()) else {
        bubble.set_hidden(true);
        return;
    };
    let frame = canvas.get_bounding_client_rect();
    // Long lines get slightly smaller words, so they stay within about three lines.
    let size = if caption.chars().count() > 70 {
        rect.size_vmin * 0.8
    } else {
        rect.size_vmin
    };
    let style = format!(
        "left:{:.1}px;top:{:.1}px;width:{:.1}px;min-height:{:.1}px;font-size:{size:.2}vmin",
        frame.left() + f64::from(rect.x) * frame.width(),
        frame.top() + f64::from(rect.y) * frame.height(),
        f64::from(rect.w) * frame.width(),
        f64::from(rect.h) * frame.height(),
    );
    let _ = bubble.set_attribute("style", &style);
    bubble.set_text_content(Some(caption));
    bubble.set_hidden(false);
}

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
    static SPEECH_ENDS: RefCell<Vec<super::SpeechEnd>> = const { RefCell::new(Vec::new()) };
}

fn report_speech_end(id: u32, heard: bool) {
    SPEECH_ENDS.with(|f| f.borrow_mut().push(super::SpeechEnd { id, heard }));
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
fn call_catching(
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

pub fn take_speech_ends() -> Vec<super::SpeechEnd> {
    let mut ends = SPEECH_ENDS.with(|f| std::mem::take(&mut *f.borrow_mut()));
    // The recordings' ends, from `web/voice.js`.
    if let Some(list) =
        call_voice("takeEnded", &[]).and_then(|v| v.dyn_into::<js_sys::Array>().ok())
    {
        for end in list.iter() {
            let field = |name: &str| js_sys::Reflect::get(&end, &name.into()).ok();
            if let Some(id) = field("id").and_then(|v| v.as_f64()) {
                let heard = field("heard").and_then(|v| v.as_bool()).unwrap_or(false);
                ends.push(super::SpeechEnd {
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

/// Calls `window.seeYouSoonPage[name](arg)` (`web/boot.js`).
fn call_page(name: &str, arg: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(page) = js_sys::Reflect::get(&window, &"seeYouSoonPage".into()) else {
        return;
    };
    if let Ok(function) =
        js_sys::Reflect::get(&page, &name.into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = function.call1(&page, &arg.into());
    }
}

/// Fullscreen while a game is played, where the browser allows it.
pub fn set_fullscreen(on: bool) {
    call_page("fullscreen", on);
}

/// Keeps the screen from sleeping (a wake lock), where the browser allows it.
pub fn keep_screen_awake(on: bool) {
    call_page("keepAwake", on);
}

/// A grown-up recorded this line in the parent area.
pub fn has_recording(slot: &str) -> bool {
    call_voice("has", &[slot.into()]).is_some_and(|v| v.is_truthy())
}

/// Plays the grown-up's recording; its end is reported like a spoken line's.
pub fn play_recording(id: u32, slot: &str) {
    if call_voice("play", &[id.into(), slot.into()]).is_none() {
        report_speech_end(id, false);
    }
}
