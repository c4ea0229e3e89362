//! Where each character of the goodbye and the reunion is at a moment, worked out from the
//! rules' phase alone, like peekaboo's poses: the scene can never drift from what the rules
//! believe. Units are `vmin` of the scene.

use super::rules::{Phase, Step};
use crate::figure::{Gesture, Side, embrace};

/// Who moves in the ritual and the reunion. The staging is the same whoever travels: the one
/// who stays home stands in the doorway (left), the one who goes stands outside on the step
/// (right), walks away down the street, and comes back to knock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Character {
    /// Whoever goes away and comes back: the grown-up, or the child on the way to school.
    Traveller,
    /// Whoever stays home, in the doorway.
    AtHome,
    /// The one at home, inside at the window while the traveller knocks.
    AtHomeAtWindow,
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

/// How far the traveller walks off down the street at the farewell, in vmin.
pub const WALKS_AWAY: f32 = 18.0;
/// How far each steps into a hug, in vmin: the doorway and the step are far apart, and the
/// two bodies should meet (a gap between them read as a push).
pub const HUG_LEAN: f32 = 9.0;
/// How far each steps in for the kiss in the palm, in vmin: less than a hug, the child's arm
/// is held out between them.
pub const KISS_LEAN: f32 = 5.0;
/// How far the traveller steps towards the door to knock, in vmin.
pub const NEARER_TO_KNOCK: f32 = 7.0;

/// What the bodies do at a moment of a step. Amounts follow the same easing as [`pose_of`].
pub fn gesture_of(character: Character, phase: Phase, reduced: bool) -> Gesture {
    let Phase::Step {
        step,
        elapsed,
        acting,
    } = phase
    else {
        return Gesture::Stand;
    };
    // Each faces the other: the one at home looks right, out of the door; the traveller left.
    let (toward, travels) = match character {
        Character::Traveller => (Side::Left, true),
        Character::AtHome | Character::AtHomeAtWindow => (Side::Right, false),
        Character::Door => return Gesture::Stand,
    };
    let t = elapsed / step.acting_seconds();
    let motion = |value: f32| if reduced { value.round() } else { value };
    match (step, acting) {
        (Step::Hug, true) => Gesture::Hug {
            toward,
            amount: motion(embrace(t)),
        },
        // Home again, the child is picked up: the welcome is not the goodbye.
        (Step::WelcomeHug, true) => Gesture::Lift {
            toward,
            amount: motion(embrace(t)),
        },
        // The child holds a hand out; the grown-up bends down and kisses it.
        (Step::Kiss, true) => Gesture::Kiss {
            toward,
            amount: motion(embrace(t)),
        },
        (Step::Wave, true) => Gesture::Wave { hand: toward },
        // The traveller walks off down the street; the one at home waves from the door.
        (Step::Farewell, true) if travels => Gesture::Walk,
        (Step::Farewell, true) => Gesture::Wave { hand: toward },
        // Back home: a knock on the door while the one inside waves from the window, then
        // both wave hello as it opens. The one opening it waves once it is half open: waved
        // behind the door, their hand showed alone above its edge.
        (Step::Knock, true) if travels => Gesture::Knock { toward },
        (Step::DoorOpens, _) if !travels && t < 0.5 => Gesture::Stand,
        (Step::Knock, true) | (Step::DoorOpens, _) => Gesture::Wave { hand: toward },
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
    // Into a hug the two step until they meet; to the kiss, until the grown-up's face is
    // over the child's held-out hand.
    let lean = match step {
        _ if !acting => 0.0,
        Step::Hug | Step::WelcomeHug => motion(embrace(t)) * HUG_LEAN,
        Step::Kiss => motion(embrace(t)) * KISS_LEAN,
        _ => 0.0,
    };
    match character {
        Character::Traveller => {
            // The farewell: off down the street to the right, smaller and fainter as they go.
            let (away, alpha) = if step == Step::Farewell && acting {
                let away = motion(ease((t - 0.25) / 0.75));
                (away, 1.0 - motion(ease((t - 0.55) / 0.45)))
            } else {
                (0.0, 1.0)
            };
            let nearer = if matches!(step, Step::Knock | Step::DoorOpens) {
                NEARER_TO_KNOCK
            } else {
                0.0
            };
            // No shrinking into the distance: a figure scaled about its middle lifts its feet
            // off the step.
            Pose {
                shift: (away * WALKS_AWAY - lean - nearer, 0.0),
                alpha,
                shown: alpha > 0.3,
                ..Pose::STILL
            }
        }
        // Until the door opens, the one at home is inside, at the window; from its first
        // crack they are behind it, opening it (still at the window, the door seemed to open
        // by itself).
        Character::AtHomeAtWindow => Pose {
            shown: step == Step::Knock,
            ..Pose::STILL
        },
        Character::AtHome => {
            let at_window = pose_of(Character::AtHomeAtWindow, phase, clock, reduced).shown;
            Pose {
                shift: (lean, 0.0),
                shown: !at_window,
                ..Pose::STILL
            }
        }
        Character::Door => {
            // Knocked on, it trembles sideways (a tilt, however small, read as a broken door).
            let knock_shake = if step == Step::Knock && acting {
                wiggle * 1.2
            } else {
                0.0
            };
            // At the ritual the door stands open behind the one at home. At the reunion it
            // swings open on its hinge (its left edge stays put): narrower, but never so narrow
            // that it stops looking like a door.
            let open = if reunion { door_open } else { 1.0 };
            let pose = door_pose(open);
            Pose {
                shift: (pose.shift.0 + knock_shake, pose.shift.1),
                ..pose
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(step: Step, t: f32) -> Phase {
        Phase::Step {
            step,
            elapsed: t * step.acting_seconds(),
            acting: true,
        }
    }

    #[test]
    fn the_door_is_shut_until_the_reunion_opens_it() {
        let knock = Phase::Step {
            step: Step::Knock,
            elapsed: 0.0,
            acting: false,
        };
        let door = pose_of(Character::Door, knock, 0.0, false);
        assert_eq!(door.scale.0, 1.0, "shut");
        // The traveller knocks from outside; the one at home watches from the window, not
        // from the doorway.
        assert!(pose_of(Character::Traveller, knock, 0.0, false).shown);
        assert!(pose_of(Character::AtHomeAtWindow, knock, 0.0, false).shown);
        assert!(!pose_of(Character::AtHome, knock, 0.0, false).shown);
        // The one who opens the door is behind it from its first crack.
        let opening = at(Step::DoorOpens, 0.05);
        assert!(pose_of(Character::AtHome, opening, 0.0, false).shown);
        assert!(!pose_of(Character::AtHomeAtWindow, opening, 0.0, false).shown);
        let hug = at(Step::WelcomeHug, 0.0);
        assert!(
            pose_of(Character::Door, hug, 0.0, false).scale.0 < 0.6,
            "open"
        );
        assert!(pose_of(Character::Traveller, hug, 0.0, false).shown);
        assert!(pose_of(Character::AtHome, hug, 0.0, false).shown);
        assert!(!pose_of(Character::AtHomeAtWindow, hug, 0.0, false).shown);
        // Everyone is in one place at every moment: the one at home is at the window or in
        // the doorway, never both, never neither.
        for step in Step::REUNION {
            for t in [0.0, 0.3, 0.6, 0.9] {
                let window = pose_of(Character::AtHomeAtWindow, at(step, t), 0.0, false).shown;
                let doorway = pose_of(Character::AtHome, at(step, t), 0.0, false).shown;
                assert_ne!(window, doorway, "{step:?} at {t}");
            }
        }
    }

    #[test]
    fn the_traveller_walks_away_only_at_the_farewell() {
        let start = pose_of(Character::Traveller, at(Step::Farewell, 0.1), 0.0, false);
        assert_eq!(start.alpha, 1.0);
        let gone = pose_of(Character::Traveller, at(Step::Farewell, 1.0), 0.0, false);
        assert!(gone.alpha < 0.05 && !gone.shown);
        // Away from the house (rightwards, down the street), not into it.
        assert!(gone.shift.0 > 15.0);
        // Same size all the way: the feet stay on the step.
        assert_eq!(gone.scale, (1.0, 1.0));
        // Reduced motion: no gliding, but the traveller still goes.
        assert!(pose_of(Character::Traveller, at(Step::Farewell, 1.0), 0.0, true).alpha < 0.05);
        // The one at home stays in the doorway and waves.
        let home = pose_of(Character::AtHome, at(Step::Farewell, 1.0), 0.0, false);
        assert!(home.shown && home.alpha == 1.0);
        for step in Step::RITUAL {
            if step != Step::Farewell {
                let traveller = pose_of(Character::Traveller, at(step, 0.99), 0.0, false);
                assert!(traveller.shown && traveller.shift.0 <= 0.0, "{step:?}");
            }
        }
    }

    #[test]
    fn the_bodies_do_what_each_step_says() {
        // In the middle of a hug both hug, towards each other, and lean together.
        assert_eq!(
            gesture_of(Character::AtHome, at(Step::Hug, 0.5), false),
            Gesture::Hug {
                toward: Side::Right,
                amount: 1.0
            }
        );
        assert_eq!(
            gesture_of(Character::Traveller, at(Step::WelcomeHug, 0.5), false),
            Gesture::Lift {
                toward: Side::Left,
                amount: 1.0
            }
        );
        let home = pose_of(Character::AtHome, at(Step::Hug, 0.5), 0.0, false);
        let traveller = pose_of(Character::Traveller, at(Step::Hug, 0.5), 0.0, false);
        assert!(home.shift.0 > 0.0 && traveller.shift.0 < 0.0);
        // A wave is a raised hand on the people, not a picture.
        assert!(matches!(
            gesture_of(Character::Traveller, at(Step::Wave, 0.3), false),
            Gesture::Wave { .. }
        ));
        assert_eq!(
            gesture_of(Character::Traveller, at(Step::Farewell, 0.6), false),
            Gesture::Walk
        );
        // The knock is on the door, which is to the traveller's left.
        assert_eq!(
            gesture_of(Character::Traveller, at(Step::Knock, 0.3), false),
            Gesture::Knock { toward: Side::Left }
        );
        // The one opening the door waves hello once it is half open, not behind it.
        assert_eq!(
            gesture_of(Character::AtHome, at(Step::DoorOpens, 0.2), false),
            Gesture::Stand
        );
        assert!(matches!(
            gesture_of(Character::AtHome, at(Step::DoorOpens, 0.7), false),
            Gesture::Wave { .. }
        ));
        assert!(matches!(
            gesture_of(Character::Traveller, at(Step::DoorOpens, 0.2), false),
            Gesture::Wave { .. }
        ));
        // While the game waits for a tap, everyone stands still.
        let waiting = Phase::Step {
            step: Step::Hug,
            elapsed: 0.0,
            acting: false,
        };
        assert_eq!(
            gesture_of(Character::AtHome, waiting, false),
            Gesture::Stand
        );
        // Reduced motion: the hug is shown whole, not grown into.
        assert_eq!(
            gesture_of(Character::Traveller, at(Step::Hug, 0.3), true),
            Gesture::Hug {
                toward: Side::Left,
                amount: 1.0
            }
        );
    }

    #[test]
    fn through_the_kiss_the_palm_is_held_out_so_the_kiss_rests_in_it() {
        // The kiss is shown in the child's palm while that hand is held out (the figure's
        // `HeldInHand` shows it from 0.6 out), and the two have stepped in to each other.
        for character in [Character::Traveller, Character::AtHome] {
            for share in [0.3, 0.5, 0.7] {
                let gesture = gesture_of(character, at(Step::Kiss, share), false);
                let pose = pose_of(character, at(Step::Kiss, share), 0.0, false);
                assert!(
                    pose.shift.0.abs() >= KISS_LEAN * 0.9,
                    "{character:?} stays back"
                );
                assert!(
                    matches!(gesture, Gesture::Kiss { amount, .. } if amount >= 0.6),
                    "{character:?} at {share}: {gesture:?}"
                );
            }
        }
    }

    #[test]
    fn a_knocked_door_trembles_but_stays_upright() {
        let knock = at(Step::Knock, 0.5);
        let still = pose_of(Character::Door, knock, 0.0, true);
        for clock in [0.1, 0.3, 0.7] {
            let door = pose_of(Character::Door, knock, clock, false);
            assert_eq!(door.angle, 0.0, "a tilted door read as broken");
            assert!((door.shift.0 - still.shift.0).abs() <= 0.5);
        }
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
