//! Where the parent area will be. Until it lands, it says so and offers the way back.

use bevy::prelude::*;

use super::Screen;
use crate::{assets::GameAssets, dom_mirror::DomMirror, theme::prelude::*};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::ParentArea), spawn_parent_placeholder);
}

pub const NOTE: &str = "The parent area is coming soon. Here you will choose the names the game \
says and how long a session lasts.";

fn spawn_parent_placeholder(
    mut commands: Commands,
    assets: Res<GameAssets>,
    mut mirror: ResMut<DomMirror>,
) {
    mirror.screen = "parent-placeholder";
    mirror.caption = NOTE.to_string();
    let root = commands
        .spawn((
            widget::screen_root("Parent placeholder"),
            DespawnOnExit(Screen::ParentArea),
        ))
        .id();
    commands.spawn((
        widget::caption("For grown-ups", assets.font.clone(), 6.0),
        ChildOf(root),
    ));
    commands.spawn((
        widget::note_for_parent(NOTE, assets.font.clone()),
        ChildOf(root),
    ));
    commands
        .spawn((
            widget::big_round_button("back", assets.home.clone(), palette::GO, 22.0),
            ChildOf(root),
        ))
        .observe(
            |_: On<Pointer<Press>>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Home);
            },
        );
}
