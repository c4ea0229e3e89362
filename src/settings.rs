//! What the parent chooses: names, the grown-up's picture, and what the games carry over from
//! one session to the next. Defaults until the parent area lets a parent change them.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Settings>();
}

#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub child_name: String,
    pub grown_up: GrownUp,
    /// Peekaboo's separation ladder: seconds the grown-up stays hidden with no tap.
    pub peekaboo_wait: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            child_name: "Sam".to_string(),
            grown_up: GrownUp::default(),
            peekaboo_wait: crate::games::peekaboo::rules::Timing::LADDER_START,
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
            name: "Mummy".to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_its_own_portrait() {
        let paths: std::collections::HashSet<_> = Look::all().map(Look::portrait_path).collect();
        assert_eq!(paths.len(), 4 * 5 + 1);
    }
}
