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
    /// When the first finger of this hold went down (the wall clock's seconds), while one is.
    down_since: Option<f64>,
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
            down_since: None,
            held_for: 0.0,
            pressing: Vec::new(),
        }
    }

    /// A finger goes down at `now`. The hold is measured from this moment, never from the
    /// frame before: after one slow frame (a big screen drawn in software takes seconds), the
    /// first frame's step would otherwise fill the button at a tap.
    pub fn press(&mut self, pointer: PointerId, now: f64) {
        if self.pressing.is_empty() {
            self.down_since = Some(now);
        }
        if !self.pressing.contains(&pointer) {
            self.pressing.push(pointer);
        }
    }

    /// A lifted or wandering finger: the hold starts over from empty.
    pub fn release(&mut self, pointer: PointerId) {
        self.pressing.retain(|p| *p != pointer);
        self.start_over_if_untouched();
    }

    /// Lets go of fingers that are no longer down, for when the browser never told us they
    /// lifted (a lost touchend, a gesture the system took over): without this, one lost
    /// release would fill the button by itself and open a grown-up's door to a toddler's tap.
    pub fn keep_only_pressed(&mut self, still_down: impl Fn(PointerId) -> bool) {
        self.pressing.retain(|pointer| still_down(*pointer));
        self.start_over_if_untouched();
    }

    fn start_over_if_untouched(&mut self) {
        if self.pressing.is_empty() {
            self.down_since = None;
            self.held_for = 0.0;
        }
    }

    /// The hold at `now`; true exactly once, when it completes.
    pub fn tick(&mut self, now: f64) -> bool {
        let Some(since) = self.down_since else {
            return false;
        };
        self.held_for = (now - since).max(0.0) as f32;
        if self.held_for >= self.seconds_needed {
            self.pressing.clear();
            self.start_over_if_untouched();
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

fn begin_hold(
    press: On<Pointer<Press>>,
    time: Res<Time<Real>>,
    mut holds: Query<&mut HoldToActivate>,
) {
    if let Ok(mut hold) = holds.get_mut(press.entity) {
        hold.press(press.pointer_id, time.elapsed_secs_f64());
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
        if hold.tick(time.elapsed_secs_f64()) {
            commands.trigger(HoldComplete { entity });
        }
        for child in children.iter() {
            let height = Val::Percent(hold.progress() * 100.0);
            // Only a real change: a changed node asks for another frame (`frames.rs`).
            if let Ok(mut node) = fills.get_mut(child)
                && node.height != height
            {
                node.height = height;
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
        let mut now = 0.0;
        for _ in 0..100 {
            hold.press(PointerId::Mouse, now);
            now += 0.1;
            assert!(!hold.tick(now));
            hold.release(PointerId::Mouse);
        }
        assert_eq!(hold.progress(), 0.0);
    }

    #[test]
    fn a_tap_after_a_slow_frame_is_still_a_tap() {
        let mut hold = HoldToActivate::new(2.0);
        // The frame before took three seconds; the finger goes down as the next one starts.
        hold.press(PointerId::Touch(1), 3.0);
        assert!(!hold.tick(3.0));
        hold.release(PointerId::Touch(1));
        assert!(!hold.tick(6.0));
    }

    #[test]
    fn holding_long_enough_completes_once() {
        let mut hold = HoldToActivate::new(2.0);
        hold.press(PointerId::Touch(1), 0.0);
        let fired = (1..30).filter(|i| hold.tick(f64::from(*i) * 0.1)).count();
        assert_eq!(fired, 1, "fires once, then needs a fresh press");
    }

    #[test]
    fn a_finger_whose_release_was_lost_stops_holding() {
        let mut hold = HoldToActivate::new(2.0);
        hold.press(PointerId::Touch(7), 0.0);
        assert!(!hold.tick(0.5));
        // The browser never sent the touch's end, but the finger is no longer down.
        hold.keep_only_pressed(|_| false);
        assert!(
            (1..40).all(|i| !hold.tick(0.5 + f64::from(i) * 0.1)),
            "never fills by itself"
        );
        assert_eq!(hold.progress(), 0.0);
    }

    #[test]
    fn lifting_one_of_two_fingers_keeps_the_hold() {
        let mut hold = HoldToActivate::new(1.0);
        hold.press(PointerId::Touch(1), 0.0);
        hold.press(PointerId::Touch(2), 0.1);
        assert!(!hold.tick(0.6));
        hold.release(PointerId::Touch(1));
        assert!(hold.tick(1.2));
    }
}
