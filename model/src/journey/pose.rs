//! Where each character of the goodbye and the reunion is at a moment, worked out from the
//! rules' phase alone, like peekaboo's poses: the scene can never drift from what the rules
//! believe. Units are `vmin` of the scene.

use super::rules::{Phase, Step};
use crate::figure::{Gesture, Side, embrace};

/// Who moves in the ritual and the reunion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Character {
    GrownUp,
    Child,
    /// The kiss that floats over, the hand that waves.
    Gesture,
    /// The front door, which opens at the reunion.
    Door,
    /// The child at the window, watching for the grown-up while they knock.
    ChildAtWindow,
}

/// Where a character stands at a moment of a step: a sideways shift (vmin), how visible it
/// is, and a tilt. Pure, so the scene reads as a list of poses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    /// Sideways and downwards, in vmin.
    pub shift: (f32, f32),
    pub alpha: f32,
    /// Radians, clockwise positive as drawn.
    pub angle: f32,
    /// Width and height, 1 as drawn.
    pub scale: (f32, f32),
    pub shown: bool,
}

impl Pose {
    pub const STILL: Pose = Pose {
        shift: (0.0, 0.0),
        alpha: 1.0,
        angle: 0.0,
        scale: (1.0, 1.0),
        shown: true,
    };
}

/// The front door's width, in vmin.
pub const DOOR_WIDTH: f32 = 22.0;
/// The front door `open` (0 shut, 1 open) on its hinge: its left edge stays put as it narrows,
/// never so narrow that it stops looking like a door.
pub fn door_pose(open: f32) -> Pose {
    let narrower = open.clamp(0.0, 1.0) * 0.6;
    Pose {
        shift: (-narrower * DOOR_WIDTH / 2.0, 0.0),
        scale: (1.0 - narrower, 1.0),
        ..Pose::STILL
    }
}

/// How far to the right of the doorway's middle the grown-up stands to knock, in vmin.
pub const BESIDE_THE_DOOR: f32 = 22.0;

/// What the grown-up's and the child's bodies do at a moment of a step (the grown-up stands
/// on the left, the child on the right). Amounts follow the same easing as [`pose_of`].
pub fn gesture_of(character: Character, phase: Phase, reduced: bool) -> Gesture {
    let Phase::Step {
        step,
        elapsed,
        acting,
    } = phase
    else {
        return Gesture::Stand;
    };
    let (toward, other) = match character {
        Character::GrownUp => (Side::Right, Side::Left),
        Character::Child => (Side::Left, Side::Right),
        Character::ChildAtWindow => (Side::Left, Side::Right),
        Character::Gesture | Character::Door => return Gesture::Stand,
    };
    let t = elapsed / step.acting_seconds();
    let motion = |value: f32| if reduced { value.round() } else { value };
    let grown_up = character == Character::GrownUp;
    match (step, acting) {
        (Step::Hug | Step::WelcomeHug, true) => Gesture::Hug {
            toward,
            amount: motion(embrace(t)),
        },
        // The grown-up kisses the child's hand, which the child holds out.
        (Step::Kiss, true) => Gesture::ReachOut {
            toward,
            amount: motion(there_and_back(t)),
        },
        (Step::Wave, true) => Gesture::Wave { hand: toward },
        // Walking away, still waving back over the shoulder; the child waves goodbye.
        (Step::Farewell, true) if grown_up => Gesture::Walk,
        (Step::Farewell, true) => Gesture::Wave { hand: toward },
        // Back home: a knock on the door, the child waves from the window, and the grown-up
        // steps into the doorway waving hello.
        (Step::Knock, true) if grown_up => Gesture::Knock { toward: other },
        (Step::Knock, true) => Gesture::Wave { hand: toward },
        (Step::DoorOpens, _) if grown_up => Gesture::Wave { hand: other },
        // The child holds out the picture; the grown-up takes a look.
        (Step::Admire, true) => Gesture::ReachOut {
            toward,
            amount: motion(ease(t * 3.0)),
        },
        _ => Gesture::Stand,
    }
}

/// Smooth start and smooth stop over `t` in 0..1.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Rises then falls back over `t` in 0..1.
fn there_and_back(t: f32) -> f32 {
    (t.clamp(0.0, 1.0) * std::f32::consts::PI).sin()
}

pub fn pose_of(character: Character, phase: Phase, clock: f32, reduced: bool) -> Pose {
    let Phase::Step {
        step,
        elapsed,
        acting,
    } = phase
    else {
        return Pose::STILL;
    };
    let t = if acting {
        elapsed / step.acting_seconds()
    } else {
        0.0
    };
    // With reduced motion, a scene shows its middle moment instead of moving through it.
    let motion = |value: f32| if reduced { value.round() } else { value };
    let wiggle = if reduced {
        0.0
    } else {
        (clock * 6.0).sin() * 0.25
    };
    let reunion = matches!(
        step,
        Step::Knock | Step::DoorOpens | Step::WelcomeHug | Step::Admire | Step::Promise
    );
    let door_open = match step {
        Step::Knock => 0.0,
        Step::DoorOpens => motion(ease(t)),
        _ => 1.0,
    };
    match character {
        Character::GrownUp => {
            let hug = matches!(step, Step::Hug | Step::WelcomeHug) && acting;
            let lean = if hug { motion(embrace(t)) * 7.0 } else { 0.0 };
            // The farewell: the grown-up walks back through the door, smaller as they go.
            let (leave, alpha) = if step == Step::Farewell && acting {
                let out = motion(ease((t - 0.45) / 0.55));
                (out * -8.0, 1.0 - out)
            } else {
                (0.0, 1.0)
            };
            let far = 1.0 - (1.0 - alpha) * 0.35;
            // Home again: the grown-up knocks standing beside the shut door, and steps into
            // the doorway as it opens.
            let outside = match step {
                Step::Knock => 1.0,
                Step::DoorOpens => 1.0 - door_open,
                _ => 0.0,
            };
            Pose {
                shift: (lean + leave + outside * BESIDE_THE_DOOR, 0.0),
                alpha,
                scale: (far, far),
                shown: alpha > 0.3,
                ..Pose::STILL
            }
        }
        // Until the door opens, the child is inside, at the window.
        Character::ChildAtWindow => Pose {
            shown: step == Step::Knock || (step == Step::DoorOpens && door_open < 0.4),
            ..Pose::STILL
        },
        Character::Child => {
            let hug = matches!(step, Step::Hug | Step::WelcomeHug) && acting;
            let lean = if hug { motion(embrace(t)) * -7.0 } else { 0.0 };
            let at_window = pose_of(Character::ChildAtWindow, phase, clock, reduced).shown;
            Pose {
                shift: (lean, 0.0),
                shown: !at_window,
                ..Pose::STILL
            }
        }
        Character::Gesture => {
            let shown = acting && matches!(step, Step::Kiss | Step::Wave | Step::Knock);
            let (shift, angle) = match step {
                // The kiss floats from the grown-up to the child.
                Step::Kiss => ((motion(ease(t)) * 12.0 - 14.0, -6.0), 0.0),
                Step::Wave => ((-10.0, -10.0), wiggle * 1.6),
                Step::Knock => ((-24.0, 6.0), wiggle),
                _ => ((0.0, 0.0), 0.0),
            };
            Pose {
                shift,
                angle,
                shown,
                ..Pose::STILL
            }
        }
        Character::Door => {
            let knock_shake = if step == Step::Knock && acting {
                wiggle * 0.1
            } else {
                0.0
            };
            // At the ritual the door stands open behind the grown-up, who walks out through
            // it at the farewell. At the reunion it swings open on its hinge (its left edge
            // stays put): narrower, but never so narrow that it stops looking like a door.
            let open = if reunion { door_open } else { 1.0 };
            Pose {
                angle: knock_shake,
                ..door_pose(open)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_door_is_shut_until_the_reunion_opens_it() {
        let knock = Phase::Step {
            step: Step::Knock,
            elapsed: 0.0,
            acting: false,
        };
        let door = pose_of(Character::Door, knock, 0.0, false);
        assert_eq!(door.scale.0, 1.0, "shut");
        // The grown-up knocks from outside, beside the door; the child watches from the
        // window, not from the step.
        let knocking = pose_of(Character::GrownUp, knock, 0.0, false);
        assert!(knocking.shown && knocking.shift.0 >= DOOR_WIDTH / 2.0);
        assert!(pose_of(Character::ChildAtWindow, knock, 0.0, false).shown);
        assert!(!pose_of(Character::Child, knock, 0.0, false).shown);
        let hug = Phase::Step {
            step: Step::WelcomeHug,
            elapsed: 0.0,
            acting: false,
        };
        assert!(
            pose_of(Character::Door, hug, 0.0, false).scale.0 < 0.6,
            "open"
        );
        assert!(pose_of(Character::GrownUp, hug, 0.0, false).shown);
        assert!(pose_of(Character::Child, hug, 0.0, false).shown);
        assert!(!pose_of(Character::ChildAtWindow, hug, 0.0, false).shown);
        // Everyone is in one place at every moment: the child is at the window or on the
        // step, never both, never neither.
        for step in Step::REUNION {
            for elapsed in [0.0, 0.3, 0.6, 0.9] {
                let phase = Phase::Step {
                    step,
                    elapsed: elapsed * step.acting_seconds(),
                    acting: true,
                };
                let window = pose_of(Character::ChildAtWindow, phase, 0.0, false).shown;
                let step_shown = pose_of(Character::Child, phase, 0.0, false).shown;
                assert_ne!(window, step_shown, "{step:?} at {elapsed}");
            }
        }
    }

    #[test]
    fn the_grown_up_fades_out_only_at_the_farewell() {
        let leaving = |t: f32| Phase::Step {
            step: Step::Farewell,
            elapsed: t * Step::Farewell.acting_seconds(),
            acting: true,
        };
        assert_eq!(
            pose_of(Character::GrownUp, leaving(0.1), 0.0, false).alpha,
            1.0
        );
        assert!(pose_of(Character::GrownUp, leaving(1.0), 0.0, false).alpha < 0.05);
        // Reduced motion: no gliding, but the grown-up still goes.
        assert!(pose_of(Character::GrownUp, leaving(1.0), 0.0, true).alpha < 0.05);
    }

    #[test]
    fn the_bodies_do_what_each_step_says() {
        let acting = |step: Step, t: f32| Phase::Step {
            step,
            elapsed: t * step.acting_seconds(),
            acting: true,
        };
        // In the middle of a hug both hug, towards each other.
        assert_eq!(
            gesture_of(Character::GrownUp, acting(Step::Hug, 0.5), false),
            Gesture::Hug {
                toward: Side::Right,
                amount: 1.0
            }
        );
        assert_eq!(
            gesture_of(Character::Child, acting(Step::WelcomeHug, 0.5), false),
            Gesture::Hug {
                toward: Side::Left,
                amount: 1.0
            }
        );
        // A wave is a raised hand on the people, not a picture.
        assert!(matches!(
            gesture_of(Character::GrownUp, acting(Step::Wave, 0.3), false),
            Gesture::Wave { .. }
        ));
        assert_eq!(
            gesture_of(Character::GrownUp, acting(Step::Farewell, 0.6), false),
            Gesture::Walk
        );
        // While the game waits for a tap, everyone stands still.
        let waiting = Phase::Step {
            step: Step::Hug,
            elapsed: 0.0,
            acting: false,
        };
        assert_eq!(gesture_of(Character::Child, waiting, false), Gesture::Stand);
        // Reduced motion: the hug is shown whole, not grown into.
        assert_eq!(
            gesture_of(Character::Child, acting(Step::Hug, 0.3), true),
            Gesture::Hug {
                toward: Side::Left,
                amount: 1.0
            }
        );
    }

    #[test]
    fn an_open_door_still_looks_like_a_door() {
        let open = Phase::Step {
            step: Step::Promise,
            elapsed: 0.0,
            acting: true,
        };
        let door = pose_of(Character::Door, open, 0.0, false);
        assert!(door.scale.0 * DOOR_WIDTH >= 8.0, "open, but not edge-on");
        // Its hinge (the left edge) stays where it was.
        let left_edge = door.shift.0 + DOOR_WIDTH * (1.0 - door.scale.0) / 2.0;
        assert!(left_edge.abs() < 0.01);
    }
}
