//! Press-and-hold buttons for grown-up things (the parent area, leaving a game), so that a
//! toddler's taps never reach them. A short tap only gets the usual squeeze; holding fills the
//! button and, once full, fires [`HoldComplete`] on it.

use bevy::{
    picking::pointer::{PointerId, PointerPress},
    prelude::*,
};

pub(super) fn plugin(app: &mut App) {
    app.add_observer(begin_hold)
        .add_observer(end_hold_on_release)
        .add_observer(end_hold_on_cancel)
        .add_observer(end_hold_on_out);
    app.add_systems(Update, advance_holds);
}

/// Seconds a grown-up keeps a finger down on a hold button.
pub const DEFAULT_HOLD_SECONDS: f32 = 2.0;

#[derive(Component, Debug, Clone)]
pub struct HoldToActivate {
    pub seconds_needed: f32,
    held_for: f32,
    /// Pointers currently pressing this button (a palm can press with several at once).
    pressing: Vec<PointerId>,
}

impl Default for HoldToActivate {
    fn default() -> Self {
        Self::new(DEFAULT_HOLD_SECONDS)
    }
}

impl HoldToActivate {
    pub fn new(seconds_needed: f32) -> Self {
        Self {
            seconds_needed,
            held_for: 0.0,
            pressing: Vec::new(),
        }
    }

    pub fn press(&mut self, pointer: PointerId) {
        if !self.pressing.contains(&pointer) {
            self.pressing.push(pointer);
        }
    }

    /// A lifted or wandering finger: the hold starts over from empty.
    pub fn release(&mut self, pointer: PointerId) {
        self.pressing.retain(|p| *p != pointer);
        if self.pressing.is_empty() {
            self.held_for = 0.0;
        }
    }

    /// Lets go of fingers that are no longer down, for when the browser never told us they
    /// lifted (a lost touchend, a gesture the system took over): without this, one lost
    /// release would fill the button by itself and open a grown-up's door to a toddler's tap.
    pub fn keep_only_pressed(&mut self, still_down: impl Fn(PointerId) -> bool) {
        let before = self.pressing.len();
        self.pressing.retain(|pointer| still_down(*pointer));
        if before > 0 && self.pressing.is_empty() {
            self.held_for = 0.0;
        }
    }

    /// Advances the hold; true exactly once, when it completes.
    pub fn tick(&mut self, seconds: f32) -> bool {
        if self.pressing.is_empty() {
            return false;
        }
        self.held_for += seconds;
        if self.held_for >= self.seconds_needed {
            self.held_for = 0.0;
            self.pressing.clear();
            return true;
        }
        false
    }

    /// 0 when untouched, 1 when about to fire.
    pub fn progress(&self) -> f32 {
        (self.held_for / self.seconds_needed).clamp(0.0, 1.0)
    }
}

/// Fired on a hold button's entity when it has been held long enough.
#[derive(EntityEvent, Debug, Clone)]
pub struct HoldComplete {
    pub entity: Entity,
}

/// The child node that fills up as the button is held.
#[derive(Component, Debug)]
pub struct HoldFill;

fn begin_hold(press: On<Pointer<Press>>, mut holds: Query<&mut HoldToActivate>) {
    if let Ok(mut hold) = holds.get_mut(press.entity) {
        hold.press(press.pointer_id);
    }
}

fn end_hold_on_release(release: On<Pointer<Release>>, mut holds: Query<&mut HoldToActivate>) {
    if let Ok(mut hold) = holds.get_mut(release.entity) {
        hold.release(release.pointer_id);
    }
}

fn end_hold_on_cancel(cancel: On<Pointer<Cancel>>, mut holds: Query<&mut HoldToActivate>) {
    if let Ok(mut hold) = holds.get_mut(cancel.entity) {
        hold.release(cancel.pointer_id);
    }
}

fn end_hold_on_out(out: On<Pointer<Out>>, mut holds: Query<&mut HoldToActivate>) {
    if let Ok(mut hold) = holds.get_mut(out.entity) {
        hold.release(out.pointer_id);
    }
}

fn advance_holds(
    // Wall-clock time: a grown-up's two seconds stay two seconds even when frames are slow
    // (the engine's game clock caps each frame's step).
    time: Res<Time<Real>>,
    mut holds: Query<(Entity, &mut HoldToActivate, &Children)>,
    pointers: Query<(&PointerId, &PointerPress)>,
    mut fills: Query<&mut Node, With<HoldFill>>,
    mut commands: Commands,
) {
    // Where the engine tracks pointers (always in a browser: the mouse has one from the
    // start), a lifted finger's pointer is gone or no longer pressed. Without any, as in the
    // headless tests, the press and release events are all there is.
    let tracked = !pointers.is_empty();
    let still_down = |wanted: PointerId| match pointers.iter().find(|(id, _)| **id == wanted) {
        Some((_, press)) => press.is_primary_pressed(),
        None => !tracked,
    };
    for (entity, mut hold, children) in &mut holds {
        hold.keep_only_pressed(still_down);
        if hold.tick(time.delta_secs()) {
            commands.trigger(HoldComplete { entity });
        }
        for child in children.iter() {
            if let Ok(mut node) = fills.get_mut(child) {
                node.height = Val::Percent(hold.progress() * 100.0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tap_never_completes_a_hold() {
        let mut hold = HoldToActivate::new(2.0);
        for _ in 0..100 {
            hold.press(PointerId::Mouse);
            assert!(!hold.tick(0.1));
            hold.release(PointerId::Mouse);
        }
        assert_eq!(hold.progress(), 0.0);
    }

    #[test]
    fn holding_long_enough_completes_once() {
        let mut hold = HoldToActivate::new(2.0);
        hold.press(PointerId::Touch(1));
        let fired = (0..30).filter(|_| hold.tick(0.1)).count();
        assert_eq!(fired, 1, "fires once, then needs a fresh press");
    }

    #[test]
    fn a_finger_whose_release_was_lost_stops_holding() {
        let mut hold = HoldToActivate::new(2.0);
        hold.press(PointerId::Touch(7));
        assert!(!hold.tick(0.5));
        // The browser never sent the touch's end, but the finger is no longer down.
        hold.keep_only_pressed(|_| false);
        assert!((0..40).all(|_| !hold.tick(0.1)), "never fills by itself");
        assert_eq!(hold.progress(), 0.0);
    }

    #[test]
    fn lifting_one_of_two_fingers_keeps_the_hold() {
        let mut hold = HoldToActivate::new(1.0);
        hold.press(PointerId::Touch(1));
        hold.press(PointerId::Touch(2));
        assert!(!hold.tick(0.6));
        hold.release(PointerId::Touch(1));
        assert!(hold.tick(0.6));
    }
}
