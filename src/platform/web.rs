//! Browser calls through `web-sys`. Element ids match `web/index.html`.

use serde::Serialize;
use web_sys::{Document, HtmlElement};

use crate::dom_mirror::TargetRect;

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
