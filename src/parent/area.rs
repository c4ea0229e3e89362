//! The parent area: an HTML form over a quiet backdrop. Saving checks the fields, keeps the
//! settings and says so; "Back to the game" starts a fresh session.

use bevy::prelude::*;

use crate::{
    assets::LaunchAssets,
    dom_mirror::DomMirror,
    flow::Screen,
    narration::Narrator,
    platform::{self, FormEvent},
    session::Session,
    settings::{
        self, ChangedElsewhere, Settings, SettingsStatus,
        form::{self, FormValues},
        own_voices, photo_rows,
    },
    theme::prelude::*,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ParentArea), open_parent_area);
    app.add_systems(OnExit(Screen::ParentArea), close_parent_area);
    app.add_systems(
        Update,
        (answer_the_form, show_changes_from_elsewhere).run_if(in_state(Screen::ParentArea)),
    );
}

/// Draws the form with the settings as saved and `lines` at the top.
fn draw_form(settings: &Settings, lines: &[String], narrator: &Narrator) {
    let voices = platform::voice_names(narrator.language().speech_tag);
    platform::show_parent_form(&form::html(
        &FormValues::from_settings(settings),
        settings,
        lines,
        &voices,
    ));
}

fn open_parent_area(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    settings: Res<Settings>,
    status: Res<SettingsStatus>,
    narrator: Res<Narrator>,
    mut mirror: ResMut<DomMirror>,
) {
    mirror.caption = "Settings for grown-ups".to_string();
    mirror.state = format!("saves-{}", status.saves);
    commands.spawn((
        widget::screen_root("Parent area backdrop"),
        DespawnOnExit(Screen::ParentArea),
        children![widget::caption("For grown-ups", assets.font.clone(), 5.0)],
    ));
    // Drain presses left over from an earlier visit.
    while platform::take_parent_form_event().is_some() {}
    draw_form(&settings, &status.lines(), &narrator);
}

/// Settings saved in another window of the game while this form is open: the form shows them
/// (a save here would otherwise put back what the other window replaced).
fn show_changes_from_elsewhere(
    changed: Res<ChangedElsewhere>,
    settings: Res<Settings>,
    narrator: Res<Narrator>,
    mut mirror: ResMut<DomMirror>,
) {
    if !changed.is_changed() || changed.is_added() {
        return;
    }
    let line =
        "The settings were just changed in another window of the game; this form now shows them.";
    draw_form(&settings, &[line.to_string()], &narrator);
    mirror.caption = line.to_string();
}

fn close_parent_area(mut mirror: ResMut<DomMirror>) {
    platform::hide_parent_form();
    mirror.state.clear();
}

/// One sentence that confirms what was saved, in the parent's own names.
pub fn saved_message(settings: &Settings, kept: bool) -> String {
    let what = format!(
        "the game will say \u{201c}{}\u{201d} and \u{201c}{}\u{201d}, and play for {} minutes",
        settings.child_name,
        settings.grown_up().name,
        settings.session_minutes.minutes()
    );
    if kept {
        format!("Saved: {what}.")
    } else {
        format!("Changed for now: {what}. They could not be saved in this browser.")
    }
}

/// Deletes what was kept for each grown-up taken out of the family (someone added at their
/// place later must not speak in their voice), and says so.
fn forget_grown_ups_taken_out(before: &Settings, after: &Settings) -> Vec<String> {
    let photos_gone = photo_rows::forget_at_empty_places(after);
    after
        .grown_ups
        .gone_since(&before.grown_ups)
        .into_iter()
        .filter_map(|(place, grown_up)| {
            let recordings = match own_voices::forget(place) {
                0 => None,
                1 => Some("their recording".to_string()),
                n => Some(format!("their {n} recordings")),
            };
            let photo = photos_gone.contains(&place).then_some("their photo");
            let what = match (photo, recordings) {
                (Some(photo), Some(recordings)) => format!("{photo} and {recordings}"),
                (Some(photo), None) => photo.to_string(),
                (None, Some(recordings)) => recordings,
                (None, None) => return None,
            };
            Some(format!(
                "{} was taken out, so {what} went too: deleted from this device.",
                grown_up.name
            ))
        })
        .collect()
}

fn answer_the_form(
    mut settings: ResMut<Settings>,
    mut status: ResMut<SettingsStatus>,
    mut session: Option<ResMut<Session>>,
    mut mirror: ResMut<DomMirror>,
    mut next: ResMut<NextState<Screen>>,
) {
    while let Some(event) = platform::take_parent_form_event() {
        match event {
            FormEvent::Save(values) => {
                let applied = form::apply(&values, &settings);
                let forgotten = forget_grown_ups_taken_out(&settings, &applied.settings);
                // Saved here, not by the change watcher, so the result can be reported.
                let kept = settings::save(&applied.settings, &mut status);
                settings.set_if_neq(applied.settings);
                let mut lines = applied.notes;
                lines.insert(0, saved_message(&settings, kept));
                lines.extend(forgotten);
                lines.extend(status.lines());
                platform::set_parent_status(&lines);
                mirror.caption = lines.join(" ");
                mirror.state = format!("saves-{}", status.saves);
            }
            FormEvent::Close => {
                if let Some(session) = session.as_mut() {
                    session.restart(&settings);
                }
                next.set(Screen::Home);
            }
        }
    }
}
