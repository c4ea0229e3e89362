//! The only place that talks to the browser.
//!
//! On the web every call goes through `web-sys`; elsewhere (native runs and `cargo test`) a
//! stand-in keeps storage and the parent form in memory, so game logic never needs a browser
//! to be tested. Calls never fail loudly: a page without the expected element simply gets
//! nothing.

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

mod console_log;
pub mod page;

pub use console_log::start_console_log;

use page::FormValues;

/// When the fault drill fails on purpose (`?crash-drill…` in the address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashDrill {
    /// When Home opens: the parent's "Something went wrong".
    AtHome,
    /// Before anything shows: the page starts once more by itself, then gives the message.
    WhileStarting,
}

/// A value a page script puts in a line it asks for: words, or a whole number to count with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageValue {
    Text(String),
    Count(u32),
}

/// Why saved settings could not be read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not allow storage here (private mode, blocked by the user).
    Unavailable,
    /// Storage is full.
    Full,
}

/// What the parent did in the parent area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormEvent {
    Save(Box<FormValues>),
    Close,
    /// A real separation happened today: `hard`, `okay` or `easy`.
    Tick(String),
    /// The last tick was a mistake.
    Untick,
    /// Practise this rung (counted from 0) from now on.
    MoveTo(usize),
    /// The practice steps as edited, one per field, empty for a step taken out.
    EditSteps(Vec<String>),
    /// Forget the quiet log and the practice ticks.
    ForgetLog,
}

/// The browser's voice stopped saying a line: `heard` is false when it never spoke it (no
/// voice, speech refused), so the caption must carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeechEnd {
    pub id: u32,
    pub heard: bool,
}
