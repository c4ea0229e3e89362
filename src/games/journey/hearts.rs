//! Hearts that float up from a hug and fade: the game's warmest answer, never a score.

use bevy::prelude::*;

use crate::theme::interaction::ReducedMotion;

#[derive(Component)]
pub(super) struct HeartsLayer;

#[derive(Component)]
pub(super) struct Heart {
    age: f32,
    drift: f32,
}

/// How long the floating hearts last.
const HEART_SECONDS: f32 = 2.2;

const HEARTS: usize = 7;
/// Each heart's wait before it shows, in seconds: staggered, so they rise as a little cloud,
/// not a row (a row read as a score bar).
const DELAYS: [f32; HEARTS] = [0.0, 0.3, 0.1, 0.45, 0.15, 0.35, 0.05];

pub(super) fn release_hearts(commands: &mut Commands, layer: Entity, image: &Handle<Image>) {
    for (i, delay) in DELAYS.into_iter().enumerate() {
        let drift = (i as f32 - (HEARTS as f32 - 1.0) / 2.0) * 3.5;
        commands.spawn((
            Name::new("Heart"),
            Heart { age: -delay, drift },
            ImageNode::new(image.clone()),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(50.0),
                // Just above the heads (over the roof), so they never cross a face.
                top: Val::Percent(24.0),
                width: Val::VMin(8.0),
                height: Val::VMin(8.0),
                ..default()
            },
            UiTransform::default(),
            Pickable::IGNORE,
            ChildOf(layer),
        ));
    }
}

/// Hearts rise gently and fade; with reduced motion they appear in a row and fade in place.
pub(super) fn float_hearts(
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut commands: Commands,
    mut hearts: Query<(Entity, &mut Heart, &mut UiTransform, &mut ImageNode)>,
) {
    for (entity, mut heart, mut transform, mut image) in &mut hearts {
        heart.age += time.delta_secs();
        if heart.age >= HEART_SECONDS {
            commands.entity(entity).despawn();
            continue;
        }
        let t = (heart.age / HEART_SECONDS).max(0.0);
        let rise = if reduced.0 { 0.0 } else { -10.0 * t };
        transform.translation = Val2::new(
            Val::VMin(heart.drift * if reduced.0 { 1.0 } else { 0.4 + t }),
            Val::VMin(rise),
        );
        // Whole and pink most of the way, fading only at the end: a faint heart looked grey.
        let waiting = heart.age < 0.0;
        image.color = Color::WHITE.with_alpha(if waiting {
            0.0
        } else {
            ((1.0 - t) / 0.4).clamp(0.0, 1.0)
        });
    }
}
