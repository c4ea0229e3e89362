//! The parent's settings form, as plain data: what it shows (written as HTML in `html.rs`)
//! and how what the parent typed becomes [`Settings`]. The page shows the HTML over the canvas
//! (real inputs work with on-screen keyboards and every input method); the platform module
//! reads the fields back into [`FormValues`].

mod html;

pub use html::{escape, html};

use super::{
    DEFAULT_CHILD_NAME, DEFAULT_GROWN_UP_NAME, DEFAULT_REUNION_LINE, GROWN_UP_PRESETS, GrownUp,
    GrownUps, JourneyTheme, Look, MotionChoice, Place, ReturnAnchor, SessionLength, Settings,
    SoundChoices,
    names::{NameCheck, check_name},
    saved::check_line,
};
use see_you_soon_model::{
    calendar::{DayKind, DayPlan, WeekPlan},
    choices::{Figure, SkinTone},
    lines::{self, Key},
    plan::{DEFAULT_MEANWHILE, DropOffPlan, Goodbye, is_whole},
};

// The form's values and field names are the page's contract, so the platform owns them.
pub use crate::platform::page::{
    FormValues, HOME_DAY, OTHER, OtherGrownUp, field, school_day, school_day_place,
};

/// The picture a newly added grown-up gets when the parent picks none.
const NEW_GROWN_UP_LOOK: Look = Look::Person {
    figure: Figure::Man,
    tone: SkinTone::Medium,
};

const ANCHORS: [(&str, ReturnAnchor); 3] = [
    ("after-nap", ReturnAnchor::AfterNap),
    ("after-snack", ReturnAnchor::AfterSnack),
    ("after-lunch", ReturnAnchor::AfterLunch),
];

impl FormValues {
    /// The form filled in with the current settings.
    pub fn from_settings(settings: &Settings) -> Self {
        let first = settings.grown_ups.first();
        let preset = GROWN_UP_PRESETS
            .iter()
            .find(|p| **p == first.name)
            .map(|p| p.to_string());
        let (anchor, anchor_other) = match &settings.return_anchor {
            ReturnAnchor::Custom(words) => (OTHER.to_string(), words.clone()),
            known => (
                ANCHORS
                    .iter()
                    .find(|(_, a)| a == known)
                    .map_or("after-nap", |(id, _)| id)
                    .to_string(),
                String::new(),
            ),
        };
        Self {
            child_name: settings.child_name.clone(),
            grown_up_other: if preset.is_some() {
                String::new()
            } else {
                first.name.clone()
            },
            grown_up_preset: preset.unwrap_or_else(|| OTHER.to_string()),
            grown_up_look: first.look.id(),
            others: std::array::from_fn(|i| {
                let other = Place::new(i + 1).and_then(|place| settings.grown_ups.get(place));
                OtherGrownUp {
                    name: other.map(|g| g.name.clone()).unwrap_or_default(),
                    look: other.map_or(NEW_GROWN_UP_LOOK, |g| g.look).id(),
                }
            }),
            away_today: settings.grown_ups.away_today_place().index().to_string(),
            session_minutes: settings.session_minutes.minutes().to_string(),
            journey_theme: match settings.journey_theme {
                JourneyTheme::People => "people",
                JourneyTheme::Foxes => "foxes",
            }
            .to_string(),
            anchor,
            anchor_other,
            reunion_line: settings.reunion_line.clone(),
            narration: settings.sound.narration,
            effects: settings.sound.effects,
            music: settings.sound.music,
            voice: settings.voice.clone().unwrap_or_default(),
            language: settings.language.clone().unwrap_or_default(),
            motion: match settings.motion {
                MotionChoice::FollowDevice => "device",
                MotionChoice::Reduced => "reduced",
                MotionChoice::Full => "full",
            }
            .to_string(),
            week: settings.week.days.map(day_id),
            ritual: settings.plan.ritual.map(|g| g.name().to_string()),
            meanwhile: settings.plan.meanwhile.clone(),
            pick_up_time: settings.plan.pick_up_time.clone(),
        }
    }
}

fn day_id(day: DayPlan) -> String {
    match day.kind {
        DayKind::Home => HOME_DAY.to_string(),
        DayKind::School => school_day(day.pick_up.index()),
    }
}

fn day_from_id(id: &str) -> Option<DayPlan> {
    if id == HOME_DAY {
        return Some(DayPlan::default());
    }
    let place = school_day_place(id).and_then(Place::new)?;
    Some(DayPlan {
        kind: DayKind::School,
        pick_up: place,
    })
}

/// The settings a submitted form gives, and notes for the parent about anything changed on
/// the way (an empty name, a name cut short).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub settings: Settings,
    pub notes: Vec<FormNote>,
}

/// The name field a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    Child,
    GrownUp,
    /// Another grown-up's, by the number the form gives them (2, 3 or 4).
    Other(usize),
}

/// What saving did to the parent's words that they should know about; the parent area puts
/// it into the family's language.
#[derive(Debug, Clone, PartialEq)]
pub enum FormNote {
    /// The name was empty, so the game uses `name`.
    NameEmpty { field: NameField, name: String },
    /// The name was too long and was cut to `name`.
    NameShortened { field: NameField, name: String },
    /// A voice cannot say any of `name` (emoji only): it says the line table's `instead`.
    VoiceSaysInstead {
        field: NameField,
        name: String,
        instead: Key,
    },
    /// A voice says `said` for `name`: its emoji are shown, not said.
    VoiceSays {
        field: NameField,
        name: String,
        said: String,
    },
    /// The grown-up chosen as going away today has no name: the first goes.
    AwayTodayUnnamed,
    /// "I'll be back…" had no words: the game says "after nap".
    AnchorEmpty,
    /// The goodbye's parts were not each there once: it keeps its order.
    GoodbyeOrderKept,
}

/// The notes for a checked name: how it was changed, and what a voice says for it (a voice
/// would read emoji out as "older woman, medium skin tone").
fn name_notes(checked: &NameCheck, field: NameField, said_instead: Key) -> Vec<FormNote> {
    let name = checked.name().to_string();
    let mut notes = Vec::new();
    match checked {
        NameCheck::Ok(_) => {}
        NameCheck::EmptyUsedDefault(_) => notes.push(FormNote::NameEmpty {
            field,
            name: name.clone(),
        }),
        NameCheck::Shortened(_) => notes.push(FormNote::NameShortened {
            field,
            name: name.clone(),
        }),
    }
    let said = lines::sayable(&name);
    if said.is_empty() {
        notes.push(FormNote::VoiceSaysInstead {
            field,
            name,
            instead: said_instead,
        });
    } else if said != name {
        notes.push(FormNote::VoiceSays { field, name, said });
    }
    notes
}

/// Turns the form into settings. Unknown choices keep the current value; names are checked.
pub fn apply(values: &FormValues, current: &Settings) -> Applied {
    let mut notes = Vec::new();
    let child = check_name(&values.child_name, DEFAULT_CHILD_NAME);
    notes.extend(name_notes(&child, NameField::Child, Key::SpokenChild));
    let typed_grown_up = if values.grown_up_preset == OTHER {
        values.grown_up_other.as_str()
    } else if !values.grown_up_preset.trim().is_empty() {
        // A name from the menu: the family's language's names, or the one in use.
        values.grown_up_preset.as_str()
    } else {
        current.grown_ups.first().name.as_str()
    };
    let grown_up = check_name(typed_grown_up, DEFAULT_GROWN_UP_NAME);
    notes.extend(name_notes(
        &grown_up,
        NameField::GrownUp,
        Key::SpokenGrownUp,
    ));
    let mut grown_ups = GrownUps::new(GrownUp {
        name: grown_up.name().to_string(),
        look: Look::from_id(&values.grown_up_look).unwrap_or(current.grown_ups.first().look),
    });
    // An emptied name takes that grown-up out; their place stays theirs until someone new
    // is added there.
    for (i, other) in values.others.iter().enumerate() {
        let Some(place) = Place::new(i + 1) else {
            continue;
        };
        if other.name.trim().is_empty() {
            continue;
        }
        let checked = check_name(&other.name, DEFAULT_GROWN_UP_NAME);
        notes.extend(name_notes(
            &checked,
            NameField::Other(i + 2),
            Key::SpokenGrownUp,
        ));
        let was = current
            .grown_ups
            .get(place)
            .map_or(NEW_GROWN_UP_LOOK, |g| g.look);
        grown_ups.set(
            place,
            GrownUp {
                name: checked.name().to_string(),
                look: Look::from_id(&other.look).unwrap_or(was),
            },
        );
    }
    let away_today = values
        .away_today
        .parse()
        .ok()
        .and_then(Place::new)
        .unwrap_or(current.grown_ups.away_today_place());
    if !grown_ups.set_away_today(away_today) {
        notes.push(FormNote::AwayTodayUnnamed);
    }
    let return_anchor = if values.anchor == OTHER {
        let words = check_line(&values.anchor_other, "");
        if words.is_empty() {
            notes.push(FormNote::AnchorEmpty);
            ReturnAnchor::AfterNap
        } else {
            ReturnAnchor::Custom(words)
        }
    } else {
        ANCHORS
            .iter()
            .find(|(id, _)| *id == values.anchor)
            .map_or_else(|| current.return_anchor.clone(), |(_, a)| a.clone())
    };
    let plan = apply_plan(values, current, &mut notes);
    let settings = Settings {
        child_name: child.name().to_string(),
        grown_ups,
        session_minutes: values
            .session_minutes
            .parse()
            .ok()
            .and_then(SessionLength::from_minutes)
            .unwrap_or(current.session_minutes),
        journey_theme: match values.journey_theme.as_str() {
            "people" => JourneyTheme::People,
            "foxes" => JourneyTheme::Foxes,
            _ => current.journey_theme,
        },
        return_anchor,
        reunion_line: check_line(&values.reunion_line, DEFAULT_REUNION_LINE),
        sound: SoundChoices {
            narration: values.narration,
            effects: values.effects,
            music: values.music,
        },
        // Only a language the game has; another (or none) is the device's.
        language: lines::Language::for_tag(&values.language).map(|l| l.code.to_string()),
        voice: Some(values.voice.trim())
            .filter(|name| !name.is_empty())
            .map(|name| name.chars().take(200).collect()),
        motion: match values.motion.as_str() {
            "device" => MotionChoice::FollowDevice,
            "reduced" => MotionChoice::Reduced,
            "full" => MotionChoice::Full,
            _ => current.motion,
        },
        week: WeekPlan {
            days: std::array::from_fn(|i| {
                day_from_id(&values.week[i]).unwrap_or(current.week.days[i])
            }),
        },
        plan,
    };
    Applied { settings, notes }
}

/// The drop-off plan's fields. A goodbye with a part twice keeps the order it had, and says so.
fn apply_plan(values: &FormValues, current: &Settings, notes: &mut Vec<FormNote>) -> DropOffPlan {
    let chosen: Option<Vec<Goodbye>> = values
        .ritual
        .iter()
        .map(|n| Goodbye::from_name(n))
        .collect();
    let ritual = match chosen.and_then(|c| <[Goodbye; 3]>::try_from(c).ok()) {
        Some(ritual) if is_whole(&ritual) => ritual,
        _ => {
            notes.push(FormNote::GoodbyeOrderKept);
            current.plan.ritual
        }
    };
    DropOffPlan {
        ritual,
        meanwhile: check_line(&values.meanwhile, DEFAULT_MEANWHILE),
        pick_up_time: check_line(&values.pick_up_time, ""),
    }
}

#[cfg(test)]
mod tests;
