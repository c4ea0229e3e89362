//! The parent area's page scripts (what is kept, copies, photos, recordings) write lines of
//! their own. They ask the game for each through `window.seeYouSoonWords(id, values)`, so
//! every language's words, and its plurals, stay in its message file.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use super::super::PageValue;

type Answer = Closure<dyn Fn(String, JsValue) -> JsValue>;

thread_local! {
    /// The answer in use; the one before it is dropped when a language replaces it.
    static ANSWER: RefCell<Option<Answer>> = const { RefCell::new(None) };
}

/// From now on the page's scripts get their lines from `answer` (`None`: the game has no
/// such line, and the script shows its id).
pub fn answer_page_words(
    answer: impl Fn(&str, &[(String, PageValue)]) -> Option<String> + 'static,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure: Answer = Closure::new(move |id: String, values: JsValue| {
        answer(&id, &page_values(&values)).map_or(JsValue::UNDEFINED, |line| line.into())
    });
    let _ = js_sys::Reflect::set(&window, &"seeYouSoonWords".into(), closure.as_ref());
    ANSWER.with(|kept| *kept.borrow_mut() = Some(closure));
}

/// `{ count: 2, size: "1,2 Mo" }`: numbers count, strings are words; anything else is left out.
fn page_values(values: &JsValue) -> Vec<(String, PageValue)> {
    let Some(object) = values.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let name = entry.get(0).as_string()?;
            let value = entry.get(1);
            let value = if let Some(number) = value.as_f64() {
                PageValue::Count(number.clamp(0.0, u32::MAX as f64).round() as u32)
            } else {
                PageValue::Text(value.as_string()?)
            };
            Some((name, value))
        })
        .collect()
}
