//! The friendly clock beside the meanwhile and the way home: one big hand carries the one who
//! is away round to our little house at the bottom, where it points when they are home, so
//! the child can see how long is left.

use bevy::prelude::*;

use super::{meanwhile::OUTLINE, rules::CLOCK_MARK, screen::JourneyGame};
use crate::{
    family_photos::Whose,
    games::house::{GLASS, spawn_little_house},
    theme::figure::{Appearance, Frame, Portrait, spawn_portrait},
};

#[derive(Component)]
pub(super) struct ClockHand;

/// The one who is away, riding the hand's tip: turned back as the hand turns, so they stay
/// upright all the way round.
#[derive(Component)]
pub(super) struct RidingTheHand;

/// How wide the round window at the hand's tip is, as a share of the clock.
const RIDER: f32 = 38.0;
/// How tall the house below the clock is, as a share of the clock.
const HOUSE_BELOW: f32 = 26.0;

/// A friendly clock: one big hand with the one who is away at its tip (a bare hand pointing at
/// a house read as abstract), and our house at the bottom where it points when they are home.
pub(super) fn spawn_clock(
    commands: &mut Commands,
    parent: Entity,
    side: f32,
    away: Appearance,
    away_photo: Option<Whose>,
) {
    let face = commands
        .spawn((
            Name::new("Clock"),
            Node {
                width: Val::VMin(side),
                height: Val::VMin(side),
                border: UiRect::all(Val::VMin(1.2)),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                // Room for the house that stands below.
                margin: UiRect::bottom(Val::VMin(side * (HOUSE_BELOW - 4.0) / 100.0)),
                ..default()
            },
            BackgroundColor(Color::WHITE),
            BorderColor::all(OUTLINE),
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    // Quiet dots for 12, 3 and 9; the house stands below 6.
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
    // Our little house just below 6, where the hand brings the one who is away home (a pink
    // dot there said nothing; on the face, the one arriving covered it).
    spawn_little_house(
        commands,
        face,
        Node {
            left: Val::Percent(32.0),
            top: Val::Percent(96.0),
            width: Val::Percent(36.0),
            height: Val::Percent(HOUSE_BELOW),
            ..default()
        },
    );
    // The hand turns about the clock's middle: it is drawn inside a full-size layer that
    // rotates.
    let hand = commands
        .spawn((
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
                    top: Val::Percent(RIDER - 2.0),
                    width: Val::Percent(8.0),
                    height: Val::Percent(54.0 - RIDER),
                    border_radius: BorderRadius::all(Val::Percent(50.0)),
                    ..default()
                },
                BackgroundColor(OUTLINE),
                Pickable::IGNORE,
            )],
        ))
        .id();
    let rider = spawn_portrait(
        commands,
        hand,
        Portrait {
            looks: away,
            photo_of: away_photo,
            placement: Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(50.0 - RIDER / 2.0),
                top: Val::Percent(1.0),
                width: Val::Percent(RIDER),
                height: Val::Percent(RIDER),
                ..default()
            },
            figure_height: side * 0.75,
            frame: Frame {
                glass: GLASS,
                rim: OUTLINE,
                rim_width: 0.6,
            },
            seed: 9,
        },
    );
    commands.entity(rider).insert((
        Name::new("Away, on the hand"),
        RidingTheHand,
        UiTransform::default(),
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

const HAND_STEPS_PER_TURN: f32 = 720.0;

pub(super) fn turn_clock_hands(
    game: Res<JourneyGame>,
    mut hands: Query<&mut UiTransform, (With<ClockHand>, Without<RidingTheHand>)>,
    mut riders: Query<&mut UiTransform, With<RidingTheHand>>,
) {
    // Clockwise on screen (the UI's y axis points down).
    // In half-degree steps: the hand still glides (its tip moves about a pixel a step), and
    // while only it moves the game draws a few frames a second, not sixty (`frames.rs`).
    let turn =
        (game.0.clock_hand().min(CLOCK_MARK) * HAND_STEPS_PER_TURN).round() / HAND_STEPS_PER_TURN;
    let rotation = Rot2::radians(turn * std::f32::consts::TAU);
    for mut transform in &mut hands {
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
    let upright = rotation.inverse();
    for mut transform in &mut riders {
        if transform.rotation != upright {
            transform.rotation = upright;
        }
    }
}
