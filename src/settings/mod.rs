//! What the parent chooses: names, the grown-up's picture, the session length, sound and
//! motion, the family's week and drop-off plan. (What the games carry over between sessions is `progress`.)

pub mod form;
pub mod guide;
pub mod keeping_section;
pub mod own_voices;
pub mod photo_rows;
pub mod saved;

/// A shipped language file, read for a test of words written in it.
#[cfg(test)]
pub(crate) fn shipped_messages(code: &str) -> see_you_soon_model::lines::Messages {
    use see_you_soon_model::lines::{Language, Messages};
    let language = Language::for_tag(code).unwrap();
    let path = format!("{}/assets/lang/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
    let (messages, problems) = Messages::read(language, std::fs::read_to_string(path).unwrap());
    assert!(problems.is_empty(), "{code}: {problems:?}");
    messages
}

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

// The parent's choices and the name checks are plain data, in the model crate.
pub use see_you_soon_model::{
    choices::*,
    family::{GrownUps, MOST_GROWN_UPS, Place},
    names,
    plan::{DropOffPlan, Goodbye},
};

use see_you_soon_model::{calendar::WeekPlan, lines::Words};

use crate::platform::{self, StorageError};

pub(super) fn plugin(app: &mut App) {
    let (settings, status) = load();
    app.insert_resource(settings);
    app.insert_resource(status);
    app.init_resource::<ChangedElsewhere>();
    app.add_systems(PreUpdate, follow_changes_elsewhere);
    app.add_systems(Last, save_when_changed);
}

/// Counts the times the settings were changed in another window of the game and read again
/// here, so the parent area can show them.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ChangedElsewhere(pub u32);

/// Another window saved settings: read them again, so this one neither plays with stale names
/// nor writes its older copy over the new one at its next save. If they are gone instead (the
/// browser cleared the site's data while the game runs), this window still holds them: it
/// writes them back, and plays on with them.
fn follow_changes_elsewhere(
    mut seen: Local<u32>,
    mut settings: ResMut<Settings>,
    mut status: ResMut<SettingsStatus>,
    mut changed: ResMut<ChangedElsewhere>,
) {
    let count = platform::storage_changes_elsewhere();
    if count == *seen {
        return;
    }
    *seen = count;
    if matches!(platform::read_storage(saved::STORAGE_KEY), Ok(None)) {
        save(&settings, &mut status);
        return;
    }
    let (now, _) = load();
    if settings.set_if_neq(now) {
        changed.0 += 1;
    }
}

/// How reading and writing the saved settings went; the parent area says it in words.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct SettingsStatus {
    /// What was wrong with the stored settings when the game started.
    pub read_problems: Vec<saved::ReadProblem>,
    /// The last storage failure, if storage does not work here.
    pub storage_problem: Option<StorageError>,
    /// Saves that reached storage since the game started.
    pub saves: u32,
    /// Nothing was kept from an earlier visit: the family has typed nothing yet.
    pub first_visit: bool,
}

/// Where unreadable settings are kept aside before anything new is written over them.
pub const UNREADABLE_COPY_KEY: &str = "see-you-soon.settings.unreadable";

/// Reads the saved settings, whatever state they are in.
pub fn load() -> (Settings, SettingsStatus) {
    let mut status = SettingsStatus::default();
    let stored = match platform::read_storage(saved::STORAGE_KEY) {
        Ok(stored) => stored,
        Err(problem) => {
            status.storage_problem = Some(problem);
            None
        }
    };
    status.first_visit = stored.is_none() && status.storage_problem.is_none();
    let restored = saved::restore(stored.as_deref());
    if !restored.problems.is_empty()
        && let Some(text) = &stored
    {
        // Nothing the parent saved is lost: the unreadable text stays, under its own key.
        let _ = platform::write_storage(UNREADABLE_COPY_KEY, text);
    }
    for problem in &restored.problems {
        tracing::warn!("the saved settings: {problem:?}");
    }
    status.read_problems = restored.problems;
    (restored.settings, status)
}

/// Writes the settings now; the status remembers whether storage works.
pub fn save(settings: &Settings, status: &mut SettingsStatus) -> bool {
    match platform::write_storage(saved::STORAGE_KEY, &saved::to_json(settings)) {
        Ok(()) => {
            status.storage_problem = None;
            status.saves += 1;
            true
        }
        Err(problem) => {
            status.storage_problem = Some(problem);
            false
        }
    }
}

/// Every change the parent makes is kept at once: settings are small and change rarely.
fn save_when_changed(settings: Res<Settings>, mut status: ResMut<SettingsStatus>) {
    if settings.is_changed() && !settings.is_added() {
        save(&settings, &mut status);
    }
}

/// Everything the parent sets. Saved as versioned JSON (see [`saved`]).
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub child_name: String,
    /// Everyone who comes back (one to four), and who goes away today.
    pub grown_ups: GrownUps,
    pub session_minutes: SessionLength,
    pub journey_theme: JourneyTheme,
    /// What the grown-up promises to come back after.
    pub return_anchor: ReturnAnchor,
    /// What the grown-up says at the reunion.
    pub reunion_line: String,
    pub sound: SoundChoices,
    /// The speech voice the parent chose, by the browser's name for it; `None`: the game picks
    /// a warm voice for the language.
    pub voice: Option<String>,
    pub motion: MotionChoice,
    /// The family's usual week, for the calendar: school days, home days, who picks up.
    pub week: WeekPlan,
    /// The drop-off plan: the goodbye's order, what the child does meanwhile, the pick-up
    /// time. With the return anchor and the reunion line, the whole plan.
    pub plan: DropOffPlan,
    /// The language the parent chose for the game (a code such as "fr"); `None`: the
    /// browser's.
    pub language: Option<String>,
}

impl Settings {
    /// A new family's names in its language: the child's, and the first of the language's
    /// words for a grown-up ("Mamá", "Maman", "Мама", "妈妈", "ماما").
    pub fn with_names_in(mut self, messages: &see_you_soon_model::lines::Messages) -> Self {
        use see_you_soon_model::lines::Key;
        self.child_name = messages.text(Key::DefaultChildName);
        let presets = messages.text(Key::GrownUpPresets);
        if let Some(name) = presets.split(',').map(str::trim).find(|n| !n.is_empty()) {
            let first = GrownUp {
                name: name.to_string(),
                ..self.grown_ups.first().clone()
            };
            self.grown_ups.set(Place::FIRST, first);
        }
        self
    }

    /// The grown-up going away today: the one the games show and whose name they say.
    pub fn grown_up(&self) -> &GrownUp {
        self.grown_ups.away_today()
    }

    /// How the child is drawn: like the family's first grown-up, the same in every game,
    /// whoever goes away today.
    pub fn childs_look(&self) -> Look {
        self.grown_ups.first().look
    }

    /// The family's words for lines about (and in the voice of) the grown-up at `place`; today's
    /// grown-up's if nobody is there.
    pub fn words_about(&self, place: Place) -> Words {
        let (place, grown_up) = match self.grown_ups.get(place) {
            Some(grown_up) => (place, grown_up),
            None => (
                self.grown_ups.away_today_place(),
                self.grown_ups.away_today(),
            ),
        };
        Words {
            grown_up: grown_up.name.clone(),
            voice_of: place,
            child: self.child_name.clone(),
            promise: self.return_anchor.words().to_string(),
            meanwhile: self.plan.meanwhile.clone(),
            who: grown_up.name.clone(),
            ..Words::default()
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            child_name: DEFAULT_CHILD_NAME.to_string(),
            grown_ups: GrownUps::default(),
            session_minutes: SessionLength::Five,
            journey_theme: JourneyTheme::People,
            return_anchor: ReturnAnchor::AfterNap,
            reunion_line: DEFAULT_REUNION_LINE.to_string(),
            sound: SoundChoices::default(),
            voice: None,
            motion: MotionChoice::FollowDevice,
            week: WeekPlan::default(),
            plan: DropOffPlan::default(),
            language: None,
        }
    }
}
