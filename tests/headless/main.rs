//! Headless tests of the whole game (no window, no renderer), driven frame by frame.
// The headless tests drive the native stand-in of the platform (storage and form in memory).
#![cfg(not(target_arch = "wasm32"))]

mod calendar;
mod journey;
mod love;
mod parent;
mod peekaboo;
mod screen_flow;
mod sleeping;
mod support;
