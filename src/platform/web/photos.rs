//! The grown-ups' photos, kept by `web/photo.js` on this device and read here as pixels.

use wasm_bindgen::JsValue;

use super::voice::call_catching;

/// Calls `window.seeYouSoonPhotos[name](...args)`; `None` when that script is missing or the
/// call throws.
fn call_photos(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let photos = js_sys::Reflect::get(&window, &"seeYouSoonPhotos".into()).ok()?;
    call_catching(&photos, name, args)
}

/// Counts changes to the kept photos (one opened, kept or deleted), so the game looks again
/// only when something changed.
pub fn photo_generation() -> u32 {
    call_photos("generation", &[])
        .and_then(|v| v.as_f64())
        .map_or(0, |n| n as u32)
}

/// A kept photo's round picture, [`super::super::page::PHOTO_SIDE`] pixels a side, RGBA.
pub fn photo_pixels(key: &str) -> Option<Vec<u8>> {
    let pixels = call_photos("pixels", &[key.into()]).filter(|v| v.is_object())?;
    Some(js_sys::Uint8Array::new(&pixels).to_vec())
}

pub fn has_photo(key: &str) -> bool {
    call_photos("has", &[key.into()]).is_some_and(|v| v.is_truthy())
}

/// Deletes a kept photo from this device.
pub fn delete_photo(key: &str) {
    let _ = call_photos("forget", &[key.into()]);
}
