//! The only place that talks to the browser.
//!
//! On the web every call goes through `web-sys`; elsewhere (native runs and `cargo test`) a
//! stand-in does nothing, so game logic never needs a browser to be tested. Calls never fail
//! loudly: a page without the expected element simply gets nothing.

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
