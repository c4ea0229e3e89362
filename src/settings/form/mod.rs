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
// The form is written in English, so it names the English line table's words.
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
    pub notes: Vec<String>,
}

/// What the voice will say for a name with emoji in it (a voice would read them out as "older
/// woman, medium skin tone"); `None` when it says the name as typed.
fn voice_note(name: &str, field: &str, said_instead: &str) -> Option<String> {
    let said = lines::sayable(name);
    if said == name {
        None
    } else if said.is_empty() {
        Some(format!(
            "{field}: the screen shows \u{201c}{name}\u{201d}; the voice cannot say emoji, so it says \u{201c}{said_instead}\u{201d} instead."
        ))
    } else {
        Some(format!(
            "{field}: the screen shows \u{201c}{name}\u{201d}; the voice says \u{201c}{said}\u{201d} (emoji are shown, not said)."
        ))
    }
}

/// Turns the form into settings. Unknown choices keep the current value; names are checked.
pub fn apply(values: &FormValues, current: &Settings) -> Applied {
    let mut notes = Vec::new();
    // `said_instead`: the line table's word for a name with nothing a voice can say.
    let mut note = |checked: &NameCheck, field: &str, said_instead: Key| {
        if let Some(n) = checked.note(field) {
            notes.push(n);
        }
        let said_instead = lines::Messages::english().text(said_instead);
        if let Some(n) = voice_note(checked.name(), field, &said_instead) {
            notes.push(n);
        }
    };
    let child = check_name(&values.child_name, DEFAULT_CHILD_NAME);
    note(&child, "The child's name", Key::SpokenChild);
    let typed_grown_up = if values.grown_up_preset == OTHER {
        values.grown_up_other.as_str()
    } else if GROWN_UP_PRESETS.contains(&values.grown_up_preset.as_str()) {
        values.grown_up_preset.as_str()
    } else {
        current.grown_ups.first().name.as_str()
    };
    let grown_up = check_name(typed_grown_up, DEFAULT_GROWN_UP_NAME);
    note(&grown_up, "The grown-up's name", Key::SpokenGrownUp);
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
        note(
            &checked,
            &format!("Grown-up {}'s name", i + 2),
            Key::SpokenGrownUp,
        );
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
        notes.push(
            "The grown-up chosen as going away today has no name, so the first grown-up goes \
             today."
                .to_string(),
        );
    }
    let return_anchor = if values.anchor == OTHER {
        let words = check_line(&values.anchor_other, "");
        if words.is_empty() {
            notes.push("No words were typed for \u{201c}I'll be back\u{2026}\u{201d}, so the game will say \u{201c}after nap\u{201d}.".to_string());
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
fn apply_plan(values: &FormValues, current: &Settings, notes: &mut Vec<String>) -> DropOffPlan {
    let chosen: Option<Vec<Goodbye>> = values
        .ritual
        .iter()
        .map(|n| Goodbye::from_name(n))
        .collect();
    let ritual = match chosen.and_then(|c| <[Goodbye; 3]>::try_from(c).ok()) {
        Some(ritual) if is_whole(&ritual) => ritual,
        _ => {
            notes.push(
                "The goodbye needs the hug, the kiss and the wave once each, so it keeps its \
                 order."
                    .to_string(),
            );
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
mod tests {
    use super::*;
    use see_you_soon_model::lines::Messages;

    #[test]
    fn an_unchanged_form_gives_the_same_settings() {
        let mut settings = Settings {
            grown_ups: GrownUps::new(GrownUp {
                name: "Ямa Ñoño".into(),
                look: Look::Fox,
            }),
            return_anchor: ReturnAnchor::Custom("after the park".into()),
            ..Settings::default()
        };
        let grandpa = GrownUp {
            name: "Grandpa".into(),
            look: Look::Fox,
        };
        settings.grown_ups.set(Place::new(3).unwrap(), grandpa);
        settings.grown_ups.set_away_today(Place::new(3).unwrap());
        let applied = apply(&FormValues::from_settings(&settings), &settings);
        assert_eq!(applied.settings, settings);
        assert!(applied.notes.is_empty());
    }

    #[test]
    fn names_are_checked_with_a_note_for_the_parent() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        values.child_name = "   ".into();
        values.grown_up_preset = OTHER.into();
        values.grown_up_other = "  Nana  ".into();
        let applied = apply(&values, &settings);
        assert_eq!(applied.settings.child_name, DEFAULT_CHILD_NAME);
        assert_eq!(applied.settings.grown_up().name, "Nana");
        assert_eq!(applied.notes.len(), 1);
        assert!(applied.notes[0].contains("child"));
    }

    #[test]
    fn the_week_is_shown_chosen_and_read_back_and_odd_values_keep_the_day() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        assert_eq!(values.week[0], school_day(0));
        assert_eq!(values.week[6], HOME_DAY);
        let page = html(&values, &settings, &[], &[], Messages::english());
        assert!(
            page.contains("Monday <select name=\"day-0\"><option value=\"school-0\" selected>")
        );
        assert!(
            page.contains("<option value=\"home\" selected>Home day</option></select></label>")
        );
        values.week[1] = school_day(1);
        values.week[2] = HOME_DAY.into();
        values.week[3] = "<script>".into();
        values.week[4] = school_day(4);
        let week = apply(&values, &settings).settings.week;
        assert_eq!(week.days[1].pick_up, Place::SECOND);
        assert_eq!(
            week.days[4], settings.week.days[4],
            "a fifth grown-up: unchanged"
        );
        assert_eq!(week.days[1].kind, DayKind::School);
        assert_eq!(week.days[2].kind, DayKind::Home);
        assert_eq!(week.days[3], settings.week.days[3], "unknown: unchanged");
    }

    #[test]
    fn grown_ups_are_added_named_in_the_week_chosen_for_today_and_taken_out() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        assert!(values.others.iter().all(|o| o.name.is_empty()));
        values.others[0].name = "Papá".into();
        values.others[2].name = "Grandma".into();
        values.others[2].look = Look::Fox.id();
        values.away_today = "3".into();
        let applied = apply(&values, &settings);
        let family = &applied.settings.grown_ups;
        assert_eq!(family.count(), 3);
        assert_eq!(applied.settings.grown_up().name, "Grandma", "goes today");
        assert_eq!(applied.settings.grown_up().look, Look::Fox);
        assert_eq!(family.get(Place::SECOND).unwrap().look, NEW_GROWN_UP_LOOK);
        // Each grown-up can pick up, by name once they have one.
        let page = html(
            &FormValues::from_settings(&applied.settings),
            &applied.settings,
            &[],
            &[],
            Messages::english(),
        );
        assert!(
            page.contains("<option value=\"school-1\">School or nursery: Papá picks up</option>")
        );
        assert!(
            page.contains(
                "<option value=\"school-3\">School or nursery: Grandma picks up</option>"
            )
        );
        assert!(page.contains("<option value=\"school-2\">School or nursery: grown-up 3 picks up"));
        assert!(page.contains("name=\"away-today\" value=\"3\" checked"));
        // Grandma's name emptied: she is taken out, and the first grown-up goes today.
        let mut values = FormValues::from_settings(&applied.settings);
        values.others[2].name = "  ".into();
        let applied = apply(&values, &applied.settings);
        assert_eq!(applied.settings.grown_ups.count(), 2);
        assert_eq!(applied.settings.grown_up().name, DEFAULT_GROWN_UP_NAME);
        assert_eq!(applied.notes.len(), 1, "{:?}", applied.notes);
    }

    #[test]
    fn the_chosen_voice_is_kept_even_on_a_device_without_it() {
        let settings = Settings {
            voice: Some("Moira".into()),
            ..Settings::default()
        };
        let values = FormValues::from_settings(&settings);
        let page = html(
            &values,
            &settings,
            &[],
            &["Daniel".into()],
            Messages::english(),
        );
        assert!(page.contains("<option value=\"Moira\" selected>Moira (not on this device)"));
        assert!(page.contains("<option value=\"Daniel\">Daniel</option>"));
        assert_eq!(
            apply(&values, &settings).settings.voice.as_deref(),
            Some("Moira")
        );
        let mut auto = values.clone();
        auto.voice = "  ".into();
        assert_eq!(apply(&auto, &settings).settings.voice, None);
    }

    #[test]
    fn emoji_in_a_name_are_kept_and_the_form_says_what_the_voice_says() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        values.child_name = "🦊".into();
        values.grown_up_preset = OTHER.into();
        values.grown_up_other = "Nana 👵🏽".into();
        let applied = apply(&values, &settings);
        assert_eq!(applied.settings.child_name, "🦊");
        assert_eq!(applied.settings.grown_up().name, "Nana 👵🏽");
        assert_eq!(applied.notes.len(), 2, "{:?}", applied.notes);
        assert!(
            applied.notes[0].contains("“little one”"),
            "{}",
            applied.notes[0]
        );
        assert!(
            applied.notes[1].contains("the voice says “Nana”"),
            "{}",
            applied.notes[1]
        );
    }

    #[test]
    fn odd_choices_keep_the_current_value() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        values.session_minutes = "7".into();
        values.grown_up_look = "dragon".into();
        values.motion = "fast".into();
        let applied = apply(&values, &settings).settings;
        assert_eq!(applied.session_minutes, settings.session_minutes);
        assert_eq!(applied.grown_up().look, settings.grown_up().look);
        assert_eq!(applied.motion, settings.motion);
    }

    #[test]
    fn every_look_id_reads_back() {
        for look in Look::all() {
            assert_eq!(Look::from_id(&look.id()), Some(look));
        }
    }

    #[test]
    fn typed_text_cannot_break_out_of_the_form() {
        let settings = Settings {
            child_name: "\"><script>alert(1)</script>".into(),
            ..Settings::default()
        };
        let html = html(
            &FormValues::from_settings(&settings),
            &settings,
            &["<b>".into()],
            &["Voice \"<x>\"".into()],
            Messages::english(),
        );
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("&quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn the_drop_off_plan_is_saved_from_the_form_and_a_goodbye_with_a_part_twice_is_not() {
        let settings = Settings::default();
        let mut values = FormValues::from_settings(&settings);
        values.ritual = ["wave".into(), "hug".into(), "kiss".into()];
        values.meanwhile = " build towers\nwith Sam ".into();
        values.pick_up_time = "3 pm".into();
        let applied = apply(&values, &settings);
        let plan = &applied.settings.plan;
        assert_eq!(plan.ritual, [Goodbye::Wave, Goodbye::Hug, Goodbye::Kiss]);
        assert_eq!(plan.meanwhile, "build towers with Sam");
        assert_eq!(plan.pick_up_time, "3 pm");
        assert!(applied.notes.is_empty());
        // The form shows what was saved.
        let html = html(
            &FormValues::from_settings(&applied.settings),
            &applied.settings,
            &[],
            &[],
            Messages::english(),
        );
        assert!(html.contains("value=\"build towers with Sam\""));
        assert!(html.contains("<option value=\"wave\" selected>"));

        values.ritual = ["hug".into(), "hug".into(), "wave".into()];
        values.meanwhile = "   ".into();
        let applied = apply(&values, &settings);
        assert_eq!(applied.settings.plan.ritual, settings.plan.ritual);
        assert_eq!(applied.settings.plan.meanwhile, DEFAULT_MEANWHILE);
        assert_eq!(applied.notes.len(), 1, "{:?}", applied.notes);
    }
}
