//! Stand-in for the browser when running natively or under `cargo test`.

use crate::dom_mirror::TargetRect;

pub fn set_screen(_name: &str) {}

pub fn announce(_caption: &str) {}

pub fn set_state(_state: &str) {}

pub fn set_tap_targets(_targets: &[TargetRect]) {}

pub fn mark_game_ready() {}

pub fn prefers_reduced_motion() -> bool {
    false
}

pub fn note_frame(_count: u32) {}
