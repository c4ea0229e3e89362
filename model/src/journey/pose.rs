//! Where each character of the goodbye and the reunion is at a moment, worked out from the
//! rules' phase alone, like peekaboo's poses: the scene can never drift from what the rules
//! believe. Units are `vmin` of the scene.

use super::rules::{Phase, Step};

/// Who moves in the ritual and the reunion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Character {
    GrownUp,
    Child,
    /// The kiss that floats over, the hand that waves.
    Gesture,
    /// The front door, which opens at the reunion.
    Door,
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

/// Smooth start and smooth stop over `t` in 0..1.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Rises then falls back over `t` in 0..1: for leaning in to hug.
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
            let lean = if hug {
                motion(there_and_back(t)) * 10.0
            } else {
                0.0
            };
            // The farewell: the grown-up steps back through the door and fades away.
            let (leave, alpha) = if step == Step::Farewell && acting {
                let out = motion(ease((t - 0.45) / 0.55));
                (out * -8.0, 1.0 - out)
            } else {
                (0.0, 1.0)
            };
            Pose {
                shift: (lean + leave, 0.0),
                alpha,
                shown: !(reunion && step == Step::Knock),
                ..Pose::STILL
            }
        }
        Character::Child => {
            let hug = matches!(step, Step::Hug | Step::WelcomeHug) && acting;
            let lean = if hug {
                motion(there_and_back(t)) * -8.0
            } else {
                0.0
            };
            Pose {
                shift: (lean, 0.0),
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
            if reunion {
                // Swings open on its hinge: narrower and slid to the side.
                Pose {
                    shift: (-door_open * 9.0, 0.0),
                    scale: (1.0 - door_open * 0.82, 1.0),
                    angle: knock_shake,
                    ..Pose::STILL
                }
            } else {
                // At the ritual the front door stands behind the grown-up, who walks out
                // through it at the farewell.
                Pose {
                    shift: (-5.0, 0.0),
                    ..Pose::STILL
                }
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
        assert!(
            !pose_of(Character::GrownUp, knock, 0.0, false).shown,
            "behind it"
        );
        let hug = Phase::Step {
            step: Step::WelcomeHug,
            elapsed: 0.0,
            acting: false,
        };
        assert!(
            pose_of(Character::Door, hug, 0.0, false).scale.0 < 0.5,
            "open"
        );
        assert!(pose_of(Character::GrownUp, hug, 0.0, false).shown);
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
}
