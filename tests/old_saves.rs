//! Every old save reads back: each settings text a shipped version of the game could have left
//! in `localStorage` (one per shape, in `tests/fixtures/settings/`, see its README) is read by
//! today's reader with nothing the family set lost, no problem reported, and the same settings
//! after being written again. The folder is read at run time, so a new fixture is tested as soon
//! as it is added. A fixture's family sets every field away from its default, so a field the
//! reader dropped (and left at its default) cannot pass for one it kept.

use std::{fs, path::Path};

use serde::Serialize;
use serde_json::{Map, Value};

use see_you_soon::{
    progress::{self, Progress, Source},
    settings::{
        Place, Settings,
        saved::{CURRENT_VERSION, restore, to_json},
    },
};

/// One saved settings text, as the game stored it.
struct Fixture {
    file: String,
    text: String,
    /// The envelope's `version`; 0 for a bare settings object.
    version: u64,
    /// The settings object (inside the envelope, or the whole of a bare one).
    settings: Map<String, Value>,
}

fn fixtures() -> Vec<Fixture> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/settings");
    let mut files: Vec<_> = fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
            let Ok(Value::Object(mut top)) = serde_json::from_str::<Value>(&text) else {
                panic!("{file}: not a JSON object");
            };
            let (version, settings) = match top.remove("version") {
                None => (0, top),
                Some(version) => {
                    let version = version.as_u64().expect("a numeric version");
                    let Some(Value::Object(settings)) = top.remove("settings") else {
                        panic!("{file}: an envelope without a settings object");
                    };
                    (version, settings)
                }
            };
            Fixture {
                file,
                text,
                version,
                settings,
            }
        })
        .collect()
}

fn as_saved<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serialisable")
}

fn text_of<'a>(fixture: &Fixture, key: &str, value: &'a Value) -> &'a str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{}: {key} is not a string", fixture.file))
}

/// The fixture's value must differ from the default, or a field reset to its default would pass
/// for one that was kept.
fn set_by_the_family(fixture: &Fixture, field: &str, saved: &Value, default: &Value) {
    assert_ne!(
        saved, default,
        "{}: {field} is the default, so it cannot show a loss",
        fixture.file
    );
}

/// The grown-up saved at `place` (`null`: nobody) is the one restored there.
fn grown_up_kept(fixture: &Fixture, restored: &Settings, place: usize, saved: &Value) {
    let at = Place::new(place).expect("a family place");
    let kept = restored.grown_ups.get(at);
    let field = format!("grown-up at place {place}");
    if saved.is_null() {
        assert_eq!(kept, None, "{}: nobody was at {field}", fixture.file);
        return;
    }
    let kept = kept.unwrap_or_else(|| panic!("{}: {field} was lost", fixture.file));
    let name = &saved["name"];
    let look = &saved["look"];
    if let Some(default) = Settings::default().grown_ups.get(at) {
        set_by_the_family(fixture, &field, name, &as_saved(&default.name));
        set_by_the_family(fixture, &field, look, &as_saved(&default.look));
    }
    assert_eq!(
        kept.name,
        text_of(fixture, "name", name),
        "{}: {field}'s name",
        fixture.file
    );
    assert_eq!(
        as_saved(&kept.look),
        *look,
        "{}: {field}'s look",
        fixture.file
    );
}

/// A week day's `pick_up` as a place: version 1 named the two grown-ups, version 2 numbers them.
fn pick_up_place(fixture: &Fixture, saved: &Value) -> usize {
    match saved {
        Value::String(name) if name == "GrownUp" => 0,
        Value::String(name) if name == "SecondGrownUp" => 1,
        Value::Number(place) => place.as_u64().expect("a place number") as usize,
        other => panic!("{}: pick_up {other} is no grown-up", fixture.file),
    }
}

/// Checks every field the fixture holds against the restored settings; a field this test does
/// not know fails it, so nothing a fixture holds goes unchecked.
fn assert_nothing_lost(fixture: &Fixture, restored: &Settings) {
    let default = Settings::default();
    let file = &fixture.file;
    let mut grown_ups_saved = 0;
    for (key, saved) in &fixture.settings {
        match key.as_str() {
            "child_name" | "reunion_line" => {
                let (kept, default) = match key.as_str() {
                    "child_name" => (&restored.child_name, &default.child_name),
                    _ => (&restored.reunion_line, &default.reunion_line),
                };
                set_by_the_family(fixture, key, saved, &as_saved(default));
                assert_eq!(kept, text_of(fixture, key, saved), "{file}: {key}");
            }
            // Version 0's flat fields.
            "grown_up_name" => {
                grown_ups_saved += 1;
                set_by_the_family(fixture, key, saved, &as_saved(&default.grown_up().name));
                assert_eq!(
                    restored.grown_ups.first().name,
                    text_of(fixture, key, saved),
                    "{file}: {key}"
                );
            }
            "session_length_minutes" => {
                let minutes = saved.as_u64().expect("minutes");
                set_by_the_family(
                    fixture,
                    key,
                    saved,
                    &Value::from(default.session_minutes.minutes()),
                );
                assert_eq!(
                    u64::from(restored.session_minutes.minutes()),
                    minutes,
                    "{file}: {key}"
                );
            }
            // Version 0 (as derived before 2bdb8a7) and 1: the first grown-up, and a second.
            "grown_up" | "second_grown_up" => {
                let place = usize::from(key == "second_grown_up");
                grown_ups_saved += usize::from(!saved.is_null());
                grown_up_kept(fixture, restored, place, saved);
            }
            // Version 2: everyone at their own place, and who goes away today.
            "grown_ups" => {
                let places = saved["places"].as_array().expect("places");
                for (place, grown_up) in places.iter().enumerate() {
                    grown_ups_saved += usize::from(!grown_up.is_null());
                    grown_up_kept(fixture, restored, place, grown_up);
                }
                let away = &saved["away_today"];
                set_by_the_family(
                    fixture,
                    "away_today",
                    away,
                    &as_saved(&default.grown_ups.away_today_place()),
                );
                assert_eq!(
                    as_saved(&restored.grown_ups.away_today_place()),
                    *away,
                    "{file}: who goes away today"
                );
            }
            "session_minutes" | "journey_theme" | "return_anchor" | "voice" | "motion" => {
                let (kept, default) = match key.as_str() {
                    "session_minutes" => (
                        as_saved(&restored.session_minutes),
                        as_saved(&default.session_minutes),
                    ),
                    "journey_theme" => (
                        as_saved(&restored.journey_theme),
                        as_saved(&default.journey_theme),
                    ),
                    "return_anchor" => (
                        as_saved(&restored.return_anchor),
                        as_saved(&default.return_anchor),
                    ),
                    "voice" => (as_saved(&restored.voice), as_saved(&default.voice)),
                    _ => (as_saved(&restored.motion), as_saved(&default.motion)),
                };
                set_by_the_family(fixture, key, saved, &default);
                assert_eq!(kept, *saved, "{file}: {key}");
            }
            "sound" => {
                let switches = saved.as_object().expect("sound switches");
                assert_eq!(switches.len(), 3, "{file}: narration, effects and music");
                let (kept, default) = (as_saved(&restored.sound), as_saved(&default.sound));
                for (switch, on) in switches {
                    let field = format!("sound.{switch}");
                    set_by_the_family(fixture, &field, on, &default[switch]);
                    assert_eq!(kept[switch], *on, "{file}: {field}");
                }
            }
            "week" => {
                let days = saved["days"].as_array().expect("days");
                assert_eq!(days.len(), 7, "{file}: a week");
                for (day, plan) in days.iter().enumerate() {
                    let field = format!("week day {day}");
                    let kind = &plan["kind"];
                    let pick_up = pick_up_place(fixture, &plan["pick_up"]);
                    let usual = default.week.days[day];
                    assert!(
                        *kind != as_saved(&usual.kind) || pick_up != usual.pick_up.index(),
                        "{file}: {field} is the default, so it cannot show a loss"
                    );
                    let kept = restored.week.days[day];
                    assert_eq!(as_saved(&kept.kind), *kind, "{file}: {field}'s kind");
                    assert_eq!(kept.pick_up.index(), pick_up, "{file}: {field}'s pick-up");
                }
            }
            // The games' progress, moved to its own record: see the progress tests below.
            "peekaboo_wait" | "palm_kissed" => {}
            other => panic!("{file}: this test does not know how to check {other:?}"),
        }
    }
    assert!(grown_ups_saved > 0, "{file}: no grown-up saved");
    assert_eq!(
        restored.grown_ups.count(),
        grown_ups_saved,
        "{file}: everyone saved, and nobody else"
    );
}

/// There is at least one fixture of each format the game has written: 0, 1 and 2.
#[test]
fn the_fixtures_cover_formats_0_1_and_2() {
    let fixtures = fixtures();
    for version in 0..=CURRENT_VERSION {
        assert!(
            fixtures.iter().any(|f| f.version == version),
            "no fixture of format {version}"
        );
    }
}

/// Every value an old save holds is found in the settings read back from it.
#[test]
fn every_old_save_reads_back_with_nothing_the_family_set_lost() {
    for fixture in fixtures() {
        let restored = restore(Some(&fixture.text));
        assert_eq!(
            restored.found_version,
            Some(fixture.version),
            "{}",
            fixture.file
        );
        assert_nothing_lost(&fixture, &restored.settings);
    }
}

/// A save that was valid when it was written reads back with no problem reported to the parent.
#[test]
fn an_old_save_valid_when_written_reports_no_read_problem() {
    for fixture in fixtures() {
        let restored = restore(Some(&fixture.text));
        assert_eq!(restored.problems, vec![], "{}", fixture.file);
    }
}

/// Settings read from an old save, written again in today's format, read back the same.
#[test]
fn an_old_save_written_again_reads_back_the_same() {
    for fixture in fixtures() {
        let restored = restore(Some(&fixture.text)).settings;
        let again = restore(Some(&to_json(&restored)));
        assert_eq!(
            again.found_version,
            Some(CURRENT_VERSION),
            "{}",
            fixture.file
        );
        assert_eq!(again.problems, vec![], "{}", fixture.file);
        assert_eq!(again.settings, restored, "{}", fixture.file);
        assert_nothing_lost(&fixture, &again.settings);
    }
}

/// The progress an old settings text carries (peekaboo's ladder, the kissed palm) comes back
/// from it; a text that carries none gives none.
#[test]
fn progress_kept_in_old_settings_comes_back_from_them() {
    let default = Progress::default();
    let mut carrying = 0;
    for fixture in fixtures() {
        let file = &fixture.file;
        let wait = fixture.settings.get("peekaboo_wait");
        let kissed = fixture.settings.get("palm_kissed");
        let (progress, source) = progress::restore(None, Some(&fixture.text));
        if wait.is_none() && kissed.is_none() {
            assert_eq!(
                (progress, source),
                (default.clone(), Source::Nothing),
                "{file}"
            );
            continue;
        }
        carrying += 1;
        assert_eq!(source, Source::Settings, "{file}");
        if let Some(wait) = wait {
            let wait = wait.as_f64().expect("seconds") as f32;
            assert_ne!(wait, default.peekaboo_wait, "{file}: the default wait");
            assert_eq!(progress.peekaboo_wait, wait, "{file}: peekaboo_wait");
        }
        if let Some(kissed) = kissed {
            let kissed = kissed.as_bool().expect("a bool");
            assert_ne!(kissed, default.palm_kissed, "{file}: the default palm");
            assert_eq!(progress.palm_kissed, kissed, "{file}: palm_kissed");
        }
    }
    assert!(carrying > 0, "no fixture carries progress");
}

/// Progress moved out of old settings is kept under its own key, so writing the settings again
/// (without it) loses none of it.
#[test]
fn moved_progress_survives_the_settings_being_written_again() {
    let mut carrying = 0;
    for fixture in fixtures() {
        let (moved, source) = progress::restore(None, Some(&fixture.text));
        if source != Source::Settings {
            continue;
        }
        carrying += 1;
        let settings = to_json(&restore(Some(&fixture.text)).settings);
        assert_eq!(
            progress::restore(Some(&progress::to_json(&moved)), Some(&settings)),
            (moved, Source::Own),
            "{}",
            fixture.file
        );
    }
    assert!(carrying > 0, "no fixture carries progress");
}
