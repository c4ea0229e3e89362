//! Stand-in for the browser when running natively or under `cargo test`.

pub fn set_screen(_name: &str) {}

pub fn announce(_caption: &str) {}

pub fn set_tap_targets(_json: &str) {}

pub fn mark_game_ready() {}

pub fn prefers_reduced_motion() -> bool {
    false
}
