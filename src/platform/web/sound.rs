//! The game's sounds, played by the page through Web Audio (`web/sound.js`): the engine keeps
//! no mixer of its own, so nothing runs while nothing plays.

use super::voice::call_catching;

/// Calls `window.seeYouSoonSound[name](...args)`; a page without the script is silent.
fn call_sound(name: &str, args: &[wasm_bindgen::JsValue]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(sound) = js_sys::Reflect::get(&window, &"seeYouSoonSound".into()) {
        let _ = call_catching(&sound, name, args);
    }
}

/// Plays a short sound once (`path` under `assets/`).
pub fn play_effect(path: &str) {
    call_sound("effect", &[path.into()]);
}

/// The looping music at `volume` (0 to 1); the page glides to it.
pub fn set_music(path: &str, volume: f32) {
    call_sound("music", &[path.into(), volume.into()]);
}

/// Decodes sounds ahead of their first use.
pub fn preload_sounds(paths: &[&str]) {
    let list: js_sys::Array = paths
        .iter()
        .map(|p| wasm_bindgen::JsValue::from(*p))
        .collect();
    call_sound("preload", &[list.into()]);
}
