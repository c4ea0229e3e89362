//! What the parent chooses: names, the grown-up's picture, the session length, sound and
//! motion, and what the games carry over from one session to the next.

pub mod form;
pub mod names;
pub mod saved;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    games::calendar::rules::WeekPlan,
    platform::{self, StorageError},
};

pub(super) fn plugin(app: &mut App) {
    let (settings, status) = load();
    app.insert_resource(settings);
    app.insert_resource(status);
    app.add_systems(Last, save_when_changed);
}

/// How reading and writing the saved settings went, in words for the parent.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct SettingsStatus {
    /// What was wrong with the stored settings when the game started.
    pub read_problems: Vec<String>,
    /// The last storage failure, if storage does not work here.
    pub storage_problem: Option<StorageError>,
    /// Saves that reached storage since the game started.
    pub saves: u32,
}

impl SettingsStatus {
    /// Lines to show at the top of the parent area.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = self.read_problems.clone();
        match self.storage_problem {
            Some(StorageError::Unavailable) => lines.push(
                "This browser is not letting the game keep settings (private browsing, or \
                 storage switched off). Your changes work until the page is closed, but won't \
                 be kept."
                    .to_string(),
            ),
            Some(StorageError::Full) => lines.push(
                "This browser's storage is full, so your changes work for now but won't be \
                 kept after the page is closed."
                    .to_string(),
            ),
            None => {}
        }
        lines
    }
}

/// Where unreadable settings are kept aside before anything new is written over them.
pub const UNREADABLE_COPY_KEY: &str = "see-you-soon.settings.unreadable";

/// Reads the saved settings, whatever state they are in.
pub fn load() -> (Settings, SettingsStatus) {
    let mut status = SettingsStatus::default();
    let stored = match platform::read_storage(saved::STORAGE_KEY) {
        Ok(stored) => stored,
        Err(problem) => {
            status.storage_problem = Some(problem);
            None
        }
    };
    let restored = saved::restore(stored.as_deref());
    if !restored.problems.is_empty()
        && let Some(text) = &stored
    {
        // Nothing the parent saved is lost: the unreadable text stays, under its own key.
        let _ = platform::write_storage(UNREADABLE_COPY_KEY, text);
    }
    status.read_problems = restored.problems.iter().map(|p| p.message()).collect();
    for problem in &status.read_problems {
        warn!("{problem}");
    }
    (restored.settings, status)
}

/// Writes the settings now; the status remembers whether storage works.
pub fn save(settings: &Settings, status: &mut SettingsStatus) -> bool {
    match platform::write_storage(saved::STORAGE_KEY, &saved::to_json(settings)) {
        Ok(()) => {
            status.storage_problem = None;
            status.saves += 1;
            true
        }
        Err(problem) => {
            status.storage_problem = Some(problem);
            false
        }
    }
}

/// Every change (the parent's, or the peekaboo ladder moving) is kept at once: settings are
/// small and change rarely.
fn save_when_changed(settings: Res<Settings>, mut status: ResMut<SettingsStatus>) {
    if settings.is_changed() && !settings.is_added() {
        save(&settings, &mut status);
    }
}

/// Everything the parent sets. Saved as versioned JSON (see [`saved`]).
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub child_name: String,
    pub grown_up: GrownUp,
    /// Optional: a second grown-up who also comes back (not yet used by the games).
    pub second_grown_up: Option<GrownUp>,
    pub session_minutes: SessionLength,
    pub journey_theme: JourneyTheme,
    /// What the grown-up promises to come back after.
    pub return_anchor: ReturnAnchor,
    /// What the grown-up says at the reunion.
    pub reunion_line: String,
    pub sound: SoundChoices,
    /// The speech voice the parent chose, by the browser's name for it; `None`: the game picks
    /// a warm voice for the language.
    pub voice: Option<String>,
    pub motion: MotionChoice,
    /// Peekaboo's separation ladder: seconds the grown-up stays hidden with no tap.
    pub peekaboo_wait: f32,
    /// The family's usual week, for the calendar: school days, home days, who picks up.
    pub week: WeekPlan,
    /// The grown-up has kissed the child's palm in a goodbye ritual: from then on the child
    /// can press that hand to hear the kiss (the Kissing Hand).
    pub palm_kissed: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            child_name: DEFAULT_CHILD_NAME.to_string(),
            grown_up: GrownUp::default(),
            second_grown_up: None,
            session_minutes: SessionLength::Five,
            journey_theme: JourneyTheme::People,
            return_anchor: ReturnAnchor::AfterNap,
            reunion_line: DEFAULT_REUNION_LINE.to_string(),
            sound: SoundChoices::default(),
            voice: None,
            motion: MotionChoice::FollowDevice,
            peekaboo_wait: crate::games::peekaboo::rules::Timing::LADDER_START,
            week: WeekPlan::default(),
            palm_kissed: false,
        }
    }
}

pub const DEFAULT_CHILD_NAME: &str = "Sam";
pub const DEFAULT_GROWN_UP_NAME: &str = "Mummy";
pub const DEFAULT_REUNION_LINE: &str = "I always come back to you";
/// The grown-up names offered as one-tap choices.
pub const GROWN_UP_PRESETS: [&str; 6] = ["Mummy", "Mommy", "Mum", "Daddy", "Grandma", "Grandpa"];

/// How long a session of play lasts before it ends by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionLength {
    Three,
    Five,
    Ten,
    Fifteen,
}

impl SessionLength {
    pub const ALL: [SessionLength; 4] = [
        SessionLength::Three,
        SessionLength::Five,
        SessionLength::Ten,
        SessionLength::Fifteen,
    ];

    pub fn minutes(self) -> u32 {
        match self {
            SessionLength::Three => 3,
            SessionLength::Five => 5,
            SessionLength::Ten => 10,
            SessionLength::Fifteen => 15,
        }
    }

    pub fn from_minutes(minutes: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.minutes() == minutes)
    }

    pub fn seconds(self) -> f32 {
        self.minutes() as f32 * 60.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum JourneyTheme {
    People,
    Foxes,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReturnAnchor {
    AfterNap,
    AfterSnack,
    AfterLunch,
    /// The parent's own words, e.g. "after the park".
    Custom(String),
}

impl ReturnAnchor {
    pub fn words(&self) -> &str {
        match self {
            ReturnAnchor::AfterNap => "after nap",
            ReturnAnchor::AfterSnack => "after snack",
            ReturnAnchor::AfterLunch => "after lunch",
            ReturnAnchor::Custom(words) => words,
        }
    }
}

/// Narration, sound effects and music, each switched on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SoundChoices {
    pub narration: bool,
    pub effects: bool,
    pub music: bool,
}

impl Default for SoundChoices {
    fn default() -> Self {
        Self {
            narration: true,
            effects: true,
            music: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MotionChoice {
    /// Follow the device's "reduce motion" setting.
    FollowDevice,
    Reduced,
    Full,
}

impl MotionChoice {
    pub fn reduced(self, device_prefers_reduced: bool) -> bool {
        match self {
            MotionChoice::FollowDevice => device_prefers_reduced,
            MotionChoice::Reduced => true,
            MotionChoice::Full => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrownUp {
    /// What the game calls them: "Mummy", "Daddy", "Grandma", a first name.
    pub name: String,
    pub look: Look,
}

impl Default for GrownUp {
    fn default() -> Self {
        Self {
            name: DEFAULT_GROWN_UP_NAME.to_string(),
            look: Look::Person {
                figure: Figure::Woman,
                tone: SkinTone::Medium,
            },
        }
    }
}

/// The grown-up's picture: a person the parent recognises as theirs, or the fox mother.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Look {
    Person { figure: Figure, tone: SkinTone },
    Fox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Figure {
    Woman,
    Man,
    OlderWoman,
    OlderMan,
}

impl Figure {
    pub const ALL: [Figure; 4] = [
        Figure::Woman,
        Figure::Man,
        Figure::OlderWoman,
        Figure::OlderMan,
    ];

    fn file_stem(self) -> &'static str {
        match self {
            Figure::Woman => "woman",
            Figure::Man => "man",
            Figure::OlderWoman => "old-woman",
            Figure::OlderMan => "old-man",
        }
    }
}

/// The five emoji skin tones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SkinTone {
    Light,
    MediumLight,
    Medium,
    MediumDark,
    Dark,
}

impl SkinTone {
    pub const ALL: [SkinTone; 5] = [
        SkinTone::Light,
        SkinTone::MediumLight,
        SkinTone::Medium,
        SkinTone::MediumDark,
        SkinTone::Dark,
    ];

    fn file_suffix(self) -> &'static str {
        match self {
            SkinTone::Light => "light",
            SkinTone::MediumLight => "medium-light",
            SkinTone::Medium => "medium",
            SkinTone::MediumDark => "medium-dark",
            SkinTone::Dark => "dark",
        }
    }
}

impl Look {
    /// Every look a parent can pick: each figure in each tone, then the fox.
    pub fn all() -> impl Iterator<Item = Look> {
        Figure::ALL
            .into_iter()
            .flat_map(|figure| {
                SkinTone::ALL
                    .into_iter()
                    .map(move |tone| Look::Person { figure, tone })
            })
            .chain([Look::Fox])
    }

    /// The portrait under `assets/`.
    pub fn portrait_path(self) -> String {
        match self {
            Look::Person { figure, tone } => format!(
                "images/grown-ups/{}-{}.png",
                figure.file_stem(),
                tone.file_suffix()
            ),
            Look::Fox => "images/grown-ups/fox.png".to_string(),
        }
    }

    /// The child's character beside the grown-up, in the same skin tone (the default child
    /// with the fox).
    pub fn child_path(self) -> String {
        match self {
            Look::Person { tone, .. } => {
                format!("images/children/child-{}.png", tone.file_suffix())
            }
            Look::Fox => "images/children/child.png".to_string(),
        }
    }

    /// Hands in the same skin tone, for "hands over the face" (the fox gets plain yellow ones).
    pub fn hands_path(self) -> String {
        match self {
            Look::Person { tone, .. } => {
                format!("images/hands/raised-hand-{}.png", tone.file_suffix())
            }
            Look::Fox => "images/hands/raised-hand.png".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_its_own_portrait() {
        let paths: std::collections::HashSet<_> = Look::all().map(Look::portrait_path).collect();
        assert_eq!(paths.len(), 4 * 5 + 1);
    }
}
