//! The end of a session: a calm goodbye to the screen, and nothing more to tap but the
//! grown-ups' corner. Playing again needs the parent gate.

use bevy::prelude::*;

use super::Screen;
use crate::{
    assets::GameAssets,
    dom_mirror::DomMirror,
    settings::Settings,
    theme::{hold::HoldComplete, prelude::*, widget::Corner},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::AllDone), spawn_all_done);
}

pub fn goodbye_line(grown_up: &str) -> String {
    format!("All done \u{2014} time to play together with {grown_up}!")
}

fn spawn_all_done(
    mut commands: Commands,
    assets: Res<GameAssets>,
    settings: Res<Settings>,
    mut mirror: ResMut<DomMirror>,
) {
    let line = goodbye_line(&settings.grown_up.name);
    mirror.screen = "all-done";
    mirror.caption = line.clone();
    let root = commands
        .spawn((
            widget::screen_root("All done screen"),
            DespawnOnExit(Screen::AllDone),
        ))
        .id();
    commands.spawn((
        widget::picture(
            assets.peekaboo.clone(),
            Node {
                width: Val::VMin(44.0),
                height: Val::VMin(44.0),
                ..default()
            },
        ),
        ChildOf(root),
    ));
    commands.spawn((
        widget::caption(line, assets.font.clone(), 6.0),
        ChildOf(root),
    ));
    commands
        .spawn((
            widget::corner_hold_button("parent", assets.parent.clone(), Corner::TopRight),
            ChildOf(root),
        ))
        .observe(|_: On<HoldComplete>, mut next: ResMut<NextState<Screen>>| {
            next.set(Screen::ParentGate);
        });
}
