//! The grown-up's part off the screen: the practice ladder of real separations and the quiet
//! log of sessions played, both kept on this device beside the settings (and in the family's
//! copy, which takes every `see-you-soon.` record). The parent area shows and changes them.

pub mod log;
pub mod saved;

use bevy::prelude::*;
use see_you_soon_model::{calendar::LocalDay, practice::Practice};

use crate::{flow::InGame, platform, progress::Progress, session::Session};
use log::QuietLog;
use saved::{LOG_KEY, PRACTICE_KEY, UNREADABLE_SUFFIX};

pub(super) fn plugin(app: &mut App) {
    let (practice, log, problems) = load();
    app.insert_resource(KeptPractice(practice));
    app.insert_resource(KeptLog(log));
    app.insert_resource(PracticeStatus { problems });
    app.add_systems(OnEnter(InGame), count_a_new_session);
    app.add_systems(PreUpdate, write_back_if_cleared);
    app.add_systems(Last, save_when_changed);
}

/// The practice ladder, as the grown-up keeps it.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct KeptPractice(pub Practice);

/// The quiet log.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct KeptLog(pub QuietLog);

/// What the parent should know about reading or keeping these; the parent area says it.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct PracticeStatus {
    pub problems: Vec<PracticeProblem>,
}

/// Something that went wrong reading or keeping the practice steps and the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PracticeProblem {
    /// The saved steps could not be read: they start again, the old copy kept aside.
    StepsUnreadable,
    /// The same for the log.
    LogUnreadable,
    /// A few saved entries made no sense and were left out.
    EntriesLeftOut,
    /// This browser would not keep them: they last until the page is closed.
    NotKept,
}

/// Today in the family's time zone.
pub fn today() -> LocalDay {
    let (utc_ms, offset_minutes) = platform::clock();
    LocalDay::from_clock(utc_ms, offset_minutes)
}

fn load() -> (Practice, QuietLog, Vec<PracticeProblem>) {
    let mut problems = Vec::new();
    let stored = platform::read_storage(PRACTICE_KEY).ok().flatten();
    let practice = saved::restore_practice(stored.as_deref());
    let stored_log = platform::read_storage(LOG_KEY).ok().flatten();
    let log = saved::restore_log(stored_log.as_deref());
    for (key, text, unreadable, problem) in [
        (
            PRACTICE_KEY,
            &stored,
            practice.unreadable,
            PracticeProblem::StepsUnreadable,
        ),
        (
            LOG_KEY,
            &stored_log,
            log.unreadable,
            PracticeProblem::LogUnreadable,
        ),
    ] {
        if unreadable && let Some(text) = text {
            // Kept aside before anything is written over it.
            let _ = platform::write_storage(&format!("{key}{UNREADABLE_SUFFIX}"), text);
            problems.push(problem);
        }
    }
    if practice.skipped + log.skipped > 0 {
        problems.push(PracticeProblem::EntriesLeftOut);
    }
    (practice.record, log.record, problems)
}

/// A session's first game: one more session played today.
fn count_a_new_session(
    session: Option<Res<Session>>,
    progress: Res<Progress>,
    mut log: ResMut<KeptLog>,
) {
    if session.is_some_and(|s| s.0.played() == 0.0) {
        log.0.session_played(today(), progress.peekaboo_wait);
    }
}

/// The browser cleared the site's data while the game runs: the game still holds these, so
/// they are written back (as the progress is).
fn write_back_if_cleared(mut seen: Local<u32>, practice: Res<KeptPractice>, log: Res<KeptLog>) {
    let count = platform::storage_changes_elsewhere();
    if count == *seen {
        return;
    }
    *seen = count;
    if matches!(platform::read_storage(PRACTICE_KEY), Ok(None)) {
        save(PRACTICE_KEY, &saved::practice_to_json(&practice.0));
    }
    if matches!(platform::read_storage(LOG_KEY), Ok(None)) && !log.0.days.is_empty() {
        save(LOG_KEY, &saved::log_to_json(&log.0));
    }
}

fn save(key: &str, text: &str) -> bool {
    match platform::write_storage(key, text) {
        Ok(()) => true,
        Err(problem) => {
            tracing::warn!("{key} was not kept: {problem:?}");
            false
        }
    }
}

/// Keeps what changed. A browser that refuses storage is told to the parent in the form.
fn save_when_changed(
    practice: Res<KeptPractice>,
    log: Res<KeptLog>,
    mut status: ResMut<PracticeStatus>,
) {
    let mut kept = true;
    if practice.is_changed() && !practice.is_added() {
        kept &= save(PRACTICE_KEY, &saved::practice_to_json(&practice.0));
    }
    if log.is_changed() && !log.is_added() {
        kept &= save(LOG_KEY, &saved::log_to_json(&log.0));
    }
    if !kept && !status.problems.contains(&PracticeProblem::NotKept) {
        status.problems.push(PracticeProblem::NotKept);
    }
}
