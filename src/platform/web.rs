//! Browser calls through `web-sys`. Element ids match `web/index.html`.

use web_sys::{Document, HtmlElement};

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

/// Mirrors the current caption into the page's `aria-live` region.
pub fn announce(caption: &str) {
    if let Some(region) = document().and_then(|d| d.get_element_by_id("captions")) {
        region.set_text_content(Some(caption));
    }
}

/// Where the tappable things are, in CSS pixels, as JSON on `<body data-targets>`.
pub fn set_tap_targets(json: &str) {
    if let Some(body) = body() {
        let _ = body.set_attribute("data-targets", json);
    }
}

/// Hides the HTML loading indicator once the game draws its own screens.
pub fn mark_game_ready() {
    if let Some(body) = body() {
        let _ = body.class_list().add_1("game-ready");
    }
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches())
}
