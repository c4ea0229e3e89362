//! Hearts that float up from a hug and fade: the game's warmest answer, never a score.

use bevy::prelude::*;
use see_you_soon_model::figure::Side;

use crate::theme::interaction::ReducedMotion;

/// Where hearts rise from: over the grown-up's head, on the side of the child they hug.
#[derive(Component)]
pub(super) struct HeartsRiseHere {
    pub(super) toward: Side,
}

#[derive(Component)]
pub(super) struct Heart {
    age: f32,
    drift: f32,
}

/// How long each floating heart lasts.
const HEART_SECONDS: f32 = 2.6;

/// A few hearts, one after another, each its own size, from just above the two heads: a row of
/// seven over the roof read as a garland, not as love between the two.
const HEARTS: [(f32, f32, f32); 3] = [
    // (wait in seconds, drift sideways in vmin, side in vmin)
    (0.0, -2.0, 6.5),
    (0.5, 2.5, 5.0),
    (1.0, 0.0, 5.5),
];

pub(super) fn release_hearts(
    commands: &mut Commands,
    (anchor, rise_here): (Entity, &HeartsRiseHere),
    image: &Handle<Image>,
) {
    for (delay, drift, side) in HEARTS {
        commands.spawn((
            Name::new("Heart"),
            Heart { age: -delay, drift },
            ImageNode::new(image.clone()).with_color(Color::NONE),
            Node {
                position_type: PositionType::Absolute,
                // Over the hug: above the grown-up's head (so no heart crosses a face), on the
                // child's side.
                left: Val::Percent(if rise_here.toward == Side::Right {
                    62.0
                } else {
                    10.0
                }),
                top: Val::Percent(-6.0),
                width: Val::VMin(side),
                height: Val::VMin(side),
                ..default()
            },
            UiTransform::default(),
            Pickable::IGNORE,
            ChildOf(anchor),
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
        let (rise, sway) = if reduced.0 {
            (0.0, 1.0)
        } else {
            (-14.0 * t, 0.5 + t + 0.3 * (t * std::f32::consts::TAU).sin())
        };
        transform.translation = Val2::new(Val::VMin(heart.drift * sway), Val::VMin(rise));
        // Whole and pink most of the way, fading only at the end: a faint heart looked grey.
        let waiting = heart.age < 0.0;
        image.color = Color::WHITE.with_alpha(if waiting {
            0.0
        } else {
            ((1.0 - t) / 0.4).clamp(0.0, 1.0)
        });
    }
}
