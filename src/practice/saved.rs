//! The practice ladder and the quiet log as kept in the browser: versioned JSON, read back
//! entry by entry. A broken rung or day is skipped and everything else kept; nothing stored
//! can stop the parent area from opening.

use see_you_soon_model::practice::{MOST_RUNGS, MOST_TICKS, Practice, Rung, Tick, tidy_words};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::log::{LoggedDay, MOST_DAYS, QuietLog};

pub const PRACTICE_KEY: &str = "see-you-soon.practice";
pub const LOG_KEY: &str = "see-you-soon.log";
/// Where a record that could not be read at all is kept aside, in case it can be mended.
pub const UNREADABLE_SUFFIX: &str = ".unreadable";
/// The format written now.
pub const CURRENT_VERSION: u64 = 1;
/// Years of daily ticks are well under this.
const MAX_SAVED_BYTES: usize = 512 * 1024;

#[derive(Serialize)]
struct Envelope<'a, T> {
    version: u64,
    #[serde(flatten)]
    record: &'a T,
}

pub fn practice_to_json(practice: &Practice) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        record: practice,
    })
    .unwrap_or_default()
}

pub fn log_to_json(log: &QuietLog) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        record: log,
    })
    .unwrap_or_default()
}

/// What reading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Read<T> {
    pub record: T,
    /// Entries (rungs, ticks, days) that made no sense and were left out.
    pub skipped: usize,
    /// Something was stored but was not a record at all: it is kept aside, not written over.
    pub unreadable: bool,
}

/// The stored record's fields, or what reading gives without them: the default record, noted
/// as unreadable when something was stored that is not a record at all.
fn top_of<T: Default>(stored: Option<&str>) -> Result<serde_json::Map<String, Value>, Read<T>> {
    let nothing = |unreadable| Read {
        record: T::default(),
        skipped: 0,
        unreadable,
    };
    let text = stored.ok_or_else(|| nothing(false))?;
    if text.len() > MAX_SAVED_BYTES {
        return Err(nothing(true));
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(top)) => Ok(top),
        _ => Err(nothing(true)),
    }
}

/// Each item of `list` that reads as a `T`, and how many did not.
fn each<T: for<'de> Deserialize<'de>>(list: Option<&Value>) -> (Vec<T>, usize) {
    let items = list
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let read: Vec<T> = items
        .iter()
        .filter_map(|item| serde_json::from_value(item.clone()).ok())
        .collect();
    let skipped = items.len() - read.len();
    (read, skipped)
}

/// Reads the practice ladder; `None` stored gives the suggested ladder.
pub fn restore_practice(stored: Option<&str>) -> Read<Practice> {
    let top = match top_of(stored) {
        Ok(top) => top,
        Err(nothing) => return nothing,
    };
    let mut skipped = 0;
    let mut rungs = Vec::new();
    for item in top
        .get("rungs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let what = item.get("what").and_then(Value::as_str).map(tidy_words);
        let Some(what) = what.filter(|w| !w.is_empty()) else {
            skipped += 1;
            continue;
        };
        let (mut ticks, bad_ticks): (Vec<Tick>, usize) = each(item.get("ticks"));
        skipped += bad_ticks;
        let extra = ticks.len().saturating_sub(MOST_TICKS);
        ticks.drain(..extra);
        rungs.push(Rung { what, ticks });
    }
    skipped += rungs.len().saturating_sub(MOST_RUNGS);
    rungs.truncate(MOST_RUNGS);
    let current = top
        .get("current")
        .and_then(Value::as_u64)
        .map_or(0, |c| c as usize)
        .min(rungs.len().saturating_sub(1));
    Read {
        record: Practice { rungs, current },
        skipped,
        unreadable: false,
    }
}

/// Reads the quiet log; `None` stored gives an empty one.
pub fn restore_log(stored: Option<&str>) -> Read<QuietLog> {
    let top = match top_of(stored) {
        Ok(top) => top,
        Err(nothing) => return nothing,
    };
    let (mut days, skipped): (Vec<LoggedDay>, usize) = each(top.get("days"));
    days.sort_by_key(|d| d.day);
    days.dedup_by_key(|d| d.day);
    let extra = days.len().saturating_sub(MOST_DAYS);
    days.drain(..extra);
    Read {
        record: QuietLog { days },
        skipped,
        unreadable: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use see_you_soon_model::{calendar::LocalDay, practice::Felt};

    #[test]
    fn the_ladder_and_the_log_read_back_what_was_written() {
        let mut practice = Practice::default();
        practice.move_to(2);
        practice.tick(LocalDay(20_000), Felt::Hard);
        practice.tick(LocalDay(20_001), Felt::Easy);
        let read = restore_practice(Some(&practice_to_json(&practice)));
        assert_eq!(read.record, practice);
        assert_eq!((read.skipped, read.unreadable), (0, false));

        let mut log = QuietLog::default();
        log.session_played(LocalDay(20_000), 2.5);
        log.session_played(LocalDay(20_003), 4.0);
        let read = restore_log(Some(&log_to_json(&log)));
        assert_eq!(read.record, log);
    }

    #[test]
    fn the_first_format_written_by_this_version_is_read() {
        // Version 1 as written on 29 November 2026, kept here so a later format still reads it.
        let v1 = r#"{"version":1,"rungs":[{"what":"Next room for one minute","ticks":[{"day":20786,"felt":"Easy"}]},{"what":"A morning at nursery","ticks":[]}],"current":1}"#;
        let read = restore_practice(Some(v1));
        assert_eq!(read.record.rungs.len(), 2);
        assert_eq!(read.record.current, 1);
        assert_eq!(read.record.rungs[0].ticks[0].felt, Felt::Easy);
        let v1 = r#"{"version":1,"days":[{"day":20786,"sessions":2,"peekaboo_wait":3.5}]}"#;
        assert_eq!(restore_log(Some(v1)).record.days.len(), 1);
    }

    #[test]
    fn a_broken_entry_is_skipped_and_nothing_else_is_lost() {
        let text = r#"{"version":1,"current":9,"rungs":[
            {"what":"Next room","ticks":[{"day":1,"felt":"Easy"},{"day":"x","felt":"Easy"},{"day":2,"felt":"Great"}]},
            {"what":42},
            "nonsense",
            {"what":"   "},
            {"what":"Shop","ticks":[{"day":3,"felt":"Hard"}]}]}"#;
        let read = restore_practice(Some(text));
        let words: Vec<&str> = read.record.rungs.iter().map(|r| r.what.as_str()).collect();
        assert_eq!(words, ["Next room", "Shop"]);
        assert_eq!(read.record.rungs[0].ticks.len(), 1);
        assert_eq!(read.skipped, 5);
        assert_eq!(
            read.record.current, 1,
            "a step past the ladder's top is its top"
        );

        let log = r#"{"version":1,"days":[{"day":5,"sessions":1,"peekaboo_wait":2.0},{"day":"today"},{"day":4,"sessions":3,"peekaboo_wait":1.0}]}"#;
        let read = restore_log(Some(log));
        assert_eq!(
            read.record.days.iter().map(|d| d.day).collect::<Vec<_>>(),
            [4, 5]
        );
        assert_eq!(read.skipped, 1);
    }

    #[test]
    fn garbage_is_set_aside_not_read_as_an_empty_ladder() {
        for text in ["", "{", "[]", "null", &"x".repeat(600_000)] {
            let read = restore_practice(Some(text));
            assert!(read.unreadable, "{text:.10}");
            assert_eq!(read.record, Practice::default());
            assert!(restore_log(Some(text)).unreadable);
        }
        assert!(!restore_practice(None).unreadable);
    }
}
