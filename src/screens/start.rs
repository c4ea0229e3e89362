//! The Start screen: one huge target. The tap is the browser's required gesture, so the page
//! may play sound from here on; a soft chime confirms it.

use bevy::prelude::*;

use crate::{
    assets::LaunchAssets,
    flow::Screen,
    narration::{Line, Narrator, lines::Key, lines::Words, speech_bubble},
    platform,
    theme::prelude::*,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Start), spawn_start_screen);
}

fn spawn_start_screen(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    mut narrator: ResMut<Narrator>,
) {
    // Shown only: browsers allow speech from the first tap, which is this screen's.
    narrator.say(Line::Game(Key::TapToStart), &Words::default());
    platform::mark_game_ready();

    let root = commands
        .spawn((
            widget::screen_root("Start screen"),
            DespawnOnExit(Screen::Start),
        ))
        .id();
    commands
        .spawn((
            widget::big_round_button("start", assets.start.clone(), palette::GO, 52.0),
            ChildOf(root),
        ))
        .observe(start_playing);
    commands.spawn((speech_bubble(7.0, 12.0), ChildOf(root)));
}

fn start_playing(
    _press: On<Pointer<Press>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut narrator: ResMut<Narrator>,
) {
    narrator.allow_speech();
    crate::sound::play(&mut commands, crate::sound::Sound::TapChime);
    next.set(Screen::Home);
}
