//! The page's contract with the game: what the page is told about the canvas (where each
//! tappable thing and the speech bubble are) and what the parent's form holds. Tests, screen
//! readers and `web/` read these names, so they change only together with the page.

use serde::Serialize;

/// The room kept for the speech bubble as fractions of the window, its words' size in `vmin`,
/// and the point its tail aims at (the speaker's head), if someone on screen is speaking.
#[derive(Serialize, Debug, Clone, Copy, PartialEq)]
pub struct BubbleRect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub size_vmin: f32,
    pub tail: Option<[f32; 2]>,
}

/// A target's box as fractions of the window (0 to 1), so the page can place it over the
/// canvas as drawn, whatever the engine believes the pixel ratio to be.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct TargetRect {
    pub id: &'static str,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// The form's fields, as strings and switches, exactly as the page holds them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormValues {
    pub child_name: String,
    /// One of the settings' grown-up presets, or [`OTHER`] to use `grown_up_other`.
    pub grown_up_preset: String,
    pub grown_up_other: String,
    pub grown_up_look: String,
    /// The other grown-ups, at places 2 to 4: a name (empty for nobody) and a look.
    pub others: [OtherGrownUp; 3],
    /// The place (`0` to `3`) of the grown-up going away today.
    pub away_today: String,
    pub session_minutes: String,
    pub journey_theme: String,
    /// `after-nap`, `after-snack`, `after-lunch` or [`OTHER`] to use `anchor_other`.
    pub anchor: String,
    pub anchor_other: String,
    pub reunion_line: String,
    pub narration: bool,
    pub effects: bool,
    pub music: bool,
    /// The chosen voice's name; empty: the game chooses.
    pub voice: String,
    /// The chosen language's code; empty: the device's.
    pub language: String,
    /// `device`, `reduced` or `full`.
    pub motion: String,
    /// Monday first: [`school_day`] for a place, or [`HOME_DAY`].
    pub week: [String; 7],
    /// The goodbye's three parts in order, by name (`hug`, `kiss`, `wave`).
    pub ritual: [String; 3],
    pub meanwhile: String,
    pub pick_up_time: String,
}

/// Another grown-up's fields in the form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OtherGrownUp {
    pub name: String,
    pub look: String,
}

/// A school day when the grown-up at `place` (`0` to `3`) picks up: `school-0` and so on.
pub fn school_day(place: usize) -> String {
    format!("{SCHOOL_DAY_PREFIX}{place}")
}

/// The place a [`school_day`] value names, if it is one.
pub fn school_day_place(value: &str) -> Option<usize> {
    value.strip_prefix(SCHOOL_DAY_PREFIX)?.parse().ok()
}

const SCHOOL_DAY_PREFIX: &str = "school-";
pub const HOME_DAY: &str = "home";

/// The practice steps' own form, apart from the settings.
pub const STEPS_FORM_ID: &str = "steps-form";

/// The parent area's sections that change on their own (a tick, a forgotten log).
pub const PRACTICE_SECTION_ID: &str = "practice";
pub const LOG_SECTION_ID: &str = "quiet-log";

/// Where the printable pages' contents wait for `print.html`: not a `see-you-soon.` record,
/// because it is made again from the settings and is no part of the family's copy.
pub const PRINTABLES_KEY: &str = "see-you-soon-printables";

/// The choice that means "my own words".
pub const OTHER: &str = "other";

/// Every field's `name` in the HTML, so the page reader and the writer agree.
pub mod field {
    pub const CHILD_NAME: &str = "child-name";
    pub const GROWN_UP_PRESET: &str = "grown-up-preset";
    pub const GROWN_UP_OTHER: &str = "grown-up-other";
    pub const GROWN_UP_LOOK: &str = "grown-up-look";
    pub const AWAY_TODAY: &str = "away-today";
    pub const SESSION_MINUTES: &str = "session-minutes";
    pub const JOURNEY_THEME: &str = "journey-theme";
    pub const ANCHOR: &str = "anchor";
    pub const ANCHOR_OTHER: &str = "anchor-other";
    pub const REUNION_LINE: &str = "reunion-line";
    pub const NARRATION: &str = "narration";
    pub const EFFECTS: &str = "effects";
    pub const MUSIC: &str = "music";
    pub const VOICE: &str = "voice";
    pub const LANGUAGE: &str = "language";
    pub const MOTION: &str = "motion";
    pub const MEANWHILE: &str = "meanwhile";
    pub const PICK_UP_TIME: &str = "pick-up-time";

    /// The practice steps' words, in the steps form, lowest first: `step-0` and on.
    pub fn step(index: usize) -> String {
        format!("step-{index}")
    }

    /// The goodbye's parts, in order: `ritual-0` to `ritual-2`.
    pub fn ritual(index: usize) -> String {
        format!("ritual-{index}")
    }

    /// Another grown-up's name and look, at `place` 1 to 3: `grown-up-1-name`.
    pub fn other_name(place: usize) -> String {
        format!("grown-up-{place}-name")
    }
    pub fn other_look(place: usize) -> String {
        format!("grown-up-{place}-look")
    }

    /// The calendar's day fields, Monday first: `day-0` to `day-6`.
    pub fn day(index: usize) -> String {
        format!("day-{index}")
    }
}

/// The name a grown-up's photo is kept under (`web/photo.js`), by place (`0` to `3`).
pub fn photo_key(place: usize) -> String {
    format!("grown-up@{}", place + 1)
}

/// The name the child's photo is kept under (`web/photo.js`).
pub const CHILD_PHOTO_KEY: &str = "child";

/// A photo reaches the game as a square of this many pixels a side, round (transparent
/// outside the circle), in sRGB RGBA.
pub const PHOTO_SIDE: u32 = 512;
