//! The end of a session: a calm goodbye to the screen, and nothing more to tap but the
//! grown-ups' corner. Playing again needs the parent gate.

use bevy::prelude::*;

use crate::{
    assets::LaunchAssets,
    flow::Screen,
    narration::{self, Line, Narrator, lines::Key, speech_bubble},
    settings::Settings,
    theme::{figure::photo_badge, hold::HoldComplete, prelude::*, widget::Corner},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::AllDone), spawn_all_done);
}

fn spawn_all_done(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    settings: Res<Settings>,
    mut narrator: ResMut<Narrator>,
) {
    narrator.say_kept(Line::Game(Key::AllDone), &narration::words_from(&settings));
    let root = commands
        .spawn((
            widget::screen_root("All done screen"),
            DespawnOnExit(Screen::AllDone),
        ))
        .id();
    let picture = commands
        .spawn((
            widget::picture(
                assets.peekaboo.clone(),
                Node {
                    width: Val::VMin(44.0),
                    height: Val::VMin(44.0),
                    ..default()
                },
            ),
            ChildOf(root),
        ))
        .id();
    // Today's grown-up as themselves, when the family kept a photo: the one who comes back.
    commands.spawn((
        photo_badge(
            settings.grown_ups.away_today_place(),
            Node {
                position_type: PositionType::Absolute,
                right: Val::Percent(-22.0),
                top: Val::Percent(-8.0),
                width: Val::Percent(44.0),
                height: Val::Percent(44.0),
                ..default()
            },
            0.8,
        ),
        ChildOf(picture),
    ));
    commands.spawn((speech_bubble(6.0, 16.0), ChildOf(root)));
    commands
        .spawn((
            widget::corner_hold_button("parent", assets.parent.clone(), Corner::TopRight),
            ChildOf(root),
        ))
        .observe(|_: On<HoldComplete>, mut next: ResMut<NextState<Screen>>| {
            next.set(Screen::ParentGate);
        });
}
