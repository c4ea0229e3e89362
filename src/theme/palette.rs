//! Soft, warm colours. Text stays dark on light for contrast (WCAG AA or better).

use bevy::prelude::*;

/// Warm cream: the page behind everything (also `background-color` in `web/index.html`).
pub const BACKGROUND: Color = Color::srgb(1.0, 0.965, 0.914);
/// Deep cocoa for captions: about 10:1 against the background.
pub const TEXT: Color = Color::srgb(0.29, 0.23, 0.21);
/// Softer text for small, parent-facing notes.
pub const TEXT_SOFT: Color = Color::srgb(0.42, 0.35, 0.32);
/// The Start button and other "go" things: a gentle leaf green.
pub const GO: Color = Color::srgb(0.62, 0.83, 0.64);
/// The peekaboo card: peach.
pub const PEACH: Color = Color::srgb(1.0, 0.85, 0.75);
/// The journey card: sky.
pub const SKY: Color = Color::srgb(0.80, 0.91, 0.95);
/// The calendar card and home days: a soft meadow.
pub const MEADOW: Color = Color::srgb(0.84, 0.92, 0.78);
/// School days on the calendar: a pale butter yellow.
pub const BUTTER: Color = Color::srgb(0.99, 0.93, 0.74);
/// Today's ring on the calendar: warm apricot, strong enough to see at a glance.
pub const TODAY: Color = Color::srgb(0.96, 0.62, 0.38);
/// The morning goodbye's card: soft lavender.
pub const LAVENDER: Color = Color::srgb(0.90, 0.87, 0.97);
/// Quiet things for grown-ups.
pub const PARENT_CHIP: Color = Color::srgb(0.93, 0.89, 0.84);
/// The fill that grows while a hold button is held.
pub const HOLD_FILL: Color = Color::srgba(0.29, 0.23, 0.21, 0.18);
