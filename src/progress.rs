//! What the games carry from one session to the next: how long peekaboo's grown-up now stays
//! hidden (the separation ladder) and whether the grown-up has kissed the child's palm. Kept
//! apart from the parent's settings, under its own key: a reveal that moves the ladder wakes
//! no settings follower and rewrites only this small record.
//!
//! Read like the settings: whatever is stored gives usable progress, field by field. Until
//! this record existed the two fields sat inside the saved settings; the first start reads
//! them from there and writes them here at once.

use bevy::prelude::*;
use see_you_soon_model::peekaboo::rules::{Ladder, Timing};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::platform;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(load());
    app.add_systems(PreUpdate, write_back_if_cleared);
    app.add_systems(Last, save_when_changed);
}

/// The browser cleared the site's data while the game runs (seen as a change elsewhere that
/// left no progress stored): the game still holds it, so it is written back.
fn write_back_if_cleared(mut seen: Local<u32>, progress: Res<Progress>) {
    let count = platform::storage_changes_elsewhere();
    if count == *seen {
        return;
    }
    *seen = count;
    if matches!(platform::read_storage(STORAGE_KEY), Ok(None)) {
        save(&progress);
    }
}

/// The `localStorage` key.
pub const STORAGE_KEY: &str = "see-you-soon.progress";
/// Where unreadable progress is kept aside before anything new is written over it.
pub const UNREADABLE_COPY_KEY: &str = "see-you-soon.progress.unreadable";
/// The format written now.
pub const CURRENT_VERSION: u64 = 1;
/// The settings' key, where the progress was kept before it had its own.
const SETTINGS_KEY: &str = "see-you-soon.settings";
/// Progress is two fields: anything bigger is not ours.
const MAX_SAVED_BYTES: usize = 64 * 1024;

/// What the games remember between sessions.
#[derive(Resource, Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// Peekaboo's separation ladder: seconds the grown-up stays hidden with no tap.
    pub peekaboo_wait: f32,
    /// The grown-up has kissed the child's palm in a goodbye ritual: from then on the child
    /// can press that hand to hear the kiss (the Kissing Hand).
    pub palm_kissed: bool,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            peekaboo_wait: Timing::LADDER_START,
            palm_kissed: false,
        }
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    progress: &'a Progress,
}

/// The text to store.
pub fn to_json(progress: &Progress) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        progress,
    })
    .unwrap_or_default()
}

/// Where the progress that was read came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Its own record.
    Own,
    /// Inside the saved settings, from before progress had a record of its own.
    Settings,
    /// Nothing stored anywhere: a first visit.
    Nothing,
    /// A record was there but could not be read at all.
    Unreadable,
}

/// Reads the progress from its own record or, when there is none, from the settings text.
pub fn restore(own: Option<&str>, settings: Option<&str>) -> (Progress, Source) {
    match own {
        Some(text) => match fields_of(text, "progress") {
            Some(fields) => (merge(&fields), Source::Own),
            None => (Progress::default(), Source::Unreadable),
        },
        None => match settings.and_then(|text| fields_of(text, "settings")) {
            Some(fields)
                if fields.contains_key("peekaboo_wait") || fields.contains_key("palm_kissed") =>
            {
                (merge(&fields), Source::Settings)
            }
            _ => (Progress::default(), Source::Nothing),
        },
    }
}

/// The object inside an envelope (`{"version":…, "<inner>":{…}}`), or a bare object (the
/// settings' format 0).
fn fields_of(text: &str, inner: &str) -> Option<Map<String, Value>> {
    if text.len() > MAX_SAVED_BYTES {
        return None;
    }
    let Ok(Value::Object(mut top)) = serde_json::from_str::<Value>(text) else {
        return None;
    };
    match top.remove(inner) {
        Some(Value::Object(fields)) => Some(fields),
        Some(_) => None,
        None if !top.contains_key("version") => Some(top),
        None => None,
    }
}

/// Each field that makes sense on its own is kept; the others stay at their defaults.
fn merge(fields: &Map<String, Value>) -> Progress {
    let mut progress = Progress::default();
    if let Some(wait) = fields.get("peekaboo_wait").and_then(Value::as_f64) {
        progress.peekaboo_wait = Ladder::starting_at(wait as f32).wait();
    }
    if let Some(kissed) = fields.get("palm_kissed").and_then(Value::as_bool) {
        progress.palm_kissed = kissed;
    }
    progress
}

/// Reads the progress at start-up, moving it out of the settings the first time.
fn load() -> Progress {
    let own = platform::read_storage(STORAGE_KEY).ok().flatten();
    let settings = match own {
        Some(_) => None,
        None => platform::read_storage(SETTINGS_KEY).ok().flatten(),
    };
    let (progress, source) = restore(own.as_deref(), settings.as_deref());
    match source {
        // Written at once, before the settings are next saved without these fields.
        Source::Settings => save(&progress),
        Source::Unreadable => {
            tracing::warn!("The games' saved progress could not be read; it starts again.");
            if let Some(text) = &own {
                let _ = platform::write_storage(UNREADABLE_COPY_KEY, text);
            }
        }
        Source::Own | Source::Nothing => {}
    }
    progress
}

fn save(progress: &Progress) {
    // A browser that refuses storage is already explained to the parent with the settings;
    // the games go on with the progress in memory.
    if let Err(problem) = platform::write_storage(STORAGE_KEY, &to_json(progress)) {
        tracing::warn!("The games' progress was not kept: {problem:?}");
    }
}

fn save_when_changed(progress: Res<Progress>) {
    if progress.is_changed() && !progress.is_added() {
        save(&progress);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_reads_back_what_was_written() {
        let progress = Progress {
            peekaboo_wait: 6.5,
            palm_kissed: true,
        };
        assert_eq!(
            restore(Some(&to_json(&progress)), None),
            (progress, Source::Own)
        );
    }

    #[test]
    fn progress_kept_in_old_settings_moves_over() {
        let settings = r#"{"version":1,"settings":{"child_name":"Sam","peekaboo_wait":5.0,"palm_kissed":true}}"#;
        let (progress, source) = restore(None, Some(settings));
        assert_eq!(source, Source::Settings);
        assert_eq!(progress.peekaboo_wait, 5.0);
        assert!(progress.palm_kissed);
        // A bare settings object (format 0) too.
        let (progress, _) = restore(None, Some(r#"{"palm_kissed":true}"#));
        assert!(progress.palm_kissed);
    }

    #[test]
    fn its_own_record_wins_over_the_old_settings() {
        let own = to_json(&Progress::default());
        let settings = r#"{"version":1,"settings":{"palm_kissed":true}}"#;
        let (progress, source) = restore(Some(&own), Some(settings));
        assert_eq!(source, Source::Own);
        assert!(!progress.palm_kissed);
    }

    #[test]
    fn each_field_is_kept_or_reset_on_its_own() {
        let (progress, _) = restore(
            Some(r#"{"version":1,"progress":{"peekaboo_wait":"soon","palm_kissed":true}}"#),
            None,
        );
        assert_eq!(progress.peekaboo_wait, Timing::LADDER_START);
        assert!(progress.palm_kissed);
        let (progress, _) = restore(
            Some(r#"{"version":1,"progress":{"peekaboo_wait":1e9}}"#),
            None,
        );
        assert_eq!(
            progress.peekaboo_wait,
            Timing::HIDDEN_CEILING,
            "brought into range"
        );
    }

    #[test]
    fn garbage_gives_the_defaults_and_says_so() {
        for text in [
            "",
            "{",
            "[1,2]",
            r#"{"version":1,"progress":7}"#,
            &"x".repeat(70_000),
        ] {
            assert_eq!(
                restore(Some(text), None),
                (Progress::default(), Source::Unreadable),
                "{text:.20}"
            );
        }
        assert_eq!(
            restore(None, Some("not json")),
            (Progress::default(), Source::Nothing)
        );
    }
}
