//! Settings as saved in the browser: versioned JSON, read back totally.
//!
//! Whatever is stored (nothing, garbage, half a file, a huge blob, a newer version, an older
//! one) reading gives usable settings and never fails. Each field that still makes sense is
//! kept; the rest fall back to their defaults, and the parent is told which.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{
    DEFAULT_CHILD_NAME, DEFAULT_GROWN_UP_NAME, DEFAULT_REUNION_LINE, GrownUp, ReturnAnchor,
    Settings,
    names::{check_name, single_line},
};

/// The `localStorage` key.
pub const STORAGE_KEY: &str = "see-you-soon.settings";
/// The format written now. Version 0 is a bare settings object with no envelope; version 1 had
/// one grown-up and an optional second (`grown_up`, `second_grown_up`); version 2 has up to
/// four (`grown_ups`).
pub const CURRENT_VERSION: u64 = 2;
/// Anything bigger than this is not ours: settings are well under 2 KiB.
pub const MAX_SAVED_BYTES: usize = 64 * 1024;

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    settings: &'a Settings,
}

/// The text to store.
pub fn to_json(settings: &Settings) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        settings,
    })
    .unwrap_or_default()
}

/// What went wrong reading saved settings, for a plain message to the parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// The text is not JSON settings at all (corrupted or truncated).
    Unreadable,
    /// Far larger than settings can be.
    TooLarge { bytes: usize },
    /// Written by a newer version of the game; what could be understood was kept.
    NewerVersion { version: u64 },
    /// These fields made no sense and went back to their defaults.
    FieldsReset { fields: Vec<String> },
}

/// The outcome of reading: always usable settings, and what, if anything, went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub settings: Settings,
    pub problems: Vec<ReadProblem>,
    /// The format version found (0 for a bare object), `None` when nothing usable was stored.
    pub found_version: Option<u64>,
}

/// Reads whatever was stored under [`STORAGE_KEY`] (`None`: nothing was).
pub fn restore(stored: Option<&str>) -> Restored {
    let mut restored = Restored {
        settings: Settings::default(),
        problems: Vec::new(),
        found_version: None,
    };
    let Some(text) = stored else {
        return restored;
    };
    if text.len() > MAX_SAVED_BYTES {
        restored
            .problems
            .push(ReadProblem::TooLarge { bytes: text.len() });
        return restored;
    }
    let Ok(Value::Object(top)) = serde_json::from_str::<Value>(text) else {
        restored.problems.push(ReadProblem::Unreadable);
        return restored;
    };
    let (version, saved) = match (top.get("version"), top.get("settings")) {
        (Some(version), Some(Value::Object(settings))) => (
            version.as_u64().unwrap_or(CURRENT_VERSION),
            settings.clone(),
        ),
        // Version 0: the settings object itself, with no envelope.
        (None, _) => (0, migrate_from_v1(migrate_from_v0(top))),
        _ => {
            restored.problems.push(ReadProblem::Unreadable);
            return restored;
        }
    };
    let saved = if version == 1 {
        migrate_from_v1(saved)
    } else {
        saved
    };
    restored.found_version = Some(version);
    if version > CURRENT_VERSION {
        restored
            .problems
            .push(ReadProblem::NewerVersion { version });
    }
    let (settings, reset) = merge_field_by_field(&saved);
    restored.settings = settings;
    if !reset.is_empty() {
        restored
            .problems
            .push(ReadProblem::FieldsReset { fields: reset });
    }
    restored
}

/// Version 0 kept the grown-up's name and the session length as flat fields
/// (`grown_up_name`, `session_length_minutes`); version 1 nests the grown-up and names the
/// length. Everything else was already the same.
fn migrate_from_v0(mut old: Map<String, Value>) -> Map<String, Value> {
    if let Some(name) = old.remove("grown_up_name") {
        let mut grown_up = serde_json::to_value(GrownUp::default())
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default();
        grown_up.insert("name".to_string(), name);
        old.entry("grown_up")
            .or_insert_with(|| Value::Object(grown_up));
    }
    if let Some(minutes) = old.remove("session_length_minutes")
        && let Some(length) = minutes
            .as_u64()
            .and_then(|m| super::SessionLength::from_minutes(m as u32))
        && let Ok(value) = serde_json::to_value(length)
    {
        old.insert("session_minutes".to_string(), value);
    }
    old
}

/// Version 1 kept the grown-up and an optional second one; version 2 keeps a family of up to
/// four, each at a place of their own. The two become the first and second places, as saved,
/// so reading them goes field by field like everything else (the week's "SecondGrownUp" is
/// read as the second place by the calendar itself).
fn migrate_from_v1(mut old: Map<String, Value>) -> Map<String, Value> {
    if old.contains_key("grown_ups") {
        return old;
    }
    let first = old.remove("grown_up").unwrap_or(Value::Null);
    let second = old.remove("second_grown_up").unwrap_or(Value::Null);
    if !first.is_null() || !second.is_null() {
        let places = Value::Array(vec![first, second, Value::Null, Value::Null]);
        let family = serde_json::json!({ "places": places, "away_today": 0 });
        old.insert("grown_ups".to_string(), family);
    }
    old
}

/// Starts from the defaults and takes each saved field that, on its own, still gives valid
/// settings; nested objects are tried field by field in turn. Returns the fields that were
/// dropped, as dotted paths.
fn merge_field_by_field(saved: &Map<String, Value>) -> (Settings, Vec<String>) {
    let mut accepted = serde_json::to_value(Settings::default()).unwrap_or(Value::Null);
    let mut dropped = Vec::new();
    let keys: Vec<String> = accepted
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    for key in keys {
        if let Some(value) = saved.get(&key) {
            merge_at(&mut accepted, &[key.as_str()], value, &mut dropped);
        }
    }
    let settings = serde_json::from_value::<Settings>(accepted)
        .map(tidy)
        .unwrap_or_default();
    (settings, dropped)
}

fn merge_at(accepted: &mut Value, path: &[&str], saved: &Value, dropped: &mut Vec<String>) {
    let mut trial = accepted.clone();
    if let Some(slot) = slot_mut(&mut trial, path) {
        *slot = saved.clone();
        if serde_json::from_value::<Settings>(trial.clone()).is_ok() {
            *accepted = trial;
            return;
        }
    }
    // Not acceptable whole: if both sides are objects, try each inner field instead; if both
    // are lists of the same length (the week's days, the family's places), each entry.
    let inner_keys: Option<Vec<String>> = match (slot_mut(accepted, path), saved) {
        (Some(Value::Object(current)), Value::Object(_)) => Some(current.keys().cloned().collect()),
        (Some(Value::Array(current)), Value::Array(list)) if current.len() == list.len() => {
            Some((0..list.len()).map(|i| i.to_string()).collect())
        }
        _ => None,
    };
    match inner_keys {
        Some(keys) => {
            for key in keys {
                let value = match saved {
                    Value::Array(list) => key.parse::<usize>().ok().and_then(|i| list.get(i)),
                    _ => saved.get(&key),
                };
                if let Some(value) = value {
                    let mut inner: Vec<&str> = path.to_vec();
                    inner.push(key.as_str());
                    merge_at(accepted, &inner, value, dropped);
                }
            }
        }
        None => dropped.push(path.join(".")),
    }
}

fn slot_mut<'a>(value: &'a mut Value, path: &[&str]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, key| match value {
        Value::Array(list) => list.get_mut(key.parse::<usize>().ok()?),
        other => other.as_object_mut()?.get_mut(*key),
    })
}

/// Values that parse but the game should not use as they are: names and lines are cleaned.
fn tidy(mut settings: Settings) -> Settings {
    settings.child_name = check_name(&settings.child_name, DEFAULT_CHILD_NAME)
        .name()
        .to_string();
    // Every grown-up's name is cleaned; another grown-up with no name at all is nobody.
    let family = settings.grown_ups.clone();
    for (place, grown_up) in family.all() {
        let mut cleaned = grown_up.clone();
        cleaned.name = check_name(&grown_up.name, DEFAULT_GROWN_UP_NAME)
            .name()
            .to_string();
        if place != super::Place::FIRST && grown_up.name.trim().is_empty() {
            settings.grown_ups.remove(place);
        } else {
            settings.grown_ups.set(place, cleaned);
        }
    }
    settings.reunion_line = check_line(&settings.reunion_line, DEFAULT_REUNION_LINE);
    if !see_you_soon_model::plan::is_whole(&settings.plan.ritual) {
        settings.plan.ritual = super::Goodbye::ALL;
    }
    settings.plan.meanwhile = check_line(
        &settings.plan.meanwhile,
        see_you_soon_model::plan::DEFAULT_MEANWHILE,
    );
    settings.plan.pick_up_time = check_line(&settings.plan.pick_up_time, "");
    if let ReturnAnchor::Custom(words) = &settings.return_anchor {
        let words = check_line(words, "");
        settings.return_anchor = if words.is_empty() {
            ReturnAnchor::AfterNap
        } else {
            ReturnAnchor::Custom(words)
        };
    }
    settings
}

/// The longest reunion line or custom anchor, in characters.
pub const MAX_LINE_CHARS: usize = 80;

/// A short line of the parent's own words: trimmed, one line, at most [`MAX_LINE_CHARS`].
pub fn check_line(typed: &str, default: &str) -> String {
    let one_line = single_line(typed);
    let trimmed = one_line.trim();
    if trimmed.is_empty() {
        return default.to_string();
    }
    trimmed
        .chars()
        .take(MAX_LINE_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests;
