//! Browser calls through `web-sys`. Element ids match `web/index.html`. The parent's form
//! is in `form.rs`; the voice (the browser's and the grown-up's recordings) in `voice.rs`.

mod form;
mod page_words;
mod photos;
mod sound;
mod voice;
mod wake;

pub use form::*;
pub use page_words::*;
pub use photos::*;
pub use sound::*;
pub use voice::*;
pub use wake::*;

use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use super::{CrashDrill, StorageError, page::TargetRect};

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

/// `?crash-drill` or `?crash-drill-while-starting` in the page's address: the game fails on
/// purpose (see `crash_drill.rs`).
pub fn crash_drill() -> Option<CrashDrill> {
    if address_has_flag("crash-drill") {
        Some(CrashDrill::AtHome)
    } else if address_has_flag("crash-drill-while-starting") {
        Some(CrashDrill::WhileStarting)
    } else {
        None
    }
}

/// `?frames-debug` in the page's address: the console names what keeps the frames coming.
pub fn frames_debug() -> bool {
    address_has_flag("frames-debug")
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

/// Gives the page a font from bytes the game already has, under `family` (bold), so the page's
/// words match the canvas's without fetching the file again.
pub fn lend_font_to_page(family: &str, bytes: &[u8]) {
    let Some(document) = document() else {
        return;
    };
    let descriptors = web_sys::FontFaceDescriptors::new();
    descriptors.set_weight("700");
    // A copy the page owns: a view into the game's memory would go stale when it grows.
    let copy = js_sys::Uint8Array::from(bytes);
    if let Ok(face) =
        web_sys::FontFace::new_with_js_u8_array_and_descriptors(family, &copy, &descriptors)
    {
        let _ = document.fonts().add(&face);
    }
}

/// Marks what the game shows and says (the bubble, the captions read to a screen reader) as
/// being in the game's language, written right to left where it is.
pub fn show_language(tag: &str, right_to_left: bool) {
    let Some(document) = document() else {
        return;
    };
    for id in ["bubble", "captions"] {
        if let Some(element) = document.get_element_by_id(id) {
            let _ = element.set_attribute("lang", tag);
            let _ = element.set_attribute("dir", if right_to_left { "rtl" } else { "ltr" });
        }
    }
}

/// Places the speech bubble in the room the game keeps for it, with the caption's words; no
/// room or no words hides it. The bubble is as wide as its words (never wider than the room),
/// sits at the bottom of the room, nearest the scene, and when someone on screen speaks it
/// stands over them with its tail pointing down at them. The browser draws the words, so names
/// in any script and emoji show as typed.
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
    let room_left = frame.left() + f64::from(rect.x) * frame.width();
    let room_top = frame.top() + f64::from(rect.y) * frame.height();
    let room_width = f64::from(rect.w) * frame.width();
    let room_height = f64::from(rect.h) * frame.height();
    // First the words, to learn how large the bubble is.
    let _ = bubble.set_attribute(
        "style",
        &format!(
            "left:{room_left:.1}px;top:{room_top:.1}px;max-width:{room_width:.1}px;font-size:{size:.2}vmin"
        ),
    );
    bubble.set_text_content(Some(caption));
    bubble.set_hidden(false);
    let width = f64::from(bubble.offset_width());
    let height = f64::from(bubble.offset_height());
    let speaker = rect
        .tail
        .map(|[x, _]| frame.left() + f64::from(x) * frame.width());
    let centre = speaker.unwrap_or(room_left + room_width / 2.0);
    let left = (centre - width / 2.0)
        .min(room_left + room_width - width)
        .max(room_left);
    let top = room_top + (room_height - height).max(0.0);
    let mut style = format!(
        "left:{left:.1}px;top:{top:.1}px;max-width:{room_width:.1}px;font-size:{size:.2}vmin"
    );
    match speaker {
        Some(x) => {
            // The tail stays under the bubble's rounded part, however far the speaker is.
            let em = f64::from(size) * frame.width().min(frame.height()) / 100.0;
            let round = 1.7 * em;
            let tail = (x - left).clamp(round.min(width / 2.0), (width - round).max(width / 2.0));
            style.push_str(&format!(";--tail:{tail:.1}px"));
            let _ = bubble.set_attribute("data-tail", "");
        }
        None => {
            let _ = bubble.remove_attribute("data-tail");
        }
    }
    let _ = bubble.set_attribute("style", &style);
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

/// How many times another window of the game has changed what is kept (`storage` events).
pub fn storage_changes_elsewhere() -> u32 {
    page_number("changesElsewhere") as u32
}

/// Seconds the tab has been shown since the page opened (`web/boot.js`), on the clock the
/// engine reads; `None` without the page.
pub fn shown_seconds() -> Option<f64> {
    Some(page_number("shownSeconds")).filter(|seconds| *seconds > 0.0)
}

/// The number `window.seeYouSoonPage[name]()` gives (`web/boot.js`), 0 without one.
fn page_number(name: &str) -> f64 {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"seeYouSoonPage".into()).ok())
        .and_then(|page| js_sys::Reflect::get(&page, &name.into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&wasm_bindgen::JsValue::NULL).ok())
        .and_then(|value| value.as_f64())
        .unwrap_or(0.0)
}

/// Fullscreen while a game is played, where the browser allows it.
pub fn set_fullscreen(on: bool) {
    call_page("fullscreen", on);
}

/// Keeps the screen from sleeping (a wake lock), where the browser allows it.
pub fn keep_screen_awake(on: bool) {
    call_page("keepAwake", on);
}
