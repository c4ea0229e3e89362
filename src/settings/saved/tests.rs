use super::*;
use crate::settings::{
    DropOffPlan, Figure, Goodbye, GrownUps, JourneyTheme, Look, Place, SessionLength, SkinTone,
};

fn changed() -> Settings {
    Settings {
        child_name: "Zoë".into(),
        grown_ups: {
            let mut family = GrownUps::from_first_and_second(
                GrownUp {
                    name: "Бабушка".into(),
                    look: Look::Person {
                        figure: Figure::OlderWoman,
                        tone: SkinTone::Dark,
                    },
                },
                Some(GrownUp {
                    name: "Papá".into(),
                    look: Look::Fox,
                }),
            );
            let fourth = Place::new(3).unwrap();
            family.set(
                fourth,
                GrownUp {
                    name: "Ama".into(),
                    look: Look::Person {
                        figure: Figure::Man,
                        tone: SkinTone::MediumDark,
                    },
                },
            );
            family.set_away_today(fourth);
            family
        },
        session_minutes: SessionLength::Three,
        journey_theme: JourneyTheme::Foxes,
        return_anchor: ReturnAnchor::Custom("after the park".into()),
        reunion_line: "Love you to the moon".into(),
        sound: crate::settings::SoundChoices {
            narration: true,
            effects: false,
            music: false,
        },
        voice: Some("Samantha".into()),
        motion: crate::settings::MotionChoice::Reduced,
        week: {
            use see_you_soon_model::calendar::{DayKind, DayPlan, WeekPlan};
            let mut week = WeekPlan::default();
            week.days[2].kind = DayKind::Home;
            week.days[4] = DayPlan {
                kind: DayKind::School,
                pick_up: Place::SECOND,
            };
            week
        },
        plan: DropOffPlan {
            ritual: [Goodbye::Kiss, Goodbye::Wave, Goodbye::Hug],
            meanwhile: "build towers with Sam".into(),
            pick_up_time: "3 pm".into(),
        },
        language: Some("fr".into()),
    }
}

#[test]
fn a_plan_from_before_plans_is_the_usual_one_and_a_broken_one_keeps_what_it_can() {
    // Saves from before the drop-off plan have no "plan": nothing is reset, nothing said.
    let old = r#"{"version":2,"settings":{"child_name":"Zoë"}}"#;
    let restored = restore(Some(old));
    assert_eq!(restored.settings.plan, DropOffPlan::default());
    assert!(restored.problems.is_empty());
    // A ritual with a part twice goes back to the usual order; the rest of the plan stays.
    let broken = r#"{"version":2,"settings":{"plan":{"ritual":["Hug","Hug","Wave"],
            "meanwhile":"  paint\nwith Sam ","pick_up_time":7}}}"#;
    let plan = restore(Some(broken)).settings.plan;
    assert_eq!(plan.ritual, Goodbye::ALL);
    assert_eq!(plan.meanwhile, "paint with Sam");
    assert_eq!(plan.pick_up_time, "");
}

#[test]
fn a_round_trip_keeps_everything() {
    let settings = changed();
    let restored = restore(Some(&to_json(&settings)));
    assert_eq!(restored.settings, settings);
    assert!(restored.problems.is_empty());
    assert_eq!(restored.found_version, Some(CURRENT_VERSION));
}

#[test]
fn nothing_stored_gives_defaults_quietly() {
    let restored = restore(None);
    assert_eq!(restored.settings, Settings::default());
    assert!(restored.problems.is_empty());
}

#[test]
fn garbage_and_truncation_give_defaults_and_say_so() {
    let full = to_json(&changed());
    for text in [
        "",
        "null",
        "42",
        "[1,2]",
        "{",
        "not json",
        "\u{0}\u{1}",
        &full[..full.len() / 2],
    ] {
        let restored = restore(Some(text));
        assert_eq!(restored.settings, Settings::default(), "{text:?}");
        assert_eq!(restored.problems, vec![ReadProblem::Unreadable], "{text:?}");
    }
}

#[test]
fn an_oversized_blob_is_refused() {
    let huge = format!(
        "{{\"version\":1,\"settings\":{{\"child_name\":\"{}\"}}}}",
        "a".repeat(MAX_SAVED_BYTES)
    );
    let restored = restore(Some(&huge));
    assert!(matches!(
        restored.problems[..],
        [ReadProblem::TooLarge { .. }]
    ));
    assert_eq!(restored.settings, Settings::default());
}

#[test]
fn bad_fields_are_reset_one_by_one_and_good_ones_kept() {
    let text = r#"{"version":1,"settings":{
            "child_name":"Zoë",
            "grown_up":{"name":"Daddy","look":"Dinosaur"},
            "session_minutes":"Seven",
            "sound":{"narration":false,"effects":"loud","music":true},
            "journey_theme":"Foxes"}}"#;
    let restored = restore(Some(text));
    let s = &restored.settings;
    assert_eq!(s.child_name, "Zoë");
    assert_eq!(
        s.grown_up().name,
        "Daddy",
        "the valid half of grown_up stays"
    );
    assert_eq!(s.grown_up().look, GrownUp::default().look);
    assert_eq!(s.session_minutes, SessionLength::Five);
    assert!(!s.sound.narration && s.sound.effects && s.sound.music);
    assert_eq!(s.journey_theme, JourneyTheme::Foxes);
    let ReadProblem::FieldsReset { fields } = &restored.problems[0] else {
        panic!("{:?}", restored.problems);
    };
    for field in [
        "grown_ups.places.0.look",
        "session_minutes",
        "sound.effects",
    ] {
        assert!(fields.contains(&field.to_string()), "{field} in {fields:?}");
    }
}

#[test]
fn a_newer_version_keeps_what_it_understands() {
    let text = r#"{"version":7,"settings":{"child_name":"Ada","hologram":true}}"#;
    let restored = restore(Some(text));
    assert_eq!(restored.settings.child_name, "Ada");
    assert_eq!(
        restored.problems,
        vec![ReadProblem::NewerVersion { version: 7 }]
    );
}

#[test]
fn settings_saved_before_the_calendar_get_the_usual_week_quietly() {
    let text = r#"{"version":1,"settings":{"child_name":"Ada","session_minutes":"Ten"}}"#;
    let restored = restore(Some(text));
    assert_eq!(restored.settings.child_name, "Ada");
    assert_eq!(restored.settings.week, Settings::default().week);
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
    // A broken week is reset on its own; the rest is kept.
    let text = r#"{"version":1,"settings":{"child_name":"Ada","week":{"days":[1,2]}}}"#;
    let restored = restore(Some(text));
    assert_eq!(restored.settings.child_name, "Ada");
    assert_eq!(restored.settings.week, Settings::default().week);
    assert_eq!(restored.problems.len(), 1, "{:?}", restored.problems);
}

#[test]
fn version_0_is_migrated() {
    let text = r#"{"child_name":"Ada","grown_up_name":"Grandpa","session_length_minutes":10}"#;
    let restored = restore(Some(text));
    assert_eq!(restored.found_version, Some(0));
    assert_eq!(restored.settings.child_name, "Ada");
    assert_eq!(restored.settings.grown_up().name, "Grandpa");
    assert_eq!(restored.settings.session_minutes, SessionLength::Ten);
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
}

#[test]
fn version_1_grown_ups_and_who_picks_up_read_into_the_family() {
    let text = r#"{"version":1,"settings":{"child_name":"Ada",
            "grown_up":{"name":"Mum","look":"Fox"},
            "second_grown_up":{"name":"Grandad","look":{"Person":{"figure":"OlderMan","tone":"Dark"}}},
            "week":{"days":[
                {"kind":"School","pick_up":"SecondGrownUp"},
                {"kind":"School","pick_up":"GrownUp"},
                {"kind":"Home","pick_up":"GrownUp"},
                {"kind":"Home","pick_up":"GrownUp"},
                {"kind":"Home","pick_up":"GrownUp"},
                {"kind":"Home","pick_up":"GrownUp"},
                {"kind":"Home","pick_up":"GrownUp"}]}}}"#;
    let restored = restore(Some(text));
    assert!(restored.problems.is_empty(), "{:?}", restored.problems);
    assert_eq!(restored.found_version, Some(1));
    let family = &restored.settings.grown_ups;
    assert_eq!(family.count(), 2);
    assert_eq!(family.first().name, "Mum");
    assert_eq!(family.get(Place::SECOND).unwrap().name, "Grandad");
    assert_eq!(
        restored.settings.grown_up().name,
        "Mum",
        "the first goes today"
    );
    let week = restored.settings.week.days;
    assert_eq!(week[0].pick_up, Place::SECOND);
    assert_eq!(week[1].pick_up, Place::FIRST);
    // Written back as version 2, it reads the same.
    let again = restore(Some(&to_json(&restored.settings)));
    assert_eq!(again.settings, restored.settings);
    assert_eq!(again.found_version, Some(CURRENT_VERSION));
}

#[test]
fn one_grown_up_that_makes_no_sense_does_not_lose_the_others() {
    let mut settings = changed();
    settings.child_name = "Ada".into();
    let mut saved: Value = serde_json::from_str(&to_json(&settings)).unwrap();
    saved["settings"]["grown_ups"]["places"][1]["look"] = Value::from("Dinosaur");
    let restored = restore(Some(&saved.to_string()));
    let family = &restored.settings.grown_ups;
    assert_eq!(family.first().name, "Бабушка");
    assert_eq!(family.get(Place::new(3).unwrap()).unwrap().name, "Ama");
    assert_eq!(
        restored.settings.grown_up().name,
        "Ama",
        "still going today"
    );
    assert_eq!(family.get(Place::SECOND), None);
    assert_eq!(
        restored.problems,
        vec![ReadProblem::FieldsReset {
            fields: vec!["grown_ups.places.1".into()]
        }]
    );
}

#[test]
fn saved_names_are_cleaned() {
    let mut settings = changed();
    settings.child_name = "   ".into();
    settings.grown_ups.set(
        Place::FIRST,
        GrownUp {
            name: "x".repeat(100),
            look: Look::Fox,
        },
    );
    settings.grown_ups.set(
        Place::SECOND,
        GrownUp {
            name: "  ".into(),
            look: Look::Fox,
        },
    );
    let restored = restore(Some(&to_json(&settings))).settings;
    assert_eq!(restored.child_name, DEFAULT_CHILD_NAME);
    assert_eq!(
        restored.grown_ups.get(Place::SECOND),
        None,
        "a nameless grown-up"
    );
    assert_eq!(
        restored.grown_ups.first().name.chars().count(),
        super::super::names::MAX_NAME_CHARS
    );
}

/// Seeded fuzz over arbitrary bytes and mangled JSON: reading never panics and always
/// gives settings that survive a round trip.
#[test]
fn reading_is_total_over_arbitrary_input() {
    let mut rng: u64 = 0xD1CE;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let valid = to_json(&changed());
    for _ in 0..3000 {
        let text = match next() % 3 {
            // Random bytes, made into a string however they fall.
            0 => {
                let bytes: Vec<u8> = (0..next() % 200).map(|_| next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            // Valid JSON with one character replaced.
            1 => {
                let mut chars: Vec<char> = valid.chars().collect();
                let at = next() as usize % chars.len();
                chars[at] = ['"', '{', '}', ',', '1', 'x', ':', '['][next() as usize % 8];
                chars.into_iter().collect()
            }
            // Valid JSON with random values swapped into random fields.
            _ => {
                let mut value: Value = serde_json::from_str(&valid).unwrap();
                let fields = value["settings"].as_object_mut().unwrap();
                let keys: Vec<String> = fields.keys().cloned().collect();
                let key = &keys[next() as usize % keys.len()];
                let junk = [
                    Value::Null,
                    Value::from(-1),
                    Value::from("Fox"),
                    Value::from(vec![1, 2]),
                    serde_json::json!({"name": 3}),
                    Value::from(f64::MAX),
                ];
                fields.insert(key.clone(), junk[next() as usize % junk.len()].clone());
                value.to_string()
            }
        };
        let restored = restore(Some(&text));
        let again = restore(Some(&to_json(&restored.settings)));
        assert_eq!(again.settings, restored.settings, "{text:?}");
        assert!(again.problems.is_empty());
    }
}
