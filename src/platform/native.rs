//! Stand-in for the browser when running natively or under `cargo test`. Storage is a map in
//! memory and the parent form is a queue that tests fill, so both can be exercised without a
//! browser.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
};

use super::page::TargetRect;
use super::{CrashDrill, FormEvent, StorageError};

pub fn set_screen(_name: &str) {}

pub fn announce(_caption: &str) {}

pub fn set_state(_state: &str) {}

pub fn set_sound_state(_state: &str) {}

pub fn set_played_seconds(_seconds: u32) {}

pub fn set_love_state(_state: &str) {}

/// The stand-in records each buzz pattern, so tests can check when the game asks for one.
pub fn vibrate(pattern: &[u32]) {
    VIBRATIONS.with_borrow_mut(|all| all.push(pattern.to_vec()));
}

/// Every buzz pattern asked for so far on this thread (tests only).
pub fn vibrations() -> Vec<Vec<u32>> {
    VIBRATIONS.with_borrow(|all| all.clone())
}

pub fn set_tap_targets(_targets: &[TargetRect]) {}

pub fn mark_game_ready() {}

pub fn prefers_reduced_motion() -> bool {
    false
}

pub fn note_frame(_count: u32) {}

pub fn note_entities(_count: u32) {}

pub fn quick_play() -> bool {
    false
}

pub fn frames_debug() -> bool {
    false
}

pub fn crash_drill() -> Option<CrashDrill> {
    None
}

pub fn show_language(_tag: &str, _right_to_left: bool) {}

/// Natively there is no page script to ask for lines.
pub fn answer_page_words(
    _answer: impl Fn(&str, &[(String, super::PageValue)]) -> Option<String> + 'static,
) {
}

pub fn page_hidden() -> bool {
    PAGE_HIDDEN.get()
}

/// Natively no frame spans a hidden tab: the engine's own frame time is the shown time.
pub fn shown_seconds() -> Option<f64> {
    None
}

/// The stand-in for the browser hiding or showing the tab (tests only).
pub fn set_page_hidden(hidden: bool) {
    PAGE_HIDDEN.set(hidden);
}

/// The clock as the calendar reads it: milliseconds since the epoch (UTC) and the time zone's
/// offset in minutes, as JavaScript's `getTimezoneOffset` gives it. A test may set both.
pub fn clock() -> (f64, f64) {
    CLOCK.get().unwrap_or_else(|| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64);
        (now, 0.0)
    })
}

/// Sets the stand-in's clock (tests only); `None` goes back to the system clock.
pub fn set_clock(clock: Option<(f64, f64)>) {
    CLOCK.set(clock);
}

pub fn random_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
}

thread_local! {
    static PAGE_HIDDEN: Cell<bool> = const { Cell::new(false) };
    static CLOCK: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
    static VIBRATIONS: RefCell<Vec<Vec<u32>>> = const { RefCell::new(Vec::new()) };
    static STORAGE: RefCell<Option<HashMap<String, String>>> = RefCell::new(Some(HashMap::new()));
    static PHOTOS: RefCell<(u32, HashMap<String, Vec<u8>>)> = RefCell::new((0, HashMap::new()));
    static FORM: RefCell<Option<String>> = const { RefCell::new(None) };
    static FORM_EVENTS: RefCell<Vec<FormEvent>> = const { RefCell::new(Vec::new()) };
    static STATUS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static CHANGES_ELSEWHERE: Cell<u32> = const { Cell::new(0) };
    static SECTIONS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

pub fn read_storage(key: &str) -> Result<Option<String>, StorageError> {
    STORAGE.with_borrow(|storage| match storage {
        Some(map) => Ok(map.get(key).cloned()),
        None => Err(StorageError::Unavailable),
    })
}

pub fn write_storage(key: &str, value: &str) -> Result<(), StorageError> {
    STORAGE.with_borrow_mut(|storage| match storage {
        Some(map) => {
            map.insert(key.to_string(), value.to_string());
            Ok(())
        }
        None => Err(StorageError::Unavailable),
    })
}

/// How many times another window of the game has changed what is kept.
pub fn storage_changes_elsewhere() -> u32 {
    CHANGES_ELSEWHERE.get()
}

/// For tests: another window of the game writes `value` under `key`.
pub fn write_storage_elsewhere(key: &str, value: &str) {
    let _ = write_storage(key, value);
    CHANGES_ELSEWHERE.set(CHANGES_ELSEWHERE.get() + 1);
}

/// For tests: the browser clears what the site stored, as another window would see it.
pub fn clear_storage_elsewhere() {
    STORAGE.with_borrow_mut(|storage| {
        if let Some(map) = storage {
            map.clear();
        }
    });
    CHANGES_ELSEWHERE.set(CHANGES_ELSEWHERE.get() + 1);
}

/// For tests: storage that works (`true`, emptied) or is switched off like a private window.
pub fn reset_storage(available: bool) {
    STORAGE.with_borrow_mut(|storage| *storage = available.then(HashMap::new));
}

pub fn show_parent_form(html: &str) {
    FORM.with_borrow_mut(|form| *form = Some(html.to_string()));
}

pub fn hide_parent_form() {
    FORM.with_borrow_mut(|form| *form = None);
}

pub fn set_parent_status(lines: &[String]) {
    STATUS.with_borrow_mut(|status| *status = lines.to_vec());
}

pub fn replace_parent_section(id: &str, html: &str) {
    SECTIONS.with_borrow_mut(|sections| {
        sections.insert(id.to_string(), html.to_string());
    });
}

/// For tests: the latest HTML a section of the parent area was replaced with.
pub fn replaced_parent_section(id: &str) -> Option<String> {
    SECTIONS.with_borrow(|sections| sections.get(id).cloned())
}

pub fn take_parent_form_event() -> Option<FormEvent> {
    FORM_EVENTS.with_borrow_mut(|events| (!events.is_empty()).then(|| events.remove(0)))
}

/// For tests: what the parent area currently shows, if it is open.
pub fn shown_parent_form() -> Option<String> {
    FORM.with_borrow(Clone::clone)
}

/// For tests: the status lines shown above the form.
pub fn shown_parent_status() -> Vec<String> {
    STATUS.with_borrow(Clone::clone)
}

/// For tests: what a parent pressing Save or "Back to the game" would send.
pub fn queue_parent_form_event(event: FormEvent) {
    FORM_EVENTS.with_borrow_mut(|events| events.push(event));
}

thread_local! {
    static SPOKEN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static SPEECH_ENDS: RefCell<Vec<super::SpeechEnd>> = const { RefCell::new(Vec::new()) };
    static EFFECTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static MUSIC_VOLUME: Cell<Option<f32>> = const { Cell::new(None) };
    static WAKE_ASKED: Cell<Option<f32>> = const { Cell::new(None) };
}

pub fn show_bubble(_caption: &str, _rect: Option<&super::page::BubbleRect>) {}

pub fn lend_font_to_page(_family: &str, _bytes: &[u8]) {}

pub fn voice_names(_language_tag: &str) -> Vec<String> {
    Vec::new()
}

pub fn browser_languages() -> Vec<String> {
    vec!["en-GB".to_string()]
}

/// Natively there is no voice: a line is noted (for tests) and reported as not heard, like a
/// browser without voices.
pub fn speak(id: u32, text: &str, _language_tag: &str, _preferred_voice: Option<&str>) {
    SPOKEN.with(|s| s.borrow_mut().push(text.to_string()));
    SPEECH_ENDS.with(|f| f.borrow_mut().push(super::SpeechEnd { id, heard: false }));
}

pub fn stop_speaking() {}

pub fn take_speech_ends() -> Vec<super::SpeechEnd> {
    SPEECH_ENDS.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

/// Every line the stand-in voice was asked to say, oldest first (for tests).
pub fn spoken_lines() -> Vec<String> {
    SPOKEN.with(|s| s.borrow().clone())
}

/// The stand-in notes every effect played (tests only).
pub fn play_effect(path: &str) {
    EFFECTS.with_borrow_mut(|all| all.push(path.to_string()));
}

/// The stand-in keeps the music's last volume (tests only).
pub fn set_music(_path: &str, volume: f32) {
    MUSIC_VOLUME.set(Some(volume));
}

pub fn preload_sounds(_paths: &[&str]) {}

/// Every effect played so far on this thread, oldest first (tests only).
pub fn effects_played() -> Vec<String> {
    EFFECTS.with_borrow(|all| all.clone())
}

/// The music's volume as last set, if it was (tests only).
pub fn music_volume_set() -> Option<f32> {
    MUSIC_VOLUME.get()
}

/// Natively the engine never sleeps between frames: nothing needs waking.
pub fn when_woken(_wake: impl Fn() + 'static) {}

/// The stand-in keeps the soonest wake asked for (tests only).
pub fn wake_in(seconds: f32) {
    WAKE_ASKED.set(Some(
        WAKE_ASKED.get().map_or(seconds, |s: f32| s.min(seconds)),
    ));
}

/// Natively frames come one after another: none follows a sleep.
pub fn woke_for_due() -> bool {
    false
}

/// The soonest wake asked for since the last call, if any (tests only).
pub fn take_wake_asked() -> Option<f32> {
    WAKE_ASKED.take()
}

pub fn set_fullscreen(_on: bool) {}

pub fn keep_screen_awake(_on: bool) {}

/// Natively nobody has recorded anything.
pub fn has_recording(_slot: &str) -> bool {
    false
}

pub fn delete_recording(_slot: &str) {}

pub fn play_recording(id: u32, _slot: &str) {
    SPEECH_ENDS.with(|f| f.borrow_mut().push(super::SpeechEnd { id, heard: false }));
}

/// Keeps a photo's pixels in memory, as `web/photo.js` would on the device (for tests).
pub fn keep_photo(key: &str, pixels: Vec<u8>) {
    PHOTOS.with(|p| {
        let mut photos = p.borrow_mut();
        photos.1.insert(key.to_string(), pixels);
        photos.0 += 1;
    });
}

pub fn photo_generation() -> u32 {
    PHOTOS.with(|p| p.borrow().0)
}

pub fn photo_pixels(key: &str) -> Option<Vec<u8>> {
    PHOTOS.with(|p| p.borrow().1.get(key).cloned())
}

pub fn has_photo(key: &str) -> bool {
    PHOTOS.with(|p| p.borrow().1.contains_key(key))
}

pub fn delete_photo(key: &str) {
    PHOTOS.with(|p| {
        let mut photos = p.borrow_mut();
        if photos.1.remove(key).is_some() {
            photos.0 += 1;
        }
    });
}
