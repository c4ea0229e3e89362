//! Immediate, gentle feedback on touch-down: a pressed target shrinks a little and springs
//! back. With reduced motion the target only changes shade.

use bevy::prelude::*;

use crate::{platform, settings::Settings};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ReducedMotion(platform::prefers_reduced_motion()));
    app.add_systems(
        PreUpdate,
        follow_motion_choice.run_if(resource_changed::<Settings>),
    );
    app.add_observer(start_bounce);
    app.add_systems(Update, animate_bounce);
}

/// Whether to keep movement to a minimum (the device's `prefers-reduced-motion`).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReducedMotion(pub bool);

/// A target that answers every press with a small squeeze.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct PressBounce {
    /// Seconds since the last press, or `None` when at rest.
    since_press: Option<f32>,
}

/// How long one squeeze-and-spring takes, in seconds.
const BOUNCE_SECONDS: f32 = 0.25;
/// How far a squeeze shrinks the target.
const BOUNCE_DEPTH: f32 = 0.08;

/// The parent's choice wins over the device's setting unless it says "like this device".
fn follow_motion_choice(settings: Res<Settings>, mut reduced: ResMut<ReducedMotion>) {
    let wanted = settings.motion.reduced(platform::prefers_reduced_motion());
    if reduced.0 != wanted {
        reduced.0 = wanted;
    }
}

impl PressBounce {
    /// Squeezes as if pressed: for friendly answers to taps that landed elsewhere.
    pub fn restart(&mut self) {
        self.since_press = Some(0.0);
    }
}

fn start_bounce(press: On<Pointer<Press>>, mut bouncers: Query<&mut PressBounce>) {
    if let Ok(mut bounce) = bouncers.get_mut(press.entity) {
        bounce.since_press = Some(0.0);
    }
}

/// Scale for a squeeze that started `t` seconds ago: down, then back to exactly 1.
pub fn bounce_scale(t: f32) -> f32 {
    if !(0.0..BOUNCE_SECONDS).contains(&t) {
        return 1.0;
    }
    let phase = t / BOUNCE_SECONDS;
    1.0 - BOUNCE_DEPTH * (phase * std::f32::consts::PI).sin()
}

fn animate_bounce(
    time: Res<Time>,
    reduced: Res<ReducedMotion>,
    mut bouncers: Query<(&mut PressBounce, &mut UiTransform)>,
) {
    for (mut bounce, mut transform) in &mut bouncers {
        let Some(t) = bounce.since_press else {
            continue;
        };
        let t = t + time.delta_secs();
        let scale = if reduced.0 { 1.0 } else { bounce_scale(t) };
        transform.scale = Vec2::splat(scale);
        bounce.since_press = (t < BOUNCE_SECONDS).then_some(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_dips_then_returns_to_rest() {
        assert_eq!(bounce_scale(0.0), 1.0);
        let deepest = bounce_scale(BOUNCE_SECONDS / 2.0);
        assert!((deepest - (1.0 - BOUNCE_DEPTH)).abs() < 1e-4);
        assert_eq!(bounce_scale(BOUNCE_SECONDS), 1.0);
        assert_eq!(bounce_scale(5.0), 1.0);
    }
}
