//! The celebration's hearts: a burst from what was found, drifting out and fading (with
//! reduced motion, a still ring that fades).

use std::f32::consts::TAU;

use bevy::prelude::*;

use super::rules::Timing;
use crate::{flow::Screen, games::play_loop::PlaySystems, theme::interaction::ReducedMotion};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        float_hearts
            .in_set(PlaySystems::Answer)
            .run_if(in_state(Screen::Peekaboo)),
    );
}

/// The layer over the stage the hearts are drawn on.
#[derive(Component)]
pub(super) struct HeartsLayer;

/// One heart of the celebration burst.
#[derive(Component)]
struct Heart {
    /// Where the burst began: what was found.
    origin: Vec2,
    /// How far out from `origin` the hearts start.
    clearance: f32,
    direction: Vec2,
    age: f32,
}

const HEARTS: usize = 8;
const HEART_SIZE: f32 = 9.0;

pub(super) fn burst_hearts(
    commands: &mut Commands,
    layer: Entity,
    image: &Handle<Image>,
    origin: Vec2,
    clearance: f32,
    reduced: bool,
) {
    for i in 0..HEARTS {
        let around = Vec2::from_angle(TAU * i as f32 / HEARTS as f32 + 0.2);
        // Out to the sides, never straight up over the face that has just come back.
        let sideways = if around.x < 0.0 { -0.6 } else { 0.6 };
        let direction = Vec2::new(
            if around.x.abs() < 0.6 {
                sideways
            } else {
                around.x
            },
            around.y,
        )
        .normalize();
        let start = heart_position(origin, clearance, direction, 0.0, reduced);
        commands.spawn((
            Name::new("Heart"),
            Heart {
                origin,
                clearance,
                direction,
                age: 0.0,
            },
            ImageNode::new(image.clone()),
            Node {
                position_type: PositionType::Absolute,
                left: Val::VMin(start.x),
                top: Val::VMin(start.y),
                width: Val::VMin(HEART_SIZE),
                height: Val::VMin(HEART_SIZE),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(layer),
        ));
    }
}

/// Hearts drift outwards from what was found; with reduced motion they stay in a ring and fade.
fn heart_position(origin: Vec2, clearance: f32, direction: Vec2, age: f32, reduced: bool) -> Vec2 {
    let centre = origin - HEART_SIZE / 2.0;
    let t = (age / Timing::CELEBRATING).clamp(0.0, 1.0);
    let reach = clearance
        + if reduced {
            24.0
        } else {
            8.0 + 22.0 * (1.0 - (1.0 - t) * (1.0 - t))
        };
    centre + direction * Vec2::new(reach * 1.2, reach)
}

fn float_hearts(
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut commands: Commands,
    mut hearts: Query<(Entity, &mut Heart, &mut Node, &mut ImageNode)>,
) {
    for (entity, mut heart, mut node, mut image) in &mut hearts {
        heart.age += time.delta_secs();
        if heart.age >= Timing::CELEBRATING {
            commands.entity(entity).despawn();
            continue;
        }
        let at = heart_position(
            heart.origin,
            heart.clearance,
            heart.direction,
            heart.age,
            reduced.0,
        );
        node.left = Val::VMin(at.x);
        node.top = Val::VMin(at.y);
        let fade = 1.0 - heart.age / Timing::CELEBRATING;
        image.color = Color::WHITE.with_alpha(fade.clamp(0.0, 1.0));
    }
}
