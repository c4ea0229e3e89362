//! The friendly clock beside the meanwhile and the way home: one big hand that reaches our
//! little house at the bottom when the grown-up is home, so the child can see how long is left.

use bevy::prelude::*;

use super::{meanwhile::OUTLINE, rules::CLOCK_MARK, screen::JourneyGame};
use crate::games::house::spawn_little_house;

#[derive(Component)]
pub(super) struct ClockHand;

/// A friendly clock: one big hand, and our house at the bottom where it points when the
/// grown-up is home.
pub(super) fn spawn_clock(commands: &mut Commands, parent: Entity, side: f32) {
    let face = commands
        .spawn((
            Name::new("Clock"),
            Node {
                width: Val::VMin(side),
                height: Val::VMin(side),
                border: UiRect::all(Val::VMin(1.2)),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(Color::WHITE),
            BorderColor::all(OUTLINE),
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    // Quiet dots for 12, 3 and 9; the house sits on 6.
    for (left, top) in [(47.0, 4.0), (90.0, 47.0), (4.0, 47.0)] {
        commands.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(left),
                top: Val::Percent(top),
                width: Val::Percent(6.0),
                height: Val::Percent(6.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(OUTLINE.with_alpha(0.5)),
            Pickable::IGNORE,
            ChildOf(face),
        ));
    }
    // Our little house on 6, where the hand points when the grown-up is home (a pink dot there
    // said nothing).
    spawn_little_house(
        commands,
        face,
        Node {
            left: Val::Percent(35.0),
            top: Val::Percent(70.0),
            width: Val::Percent(30.0),
            height: Val::Percent(21.0),
            ..default()
        },
    );
    // The hand turns about the clock's middle: it is drawn inside a full-size layer that
    // rotates.
    commands.spawn((
        Name::new("Big hand"),
        ClockHand,
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(face),
        children![(
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(46.0),
                top: Val::Percent(12.0),
                width: Val::Percent(8.0),
                height: Val::Percent(40.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(OUTLINE),
            Pickable::IGNORE,
        )],
    ));
    commands.spawn((
        Name::new("Clock middle"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(44.0),
            top: Val::Percent(44.0),
            width: Val::Percent(12.0),
            height: Val::Percent(12.0),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(OUTLINE),
        Pickable::IGNORE,
        ChildOf(face),
    ));
}

pub(super) fn turn_clock_hands(
    game: Res<JourneyGame>,
    mut hands: Query<&mut UiTransform, With<ClockHand>>,
) {
    // Clockwise on screen (the UI's y axis points down).
    let turn = game.0.clock_hand().min(CLOCK_MARK);
    let rotation = Rot2::radians(turn * std::f32::consts::TAU);
    for mut transform in &mut hands {
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
}
