//! Waking the engine while it sleeps between frames: the page calls `window.seeYouSoonWake()`
//! (a recording ended, a photo was kept, the parent typed, the tab came back), and the game
//! sets a timer for its own next due moment.

use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, closure::Closure};

thread_local! {
    /// What the page calls, and what the game's timer calls.
    static WAKES: RefCell<Option<(js_sys::Function, js_sys::Function)>> = const { RefCell::new(None) };
    /// The pending timer: its id and when it fires (ms on the page's clock).
    static TIMER: Cell<Option<(i32, f64)>> = const { Cell::new(None) };
    /// Set when the game's own timer woke it (taken by the next frame).
    static WOKE_FOR_DUE: Cell<bool> = const { Cell::new(false) };
}

fn function(closure: Closure<dyn Fn()>) -> js_sys::Function {
    closure.into_js_value().unchecked_into()
}

/// `wake` is what wakes the engine; the page may call it from now on.
pub fn when_woken(wake: impl Fn() + 'static) {
    let wake = std::rc::Rc::new(wake);
    let by_page = {
        let wake = wake.clone();
        function(Closure::new(move || wake()))
    };
    let by_timer = function(Closure::new(move || {
        TIMER.set(None);
        WOKE_FOR_DUE.set(true);
        wake();
    }));
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"seeYouSoonWake".into(), &by_page);
    }
    WAKES.set(Some((by_page, by_timer)));
}

/// Whether the game's own timer woke it since the last call.
pub fn woke_for_due() -> bool {
    WOKE_FOR_DUE.take()
}

/// Wakes the engine at once (from the page's own callbacks: a line's voice ended).
pub(super) fn wake_now() {
    WAKES.with_borrow(|wakes| {
        if let Some((by_page, _)) = wakes {
            let _ = by_page.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
}

/// Wakes the engine in `seconds`, unless a wake already comes sooner.
pub fn wake_in(seconds: f32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let now = window.performance().map_or(0.0, |p| p.now());
    let at = now + f64::from(seconds.max(0.0)) * 1000.0;
    if let Some((id, pending)) = TIMER.get() {
        // Within a few milliseconds of the pending one: keep it.
        if pending <= at + 4.0 {
            return;
        }
        window.clear_timeout_with_handle(id);
    }
    WAKES.with_borrow(|wakes| {
        let Some((_, by_timer)) = wakes else {
            return;
        };
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            by_timer,
            (at - now).ceil() as i32,
        ) {
            TIMER.set(Some((id, at)));
        }
    });
}
