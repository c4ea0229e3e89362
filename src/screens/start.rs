//! The Start screen: one huge target. The tap is the browser's required gesture, so the page
//! may play sound from here on; a soft chime confirms it.

use bevy::prelude::*;

use super::Screen;
use crate::{assets::GameAssets, dom_mirror::DomMirror, platform, theme::prelude::*};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Start), spawn_start_screen);
}

pub const PROMPT: &str = "Tap to start!";

fn spawn_start_screen(
    mut commands: Commands,
    assets: Res<GameAssets>,
    mut mirror: ResMut<DomMirror>,
) {
    mirror.screen = "start";
    mirror.caption = PROMPT.to_string();
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
    commands.spawn((
        widget::caption(PROMPT, assets.font.clone(), 7.0),
        ChildOf(root),
    ));
}

fn start_playing(
    _press: On<Pointer<Press>>,
    assets: Res<GameAssets>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    commands.spawn((
        Name::new("Start chime"),
        AudioPlayer::new(assets.tap_chime.clone()),
        PlaybackSettings::DESPAWN,
    ));
    next.set(Screen::Home);
}
