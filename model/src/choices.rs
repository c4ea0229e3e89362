//! What the parent chooses, as plain values: names, the grown-up's picture, the session
//! length, the journey's theme and promise, sound and motion.

use serde::{Deserialize, Serialize};

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

impl Look {
    /// A short stable id for forms, e.g. `woman-medium` or `fox`.
    pub fn id(self) -> String {
        let path = self.portrait_path();
        path.trim_start_matches("images/grown-ups/")
            .trim_end_matches(".png")
            .to_string()
    }

    pub fn from_id(id: &str) -> Option<Look> {
        Look::all().find(|look| look.id() == id)
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
