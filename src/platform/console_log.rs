//! The engine's warnings and errors, written to the browser's console (natively, to stderr).
//!
//! Bevy's `LogPlugin` (left out: the `bevy_log` feature is off) does this through
//! `tracing-subscriber`: its layers, its run-time filter and the filter's use of the regex
//! engine came to 68 KB of wasm (23 KB brotli) for filters this game never sets. Levels are
//! capped at compile time (`release_max_level_warn` in `Cargo.toml`), so all that is left to
//! do is print: the `tracing` events of the engine and the `log` records of wgpu and naga, one
//! console line each.

use std::fmt::{Debug, Write};

use tracing::{
    Event, Level, Metadata, Subscriber,
    field::{Field, Visit},
    level_filters::LevelFilter,
    span,
};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(line: &str);
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(line: &str);
}

/// Sends warnings and errors to the console from now on. Later calls change nothing.
pub fn start_console_log() {
    let _ = tracing::subscriber::set_global_default(ConsoleSubscriber);
    if log::set_logger(&ConsoleLogger).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}

#[cfg(target_arch = "wasm32")]
fn write_line(is_error: bool, line: &str) {
    if is_error {
        console_error(line);
    } else {
        console_warn(line);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_line(_is_error: bool, line: &str) {
    eprintln!("{line}");
}

struct ConsoleSubscriber;

impl Subscriber for ConsoleSubscriber {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        *metadata.level() <= Level::WARN
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(LevelFilter::WARN)
    }

    // Spans carry no message and are never printed: they all share one id.
    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, event: &Event<'_>) {
        let metadata = event.metadata();
        let mut line = format!("{} {}: ", metadata.level(), metadata.target());
        event.record(&mut Fields(&mut line));
        write_line(*metadata.level() == Level::ERROR, &line);
    }

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}

/// Writes an event's message, then its other fields as `name=value`.
struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

struct ConsoleLogger;

impl log::Log for ConsoleLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let line = format!("{} {}: {}", record.level(), record.target(), record.args());
            write_line(record.level() == log::Level::Error, &line);
        }
    }

    fn flush(&self) {}
}
