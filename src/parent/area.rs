//! The parent area: an HTML page over a quiet backdrop. The settings form (with the drop-off
//! plan): saving checks the fields, keeps the settings and says so. Then the practice ladder,
//! things to print and the quiet log, each answering at once. "Back to the game" starts a
//! fresh session.

use bevy::prelude::*;
use see_you_soon_model::practice::Felt;

use super::notes;
use crate::{
    assets::LaunchAssets,
    dom_mirror::DomMirror,
    flow::Screen,
    narration::{
        Narrator,
        lines::{Key, Messages},
    },
    platform::{
        self, FormEvent,
        page::{LOG_SECTION_ID, PRACTICE_SECTION_ID},
    },
    practice::{KeptLog, KeptPractice, PracticeStatus, today},
    progress::Progress,
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

/// What the parent area shows besides the settings.
#[derive(bevy::ecs::system::SystemParam)]
struct GrownUpsPart<'w> {
    practice: ResMut<'w, KeptPractice>,
    log: ResMut<'w, KeptLog>,
    progress: Res<'w, Progress>,
    status: Res<'w, PracticeStatus>,
}

impl GrownUpsPart<'_> {
    fn practice_html(&self, settings: &Settings, messages: &Messages) -> String {
        super::practice_section::html(
            &self.practice.0,
            self.progress.peekaboo_wait,
            &settings.child_name,
            messages,
        )
    }

    fn log_html(&self, messages: &Messages) -> String {
        super::log_section::html(&self.log.0, &self.practice.0, today(), messages)
    }

    /// Shows the practice ladder and the log as they are now, leaving the form as typed.
    fn redraw(&self, settings: &Settings, messages: &Messages) {
        platform::replace_parent_section(
            PRACTICE_SECTION_ID,
            &self.practice_html(settings, messages),
        );
        platform::replace_parent_section(LOG_SECTION_ID, &self.log_html(messages));
    }
}

/// Draws the whole parent area: the form with the settings as saved and `lines` at the top,
/// then the grown-up's part. The printable pages are made again from these settings.
fn draw_form(settings: &Settings, lines: &[String], narrator: &Narrator, part: &GrownUpsPart) {
    let voices = platform::voice_names(narrator.language().speech_tag);
    let mut lines = lines.to_vec();
    lines.extend(notes::practice_status(
        &part.status.problems,
        narrator.messages(),
    ));
    let page = [
        form::html(
            &FormValues::from_settings(settings),
            settings,
            &lines,
            &voices,
            narrator.messages(),
        ),
        part.practice_html(settings, narrator.messages()),
        super::print_section::html(narrator.messages()),
        part.log_html(narrator.messages()),
    ]
    .join("\n");
    platform::show_parent_form(&page);
    super::printables::keep(settings, today(), narrator.messages());
}

fn open_parent_area(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    settings: Res<Settings>,
    status: Res<SettingsStatus>,
    narrator: Res<Narrator>,
    mut mirror: ResMut<DomMirror>,
    part: GrownUpsPart,
) {
    mirror.caption = narrator.messages().text(Key::ForGrownUps);
    mirror.state = format!("saves-{}", status.saves);
    commands.spawn((
        widget::screen_root("Parent area backdrop"),
        DespawnOnExit(Screen::ParentArea),
        children![widget::caption(
            narrator.messages().text(Key::ForGrownUps),
            assets.font.clone(),
            5.0
        )],
    ));
    // Drain presses left over from an earlier visit.
    while platform::take_parent_form_event().is_some() {}
    let lines = notes::settings_status(&status, narrator.messages());
    draw_form(&settings, &lines, &narrator, &part);
}

/// Settings saved in another window of the game while this form is open: the form shows them
/// (a save here would otherwise put back what the other window replaced).
fn show_changes_from_elsewhere(
    changed: Res<ChangedElsewhere>,
    settings: Res<Settings>,
    narrator: Res<Narrator>,
    mut mirror: ResMut<DomMirror>,
    part: GrownUpsPart,
) {
    if !changed.is_changed() || changed.is_added() {
        return;
    }
    let line = narrator.messages().text(Key::FormChangedElsewhere);
    draw_form(&settings, std::slice::from_ref(&line), &narrator, &part);
    mirror.caption = line;
}

fn close_parent_area(mut mirror: ResMut<DomMirror>) {
    platform::hide_parent_form();
    mirror.state.clear();
}

/// Deletes what was kept for each grown-up taken out of the family (someone added at their
/// place later must not speak in their voice), and says so.
fn forget_grown_ups_taken_out(
    before: &Settings,
    after: &Settings,
    messages: &Messages,
) -> Vec<String> {
    let photos_gone = photo_rows::forget_at_empty_places(after);
    after
        .grown_ups
        .gone_since(&before.grown_ups)
        .into_iter()
        .filter_map(|(place, grown_up)| {
            let recordings = own_voices::forget(place);
            let photo = photos_gone.contains(&place);
            notes::taken_out(&grown_up.name, photo, recordings as u32, messages)
        })
        .collect()
}

fn answer_the_form(
    mut settings: ResMut<Settings>,
    mut status: ResMut<SettingsStatus>,
    mut session: Option<ResMut<Session>>,
    mut mirror: ResMut<DomMirror>,
    mut next: ResMut<NextState<Screen>>,
    mut part: GrownUpsPart,
    narrator: Res<Narrator>,
) {
    while let Some(event) = platform::take_parent_form_event() {
        match event {
            FormEvent::Save(values) => {
                let messages = narrator.messages();
                let applied = form::apply(&values, &settings);
                let forgotten = forget_grown_ups_taken_out(&settings, &applied.settings, messages);
                // Saved here, not by the change watcher, so the result can be reported.
                let kept = settings::save(&applied.settings, &mut status);
                settings.set_if_neq(applied.settings);
                let mut lines = vec![notes::saved(&settings, kept, messages)];
                lines.extend(applied.notes.iter().map(|n| notes::form_note(n, messages)));
                lines.extend(forgotten);
                lines.extend(notes::settings_status(&status, messages));
                platform::set_parent_status(&lines);
                mirror.caption = lines.join(" ");
                mirror.state = format!("saves-{}", status.saves);
                // The ladder's words name the child; the printables, the whole family.
                part.redraw(&settings, narrator.messages());
                super::printables::keep(&settings, today(), narrator.messages());
            }
            FormEvent::Tick(felt) => {
                if let Some(felt) = Felt::from_name(&felt) {
                    part.practice.0.tick(today(), felt);
                    part.redraw(&settings, narrator.messages());
                }
            }
            FormEvent::Untick => {
                part.practice.0.untick();
                part.redraw(&settings, narrator.messages());
            }
            FormEvent::MoveTo(rung) => {
                part.practice.0.move_to(rung);
                part.redraw(&settings, narrator.messages());
            }
            FormEvent::EditSteps(words) => {
                part.practice.0.edit(&words);
                part.redraw(&settings, narrator.messages());
            }
            FormEvent::ForgetLog => {
                part.log.0 = Default::default();
                part.practice.0.forget_ticks();
                part.redraw(&settings, narrator.messages());
                let line = narrator.messages().text(Key::FormLogForgotten);
                platform::set_parent_status(std::slice::from_ref(&line));
                mirror.caption = line;
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
